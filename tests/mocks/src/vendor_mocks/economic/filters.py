"""e-conomic filter expressions: a parser and an evaluator for the whole documented grammar.

A filter is `<property>$<operator>:<value>`, with operators `eq ne gt gte lt lte like in nin`.
Predicates are joined by `$and:` / `$or:` and grouped with parentheses; `$and:` binds tighter
than `$or:` (as in boolean algebra: the vendor's own example,
`name$eq:Joe$and:(city$like:*port$or:age$lt:40)`, needs its parentheses exactly because of
that). `$in:` / `$nin:` take `[v1,v2,...]` (at most 200 values, `$null:` allowed as an item).
`$null:` as a whole value means "no value". Inside values, `$$ $( $) $* $, $[ $]` stand for
the literal character; an unescaped `*` is a wildcard of `$like:`, and a `$like:` value without
any wildcard means "contains". String comparisons are case-insensitive; other values compare
as the property's type (integers, date-times, booleans).

Which properties and operators are allowed comes from the schema (`x-filterable`), never
from this module: `FilterField.from_schema` reads it, and `compile_filter` refuses anything
else with a `FilterError` naming the property and the allowed operators. Positions in
syntax errors are 1-based character positions in the filter string.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._core.specs import load_spec

__all__ = [
    "MAX_DEPTH",
    "MAX_LIST_VALUES",
    "OPERATORS",
    "And",
    "FilterError",
    "FilterField",
    "Node",
    "Or",
    "Predicate",
    "Text",
    "compile_filter",
    "fields_from_schema",
    "parse_filter",
    "schema_kind",
]

OPERATORS = ("eq", "ne", "gt", "gte", "lt", "lte", "like", "in", "nin")
LIST_OPERATORS = frozenset({"in", "nin"})
ORDERING_OPERATORS = frozenset({"gt", "gte", "lt", "lte"})
MAX_LIST_VALUES = 200  # "The max supported length of an array using the $in: or $nin: operator is 200."
NOT_FILTERABLE = "not filterable"


def _depth_limit() -> int:
    """How deeply parentheses may nest (400 past it, as a front end guarding its parser would):
    the spec's `x-max-nesting-depth` on its `Filter` parameters, this project's limit, which the
    client's filter builder and parser read from the same spec."""
    parameters = load_spec("economic-suppliers")["components"]["parameters"].values()
    limits = {p.get("x-max-nesting-depth") for p in parameters if p.get("name") == "Filter"}
    if len(limits) != 1 or not isinstance(next(iter(limits)), int):
        raise ValueError(f"the spec's Filter parameters need one integer x-max-nesting-depth, found {limits}")
    return int(next(iter(limits)))


MAX_DEPTH = _depth_limit()

# `$x` -> literal x inside a value. `*` is kept apart: escaped it is a literal star, bare it is a wildcard.
_ESCAPES = {"$": "$", "(": "(", ")": ")", ",": ",", "[": "[", "]": "]"}
_NULL = "$null:"
_AND = "$and:"
_OR = "$or:"
_PROPERTY_CHARS = re.compile(r"[A-Za-z0-9_]+")
_OPERATOR_CHARS = re.compile(r"[A-Za-z]+")
_INTEGER = re.compile(r"[+-]?[0-9]+")


class FilterError(ValueError):
    """A filter the server answers 400 to: a syntax error (with `position`) or a disallowed use."""

    def __init__(self, message: str, *, position: int | None = None, property: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.position = position
        self.property = property


@dataclass(frozen=True)
class Text:
    """A value as written. `pieces` are the parts between unescaped `*` (one piece: no wildcard)."""

    pieces: tuple[str, ...]
    position: int

    @property
    def literal(self) -> str:
        """The value where a `*` is just a character (every operator but `$like:`)."""
        return "*".join(self.pieces)


Value = Text | None  # None is `$null:`


@dataclass(frozen=True)
class Predicate:
    property: str
    operator: str
    values: tuple[Value, ...]  # one value, or the items of an `$in:` / `$nin:` list
    position: int


@dataclass(frozen=True)
class And:
    operands: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    operands: tuple[Node, ...]


Node = Predicate | And | Or


def parse_filter(text: str) -> Node:
    """The syntax tree of `text`; `FilterError` with a 1-based position on a syntax error."""
    return _Parser(text).parse()


class _Parser:
    """Recursive descent over the raw string: or := and ($or: and)*; and := primary ($and: primary)*."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.depth = 0

    def parse(self) -> Node:
        if not self.text:
            raise self._error("the filter is empty")
        node = self._or()
        if self.pos < len(self.text):
            raise self._error(f"unexpected {self.text[self.pos]!r}")
        return node

    def _or(self) -> Node:
        operands = [self._and()]
        while self._at(_OR):
            self.pos += len(_OR)
            operands.append(self._and())
        return operands[0] if len(operands) == 1 else Or(tuple(operands))

    def _and(self) -> Node:
        operands = [self._primary()]
        while self._at(_AND):
            self.pos += len(_AND)
            operands.append(self._primary())
        return operands[0] if len(operands) == 1 else And(tuple(operands))

    def _primary(self) -> Node:
        if self._at("("):
            if self.depth >= MAX_DEPTH:
                raise self._error(f"parentheses nested deeper than {MAX_DEPTH} levels (the limit is {MAX_DEPTH})")
            self.pos += 1
            self.depth += 1
            node = self._or()
            if not self._at(")"):
                raise self._error("expected ')' to close the group")
            self.pos += 1
            self.depth -= 1
            return node
        return self._predicate()

    def _predicate(self) -> Predicate:
        start = self.pos
        name = self._match(_PROPERTY_CHARS, "expected a property name")
        if not self._at("$"):
            raise self._error("expected '$' and an operator after the property name")
        self.pos += 1
        operator_at = self.pos
        operator = self._match(_OPERATOR_CHARS, "expected an operator")
        if operator not in OPERATORS:
            raise self._error(f"unknown operator {operator!r} (operators: {', '.join(OPERATORS)})", operator_at + 1)
        if not self._at(":"):
            raise self._error(f"expected ':' after the operator {operator!r}")
        self.pos += 1
        values = self._list() if operator in LIST_OPERATORS else (self._value(in_list=False),)
        return Predicate(name, operator, values, start + 1)

    def _list(self) -> tuple[Value, ...]:
        if not self._at("["):
            raise self._error("expected '[' to start the list of $in:/$nin: values")
        self.pos += 1
        items = [self._value(in_list=True)]
        while self._at(","):
            self.pos += 1
            items.append(self._value(in_list=True))
        if not self._at("]"):
            raise self._error("expected ',' or ']' in the list")
        self.pos += 1
        return tuple(items)

    def _value(self, *, in_list: bool) -> Value:
        """One value, up to its terminator: `$and:`/`$or:`/`)`/end, or `,`/`]` inside a list."""
        start = self.pos
        if self._at(_NULL):
            self.pos += len(_NULL)
            if not self._at_value_end(in_list):
                raise self._error("$null: must be the whole value", start + 1)
            return None
        pieces: list[str] = []
        current: list[str] = []
        while not self._at_value_end(in_list):
            char = self.text[self.pos]
            if char == "$":
                current.append(self._escape())
            elif char == "*" and not in_list:
                pieces.append("".join(current))
                current = []
                self.pos += 1
            elif char in "()" or (in_list and char == "["):
                raise self._error(f"unescaped {char!r} in a value (write it as ${char})")
            else:
                current.append(char)
                self.pos += 1
        pieces.append("".join(current))
        return Text(tuple(pieces), start + 1)

    def _escape(self) -> str:
        following = self.text[self.pos + 1 : self.pos + 2]
        if following == "*":
            self.pos += 2
            return "*"
        if following in _ESCAPES:
            self.pos += 2
            return _ESCAPES[following]
        if self._at(_NULL):
            raise self._error("$null: must be the whole value")
        raise self._error("unknown escape sequence (use $$ $( $) $* $, $[ $] or $null:)")

    def _at_value_end(self, in_list: bool) -> bool:
        if self.pos >= len(self.text) or self._at(_AND) or self._at(_OR):
            return True
        char = self.text[self.pos]
        if in_list:
            return char in ",]"
        return char == ")"

    def _at(self, token: str) -> bool:
        return self.text.startswith(token, self.pos)

    def _match(self, pattern: re.Pattern[str], expected: str) -> str:
        found = pattern.match(self.text, self.pos)
        if found is None:
            raise self._error(expected)
        self.pos = found.end()
        return found.group()

    def _error(self, message: str, position: int | None = None) -> FilterError:
        at = position if position is not None else self.pos + 1
        return FilterError(f"Invalid filter at position {at}: {message}.", position=at)


# --- typing and evaluation -------------------------------------------------------------------

Kind = str  # "integer" | "boolean" | "date-time" | "date" | "string"


@dataclass(frozen=True)
class FilterField:
    """What the schema says about one property: its JSON name, value kind and allowed operators."""

    name: str
    kind: Kind
    operators: tuple[str, ...]

    @classmethod
    def from_schema(cls, name: str, schema: Mapping[str, Any]) -> FilterField:
        declared = str(schema.get("x-filterable", NOT_FILTERABLE)).strip()
        operators = () if declared == NOT_FILTERABLE else tuple(op.strip() for op in declared.split(",") if op.strip())
        return cls(name, schema_kind(schema), operators)


def schema_kind(schema: Mapping[str, Any]) -> Kind:
    """The comparison kind of a JSON Schema property (`type: [string, 'null']` counts as string)."""
    declared = schema.get("type", "string")
    types = [declared] if isinstance(declared, str) else [t for t in declared if t != "null"]
    base = types[0] if types else "string"
    if base == "string" and schema.get("format") in ("date-time", "date"):
        return str(schema["format"])
    return base if base in ("integer", "boolean") else "string"


def fields_from_schema(schema: Mapping[str, Any]) -> dict[str, FilterField]:
    """Property name (lower-cased: the server binds names case-insensitively) -> field."""
    properties: Mapping[str, Any] = schema.get("properties", {})
    return {name.lower(): FilterField.from_schema(name, prop) for name, prop in properties.items()}


Record = Mapping[str, Any]
Matcher = Callable[[Record], bool]


def compile_filter(node: Node, fields: Mapping[str, FilterField], *, max_list_values: int = MAX_LIST_VALUES) -> Matcher:
    """A record -> bool function for `node`; `FilterError` for disallowed properties, operators or values."""
    if isinstance(node, And):
        parts = [compile_filter(operand, fields, max_list_values=max_list_values) for operand in node.operands]
        return lambda record: all(part(record) for part in parts)
    if isinstance(node, Or):
        parts = [compile_filter(operand, fields, max_list_values=max_list_values) for operand in node.operands]
        return lambda record: any(part(record) for part in parts)
    return _compile_predicate(node, fields, max_list_values)


def _compile_predicate(predicate: Predicate, fields: Mapping[str, FilterField], max_list_values: int) -> Matcher:
    field = _allowed_field(predicate, fields)
    if predicate.operator in LIST_OPERATORS and len(predicate.values) > max_list_values:
        raise FilterError(
            f"The ${predicate.operator}: list on {field.name!r} has {len(predicate.values)} values; "
            f"at most {max_list_values} are supported.",
            position=predicate.position,
            property=field.name,
        )
    if predicate.operator == "like":
        return _compile_like(predicate, field)
    targets = [_typed(value, field, predicate) for value in predicate.values]
    compare = _COMPARISONS[predicate.operator]
    name = field.name
    kind = field.kind
    return lambda record: compare(_record_value(record, name, kind), targets)


def _allowed_field(predicate: Predicate, fields: Mapping[str, FilterField]) -> FilterField:
    field = fields.get(predicate.property.lower())
    if field is None:
        known = ", ".join(sorted(f.name for f in fields.values() if f.operators))
        raise FilterError(
            f"The property {predicate.property!r} does not exist or is not filterable (filterable: {known}).",
            position=predicate.position,
            property=predicate.property,
        )
    if not field.operators:
        raise FilterError(
            f"Filtering on the property {field.name!r} is not allowed: it is not filterable.",
            position=predicate.position,
            property=field.name,
        )
    if predicate.operator not in field.operators:
        raise FilterError(
            f"The operator ${predicate.operator}: is not allowed on the property {field.name!r} "
            f"(allowed: {', '.join(field.operators)}).",
            position=predicate.position,
            property=field.name,
        )
    return field


def _typed(value: Value, field: FilterField, predicate: Predicate) -> Any:
    """The filter value as the property's type; `$null:` stays None (only for eq, ne, in, nin)."""
    if value is None:
        if predicate.operator in ORDERING_OPERATORS:
            raise FilterError(
                f"$null: cannot be compared with ${predicate.operator}: (use $eq: or $ne:).",
                position=predicate.position,
                property=field.name,
            )
        return None
    return _convert(value.literal, field, value.position)


def _convert(raw: str, field: FilterField, position: int) -> Any:
    try:
        if field.kind == "integer":
            if not _INTEGER.fullmatch(raw):
                raise ValueError(raw)
            return int(raw)
        if field.kind == "boolean":
            return {"true": True, "false": False}[raw.lower()]
        if field.kind in ("date-time", "date"):
            return _moment(raw)
    except (ValueError, KeyError):
        raise FilterError(
            f"The value {raw!r} at position {position} is not a valid {field.kind} for the property {field.name!r}.",
            position=position,
            property=field.name,
        ) from None
    return raw.casefold()


def _moment(raw: str) -> dt.datetime:
    """A date or date-time; without an offset it is UTC (the vendor's `lastUpdated$gt:2024-02-24`)."""
    moment = dt.datetime.fromisoformat(raw)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _record_value(record: Record, name: str, kind: Kind) -> Any:
    """A record's value in comparable form. An absent boolean is false: the vendor omits false."""
    value = record.get(name)
    if kind == "boolean":
        return bool(value)
    if value is None:
        return None
    if kind in ("date-time", "date"):
        return _moment(str(value))
    if kind == "string":
        return str(value).casefold()
    return value


def _compile_like(predicate: Predicate, field: FilterField) -> Matcher:
    value = predicate.values[0]
    if value is None:
        raise FilterError(
            "$null: cannot be used with $like: (use $eq:$null:).", position=predicate.position, property=field.name
        )
    pieces = [re.escape(piece.casefold()) for piece in value.pieces]
    # No wildcard means "contains": the value is matched as if written `*value*`.
    pattern = re.compile(".*".join(pieces) if len(pieces) > 1 else f".*{pieces[0]}.*", re.DOTALL)
    name = field.name

    def like(record: Record) -> bool:
        found = record.get(name)
        return found is not None and pattern.fullmatch(str(found).casefold()) is not None

    return like


def _eq(value: Any, targets: list[Any]) -> bool:
    return bool(value == targets[0])


def _ne(value: Any, targets: list[Any]) -> bool:
    return bool(value != targets[0])


def _ordered(test: Callable[[Any, Any], bool]) -> Callable[[Any, list[Any]], bool]:
    def compare(value: Any, targets: list[Any]) -> bool:
        # A missing value is neither greater nor smaller than anything.
        return value is not None and bool(test(value, targets[0]))

    return compare


def _in(value: Any, targets: list[Any]) -> bool:
    return any(value == target for target in targets)


def _nin(value: Any, targets: list[Any]) -> bool:
    return not _in(value, targets)


_COMPARISONS: dict[str, Callable[[Any, list[Any]], bool]] = {
    "eq": _eq,
    "ne": _ne,
    "gt": _ordered(lambda a, b: a > b),
    "gte": _ordered(lambda a, b: a >= b),
    "lt": _ordered(lambda a, b: a < b),
    "lte": _ordered(lambda a, b: a <= b),
    "in": _in,
    "nin": _nin,
}
