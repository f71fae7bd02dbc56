"""Every e-conomic Suppliers operation through the generated client against the mock: the success
path and every documented error status, with typed results, plus the vendor behaviours the
mock models (cursor and classic pagination, the filter and sort grammars, objectVersion,
idempotency keys, the demo agreement)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from http import HTTPStatus
from typing import Any

import httpx
import pytest
from economic_suppliers_client import AuthenticatedClient, errors
from economic_suppliers_client.api.contacts import (
    create_contact,
    delete_contact_by_id,
    get_all_contacts,
    get_contact_by_id,
    get_number_of_contacts,
    get_page_of_contacts,
    update_contact,
)
from economic_suppliers_client.api.groups import (
    create_group,
    delete_group_by_id,
    get_all_groups,
    get_group_by_id,
    get_number_of_groups,
    get_page_of_groups,
    update_group,
)
from economic_suppliers_client.models import (
    Contact,
    ContactCollection,
    CreatedResponse,
    Group,
    GroupCollection,
    ProblemDetails,
    ProblemDetailsError,
)
from economic_suppliers_client.types import UNSET, Response

from integration.conftest import MOCK_BASE_URL, generated_client
from vendor_mocks import FakeClock, FaultConfig, create_mock
from vendor_mocks.economic import APP_SECRET_TOKEN, DEMO_TOKEN, GRANT_TOKEN, GRANT_WITHOUT_ROLES, EconomicMock

Connect = Callable[..., AuthenticatedClient]
Call = Callable[[AuthenticatedClient], Response[Any]]
INT32_OVERFLOW = 2**31  # a valid Python int the spec's `format: int32` rejects: 400 from the server


@pytest.fixture
def mock() -> EconomicMock:
    """A small agreement (fast to seed); the tests that need page-spanning data build their own."""
    created = create_mock("economic-suppliers", clock=FakeClock(), contacts=300, groups=30)
    return created


@pytest.fixture
def connect(mock: EconomicMock) -> Iterator[Connect]:
    """Builds generated clients for `mock` (or another mock) and closes them after the test."""
    made: list[AuthenticatedClient] = []

    def make(
        app: str = APP_SECRET_TOKEN,
        grant: str = GRANT_TOKEN,
        *,
        target: EconomicMock | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> AuthenticatedClient:
        auth: dict[str, Any] = {"token": app, "auth_header_name": "X-AppSecretToken", "prefix": ""}
        auth["headers"] = {"X-AgreementGrantToken": grant}
        client: AuthenticatedClient = generated_client(AuthenticatedClient, target or mock, **auth)
        if transport is not None:  # the same settings, another transport
            client = AuthenticatedClient(
                base_url=MOCK_BASE_URL,
                timeout=httpx.Timeout(10.0),
                raise_on_unexpected_status=True,
                httpx_args={"transport": transport},
                **auth,
            )
        made.append(client)
        return client

    yield make
    for client in made:
        client.get_httpx_client().close()


@pytest.fixture
def client(connect: Connect) -> AuthenticatedClient:
    return connect()


def contacts_of(mock: EconomicMock) -> list[dict[str, Any]]:
    return list(mock.agreement.contacts)


def problem(response: Response[Any], status: int) -> ProblemDetails:
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, ProblemDetails)
    return response.parsed


def first_error(details: ProblemDetails) -> ProblemDetailsError:
    assert not isinstance(details.errors, type(UNSET)) and details.errors
    return details.errors[0]


def new_contact(name: str = "Karen Blixen", supplier: int = 1001, **extra: Any) -> Contact:
    return Contact(name=name, supplier_number=supplier, **extra)


def new_group(number: int, name: str = "Freight", account: int = 6800, **extra: Any) -> Group:
    return Group(number=number, name=name, account_number=account, **extra)


def read_contact(client: AuthenticatedClient, number: int) -> Contact:
    contact = get_contact_by_id.sync(number, client=client)
    assert isinstance(contact, Contact)
    return contact


def read_group(client: AuthenticatedClient, number: int) -> Group:
    group = get_group_by_id.sync(number, client=client)
    assert isinstance(group, Group)
    return group


# --- cursor pagination, classic pagination and count ------------------------------------------


def test_cursor_walk_returns_every_seeded_contact_once(connect: Connect) -> None:
    full = create_mock("economic-suppliers", clock=FakeClock())  # the default 2,500 contacts
    client = connect(target=full)
    seen: list[int] = []
    cursor: str | None = None
    for _ in range(10):  # 2,500 contacts in sets of 1,000: three sets
        page = get_all_contacts.sync(client=client, cursor=cursor if cursor is not None else UNSET)
        assert isinstance(page, ContactCollection) and isinstance(page.items, list)
        assert len(page.items) <= 1000
        assert all(isinstance(item, Contact) for item in page.items)
        seen += [item.number for item in page.items if isinstance(item.number, int)]
        if not isinstance(page.cursor, str):
            break
        cursor = page.cursor
        assert int(cursor) == min(c["number"] for c in contacts_of(full) if c["number"] > seen[-1])
    assert len(seen) == 2500
    assert seen == [c["number"] for c in contacts_of(full)]


async def test_cursor_walk_of_groups_async_with_a_small_page_size(connect: Connect) -> None:
    small = create_mock("economic-suppliers", contacts=10, groups=25, cursor_page_size=10)
    client = connect(target=small)
    sizes: list[int] = []
    numbers: list[int] = []
    cursor: str | None = None
    for _ in range(10):
        response = await get_all_groups.asyncio_detailed(client=client, cursor=cursor or UNSET)
        page = response.parsed
        assert isinstance(page, GroupCollection) and isinstance(page.items, list)
        sizes.append(len(page.items))
        numbers += [group.number for group in page.items]
        cursor = page.cursor if isinstance(page.cursor, str) else None
        if cursor is None:
            break
    assert sizes == [10, 10, 5]
    assert numbers == list(range(1, 26))


def test_cursor_respects_the_filter_and_an_unknown_cursor_is_400(
    client: AuthenticatedClient, mock: EconomicMock
) -> None:
    page = get_all_contacts.sync(client=client, filter_="supplierNumber$lt:1010", cursor="0")
    assert isinstance(page, ContactCollection) and isinstance(page.items, list)
    assert [c.number for c in page.items] == [c["number"] for c in contacts_of(mock) if c["supplierNumber"] < 1010]
    assert isinstance(page.cursor, type(UNSET)), "the last set carries no cursor"
    details = problem(get_all_contacts.sync_detailed(client=client, cursor="abc"), HTTPStatus.BAD_REQUEST)
    assert first_error(details).property_ == "Cursor"


def test_paged_and_count_agree(client: AuthenticatedClient, mock: EconomicMock) -> None:
    count = get_number_of_contacts.sync(client=client)
    assert count == len(mock.agreement.contacts) == 300
    numbers: list[int] = []
    for skip in range(100):
        page = get_page_of_contacts.sync(client=client, page_size=40, skip_pages=skip)
        assert isinstance(page, list)
        if not page:
            break
        numbers += [c.number for c in page if isinstance(c.number, int)]
    assert len(numbers) == count and numbers == [c["number"] for c in contacts_of(mock)]
    filtered = get_number_of_contacts.sync(client=client, filter_="isDeleted$eq:true")
    page = get_page_of_contacts.sync(client=client, filter_="isDeleted$eq:true", page_size=100)
    assert isinstance(page, list) and isinstance(filtered, int)
    assert 0 < filtered == len(page) and all(c.is_deleted is True for c in page)


async def test_paged_defaults_to_twenty_and_count_is_a_bare_integer(client: AuthenticatedClient) -> None:
    response = await get_page_of_groups.asyncio_detailed(client=client)
    assert isinstance(response.parsed, list) and len(response.parsed) == 20
    assert all(isinstance(group, Group) for group in response.parsed)
    count = await get_number_of_groups.asyncio_detailed(client=client)
    assert count.parsed == 30 and count.content == b"30"


def test_sort_descending_mixed_and_alphabetic(client: AuthenticatedClient, mock: EconomicMock) -> None:
    page = get_page_of_contacts.sync(client=client, sort="-supplierNumber,number", page_size=100)
    assert isinstance(page, list)
    keys = [(c.supplier_number, c.number) for c in page]
    expected = sorted(((c["supplierNumber"], c["number"]) for c in contacts_of(mock)), key=lambda k: (-k[0], k[1]))
    assert keys == expected[:100]
    groups = get_page_of_groups.sync(client=client, sort="~number", page_size=5)
    assert isinstance(groups, list)
    assert [g.number for g in groups] == [1, 10, 11, 12, 13], "~ sorts numbers as text: 10 before 2"


def test_sort_on_a_property_that_is_not_sortable_is_400(client: AuthenticatedClient) -> None:
    details = problem(get_page_of_contacts.sync_detailed(client=client, sort="name"), HTTPStatus.BAD_REQUEST)
    assert first_error(details).property_ == "name"
    assert isinstance(details.detail, str) and "number, supplierNumber" in details.detail


def test_query_parameter_names_are_case_insensitive(client: AuthenticatedClient) -> None:
    http = client.get_httpx_client()
    counts = {
        name: http.get("/Contacts/count", params={name: "supplierNumber$eq:1010"}).json()
        for name in ("Filter", "filter", "FILTER")
    }
    assert len(set(counts.values())) == 1 and counts["filter"] > 0
    assert counts["filter"] < get_number_of_contacts.sync(client=client)
    paged = http.get("/Contacts/paged", params={"pagesize": "3", "SKIPPAGES": "1", "sort": "-number"}).json()
    assert len(paged) == 3 and paged[0]["number"] > paged[1]["number"] > paged[2]["number"]


# --- filters -------------------------------------------------------------------------------------


def _moment(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


def _name(contact: dict[str, Any]) -> str:
    return str(contact["name"]).casefold()


FILTERS: list[tuple[str, str, Callable[[dict[str, Any]], bool]]] = [
    ("eq-integer", "supplierNumber$eq:1010", lambda c: c["supplierNumber"] == 1010),
    ("ne", "supplierNumber$ne:1010", lambda c: c["supplierNumber"] != 1010),
    ("gt", "number$gt:400", lambda c: c["number"] > 400),
    ("gte-and-lte", "number$gte:100$and:number$lte:200", lambda c: 100 <= c["number"] <= 200),
    ("lt", "userInterfaceNumber$lt:2", lambda c: c["userInterfaceNumber"] < 2),
    ("date-time", "lastUpdated$gte:2025-06-01", lambda c: _moment(c["lastUpdated"]) >= _moment("2025-06-01T00:00Z")),
    ("boolean-true", "isDeleted$eq:true", lambda c: c.get("isDeleted") is True),
    ("boolean-false-means-absent", "isDeleted$ne:true", lambda c: "isDeleted" not in c),
    ("eq-case-insensitive", "name$eq:BERG$, LISE", lambda c: _name(c) == "berg, lise"),
    ("like-contains", "name$like:JENS", lambda c: "jens" in _name(c)),
    ("like-prefix", "name$like:mette*", lambda c: _name(c).startswith("mette")),
    ("like-suffix", "email$like:*@supplier1010.dk", lambda c: str(c.get("email", "")).endswith("@supplier1010.dk")),
    ("in", "supplierNumber$in:[1010,1011,1012]", lambda c: c["supplierNumber"] in (1010, 1011, 1012)),
    ("nin", "supplierNumber$nin:[1010,1011]", lambda c: c["supplierNumber"] not in (1010, 1011)),
    ("in-with-null", "email$in:[$null:,nobody@example.com]", lambda c: "email" not in c),
    ("eq-null", "email$eq:$null:", lambda c: "email" not in c),
    ("ne-null", "email$ne:$null:", lambda c: "email" in c),
    (
        "and-binds-tighter-than-or",
        "isDeleted$eq:true$or:supplierNumber$eq:1010$and:userInterfaceNumber$eq:1",
        lambda c: c.get("isDeleted") is True or (c["supplierNumber"] == 1010 and c["userInterfaceNumber"] == 1),
    ),
    (
        "parentheses",
        "(isDeleted$eq:true$or:supplierNumber$eq:1010)$and:userInterfaceNumber$eq:1",
        lambda c: (c.get("isDeleted") is True or c["supplierNumber"] == 1010) and c["userInterfaceNumber"] == 1,
    ),
    ("escape-dollar", "name$like:r$$ d", lambda c: "r$ d" in _name(c)),
    ("escape-parentheses", "name$eq:kaffe & co $(dk$)", lambda c: _name(c) == "kaffe & co (dk)"),
    ("escape-star", "name$like:star$*line*", lambda c: _name(c).startswith("star*line")),
    ("escape-comma-in-list", "name$in:[berg$, lise,100% office]", lambda c: _name(c) in ("berg, lise", "100% office")),
    ("escape-brackets", "name$like:$[team$]*", lambda c: _name(c).startswith("[team]")),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in FILTERS])
def test_filter_through_the_generated_client(
    client: AuthenticatedClient, mock: EconomicMock, text: str, expected: Callable[[dict[str, Any]], bool]
) -> None:
    wanted = [c["number"] for c in contacts_of(mock) if expected(c)]
    assert wanted, "the seeded data has matches"
    page = get_all_contacts.sync(client=client, filter_=text)
    assert isinstance(page, ContactCollection) and isinstance(page.items, list)
    assert [c.number for c in page.items] == wanted
    assert get_number_of_contacts.sync(client=client, filter_=text) == len(wanted)


def test_filter_on_a_property_that_is_not_filterable_names_it(client: AuthenticatedClient) -> None:
    details = problem(get_all_contacts.sync_detailed(client=client, filter_="notes$eq:x"), HTTPStatus.BAD_REQUEST)
    assert details.status == 400
    assert first_error(details).property_ == "notes"
    assert isinstance(details.detail, str) and "'notes'" in details.detail and "not filterable" in details.detail


def test_filter_with_an_operator_the_property_does_not_allow_lists_the_allowed_ones(
    client: AuthenticatedClient,
) -> None:
    response = get_number_of_groups.sync_detailed(client=client, filter_="number$like:1")
    details = problem(response, HTTPStatus.BAD_REQUEST)
    assert first_error(details).property_ == "number"
    assert details.detail == (
        "The operator $like: is not allowed on the property 'number' (allowed: eq, ne, lt, lte, gt, gte, in, nin)."
    )


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("name$eq:Joe$and:", 17),  # a predicate must follow $and:
        ("(name$eq:Joe", 13),  # the group is never closed
        ("name$equals:Joe", 6),  # no such operator
        ("name$eq:Hansen (DK)", 16),  # an unescaped parenthesis
        ("name$eq:a$xb", 10),  # no such escape sequence
        ("number$in:1,2", 11),  # a list needs brackets
    ],
)
def test_filter_syntax_error_gives_the_position(client: AuthenticatedClient, text: str, position: int) -> None:
    details = problem(get_page_of_contacts.sync_detailed(client=client, filter_=text), HTTPStatus.BAD_REQUEST)
    assert isinstance(details.detail, str) and details.detail.startswith(f"Invalid filter at position {position}:")


def test_in_lists_hold_at_most_200_values(client: AuthenticatedClient) -> None:
    values = ",".join(str(n) for n in range(200))
    assert isinstance(get_number_of_contacts.sync(client=client, filter_=f"number$in:[{values}]"), int)
    details = problem(
        get_number_of_contacts.sync_detailed(client=client, filter_=f"number$in:[{values},200]"),
        HTTPStatus.BAD_REQUEST,
    )
    assert isinstance(details.detail, str) and "201 values" in details.detail and "at most 200" in details.detail


def test_typed_comparison_rejects_a_value_of_the_wrong_type(client: AuthenticatedClient) -> None:
    details = problem(
        get_all_groups.sync_detailed(client=client, filter_="accountNumber$gt:six"), HTTPStatus.BAD_REQUEST
    )
    assert first_error(details).property_ == "accountNumber"


# --- reads and writes ------------------------------------------------------------------------------


def test_create_read_update_delete_a_contact(client: AuthenticatedClient, mock: EconomicMock) -> None:
    assert isinstance(mock.clock, FakeClock)
    created = create_contact.sync_detailed(
        client=client, body=new_contact(email="karen@rungstedlund.dk", phone="+45 11", is_deleted=False)
    )
    assert created.status_code == HTTPStatus.CREATED and isinstance(created.parsed, CreatedResponse)
    number = created.parsed.number
    assert created.headers["Location"] == f"{MOCK_BASE_URL}/Contacts/{number}"
    assert number > max(c["number"] for c in contacts_of(mock) if c["number"] != number) - 1
    contact = read_contact(client, number)
    assert (contact.name, contact.email, contact.phone) == ("Karen Blixen", "karen@rungstedlund.dk", "+45 11")
    assert contact.last_updated == dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    raw = json.loads(get_contact_by_id.sync_detailed(number, client=client).content)
    assert "isDeleted" not in raw and "notes" not in raw, "false booleans and nulls are left out"

    mock.clock.advance(60)
    contact.phone = UNSET  # left out of a PUT: cleared
    contact.notes = "Writes in longhand."
    updated = update_contact.sync_detailed(client=client, body=contact)
    assert updated.status_code == HTTPStatus.NO_CONTENT and updated.parsed is None
    after = read_contact(client, number)
    assert (after.notes, after.phone) == ("Writes in longhand.", UNSET)
    assert after.object_version != contact.object_version
    assert after.last_updated == dt.datetime(2026, 1, 1, 0, 1, tzinfo=dt.UTC)

    deleted = delete_contact_by_id.sync_detailed(number, client=client)
    assert deleted.status_code == HTTPStatus.NO_CONTENT
    problem(get_contact_by_id.sync_detailed(number, client=client), HTTPStatus.NOT_FOUND)


def test_an_update_without_changes_keeps_last_updated_but_not_the_version(
    client: AuthenticatedClient, mock: EconomicMock
) -> None:
    assert isinstance(mock.clock, FakeClock)
    number = contacts_of(mock)[0]["number"]
    before = read_contact(client, number)
    mock.clock.advance(3600)
    assert update_contact.sync_detailed(client=client, body=before).status_code == HTTPStatus.NO_CONTENT
    after = read_contact(client, number)
    assert after.last_updated == before.last_updated
    assert after.object_version != before.object_version


async def test_create_update_delete_a_group_async(client: AuthenticatedClient) -> None:
    body = new_group(900, "Freight forwarders", 6900)
    created = await create_group.asyncio_detailed(client=client, body=body)
    assert created.status_code == HTTPStatus.CREATED and isinstance(created.parsed, CreatedResponse)
    assert created.parsed.number == 900 and created.headers["Location"].endswith("/Groups/900")
    group = await get_group_by_id.asyncio(900, client=client)
    assert isinstance(group, Group) and group.account_number == 6900 and isinstance(group.object_version, str)
    group.name = "Freight forwarders (EU)"
    updated = await update_group.asyncio_detailed(client=client, body=group)
    assert updated.status_code == HTTPStatus.NO_CONTENT
    assert read_group(client, 900).name == "Freight forwarders (EU)"
    deleted = await delete_group_by_id.asyncio_detailed(900, client=client)
    assert deleted.status_code == HTTPStatus.NO_CONTENT
    problem(await get_group_by_id.asyncio_detailed(900, client=client), HTTPStatus.NOT_FOUND)


def test_409_on_a_stale_or_missing_object_version(client: AuthenticatedClient, mock: EconomicMock) -> None:
    number = contacts_of(mock)[5]["number"]
    first = read_contact(client, number)
    second = read_contact(client, number)
    first.notes = "first writer"
    assert update_contact.sync_detailed(client=client, body=first).status_code == HTTPStatus.NO_CONTENT
    second.notes = "second writer, stale"
    conflict = problem(update_contact.sync_detailed(client=client, body=second), HTTPStatus.CONFLICT)
    assert conflict.message == "Update conflict. Version does not match."
    assert conflict.property_ == "version"
    assert isinstance(conflict.developer_hint, str) and conflict.developer_hint.startswith("The resource has been")
    assert isinstance(conflict.log_id, str) and len(conflict.log_id) == 36
    assert conflict.log_time_utc == "2026-01-01T00:00:00"
    assert read_contact(client, number).notes == "first writer", "the stale update changed nothing"
    second.object_version = UNSET
    problem(update_contact.sync_detailed(client=client, body=second), HTTPStatus.CONFLICT)
    group = read_group(client, 1)
    group.object_version = "AAAAAAAAAAE="
    problem(update_group.sync_detailed(client=client, body=group), HTTPStatus.CONFLICT)


def test_idempotent_post_replays_the_same_number_and_creates_one_contact(
    client: AuthenticatedClient, mock: EconomicMock
) -> None:
    assert isinstance(mock.clock, FakeClock)
    before = len(mock.agreement.contacts)
    first = create_contact.sync_detailed(client=client, body=new_contact(), idempotency_key="retry-1")
    assert first.status_code == HTTPStatus.CREATED and "X-ResultFromCache" not in first.headers
    mock.clock.advance(3599)
    replay = create_contact.sync_detailed(client=client, body=new_contact(), idempotency_key="retry-1")
    assert replay.status_code == HTTPStatus.CREATED and replay.headers["X-ResultFromCache"] == "true"
    assert isinstance(first.parsed, CreatedResponse) and isinstance(replay.parsed, CreatedResponse)
    assert replay.parsed.number == first.parsed.number
    assert len(mock.agreement.contacts) == before + 1
    mock.clock.advance(1)  # the cache holds answers for one hour only
    later = create_contact.sync_detailed(client=client, body=new_contact(), idempotency_key="retry-1")
    assert later.status_code == HTTPStatus.BAD_REQUEST, "applied again: the name now exists for the supplier"
    assert "X-ResultFromCache" not in later.headers


def test_idempotent_put_and_delete_apply_once(client: AuthenticatedClient, mock: EconomicMock) -> None:
    number = contacts_of(mock)[1]["number"]
    contact = read_contact(client, number)
    contact.notes = "once"
    assert update_contact.sync_detailed(client=client, body=contact, idempotency_key="put-1").parsed is None
    replay = update_contact.sync_detailed(client=client, body=contact, idempotency_key="put-1")
    assert replay.status_code == HTTPStatus.NO_CONTENT and replay.headers["X-ResultFromCache"] == "true"
    fresh = update_contact.sync_detailed(client=client, body=contact, idempotency_key="put-2")
    problem(fresh, HTTPStatus.CONFLICT)  # a new key is a new request, with a stale version now
    assert delete_group_by_id.sync_detailed(2, client=client, idempotency_key="del-1").status_code == 204
    again = delete_group_by_id.sync_detailed(2, client=client, idempotency_key="del-1")
    assert again.status_code == HTTPStatus.NO_CONTENT and again.headers["X-ResultFromCache"] == "true"
    problem(delete_group_by_id.sync_detailed(2, client=client), HTTPStatus.NOT_FOUND)


def test_null_in_a_write_is_a_validation_error(client: AuthenticatedClient, mock: EconomicMock) -> None:
    before = len(mock.agreement.contacts)
    details = problem(create_contact.sync_detailed(client=client, body=new_contact(email=None)), 400)
    assert first_error(details).property_ == "email"
    assert len(mock.agreement.contacts) == before


def test_business_rules_answer_the_tags_error_codes(connect: Connect) -> None:
    strict = create_mock("economic-suppliers", contacts=20, supplier_numbers=[1001, 1002], accounts={6800: "status"})
    client = connect(target=strict)
    cases: list[tuple[Response[Any], str]] = [
        (create_contact.sync_detailed(client=client, body=new_contact(supplier=4242)), "SupplierDoesNotExist"),
        (create_contact.sync_detailed(client=client, body=new_contact(name=" ")), "SupplierContactNameNullOrEmpty"),
        (
            create_group.sync_detailed(client=client, body=new_group(1, "Dup", 6800)),
            "SupplierGroupIdAlreadyExists",
        ),
        (
            create_group.sync_detailed(client=client, body=new_group(77, "", 6800)),
            "SupplierGroupNameEmpty",
        ),
        (
            create_group.sync_detailed(client=client, body=new_group(78, "G", 1)),
            "ERROR_CODE_AccountDoesNotExist",
        ),
    ]
    existing = next(iter(strict.agreement.contacts))
    duplicate = new_contact(name=existing["name"].upper(), supplier=existing["supplierNumber"])
    cases.append((create_contact.sync_detailed(client=client, body=duplicate), "SupplierContactNameAlreadyExists"))
    moved = read_contact(client, existing["number"])
    moved.supplier_number = 1002 if moved.supplier_number == 1001 else 1001
    cases.append((update_contact.sync_detailed(client=client, body=moved), "SupplierNumberMismatch"))
    for response, code in cases:
        details = problem(response, HTTPStatus.BAD_REQUEST)
        assert details.error_code == code and first_error(details).error_code == code


def test_same_seed_same_data() -> None:
    first, second, other = (create_mock("economic-suppliers", contacts=50, seed=seed) for seed in (3, 3, 4))
    assert list(first.agreement.contacts) == list(second.agreement.contacts)
    assert list(first.agreement.contacts) != list(other.agreement.contacts)


# --- auth ------------------------------------------------------------------------------------------


def test_demo_agreement_reads_but_cannot_write(connect: Connect, mock: EconomicMock) -> None:
    demo = connect(DEMO_TOKEN, DEMO_TOKEN)
    assert get_number_of_contacts.sync(client=demo) == 300
    number = contacts_of(mock)[0]["number"]
    writes: list[Response[Any]] = [
        create_contact.sync_detailed(client=demo, body=new_contact()),
        update_contact.sync_detailed(client=demo, body=read_contact(demo, number)),
        delete_contact_by_id.sync_detailed(number, client=demo),
        create_group.sync_detailed(client=demo, body=new_group(500, "Demo", 6800)),
        update_group.sync_detailed(client=demo, body=read_group(demo, 1)),
        delete_group_by_id.sync_detailed(1, client=demo),
    ]
    for response in writes:
        assert problem(response, HTTPStatus.FORBIDDEN).detail == "The demo agreement allows GET requests only."
    assert len(mock.agreement.contacts) == 300 and len(mock.agreement.groups) == 30


def test_a_demo_token_with_a_real_one_is_401(connect: Connect) -> None:
    problem(get_number_of_groups.sync_detailed(client=connect(APP_SECRET_TOKEN, DEMO_TOKEN)), 401)
    problem(get_number_of_groups.sync_detailed(client=connect(DEMO_TOKEN, GRANT_TOKEN)), 401)


# --- every operation and its documented error statuses ---------------------------------------------


def _contact_for_update(client: AuthenticatedClient) -> Contact:
    page = get_page_of_contacts.sync(client=client, page_size=1)
    assert isinstance(page, list) and page
    return page[0]


OPERATIONS: dict[str, Call] = {
    "GetAllContacts": lambda c: get_all_contacts.sync_detailed(client=c),
    "CreateContact": lambda c: create_contact.sync_detailed(client=c, body=new_contact(name="Op Test")),
    "UpdateContact": lambda c: update_contact.sync_detailed(
        client=c, body=Contact(number=2, supplier_number=1, name="x")
    ),
    "GetPageOfContacts": lambda c: get_page_of_contacts.sync_detailed(client=c),
    "GetNumberOfContacts": lambda c: get_number_of_contacts.sync_detailed(client=c),
    "GetContactById": lambda c: get_contact_by_id.sync_detailed(2, client=c),
    "DeleteContactById": lambda c: delete_contact_by_id.sync_detailed(2, client=c),
    "GetAllGroups": lambda c: get_all_groups.sync_detailed(client=c),
    "CreateGroup": lambda c: create_group.sync_detailed(client=c, body=new_group(800, "Op Test", 6800)),
    "UpdateGroup": lambda c: update_group.sync_detailed(client=c, body=new_group(1, "x", 6800, object_version="v")),
    "GetPageOfGroups": lambda c: get_page_of_groups.sync_detailed(client=c),
    "GetNumberOfGroups": lambda c: get_number_of_groups.sync_detailed(client=c),
    "GetGroupById": lambda c: get_group_by_id.sync_detailed(1, client=c),
    "DeleteGroupById": lambda c: delete_group_by_id.sync_detailed(1, client=c),
}
# A schema-valid request the server refuses with 400, per operation.
BAD_REQUESTS: dict[str, Call] = {
    "GetAllContacts": lambda c: get_all_contacts.sync_detailed(client=c, filter_="phone$eq:1"),
    "CreateContact": lambda c: create_contact.sync_detailed(client=c, body=new_contact(name="")),
    "UpdateContact": lambda c: update_contact.sync_detailed(client=c, body=Contact(supplier_number=1, name="no nr")),
    "GetPageOfContacts": lambda c: get_page_of_contacts.sync_detailed(client=c, page_size=101),
    "GetNumberOfContacts": lambda c: get_number_of_contacts.sync_detailed(client=c, filter_="name$gt:$null:"),
    "GetContactById": lambda c: get_contact_by_id.sync_detailed(INT32_OVERFLOW, client=c),
    "DeleteContactById": lambda c: delete_contact_by_id.sync_detailed(INT32_OVERFLOW, client=c),
    "GetAllGroups": lambda c: get_all_groups.sync_detailed(client=c, cursor="x" * 51),
    "CreateGroup": lambda c: create_group.sync_detailed(client=c, body=new_group(0, "zero", 6800)),
    "UpdateGroup": lambda c: update_group.sync_detailed(
        client=c, body=new_group(1, "nulls", 6800, object_version=None)
    ),
    "GetPageOfGroups": lambda c: get_page_of_groups.sync_detailed(client=c, skip_pages=-1),
    "GetNumberOfGroups": lambda c: get_number_of_groups.sync_detailed(client=c, filter_="objectVersion$eq:x"),
    "GetGroupById": lambda c: get_group_by_id.sync_detailed(INT32_OVERFLOW, client=c),
    "DeleteGroupById": lambda c: delete_group_by_id.sync_detailed(INT32_OVERFLOW, client=c),
}
NOT_FOUND: dict[str, Call] = {
    "UpdateContact": lambda c: update_contact.sync_detailed(
        client=c, body=Contact(number=999_999, supplier_number=1, name="x", object_version="v")
    ),
    "GetContactById": lambda c: get_contact_by_id.sync_detailed(999_999, client=c),
    "DeleteContactById": lambda c: delete_contact_by_id.sync_detailed(999_999, client=c),
    "UpdateGroup": lambda c: update_group.sync_detailed(
        client=c, body=new_group(999_999, "x", 6800, object_version="v")
    ),
    "GetGroupById": lambda c: get_group_by_id.sync_detailed(999_999, client=c),
    "DeleteGroupById": lambda c: delete_group_by_id.sync_detailed(999_999, client=c),
}
WRITES_WITH_BODIES = ("CreateContact", "UpdateContact", "CreateGroup", "UpdateGroup")


def test_every_operation_succeeds(client: AuthenticatedClient) -> None:
    contact = _contact_for_update(client)
    group = read_group(client, 3)
    calls: dict[str, Call] = {
        **OPERATIONS,
        "UpdateContact": lambda c: update_contact.sync_detailed(client=c, body=contact),
        "UpdateGroup": lambda c: update_group.sync_detailed(client=c, body=group),
    }
    expected = {"Create": (HTTPStatus.CREATED, CreatedResponse), "Update": (HTTPStatus.NO_CONTENT, type(None))}
    types = {"GetAllContacts": ContactCollection, "GetAllGroups": GroupCollection, "GetContactById": Contact}
    types |= {"GetGroupById": Group, "GetNumberOfContacts": int, "GetNumberOfGroups": int}
    types |= {"GetPageOfContacts": list, "GetPageOfGroups": list}
    for name, call in calls.items():
        status, parsed = expected.get(name[:6], (HTTPStatus.OK, types.get(name, type(None))))
        if name.startswith("Delete"):
            status = HTTPStatus.NO_CONTENT
        response = call(client)
        assert (name, response.status_code) == (name, status), response.content
        assert isinstance(response.parsed, parsed), name


@pytest.mark.parametrize("name", sorted(BAD_REQUESTS))
def test_400_problem_details(client: AuthenticatedClient, name: str) -> None:
    details = problem(BAD_REQUESTS[name](client), HTTPStatus.BAD_REQUEST)
    assert details.status == 400 and details.title == "One or more validation errors occurred."
    assert isinstance(details.trace_id, str) and details.trace_id.startswith("00-")
    assert isinstance(first_error(details).message, str)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_401_without_valid_tokens(connect: Connect, name: str) -> None:
    details = problem(OPERATIONS[name](connect("eco-test-wrong-secret")), HTTPStatus.UNAUTHORIZED)
    assert details.title == "Unauthorized" and details.status == 401


def test_401_when_the_grant_header_is_missing(connect: Connect) -> None:
    client = connect()
    http = client.get_httpx_client()
    answer = http.get("/Groups/count", headers={"X-AgreementGrantToken": ""})
    assert answer.status_code == 401 and answer.json()["detail"].startswith("The X-AppSecretToken and")


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_403_for_a_grant_without_the_required_roles(connect: Connect, name: str) -> None:
    details = problem(OPERATIONS[name](connect(grant=GRANT_WITHOUT_ROLES)), HTTPStatus.FORBIDDEN)
    assert details.detail == "The grant does not include any of the required roles Bookkeeping, SuperUser."


@pytest.mark.parametrize("name", sorted(NOT_FOUND))
def test_404_for_an_unknown_number(client: AuthenticatedClient, name: str) -> None:
    details = problem(NOT_FOUND[name](client), HTTPStatus.NOT_FOUND)
    assert isinstance(details.detail, str) and details.detail.endswith("999999 was not found.")


class _PlainTextBodies(httpx.BaseTransport):
    """Relabels JSON request bodies as text/plain, as a misconfigured proxy would."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.headers["Content-Type"] = "text/plain"
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


@pytest.mark.parametrize("name", WRITES_WITH_BODIES)
def test_415_for_a_body_that_is_not_json(connect: Connect, mock: EconomicMock, name: str) -> None:
    client = connect(transport=_PlainTextBodies(mock.transport()))
    details = problem(OPERATIONS[name](client), HTTPStatus.UNSUPPORTED_MEDIA_TYPE)
    assert details.title == "Unsupported Media Type" and details.status == 415


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_500_problem_details(client: AuthenticatedClient, mock: EconomicMock, name: str) -> None:
    mock.faults = FaultConfig(rate_500=1.0)
    details = problem(OPERATIONS[name](client), HTTPStatus.INTERNAL_SERVER_ERROR)
    assert details.title == "An error occurred while processing your request." and details.status == 500


@pytest.mark.parametrize(("status", "rate"), [(429, "rate_429"), (503, "rate_503")])
def test_injected_429_and_503_are_problem_details_with_retry_after(
    client: AuthenticatedClient, mock: EconomicMock, status: int, rate: str
) -> None:
    mock.faults = FaultConfig(**{rate: 1.0}, retry_after="7")  # type: ignore[arg-type]
    with pytest.raises(errors.UnexpectedStatus) as raised:  # the spec documents neither status
        get_number_of_contacts.sync_detailed(client=client)
    assert raised.value.status_code == status
    details = ProblemDetails.from_dict(json.loads(raised.value.content))
    assert details.status == status
    response = client.get_httpx_client().get("/Contacts/count")
    assert response.headers["Retry-After"] == "7"
