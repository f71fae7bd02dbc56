"""Regenerate the client packages under `generated/` from `specs/`.

    python scripts/generate.py [SLUG ...]          # regenerate what changed (all vendors by default)
    python scripts/generate.py --force [SLUG ...]  # regenerate even if the fingerprint matches
    python scripts/generate.py --check             # fail if generated/ is not what we would write

Each package records a fingerprint of everything its output depends on (spec, generator
config, generator and ruff versions, this script and the README renderer). When the
fingerprint matches, nothing is regenerated; when it does not, the client is generated into a
temporary folder and only files whose bytes changed are written, so a second run rewrites
nothing and file modification times stay meaningful for `make`.

Each client's version is `<spec version>.<generation>` (versioning.py): the counter beside the
spec (`specs/<vendor>/generation.json`) goes up when the generated output changes, and the
overlay's extras are rewritten to the new compatible range (overlay_extras.py).
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from client_pyproject import rewrite_pyproject
from overlay_extras import OVERLAY_PYPROJECT, render_overlay_pyproject
from versioning import (
    GENERATION_FILE,
    Generation,
    next_generation,
    read_generation,
    render_generation,
    spec_release,
    tree_digest,
)

from speclib import REPO_ROOT, Vendor, discover_vendors, vendor_by_slug

FINGERPRINT_FILE = ".generated-fingerprint"
GENERATED_ROOT = REPO_ROOT / "generated"
# Build and cache litter that may appear inside generated/ after tests; never compared.
IGNORED_NAMES = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "build", "dist"}
_THIS_DIR = Path(__file__).resolve().parent
# The templates that replace openapi-python-client's own (only the files changed): the parse path
# (model, models_init, endpoint_module, types, list_property), forward-compatible enums
# (str_enum, int_enum) and a client class without attrs (client), so importing a package costs no attrs.
TEMPLATES = _THIS_DIR / "templates"
# The summary lines openapi-python-client (cli.handle_errors) prints before its warnings or errors.
GENERATOR_PROBLEM_LINES = frozenset(
    {
        "Warning(s) encountered while generating. Client was generated, but some pieces may be missing",
        "Error(s) encountered while generating, client was not created",
    }
)


def fingerprint(vendor: Vendor) -> str:
    digest = hashlib.sha256()
    counter = vendor.spec_dir / GENERATION_FILE
    for label, data in (
        ("spec", vendor.spec_path.read_bytes()),
        ("config", vendor.config_path.read_bytes()),
        ("generator", importlib.metadata.version("openapi-python-client").encode()),
        ("ruff", importlib.metadata.version("ruff").encode()),
        ("generate.py", (_THIS_DIR / "generate.py").read_bytes()),
        ("client_readme.py", (_THIS_DIR / "client_readme.py").read_bytes()),
        ("speclib.py", (_THIS_DIR / "speclib.py").read_bytes()),
        ("overlay_metadata.py", (_THIS_DIR / "overlay_metadata.py").read_bytes()),
        ("overlay_resources.py", (_THIS_DIR / "overlay_resources.py").read_bytes()),
        ("client_pyproject.py", (_THIS_DIR / "client_pyproject.py").read_bytes()),
        ("versioning.py", (_THIS_DIR / "versioning.py").read_bytes()),
        ("LICENSE", (REPO_ROOT / "LICENSE").read_bytes()),
        *(
            (f"templates/{path.relative_to(TEMPLATES)}", path.read_bytes())
            for path in sorted(TEMPLATES.rglob("*.jinja"))
        ),
        (GENERATION_FILE, counter.read_bytes() if counter.is_file() else b""),
    ):
        digest.update(label.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def _generator_env() -> dict[str, str]:
    # The generator's post hooks call `ruff` by name; use the workspace's pinned one.
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def generator_failed(returncode: int, output: str) -> bool:
    """Whether openapi-python-client's run failed: a non-zero exit, or its warning/error summary."""
    return returncode != 0 or any(line.strip() in GENERATOR_PROBLEM_LINES for line in output.splitlines())


def render(vendor: Vendor, destination: Path) -> None:
    """Generate `vendor`'s package into the empty-or-missing folder `destination`."""
    command = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        "--path",
        str(vendor.spec_path),
        "--config",
        str(vendor.config_path),
        "--meta",
        "uv",
        "--custom-template-path",
        str(TEMPLATES),
        "--output-path",
        str(destination),
        "--overwrite",
        "--fail-on-warning",
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=_generator_env(), check=False)
    # `--fail-on-warning` makes a warning exit non-zero; the generator's own summary lines are
    # checked as well, so a warning can never pass silently (a silently missing operation is
    # worse than a red build), while a spec text that merely contains "Error" does not fail.
    output = result.stdout + result.stderr
    if generator_failed(result.returncode, output):
        raise SystemExit(f"openapi-python-client failed for {vendor.slug}:\n{output}")
    # Imported here: it pulls in the generator's naming code, which a fingerprint check never needs.
    from client_readme import render_client_readme

    (destination / "README.md").write_text(render_client_readme(vendor), encoding="utf-8")
    # Digested with a placeholder version, so the digest says whether the output changed.
    rewrite_pyproject(vendor, destination, _PLACEHOLDER_VERSION)


_PLACEHOLDER_VERSION = "0"


def stamp_version(vendor: Vendor, destination: Path, recorded: Generation | None) -> Generation:
    """Set the version of the rendered package in `destination`; return the generation it is."""
    state = next_generation(
        recorded, spec_release(vendor.spec()["info"]["version"]), tree_digest(destination, ignored=IGNORED_NAMES)
    )
    rewrite_pyproject(vendor, destination, state.version)
    return state


def render_release(vendor: Vendor, destination: Path) -> Generation:
    """Render `vendor`'s package with its version and fingerprint: exactly what `generated/` should hold."""
    render(vendor, destination)
    state = stamp_version(vendor, destination, read_generation(vendor))
    (destination / FINGERPRINT_FILE).write_text(fingerprint(vendor) + "\n", encoding="utf-8")
    return state


def _write_if_changed(path: Path, content: str) -> list[str]:
    if path.is_file() and path.read_text(encoding="utf-8") == content:
        return []
    path.write_text(content, encoding="utf-8")
    return [f"wrote {path.relative_to(REPO_ROOT)}"]


def _versioned_files(vendor: Vendor, state: Generation) -> dict[Path, str]:
    """The files outside the package that carry its version: the counter and the overlay's extras."""
    overlay_text = OVERLAY_PYPROJECT.read_text(encoding="utf-8")
    overlay = render_overlay_pyproject(overlay_text, vendor.project_name, state.version)
    return {vendor.spec_dir / GENERATION_FILE: render_generation(state), OVERLAY_PYPROJECT: overlay}


def _files(root: Path) -> set[Path]:
    if not root.exists():
        return set()
    return {
        path.relative_to(root)
        for path in root.rglob("*")
        if path.is_file() and not IGNORED_NAMES.intersection(path.relative_to(root).parts)
    }


def sync_tree(source: Path, target: Path) -> list[str]:
    """Make `target` hold exactly `source`'s files, touching only what differs."""
    changes: list[str] = []
    new_files, old_files = _files(source), _files(target)
    for relative in sorted(new_files):
        destination = target / relative
        if relative in old_files and filecmp.cmp(source / relative, destination, shallow=False):
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / relative, destination)
        changes.append(f"wrote {relative}")
    for relative in sorted(old_files - new_files):
        (target / relative).unlink()
        changes.append(f"removed {relative}")
    for folder in sorted((p for p in target.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    return changes


def write_overlay_metadata(vendor: Vendor) -> list[str]:
    """Write the spec facts the overlay reads at run time (see overlay_metadata.py)."""
    from overlay_metadata import render_overlay_metadata

    changes = []
    for relative, content in render_overlay_metadata(vendor).items():
        path = REPO_ROOT / relative
        if path.is_file() and path.read_text(encoding="utf-8") == content:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        changes.append(f"wrote {relative}")
    return changes


def overlay_metadata_drift(vendor: Vendor) -> list[str]:
    from overlay_metadata import render_overlay_metadata

    problems = []
    for relative, content in render_overlay_metadata(vendor).items():
        path = REPO_ROOT / relative
        if not path.is_file():
            problems.append(f"missing   {relative}")
        elif path.read_text(encoding="utf-8") != content:
            problems.append(f"differs   {relative}")
    return problems


def diff_trees(expected: Path, actual: Path) -> list[str]:
    expected_files, actual_files = _files(expected), _files(actual)
    problems = [f"missing   {p}" for p in sorted(expected_files - actual_files)]
    problems += [f"unexpected {p}" for p in sorted(actual_files - expected_files)]
    problems += [
        f"differs   {p}"
        for p in sorted(expected_files & actual_files)
        if not filecmp.cmp(expected / p, actual / p, shallow=False)
    ]
    return problems


def generate(vendors: Iterable[Vendor], *, force: bool) -> None:
    for vendor in vendors:
        target = vendor.output_dir(GENERATED_ROOT)
        stamp = target / FINGERPRINT_FILE
        if not force and stamp.is_file() and stamp.read_text().strip() == fingerprint(vendor):
            stamp.touch()  # inputs were touched but not changed: tell make we are current
            print(f"{vendor.slug}: up to date")
            continue
        with tempfile.TemporaryDirectory(prefix=f"generate-{vendor.slug}-") as scratch:
            fresh = Path(scratch) / vendor.project_name
            state = render_release(vendor, fresh)
            changes: list[str] = []
            for path, content in _versioned_files(vendor, state).items():
                changes += _write_if_changed(path, content)
            # The fingerprint covers generation.json, which may just have been written.
            (fresh / FINGERPRINT_FILE).write_text(fingerprint(vendor) + "\n", encoding="utf-8")
            changes += sync_tree(fresh, target)
        changes += write_overlay_metadata(vendor)
        stamp.touch()
        print(f"{vendor.slug}: {len(changes)} file(s) changed" + "".join(f"\n  {c}" for c in changes))


def check(vendors: list[Vendor]) -> int:
    """Regenerate everything into a temporary folder and compare with `generated/`."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="check-generated-") as scratch:
        for vendor in vendors:
            fresh = vendor.output_dir(Path(scratch))
            recorded = read_generation(vendor)
            state = render_release(vendor, fresh)
            if state != recorded:
                problems.append(
                    f"stale     specs/{vendor.slug}/{GENERATION_FILE}: the spec version or the"
                    f" generated output changed, so the client's version must become {state.version}"
                )
            problems += [
                f"differs   {path.relative_to(REPO_ROOT)}"
                for path, content in _versioned_files(vendor, state).items()
                if path.name != GENERATION_FILE and (not path.is_file() or path.read_text(encoding="utf-8") != content)
            ]
            problems += [
                f"{vendor.project_name}/{line}" for line in diff_trees(fresh, vendor.output_dir(GENERATED_ROOT))
            ]
            problems += overlay_metadata_drift(vendor)
    known = {vendor.project_name for vendor in discover_vendors()}
    if GENERATED_ROOT.exists():
        problems += [
            f"{folder.name}/ has no spec under specs/"
            for folder in sorted(GENERATED_ROOT.iterdir())
            if folder.is_dir() and folder.name not in known
        ]
    if problems:
        print("generated/ is not what `make generate` writes:", file=sys.stderr)
        for line in problems[:40]:
            print(f"  {line}", file=sys.stderr)
        if len(problems) > 40:
            print(f"  ... and {len(problems) - 40} more", file=sys.stderr)
        print("Run `make generate` and commit the result (never edit generated/ by hand).", file=sys.stderr)
        return 1
    print(f"generated/ matches the specs ({len(vendors)} clients)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", metavar="SLUG", help="vendor slugs (default: all)")
    parser.add_argument("--force", action="store_true", help="ignore fingerprints")
    parser.add_argument("--check", action="store_true", help="compare generated/ with a fresh generation")
    args = parser.parse_args(argv)
    vendors = [vendor_by_slug(slug) for slug in args.vendors] if args.vendors else discover_vendors()
    if args.check:
        return check(vendors)
    generate(vendors, force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
