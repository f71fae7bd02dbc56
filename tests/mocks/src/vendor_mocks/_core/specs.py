"""The vendors' OpenAPI documents, shipped inside this package and read with importlib.resources.

`make generate` copies each `specs/<slug>/openapi.yaml` of the repository to
`vendor_mocks/specs/<slug>/openapi.yaml` (and `make check-generated` fails when a copy
drifts), so an installed mock validates against exactly the spec its clients were generated
from, with no repository around it.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from importlib import resources
from typing import Any

import yaml

__all__ = [
    "ALIASES",
    "HTTP_METHODS",
    "VENDOR_SLUGS",
    "canonical_slug",
    "credential_header",
    "follow_ref",
    "load_spec",
    "rate_limit",
]

_SPECS = resources.files("vendor_mocks").joinpath("specs")
# The vendors this package mocks: one folder each under `specs/`, named by its slug.
VENDOR_SLUGS = tuple(sorted(entry.name for entry in _SPECS.iterdir() if entry.joinpath("openapi.yaml").is_file()))
# Short names users type: the overlay module is `client_overlays.economic`, the spec folder
# `economic-suppliers`; both mean the same mock everywhere a vendor is named.
ALIASES = {"economic": "economic-suppliers"}


def canonical_slug(name: str) -> str:
    """`economic` -> `economic-suppliers`; any other known slug unchanged; else a ValueError naming the choices."""
    slug = ALIASES.get(name, name)
    if slug not in VENDOR_SLUGS:
        choices = ", ".join(sorted({*VENDOR_SLUGS, *ALIASES}))
        raise ValueError(f"no mock for {name!r}; mocks exist for: {choices}")
    return slug


def load_spec(slug: str) -> dict[str, Any]:
    """A fresh copy of the vendor's spec (callers may change it)."""
    return copy.deepcopy(_parsed(canonical_slug(slug)))


# The operations a path item may hold, in the order OpenAPI lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def follow_ref(spec: Mapping[str, Any], node: Any) -> Any:
    """`node`, or, while it is a local `$ref` (`#/components/...`), what it points to: the
    mocks' one `$ref` lookup (this package runs without the repository's scripts)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node:
        pointer = str(node["$ref"])
        if not pointer.startswith("#/") or pointer in seen:
            raise ValueError(f"not a local, acyclic reference: {pointer}")
        seen.add(pointer)
        node = spec
        for part in pointer[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def credential_header(slug: str, scheme: str) -> str:
    """The header the spec's security scheme `scheme` sends its credential in."""
    declared = _parsed(canonical_slug(slug))["components"]["securitySchemes"][scheme]
    return "Authorization" if declared.get("type") == "http" else str(declared["name"])


def rate_limit(slug: str) -> tuple[int, float] | None:
    """The spec's `x-rate-limit` (requests per window and credential, the window in seconds);
    None when the spec states none."""
    declared = _parsed(canonical_slug(slug)).get("x-rate-limit")
    return None if declared is None else (int(declared["requests"]), float(declared["window-seconds"]))


@functools.cache
def _parsed(slug: str) -> dict[str, Any]:
    resource = _SPECS.joinpath(slug, "openapi.yaml")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same result, faster
    spec = yaml.load(resource.read_bytes(), Loader=loader)
    if not isinstance(spec, dict):
        raise ValueError(f"vendor_mocks/specs/{slug}/openapi.yaml: expected an OpenAPI mapping")
    return spec
