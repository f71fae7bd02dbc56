"""The resource surface of `connect()` clients against the mocks: one attribute per spec tag,
one method per operation, sync (`client.<tag>`), asyncio (`client.aio.<tag>`) and whole answers
(`client.with_raw_response.<tag>`); list methods walk every page through the vendor's paginator;
error statuses raise the typed error with the vendor's parsed error model."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from economic_suppliers_client.models import Contact, ProblemDetails
from pandium_client.models import ErrorMessage, Tenant

from client_overlays import NotFoundError, RetryPolicy, economic, panamah, pandium, panorays, paymentworks
from client_overlays.pagination import AsyncPaginator, Paginator
from client_overlays.panamah import PendingRecord
from client_overlays.panorays import TokenBucket
from speclib import discover_vendors, iter_operations
from vendor_mocks import FakeClock, create_mock
from vendor_mocks.economic import APP_SECRET_TOKEN, GRANT_TOKEN
from vendor_mocks.pandium import DEFAULT_API_KEY
from vendor_mocks.panorays import FULL_TOKEN
from vendor_mocks.paymentworks import DEFAULT_USER_ID

MOCK_URL = "http://mock"


async def _no_async_wait(seconds: float) -> None:
    return None


NO_WAIT = RetryPolicy(sleep=lambda seconds: None, async_sleep=_no_async_wait)


def test_economic_contacts_list_walks_every_page_and_get_reads_one() -> None:
    mock = create_mock("economic-suppliers", contacts=2300, groups=3)
    client = economic.connect(APP_SECRET_TOKEN, GRANT_TOKEN, base_url=MOCK_URL, transport=mock.transport())
    contacts = client.contacts.list()
    assert isinstance(contacts, Paginator)
    numbers = [contact.number for contact in contacts]  # three cursor sets of up to 1000
    assert numbers == [row["number"] for row in mock.agreement.contacts] and len(numbers) == 2300
    assert client.contacts.count() == 2300
    fifth = numbers[5]
    assert isinstance(fifth, int)
    one = client.contacts.get(fifth)
    assert isinstance(one, Contact) and one.number == fifth
    progress: list[tuple[int, int | None]] = []
    jensens = list(client.contacts.list(filter_="name$like:*Jensen*", progress=lambda *p: progress.append(p)))
    assert all("Jensen" in contact.name for contact in jensens)
    assert progress[-1] == (len(jensens), len(jensens)), "the count operation of x-pagination gives progress a total"


def test_errors_raise_with_the_vendors_error_model_and_raw_answers_are_whole() -> None:
    mock = create_mock("economic-suppliers", contacts=3, groups=3)
    client = economic.connect(APP_SECRET_TOKEN, GRANT_TOKEN, base_url=MOCK_URL, transport=mock.transport())
    with pytest.raises(NotFoundError) as caught:
        client.contacts.get(987_654)
    assert isinstance(caught.value.body, ProblemDetails) and "987654" in caught.value.detail
    with pytest.raises(NotFoundError):
        client.with_raw_response.contacts.get(987_654)  # the raw path raises too
    number = next(iter(mock.agreement.contacts))["number"]
    raw = client.with_raw_response.contacts.get(number)
    assert raw.status_code == 200 and isinstance(raw.parsed, Contact) and b'"objectVersion"' in raw.content


async def test_the_asyncio_view_and_its_paginator() -> None:
    mock = create_mock("pandium")
    client = pandium.connect(DEFAULT_API_KEY, base_url=MOCK_URL, transport=mock.transport())
    tenants = client.aio.tenants.list(limit=40)
    assert isinstance(tenants, AsyncPaginator)
    walked = [tenant async for tenant in tenants]
    assert all(isinstance(tenant, Tenant) for tenant in walked)
    assert [tenant.id for tenant in walked] == [tenant.id for tenant in client.tenants.list(limit=100)]
    assert len(walked) > 100, "more than one page of the mock's tenants"
    one = await client.aio.tenants.get_release(walked[0].id)
    assert one is not None
    with pytest.raises(NotFoundError) as caught:
        await client.aio.integrations.get(999_999)
    assert isinstance(caught.value.body, ErrorMessage)
    raw = await client.aio.with_raw_response.tenants.list(limit=3)
    assert raw.status_code == 200 and isinstance(raw.parsed, list) and len(raw.parsed) == 3


def test_panorays_paymentworks_and_panamah_lists_hand_out_every_item() -> None:
    clock = FakeClock()
    mock = create_mock("panorays", clock=clock, suppliers=25)
    limiter = TokenBucket(limit=150, window=60, clock=clock.now, sleep=clock.advance)
    client = panorays.connect(FULL_TOKEN, base_url=MOCK_URL, transport=mock.transport(), limiter=limiter)
    assert [supplier.id for supplier in client.suppliers.list(limit=7)] == list(mock.company.suppliers)

    pw_mock = create_mock("paymentworks", updates=57)
    token = pw_mock.users[DEFAULT_USER_ID].token
    pw = paymentworks.connect(token, base_url=MOCK_URL, transport=pw_mock.transport())
    assert len(list(pw.updates.list(per_page=10, concurrency=3))) == 57

    pn_mock = create_mock("panamah", clock=FakeClock(), sales_per_assinante=5)
    pn = panamah.connect(
        pn_mock.partner_token, pn_mock.partner_secret, base_url=MOCK_URL, transport=pn_mock.transport(),
        clock=pn_mock.clock.now, retry=NO_WAIT,
    )  # fmt: skip
    records = list(pn.stream.list_pending(count=4))
    assert records and all(isinstance(record, PendingRecord) for record in records)


CLIENTS: dict[str, Any] = {
    "economic-suppliers": economic.EconomicClient,
    "panamah": panamah.PanamahClient,
    "pandium": pandium.PandiumClient,
    "panorays": panorays.PanoraysClient,
    "paymentworks": paymentworks.PaymentworksClient,
}


@pytest.mark.parametrize("vendor", discover_vendors(), ids=lambda vendor: vendor.slug)
def test_every_operation_of_the_spec_is_a_method_named_from_the_spec(vendor: Any) -> None:
    """Methods come from the spec (x-python-method, else the generated function's name), with the
    generated function's parameters (without `client`), sync, async and raw alike."""
    client_class = CLIENTS[vendor.slug]
    spec = vendor.spec()
    tags = {tag["name"]: tag for tag in spec.get("tags", [])}
    client = client_class(base_url=MOCK_URL, token="unused")
    for operation in iter_operations(spec):
        tag = tags.get(operation.tag, {})
        attribute = tag.get("x-python-name") or operation.tag.lower().replace(" ", "_")
        name = operation.data.get("x-python-method")
        resources = [getattr(view, attribute) for view in (client, client.aio, client.with_raw_response)]
        module = resources[0].__class__.__module__  # every method's generated function is imported there
        for resource in resources:
            assert name is None or hasattr(resource, name), f"{vendor.slug}: {attribute}.{name} missing"
        if name is None:
            continue
        method = getattr(resources[0], name)
        assert method.__doc__ and operation.summary.split()[0] in method.__doc__
        generated = inspect.signature(_generated_function(module, method)).parameters
        mine = inspect.signature(method).parameters
        assert [p for p in generated if p != "client"] == [p for p in mine if p in generated]
        assert inspect.iscoroutinefunction(getattr(resources[1], name)) != bool(operation.data.get("x-pagination"))


def _generated_function(module_name: str, method: Any) -> Any:
    """The generated `sync_detailed` a resource method calls (the module it names in its body)."""
    source = inspect.getsource(method)
    called = source.split("self._call(")[-1] if "self._call(" in source else source.split("self._pages(")[-1]
    alias = called.split(",")[0 if "self._call(" in source else 1].strip()
    module = __import__(module_name, fromlist=["_"])
    return getattr(module, alias).sync_detailed


def test_a_raw_list_answers_one_page_and_refuses_the_walks_options() -> None:
    mock = create_mock("pandium")
    client = pandium.connect(DEFAULT_API_KEY, base_url=MOCK_URL, transport=mock.transport())
    with pytest.raises(TypeError, match=r"\['max_items'\] shape a walk of every page"):
        client.with_raw_response.tenants.list(limit=3, max_items=5)
    with pytest.raises(TypeError, match=r"unexpected keyword arguments \['max_itemz'\]"):
        client.tenants.list(max_itemz=5)  # type: ignore[call-arg]
    with pytest.raises(AttributeError, match="already return whole answers"):
        client.with_raw_response.with_raw_response  # type: ignore[arg-type]  # noqa: B018
    assert repr(client.aio.tenants) == "<Tenants (Async) of PandiumClient>"
    assert client.tenants is client.tenants and client.aio is client.aio  # made once per client


def test_a_subclass_of_a_client_keeps_its_resources() -> None:
    class Audited(pandium.PandiumClient):
        """A user's own client class."""

    mine = Audited(base_url=MOCK_URL, token="unused")
    assert Audited.spec_slug == "pandium" and type(mine.tenants).__name__ == "Tenants"
