"""A password in `base_url` (`http://user:PW@host`) reaches no repr, log line or exception:
every vendor's `connect()` refuses it with a message naming the fix, before httpx,
httpx-retries or the overlay see the URL; the same client without it works over a socket."""

from __future__ import annotations

import logging
import re

import httpx
import pytest

from integration.vendor_calls import CASES, VendorCase
from vendor_mocks import serve

PASSWORD = "PW-in-the-url-5ec7"
LOGGERS = ("httpx", "httpcore", "httpx_retries", "client_overlays")


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.slug)
def test_a_password_in_the_base_url_never_shows(case: VendorCase, debug_logs: pytest.LogCaptureFixture) -> None:
    mock = case.mock()
    with serve(mock.app) as url:
        with_password = url.replace("http://", f"http://user:{PASSWORD}@")
        with pytest.raises(ValueError, match="must not contain user info") as refused:
            client = case.connect(mock, with_password)
            case.read(client)  # reached only if connect() let the URL through
            pytest.fail(f"connect() accepted a URL with a password: {client!r}")
        message = str(refused.value)
        assert PASSWORD not in message and "user" not in message.split(":", 1)[1].split(" and ")[0]
        assert url in message  # the URL to use instead

        # The same client without user info works, and its DEBUG logs are captured...
        with case.connect(mock, url) as client:
            assert case.read(client).status_code < 500
            assert PASSWORD not in repr(client)
    records = [record for record in debug_logs.records if record.name.split(".")[0] in LOGGERS]
    assert any(record.name.startswith("httpx") for record in records)  # ...so the check below can fail
    assert not [record.getMessage() for record in records if PASSWORD in record.getMessage()]


def test_a_clean_url_is_kept_as_given() -> None:
    from client_overlays._settings import checked_base_url

    assert checked_base_url("https://api.example.com/v1") == "https://api.example.com/v1"
    with pytest.raises(ValueError, match=re.escape("https://api.example.com/v1")) as refused:
        checked_base_url(f"https://{PASSWORD}@api.example.com/v1")
    assert PASSWORD not in str(refused.value)
    assert isinstance(refused.value, ValueError) and not isinstance(refused.value, httpx.HTTPError)
