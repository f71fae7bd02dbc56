"""Hand-written additions to the generated vendor clients.

One subpackage per vendor, each importing only its own generated client:

- `client_overlays.economic` -> `economic_suppliers_client`
- `client_overlays.panamah` -> `panamah_client`
- `client_overlays.panorays` -> `panorays_client`
- `client_overlays.paymentworks` -> `paymentworks_client`
- `client_overlays.pandium` -> `pandium_client`

This top-level package imports no vendor client, so `import client_overlays` works with any
subset of the vendor extras installed.
"""

from __future__ import annotations

from ._deadline import DEFAULT_DEADLINE, DeadlineExceeded, deadline
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    ObjectVersionConflictError,
    RateLimitedError,
    ServerError,
    UnauthorizedError,
    UnprocessableEntityError,
)
from ._responses import raise_for_status, unwrap
from ._retry import ALREADY_DELETED, OUTCOME_HEADER, RetryPolicy
from ._settings import DEFAULT_TIMEOUT, MissingCredentialError
from ._settings import version as _version
from ._transport import enable_debug_logging

__all__ = [
    "ALREADY_DELETED",
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "OUTCOME_HEADER",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "BadRequestError",
    "ConflictError",
    "DeadlineExceeded",
    "ForbiddenError",
    "MissingCredentialError",
    "NotFoundError",
    "ObjectVersionConflictError",
    "RateLimitedError",
    "RetryPolicy",
    "ServerError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "__version__",
    "deadline",
    "enable_debug_logging",
    "raise_for_status",
    "unwrap",
]


def __getattr__(name: str) -> str:
    if name == "__version__":  # read from the installed metadata on first use (see _settings.version)
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
