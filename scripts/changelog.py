"""Changelogs from spec diffs, and the release gate that reads them.

    python scripts/changelog.py write [--package NAME]            # make changelog [PACKAGE=...]
    python scripts/changelog.py check --package NAME --version V  # make release-check PACKAGE=... VERSION=...

A client's last release is its highest git tag `<package>-v<version>` (for example
`panorays-client-v2.0.0.0`). `write` compares each spec with the spec at that tag
(spec_changes.py) and writes the entry for the client's current version at the top of
`specs/<vendor>/CHANGELOG.md` (rewriting an entry for the same version, so it can run again).
`check` refuses a release version that is not the one `make generate` wrote, is not newer than
the last release, or keeps the major version although a change is breaking. Without a tag,
everything in the spec is new and the first release may carry any version.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from packaging.version import InvalidVersion, Version
from spec_changes import Change, compare_many, json_pointer

from speclib import REPO_ROOT, Vendor, discover_vendors, iter_operations

__all__ = [
    "Release",
    "changelog_entry",
    "last_release",
    "release_problems",
    "spec_at",
    "update_changelog",
]

CHANGELOG = "CHANGELOG.md"
_HEADER = (
    "# Changelog of {project}\n\n"
    "Written by `make changelog` from the differences between `openapi.yaml` and the spec of the\n"
    'last release tag; see the README, "Versions and changelogs".\n'
)


@dataclass(frozen=True)
class Release:
    tag: str
    version: Version


def last_release(project: str, repo: Path = REPO_ROOT) -> Release | None:
    """The highest `<project>-v<version>` tag of `repo`, or None when there is none."""
    prefix = f"{project}-v"
    listed = subprocess.run(
        ["git", "-C", str(repo), "tag", "--list", f"{prefix}*"], capture_output=True, text=True, check=True
    ).stdout.split()
    releases = []
    for tag in listed:
        try:
            releases.append(Release(tag, Version(tag.removeprefix(prefix))))
        except InvalidVersion:
            continue  # not one of ours (e.g. `panorays-client-vnext`)
    return max(releases, key=lambda release: release.version, default=None)


def spec_at(tag: str, relative: str, repo: Path = REPO_ROOT) -> dict[str, Any]:
    """The spec as committed at `tag` (an empty spec when the file did not exist then)."""
    shown = subprocess.run(
        ["git", "-C", str(repo), "show", f"{tag}:{relative}"], capture_output=True, text=True, check=False
    )
    if shown.returncode != 0:
        return {"openapi": "3.1.0", "info": {"title": "", "version": "0"}, "paths": {}}
    loaded = yaml.safe_load(shown.stdout)
    if not isinstance(loaded, dict):
        raise SystemExit(f"{tag}:{relative} is not an OpenAPI mapping")
    return loaded


def _all_new(spec: dict[str, Any]) -> list[Change]:
    return [
        Change(
            kind="non-breaking",
            description=f"[Added] operation {op.method.upper()} {op.path}",
            pointer=json_pointer(["paths", op.path, op.method]),
        )
        for op in iter_operations(spec)
    ]


def changelog_entry(project: str, version: str, spec_version: str, since: Release | None, changes: list[Change]) -> str:
    lines = [f"## {project} {version}", ""]
    if since is None:
        lines += [
            f"Generated from spec version {spec_version}. No release tag `{project}-v*` exists yet, so this",
            "entry treats every operation as new.",
        ]
    else:
        lines.append(f"Generated from spec version {spec_version}; compared with `{since.tag}`.")
    sections = (
        ("breaking", "Breaking changes (code using the client may need changes)"),
        ("non-breaking", "Other changes"),
        ("documentation", "Documentation"),
    )
    for kind, title in sections:
        found = [change for change in changes if change.kind == kind]
        if found:
            lines += ["", f"### {title}", "", *(f"- {change.line()}" for change in found)]
    if not changes:
        lines += ["", "No changes to the spec."]
    return "\n".join(lines) + "\n"


def update_changelog(path: Path, project: str, version: str, entry: str) -> None:
    """Put `entry` first in `path`, replacing an earlier entry for the same version."""
    text = path.read_text(encoding="utf-8") if path.is_file() else _HEADER.format(project=project)
    heading = f"## {project} {version}\n"
    entries = re.split(r"(?m)^(?=## )", text)
    header, kept = entries[0], [e for e in entries[1:] if not e.startswith(heading)]
    path.write_text(header.rstrip("\n") + "\n\n" + "\n".join([entry, *kept]).rstrip("\n") + "\n", encoding="utf-8")


def release_problems(version: str, generated_version: str, since: Release | None, changes: list[Change]) -> list[str]:
    """Why `version` may not be released (empty when it may)."""
    try:
        proposed = Version(version)
    except InvalidVersion:
        return [f"{version!r} is not a PEP 440 version"]
    problems = []
    if proposed != Version(generated_version):
        problems.append(f"{version} is not the version `make generate` wrote ({generated_version})")
    if since is not None:
        if proposed <= since.version:
            problems.append(f"{version} is not newer than the last release {since.version} ({since.tag})")
        breaking = [change for change in changes if change.kind == "breaking"]
        if breaking and proposed.major <= since.version.major:
            problems.append(
                f"{len(breaking)} breaking change(s) since {since.tag} need a new major version"
                f" (above {since.version.major}); the major is the spec's info.version major:\n"
                + "\n".join(f"  - {change.line()}" for change in breaking)
            )
    return problems


@dataclass(frozen=True)
class _Report:
    vendor: Vendor
    version: str
    spec_version: str
    since: Release | None
    changes: list[Change]


def _generated_version(vendor: Vendor) -> str:
    pyproject = vendor.output_dir() / "pyproject.toml"
    return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])


def _reports(vendors: list[Vendor]) -> list[_Report]:
    releases = {vendor.slug: last_release(vendor.project_name) for vendor in vendors}
    tagged = [vendor for vendor in vendors if releases[vendor.slug] is not None]
    pairs = [
        (spec_at(releases[v.slug].tag, v.spec_path.relative_to(REPO_ROOT).as_posix()), v.spec())  # type: ignore[union-attr]
        for v in tagged
    ]
    diffs = dict(zip((v.slug for v in tagged), compare_many(pairs) if pairs else [], strict=True))
    return [
        _Report(
            vendor,
            _generated_version(vendor),
            str(vendor.spec()["info"]["version"]),
            releases[vendor.slug],
            diffs[vendor.slug] if vendor.slug in diffs else _all_new(vendor.spec()),
        )
        for vendor in vendors
    ]


def _select(package: str | None) -> list[Vendor]:
    vendors = discover_vendors()
    if package is None:
        return vendors
    chosen = [vendor for vendor in vendors if package in {vendor.project_name, vendor.slug}]
    if not chosen:
        names = ", ".join(vendor.project_name for vendor in vendors)
        raise SystemExit(f"unknown package {package!r}: changelogs exist for the generated clients ({names})")
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    write = commands.add_parser("write", help="write each client's CHANGELOG.md entry")
    write.add_argument("--package")
    check = commands.add_parser("check", help="refuse a release version the changes do not allow")
    check.add_argument("--package", required=True)
    check.add_argument("--version", required=True)
    args = parser.parse_args(argv)
    reports = _reports(_select(args.package))
    if args.command == "write":
        for report in reports:
            entry = changelog_entry(
                report.vendor.project_name, report.version, report.spec_version, report.since, report.changes
            )
            update_changelog(report.vendor.spec_dir / CHANGELOG, report.vendor.project_name, report.version, entry)
            breaking = sum(change.kind == "breaking" for change in report.changes)
            since = report.since.tag if report.since else f"no tag {report.vendor.project_name}-v*: all new"
            print(
                f"{report.vendor.project_name} {report.version} (since {since}): {len(report.changes)} change(s),"
                f" {breaking} breaking -> specs/{report.vendor.slug}/{CHANGELOG}"
            )
        return 0
    report = reports[0]
    problems = release_problems(args.version, report.version, report.since, report.changes)
    if problems:
        print(f"refusing {report.vendor.project_name} {args.version}:", file=sys.stderr)
        for problem in problems:
            print(f"- {problem}", file=sys.stderr)
        return 1
    since = report.since.tag if report.since else "no earlier release"
    print(
        f"{report.vendor.project_name} {args.version} may be released (since {since}); tag it"
        f" {report.vendor.project_name}-v{args.version}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
