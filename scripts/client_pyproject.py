"""Complete package metadata for each generated client's `pyproject.toml`.

openapi-python-client writes a `[project]` table with a name, the spec's `info.version`, a
description and the runtime dependencies, but no license, classifiers or project URLs, and a
version that is not ours (see versioning.py). `make generate` replaces that table with the one
rendered here; everything else the generator wrote (build backend, ruff settings) is kept.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from speclib import REPO_ROOT, Vendor

__all__ = ["LICENSE_FILE", "PYTHON_VERSIONS", "render_project_table", "rewrite_pyproject"]

# The Python versions every package of this repository claims (classifiers); the dist tests
# run each wheel on every one of them that is installed on the machine.
PYTHON_VERSIONS = ("3.11", "3.12", "3.13")
LICENSE_FILE = REPO_ROOT / "LICENSE"
LICENSE = "MIT"

_PROJECT_TABLE = re.compile(r"^\[project\]\n.*?(?=^\[(?!project\.urls\]))", re.MULTILINE | re.DOTALL)


def _strings(values: list[str]) -> str:
    return "[\n" + "".join(f"    {json.dumps(value)},\n" for value in values) + "]"


def classifiers() -> list[str]:
    return [
        "Development Status :: 4 - Beta",
        "Intended Audience :: Developers",
        "Operating System :: OS Independent",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3 :: Only",
        *(f"Programming Language :: Python :: {version}" for version in PYTHON_VERSIONS),
        "Topic :: Software Development :: Libraries :: Python Modules",
        "Typing :: Typed",
    ]


def render_project_table(vendor: Vendor, generated: dict[str, object], version: str) -> str:
    """The `[project]` and `[project.urls]` tables for `vendor`'s client at `version`."""
    info = vendor.spec()["info"]
    dependencies = [str(item) for item in generated.get("dependencies", [])]  # type: ignore[attr-defined]
    urls = {"API documentation": str(info["contact"]["url"])} if info.get("contact", {}).get("url") else {}
    description = f"Typed client for the {info['title']}, generated from its OpenAPI description"
    lines = [
        "[project]",
        f"name = {json.dumps(vendor.project_name)}",
        f"version = {json.dumps(version)}",
        f"description = {json.dumps(description)}",
        'readme = "README.md"',
        f"license = {json.dumps(LICENSE)}",
        'license-files = ["LICENSE"]',
        f"requires-python = {json.dumps(str(generated['requires-python']))}",
        f"keywords = {json.dumps(['openapi', 'api-client', vendor.slug])}",
        f"classifiers = {_strings(classifiers())}",
        f"dependencies = {_strings(dependencies)}",
        "",
        "[project.urls]",
        *(f"{json.dumps(label)} = {json.dumps(url)}" for label, url in urls.items()),
        "",
    ]
    return "\n".join(lines) + "\n"


def rewrite_pyproject(vendor: Vendor, package_dir: Path, version: str) -> None:
    """Replace the generator's `[project]` table and ship the license file beside it."""
    path = package_dir / "pyproject.toml"
    text = path.read_text(encoding="utf-8")
    generated = tomllib.loads(text)["project"]
    if not _PROJECT_TABLE.search(text):
        raise ValueError(f"{path}: no [project] table followed by another table; the generator's layout changed")
    path.write_text(_PROJECT_TABLE.sub(lambda _: render_project_table(vendor, generated, version), text, count=1))
    (package_dir / "LICENSE").write_bytes(LICENSE_FILE.read_bytes())
