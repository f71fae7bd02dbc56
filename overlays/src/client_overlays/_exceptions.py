"""Typed errors for answers a vendor gives with an error status.

    APIError                       status, method, URL (secrets redacted), parsed body
     ├── BadRequestError           400, and 422 (FastAPI/Panamah validation)
     │    └── UnprocessableEntityError   422
     ├── UnauthorizedError         401
     ├── ForbiddenError            403
     ├── NotFoundError             404
     ├── ConflictError             409
     │    └── ObjectVersionConflictError   e-conomic's stale `objectVersion`
     ├── RateLimitedError          429, with `retry_after` seconds when the vendor says
     └── ServerError               5xx

Transport failures (timeouts, refused or dropped connections) stay httpx's own
`httpx.TransportError` subclasses: they carry no vendor answer to type.
"""

from __future__ import annotations

import datetime as dt
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from ._redact import redact_url

__all__ = [
    "APIError",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "NotFoundError",
    "ObjectVersionConflictError",
    "RateLimitedError",
    "ServerError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "describe_body",
    "error_for_status",
    "parse_retry_after",
]


class APIError(Exception):
    """The vendor answered with an error status.

    `body` is the generated model the client parsed the answer into (for example
    e-conomic's `ProblemDetails`, Pandium's `HTTPValidationError`), or the raw text when the
    answer is not a documented model.
    """

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        body: Any,
        headers: httpx.Headers | None = None,
    ) -> None:
        self.status_code = status_code
        self.method = method.upper()
        self.url = redact_url(url) if url else ""
        self.body = body
        self.headers = headers if headers is not None else httpx.Headers()
        super().__init__(self._message())

    @property
    def detail(self) -> str:
        """The vendor's own explanation, as one line (empty when it gave none)."""
        return describe_body(self.body)

    def _message(self) -> str:
        reason = _reason(self.status_code)
        where = f" from {self.method} {self.url}" if self.url else ""
        detail = self.detail
        return f"{self.status_code} {reason}{where}" + (f": {detail}" if detail else "")


class BadRequestError(APIError):
    pass


class UnprocessableEntityError(BadRequestError):
    pass


class UnauthorizedError(APIError):
    pass


class ForbiddenError(APIError):
    pass


class NotFoundError(APIError):
    pass


class ConflictError(APIError):
    pass


class ObjectVersionConflictError(ConflictError):
    """The object changed since it was read: read it again and re-apply the change."""


class RateLimitedError(APIError):
    @property
    def retry_after(self) -> float | None:
        """Seconds to wait before the next request, when the vendor said (`Retry-After`)."""
        return parse_retry_after(self.headers.get("retry-after"))

    def _message(self) -> str:
        message = super()._message()
        wait = self.retry_after
        return message + (f" (retry after {wait:g} s)" if wait is not None else "")


class ServerError(APIError):
    pass


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitedError,
}


def error_for_status(status_code: int) -> type[APIError]:
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if status_code >= 500:
        return ServerError
    if 400 <= status_code < 500:
        return BadRequestError if status_code != 410 else NotFoundError
    return APIError


def parse_retry_after(value: str | None) -> float | None:
    """`Retry-After` in either form (delta-seconds or an HTTP date) as seconds from now."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def describe_body(body: Any) -> str:
    """One line from whatever error body a vendor sent: detail, message, title, errors[]."""
    if body is None:
        return ""
    if isinstance(body, str | bytes):
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        return " ".join(text.split())[:300]
    data = body.to_dict() if hasattr(body, "to_dict") else body
    if not isinstance(data, dict):
        return str(data)[:300]
    parts: list[str] = []
    for key in ("title", "message", "detail", "error", "developerHint"):
        value = data.get(key)
        if isinstance(value, str) and value and value not in parts:
            parts.append(value)
        elif isinstance(value, list) and key == "detail":  # FastAPI validation details
            parts += [_describe_item(item) for item in value]
    for item in data.get("errors") or []:
        parts.append(_describe_item(item))
    return "; ".join(part for part in parts if part)[:500]


def _describe_item(item: Any) -> str:
    if not isinstance(item, dict):
        return str(item)
    where = item.get("property") or ".".join(str(part) for part in item.get("loc") or [])
    message = item.get("message") or item.get("msg") or ""
    return f"{where}: {message}" if where else str(message)


def _reason(status_code: int) -> str:
    try:
        return httpx.codes.get_reason_phrase(status_code)
    except ValueError:
        return ""
