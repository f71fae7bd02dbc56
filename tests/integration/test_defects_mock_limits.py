"""Every mock, over a real socket, refuses hostile input the way a vendor's front end would
and keeps the connection usable: JSON nested thousands of levels gets the vendor's own
400/422, an e-conomic `Filter` nested 1,000 or 5,000 levels its 400 problem, and a body above
the mock's size limit a 413 without being read whole."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from client_overlays.economic.filters import MAX_DEPTH
from integration.vendor_calls import CASES, VendorCase
from vendor_mocks import serve
from vendor_mocks._core import MAX_JSON_DEPTH, json_depth_exceeds


def local_port(response: httpx.Response) -> int:
    stream: Any = response.extensions["network_stream"]
    port: int = stream.get_extra_info("client_addr")[1]
    return port


class _Recorded(Exception):
    """Stops a call once its request was recorded."""


def auth_headers(case: VendorCase, url: str, mock: Any) -> dict[str, str]:
    """The headers a real call of this vendor carries (taken from one made through connect())."""
    seen: dict[str, str] = {}

    def record(request: httpx.Request) -> httpx.Response:
        seen.update(request.headers)
        raise _Recorded

    client = case.connect(mock, url, transport=httpx.MockTransport(record))
    with pytest.raises(_Recorded):
        case.read(client)
    return {name: value for name, value in seen.items() if name.lower() not in ("host", "content-length")}


# A documented JSON write of each vendor.
WRITE_PATHS = {
    "economic-suppliers": "/Contacts",
    "panamah": "/admin/assinantes",
    "pandium": "/v2/tenants",
    "panorays": "/v2/suppliers",
    "paymentworks": "/new-vendor-requests/bulk/",
}


Served = tuple[VendorCase, Any, str]


@pytest.fixture(scope="module", params=CASES, ids=lambda case: case.slug)
def served(request: pytest.FixtureRequest) -> Iterator[Served]:
    """Each vendor's mock under uvicorn, started once for this module's tests."""
    case: VendorCase = request.param
    mock = case.mock()
    with serve(mock.app) as url:
        yield case, mock, url


@pytest.mark.parametrize("depth", [2_000, 20_000])
def test_deep_json_gets_the_vendors_error_and_the_connection_stays(served: Served, depth: int) -> None:
    case, mock, url = served
    headers = auth_headers(case, url, mock)
    with httpx.Client(base_url=url, headers=headers, limits=httpx.Limits(max_connections=1)) as raw:
        body = b'{"name": ' + b"[" * depth + b"]" * depth + b"}"
        first = raw.post(WRITE_PATHS[case.slug], content=body, headers={"Content-Type": "application/json"})
        assert first.status_code in (400, 422), first.text
        # The vendor's own body: its message, or FastAPI's fixed JSON-decode error (Pandium).
        assert f"deeper than {MAX_JSON_DEPTH} levels" in first.text or "json_invalid" in first.text
        assert first.headers["content-type"].startswith(("application/json", "application/problem+json"))
        assert first.json()
        second = raw.get("/openapi.json")
        assert second.status_code == 200
        assert local_port(second) == local_port(first)  # the same connection, still usable
    # The request log keeps the refused body as text, unparsed (parsing it would recurse out of stack).
    logged = [entry for entry in mock.request_log if entry.path == WRITE_PATHS[case.slug]][-1]
    assert (logged.status, logged.body) == (first.status_code, body.decode())


@pytest.mark.parametrize("depth", [1_000, 5_000])
def test_a_deep_economic_filter_gets_a_400_problem_and_the_connection_stays(depth: int) -> None:
    case = next(case for case in CASES if case.slug == "economic-suppliers")
    mock = case.mock()
    with serve(mock.app) as url:
        headers = auth_headers(case, url, mock)
        with httpx.Client(base_url=url, headers=headers, limits=httpx.Limits(max_connections=1)) as raw:
            nested = "(" * depth + "number$eq:1" + ")" * depth
            first = raw.get("/Contacts", params={"Filter": nested})
            assert first.status_code == 400, first.text
            assert first.headers["content-type"].startswith("application/json")  # e-conomic's problem body
            assert f"the limit is {MAX_DEPTH}" in first.text
            second = raw.get("/Contacts", params={"Filter": "number$eq:1"})
            assert second.status_code == 200, second.text
            assert local_port(second) == local_port(first)


def test_a_body_above_the_limit_gets_413_without_being_read(served: Served) -> None:
    _, mock, url = served
    limit = mock.max_body_bytes
    port = httpx.URL(url).port
    assert port is not None
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        # Announce a body far above the limit and send none of it: a mock that read the
        # whole body first would wait here until the timeout.
        connection.sendall(
            f"POST /anything HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {50 * 1024 * 1024}\r\n\r\n".encode()
        )
        received = b""
        for _ in range(100):  # the mock closes the connection after its answer
            chunk = connection.recv(65536)
            if not chunk:
                break
            received += chunk
        answer = received.decode("latin-1")
    assert answer.startswith("HTTP/1.1 413"), answer[:200]
    assert f"at most {limit} bytes" in answer
    # A body exactly at the limit is read and passed on (here: refused for other reasons).
    with httpx.Client(base_url=url) as raw:
        fits = raw.post("/anything", content=b" " * limit, headers={"Content-Type": "application/json"})
        assert fits.status_code != 413
        chunked = raw.post("/anything", content=iter([b" " * limit, b" "]))  # no length announced
        assert chunked.status_code == 413
    assert mock.request_log[-1].status == 413  # the log holds what the front end refused


def test_the_depth_check_ignores_brackets_inside_strings() -> None:
    assert not json_depth_exceeds(b'{"a": "' + b"[" * 10_000 + b'"}')
    assert not json_depth_exceeds(b'["\\"' + b"[" * 100 + b'"]')
    assert json_depth_exceeds(b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1))
    assert not json_depth_exceeds(b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH)
