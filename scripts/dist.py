"""Build a wheel and an sdist of every package of the uv workspace into `dist/`.

    python scripts/dist.py [--out-dir DIR]

The packages are the members the root `pyproject.toml` lists under `[tool.uv.workspace]`
(globs expanded, `exclude` honoured), so a new member is built without editing this file.
Builds are reproducible: `SOURCE_DATE_EPOCH` is the last commit's time (unless already set),
and the build backend writes fixed file times and a sorted file order, so two builds of one
commit are byte-identical. Every file is then checked with `twine check --strict`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from packaging.utils import canonicalize_name

from speclib import REPO_ROOT

__all__ = ["Member", "build", "expected_files", "source_date_epoch", "workspace_members"]

UV = REPO_ROOT / ".tools" / "bin" / "uv"


@dataclass(frozen=True)
class Member:
    """One workspace package: its folder and its distribution name and version."""

    path: Path
    name: str
    version: str

    @property
    def file_stem(self) -> str:
        """`panorays_client-2.0.0.0`: the name part of its wheel and sdist file names."""
        return f"{canonicalize_name(self.name).replace('-', '_')}-{self.version}"


def workspace_members(root: Path = REPO_ROOT) -> list[Member]:
    workspace = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["uv"]["workspace"]
    excluded = {path.resolve() for pattern in workspace.get("exclude", []) for path in root.glob(pattern)}
    folders = sorted(
        {
            path.resolve()
            for pattern in workspace["members"]
            for path in root.glob(pattern)
            if (path / "pyproject.toml").is_file()
        }
        - excluded
    )
    members = []
    for folder in folders:
        project = tomllib.loads((folder / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        members.append(Member(folder, str(project["name"]), str(project["version"])))
    if not members:
        raise SystemExit(f"no workspace members found under {root} ([tool.uv.workspace] members)")
    return members


def expected_files(member: Member) -> tuple[str, str]:
    return f"{member.file_stem}-py3-none-any.whl", f"{member.file_stem}.tar.gz"


def source_date_epoch() -> str:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    result = subprocess.run(
        ["git", "-C", str(REPO_ROOT), "log", "-1", "--format=%ct"], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def build(out_dir: Path) -> list[Path]:
    """Build every member into the emptied `out_dir`; return the files, checked by twine."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    env = {**os.environ, "SOURCE_DATE_EPOCH": source_date_epoch()}
    uv = str(UV) if UV.is_file() else shutil.which("uv")
    if uv is None:
        raise SystemExit("uv not found: run `make setup` first")
    members = workspace_members()
    for member in members:
        # --no-sources: build exactly what an index user gets, without workspace shortcuts.
        command = [uv, "build", "--quiet", "--no-sources", "--out-dir", str(out_dir), str(member.path)]
        subprocess.run(command, env=env, check=True)
    files = sorted(path for path in out_dir.iterdir() if path.name.endswith((".whl", ".tar.gz")))
    missing = [name for member in members for name in expected_files(member) if not (out_dir / name).is_file()]
    if missing:
        raise SystemExit(f"the build did not produce: {', '.join(missing)}")
    twine = Path(sys.executable).parent / "twine"
    checked = subprocess.run([str(twine), "check", "--strict", *map(str, files)], capture_output=True, text=True)
    if checked.returncode != 0:
        raise SystemExit(f"twine check --strict failed:\n{checked.stdout}{checked.stderr}")
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out-dir", type=Path, default=REPO_ROOT / "dist")
    args = parser.parse_args(argv)
    files = build(args.out_dir)
    print(f"{len(files)} files in {args.out_dir} (twine check --strict: passed)")
    for path in files:
        print(f"  {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
