"""`types.collector_paused`: the cyclic garbage collector is off while a response body is decoded
and its models built (`parse_json_body`), and afterwards exactly as it was before: back on after
the last of any nested or concurrent parses ends, also when parsing raises, and left off when it
was off."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from economic_suppliers_client import types
from economic_suppliers_client.models import Contact

BODY = b'{"supplierNumber": 1, "name": "Ida Jensen"}'


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was_enabled else gc.disable)()


def _parse_noting_collector(seen: list[bool]) -> Any:
    def parse(tree: Any) -> Contact:
        seen.append(gc.isenabled())
        return Contact.from_dict(tree)

    return parse


def test_off_while_parsing_and_back_on_after() -> None:
    seen: list[bool] = []
    assert types.parse_json_body(_parse_noting_collector(seen), BODY).name == "Ida Jensen"
    assert seen == [False]
    assert gc.isenabled()


def test_back_on_when_parsing_raises() -> None:
    with pytest.raises(KeyError):
        types.parse_json_body(Contact.from_dict, b'{"name": "no number"}')
    with pytest.raises(ValueError):
        types.parse_json_body(Contact.from_dict, b"{not json")
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    types.parse_json_body(Contact.from_dict, BODY)
    assert not gc.isenabled()


def test_a_nested_parse_does_not_turn_it_back_on_early() -> None:
    seen: list[bool] = []

    def outer(tree: Any) -> Contact:
        types.parse_json_body(Contact.from_dict, BODY)
        seen.append(gc.isenabled())
        return Contact.from_dict(tree)

    types.parse_json_body(outer, BODY)
    assert seen == [False]
    assert gc.isenabled()


def test_a_parse_in_another_thread_ending_first_leaves_it_off_until_the_last_ends() -> None:
    inside, finish = threading.Event(), threading.Event()
    seen: list[bool] = []

    def slow(tree: Any) -> Contact:
        inside.set()
        assert finish.wait(timeout=10)
        seen.append(gc.isenabled())
        return Contact.from_dict(tree)

    worker = threading.Thread(target=types.parse_json_body, args=(slow, BODY))
    worker.start()
    assert inside.wait(timeout=10)
    types.parse_json_body(Contact.from_dict, BODY)  # starts after the worker's, ends before it
    assert not gc.isenabled()
    finish.set()
    worker.join(timeout=10)
    assert seen == [False]
    assert gc.isenabled()
