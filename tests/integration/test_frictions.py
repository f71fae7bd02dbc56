"""The small frictions a new user meets: `with client:` used again (over a real socket),
environment variables for the base URL and logging, Panamah's missing secret, e-conomic filter
fields by attribute name, Panorays' burst and its throttled waits in the log."""

from __future__ import annotations

import logging

import pytest

from client_overlays import MissingCredentialError, economic, panamah, pandium, panorays
from client_overlays.economic.filters import ContactFields
from client_overlays.panorays import TokenBucket
from vendor_mocks import FakeClock, create_mock, serve
from vendor_mocks.pandium import DEFAULT_API_KEY
from vendor_mocks.panorays import FULL_TOKEN


def test_a_client_is_usable_with_and_without_with_as_often_as_wanted() -> None:
    mock = create_mock("pandium")
    with serve(mock.app) as url:
        client = pandium.connect(DEFAULT_API_KEY, base_url=url)
        assert client.integrations.list(max_items=1)  # a call before any `with`
        with client:
            first = client.tenants.get_release(next(iter(client.tenants.list(max_items=1))).id)
        with client:  # httpx alone: "Cannot open a client instance more than once"
            assert client.tenants.get_release(next(iter(client.tenants.list(max_items=1))).id) == first
        assert list(client.integrations.list(max_items=2))  # after the block: new connections
        client.close()


async def test_async_with_twice_and_calls_after_it() -> None:
    mock = create_mock("pandium")
    with serve(mock.app) as url:
        client = pandium.connect(DEFAULT_API_KEY, base_url=url)
        for _ in range(2):
            async with client:
                assert [tenant async for tenant in client.aio.tenants.list(max_items=3)]
        assert await client.aio.integrations.get_latest_release(next(iter(client.integrations.list(max_items=1))).id)
        client.close()
        await client.aclose()


def test_base_url_and_log_level_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    mock = create_mock("pandium")
    monkeypatch.setenv("PANDIUM_BASE_URL", "http://from-the-environment")
    monkeypatch.setenv("PANDIUM_LOG", "debug")
    client = pandium.connect(DEFAULT_API_KEY, transport=mock.transport())
    with caplog.at_level(logging.DEBUG, logger="client_overlays"):
        list(client.tenants.list(max_items=1))
    assert any("GET http://from-the-environment/v2/tenants" in record.getMessage() for record in caplog.records)
    assert str(pandium.connect(DEFAULT_API_KEY, base_url="http://given").get_httpx_client().base_url) == (
        "http://given"
    ), "an explicit base_url wins over the environment"


def test_panamah_without_a_secret_names_the_missing_credential(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PANAMAH_PARTNER_SECRET", raising=False)
    mock = create_mock("panamah")
    client = panamah.connect(mock.partner_token, base_url="http://mock", transport=mock.transport())
    with pytest.raises(MissingCredentialError, match="PANAMAH_PARTNER_SECRET"):
        list(client.stream.list_pending())


def test_filter_fields_by_the_models_attribute_name() -> None:
    assert ContactFields.supplier_number is ContactFields.supplierNumber
    assert str(ContactFields.supplier_number.eq(1001)) == "supplierNumber$eq:1001"  # the wire name stays
    assert economic.filters.sort(ContactFields.supplier_number.desc()) == "-supplierNumber"


def test_panorays_burst_is_configurable_within_the_limit_and_waits_are_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = FakeClock()
    mock = create_mock("panorays", clock=clock, suppliers=3)
    limiter = TokenBucket(limit=150, window=60, burst=2, clock=clock.now, sleep=clock.advance)
    client = panorays.connect(FULL_TOKEN, base_url="http://mock", transport=mock.transport(), limiter=limiter)
    with caplog.at_level(logging.DEBUG, logger="client_overlays.ratelimit"):
        for _ in range(3):
            client.suppliers.get(next(iter(mock.company.suppliers)))
    [wait] = [record.getMessage() for record in caplog.records if "rate limit: waiting" in record.getMessage()]
    assert "150 requests per 60 s, burst 2" in wait
    with pytest.raises(ValueError, match="burst must be between 1 and limit - 1"):
        panorays.connect("another-token", base_url="http://other", burst=150)
    panorays.connect("third-token", base_url="http://other", burst=5)
    with pytest.raises(ValueError, match="already shares a limiter with burst=5"):
        panorays.connect("third-token", base_url="http://other", burst=4)
