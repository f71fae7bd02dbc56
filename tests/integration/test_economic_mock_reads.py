"""The e-conomic mock's read caches (each record's JSON text, one sorted index per sort order):
answers are byte for byte what encoding the records anew gives, and every write (POST, PUT,
DELETE, seeding) shows in the very next read of sets, pages, sorted pages and counts; a set
skips checking records only when its filter is nothing but bounds of `number`."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from vendor_mocks import FakeClock, create_mock
from vendor_mocks.economic import EconomicMock
from vendor_mocks.economic.filters import compile_filter, parse_filter
from vendor_mocks.economic.mock import APP_SECRET_TOKEN, GRANT_TOKEN
from vendor_mocks.economic.planning import bounds_only

HEADERS = {"X-AppSecretToken": APP_SECRET_TOKEN, "X-AgreementGrantToken": GRANT_TOKEN}


@pytest.fixture
def mock() -> EconomicMock:
    return create_mock("economic-suppliers", clock=FakeClock(), contacts=300, cursor_page_size=40)


@pytest.fixture
def http(mock: EconomicMock) -> httpx.Client:
    return httpx.Client(transport=mock.transport(), base_url="http://mock", headers=HEADERS)


def compact(data: Any) -> bytes:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


def rendered(mock: EconomicMock) -> list[dict[str, Any]]:
    """Every contact as the mock answers one (`GET /Contacts/{number}` is not served from the caches)."""
    client = httpx.Client(transport=mock.transport(), base_url="http://mock", headers=HEADERS)
    return [client.get(f"/Contacts/{record['number']}").json() for record in mock.agreement.contacts]


def test_answers_are_the_records_encoded_anew(mock: EconomicMock, http: httpx.Client) -> None:
    contacts = rendered(mock)
    first = http.get("/Contacts")
    assert first.content == compact({"items": contacts[:40], "cursor": str(contacts[40]["number"])})
    last = http.get("/Contacts", params={"Cursor": str(contacts[280]["number"])})
    assert last.content == compact({"items": contacts[280:]})
    by_supplier = sorted(contacts, key=lambda contact: -contact["supplierNumber"])  # ties in number order
    page = http.get("/Contacts/paged", params={"Sort": "-supplierNumber", "PageSize": 25, "SkipPages": 2})
    assert page.content == compact(by_supplier[50:75])
    filtered = http.get("/Contacts/paged", params={"Sort": "-number", "PageSize": 3, "Filter": "number$lt:100"})
    assert filtered.json() == [c for c in contacts[::-1] if c["number"] < 100][:3]
    ascending = http.get("/Contacts/paged", params={"Sort": "number", "PageSize": 100, "SkipPages": 1})
    assert ascending.json() == contacts[100:200]
    as_text = http.get("/Contacts/paged", params={"Sort": "~number", "PageSize": 100})  # "100" before "11"
    assert as_text.json() == sorted(contacts, key=lambda contact: str(contact["number"]))[:100]


def test_every_write_shows_in_the_next_read(mock: EconomicMock, http: httpx.Client) -> None:
    # Fill the caches first: the first set, the ascending and descending sorted indexes.
    http.get("/Contacts")
    http.get("/Contacts/paged", params={"Sort": "supplierNumber", "PageSize": 100})
    http.get("/Contacts/paged", params={"Sort": "-number", "PageSize": 1})
    first = http.get("/Contacts").json()["items"][0]

    renamed = {**first, "name": "Aaaa Renamed"}
    assert http.put("/Contacts", json=renamed).status_code == 204
    assert http.get("/Contacts").json()["items"][0]["name"] == "Aaaa Renamed"
    by_number = http.get("/Contacts/paged", params={"Sort": "number", "PageSize": 1}).json()
    assert by_number[0]["name"] == "Aaaa Renamed"

    created = http.post("/Contacts", json={"supplierNumber": first["supplierNumber"], "name": "Zz New"})
    assert created.status_code == 201
    new_number = created.json()["number"]
    assert http.get("/Contacts/paged", params={"Sort": "-number", "PageSize": 1}).json()[0]["number"] == new_number
    assert http.get("/Contacts/count").json() == 301

    assert http.delete(f"/Contacts/{first['number']}").status_code == 204
    assert http.get("/Contacts").json()["items"][0]["number"] != first["number"]
    by_number = http.get("/Contacts/paged", params={"Sort": "number", "PageSize": 1}).json()
    assert by_number[0]["number"] != first["number"]
    assert http.get("/Contacts/count").json() == 300

    mock.seed({"contacts": [{**renamed, "name": "Only One"}]})
    assert [c["name"] for c in http.get("/Contacts").json()["items"]] == ["Only One"]
    assert [c["name"] for c in http.get("/Contacts/paged", params={"Sort": "-number"}).json()] == ["Only One"]


@pytest.mark.parametrize(
    ("text", "only_bounds"),
    [
        ("number$gte:10$and:number$lt:200", True),
        ("number$eq:17", True),
        ("number$gte:10$and:number$lt:200$and:name$like:jensen", False),
        ("number$lt:20$or:number$gte:250", False),
        ("number$ne:17", False),
    ],
)
def test_a_set_checks_every_record_unless_the_filter_is_only_number_bounds(
    mock: EconomicMock, http: httpx.Client, text: str, only_bounds: bool
) -> None:
    assert bounds_only(parse_filter(text)) is only_bounds
    matches = compile_filter(parse_filter(text), mock.resources["Contacts"].filters)
    expected = [record["number"] for record in mock.agreement.contacts if matches(record)]
    answered = http.get("/Contacts", params={"Filter": text}).json()["items"]
    assert [contact["number"] for contact in answered] == expected[:40] and expected
