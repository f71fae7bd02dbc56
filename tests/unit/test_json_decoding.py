"""Every generated client decodes JSON bodies with `types.json_loads`: orjson where it is installed
(the overlay's `speedups` extra), the standard library otherwise, with the same values and the same
errors either way."""

from __future__ import annotations

import importlib
import json
import math
from types import ModuleType
from typing import Any

import orjson
import pytest

from specs_fixtures import VENDORS
from unit.test_spec_examples import _iter_examples

# Bodies orjson refuses but the standard library (and so `httpx.Response.json()`) accepts.
ORJSON_REFUSES = {
    "integer beyond 64 bits": b'{"n": 123456789012345678901234567890}',
    "NaN": b'{"n": NaN}',
    "byte-order mark": "\ufeff".encode() + b'{"a": 1}',
    "UTF-16": '{"name": "Ærø"}'.encode("utf-16"),
}


def _types(package: str) -> ModuleType:
    return importlib.import_module(f"{package}.types")


def _equal(left: Any, right: Any) -> bool:
    if isinstance(left, float) and math.isnan(left):
        return isinstance(right, float) and math.isnan(right)
    if isinstance(left, dict):
        return isinstance(right, dict) and list(left) == list(right) and all(_equal(left[k], right[k]) for k in left)
    if isinstance(left, list):
        return isinstance(right, list) and len(left) == len(right) and all(map(_equal, left, right))
    return type(left) is type(right) and left == right


@pytest.fixture(params=["orjson", "standard library"])
def json_loads(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Any:
    types = _types(VENDORS[0].package_name)
    if request.param == "standard library":
        monkeypatch.setattr(types, "_FAST_LOADS", None)
    return types.json_loads


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.slug)
def test_every_client_uses_orjson_when_it_is_installed(vendor: Any) -> None:
    assert _types(vendor.package_name)._FAST_LOADS is orjson.loads


def test_every_example_decodes_as_the_standard_library_does(json_loads: Any) -> None:
    count = 0
    for vendor in VENDORS:
        for _where, _pointer, example in _iter_examples(vendor.spec()):
            body = json.dumps(example, ensure_ascii=False).encode()
            assert _equal(json_loads(body), json.loads(body))
            count += 1
    assert count > 100


@pytest.mark.parametrize("body", list(ORJSON_REFUSES.values()), ids=list(ORJSON_REFUSES))
def test_bodies_orjson_refuses_decode_as_the_standard_library_does(json_loads: Any, body: bytes) -> None:
    assert _equal(json_loads(body), json.loads(body))


@pytest.mark.parametrize("body", [b"", b"{", b'{"a": 1} trailing', b"\xff\xfe\xfd"])
def test_invalid_bodies_raise_the_standard_library_error(json_loads: Any, body: bytes) -> None:
    with pytest.raises(ValueError) as raised:
        json.loads(body)
    with pytest.raises(type(raised.value)):
        json_loads(body)


def test_the_standard_library_decodes_when_orjson_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, "orjson", None)  # `import orjson` now fails
    types = _types(VENDORS[0].package_name)
    assert types._fast_loads() is None
