"""What `make dist` builds: reproducible, complete, and installable offline exactly as the README says.

One build (the session fixture `dist_dir` in conftest.py) serves every test; third-party wheels come from the wheelhouse
(`scripts/wheelhouse.py`, downloaded once per `uv.lock`), so installs use no network index.
"""

from __future__ import annotations

import email
import email.message
import json
import re
import shlex
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from dist import build, expected_files, workspace_members
from integration.dist_env import PYTHON_VERSIONS, find_python, installed, make_venv, overlay_extra, uv_install
from integration.dist_smoke_plan import smoke_plan
from speclib import REPO_ROOT, Vendor
from specs_fixtures import VENDORS, vendor_params
from wheelhouse import runtime_requirements

pytestmark = pytest.mark.slow

SMOKE_SCRIPT = Path(__file__).with_name("dist_smoke.py")
README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def _metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return email.message_from_bytes(archive.read(name))


def _names(requirements: list[str]) -> set[str]:
    return {Requirement(line.split(";")[0]).name.lower() for line in requirements}


def test_every_workspace_member_is_built_and_two_builds_are_byte_identical(dist_dir: Path, tmp_path: Path) -> None:
    members = workspace_members()
    assert {member.name for member in members} >= {"client-overlays", *(v.project_name for v in VENDORS)}
    expected = sorted(name for member in members for name in expected_files(member))
    assert sorted(p.name for p in dist_dir.iterdir() if p.suffix in {".whl", ".gz"}) == expected
    again = build(tmp_path / "dist")
    assert [p.name for p in again] == expected
    different = [p.name for p in again if p.read_bytes() != (dist_dir / p.name).read_bytes()]
    assert different == [], "two builds of one commit must be byte-identical"


def test_every_wheel_carries_complete_metadata(dist_dir: Path) -> None:
    for member in workspace_members():
        wheel = dist_dir / expected_files(member)[0]
        metadata = _metadata(wheel)
        classifiers = metadata.get_all("Classifier") or []
        assert metadata["License-Expression"] == "MIT", wheel.name
        assert metadata["Requires-Python"] == ">=3.11", wheel.name
        assert "Typing :: Typed" in classifiers, wheel.name
        assert {f"Programming Language :: Python :: {v}" for v in PYTHON_VERSIONS} <= set(classifiers), wheel.name
        assert metadata.get_all("Project-URL"), wheel.name
        assert metadata["Description-Content-Type"] == "text/markdown"
        readme = (member.path / "README.md").read_text(encoding="utf-8")
        assert str(metadata.get_payload()).strip() == readme.strip(), f"{wheel.name}: README is the long description"
        with zipfile.ZipFile(wheel) as archive:
            assert any(n.endswith("/py.typed") for n in archive.namelist()), wheel.name
            assert any(n.endswith("licenses/LICENSE") for n in archive.namelist()), wheel.name


@pytest.mark.parametrize("vendor", vendor_params())
def test_one_extra_installs_exactly_the_overlay_its_client_and_their_dependencies(
    vendor: Vendor, dist_dir: Path, wheelhouse: Path, tmp_path: Path
) -> None:
    extra = overlay_extra(vendor)
    python = make_venv(tmp_path / "venv", sys.executable)
    uv_install(python, f"client-overlays[{extra}]", find_links=[dist_dir, wheelhouse])
    versions = installed(python)
    third_party = _names(runtime_requirements(extra))
    assert set(versions) == {"client-overlays", vendor.project_name} | third_party
    built = next(m for m in workspace_members() if m.name == vendor.project_name)
    assert versions[vendor.project_name] == built.version


def test_the_readme_pip_command_installs_offline(dist_dir: Path, wheelhouse: Path, tmp_path: Path) -> None:
    commands = re.findall(r"^pip install --no-index [^\n#]*?(?=\s*(?:#|$))", README, flags=re.MULTILINE)
    assert commands, "the README's install section gives the offline pip command"
    (tmp_path / "dist").symlink_to(dist_dir)
    (tmp_path / "wheelhouse").symlink_to(wheelhouse)
    python = make_venv(tmp_path / "venv", sys.executable, seed=True)
    seeded = set(installed(python))  # pip and what uv seeds with it
    arguments = shlex.split(commands[0])[1:]
    result = subprocess.run(
        [str(python), "-m", "pip", "--disable-pip-version-check", *arguments, "--isolated"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    extra = re.search(r"client-overlays\[(\w+)\]", commands[0])
    assert extra is not None
    vendor = next(v for v in VENDORS if overlay_extra(v) == extra.group(1))
    assert set(installed(python)) - seeded == {
        "client-overlays",
        vendor.project_name,
        *_names(runtime_requirements(extra.group(1))),
    }


@pytest.mark.parametrize("version", PYTHON_VERSIONS)
def test_every_wheel_imports_and_makes_a_call_on_each_claimed_python(
    version: str, dist_dir: Path, wheelhouse: Path, tmp_path: Path
) -> None:
    interpreter = find_python(version)
    if interpreter is None:
        pytest.skip(f"Python {version} is not installed on this machine")
    python = make_venv(tmp_path / "venv", interpreter)
    uv_install(python, "client-overlays[all]", find_links=[dist_dir, wheelhouse])
    plan = [{**smoke_plan(v), "overlay": f"client_overlays.{overlay_extra(v)}"} for v in VENDORS]
    credentials = {
        "ECONOMIC_APP_SECRET_TOKEN": "app-secret",
        "ECONOMIC_AGREEMENT_GRANT_TOKEN": "grant",
        "PANAMAH_PARTNER_TOKEN": "partner",
        "PANAMAH_PARTNER_SECRET": "secret",
        "PANORAYS_API_TOKEN": "token",
        "PAYMENTWORKS_TOKEN": "token",
        "PANDIUM_API_KEY": "key",
    }
    result = subprocess.run(
        [str(python), str(SMOKE_SCRIPT), json.dumps(plan)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", **credentials},
    )
    assert result.returncode == 0, result.stderr
    calls = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(calls) == 2 * len(plan)
    for call, entry in zip(calls, [e for e in plan for _ in (0, 1)], strict=True):
        assert call["python"] == version
        assert call["status"] == 200 and call["parsed"] != "NoneType", call
        assert call["requests"] == [["GET", entry["path"]]], call
