"""Panamah Core: `connect()` over the generated `panamah_client`.

```python
from client_overlays import panamah, unwrap
from panamah_client.api.stream import send_stream_data

client = panamah.connect(assinante_id="03954345000109")   # PANAMAH_PARTNER_TOKEN / _SECRET
unwrap(send_stream_data.sync_detailed(client=client, body=[...]))
```

One client serves the admin and the stream APIs: the auth flow picks the partner token,
the refresh token or a stream access token per request, obtains stream tokens on first use
and refreshes them once (single-flight) when Panamah answers 403.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Unpack

from panamah_client import AuthenticatedClient, Client, api, models

from .._client import ClientOptions, server_url
from .._connect import connect_client
from .._generated.panamah_client import PanamahClient
from .._settings import credential
from .._specfacts import spec_facts
from ._auth import DEFAULT_SDK_IDENTITY, PARTNER_WIDE, PanamahAuth, stream_key

if TYPE_CHECKING:
    from panamah_client.models import StreamTokens

    from ._batching import KB, BatchLimits, UploadRetry
    from ._queue import DeadLetter, QueueError, QueueStats
    from ._reconcile import PendingRecord, ReconcileReport, areconcile, reconcile
    from ._uploader import REFUSED_ON_STREAM, AsyncUploader, FlushReport, InvalidOperationError, Uploader, stream_tipos

# The uploader, its disk queue (filelock) and reconciliation load on first use of one of their
# names, not with `connect()`: a program that only calls the API never pays for them.
_LAZY = {
    "StreamTokens": "panamah_client.models",  # a model: loaded with attrs, on first use
    **dict.fromkeys(("KB", "BatchLimits", "UploadRetry"), "._batching"),
    **dict.fromkeys(("DeadLetter", "QueueError", "QueueStats"), "._queue"),
    **dict.fromkeys(("PendingRecord", "ReconcileReport", "areconcile", "reconcile"), "._reconcile"),
    **dict.fromkeys(
        ("REFUSED_ON_STREAM", "AsyncUploader", "FlushReport", "InvalidOperationError", "Uploader", "stream_tipos"),
        "._uploader",
    ),
}


def __getattr__(name: str) -> Any:
    try:
        module = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later look-ups find it directly
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "DEFAULT_SDK_IDENTITY",
    "KB",
    "PARTNER_WIDE",
    "PRODUCTION_URL",
    "REFUSED_ON_STREAM",
    "AsyncUploader",
    "AuthenticatedClient",
    "BatchLimits",
    "Client",
    "ClientOptions",
    "DeadLetter",
    "FlushReport",
    "InvalidOperationError",
    "PanamahAuth",
    "PanamahClient",
    "PendingRecord",
    "QueueError",
    "QueueStats",
    "ReconcileReport",
    "StreamTokens",
    "UploadRetry",
    "Uploader",
    "api",
    "areconcile",
    "connect",
    "models",
    "reconcile",
    "stream_key",
    "stream_tipos",
]

spec = spec_facts("panamah")
PRODUCTION_URL = spec.servers["production"]


def connect(
    partner_token: str | None = None,
    partner_secret: str | None = None,
    *,
    assinante_id: str = PARTNER_WIDE,
    sdk_identity: str = DEFAULT_SDK_IDENTITY,
    clock: Callable[[], float] = time.time,
    **options: Unpack[ClientOptions],
) -> PanamahClient:
    """A client for Panamah Core (`https://panamah.io/api/v2` unless `base_url` says otherwise).

    `partner_token` defaults to `PANAMAH_PARTNER_TOKEN`; `partner_secret` (needed only for the
    stream API) to `PANAMAH_PARTNER_SECRET`. `assinante_id` selects the subscriber the stream
    session is for; the default `*` is partner-wide mode, where every operation names its own.
    `options`: `ClientOptions`.
    """
    token = credential(partner_token, argument="partner_token", env="PANAMAH_PARTNER_TOKEN")
    # Admin-only use needs no secret; streaming says what is missing.
    secret = partner_secret or os.environ.get("PANAMAH_PARTNER_SECRET") or None
    auth = PanamahAuth(
        base_url=server_url(spec, options.get("base_url")),  # checked before the auth flow keeps it
        partner_token=token,
        partner_secret=secret,
        assinante_id=assinante_id,
        sdk_identity=sdk_identity,
        clock=clock,
    )
    return connect_client(PanamahClient, auth, **options)
