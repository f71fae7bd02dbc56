"""`types.parse_json_body` and `types.build_list`: a response body's decoded lists are taken apart
while its models are built (each decoded item freed once parsed), and nothing else ever is.

The endpoint modules build every model response with `parse_json_body`; whatever happens inside,
the result (or the exception) must be exactly that of `Model.from_dict(json.loads(body))`, and a
dict a user passes to `from_dict` must come back untouched.
"""

from __future__ import annotations

import copy
import json
import threading
from typing import Any

import pytest
from economic_suppliers_client import types as economic_types
from economic_suppliers_client.models import Contact, ContactCollection
from panamah_client import types as panamah_types
from panamah_client.models import TituloPagar

PAGE: dict[str, Any] = {
    "items": [
        {"supplierNumber": 1, "name": "Ida Jensen", "lastUpdated": "2024-02-26T06:18:36Z"},
        {"supplierNumber": 2, "name": "Freja Larsen", "email": "freja@example.com", "vip": True},
    ],
    "cursor": "next",
}
# The second contact lacks the required `supplierNumber`: the nullable `items` property then keeps
# the decoded list as it is (the generator's union fallback) instead of failing the page.
PAGE_WITH_BAD_ITEM: dict[str, Any] = {"items": [PAGE["items"][0], {"name": "no number"}], "cursor": "next"}
BILL: dict[str, Any] = {
    "id": "t-1",
    "lojaId": "l-1",
    "fornecedorId": "f-1",
    "documento": "NF-1",
    "valorNominal": 10.0,
    "valorJuros": 0.0,
    "valorMulta": 0.0,
    "valorDevido": 10.0,
    "valorPago": 5.0,
    "dataEmissao": "2024-05-01T10:00:00Z",
    "dataVencimento": "2024-06-01T10:00:00Z",
    "pagamentos": [{"dataHora": "2024-05-02T10:00:00Z", "valor": 5.0}],
}


def _body(document: Any) -> bytes:
    return json.dumps(document).encode()


def test_a_body_parses_to_what_from_dict_builds_and_its_lists_are_consumed() -> None:
    trees: list[Any] = []

    def parse(tree: Any) -> ContactCollection:
        trees.append(tree)
        return ContactCollection.from_dict(tree)

    parsed = economic_types.parse_json_body(parse, _body(PAGE))
    assert parsed == ContactCollection.from_dict(json.loads(_body(PAGE)))
    assert parsed.items[1].additional_properties == {"vip": True}  # type: ignore[index]
    assert trees[0]["items"] == []  # each decoded contact was dropped once parsed


def test_a_fallback_after_a_bad_item_keeps_the_decoded_list() -> None:
    parsed = economic_types.parse_json_body(ContactCollection.from_dict, _body(PAGE_WITH_BAD_ITEM))
    stock = ContactCollection.from_dict(json.loads(_body(PAGE_WITH_BAD_ITEM)))
    kept: Any = parsed.items
    assert kept == stock.items == PAGE_WITH_BAD_ITEM["items"]


def test_a_required_list_with_a_bad_item_raises_what_from_dict_raises() -> None:
    assert TituloPagar.from_dict(copy.deepcopy(BILL)).pagamentos[0].valor == 5.0
    bad = {**BILL, "pagamentos": [*BILL["pagamentos"], {"valor": 1.0}]}  # no `dataHora`
    with pytest.raises(KeyError) as from_dict_error:
        TituloPagar.from_dict(json.loads(_body(bad)))
    with pytest.raises(KeyError) as body_error:
        panamah_types.parse_json_body(TituloPagar.from_dict, _body(bad))
    assert body_error.value.args == from_dict_error.value.args == ("dataHora",)


def test_from_dict_never_changes_the_callers_dict() -> None:
    page = copy.deepcopy(PAGE)
    items = page["items"]
    ContactCollection.from_dict(page)
    assert page == PAGE and page["items"] is items


def test_consuming_ends_with_the_body_even_when_parsing_raises() -> None:
    with pytest.raises(json.JSONDecodeError):
        economic_types.parse_json_body(ContactCollection.from_dict, b"{not json")
    with pytest.raises(KeyError):
        economic_types.parse_json_body(Contact.from_dict, b"{}")
    page = copy.deepcopy(PAGE)
    ContactCollection.from_dict(page)
    assert page == PAGE


def test_another_thread_parsing_meanwhile_leaves_its_input_alone() -> None:
    users_page = copy.deepcopy(PAGE)
    seen: list[ContactCollection] = []

    def parse(tree: Any) -> ContactCollection:
        # Runs inside parse_json_body: a thread started now parses a dict its caller owns.
        worker = threading.Thread(target=lambda: seen.append(ContactCollection.from_dict(users_page)))
        worker.start()
        worker.join(timeout=10)
        return ContactCollection.from_dict(tree)

    economic_types.parse_json_body(parse, _body(PAGE))
    assert len(seen) == 1 and users_page == PAGE


def test_build_list_maps_any_iterable_outside_a_body() -> None:
    items = ["2024-05-01", "2024-05-02"]
    assert economic_types.build_list(len, items) == [10, 10]
    assert items == ["2024-05-01", "2024-05-02"]
    assert economic_types.build_list(str.upper, ("a", "b")) == ["A", "B"]


def test_only_the_lists_directly_under_the_root_are_consumed() -> None:
    """A nested list could be seen raw again through a union's fallback further up: only read."""
    build_list = economic_types.build_list
    seen: dict[str, Any] = {}

    def parse(tree: Any) -> list[str]:
        nested = build_list(str.upper, tree["outer"]["inner"])
        top = build_list(str.upper, tree["top"])
        again = build_list(str.upper, tree["top"])  # already consumed: an empty list, only read
        seen.update(tree=tree, again=again)
        return nested + top

    body = _body({"outer": {"inner": ["a", "b"]}, "top": ["c"]})
    assert economic_types.parse_json_body(parse, body) == ["A", "B", "C"]
    assert seen["tree"] == {"outer": {"inner": ["a", "b"]}, "top": []}
    assert seen["again"] == []
