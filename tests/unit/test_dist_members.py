"""`make dist` builds whatever the uv workspace lists, so a new member needs no edit of the dist code."""

from __future__ import annotations

from pathlib import Path

from dist import expected_files, workspace_members


def _package(root: Path, folder: str, name: str, version: str) -> None:
    (root / folder).mkdir(parents=True)
    (root / folder / "pyproject.toml").write_text(f'[project]\nname = "{name}"\nversion = "{version}"\n')


def test_members_follow_the_workspace_globs_and_excludes(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.uv.workspace]\nmembers = ["generated/*", "overlays", "tests/mocks"]\nexclude = ["generated/old-*"]\n'
    )
    _package(tmp_path, "generated/a-client", "a-client", "1.0.0.0")
    _package(tmp_path, "generated/old-client", "old-client", "0.1")
    _package(tmp_path, "overlays", "client-overlays", "0.1.0")
    _package(tmp_path, "tests/mocks", "vendor-mocks", "0.1.0")
    (tmp_path / "generated" / "notes").mkdir()  # a folder without pyproject.toml is not a package

    members = workspace_members(tmp_path)

    assert [(m.name, m.version) for m in members] == [
        ("a-client", "1.0.0.0"),
        ("client-overlays", "0.1.0"),
        ("vendor-mocks", "0.1.0"),
    ]
    assert expected_files(members[0]) == ("a_client-1.0.0.0-py3-none-any.whl", "a_client-1.0.0.0.tar.gz")
