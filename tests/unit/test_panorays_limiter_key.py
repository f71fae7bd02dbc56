"""Panorays' shared limiter is keyed on the server and the token, not on the URL's spelling:
`u` and `u + "/"` (or an upper-case host, or an explicit default port) must share one bucket,
or two clients together run at twice the vendor's limit and draw a one-hour block."""

from __future__ import annotations

import itertools

import httpx
import pytest
from panorays_client import AuthenticatedClient
from panorays_client.api.supplier import list_suppliers

from client_overlays import panorays
from client_overlays._ratelimit import TokenBucket, origin_of
from client_overlays._transport import AttemptTransport

SPELLINGS = [
    "https://api.panoraysapp.com",
    "https://api.panoraysapp.com/",
    "HTTPS://API.PanoraysApp.com",
    "https://api.panoraysapp.com:443",
    "https://api.panoraysapp.com:443//",
    "https://api.panoraysapp.com/v2/",
]


def bucket_of(client: AuthenticatedClient) -> TokenBucket:
    layer: object = client.get_httpx_client()._transport
    for _ in range(10):  # down the stack: retries, attempts, limiter, ...
        if isinstance(layer, AttemptTransport) and layer.bucket is not None:
            return layer.bucket
        below = ("_retrying", "_sync_transport", "_sync_inner", "_transport")  # each layer's name for the next
        layer = next((getattr(layer, name) for name in below if getattr(layer, name, None) is not None), None)
    raise AssertionError("no rate limiter in the client's transport stack")


@pytest.mark.parametrize(("first", "second"), list(itertools.combinations(SPELLINGS, 2)))
def test_every_spelling_of_one_server_has_one_origin(first: str, second: str) -> None:
    assert origin_of(first) == origin_of(second) == "https://api.panoraysapp.com:443"


def test_different_servers_and_ports_stay_apart() -> None:
    origins = {origin_of(u) for u in ("http://api.panoraysapp.com", "https://api.panoraysapp.com:8443", SPELLINGS[0])}
    assert len(origins) == 3


def test_u_and_u_slash_share_one_bucket_and_one_limit() -> None:
    base = "http://127.0.0.1:9/limiter-key"
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"data": [], "has_next": False}))
    plain = panorays.connect("limiter-key-token", base_url=base, transport=transport)
    slashed = panorays.connect("limiter-key-token", base_url=base + "/", transport=transport)
    other_token = panorays.connect("limiter-key-token-2", base_url=base + "/", transport=transport)
    bucket = bucket_of(plain)
    assert bucket_of(slashed) is bucket
    assert bucket_of(other_token) is not bucket

    # Injected time: the clock stands still, and sleeping only records the wait.
    waits: list[float] = []
    bucket._clock = lambda: 1000.0
    bucket._updated = 1000.0
    bucket._tokens = float(bucket.burst)
    bucket._sleep = waits.append
    for client in (plain, slashed, plain, slashed):  # burst of 3, then the 4th must wait
        list_suppliers.sync_detailed(client=client)
    assert len(waits) == 1
    assert waits[0] == pytest.approx(1 / bucket.rate)
