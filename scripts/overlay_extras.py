"""The overlay's extras name the client versions it was tested with, written by `make generate`.

`client-overlays[panorays]` must not pair the overlay with a client release it was never run
against: each extra requires its client from the version generated at this commit up to (not
including) the next major, the compatible range (a new major is a breaking client change, see
`make release-check`). The rest of `overlays/pyproject.toml` is hand-written; only the quoted
requirement of each client inside `[project.optional-dependencies]` is rewritten.
"""

from __future__ import annotations

import re

from packaging.version import Version

from speclib import REPO_ROOT

__all__ = ["OVERLAY_PYPROJECT", "client_requirement", "render_overlay_pyproject"]

OVERLAY_PYPROJECT = REPO_ROOT / "overlays" / "pyproject.toml"
_EXTRAS_TABLE = re.compile(r"^\[project\.optional-dependencies\]\n.*?(?=^\[|\Z)", re.MULTILINE | re.DOTALL)


def client_requirement(project_name: str, version: str) -> str:
    """`panorays-client>=2.0.0.1,<3` for version 2.0.0.1."""
    return f"{project_name}>={version},<{Version(version).major + 1}"


def render_overlay_pyproject(text: str, project_name: str, version: str) -> str:
    """`text` with every requirement of `project_name` in the extras pinned to its compatible range."""
    table = _EXTRAS_TABLE.search(text)
    if table is None:
        raise ValueError(f"{OVERLAY_PYPROJECT}: no [project.optional-dependencies] table")
    requirement = re.compile(rf'"{re.escape(project_name)}(?:[<>=!~,.\d\s]*)"')
    if not requirement.search(table.group(0)):
        raise ValueError(f"{OVERLAY_PYPROJECT}: no extra requires {project_name}; add one (see README)")
    replaced = requirement.sub(f'"{client_requirement(project_name, version)}"', table.group(0))
    return text[: table.start()] + replaced + text[table.end() :]
