"""Every Panorays operation through the generated client against the mock: the success path and
every documented error status, with typed results; then the vendor behaviours the clients rely
on (cursor walks, the rate limit's one-hour block, the webhook handshake and signed events, tag
propagation, file downloads)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable, Iterator
from http import HTTPStatus
from typing import Any

import httpx
import pytest
from panorays_client import AuthenticatedClient, errors
from panorays_client.api.files import get_file, list_supplier_files
from panorays_client.api.supplier import (
    assign_supplier_segment,
    create_supplier,
    create_supplier_custom_factor,
    delete_supplier,
    get_supplier,
    get_supplier_questionnaire,
    list_suppliers,
    send_supplier_questionnaire,
    update_supplier,
)
from panorays_client.api.tags import create_tag, delete_tag, get_tag, list_tags, update_tag
from panorays_client.api.webhooks import handshake, subscribe, unsubscribe
from panorays_client.models import (
    Approval,
    ApprovalStatus,
    CreatedId,
    CustomFactorCreate,
    EmptyObject,
    Error,
    EventSubscription,
    FileField,
    FileOrigin,
    FilePage,
    HandshakeRequest,
    HandshakeResponse,
    Poc,
    Questionnaire,
    QuestionnaireCreated,
    SortDirection,
    Supplier,
    SupplierCreate,
    SupplierEvent,
    SupplierPage,
    SupplierSortField,
    SupplierUpdate,
    Tag,
    TagPage,
    TagWrite,
    WebhookEventName,
)
from panorays_client.types import UNSET, File, Response

from integration.conftest import MOCK_BASE_URL, generated_client
from vendor_mocks import FakeClock, FaultConfig, create_mock
from vendor_mocks.panorays import (
    FULL_TOKEN,
    NO_ACCESS_TOKEN,
    OTHER_TOKEN,
    READ_ONLY_TOKEN,
    PanoraysMock,
    StoredSupplier,
)

HOOK_URL = "https://hooks.example.com/panorays"
UNKNOWN_ID = "000000000000000000000000"
Call = Callable[[AuthenticatedClient], Response[Any]]
Connect = Callable[..., AuthenticatedClient]


class Receiver:
    """An in-process webhook receiver (an `httpx.MockTransport` handler) recording every request."""

    def __init__(self, *, echo: bool = True, status: int = 200) -> None:
        self.echo, self.status = echo, status
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        sent = json.loads(request.content)
        if "challenge" in sent and self.echo:
            return httpx.Response(self.status, json=sent)
        return httpx.Response(self.status, json={"challenge": "not-the-one-sent"})

    @property
    def events(self) -> list[httpx.Request]:
        return [r for r in self.requests if "challenge" not in json.loads(r.content)]


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def receiver() -> Receiver:
    return Receiver()


@pytest.fixture
def mock(clock: FakeClock, receiver: Receiver) -> Iterator[PanoraysMock]:
    with httpx.Client(transport=httpx.MockTransport(receiver)) as webhooks:
        created = create_mock("panorays", clock=clock, webhook_client=webhooks)
        yield created


@pytest.fixture
def connect(mock: PanoraysMock) -> Iterator[Connect]:
    """Opens generated clients on `mock` (any token, optional extra httpx arguments); closes them after."""
    opened: list[AuthenticatedClient] = []

    def open_client(token: str = FULL_TOKEN, **httpx_args: Any) -> AuthenticatedClient:
        if httpx_args:
            client = AuthenticatedClient(
                base_url=MOCK_BASE_URL,
                token=token,
                timeout=httpx.Timeout(10.0),
                raise_on_unexpected_status=True,
                httpx_args={"transport": mock.transport(), **httpx_args},
            )
        else:
            client = generated_client(AuthenticatedClient, mock, token=token)
        opened.append(client)
        return client

    yield open_client
    for client in opened:
        client.get_httpx_client().close()


@pytest.fixture
def client(connect: Connect) -> AuthenticatedClient:
    return connect()


@pytest.fixture(scope="module")
def shared_mock() -> PanoraysMock:
    """One mock for the tests whose requests are refused before they touch any state (401, 403,
    429): building a mock per test would cost most of this file's run time."""
    shared = create_mock("panorays", clock=FakeClock())
    return shared


@pytest.fixture(scope="module")
def untouched(shared_mock: PanoraysMock) -> Iterator[Connect]:
    opened: list[AuthenticatedClient] = []

    def open_client(token: str) -> AuthenticatedClient:
        opened.append(generated_client(AuthenticatedClient, shared_mock, token=token))
        return opened[-1]

    yield open_client
    for client in opened:
        client.get_httpx_client().close()


def supplier_with_files(mock: PanoraysMock, count: int = 2) -> StoredSupplier:
    return next(s for s in mock.company.suppliers.values() if len(mock.company.files_of(s.id)) >= count)


def supplier_with_questionnaire(mock: PanoraysMock) -> StoredSupplier:
    return next(s for s in mock.company.suppliers.values() if s.data["questionnaires"])


def parsed_error(response: Response[Any], status: HTTPStatus) -> Error:
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, Error)
    return response.parsed


def register_app(client: AuthenticatedClient, *events: WebhookEventName) -> str:
    answer = handshake.sync(client=client, body=HandshakeRequest(url=HOOK_URL))
    assert isinstance(answer, HandshakeResponse)
    if events:
        assert isinstance(subscribe.sync(client=client, body=EventSubscription(events=list(events))), EmptyObject)
    return answer.secret


# --- suppliers: success paths ---------------------------------------------------------------------


def test_cursor_walk_visits_every_supplier_once_in_order(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    seen: list[str] = []
    next_token: str | None = None
    for _ in range(len(mock.company.suppliers)):  # bounded: at least one supplier per page
        page = list_suppliers.sync(client=client, limit=25, next_token=next_token or UNSET)
        assert isinstance(page, SupplierPage)
        assert all(isinstance(supplier, Supplier) for supplier in page.data)
        seen += [supplier.id for supplier in page.data]
        if not page.has_next:
            assert page.next_ is None
            break
        assert isinstance(page.next_, str)
        next_token = page.next_
    assert seen == list(mock.company.suppliers)
    assert len(seen) == 120


async def test_list_suppliers_async_first_page_has_the_default_limit(client: AuthenticatedClient) -> None:
    response = await list_suppliers.asyncio_detailed(client=client)
    assert response.status_code == HTTPStatus.OK
    page = response.parsed
    assert isinstance(page, SupplierPage)
    assert len(page.data) == 100 and page.has_next and isinstance(page.next_, str)
    first = page.data[0]
    assert isinstance(first.approval, Approval) and isinstance(first.approval.status, ApprovalStatus)


# Filter of listSuppliers -> (the supplier's values for it, a call filtering on some values).
FILTERS: dict[str, tuple[Callable[[StoredSupplier], list[str]], Callable[[AuthenticatedClient, list[str]], Any]]] = {
    "names[]": (lambda s: [s.data["name"]], lambda c, v: list_suppliers.sync(client=c, names=v)),
    "ids[]": (lambda s: [s.id], lambda c, v: list_suppliers.sync(client=c, ids=v)),
    "assets[]": (lambda s: s.data["assets"], lambda c, v: list_suppliers.sync(client=c, assets=v)),
    "tags[]": (lambda s: s.data["tags"], lambda c, v: list_suppliers.sync(client=c, tags=v)),
    "segment_ids[]": (lambda s: [s.segment_id or ""], lambda c, v: list_suppliers.sync(client=c, segment_ids=v)),
}


@pytest.mark.parametrize("name", FILTERS)
def test_list_suppliers_filters_match_any_of_the_values(
    mock: PanoraysMock, client: AuthenticatedClient, name: str
) -> None:
    values_of, call = FILTERS[name]
    carriers = [s for s in mock.company.suppliers.values() if s.data["tags"] and s.segment_id]
    values = sorted({values_of(carriers[0])[0], values_of(carriers[1])[0]})
    page = call(client, values)
    assert isinstance(page, SupplierPage)
    expected = [s.id for s in mock.company.suppliers.values() if set(values_of(s)) & set(values)]
    assert expected and [supplier.id for supplier in page.data] == expected


def test_filters_combine_and_fields_project(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    target = next(s for s in mock.company.suppliers.values() if s.data["tags"])
    page = list_suppliers.sync(
        client=client, tags=[target.data["tags"][0]], names=[target.data["name"]], fields=["name"]
    )
    assert isinstance(page, SupplierPage)
    assert [(s.id, s.name) for s in page.data] == [(target.id, target.data["name"])]
    assert page.data[0].tags is UNSET and page.data[0].approval is UNSET  # projected away; id always stays


def test_sort_by_several_fields_descending(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    page = list_suppliers.sync(
        client=client,
        sort_by=[SupplierSortField.BUSINESS_IMPACT, SupplierSortField.NAME],
        sort_direction=SortDirection.DESC_NUMERIC,
        fields=["business_impact", "name"],
    )
    assert isinstance(page, SupplierPage)
    keys = [(s.business_impact, s.name) for s in page.data]
    everything = [(s.data["business_impact"], s.data["name"]) for s in mock.company.suppliers.values()]
    assert keys == sorted(everything, reverse=True)[:100]


def test_get_supplier_is_typed_and_projectable(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    stored = supplier_with_questionnaire(mock)
    supplier = get_supplier.sync(stored.id, client=client)
    assert isinstance(supplier, Supplier)
    assert supplier.name == stored.data["name"] and supplier.assets == stored.data["assets"]
    assert isinstance(supplier.questionnaires, list) and isinstance(supplier.questionnaires[0], Questionnaire)
    projected = get_supplier.sync(stored.id, client=client, fields=["combined_score"])
    assert isinstance(projected, Supplier)
    assert projected.combined_score == stored.data["combined_score"] and projected.name is UNSET


def test_create_supplier_then_read_it_back(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    body = SupplierCreate(
        name="Example Widgets",
        asset="example-widgets.com",
        pocs=[Poc(email="ciso@example-widgets.com", name="Ada")],
        business_impact=3,
        tags=["payroll"],
        questionnaire_template_name="CAIQ",
    )
    created = create_supplier.sync(client=client, body=body)
    assert isinstance(created, CreatedId)
    supplier = get_supplier.sync(created.id, client=client)
    assert isinstance(supplier, Supplier)
    assert (supplier.name, supplier.assets, supplier.tags) == ("Example Widgets", ["example-widgets.com"], ["payroll"])
    assert isinstance(supplier.approval, Approval) and supplier.approval.status == ApprovalStatus.PENDING
    assert isinstance(supplier.contacts, list) and supplier.contacts[0].email == "ciso@example-widgets.com"
    assert isinstance(supplier.questionnaires, list) and supplier.questionnaires[0].questionnaire_type == "CAIQ"
    assert supplier.created_by == mock.callers[FULL_TOKEN].user


async def test_update_supplier_async_sets_approval_and_leaves_the_rest(
    mock: PanoraysMock, client: AuthenticatedClient
) -> None:
    stored = next(iter(mock.company.suppliers.values()))
    before = dict(stored.data)
    approval = Approval(status=ApprovalStatus.CONTINGENT, reason="SOC 2 pending")
    body = SupplierUpdate(approval=approval, business_impact=5)
    response = await update_supplier.asyncio_detailed(stored.id, client=client, body=body)
    assert response.status_code == HTTPStatus.OK and isinstance(response.parsed, EmptyObject)
    supplier = await get_supplier.asyncio(stored.id, client=client)
    assert isinstance(supplier, Supplier) and isinstance(supplier.approval, Approval)
    assert supplier.approval.status == ApprovalStatus.CONTINGENT and supplier.approval.reason == "SOC 2 pending"
    assert supplier.approval.by == mock.callers[FULL_TOKEN].user
    assert supplier.business_impact == 5 and supplier.name == before["name"] and supplier.tags == before["tags"]


def test_an_approval_without_status_keeps_the_current_status(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    # No source makes `approval.status` required, so the client may leave it out.
    stored = next(iter(mock.company.suppliers.values()))
    status = stored.data["approval"]["status"]
    body = SupplierUpdate(approval=Approval(reason="Reviewed again"))
    assert isinstance(update_supplier.sync(stored.id, client=client, body=body), EmptyObject)
    supplier = get_supplier.sync(stored.id, client=client)
    assert isinstance(supplier, Supplier) and isinstance(supplier.approval, Approval)
    assert (supplier.approval.status, supplier.approval.reason) == (status, "Reviewed again")


def test_delete_supplier_removes_it_and_its_files(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    stored = supplier_with_files(mock)
    file_id = mock.company.files_of(stored.id)[0].data["id"]
    assert isinstance(delete_supplier.sync(stored.id, client=client), EmptyObject)
    parsed_error(get_supplier.sync_detailed(stored.id, client=client), HTTPStatus.NOT_FOUND)
    parsed_error(get_file.sync_detailed(file_id, client=client), HTTPStatus.NOT_FOUND)


def test_assign_segment_then_filter_by_it(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    stored = next(s for s in mock.company.suppliers.values() if s.segment_id is None)
    segment_id = next(iter(mock.company.segments))
    assert isinstance(assign_supplier_segment.sync(stored.id, segment_id, client=client), EmptyObject)
    page = list_suppliers.sync(client=client, segment_ids=[segment_id], ids=[stored.id])
    assert isinstance(page, SupplierPage) and [s.id for s in page.data] == [stored.id]


def test_custom_factor_lowers_the_score(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    stored = next(s for s in mock.company.suppliers.values() if s.data["combined_score"] is not None)
    before = stored.data["combined_score"]
    body = CustomFactorCreate(name="Offshore data processing", severity="high")
    created = create_supplier_custom_factor.sync(stored.id, client=client, body=body)
    assert isinstance(created, CreatedId) and mock.custom_factors[created.id]["name"] == body.name
    supplier = get_supplier.sync(stored.id, client=client, fields=["combined_score"])
    assert isinstance(supplier, Supplier) and supplier.combined_score == max(0, before - 30)


def test_send_questionnaire_then_get_it(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    stored = next(iter(mock.company.suppliers.values()))
    template_id, template_name = next(iter(mock.company.templates.items()))
    sent = send_supplier_questionnaire.sync(stored.id, template_id, client=client)
    assert isinstance(sent, QuestionnaireCreated)
    questionnaire = get_supplier_questionnaire.sync(stored.id, sent.questionnaire_id, client=client)
    assert isinstance(questionnaire, Questionnaire)
    assert questionnaire.questionnaire_type == template_name and questionnaire.questionnaire_score is None


# --- files --------------------------------------------------------------------------------------


def test_list_supplier_files_walks_with_the_cursor(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    stored = supplier_with_files(mock)
    first = list_supplier_files.sync(stored.id, client=client, limit=1, fields=[FileField.FILENAME])
    assert isinstance(first, FilePage) and first.has_next and isinstance(first.next_, str)
    assert first.data[0].filename and first.data[0].origin is UNSET  # projected; id always stays
    rest = list_supplier_files.sync(stored.id, client=client, next_token=first.next_, limit=200)
    assert isinstance(rest, FilePage) and not rest.has_next and rest.next_ is None
    assert [f.id for f in first.data + rest.data] == [f.data["id"] for f in mock.company.files_of(stored.id)]


async def test_list_supplier_files_async_by_origin(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    stored = supplier_with_files(mock)
    origin = mock.company.files_of(stored.id)[0].data["origin"]
    page = await list_supplier_files.asyncio(stored.id, client=client, origin=FileOrigin(origin))
    assert isinstance(page, FilePage) and page.data
    assert all(f.origin == FileOrigin(origin) for f in page.data)


def test_file_download_returns_the_bytes(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    stored = next(iter(mock.company.files.values()))
    response = get_file.sync_detailed(stored.data["id"], client=client)
    assert response.status_code == HTTPStatus.OK
    assert response.headers["content-type"] == "application/octet-stream"
    assert isinstance(response.parsed, File)
    assert response.parsed.payload.read() == stored.content


# --- tags ---------------------------------------------------------------------------------------


def test_tag_crud(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    created = create_tag.sync(client=client, body=TagWrite(name="vendor-of-the-month"))
    assert isinstance(created, Tag) and created.name == "vendor-of-the-month"
    fetched = get_tag.sync(created.id, client=client)
    assert isinstance(fetched, Tag) and fetched == created
    renamed = update_tag.sync(created.id, client=client, body=TagWrite(name="vendor-of-the-year"))
    assert isinstance(renamed, Tag) and (renamed.id, renamed.name) == (created.id, "vendor-of-the-year")
    page = list_tags.sync(client=client)
    assert isinstance(page, TagPage) and page.data[-1] == renamed and not page.has_next
    assert isinstance(delete_tag.sync(created.id, client=client), EmptyObject)
    parsed_error(get_tag.sync_detailed(created.id, client=client), HTTPStatus.NOT_FOUND)


async def test_list_tags_async_walks_with_the_cursor(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    first = await list_tags.asyncio(client=client, limit=6)
    assert isinstance(first, TagPage) and first.has_next and isinstance(first.next_, str)
    rest = await list_tags.asyncio(client=client, next_token=first.next_)
    assert isinstance(rest, TagPage) and not rest.has_next
    assert [t.name for t in first.data + rest.data] == list(mock.company.tags.values())


def test_tag_rename_updates_every_supplier_carrying_it(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    tag_id, old = next(iter(mock.company.tags.items()))
    carriers = [s.id for s in mock.company.suppliers.values() if old in s.data["tags"]]
    assert len(carriers) >= 2, "the seeded data has a tag on several suppliers"
    assert isinstance(update_tag.sync(tag_id, client=client, body=TagWrite(name="tier-one")), Tag)
    renamed = list_suppliers.sync(client=client, tags=["tier-one"], fields=["tags"])
    assert isinstance(renamed, SupplierPage) and [s.id for s in renamed.data] == carriers
    assert all(isinstance(s.tags, list) and old not in s.tags for s in renamed.data)
    gone = list_suppliers.sync(client=client, tags=[old])
    assert isinstance(gone, SupplierPage) and gone.data == []


def test_tag_delete_removes_it_from_every_supplier(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    tag_id, name = next(iter(mock.company.tags.items()))
    assert any(name in s.data["tags"] for s in mock.company.suppliers.values())
    assert isinstance(delete_tag.sync(tag_id, client=client), EmptyObject)
    page = list_suppliers.sync(client=client, tags=[name])
    assert isinstance(page, SupplierPage) and page.data == []
    assert not any(name in s.data["tags"] for s in mock.company.suppliers.values())


# --- webhooks -------------------------------------------------------------------------------------


def test_handshake_with_a_receiver_that_echoes(
    mock: PanoraysMock, client: AuthenticatedClient, receiver: Receiver
) -> None:
    secret = register_app(client)
    challenge = json.loads(receiver.requests[0].content)
    assert str(receiver.requests[0].url) == HOOK_URL and set(challenge) == {"challenge"}
    assert mock.hooks.registrations[FULL_TOKEN].secret == secret
    assert register_app(client) == secret, "the secret belongs to the service account"


@pytest.mark.parametrize(("echo", "status"), [(False, 200), (True, 500)], ids=["wrong-echo", "not-200"])
def test_handshake_with_a_receiver_that_does_not_echo(
    mock: PanoraysMock, client: AuthenticatedClient, receiver: Receiver, echo: bool, status: int
) -> None:
    receiver.echo, receiver.status = echo, status
    error = parsed_error(
        handshake.sync_detailed(client=client, body=HandshakeRequest(url=HOOK_URL)), HTTPStatus.BAD_REQUEST
    )
    assert error.message.startswith("Handshake failed") and FULL_TOKEN not in mock.hooks.registrations


def test_default_webhook_client_only_calls_this_machine() -> None:
    alone = create_mock("panorays")
    client = generated_client(AuthenticatedClient, alone, token=FULL_TOKEN)
    with client:
        error = parsed_error(
            handshake.sync_detailed(client=client, body=HandshakeRequest(url=HOOK_URL)), HTTPStatus.BAD_REQUEST
        )
    alone.close()
    assert "only calls 127.0.0.1/localhost" in error.message


def test_subscribed_supplier_created_event_arrives_signed(
    mock: PanoraysMock, client: AuthenticatedClient, receiver: Receiver, clock: FakeClock
) -> None:
    secret = register_app(client, WebhookEventName.SUPPLIER_CREATED)
    created = create_supplier.sync(client=client, body=SupplierCreate(name="Signed Co", asset="signed.example"))
    assert isinstance(created, CreatedId)
    [request] = receiver.events
    request_time = request.headers["X-Pano-Request-Time"]
    expected = hmac.new(secret.encode(), request_time.encode() + b":" + request.content, hashlib.sha256).digest()
    assert hmac.compare_digest(base64.b64decode(request.headers["X-Panorays-Signature"]), expected)
    assert request_time == str(int(clock.now() * 1000))
    assert request.content == json.dumps(json.loads(request.content), separators=(",", ":")).encode()  # compact
    event = SupplierEvent.from_dict(json.loads(request.content))
    assert (event.event, event.supplier_id) == (WebhookEventName.SUPPLIER_CREATED, created.id)
    assert mock.hooks.sent[-1].body == request.content and mock.hooks.sent[-1].status == 200


def test_events_follow_subscriptions(mock: PanoraysMock, client: AuthenticatedClient, receiver: Receiver) -> None:
    register_app(client, WebhookEventName.SUPPLIER_APPROVAL_CHANGED, WebhookEventName.SUPPLIER_DELETED)
    stored = next(iter(mock.company.suppliers.values()))
    previous = stored.data["approval"]["status"]
    new_status = ApprovalStatus.REJECTED if previous != "REJECTED" else ApprovalStatus.APPROVED
    update_supplier.sync(stored.id, client=client, body=SupplierUpdate(approval=Approval(status=new_status)))
    [approval] = [SupplierEvent.from_dict(json.loads(r.content)) for r in receiver.events]
    assert approval.event == WebhookEventName.SUPPLIER_APPROVAL_CHANGED  # not supplier.updated: not subscribed
    assert approval.data and approval.data.additional_properties == {"previous_status": previous, "status": new_status}
    body = EventSubscription(events=[WebhookEventName.SUPPLIER_DELETED])
    assert isinstance(unsubscribe.sync(client=client, body=body), EmptyObject)
    delete_supplier.sync(stored.id, client=client)
    assert len(receiver.events) == 1, "no event after unsubscribing"


# --- the rate limit -----------------------------------------------------------------------------


def test_151st_request_in_a_minute_blocks_the_token_for_an_hour(
    mock: PanoraysMock, connect: Connect, clock: FakeClock
) -> None:
    client, other = connect(), connect(OTHER_TOKEN)
    for _ in range(150):
        clock.advance(0.3)  # 150 requests in 45 seconds
        assert list_tags.sync_detailed(client=client, limit=1).status_code == HTTPStatus.OK
    blocked = list_tags.sync_detailed(client=client, limit=1)
    assert parsed_error(blocked, HTTPStatus.TOO_MANY_REQUESTS).message.startswith("Too many requests")
    assert blocked.headers["Retry-After"] == "3600"
    assert list_tags.sync_detailed(client=other, limit=1).status_code == HTTPStatus.OK, "other tokens are unaffected"
    clock.advance(1800)
    still = get_supplier.sync_detailed(UNKNOWN_ID, client=client)
    parsed_error(still, HTTPStatus.TOO_MANY_REQUESTS)
    assert still.headers["Retry-After"] == "1800" and mock.rate.is_blocked(FULL_TOKEN)
    clock.advance(1800)
    assert list_tags.sync_detailed(client=client, limit=1).status_code == HTTPStatus.OK, "unblocked after the hour"
    counters = mock.rate.counters(FULL_TOKEN)
    assert (counters.requests_seen, counters.throttled, counters.blocked_until) == (153, 2, None)
    assert mock.rate.counters(OTHER_TOKEN).throttled == 0


def test_the_window_slides(connect: Connect, clock: FakeClock) -> None:
    mock = create_mock("panorays", clock=clock, requests_per_window=3, window_seconds=60.0, block_seconds=10.0)
    client, other = (generated_client(AuthenticatedClient, mock, token=t) for t in (FULL_TOKEN, OTHER_TOKEN))

    def statuses(token_client: AuthenticatedClient, *advances: float) -> list[int]:
        answers: list[int] = []
        for seconds in advances:
            clock.advance(seconds)
            answers.append(list_tags.sync_detailed(client=token_client, limit=1).status_code)
        return answers

    with client, other:
        # Three at t=59 and one at t=61: a fixed per-minute window would have restarted at t=60.
        assert statuses(client, 59, 0, 0, 2) == [200, 200, 200, 429]
        # Requests older than the window leave it: two at t=61, one at t=91, two more at t=122.
        assert statuses(other, 0, 0, 30, 31, 0, 0) == [200, 200, 200, 200, 200, 429]


def test_daily_quota_answers_429_until_midnight(connect: Connect, clock: FakeClock) -> None:
    mock = create_mock("panorays", clock=clock, daily_quota=2)
    client = generated_client(AuthenticatedClient, mock, token=FULL_TOKEN)
    with client:
        for _ in range(2):
            assert list_tags.sync_detailed(client=client).status_code == HTTPStatus.OK
        over = list_tags.sync_detailed(client=client)
        assert parsed_error(over, HTTPStatus.TOO_MANY_REQUESTS).message == "Daily quota exceeded"
        assert over.headers["Retry-After"] == "86400"  # the FakeClock starts at midnight UTC
        clock.advance(86_400)
        assert list_tags.sync_detailed(client=client).status_code == HTTPStatus.OK


# --- documented errors, operation by operation -------------------------------------------------------

SOME_EVENTS = EventSubscription(events=[WebhookEventName.SUPPLIER_CREATED])
# Every operation with arguments the checks before validation (auth, rate limit, permission) never look at.
OPERATIONS: dict[str, Call] = {
    "listSuppliers": lambda c: list_suppliers.sync_detailed(client=c),
    "createSupplier": lambda c: create_supplier.sync_detailed(client=c, body=SupplierCreate(name="x", asset="x.io")),
    "getSupplier": lambda c: get_supplier.sync_detailed(UNKNOWN_ID, client=c),
    "updateSupplier": lambda c: update_supplier.sync_detailed(UNKNOWN_ID, client=c, body=SupplierUpdate(name="x")),
    "deleteSupplier": lambda c: delete_supplier.sync_detailed(UNKNOWN_ID, client=c),
    "assignSupplierSegment": lambda c: assign_supplier_segment.sync_detailed(UNKNOWN_ID, UNKNOWN_ID, client=c),
    "createSupplierCustomFactor": lambda c: create_supplier_custom_factor.sync_detailed(
        UNKNOWN_ID, client=c, body=CustomFactorCreate(name="x")
    ),
    "sendSupplierQuestionnaire": lambda c: send_supplier_questionnaire.sync_detailed(UNKNOWN_ID, UNKNOWN_ID, client=c),
    "getSupplierQuestionnaire": lambda c: get_supplier_questionnaire.sync_detailed(UNKNOWN_ID, UNKNOWN_ID, client=c),
    "getFile": lambda c: get_file.sync_detailed(UNKNOWN_ID, client=c),
    "listSupplierFiles": lambda c: list_supplier_files.sync_detailed(UNKNOWN_ID, client=c),
    "listTags": lambda c: list_tags.sync_detailed(client=c),
    "createTag": lambda c: create_tag.sync_detailed(client=c, body=TagWrite(name="x")),
    "getTag": lambda c: get_tag.sync_detailed(UNKNOWN_ID, client=c),
    "updateTag": lambda c: update_tag.sync_detailed(UNKNOWN_ID, client=c, body=TagWrite(name="x")),
    "deleteTag": lambda c: delete_tag.sync_detailed(UNKNOWN_ID, client=c),
    "handshake": lambda c: handshake.sync_detailed(client=c, body=HandshakeRequest(url=HOOK_URL)),
    "subscribe": lambda c: subscribe.sync_detailed(client=c, body=SOME_EVENTS),
    "unsubscribe": lambda c: unsubscribe.sync_detailed(client=c, body=SOME_EVENTS),
}
WRITES = [name for name in OPERATIONS if not name.startswith(("list", "get"))]


def test_every_operation_of_the_spec_is_covered(mock: PanoraysMock) -> None:
    spec_operations = {
        operation["operationId"]
        for item in mock.validator.spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    assert spec_operations == set(OPERATIONS)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_401_without_a_valid_token(untouched: Connect, operation: str) -> None:
    response = OPERATIONS[operation](untouched("not-a-panorays-token"))
    assert parsed_error(response, HTTPStatus.UNAUTHORIZED).message.startswith("Unauthorized. The mock expects")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("operation", OPERATIONS)
def test_403_for_a_token_without_api_access(untouched: Connect, operation: str) -> None:
    response = OPERATIONS[operation](untouched(NO_ACCESS_TOKEN))
    assert "API access is disabled" in parsed_error(response, HTTPStatus.FORBIDDEN).message


@pytest.mark.parametrize("operation", WRITES)
def test_403_for_writes_with_a_read_only_token(untouched: Connect, operation: str) -> None:
    response = OPERATIONS[operation](untouched(READ_ONLY_TOKEN))
    assert parsed_error(response, HTTPStatus.FORBIDDEN).message == "Forbidden: this token is read-only"


@pytest.mark.parametrize("operation", OPERATIONS)
def test_429_while_the_token_is_blocked(shared_mock: PanoraysMock, untouched: Connect, operation: str) -> None:
    shared_mock.rate.block(OTHER_TOKEN)  # as if it had gone over the limit just now
    response = OPERATIONS[operation](untouched(OTHER_TOKEN))
    assert parsed_error(response, HTTPStatus.TOO_MANY_REQUESTS).message.startswith("Too many requests")
    assert response.headers["Retry-After"] == "3600"


def test_server_errors_are_not_documented_so_the_client_raises(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    mock.faults = FaultConfig(rate_503=1.0, retry_after="7")
    with pytest.raises(errors.UnexpectedStatus) as raised:
        list_suppliers.sync_detailed(client=client)
    assert raised.value.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert json.loads(raised.value.content) == {"message": "Service unavailable"}


def bad_request_calls(mock: PanoraysMock, connect: Connect) -> dict[str, Call]:
    """A 400 for each operation that documents one, the way a client would meet it."""
    some = next(iter(mock.company.suppliers.values()))
    tag_id = next(iter(mock.company.tags))
    segment_id, template_id = next(iter(mock.company.segments)), next(iter(mock.company.templates))
    # The generated functions cannot send an undeclared query parameter; a client-wide one does.
    extra = connect(params={"unexpected": "1"})
    return {
        "listSuppliers": lambda c: list_suppliers.sync_detailed(client=c, limit=101),
        "createSupplier": lambda c: create_supplier.sync_detailed(client=c, body=SupplierCreate(name="", asset="x.io")),
        "getSupplier": lambda c: get_supplier.sync_detailed(some.id, client=extra),
        "updateSupplier": lambda c: update_supplier.sync_detailed(
            some.id, client=c, body=SupplierUpdate(business_impact=9)
        ),
        "assignSupplierSegment": lambda c: assign_supplier_segment.sync_detailed(some.id, segment_id, client=extra),
        "createSupplierCustomFactor": lambda c: create_supplier_custom_factor.sync_detailed(
            some.id, client=c, body=CustomFactorCreate(name="")
        ),
        "sendSupplierQuestionnaire": lambda c: send_supplier_questionnaire.sync_detailed(
            some.id, template_id, client=extra
        ),
        "listSupplierFiles": lambda c: list_supplier_files.sync_detailed(some.id, client=c, limit=0),
        "listTags": lambda c: list_tags.sync_detailed(client=c, next_token="not-a-cursor"),
        "createTag": lambda c: create_tag.sync_detailed(client=c, body=TagWrite(name="")),
        "updateTag": lambda c: update_tag.sync_detailed(tag_id, client=c, body=TagWrite(name="")),
        "handshake": lambda c: handshake.sync_detailed(client=c, body=HandshakeRequest(url="http://plain.example")),
        "subscribe": lambda c: subscribe.sync_detailed(client=c, body=EventSubscription(events=[])),
        # Before any handshake there is no app to unsubscribe.
        "unsubscribe": lambda c: unsubscribe.sync_detailed(client=c, body=SOME_EVENTS),
    }


def documented(mock: PanoraysMock, status: str) -> set[str]:
    return {
        operation["operationId"]
        for item in mock.validator.spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and status in operation.get("responses", {})
    }


def test_400_for_every_operation_that_documents_it(mock: PanoraysMock, connect: Connect) -> None:
    calls = bad_request_calls(mock, connect)
    assert set(calls) == documented(mock, "400")
    client = connect()
    for operation, call in calls.items():
        error = parsed_error(call(client), HTTPStatus.BAD_REQUEST)
        assert error.message, operation


def test_400_names_the_field(client: AuthenticatedClient) -> None:
    error = parsed_error(list_suppliers.sync_detailed(client=client, limit=101), HTTPStatus.BAD_REQUEST)
    assert error.message.startswith('"limit"')
    assert error.additional_properties["details"][0]["path"] == ["query", "limit"]


def test_400_for_a_cursor_that_is_unknown_expired_or_from_another_list(
    mock: PanoraysMock, client: AuthenticatedClient, clock: FakeClock
) -> None:
    tags_page = list_tags.sync(client=client, limit=1)
    assert isinstance(tags_page, TagPage) and isinstance(tags_page.next_, str)
    parsed_error(list_suppliers.sync_detailed(client=client, next_token=tags_page.next_), HTTPStatus.BAD_REQUEST)
    parsed_error(list_suppliers.sync_detailed(client=client, next_token="bm9wZQ"), HTTPStatus.BAD_REQUEST)
    assert list_tags.sync_detailed(client=client, next_token=tags_page.next_).status_code == HTTPStatus.OK
    clock.advance(3_600)
    expired = list_tags.sync_detailed(client=client, next_token=tags_page.next_)
    assert "expired" in parsed_error(expired, HTTPStatus.BAD_REQUEST).message


def not_found_calls(mock: PanoraysMock) -> dict[str, Call]:
    """A 404 for each operation that documents one."""
    some = next(iter(mock.company.suppliers.values()))
    return {
        "createSupplier": lambda c: create_supplier.sync_detailed(
            client=c, body=SupplierCreate(name="x", asset="x.io", tags=["no-such-tag"])
        ),
        "getSupplier": lambda c: get_supplier.sync_detailed(UNKNOWN_ID, client=c),
        "updateSupplier": lambda c: update_supplier.sync_detailed(UNKNOWN_ID, client=c, body=SupplierUpdate(name="x")),
        "deleteSupplier": lambda c: delete_supplier.sync_detailed(UNKNOWN_ID, client=c),
        "assignSupplierSegment": lambda c: assign_supplier_segment.sync_detailed(some.id, UNKNOWN_ID, client=c),
        "createSupplierCustomFactor": lambda c: create_supplier_custom_factor.sync_detailed(
            UNKNOWN_ID, client=c, body=CustomFactorCreate(name="x")
        ),
        "sendSupplierQuestionnaire": lambda c: send_supplier_questionnaire.sync_detailed(some.id, UNKNOWN_ID, client=c),
        "getSupplierQuestionnaire": lambda c: get_supplier_questionnaire.sync_detailed(some.id, UNKNOWN_ID, client=c),
        "getFile": lambda c: get_file.sync_detailed(UNKNOWN_ID, client=c),
        "listSupplierFiles": lambda c: list_supplier_files.sync_detailed(UNKNOWN_ID, client=c),
        "getTag": lambda c: get_tag.sync_detailed(UNKNOWN_ID, client=c),
        "updateTag": lambda c: update_tag.sync_detailed(UNKNOWN_ID, client=c, body=TagWrite(name="x")),
        "deleteTag": lambda c: delete_tag.sync_detailed(UNKNOWN_ID, client=c),
    }


def test_404_for_every_operation_that_documents_it(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    calls = not_found_calls(mock)
    assert set(calls) == documented(mock, "404")
    for operation, call in calls.items():
        assert "not found" in parsed_error(call(client), HTTPStatus.NOT_FOUND).message, operation


def test_409_for_a_tag_name_another_tag_has(mock: PanoraysMock, client: AuthenticatedClient) -> None:
    (first_id, first), (second_id, _) = list(mock.company.tags.items())[:2]
    created = create_tag.sync_detailed(client=client, body=TagWrite(name=first))
    assert "already exists" in parsed_error(created, HTTPStatus.CONFLICT).message
    renamed = update_tag.sync_detailed(second_id, client=client, body=TagWrite(name=first))
    parsed_error(renamed, HTTPStatus.CONFLICT)
    assert mock.company.tags[second_id] != first and mock.company.tags[first_id] == first
