"""Client versions follow the spec (`<info.version>.<generation>`), and the overlay pins compatible ranges."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest
from overlay_extras import OVERLAY_PYPROJECT, client_requirement, render_overlay_pyproject
from versioning import Generation, next_generation, read_generation, spec_release, tree_digest

from generate import check
from speclib import Vendor, vendor_by_slug
from specs_fixtures import vendor_params


@pytest.mark.parametrize(("raw", "release"), [("2", "2.0.0"), ("1.0", "1.0.0"), ("1.0.1", "1.0.1"), (3, "3.0.0")])
def test_spec_versions_become_three_part_releases(raw: object, release: str) -> None:
    assert spec_release(raw) == release


@pytest.mark.parametrize("raw", ["2.0.0rc1", "1.2.3.4", "latest", "1.0+local"])
def test_spec_versions_that_cannot_lead_a_client_version_are_refused(raw: str) -> None:
    with pytest.raises(ValueError, match=re.escape(repr(raw))):
        spec_release(raw)


def test_the_counter_counts_output_changes_and_restarts_with_a_new_spec_version() -> None:
    first = next_generation(None, "2.0.0", "aaa")
    assert first == Generation("2.0.0", 0, "aaa") and first.version == "2.0.0.0"
    assert next_generation(first, "2.0.0", "aaa") is first, "same output, same version"
    changed = next_generation(first, "2.0.0", "bbb")
    assert changed.version == "2.0.0.1"
    assert next_generation(changed, "2.1.0", "ccc").version == "2.1.0.0"


def test_the_digest_sees_content_and_names_but_not_ignored_files(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    before = tree_digest(tmp_path, ignored={"__pycache__"})
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "a.pyc").write_bytes(b"\0")
    assert tree_digest(tmp_path, ignored={"__pycache__"}) == before
    (tmp_path / "a.py").write_text("x = 2\n")
    assert tree_digest(tmp_path, ignored={"__pycache__"}) != before


@pytest.mark.parametrize("vendor", vendor_params())
def test_each_client_version_is_its_spec_version_and_recorded_generation(vendor: Vendor) -> None:
    recorded = read_generation(vendor)
    assert recorded is not None, f"specs/{vendor.slug}/generation.json is missing: run `make generate`"
    assert recorded.spec_version == spec_release(vendor.spec()["info"]["version"])
    pyproject = tomllib.loads((vendor.output_dir() / "pyproject.toml").read_text())["project"]
    assert pyproject["version"] == recorded.version


@pytest.mark.parametrize("vendor", vendor_params())
def test_the_overlay_extra_requires_the_compatible_client_range(vendor: Vendor) -> None:
    version = tomllib.loads((vendor.output_dir() / "pyproject.toml").read_text())["project"]["version"]
    extras = tomllib.loads(OVERLAY_PYPROJECT.read_text())["project"]["optional-dependencies"]
    requirements = [req for reqs in extras.values() for req in reqs if req.startswith(vendor.project_name)]
    assert requirements == [client_requirement(vendor.project_name, version)]
    assert requirements[0].endswith(f",<{int(version.split('.')[0]) + 1}")


def test_rewriting_the_extras_touches_only_the_named_client() -> None:
    text = (
        '[project]\nname = "x"\n\n[project.optional-dependencies]\n'
        'a = ["a-client>=1.0.0.0,<2", "jsonschema>=4"]\nb = ["b-client"]\n'
    )
    assert render_overlay_pyproject(text, "b-client", "3.1.0.2") == text.replace('"b-client"', '"b-client>=3.1.0.2,<4"')
    with pytest.raises(ValueError, match="no extra requires c-client"):
        render_overlay_pyproject(text, "c-client", "1.0.0.0")


@pytest.mark.slow
def test_check_generated_fails_on_a_stale_generation_counter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = vendor_by_slug("paymentworks")
    spec_dir = tmp_path / "paymentworks"
    shutil.copytree(real.spec_dir, spec_dir)
    stale = (spec_dir / "generation.json").read_text().replace('"output_sha256": "', '"output_sha256": "0')
    (spec_dir / "generation.json").write_text(stale)
    assert check([Vendor(slug="paymentworks", spec_dir=spec_dir)]) == 1
    error = capsys.readouterr().err
    assert "stale     specs/paymentworks/generation.json" in error
    recorded = read_generation(real)
    assert recorded is not None
    assert f"the client's version must become {recorded.spec_version}.{recorded.generation + 1}" in error
