"""`redact_url` hides every query parameter that may carry a credential: the names each vendor
spec's `apiKey`-in-query schemes declare (written into the overlay by `make generate`) and one
conservative list, plus OAuth's `#access_token=` fragment, while leaving ordinary names alone."""

from __future__ import annotations

from typing import Any

import pytest
from overlay_metadata import query_secret_names

from client_overlays._redact import (
    SECRET_QUERY_HINTS,
    SECRET_QUERY_WORDS,
    redact_url,
    spec_query_secrets,
)
from client_overlays._specfacts import spec_facts
from speclib import discover_vendors

SECRET = "s3cr3t-VALUE"
ISSUE_NAMES = ["auth", "sig", "pwd", "passwd", "pass", "jwt", "session", "credential", "code"]


@pytest.mark.parametrize(
    "name",
    [
        *sorted({*ISSUE_NAMES, *SECRET_QUERY_HINTS, *SECRET_QUERY_WORDS, *spec_query_secrets()}),
        "access_token",
        "api_key",
        "apiKey",
        "client_secret",
        "X-Amz-Signature",
        "sessionId",
        "passCode",
        "authCode",
    ],
)
def test_every_secret_name_is_redacted(name: str) -> None:
    for spelling in (name, name.upper(), f"x_{name}", f"{name}-id"):
        shown = redact_url(f"https://api.example.com/v1/items?page=2&{spelling}={SECRET}&limit=5")
        assert SECRET not in shown, spelling
        assert "page=2" in shown and "limit=5" in shown


def test_ordinary_names_are_kept() -> None:
    shown = redact_url("https://api.example.com/x?page=2&passenger=1&zipcode=8000&filter=name$eq:Joe&sort=-number")
    assert shown == "https://api.example.com/x?page=2&passenger=1&zipcode=8000&filter=name%24eq%3AJoe&sort=-number"


def test_access_token_in_a_fragment_is_redacted() -> None:
    shown = redact_url(f"https://app.example.com/cb#access_token={SECRET}&token_type=bearer&state=42")
    assert SECRET not in shown
    assert "state=42" in shown
    assert redact_url("https://docs.example.com/page#section-2") == "https://docs.example.com/page#section-2"


def test_user_info_is_redacted() -> None:
    assert SECRET not in redact_url(f"https://user:{SECRET}@api.example.com/x")


class FakeVendor:
    slug = "fake"

    def __init__(self, schemes: dict[str, Any]) -> None:
        self._spec = {"components": {"securitySchemes": schemes}}

    def spec(self) -> dict[str, Any]:
        return self._spec


def test_generation_takes_the_names_of_api_key_in_query_schemes() -> None:
    vendor = FakeVendor(
        {
            "q": {"type": "apiKey", "in": "query", "name": "zapToken9"},
            "h": {"type": "apiKey", "in": "header", "name": "X-Header-Key"},
            "b": {"type": "http", "scheme": "bearer"},
        }
    )
    names = query_secret_names(vendor.spec())
    assert list(names) == ["zapToken9"]


def test_the_overlay_holds_the_generated_names_of_every_spec() -> None:
    for vendor in discover_vendors():
        written = spec_facts(vendor.slug)
        assert {name.lower() for name in written.query_secrets} <= spec_query_secrets()
