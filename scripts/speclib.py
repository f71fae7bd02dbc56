"""Shared knowledge about the vendors' specs, read from `specs/` and nowhere else.

Every script and test that needs "which vendors exist", "where is the spec", "what is the
package called" or "which operations does the spec declare" asks this module, so adding a
sixth vendor means adding a folder under `specs/`, not editing lists scattered around.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "HTTP_METHODS",
    "REPO_ROOT",
    "Operation",
    "Vendor",
    "discover_vendors",
    "follow_ref",
    "iter_operations",
    "load_yaml",
    "resolve_refs",
    "vendor_by_slug",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load_yaml(path: Path) -> Any:
    with path.open("rb") as handle:
        return yaml.safe_load(handle)


@dataclass(frozen=True)
class Vendor:
    """One vendor: its spec folder and the package generated from it."""

    slug: str
    spec_dir: Path

    @property
    def spec_path(self) -> Path:
        return self.spec_dir / "openapi.yaml"

    @property
    def config_path(self) -> Path:
        return self.spec_dir / "generator.yaml"

    @functools.cached_property
    def config(self) -> dict[str, Any]:
        config = load_yaml(self.config_path)
        if not isinstance(config, dict):
            raise ValueError(f"{self.config_path}: expected a mapping")
        return config

    @property
    def package_name(self) -> str:
        """Import name, e.g. `panorays_client`."""
        return str(self.config["package_name_override"])

    @property
    def project_name(self) -> str:
        """Distribution name, e.g. `panorays-client`; also the folder under `generated/`."""
        return str(self.config["project_name_override"])

    def output_dir(self, root: Path = REPO_ROOT / "generated") -> Path:
        return root / self.project_name

    def spec(self) -> dict[str, Any]:
        return _load_spec_cached(self.spec_path)


@functools.cache
def _load_spec_cached(path: Path) -> dict[str, Any]:
    spec = load_yaml(path)
    if not isinstance(spec, dict):
        raise ValueError(f"{path}: expected an OpenAPI mapping")
    return spec


def discover_vendors(specs_root: Path = REPO_ROOT / "specs") -> list[Vendor]:
    """Every folder under `specs/` holding both an `openapi.yaml` and a `generator.yaml`."""
    return [
        Vendor(slug=folder.name, spec_dir=folder)
        for folder in sorted(specs_root.iterdir())
        if (folder / "openapi.yaml").is_file() and (folder / "generator.yaml").is_file()
    ]


def vendor_by_slug(slug: str) -> Vendor:
    vendors = {vendor.slug: vendor for vendor in discover_vendors()}
    if slug not in vendors:
        raise SystemExit(f"unknown vendor {slug!r}; known vendors: {', '.join(sorted(vendors))}")
    return vendors[slug]


@dataclass(frozen=True)
class Operation:
    """One operation of a spec, with what the generator derives from it."""

    path: str
    method: str
    data: dict[str, Any]

    @property
    def operation_id(self) -> str | None:
        value = self.data.get("operationId")
        return str(value) if value is not None else None

    @property
    def tag(self) -> str:
        tags = self.data.get("tags") or ["default"]
        return str(tags[0])

    @property
    def summary(self) -> str:
        return str(self.data.get("summary", "")).strip()


def iter_operations(spec: dict[str, Any]) -> Iterator[Operation]:
    """Operations in document order (paths, then methods in the order OpenAPI lists them)."""
    for path, path_item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if isinstance(operation, dict):
                yield Operation(path=path, method=method, data=operation)


def follow_ref(spec: dict[str, Any], node: Any) -> Any:
    """`node`, or, while it is a local `$ref` (`#/components/...`), what it points to.

    The project's one `$ref` lookup: `resolve_refs`, the generation scripts and the test
    fixtures use it. A cycle of references raises `ValueError` naming the reference.
    """
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        pointer = str(node["$ref"])
        if not pointer.startswith("#/"):
            raise ValueError(f"only local references are used in our specs, got {pointer}")
        if pointer in seen:
            raise ValueError(f"reference cycle through {pointer}")
        seen.add(pointer)
        node = spec
        for part in pointer[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def resolve_refs(spec: dict[str, Any], node: Any, *, drop: tuple[str, ...] = (), seen: tuple[str, ...] = ()) -> Any:
    """`node` with every local `$ref` inlined, at any depth, and the keys in `drop` left out
    (the specs have no recursive schemas: they describe JSON bodies)."""
    if isinstance(node, dict):
        if "$ref" in node:
            pointer = str(node["$ref"])
            if pointer in seen:
                raise ValueError(f"reference cycle through {pointer}")
            return resolve_refs(spec, follow_ref(spec, {"$ref": pointer}), drop=drop, seen=(*seen, pointer))
        return {key: resolve_refs(spec, value, drop=drop, seen=seen) for key, value in node.items() if key not in drop}
    if isinstance(node, list):
        return [resolve_refs(spec, item, drop=drop, seen=seen) for item in node]
    return node
