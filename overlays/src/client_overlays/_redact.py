"""Keeping secrets out of logs, reprs and exception messages.

Every place that prints a request (debug logs, error messages) goes through these helpers.
The vendors' credential headers and query parameters come from their specs' security
schemes (`_specfacts`, written by `make generate`), so a new one needs no edit here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

import httpx

from ._specfacts import every_spec

__all__ = [
    "REDACTED",
    "SECRET_QUERY_HINTS",
    "SECRET_QUERY_WORDS",
    "is_secret_query_name",
    "mask",
    "redact_headers",
    "redact_url",
    "secret_headers",
    "spec_query_secrets",
]

REDACTED = "[redacted]"
_URL_REDACTED = "REDACTED"  # survives URL encoding unchanged
# A query parameter whose lower-cased name contains one of these carries a secret...
SECRET_QUERY_HINTS = (
    "token",
    "secret",
    "key",
    "password",
    "passwd",
    "passcode",
    "signature",
    "credential",
    "session",
    "jwt",
    "auth",
)
# ...and so does one with one of these as a whole word of its name (`sig`, `X-Amz-Sig`,
# `pass_code`): as substrings they would hide `page`-like names such as `passenger`, `zipcode`.
SECRET_QUERY_WORDS = frozenset({"sig", "pwd", "pass", "code"})
_WORDS = re.compile(r"[a-z0-9]+")


# The vendors' credential names are read from every spec's facts on the first redaction (a
# debug log line, an error message), not when a program imports one vendor.
@functools.cache
def secret_headers() -> frozenset[str]:
    """Lower-case header names that carry credentials: HTTP's own, and every vendor spec's."""
    http = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
    return http.union(*(spec.secret_headers for spec in every_spec()))


@functools.cache
def spec_query_secrets() -> frozenset[str]:
    """Names the vendor specs' `apiKey` schemes send in the query, lower-cased."""
    return frozenset(name.lower() for spec in every_spec() for name in spec.query_secrets)


def is_secret_query_name(name: str) -> bool:
    lowered = name.lower()
    if lowered in spec_query_secrets() or any(hint in lowered for hint in SECRET_QUERY_HINTS):
        return True
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name).lower()  # camelCase -> camel case
    return any(word in SECRET_QUERY_WORDS for word in _WORDS.findall(spaced))


def mask(secret: str) -> str:
    """A recognisable but useless form of a secret for reprs: its length only."""
    return f"<secret: {len(secret)} chars>"


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    secret = secret_headers()
    return {name: (REDACTED if name.lower() in secret else value) for name, value in items}


def _redact_pairs(text: str) -> str:
    pairs = httpx.QueryParams(text).multi_items()
    redacted = tuple((name, _URL_REDACTED if is_secret_query_name(name) else value) for name, value in pairs)
    return str(httpx.QueryParams(redacted))


def redact_url(url: httpx.URL | str) -> str:
    """The URL with credentials in user info, query parameters or a `#key=value` fragment
    (OAuth's implicit flow puts `access_token` there) replaced."""
    parsed = httpx.URL(str(url))
    if parsed.userinfo:
        parsed = parsed.copy_with(username=_URL_REDACTED, password=None)
    if parsed.query:
        parsed = parsed.copy_with(query=_redact_pairs(parsed.query.decode("ascii")).encode("ascii"))
    if "=" in parsed.fragment:
        parsed = parsed.copy_with(fragment=_redact_pairs(parsed.fragment))
    return str(parsed)
