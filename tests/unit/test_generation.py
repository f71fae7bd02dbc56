"""scripts/generate.py: deterministic output, minimal rewrites, and a drift check that names files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generate import diff_trees, generator_failed, render_release, sync_tree
from speclib import Vendor
from specs_fixtures import vendor_params


def _write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_sync_tree_touches_only_what_differs(tmp_path: Path) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    _write(source, {"same.py": "x = 1\n", "changed.py": "y = 2\n", "pkg/new.py": "z = 3\n"})
    _write(target, {"same.py": "x = 1\n", "changed.py": "y = 1\n", "old/stale.py": "gone\n"})
    os.utime(target / "same.py", (1_000_000, 1_000_000))

    changes = sync_tree(source, target)

    assert changes == ["wrote changed.py", "wrote pkg/new.py", "removed old/stale.py"]
    assert (target / "changed.py").read_text() == "y = 2\n"
    assert os.stat(target / "same.py").st_mtime == 1_000_000, "unchanged files keep their mtime"
    assert not (target / "old").exists(), "emptied folders are removed"
    assert sync_tree(source, target) == [], "a second sync writes nothing"


def test_diff_trees_names_every_kind_of_drift(tmp_path: Path) -> None:
    expected, actual = tmp_path / "expected", tmp_path / "actual"
    _write(expected, {"a.py": "1", "b.py": "2", "README.md": "r"})
    _write(actual, {"a.py": "1", "b.py": "hand-edited", "extra.py": "x", "__pycache__/a.pyc": "ignored"})

    assert diff_trees(expected, actual) == [
        "missing   README.md",
        "unexpected extra.py",
        "differs   b.py",
    ]


@pytest.mark.parametrize("vendor", vendor_params())
def test_generation_is_deterministic_and_matches_generated(vendor: Vendor, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    render_release(vendor, first)
    render_release(vendor, second)
    assert diff_trees(first, second) == []
    assert diff_trees(first, vendor.output_dir()) == [], "run `make generate` and commit generated/"


def test_the_generators_warning_summary_fails_generation_but_the_word_error_alone_does_not() -> None:
    summary = "Warning(s) encountered while generating. Client was generated, but some pieces may be missing"
    warned = f"Generating /tmp/x\n{summary}\n"
    assert generator_failed(0, warned)
    assert generator_failed(0, "Error(s) encountered while generating, client was not created\n")
    assert generator_failed(1, "")
    # A model or description that merely contains the words (a spec's `Error` schema) is no failure.
    assert not generator_failed(0, "Generating /tmp/x\nmodels/error.py: ErrorMessage, Warning banner\n")
