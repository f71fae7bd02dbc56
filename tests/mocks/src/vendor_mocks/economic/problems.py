"""e-conomic's error bodies: RFC 7807-style problem details for every error status, and the
update-conflict body (`message`, `developerHint`, `logId`, `logTimeUtc`, `property`) that the
vendor document shows for a stale `objectVersion`.

Trace and log ids are derived from a seed and a counter rather than drawn at random, so two
runs of the same test produce the same bodies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from starlette.responses import Response

from .._core import Clock, json_response

__all__ = ["ErrorItem", "ProblemWriter"]

# RFC 9110 sections, as ASP.NET Core's problem details name them in `type`.
_TYPES = {
    400: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
    401: "https://tools.ietf.org/html/rfc9110#section-15.5.2",
    403: "https://tools.ietf.org/html/rfc9110#section-15.5.4",
    404: "https://tools.ietf.org/html/rfc9110#section-15.5.5",
    405: "https://tools.ietf.org/html/rfc9110#section-15.5.6",
    409: "https://tools.ietf.org/html/rfc9110#section-15.5.10",
    415: "https://tools.ietf.org/html/rfc9110#section-15.5.16",
    429: "https://tools.ietf.org/html/rfc6585#section-4",
    500: "https://tools.ietf.org/html/rfc9110#section-15.6.1",
    503: "https://tools.ietf.org/html/rfc9110#section-15.6.4",
}
_TITLES = {
    400: "One or more validation errors occurred.",
    500: "An error occurred while processing your request.",
}
CONFLICT_MESSAGE = "Update conflict. Version does not match."
CONFLICT_HINT = (
    "The resource has been updated by another user. Retrieve the resource/object and try the update again. "
    "This is needed in order to prevent you from rolling back another user's update."
)


@dataclass(frozen=True)
class ErrorItem:
    """One entry of `errors`: what is wrong, the vendor's error code if it has one, and where."""

    message: str
    property: str = ""
    error_code: str = ""

    def as_json(self) -> dict[str, str]:
        item = {"message": self.message, "errorCode": self.error_code, "property": self.property}
        return {key: value for key, value in item.items() if value}  # e-conomic omits what it lacks


class ProblemWriter:
    """Renders error answers with deterministic trace ids and times from the mock's clock."""

    def __init__(self, clock: Clock, seed: int) -> None:
        self._clock = clock
        self._seed = seed
        self._counter = itertools.count(1)

    def problem(
        self,
        status: int,
        detail: str = "",
        *,
        errors: Sequence[ErrorItem] = (),
        instance: str = "",
    ) -> Response:
        body: dict[str, Any] = {
            "type": _TYPES.get(status, "https://tools.ietf.org/html/rfc9110"),
            "title": _TITLES.get(status, HTTPStatus(status).phrase),
            "status": status,
            "detail": detail,
            "instance": instance,
            "errors": [error.as_json() for error in errors],
            "traceId": self._trace_id(),
            # The first vendor error code, if any, is also the answer's own code.
            "errorCode": next((error.error_code for error in errors if error.error_code), ""),
            "traceTimeUtc": self._now().strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        return json_response({key: value for key, value in body.items() if value != "" and value != []}, status)

    def conflict(self) -> Response:
        """The 409 body of the vendor document's "Object version" section."""
        return json_response(
            {
                "message": CONFLICT_MESSAGE,
                "developerHint": CONFLICT_HINT,
                "logId": str(uuid.UUID(hex=self._digest()[:32])),
                # Documented as "2021-11-04T09:07:56": UTC without an offset.
                "logTimeUtc": self._now().strftime("%Y-%m-%dT%H:%M:%S"),
                "property": "version",
            },
            409,
        )

    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock.now(), dt.UTC)

    def _digest(self) -> str:
        return hashlib.sha256(f"{self._seed}:{next(self._counter)}".encode()).hexdigest()

    def _trace_id(self) -> str:
        """A W3C `traceparent`, which is what ASP.NET Core puts in `traceId`."""
        digest = self._digest()
        return f"00-{digest[:32]}-{digest[32:48]}-01"
