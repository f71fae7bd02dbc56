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

No answer at all (refused or dropped connections, timeouts), after the client's retries:

    httpx.TransportError
     └── APIConnectionError        method, URL (secrets redacted), attempts, seconds spent;
          │                        the last httpx exception is its `__cause__`
          └── APITimeoutError      also an `httpx.TimeoutException`
               └── DeadlineExceeded     the call's total deadline ran out (`_deadline.py`)

They stay `httpx.TransportError`s, so code written against httpx's exceptions keeps working.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._redact import redact_url

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
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
        reason = httpx.codes.get_reason_phrase(self.status_code)  # "" for a status it does not know
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
    410: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitedError,
}


class APIConnectionError(httpx.TransportError):
    """No answer came back: every attempt the retry policy allowed failed at the transport.

    `method`, `url` (credentials redacted), `attempts` (how many requests went out) and
    `elapsed` (seconds from the first attempt to giving up) say what was tried; the last
    attempt's httpx exception is the `__cause__`. The numbers are filled in by the retrying
    layer of a `connect()` client; `None` where an error was raised outside one.
    """

    def __init__(
        self,
        reason: str,
        *,
        request: httpx.Request | None = None,
        attempts: int | None = None,
        elapsed: float | None = None,
    ) -> None:
        super().__init__(reason, request=request)
        self.reason = reason
        self.attempts = attempts
        self.elapsed = elapsed

    @property
    def method(self) -> str:
        return self._request.method if self._request is not None else ""

    @property
    def url(self) -> str:
        return redact_url(self._request.url) if self._request is not None else ""

    def __str__(self) -> str:
        where = f"{self.method} {self.url}: " if self._request is not None else ""
        tried = ""
        if self.attempts is not None:
            tried = f" ({self.attempts} attempt{'s' if self.attempts != 1 else ''}"
            tried += f" in {self.elapsed:.1f} s)" if self.elapsed is not None else ")"
        return f"{where}{self.reason}{tried}"


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """No complete answer in time (a connect, read, write or pool timeout, or the deadline)."""


def error_for_status(status_code: int) -> type[APIError]:
    by_range = ServerError if status_code >= 500 else BadRequestError if status_code >= 400 else APIError
    return _BY_STATUS.get(status_code, by_range)


def parse_retry_after(value: str | None) -> float | None:
    """`Retry-After` in either form (delta-seconds or an HTTP date) as seconds from now; None
    when absent or unreadable. httpx-retries' parser, the one the retries use."""
    if not value:
        return None
    from httpx_retries import Retry  # on an error's first look at it, not at import

    try:
        return Retry().parse_retry_after(value)
    except ValueError:
        return None


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
    parts += [_describe_item(item) for item in data.get("errors") or []]
    return "; ".join(part for part in parts if part)[:500]


def _describe_item(item: Any) -> str:
    if not isinstance(item, dict):
        return str(item)
    where = item.get("property") or ".".join(str(part) for part in item.get("loc") or [])
    message = item.get("message") or item.get("msg") or ""
    return f"{where}: {message}" if where else str(message)
