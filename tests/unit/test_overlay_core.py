"""The overlay's shared machinery, against scripted transports: retries, typed errors,
credentials, User-Agent, debug logging and the absence of secrets wherever text is produced."""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from paymentworks_client import AuthenticatedClient
from paymentworks_client.api.new_vendor_requests import bulk_update_new_vendor_request_status
from paymentworks_client.api.suppliers import load_suppliers
from paymentworks_client.api.updates import list_updates
from paymentworks_client.models import NewVendorRequestStatusChange, NewVendorRequestStatusCode, UpdatePage

from client_overlays import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadRequestError,
    MissingCredentialError,
    NotFoundError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    UnauthorizedError,
    UnprocessableEntityError,
    __version__,
    unwrap,
)
from client_overlays._exceptions import describe_body, parse_retry_after
from client_overlays._redact import redact_headers, redact_url
from client_overlays.paymentworks import connect

SECRET = "pw-secret-token-DO-NOT-LEAK"
EMPTY_PAGE: dict[str, object] = {"count": 0, "next": None, "previous": None, "results": []}


class Script:
    """A transport answering from a list of outcomes (responses or exceptions), recording requests."""

    def __init__(self, outcomes: list[httpx.Response | Exception]) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        outcome = self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def answer(status: int, json: object = None, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=json if json is not None else {"detail": "x"}, headers=headers)


@pytest.fixture
def waits() -> list[float]:
    return []


def client_with(script: Script, waits: list[float], **policy: Any) -> AuthenticatedClient:
    return connect(
        SECRET,
        base_url="https://pw.example.test/api",
        transport=script.transport(),
        retry=RetryPolicy(sleep=waits.append, **policy),
    )


# --- retries -------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried_then_succeed(status: int, waits: list[float]) -> None:
    script = Script([answer(status), answer(status), answer(200, EMPTY_PAGE)])
    page = unwrap(list_updates.sync_detailed(client=client_with(script, waits)), UpdatePage)
    assert page.count == 0
    assert len(script.requests) == 3
    assert len(waits) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_client_errors_are_not_retried(status: int, waits: list[float]) -> None:
    script = Script([answer(status)])
    with pytest.raises(APIError):
        unwrap(list_updates.sync_detailed(client=client_with(script, waits)))
    assert len(script.requests) == 1 and waits == []


def test_retry_after_seconds_and_http_date_are_honoured_up_to_the_cap(waits: list[float]) -> None:
    soon = email.utils.format_datetime(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=20), usegmt=True)
    script = Script(
        [
            answer(503, headers={"Retry-After": "7"}),
            answer(429, headers={"Retry-After": soon}),
            answer(503, headers={"Retry-After": "3600"}),
            answer(200, EMPTY_PAGE),
        ]
    )
    unwrap(list_updates.sync_detailed(client=client_with(script, waits, max_wait=30, max_total_wait=100)))
    assert waits[0] == 7
    assert 15 <= waits[1] <= 20
    assert waits[2] == 30, "a Retry-After beyond the cap waits the cap"


def test_backoff_grows_exponentially_with_jitter_and_is_bounded(waits: list[float]) -> None:
    script = Script([answer(503)])
    with pytest.raises(ServerError):
        unwrap(list_updates.sync_detailed(client=client_with(script, waits, retries=5, backoff=1.0, max_wait=5)))
    assert len(script.requests) == 6, "1 attempt + 5 retries, then the last answer is raised"
    assert all(0 <= wait <= 5 for wait in waits)
    assert waits[0] <= 2 and waits[-1] <= 5


def test_total_wait_is_bounded(waits: list[float]) -> None:
    script = Script([answer(503, headers={"Retry-After": "10"})])
    with pytest.raises(ServerError):
        unwrap(list_updates.sync_detailed(client=client_with(script, waits, retries=10, max_total_wait=25)))
    assert sum(waits) <= 25
    assert len(script.requests) < 11


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("peer closed")],
)
def test_connection_failures_are_retried(failure: Exception, waits: list[float]) -> None:
    script = Script([failure, answer(200, EMPTY_PAGE)])
    unwrap(list_updates.sync_detailed(client=client_with(script, waits)))
    assert len(script.requests) == 2


def test_exhausted_connection_failures_raise_api_connection_error(waits: list[float]) -> None:
    script = Script([httpx.ConnectError("refused")])
    with pytest.raises(APIConnectionError) as caught:
        list_updates.sync_detailed(client=client_with(script, waits, retries=2))
    assert len(script.requests) == 3
    error = caught.value
    assert isinstance(error.__cause__, httpx.ConnectError) and isinstance(error, httpx.TransportError)
    assert not isinstance(error, APITimeoutError)
    assert (error.method, error.attempts) == ("GET", 3) and error.url.startswith("https://pw.example.test/api/updates/")
    expected = "GET https://pw.example.test/api/updates/?per_page=10: no answer: ConnectError: refused"
    assert str(error).startswith(expected)
    assert "(3 attempts in " in str(error)


def test_post_without_idempotency_key_is_never_retried(waits: list[float]) -> None:
    from io import BytesIO

    from paymentworks_client.models import SupplierLoadRequest
    from paymentworks_client.types import File

    script = Script([httpx.RemoteProtocolError("peer closed"), answer(200, {"status": "ok", "num_rcvd_suppliers": 1})])
    body = SupplierLoadRequest(suppliers=File(payload=BytesIO(b"vendor_num,name\n1,A\n")))
    with pytest.raises(APIConnectionError) as caught:
        load_suppliers.sync_detailed(client=client_with(script, waits), body=body)
    assert len(script.requests) == 1, "the vendor may have applied it: retrying could load twice"
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError) and caught.value.attempts == 1


def test_put_is_idempotent_and_retried(waits: list[float]) -> None:
    script = Script([answer(503), answer(200, [])])
    change = NewVendorRequestStatusChange(id=1, request_status=NewVendorRequestStatusCode.PROCESSED)
    unwrap(bulk_update_new_vendor_request_status.sync_detailed(client=client_with(script, waits), body=[change]))
    assert len(script.requests) == 2


def test_no_retries_policy(waits: list[float]) -> None:
    script = Script([answer(503), answer(200, EMPTY_PAGE)])
    client = connect(SECRET, base_url="https://x.test", transport=script.transport(), retry=RetryPolicy.none())
    with pytest.raises(ServerError):
        unwrap(list_updates.sync_detailed(client=client))
    assert len(script.requests) == 1


def test_retry_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="retries must be >= 0"):
        RetryPolicy(retries=-1)
    with pytest.raises(ValueError, match="max_wait must be >= 0"):
        RetryPolicy(max_wait=-5)


async def test_async_requests_retry_with_the_async_sleep() -> None:
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    script = Script([answer(503, headers={"Retry-After": "2"}), answer(200, EMPTY_PAGE)])
    client = connect(
        SECRET,
        base_url="https://x.test",
        transport=script.transport(),
        retry=RetryPolicy(async_sleep=fake_sleep, sleep=lambda s: pytest.fail("sync sleep in async code")),
    )
    page = unwrap(await list_updates.asyncio_detailed(client=client), UpdatePage)
    assert page.count == 0 and slept == [2.0]


# --- typed errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
        (429, RateLimitedError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_error_statuses_map_to_typed_errors_with_method_and_url(status: int, error_class: type[APIError]) -> None:
    script = Script([answer(status, {"detail": "explained"}, headers={"Retry-After": "9"})])
    client = connect(SECRET, base_url="https://x.test/api", transport=script.transport(), retry=RetryPolicy.none())
    with pytest.raises(error_class) as caught:
        unwrap(list_updates.sync_detailed(client=client, per_page=5))
    error = caught.value
    assert error.status_code == status
    assert error.method == "GET"
    assert error.url == "https://x.test/api/updates/?per_page=5"
    assert str(error).startswith(f"{status} ")
    if status == 429:
        assert isinstance(error, RateLimitedError) and error.retry_after == 9


def test_unwrap_checks_the_expected_type() -> None:
    script = Script([answer(200, EMPTY_PAGE)])
    client = connect(SECRET, base_url="https://x.test", transport=script.transport())
    with pytest.raises(TypeError, match="expected a str body, got UpdatePage"):
        unwrap(list_updates.sync_detailed(client=client), str)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"detail": "Invalid token."}, "Invalid token."),
        ({"title": "Bad", "errors": [{"property": "name", "message": "required"}]}, "Bad; name: required"),
        ({"detail": [{"loc": ["body", "name"], "msg": "bad name", "type": "value_error"}]}, "body.name: bad name"),
        ("<h1>Server Error (500)</h1>", "<h1>Server Error (500)</h1>"),
        (None, ""),
    ],
)
def test_describe_body_reads_every_vendor_shape(body: object, expected: str) -> None:
    assert describe_body(body) == expected


def test_parse_retry_after_both_forms() -> None:
    assert parse_retry_after("120") == 120
    later = email.utils.format_datetime(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=60), usegmt=True)
    parsed = parse_retry_after(later)
    assert parsed is not None and 55 <= parsed <= 60
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


# --- credentials, headers, secrets ------------------------------------------------------------------


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAYMENTWORKS_TOKEN", SECRET)
    script = Script([answer(200, EMPTY_PAGE)])
    unwrap(list_updates.sync_detailed(client=connect(base_url="https://x.test", transport=script.transport())))
    assert script.requests[0].headers["Authorization"] == f"Token {SECRET}"


def test_missing_credentials_name_the_argument_and_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAYMENTWORKS_TOKEN", raising=False)
    with pytest.raises(MissingCredentialError, match=r"pass token=\.\.\. or set the PAYMENTWORKS_TOKEN"):
        connect()


def test_defaults_production_url_timeout_and_user_agent() -> None:
    script = Script([answer(200, EMPTY_PAGE)])
    client = connect(SECRET, transport=script.transport())
    unwrap(list_updates.sync_detailed(client=client))
    request = script.requests[0]
    assert str(request.url).startswith("https://www.paymentworks.com/api/updates/")
    assert request.headers["User-Agent"].startswith(f"client-overlays/{__version__} (paymentworks;")
    assert request.extensions["timeout"] == {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    sandbox = Script([answer(200, EMPTY_PAGE)])
    unwrap(list_updates.sync_detailed(client=connect(SECRET, sandbox=True, transport=sandbox.transport())))
    assert sandbox.requests[0].url.host == "sandbox.paymentworks.com"


@pytest.fixture
def captured_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG, logger="client_overlays")
    yield caplog


def test_secrets_never_appear_in_repr_logs_or_errors(captured_logs: pytest.LogCaptureFixture) -> None:
    script = Script([answer(401, {"detail": "Invalid token."})])
    client = connect(SECRET, base_url="https://x.test", transport=script.transport(), debug=True)
    with pytest.raises(UnauthorizedError) as caught:
        unwrap(list_updates.sync_detailed(client=client))
    texts: list[str] = [
        repr(client),
        str(client),
        repr(client.get_httpx_client().auth),
        str(caught.value),
        repr(caught.value),
        captured_logs.text,
    ]
    assert script.requests[0].headers["Authorization"] == f"Token {SECRET}", "the secret is sent"
    for text in texts:
        assert SECRET not in text
    assert "[redacted]" in captured_logs.text and "-> GET https://x.test/updates/" in captured_logs.text


@pytest.mark.parametrize(
    ("redact", "value", "expected"),
    [
        (redact_url, "https://u:p@x.test/a?api_key=s3&page=2", "https://REDACTED@x.test/a?api_key=REDACTED&page=2"),
        (redact_url, "https://x.test/a?page=2", "https://x.test/a?page=2"),
    ],
)
def test_redact_url(redact: Callable[[str], str], value: str, expected: str) -> None:
    assert redact(value) == expected


def test_redact_headers_covers_every_vendor_credential() -> None:
    headers = {
        "Authorization": "Token a",
        "X-API-KEY": "b",
        "X-AppSecretToken": "c",
        "X-AgreementGrantToken": "d",
        "Accept": "application/json",
    }
    assert redact_headers(headers) == {
        "Authorization": "[redacted]",
        "X-API-KEY": "[redacted]",
        "X-AppSecretToken": "[redacted]",
        "X-AgreementGrantToken": "[redacted]",
        "Accept": "application/json",
    }


def test_each_retry_is_in_the_debug_log_with_its_reason_and_wait(
    waits: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    script = Script([answer(503), httpx.ConnectError("refused"), answer(200, EMPTY_PAGE)])
    with caplog.at_level(logging.DEBUG, logger="client_overlays"):
        unwrap(list_updates.sync_detailed(client=client_with(script, waits)))
    retries = [record.getMessage() for record in caplog.records if record.getMessage().startswith("retrying ")]
    assert len(retries) == 2 and len(waits) == 2
    assert retries[0].startswith("retrying GET https://pw.example.test/api/updates/?per_page=10 after 503 Service")
    assert "after ConnectError: refused: waiting" in retries[1]
    assert SECRET not in " ".join(retries)
