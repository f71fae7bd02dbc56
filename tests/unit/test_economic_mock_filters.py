"""The e-conomic mock's filter and sort grammars: parser, evaluator and the spec-driven rules."""

from __future__ import annotations

from typing import Any

import pytest

from speclib import vendor_by_slug
from vendor_mocks.economic.filters import (
    And,
    FilterError,
    FilterField,
    Or,
    Predicate,
    Text,
    compile_filter,
    fields_from_schema,
    parse_filter,
)
from vendor_mocks.economic.sorting import parse_sort, sort_records, sortable_fields

SCHEMAS = vendor_by_slug("economic-suppliers").spec()["components"]["schemas"]
CONTACT_FIELDS = fields_from_schema(SCHEMAS["Contact"])
RECORDS: list[dict[str, Any]] = [
    {
        "number": 1,
        "supplierNumber": 10,
        "name": "Mette Jensen",
        "email": "mette@a.dk",
        "lastUpdated": "2024-02-24T10:00:00Z",
    },
    {"number": 2, "supplierNumber": 10, "name": "Kaffe & Co (DK)", "lastUpdated": "2024-03-01T00:00:00Z"},
    {"number": 3, "supplierNumber": 11, "name": "Star*Line", "isDeleted": True, "lastUpdated": "2023-12-31T23:59:59Z"},
    {
        "number": 4,
        "supplierNumber": 12,
        "name": "Berg, Lise",
        "email": "lise@b.dk",
        "lastUpdated": "2024-02-24T00:00:00Z",
    },
    {"number": 5, "supplierNumber": 12, "name": "Dollar$ [Team]", "email": "", "lastUpdated": "2025-01-01T00:00:00Z"},
]


def matching(text: str) -> list[int]:
    matches = compile_filter(parse_filter(text), CONTACT_FIELDS)
    return [record["number"] for record in RECORDS if matches(record)]


# --- parsing -----------------------------------------------------------------------------------


def test_a_predicate_parses_to_property_operator_and_value() -> None:
    assert parse_filter("name$eq:Joe") == Predicate("name", "eq", (Text(("Joe",), 9),), 1)


def _shape(node: object) -> object:
    """`a`, `("and", ...)`, `("or", ...)`: a tree's structure with the predicates' properties."""
    if isinstance(node, Predicate):
        return node.property
    assert isinstance(node, And | Or)
    return ("and" if isinstance(node, And) else "or", *(_shape(operand) for operand in node.operands))


def test_and_binds_tighter_than_or_and_parentheses_override_it() -> None:
    assert _shape(parse_filter("a$eq:1$or:b$eq:1$and:c$eq:1")) == ("or", "a", ("and", "b", "c"))
    assert _shape(parse_filter("a$eq:1$and:b$eq:1$or:c$eq:1")) == ("or", ("and", "a", "b"), "c")
    assert _shape(parse_filter("(a$eq:1$or:b$eq:1)$and:c$eq:1")) == ("and", ("or", "a", "b"), "c")
    assert _shape(parse_filter("a$eq:1$and:(b$eq:1$or:(c$eq:1))")) == ("and", "a", ("or", "b", "c"))


@pytest.mark.parametrize(
    ("written", "meant"),
    [("$$", "$"), ("$(", "("), ("$)", ")"), ("$*", "*"), ("$,", ","), ("$[", "["), ("$]", "]")],
)
def test_every_escape_sequence_stands_for_its_character(written: str, meant: str) -> None:
    parsed = parse_filter(f"name$eq:a{written}b")
    assert isinstance(parsed, Predicate) and parsed.values[0] is not None
    assert parsed.values[0].literal == f"a{meant}b"


def test_an_unescaped_star_is_a_wildcard_an_escaped_one_is_not() -> None:
    parsed = parse_filter("name$like:a*b$*c")
    assert isinstance(parsed, Predicate) and parsed.values == (Text(("a", "b*c"), 11),)


def test_lists_hold_values_and_null() -> None:
    parsed = parse_filter("number$in:[1,$null:,a$,b]")
    assert isinstance(parsed, Predicate)
    assert parsed.values == (Text(("1",), 12), None, Text(("a,b",), 21))


@pytest.mark.parametrize(
    ("text", "position", "fragment"),
    [
        ("", 1, "empty"),
        ("name", 5, "expected '$'"),
        ("name$", 6, "expected an operator"),
        ("name$eq", 8, "expected ':'"),
        ("name$between:1", 6, "unknown operator 'between'"),
        ("$eq:1", 1, "expected a property name"),
        ("name$eq:1$and:", 15, "expected a property name"),
        ("(name$eq:1", 11, "expected ')'"),
        ("name$eq:1)", 10, "unexpected ')'"),
        ("name$eq:a(b", 10, "unescaped '('"),
        ("name$eq:a$b", 10, "unknown escape sequence"),
        ("name$eq:a$null:", 10, "$null: must be the whole value"),
        ("name$eq:$null:x", 9, "$null: must be the whole value"),
        ("number$in:1", 11, "expected '['"),
        ("number$in:[1,2", 15, "expected ',' or ']'"),
        ("number$in:[1[2]", 13, "unescaped '['"),
    ],
)
def test_syntax_errors_name_the_1_based_position(text: str, position: int, fragment: str) -> None:
    with pytest.raises(FilterError) as raised:
        parse_filter(text)
    assert raised.value.position == position
    assert raised.value.message.startswith(f"Invalid filter at position {position}: ")
    assert fragment in raised.value.message


# --- evaluation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("number$eq:2", [2]),
        ("number$ne:2", [1, 3, 4, 5]),
        ("number$gt:3", [4, 5]),
        ("number$gte:3", [3, 4, 5]),
        ("number$lt:2", [1]),
        ("number$lte:2", [1, 2]),
        ("supplierNumber$in:[10,12]", [1, 2, 4, 5]),
        ("supplierNumber$nin:[10,12]", [3]),
        ("name$eq:METTE JENSEN", [1]),  # strings compare case-insensitively
        ("name$gt:l", [1, 3]),
        ("name$like:jens", [1]),  # no wildcard: contains
        ("name$like:*co $(dk$)", [2]),
        ("name$like:k*", [2]),
        ("name$like:star$*line", [3]),
        ("name$like:$[team$]", [5]),
        ("name$like:$$", [5]),
        ("name$eq:berg$, lise", [4]),
        ("name$in:[berg$, lise,star*line]", [3, 4]),  # a star in a list is just a character
        ("email$eq:$null:", [2, 3]),
        ("email$ne:$null:", [1, 4, 5]),
        ("email$eq:", [5]),
        ("email$in:[$null:,lise@b.dk]", [2, 3, 4]),
        ("email$nin:[$null:]", [1, 4, 5]),
        ("email$like:dk", [1, 4]),
        ("isDeleted$eq:true", [3]),
        ("isDeleted$eq:FALSE", [1, 2, 4, 5]),  # absent means false
        ("lastUpdated$gt:2024-02-24", [1, 2, 5]),  # a date is midnight UTC
        ("lastUpdated$lt:2024-02-24T10:00:00+01:00", [3, 4]),
        ("number$lt:3$or:number$gt:4$and:supplierNumber$eq:12", [1, 2, 5]),
        ("(number$lt:3$or:number$gt:4)$and:supplierNumber$eq:12", [5]),
        ("NUMBER$eq:1", [1]),  # property names bind case-insensitively
    ],
)
def test_evaluation(text: str, numbers: list[int]) -> None:
    assert matching(text) == numbers


@pytest.mark.parametrize(
    ("text", "property", "fragment"),
    [
        ("notes$eq:x", "notes", "not filterable"),
        ("objectVersion$eq:x", "objectVersion", "not filterable"),
        ("city$eq:Oslo", "city", "does not exist or is not filterable"),
        ("number$like:1", "number", "(allowed: eq, ne, lt, lte, gt, gte, in, nin)"),
        ("lastUpdated$in:[2024-01-01]", "lastUpdated", "(allowed: eq, ne, lt, lte, gt, gte)"),
        ("number$eq:one", "number", "not a valid integer"),
        ("number$eq:1.5", "number", "not a valid integer"),
        ("isDeleted$eq:yes", "isDeleted", "not a valid boolean"),
        ("lastUpdated$gt:yesterday", "lastUpdated", "not a valid date-time"),
        ("number$gt:$null:", "number", "$null: cannot be compared"),
        ("name$like:$null:", "name", "$null: cannot be used with $like:"),
    ],
)
def test_disallowed_uses_name_the_property(text: str, property: str, fragment: str) -> None:
    with pytest.raises(FilterError) as raised:
        compile_filter(parse_filter(text), CONTACT_FIELDS)
    assert raised.value.property == property
    assert fragment in raised.value.message


def test_in_lists_are_limited_to_200_values() -> None:
    values = ",".join(str(n) for n in range(200))
    compile_filter(parse_filter(f"number$in:[{values}]"), CONTACT_FIELDS)
    with pytest.raises(FilterError, match=r"has 201 values; at most 200"):
        compile_filter(parse_filter(f"number$nin:[{values},200]"), CONTACT_FIELDS)
    with pytest.raises(FilterError, match=r"has 3 values; at most 2"):
        compile_filter(parse_filter("number$in:[1,2,3]"), CONTACT_FIELDS, max_list_values=2)


def test_fields_come_from_the_schemas_x_filterable() -> None:
    assert CONTACT_FIELDS["name"] == FilterField(
        "name", "string", ("eq", "ne", "lt", "lte", "gt", "gte", "in", "nin", "like")
    )
    assert CONTACT_FIELDS["notes"].operators == ()
    assert CONTACT_FIELDS["lastupdated"].kind == "date-time"
    assert CONTACT_FIELDS["isdeleted"].kind == "boolean"
    assert fields_from_schema(SCHEMAS["Group"])["accountnumber"].kind == "integer"


# --- sorting -----------------------------------------------------------------------------------


def test_sort_keys_directions_and_alphabetic_order() -> None:
    fields = sortable_fields(SCHEMAS["Contact"])
    assert set(fields) == {"number", "suppliernumber"}
    keys = parse_sort("-supplierNumber,number", fields)
    assert [(k.name, k.descending, k.alphabetic) for k in keys] == [
        ("supplierNumber", True, False),
        ("number", False, False),
    ]
    assert [r["number"] for r in sort_records(RECORDS, keys)] == [4, 5, 3, 1, 2]
    numbers = [{"number": n} for n in (2, 30, 1000, 4)]
    assert [r["number"] for r in sort_records(numbers, parse_sort("~number", fields))] == [1000, 2, 30, 4]
    assert [r["number"] for r in sort_records(numbers, parse_sort("-~number", fields))] == [4, 30, 2, 1000]


@pytest.mark.parametrize(
    ("text", "property"), [("name", "name"), ("number,", "Sort"), ("-", "Sort"), ("~~number", "~number")]
)
def test_sort_refuses_what_is_not_sortable(text: str, property: str) -> None:
    with pytest.raises(FilterError) as raised:
        parse_sort(text, sortable_fields(SCHEMAS["Contact"]))
    assert raised.value.property == property
    assert "sortable: number, supplierNumber" in raised.value.message
