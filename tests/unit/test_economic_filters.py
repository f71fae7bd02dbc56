"""client_overlays.economic.filters: builder, canonical rendering, parser, values and escapes,
the 200-value limit and its splitting, sorts, spec validation, and agreement with the
e-conomic mock's own evaluator on random data (hypothesis, seeded)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from filter_eval import matcher, matches
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from overlay_metadata import economic_filter_fields

from client_overlays.economic import filters
from client_overlays.economic.filters import (
    NULL,
    And,
    ContactFields,
    Expr,
    FilterError,
    GroupFields,
    Or,
    Predicate,
    SortKey,
    Text,
    field,
)
from speclib import REPO_ROOT, vendor_by_slug
from vendor_mocks.economic.filters import compile_filter, fields_from_schema, parse_filter

VENDOR = vendor_by_slug("economic-suppliers")
SCHEMAS = VENDOR.spec()["components"]["schemas"]
MOCK_CONTACT_FIELDS = fields_from_schema(SCHEMAS["Contact"])
SPECIALS = "$()*,[]"


# Seeded and bounded: the same cases on every run, no example database between runs.
def deterministic(examples: int) -> settings:
    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )


def text(*pieces: str) -> Text:
    return Text(pieces)


# --- builder and canonical rendering -------------------------------------------------------------


@pytest.mark.parametrize(
    ("expr", "rendered"),
    [
        (field("name").eq("Joe"), "name$eq:Joe"),
        (field("name").ne("Joe"), "name$ne:Joe"),
        (field("number").gt(7), "number$gt:7"),
        (field("number").gte(-7), "number$gte:-7"),
        (field("number").lt(0), "number$lt:0"),
        (field("number").lte(10), "number$lte:10"),
        (field("city").like("*port"), "city$like:*port"),
        (field("number").in_([2, 5, 7, 22, 45]), "number$in:[2,5,7,22,45]"),
        (field("number").nin([1, None]), "number$nin:[1,$null:]"),
        (field("email").is_null(), "email$eq:$null:"),
        (field("email").is_not_null(), "email$ne:$null:"),
        (field("email").eq(None), "email$eq:$null:"),
        (field("email").ne(NULL), "email$ne:$null:"),
    ],
)
def test_each_operator_renders_as_the_vendor_writes_it(expr: Expr, rendered: str) -> None:
    assert str(expr) == rendered
    assert filters.parse(rendered) == expr


def test_the_vendors_own_examples_render_with_parentheses_only_where_needed() -> None:
    joe, port, age = field("name").eq("Joe"), field("city").like("*port"), field("age").lt(40)
    assert str(joe & port) == "name$eq:Joe$and:city$like:*port"
    assert str(joe & (port | age)) == "name$eq:Joe$and:(city$like:*port$or:age$lt:40)"
    assert str(joe & port | age) == "name$eq:Joe$and:city$like:*port$or:age$lt:40"  # & binds tighter, as $and:
    assert str(joe | port & age) == "name$eq:Joe$or:city$like:*port$and:age$lt:40"
    assert str((joe | port) & (age | joe)) == "(name$eq:Joe$or:city$like:*port)$and:(age$lt:40$or:name$eq:Joe)"


def test_and_and_or_stay_flat_so_equal_filters_are_equal_trees() -> None:
    a, b, c = field("a").eq(1), field("b").eq(2), field("c").eq(3)
    assert a & (b & c) == (a & b) & c == And((a, b, c))
    assert a | (b | c) == Or((a, b, c))
    assert str(a & (b & c)) == "a$eq:1$and:b$eq:2$and:c$eq:3"
    assert a & b != b & a  # order is kept: it is the order on the wire


def test_values_are_kept_as_wire_text_so_equal_filters_compare_equal() -> None:
    assert field("number").eq(5) == field("number").eq("5") == filters.parse("number$eq:5")
    assert hash(field("number").eq(5)) == hash(filters.parse("number$eq:5"))


def test_combining_with_something_that_is_not_a_filter_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="filter expression"):
        field("a").eq(1) & "b$eq:2"  # type: ignore[operator]


def test_property_names_must_fit_the_grammar() -> None:
    for bad in ("", "first name", "a$b", "x:y"):
        with pytest.raises(FilterError, match="not a property name"):
            field(bad)
    assert field("supplier_Number2").name == "supplier_Number2"


# --- values and escapes -------------------------------------------------------------------------


@pytest.mark.parametrize("char", list(SPECIALS))
def test_every_reserved_character_is_escaped_and_parses_back(char: str) -> None:
    expr = field("name").eq(f"a{char}b")
    assert str(expr) == f"name$eq:a${char}b"
    assert filters.parse(str(expr)) == expr
    listed = field("name").in_([f"a{char}b", "c"])
    assert str(listed) == f"name$in:[a${char}b,c]"
    assert filters.parse(str(listed)) == listed


def test_text_that_looks_like_grammar_is_still_just_text() -> None:
    for value in ("$null:", "x$and:y$eq:1", "a)$or:(b", "[1,2]", "*"):
        expr = field("name").eq(value)
        assert filters.parse(str(expr)) == expr
        predicate = filters.parse(str(expr))
        assert isinstance(predicate, Predicate) and predicate.values == (text(value),)


def test_like_stars_are_wildcards_unless_marked_literal() -> None:
    assert str(field("name").like("*port")) == "name$like:*port"
    assert field("name").like("*port").values == (text("", "port"),)
    assert str(field("name").like("50*", literal=True)) == "name$like:50$*"  # contains "50*"
    assert str(field("name").like(filters.literal("50*"), "*")) == "name$like:50$**"  # starts with "50*"
    assert str(field("name").like("a", filters.literal("*"), "b*")) == "name$like:a$*b*"
    assert str(field("name").eq("50*")) == "name$eq:50$*"  # only like() gives stars a meaning
    with pytest.raises(TypeError, match="needs a pattern"):
        field("name").like()


def test_integers_booleans_and_null() -> None:
    assert str(field("isDeleted").eq(True)) == "isDeleted$eq:true"
    assert str(field("isDeleted").ne(False)) == "isDeleted$ne:false"
    assert str(field("number").in_([1, None, NULL, 3])) == "number$in:[1,$null:,$null:,3]"
    assert filters.parse("number$in:[1,$null:,3]") == field("number").in_([1, None, 3])


def test_dates_and_aware_datetimes_render_in_iso_8601_utc() -> None:
    cet = dt.timezone(dt.timedelta(hours=2))
    assert str(field("lastUpdated").gt(dt.date(2024, 2, 24))) == "lastUpdated$gt:2024-02-24"
    assert str(field("lastUpdated").gte(dt.datetime(2024, 5, 6, 10, 15, tzinfo=dt.UTC))) == (
        "lastUpdated$gte:2024-05-06T10:15:00Z"
    )
    assert str(field("lastUpdated").lt(dt.datetime(2024, 5, 6, 12, 15, tzinfo=cet))) == (
        "lastUpdated$lt:2024-05-06T10:15:00Z"
    )
    assert str(field("lastUpdated").lte(dt.datetime(2024, 5, 6, 10, 15, 0, 4500, tzinfo=dt.UTC))) == (
        "lastUpdated$lte:2024-05-06T10:15:00.004500Z"
    )


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(FilterError, match="no time zone"):
        field("lastUpdated").gt(dt.datetime(2024, 5, 6, 10, 15))


def test_values_of_other_types_are_refused() -> None:
    with pytest.raises(TypeError, match="float"):
        field("number").eq(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="single string"):
        field("name").in_("abc")


@pytest.mark.parametrize("operator", ["gt", "gte", "lt", "lte"])
def test_null_cannot_be_ordered(operator: str) -> None:
    with pytest.raises(FilterError, match="cannot be used with"):
        getattr(field("number"), operator)(None)
    with pytest.raises(FilterError, match="cannot be used with") as raised:
        filters.parse(f"a$eq:1$and:number${operator}:$null:")
    assert raised.value.position == 12


# --- parser ---------------------------------------------------------------------------------------


def test_parsing_follows_the_grammars_precedence() -> None:
    a, b, c = field("a").eq(1), field("b").eq(1), field("c").eq(1)
    assert filters.parse("a$eq:1$or:b$eq:1$and:c$eq:1") == a | (b & c)
    assert filters.parse("(a$eq:1$or:b$eq:1)$and:c$eq:1") == (a | b) & c
    assert filters.parse("((a$eq:1))") == a
    assert filters.parse("a$eq:1$and:(b$eq:1$and:c$eq:1)") == a & b & c


def test_parsing_accepts_what_the_vendor_writes_unescaped() -> None:
    # Outside a list `,` `[` `]` need no escape, and in eq a bare `*` is a star (the mock agrees).
    assert filters.parse("name$eq:Berg, Lise") == field("name").eq("Berg, Lise")
    assert filters.parse("name$eq:[Team]") == field("name").eq("[Team]")
    assert filters.parse("name$eq:a*b") == Predicate("name", "eq", (text("a", "b"),))
    assert str(filters.parse("name$eq:a*b")) == "name$eq:a*b"


@pytest.mark.parametrize(
    ("text_", "position", "fragment"),
    [
        ("", 1, "empty"),
        ("name", 5, "expected '$'"),
        ("name$", 6, "expected an operator"),
        ("name$eq", 8, "expected ':'"),
        ("name$between:1", 6, "unknown operator 'between'"),
        ("$eq:1", 1, "expected a property name"),
        ("name$eq:Joe$and:", 17, "expected a property name"),
        ("(name$eq:1", 11, "expected ')'"),
        ("name$eq:1)", 10, "unexpected ')'"),
        ("name$eq:a(b", 10, "unescaped '('"),
        ("name$eq:a$b", 10, "unknown escape sequence"),
        ("name$eq:a$null:", 10, "$null: must be the whole value"),
        ("name$eq:$null:x", 9, "$null: must be the whole value"),
        ("number$in:1", 11, "expected '['"),
        ("number$in:[1,2", 15, "expected ',' or ']'"),
        ("number$in:[1[2]", 13, "unescaped '['"),
        ("number$in:[1)]", 13, "unescaped ')'"),
        ("name$like:$null:", 1, "cannot be used with $like:"),
    ],
)
def test_syntax_errors_point_at_the_position_with_a_caret(text_: str, position: int, fragment: str) -> None:
    with pytest.raises(FilterError) as raised:
        filters.parse(text_)
    error = raised.value
    assert isinstance(error, ValueError)
    assert error.position == position and error.text == text_
    assert fragment in error.message
    shown, caret = str(error).splitlines()[1:]
    assert shown == f"  {text_}" and caret == "  " + " " * (position - 1) + "^"


def test_the_caret_stays_under_its_character_in_a_long_filter() -> None:
    long = "number$in:[" + ",".join(str(n) for n in range(150)) + "]$and:name$eq:x("
    with pytest.raises(FilterError) as raised:
        filters.parse(long)
    shown, caret = str(raised.value).splitlines()[1:]
    assert shown.startswith("  ...") and len(shown) < 100
    assert shown[caret.index("^")] == "("


def test_nesting_is_bounded() -> None:
    with pytest.raises(FilterError, match="nested deeper"):
        filters.parse("(" * 150 + "a$eq:1" + ")" * 150)
    assert filters.parse("(" * 50 + "a$eq:1" + ")" * 50) == field("a").eq(1)


# --- the 200-value limit and splitting ---------------------------------------------------------


def test_more_than_200_values_is_an_error_naming_the_limit() -> None:
    assert len(field("number").in_(range(200)).values) == 200
    with pytest.raises(FilterError, match="at most 200") as raised:
        field("number").in_(range(201))
    assert "split_in" in str(raised.value)
    with pytest.raises(FilterError, match="at most 200"):
        ContactFields.number.nin(range(201))
    with pytest.raises(FilterError, match="at most 200") as parsed:
        filters.parse("number$in:[" + ",".join(str(n) for n in range(201)) + "]")
    # At the 201st value, just after the 200th comma.
    assert parsed.value.position == len("number$in:[" + ",".join(str(n) for n in range(200)) + ",") + 1
    with pytest.raises(FilterError, match="at least one"):
        field("number").in_([])


def test_split_in_makes_runs_of_at_most_200_distinct_values() -> None:
    values = [*range(450), 3, 7]  # repeats are sent once
    parts = filters.split_in(ContactFields.number, values)
    assert [len(part.values) for part in parts if isinstance(part, Predicate)] == [200, 200, 50]
    assert parts[0] == ContactFields.number.in_(range(200))
    assert parts[2] == ContactFields.number.in_(range(400, 450))
    small = filters.split_in(field("number"), [1, 2, 3, None], size=3)
    assert [str(part) for part in small] == ["number$in:[1,2,3]", "number$in:[$null:]"]


def test_split_in_ands_the_extra_condition_to_every_part() -> None:
    alive = ContactFields.isDeleted.eq(False)
    parts = filters.split_in(ContactFields.supplierNumber, range(250), where=alive)
    assert parts == [
        alive & ContactFields.supplierNumber.in_(range(200)),
        alive & ContactFields.supplierNumber.in_(range(200, 250)),
    ]


def test_split_in_refuses_sizes_beyond_the_limit_and_empty_values() -> None:
    for size in (0, 201):
        with pytest.raises(FilterError, match="between 1 and 200"):
            filters.split_in(field("number"), [1], size=size)
    with pytest.raises(FilterError, match="at least one"):
        filters.split_in(field("number"), [])


def test_collect_in_queries_each_part_and_merges_by_number() -> None:
    seen: list[str] = []

    def query(text: str) -> list[dict[str, Any]]:
        seen.append(text)
        # Every answer repeats contact 0, as overlapping queries (or a concurrent write) would.
        wanted = filters.parse(text)
        assert isinstance(wanted, Predicate)
        return [{"number": 0}] + [{"number": int(v.literal)} for v in wanted.values if isinstance(v, Text)]

    merged = filters.collect_in(query, field("number"), range(1, 451))
    assert len(seen) == 3
    assert [item["number"] for item in merged] == [0, *range(1, 451)]


def test_collect_in_keys_generated_models_by_number_and_accepts_a_key() -> None:
    from economic_suppliers_client.models import Contact

    def query(text: str) -> list[Contact]:
        return [Contact(name="A", supplier_number=1, number=1), Contact(name="A", supplier_number=1, number=1)]

    assert len(filters.collect_in(query, field("number"), [1])) == 1
    by_name = filters.collect_in(query, field("number"), [1], key=lambda contact: contact.name)
    assert len(by_name) == 1
    with pytest.raises(TypeError, match="no 'number'"):
        filters.collect_in(lambda text: [Contact(name="A", supplier_number=1)], field("number"), [1])


# --- sorts -----------------------------------------------------------------------------------------


def test_sort_renders_keys_in_order_with_direction_and_alphabetic_prefixes() -> None:
    assert filters.sort(ContactFields.number.desc(), ContactFields.supplierNumber.asc()) == "-number,supplierNumber"
    assert filters.sort(GroupFields.accountNumber.alphabetic()) == "~accountNumber"
    assert filters.sort(field("number").alphabetic(descending=True), model="Contact") == "-~number"
    assert str(SortKey("number", descending=True)) == "-number"


def test_sort_checks_sortable_properties_for_untyped_keys() -> None:
    with pytest.raises(FilterError, match=r"Contact\.name cannot be sorted on; sortable: number, supplierNumber"):
        filters.sort(field("number").asc(), field("name").asc(), model="Contact")
    assert filters.sort(field("NUMBER").desc(), model="Contact") == "-NUMBER"  # names bind case-insensitively


def test_sort_refuses_no_keys_repeated_keys_and_strings() -> None:
    with pytest.raises(FilterError, match="at least one key"):
        filters.sort()
    with pytest.raises(FilterError, match="more than once"):
        filters.sort(field("number").asc(), field("number").desc())
    with pytest.raises(TypeError, match="sort keys"):
        filters.sort("-number")  # type: ignore[arg-type]


# --- validation against the spec -------------------------------------------------------------


def test_validate_names_the_filterable_properties_and_their_operators() -> None:
    with pytest.raises(FilterError) as raised:
        filters.validate(field("notes").eq("x"), model="Contact")
    message = str(raised.value)
    assert message.startswith("Contact.notes cannot be filtered; filterable: email (eq, ne, lt, lte, gt, gte, in, nin")
    assert "isDeleted (eq, ne, lt, lte, gt, gte)" in message and "name (" in message
    assert "phone" not in message and raised.value.property == "notes"


def test_validate_names_the_allowed_operators() -> None:
    with pytest.raises(FilterError, match=r"\$like: is not allowed on Contact\.isDeleted \(allowed: eq, ne, lt"):
        filters.validate(field("isDeleted").like("x"), model="Contact")
    with pytest.raises(FilterError, match=r"\$in: is not allowed on Contact\.lastUpdated"):
        filters.validate("name$eq:x$or:lastUpdated$in:[2024-01-01]", model="Contact")


@pytest.mark.parametrize(
    "bad",
    ["number$eq:abc", "number$in:[1,x]", "isDeleted$eq:yes", "lastUpdated$gt:yesterday", "number$eq:1*2"],
)
def test_validate_reads_values_as_the_propertys_type(bad: str) -> None:
    with pytest.raises(FilterError, match="is not a valid"):
        filters.validate(bad, model="Contact")


def test_validate_accepts_good_filters_case_insensitive_names_and_unknown_models_fail() -> None:
    good = ContactFields.name.like("*port") & ContactFields.lastUpdated.gt(dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    assert filters.validate(good, model="Contact") is good
    assert filters.validate("NUMBER$eq:1$or:accountnumber$in:[1,$null:]", model="Group") == filters.parse(
        "NUMBER$eq:1$or:accountnumber$in:[1,$null:]"
    )
    with pytest.raises(FilterError, match="unknown model 'Supplier'"):
        filters.validate(field("number").eq(1), model="Supplier")


# --- generated field types and tables --------------------------------------------------------


def test_the_generated_file_is_what_the_generator_writes_from_the_spec() -> None:
    [(path, content)] = economic_filter_fields(VENDOR).items()
    assert (REPO_ROOT / path).read_text(encoding="utf-8") == content, "run scripts/generate.py economic-suppliers"


def test_the_runtime_tables_restate_the_spec() -> None:
    for model in ("Contact", "Group"):
        properties = SCHEMAS[model]["properties"]
        declared = {
            name: tuple(op.strip() for op in prop["x-filterable"].split(","))
            for name, prop in properties.items()
            if prop["x-filterable"] != "not filterable"
        }
        assert dict(filters.FILTERABLE[model]) == declared
        assert set(filters.SORTABLE[model]) == {name for name, prop in properties.items() if prop["x-sortable"]}
    assert set(filters.FILTERABLE) == {"Contact", "Group"}


def test_typed_fields_offer_only_the_operators_the_spec_allows() -> None:
    assert not hasattr(ContactFields, "notes") and not hasattr(ContactFields, "phone")
    assert not hasattr(ContactFields.isDeleted, "like") and not hasattr(ContactFields.isDeleted, "in_")
    assert not hasattr(ContactFields.name, "desc")  # name is not x-sortable
    for model, fields_class in (("Contact", ContactFields), ("Group", GroupFields)):
        for name, operators in filters.FILTERABLE[model].items():
            typed = getattr(fields_class, name)
            methods = {op: f"{op}_" if op == "in" else op for op in filters.OPERATORS}
            assert {op for op, method in methods.items() if hasattr(typed, method)} == set(operators)
            assert hasattr(typed, "asc") == (name in filters.SORTABLE[model])
    assert str(ContactFields.number.in_([1, None])) == "number$in:[1,$null:]"
    assert repr(ContactFields.number) == "<EqNeGtGteLtLteInNinSortableField 'number'>"


# --- matches(): Python evaluation ---------------------------------------------------------------

RECORDS: list[dict[str, Any]] = [
    {
        "number": 1,
        "supplierNumber": 10,
        "name": "Mette Jensen",
        "email": "m@a.dk",
        "lastUpdated": "2024-02-24T10:00:00Z",
    },
    {"number": 2, "supplierNumber": 10, "name": "Kaffe & Co (DK)", "lastUpdated": "2024-03-01T00:00:00Z"},
    {"number": 3, "supplierNumber": 11, "name": "Star*Line", "isDeleted": True, "lastUpdated": "2023-12-31T23:59:59Z"},
    {"number": 4, "supplierNumber": 12, "name": "Berg, Lise", "email": "l@b.dk", "lastUpdated": "2024-02-24T00:00:00Z"},
]


@pytest.mark.parametrize(
    ("expr", "numbers"),
    [
        (ContactFields.name.eq("METTE JENSEN"), [1]),
        (ContactFields.name.like("jens"), [1]),
        (ContactFields.name.like("*(dk)"), [2]),
        (ContactFields.name.like("star*"), [3]),
        (ContactFields.name.like(filters.literal("Star*"), "*"), [3]),
        (ContactFields.name.like("*", filters.literal("*"), "*"), [3]),
        (ContactFields.email.is_null(), [2, 3]),
        (ContactFields.email.in_(["L@B.DK", None]), [2, 3, 4]),
        (ContactFields.isDeleted.eq(False), [1, 2, 4]),
        (ContactFields.lastUpdated.gte(dt.datetime(2024, 2, 24, tzinfo=dt.UTC)), [1, 2, 4]),
        (field("lastUpdated").gt(dt.date(2024, 2, 24)), [1, 2]),
        (ContactFields.supplierNumber.nin([10]) & ContactFields.number.lt(4) | ContactFields.number.eq(1), [3, 1]),
    ],
)
def test_matches_evaluates_like_the_server(expr: Expr, numbers: list[int]) -> None:
    keep = matcher(expr, model="Contact")
    assert sorted(r["number"] for r in RECORDS if keep(r)) == sorted(numbers)
    assert [r["number"] for r in RECORDS if matches(str(expr), r, model="Contact")] == sorted(numbers)


def test_matches_reads_generated_models_and_validates() -> None:
    from economic_suppliers_client.models import Contact

    contact = Contact(name="Kaffe & Co (DK)", supplier_number=10, number=2)
    assert matches(ContactFields.name.like("kaffe"), contact, model="Contact")
    with pytest.raises(FilterError, match="cannot be filtered"):
        matches(field("phone").eq("1"), contact, model="Contact")


# --- properties (hypothesis) ------------------------------------------------------------------

NAMES = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,7}", fullmatch=True)
# Text heavy in the characters the grammar reserves, plus anything else.
TEXT = st.text(alphabet=st.sampled_from(SPECIALS + ":aZ $n\u00df\u00e9\n") | st.characters(), max_size=10)
VALUES = st.builds(lambda pieces: Text(tuple(pieces)), st.lists(TEXT, min_size=1, max_size=3)) | st.just(NULL)


@st.composite
def predicates(draw: st.DrawFn) -> Predicate:
    operator = draw(st.sampled_from(filters.OPERATORS))
    if operator in ("in", "nin"):
        values = tuple(draw(st.lists(VALUES, min_size=1, max_size=4)))
    elif operator in ("eq", "ne"):
        values = (draw(VALUES),)
    else:
        values = (draw(VALUES.filter(lambda value: value is not NULL)),)
    return Predicate(draw(NAMES), operator, values)


def _combine(children: st.SearchStrategy[Expr]) -> st.SearchStrategy[Expr]:
    operands = st.lists(children, min_size=2, max_size=3)
    return st.builds(lambda parts: And(tuple(parts)), operands) | st.builds(lambda parts: Or(tuple(parts)), operands)


TREES: st.SearchStrategy[Expr] = st.recursive(predicates(), _combine, max_leaves=8)


@deterministic(300)
@given(TREES)
def test_every_tree_parses_back_from_its_rendering(tree: Expr) -> None:
    rendered = str(tree)
    assert filters.parse(rendered) == tree
    parse_filter(rendered)  # the mock reads the same text without complaint


@deterministic(300)
@given(st.text(max_size=30), st.sampled_from(["eq", "in", "like"]))
def test_any_string_survives_escaping(value: str, operator: str) -> None:
    name = ContactFields.name
    expr = (
        name.eq(value)
        if operator == "eq"
        else name.in_([value, "x"])
        if operator == "in"
        else name.like(value, literal=True)
    )
    parsed = filters.parse(str(expr))
    assert parsed == expr
    assert isinstance(parsed, Predicate) and isinstance(parsed.values[0], Text)
    assert parsed.values[0].literal == value


# Random contacts and random allowed filters over them: the mock's evaluator (which parses the
# text itself) and matches() must keep the same records.
WORDS = st.sampled_from(
    ["Mette", "mette", "Kaffe & Co (DK)", "Star*Line", "Berg, Lise", "Dollar$", "[Team]", "ß", "SS", ""]
)
NAME_TEXT = WORDS | st.text(alphabet=st.sampled_from(SPECIALS + "aAbB s\u00df"), max_size=6)
MOMENTS = st.datetimes(
    min_value=dt.datetime(2023, 12, 30), max_value=dt.datetime(2024, 1, 3), timezones=st.just(dt.UTC)
).map(lambda moment: moment.replace(microsecond=0))
SMALL = st.integers(min_value=-2, max_value=12)


@st.composite
def contacts(draw: st.DrawFn) -> dict[str, Any]:
    record: dict[str, Any] = {
        "number": draw(SMALL),
        "supplierNumber": draw(SMALL),
        "userInterfaceNumber": draw(SMALL),
        "name": draw(NAME_TEXT),
    }
    for key, strategy in (
        ("email", NAME_TEXT),
        ("lastUpdated", MOMENTS.map(lambda m: m.strftime("%Y-%m-%dT%H:%M:%SZ"))),
        ("isDeleted", st.just(True)),
    ):
        if draw(st.booleans()):
            record[key] = draw(strategy)
    return record


def _typed_values(name: str) -> st.SearchStrategy[Any]:
    kind = filters.KINDS["Contact"][name]
    if kind == "integer":
        return SMALL
    if kind == "boolean":
        return st.booleans()
    if kind == "date-time":
        return MOMENTS | MOMENTS.map(lambda moment: moment.date())
    return NAME_TEXT


@st.composite
def contact_predicates(draw: st.DrawFn) -> Predicate:
    name, operators = draw(st.sampled_from(sorted(filters.FILTERABLE["Contact"].items())))
    operator = draw(st.sampled_from(operators))
    built = field(name)
    values = _typed_values(name)
    if operator in ("in", "nin"):
        listed = draw(st.lists(values | st.none(), min_size=1, max_size=4))
        return built.in_(listed) if operator == "in" else built.nin(listed)
    if operator == "like":
        pieces = draw(st.lists(NAME_TEXT, min_size=1, max_size=3))
        return built.like(*(filters.literal(piece) for piece in pieces[:1]), *("*" + piece for piece in pieces[1:]))
    if operator in ("eq", "ne") and draw(st.integers(0, 5)) == 0:
        return built.is_null() if operator == "eq" else built.is_not_null()
    result: Predicate = getattr(built, operator)(draw(values))
    return result


CONTACT_TREES: st.SearchStrategy[Expr] = st.recursive(contact_predicates(), _combine, max_leaves=6)


@deterministic(300)
@given(CONTACT_TREES, st.lists(contacts(), min_size=3, max_size=12))
def test_the_mock_and_matches_keep_the_same_records(tree: Expr, records: list[dict[str, Any]]) -> None:
    by_mock = compile_filter(parse_filter(str(tree)), MOCK_CONTACT_FIELDS)
    by_python = matcher(tree, model="Contact")
    assert [by_mock(record) for record in records] == [by_python(record) for record in records]
