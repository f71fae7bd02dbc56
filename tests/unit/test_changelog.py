"""`make changelog` and `make release-check` on a changed fixture spec, in a throwaway git repository.

The repository holds the fixture spec tagged as a release; the working copy then changes it
the way a spec author would, and the changelog entry and version check must follow.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from changelog import changelog_entry, last_release, release_problems, spec_at, update_changelog
from spec_changes import compare

from speclib import REPO_ROOT, load_yaml

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "spec_changes"
PROJECT = "pets-client"
SPEC = "specs/pets/openapi.yaml"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    _git(tmp_path, "init", "--quiet")
    _git(tmp_path, "config", "user.email", "test@example.invalid")
    _git(tmp_path, "config", "user.name", "test")
    (tmp_path / "specs" / "pets").mkdir(parents=True)
    shutil.copyfile(FIXTURES / "base.yaml", tmp_path / SPEC)
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "--quiet", "-m", "pets 1.0.0")
    _git(tmp_path, "tag", f"{PROJECT}-v1.0.0.0")
    return tmp_path


def _changelog(repo: Path, fixture: str, version: str) -> tuple[str, list[str], list[str]]:
    """(the entry, problems of `version`, problems of the next major) after changing the spec to `fixture`."""
    shutil.copyfile(FIXTURES / f"{fixture}.yaml", repo / SPEC)
    since = last_release(PROJECT, repo)
    assert since is not None and since.tag == f"{PROJECT}-v1.0.0.0"
    changes = compare(spec_at(since.tag, SPEC, repo), load_yaml(repo / SPEC))
    entry = changelog_entry(PROJECT, version, "1.0.0", since, changes)
    next_major = release_problems("2.0.0.0", "2.0.0.0", since, changes)
    return entry, release_problems(version, version, since, changes), next_major


def test_a_breaking_spec_change_writes_it_first_and_demands_a_new_major(repo: Path) -> None:
    entry, same_major, next_major = _changelog(repo, "removed_field", "1.0.0.1")
    assert entry.startswith(
        "## pets-client 1.0.0.1\n\nGenerated from spec version 1.0.0; compared with `pets-client-v1.0.0.0`."
    )
    breaking = "### Breaking changes (code using the client may need changes)\n\n"
    assert f"{breaking}- [Removed] field `weight` of schema `Pet`" in entry
    assert len(same_major) == 1 and "need a new major version (above 1)" in same_major[0]
    assert "field `weight`" in same_major[0], "the refusal names the breaking change"
    assert next_major == []


def test_a_compatible_spec_change_may_keep_the_major(repo: Path) -> None:
    entry, same_major, _ = _changelog(repo, "widened_enum", "1.0.0.1")
    assert "### Breaking changes" not in entry
    assert "### Other changes\n\n- [Added] enum value `pending` of field `status` of schema `Pet`" in entry
    assert same_major == []


def test_a_release_must_be_the_generated_version_and_newer_than_the_last(repo: Path) -> None:
    since = last_release(PROJECT, repo)
    assert release_problems("1.0.0.0", "1.0.0.0", since, []) == [
        "1.0.0.0 is not newer than the last release 1.0.0.0 (pets-client-v1.0.0.0)"
    ]
    assert release_problems("1.0.0.2", "1.0.0.1", since, []) == [
        "1.0.0.2 is not the version `make generate` wrote (1.0.0.1)"
    ]
    assert release_problems("one", "1.0.0.1", since, []) == ["'one' is not a PEP 440 version"]


def test_the_last_release_is_the_highest_version_tag(repo: Path) -> None:
    for tag in ("pets-client-v1.0.0.10", "pets-client-v1.0.0.2", "pets-client-vnext", "other-client-v9.0.0.0"):
        _git(repo, "tag", tag)
    release = last_release(PROJECT, repo)
    assert release is not None and release.tag == "pets-client-v1.0.0.10"


def test_without_a_tag_everything_is_new(tmp_path: Path) -> None:
    _git(tmp_path, "init", "--quiet")
    assert last_release(PROJECT, tmp_path) is None
    entry = changelog_entry(PROJECT, "1.0.0.0", "1.0.0", None, [])
    assert "No release tag `pets-client-v*` exists yet" in entry
    assert release_problems("1.0.0.0", "1.0.0.0", None, []) == []


def test_changelog_entries_go_first_and_a_rerun_replaces_its_own(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    update_changelog(path, PROJECT, "1.0.0.0", "## pets-client 1.0.0.0\n\nfirst\n")
    update_changelog(path, PROJECT, "1.0.0.1", "## pets-client 1.0.0.1\n\nsecond\n")
    update_changelog(path, PROJECT, "1.0.0.1", "## pets-client 1.0.0.1\n\nsecond, rewritten\n")
    text = path.read_text()
    assert text.startswith("# Changelog of pets-client\n")
    assert text.index("second, rewritten") < text.index("first")
    assert "second\n" not in text.replace("second, rewritten", "")
