"""What each vendor's spec says that the overlay, the mocks and the benchmarks act on.

`make generate` writes the facts of every spec into `_generated/<vendor>.spec.json`
(scripts/overlay_metadata.py): the servers by their `x-environment`, the header each
security scheme's credential travels in, the query parameters that carry one, which schemes
each operation takes, parameter maxima and the `x-rate-limit`. This module reads them into
typed objects, so no spec fact is written twice by hand.
"""

from __future__ import annotations

import functools
import json
import pkgutil
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import _generated

__all__ = ["RateLimit", "SpecFacts", "every_spec", "spec_facts"]

_SUFFIX = ".spec.json"


@dataclass(frozen=True)
class RateLimit:
    """Requests allowed per window and credential (the spec's `x-rate-limit`)."""

    requests: int
    window: float


@dataclass(frozen=True)
class SpecFacts:
    slug: str
    version: str
    servers: Mapping[str, str]  # `x-environment` (production, sandbox, mock) -> URL
    credential_headers: Mapping[str, str]  # security scheme -> the header it sends
    query_secrets: tuple[str, ...]  # query parameters an `apiKey` scheme sends a credential in
    operations: Mapping[str, tuple[str, str]]  # operationId -> (METHOD, path template)
    operation_security: Mapping[tuple[str, str], tuple[str, ...]]  # (METHOD, path template) -> schemes
    query_maxima: Mapping[str, int]  # query parameter -> the `maximum` of its schema
    rate_limit: RateLimit | None

    @property
    def secret_headers(self) -> frozenset[str]:
        """The credential headers, lower-cased: never logged or shown."""
        return frozenset(name.lower() for name in self.credential_headers.values())

    @classmethod
    def from_json(cls, text: str) -> SpecFacts:
        data: dict[str, Any] = json.loads(text)
        limit = data["rate_limit"]
        security = data["operation_security"]
        return cls(
            slug=data["slug"],
            version=data["version"],
            servers=data["servers"],
            credential_headers=data["credential_headers"],
            query_secrets=tuple(data["query_secrets"]),
            operations={name: (method, path) for name, (method, path) in data["operations"].items()},
            operation_security={_method_path(key): tuple(schemes) for key, schemes in security.items()},
            query_maxima=data["query_maxima"],
            rate_limit=None if limit is None else RateLimit(limit["requests"], float(limit["window_seconds"])),
        )


def _method_path(key: str) -> tuple[str, str]:
    method, _, path = key.partition(" ")
    return method, path


def generated_text(name: str) -> str:
    """The text of the file `make generate` wrote as `client_overlays/_generated/<name>`."""
    # pkgutil reads through the package's loader (a folder or a zip) without importing
    # importlib.resources and zipfile, which cost more than the file itself.
    try:
        document = pkgutil.get_data(_generated.__name__, name)
    except FileNotFoundError:
        document = None
    if document is None:
        raise LookupError(f"no generated {name} in client_overlays._generated: run `make generate`")
    return document.decode("utf-8")


@functools.cache
def spec_facts(slug: str) -> SpecFacts:
    """The facts of `specs/<slug>/openapi.yaml` (`panorays`, `economic-suppliers`, ...)."""
    return SpecFacts.from_json(generated_text(f"{slug}{_SUFFIX}"))


def every_spec() -> list[SpecFacts]:
    """The facts of every vendor spec `make generate` wrote."""
    from importlib import resources

    names = sorted(entry.name for entry in resources.files(_generated).iterdir() if entry.name.endswith(_SUFFIX))
    return [spec_facts(name.removesuffix(_SUFFIX)) for name in names]
