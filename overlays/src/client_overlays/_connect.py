"""What every vendor's `connect()` does once it has made its auth flow.

The generated client class names its spec (`ResourceClient.spec_slug`) and carries the spec's
error table, so a vendor's `connect()` keeps only what is its own: its credentials, its auth
flow and its extra options.
"""

from __future__ import annotations

from typing import TypeVar, Unpack

import httpx

from ._client import ClientOptions, build_client
from ._raising import ErrorModels
from ._ratelimit import TokenBucket
from ._resource_client import ResourceClient
from ._responses import Classify
from ._specfacts import spec_facts

__all__ = ["connect_client"]

C = TypeVar("C", bound=ResourceClient)


_ERROR_MODELS: dict[str, ErrorModels] = {}  # spec slug -> its error table, routes compiled once


def _error_models(client_class: type[ResourceClient]) -> ErrorModels:
    slug = client_class.spec_slug
    if slug not in _ERROR_MODELS:
        _ERROR_MODELS[slug] = ErrorModels(client_class.error_models, f"{slug.replace('-', '_')}_client.models")
    return _ERROR_MODELS[slug]


def connect_client(
    client_class: type[C],
    auth: httpx.Auth,
    *,
    sandbox: bool = False,
    rate_limit: TokenBucket | None = None,
    classify: Classify | None = None,
    **options: Unpack[ClientOptions],
) -> C:
    """A `client_class` sending through `auth`, at the spec's production server (its sandbox with
    `sandbox=True`) unless `base_url` says otherwise; `rate_limit` and `classify` as in
    `build_client`."""
    return build_client(
        client_class,
        spec_facts(client_class.spec_slug),
        auth,
        environment="sandbox" if sandbox else "production",
        rate_limit=rate_limit,
        classify=classify,
        error_models=_error_models(client_class),
        **options,
    )
