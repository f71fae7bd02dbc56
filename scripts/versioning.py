"""Client versions that follow the spec: `<spec info.version as X.Y.Z>.<generation>`.

A client's version names the spec version it was generated from and how often the generated
output of that spec version changed: `2.0.0.3` is the fourth distinct output generated from
spec version 2.0.0 (a generator upgrade, a spec fix that kept `info.version`, a new README).
The counter lives beside the spec in `specs/<vendor>/generation.json`, written only by
`make generate`: it restarts at 0 when `info.version` changes and goes up by one whenever the
generated output differs from the output it recorded (a SHA-256 of the generated tree, taken
before the version is written into it, so the version cannot feed back into the digest).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from packaging.version import InvalidVersion, Version

from speclib import Vendor

__all__ = [
    "GENERATION_FILE",
    "Generation",
    "client_version",
    "next_generation",
    "read_generation",
    "render_generation",
    "spec_release",
    "tree_digest",
]

GENERATION_FILE = "generation.json"
_NOTICE = "Written by `make generate` (scripts/versioning.py); never edit by hand."


def spec_release(raw: object) -> str:
    """`info.version` as a three-part release (`"2"` -> `2.0.0`), or a clear error."""
    text = str(raw)
    try:
        version = Version(text)
    except InvalidVersion:
        raise ValueError(f"info.version {text!r} is not a PEP 440 version; use a release like 2.0.0") from None
    if version.epoch or version.pre or version.post or version.dev or version.local or len(version.release) > 3:
        raise ValueError(f"info.version {text!r} must be a plain release of at most three parts (like 2, 1.0 or 2.0.0)")
    return ".".join(str(part) for part in (*version.release, 0, 0)[:3])


@dataclass(frozen=True)
class Generation:
    """What `generation.json` records for one spec."""

    spec_version: str  # three-part release from info.version
    generation: int
    output_sha256: str

    @property
    def version(self) -> str:
        return client_version(self.spec_version, self.generation)


def client_version(spec_version: str, generation: int) -> str:
    return f"{spec_version}.{generation}"


def tree_digest(root: Path, *, ignored: set[str]) -> str:
    """SHA-256 over every file's relative path and bytes (files whose name is in `ignored` skipped)."""
    digest = hashlib.sha256()
    files = (p for p in root.rglob("*") if p.is_file() and not ignored.intersection(p.relative_to(root).parts))
    for path in sorted(files):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def read_generation(vendor: Vendor) -> Generation | None:
    path = vendor.spec_dir / GENERATION_FILE
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Generation(str(data["spec_version"]), int(data["generation"]), str(data["output_sha256"]))


def render_generation(state: Generation) -> str:
    document = {
        "$comment": _NOTICE,
        "spec_version": state.spec_version,
        "generation": state.generation,
        "output_sha256": state.output_sha256,
    }
    return json.dumps(document, indent=2) + "\n"


def next_generation(recorded: Generation | None, spec_version: str, output_sha256: str) -> Generation:
    """The state after generating `output_sha256` from `spec_version`, given what was recorded."""
    if recorded is None or recorded.spec_version != spec_version:
        return Generation(spec_version, 0, output_sha256)
    if recorded.output_sha256 == output_sha256:
        return recorded
    return Generation(spec_version, recorded.generation + 1, output_sha256)
