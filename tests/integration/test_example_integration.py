"""The example integration (tests/example_integration) passes against installed distributions only.

As a user would have it: the five clients, the overlay and the mocks as `make dist` builds them
(the session's `dist_dir`), third-party packages from the wheelhouse (`make wheelhouse`), all
installed offline into a bare virtual environment (no workspace, no repository on the path);
the example project's tests then run from a copy outside the repository with the fixtures of
the installed mocks' pytest plugin. The mocks also install and run alone, without any client
or the overlay.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dist import UV
from integration.dist_env import installed, make_venv, uv_install
from speclib import REPO_ROOT

pytestmark = pytest.mark.slow

EXAMPLE = REPO_ROOT / "tests" / "example_integration"


def _run(*command: str | Path, cwd: Path, timeout: float = 300) -> str:
    """Run `command` as a user's shell would, without this repository on PYTHONPATH."""
    env = {name: value for name, value in os.environ.items() if name not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode != 0:
        pytest.fail(f"{' '.join(map(str, command))} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


def test_example_project_passes_against_installed_distributions(
    dist_dir: Path, wheelhouse: Path, tmp_path: Path
) -> None:
    # The example is a user's project, not one of ours: built here, never part of `make dist`.
    example_dist = tmp_path / "example-dist"
    _run(UV, "build", "--quiet", "--wheel", "--out-dir", example_dist, EXAMPLE, cwd=tmp_path)
    venv = tmp_path / "venv"
    python = make_venv(venv, sys.executable)
    uv_install(python, "acme-vendor-sync[test]", find_links=[dist_dir, example_dist, wheelhouse])

    # The installed copies, with the specs inside the wheel, not this repository.
    where = _run(python, "-c", "import vendor_mocks, acme_vendor_sync; print(vendor_mocks.__file__)", cwd=tmp_path)
    assert Path(where.strip()).is_relative_to(venv), where
    assert "economic" in _run(venv / "bin" / "vendor-mock", "--help", cwd=tmp_path)

    project = tmp_path / "project"
    shutil.copytree(EXAMPLE / "tests", project / "tests")
    shutil.copy(EXAMPLE / "pyproject.toml", project / "pyproject.toml")
    output = _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=project)
    assert "10 passed" in output, output


# Every vendor's mock built and called in-process; the e-conomic mock also refuses a filter
# nested past its limit, which it reads from its packaged spec (not from client_overlays).
_MOCKS_ALONE = """
import importlib.util, json, sys
import httpx
import vendor_mocks
from vendor_mocks.credentials import ECONOMIC

statuses = {}
for slug in vendor_mocks.MOCK_CLASSES:
    mock = vendor_mocks.create_mock(slug)
    with httpx.Client(base_url="http://mock.invalid", transport=mock.transport()) as http:
        statuses[slug] = http.get("/openapi.json").status_code
economic = vendor_mocks.create_mock("economic")
headers = {"X-AppSecretToken": ECONOMIC["app_secret_token"], "X-AgreementGrantToken": ECONOMIC["agreement_grant_token"]}
with httpx.Client(base_url="http://mock.invalid", transport=economic.transport(), headers=headers) as http:
    depth = vendor_mocks.economic.filters.MAX_DEPTH
    deep = http.get("/Contacts", params={"Filter": "(" * (depth + 1) + "number$eq:1" + ")" * (depth + 1)})
    ok = http.get("/Contacts", params={"Filter": "(" * depth + "number$eq:1" + ")" * depth})
print(json.dumps({
    "statuses": statuses,
    "depth": depth,
    "deep": [deep.status_code, deep.text],
    "ok": ok.status_code,
    "overlay": importlib.util.find_spec("client_overlays") is not None,
    "clients": sorted({m.split(".")[0] for m in sys.modules} & {"client_overlays"} | {
        m for m in sys.modules if m.split(".")[0].endswith("_client")
    }),
}))
"""


def test_the_mocks_install_and_run_without_any_client_or_the_overlay(
    dist_dir: Path, wheelhouse: Path, tmp_path: Path
) -> None:
    python = make_venv(tmp_path / "venv", sys.executable)
    uv_install(python, "vendor-api-mocks", find_links=[dist_dir, wheelhouse])
    names = set(installed(python))
    assert "vendor-api-mocks" in names
    assert not {name for name in names if name == "client-overlays" or name.endswith("-client")}, names

    result = json.loads(_run(python, "-c", _MOCKS_ALONE, cwd=tmp_path))

    assert result["statuses"] == dict.fromkeys(
        ["economic-suppliers", "panamah", "pandium", "panorays", "paymentworks"], 200
    )
    assert result["depth"] == 100
    assert result["deep"][0] == 400 and "the limit is 100" in result["deep"][1], result["deep"]
    assert result["ok"] == 200
    assert (result["overlay"], result["clients"]) == (False, [])
