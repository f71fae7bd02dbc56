"""The resource attributes of a `connect()` client, made on first use.

A generated `_generated/<vendor>_client.py` names its spec (`spec_slug=`, which names its
resources module and error table) and annotates the attributes (`contacts: Contacts[Sync]`,
`aio`, `with_raw_response`), which are all this module needs: importing a client imports
neither its resources module nor the generated endpoint modules that one names, and the first
`client.<attribute>` does.
"""

from __future__ import annotations

import functools
import importlib
import json
import operator
from collections.abc import Callable
from typing import Any, ClassVar

from ._lifecycle import Lifecycle
from ._specfacts import generated_text

__all__ = ["ResourceClient", "error_table", "lazy"]


def error_table(name: str) -> dict[str, dict[int, str]]:
    """The generated table `_generated/<name>`: (METHOD, path template) -> {status: the generated
    model its error answer is parsed into}."""
    rows = json.loads(generated_text(name))
    return {operation: {int(status): model for status, model in row.items()} for operation, row in rows.items()}


def lazy(owner: type[Any], name: str, make: Callable[[Any], Any]) -> None:
    """Make `owner`'s attribute `name` on first use, as `make(instance)`, and keep it."""
    attribute = functools.cached_property(make)
    attribute.__set_name__(owner, name)
    setattr(owner, name, attribute)


class ResourceClient(Lifecycle):
    """A generated client with the spec's resources: one attribute per tag, one method per
    operation; `aio` for asyncio and `with_raw_response` for whole answers. Usable with or
    without `with` (as often as wanted: leaving it closes the connections, the next call opens
    new ones)."""

    spec_slug: ClassVar[str]  # the spec the class is generated from: `specs/<spec_slug>/openapi.yaml`
    resources: ClassVar[str]  # its generated resources class, "<module>.<class>"
    error_models: ClassVar[dict[str, dict[int, str]]]  # the spec's error table (`error_table`)

    def __init_subclass__(cls, spec_slug: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if spec_slug is not None:  # a generated client; a subclass of one keeps its spec
            overlay = spec_slug.split("-")[0]
            cls.spec_slug = spec_slug
            cls.resources = f"client_overlays._generated.{overlay}_resources.{overlay.capitalize()}Resources"
            cls.error_models = error_table(f"{overlay}_errors.json")
        for name in vars(cls).get("__annotations__", {}):
            lazy(cls, name, operator.methodcaller("resource", name))

    def resource(self, name: str) -> Any:
        """The attribute `name` (a tag's resource, `aio` or `with_raw_response`), made anew."""
        from ._resources import Async, Raw, Sync

        module, _, kind = self.resources.rpartition(".")
        resources = getattr(importlib.import_module(module), kind)
        if name in ("aio", "with_raw_response"):
            return resources(self, Async if name == "aio" else Raw)
        return getattr(resources(self, Sync), name)
