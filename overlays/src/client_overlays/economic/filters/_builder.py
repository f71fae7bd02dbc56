"""`field(name)`: the untyped builder, for any property name and any operator, the text
e-conomic expects for each Python value, and sort keys.

Nothing here knows which properties a model lets you filter: that is what the generated
`ContactFields` / `GroupFields` types are for, and `validate(expr, model=...)` checks an
untyped filter at run time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeAlias

from ._ast import NULL, WILDCARD, FilterError, NullType, Predicate, Text, Value, check_property

__all__ = ["Field", "FilterValue", "LiteralText", "SortKey", "field", "literal"]

# What a caller may compare with. `None` and `NULL` both mean `$null:`.
FilterValue: TypeAlias = str | int | bool | dt.date | dt.datetime | NullType | None


@dataclass(frozen=True)
class LiteralText:
    """Text for `like()` whose `*` are characters, not wildcards (see `literal()`)."""

    text: str


def literal(text: str) -> LiteralText:
    """Mark `text` so that `like()` matches its `*` as a character: `.like(literal("50*"), "*")`."""
    return LiteralText(text)


@dataclass(frozen=True)
class SortKey:
    """One key of a `Sort` parameter: `name`, `-name` (descending), `~name` (numbers as text)."""

    name: str
    descending: bool = False
    alphabetic: bool = False

    def __post_init__(self) -> None:
        check_property(self.name)

    def __str__(self) -> str:
        return ("-" if self.descending else "") + ("~" if self.alphabetic else "") + self.name


def _encode(value: FilterValue) -> Value:
    """`value` as e-conomic's filter text; `FilterError` for naive datetimes, `TypeError` for other types."""
    if value is None or value is NULL:
        return NULL
    # bool before int (bool is an int) and datetime before date (datetime is a date).
    if isinstance(value, bool):
        return Text(("true" if value else "false",))
    if isinstance(value, int):
        return Text((str(value),))
    if isinstance(value, dt.datetime):
        # A naive datetime is refused: the server's reading of it (UTC? the agreement's zone?) is
        # not documented, and a filter off by hours returns plausible but wrong results.
        if value.tzinfo is None or value.utcoffset() is None:
            raise FilterError(
                f"the datetime {value.isoformat()} has no time zone; e-conomic compares instants, "
                "so pass an aware datetime (e.g. tzinfo=datetime.UTC)"
            )
        # ISO 8601 in UTC with `Z`, as e-conomic writes `lastUpdated` (`2024-05-06T10:15:00Z`).
        utc = value.astimezone(dt.UTC).replace(tzinfo=None)
        return Text((utc.isoformat(timespec="microseconds" if utc.microsecond else "seconds") + "Z",))
    if isinstance(value, dt.date):
        return Text((value.isoformat(),))
    if isinstance(value, str):
        return Text((value,))
    raise TypeError(f"cannot filter on a {type(value).__name__} value: use str, int, bool, date, datetime or None")


def _encode_all(values: Iterable[FilterValue]) -> tuple[Value, ...]:
    if isinstance(values, str | bytes):
        # A string is iterable too; `.in_("abc")` is almost certainly a mistake for `.in_(["abc"])`.
        raise TypeError("in_()/nin() take a collection of values, not a single string")
    return tuple(_encode(value) for value in values)


def _comparison(operator: str) -> Callable[[Field, FilterValue], Predicate]:
    """The `Field` method of a one-value operator."""

    def compare(self: Field, value: FilterValue) -> Predicate:
        return Predicate(self.name, operator, (_encode(value),))

    compare.__name__ = compare.__qualname__ = operator
    return compare


class Field:
    """A property of any model, with every operator (the typed fields offer only the allowed ones)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = check_property(name)

    def __repr__(self) -> str:
        return f"field({self.name!r})"

    # One value, `name$<operator>:value`: eq, ne, gt, gte, lt, lte.
    eq = _comparison("eq")
    ne = _comparison("ne")
    gt = _comparison("gt")
    gte = _comparison("gte")
    lt = _comparison("lt")
    lte = _comparison("lte")

    def like(self, *parts: str | LiteralText, literal: bool = False) -> Predicate:
        """`*` is a wildcard unless `literal=True` or the part is `filters.literal(...)`; no wildcard means contains."""
        if not parts:
            raise TypeError("like() needs a pattern")
        pieces = [""]  # the literal parts between wildcards
        for part in parts:
            if isinstance(part, LiteralText) or literal:
                pieces[-1] += part.text if isinstance(part, LiteralText) else part
            elif isinstance(part, str):
                first, *rest = part.split(WILDCARD)
                pieces[-1] += first
                pieces.extend(rest)
            else:
                raise TypeError(f"like() takes strings and filters.literal(...), not {type(part).__name__}")
        return Predicate(self.name, "like", (Text(tuple(pieces)),))

    def in_(self, values: Iterable[FilterValue]) -> Predicate:
        return Predicate(self.name, "in", _encode_all(values))

    def nin(self, values: Iterable[FilterValue]) -> Predicate:
        return Predicate(self.name, "nin", _encode_all(values))

    def is_null(self) -> Predicate:
        return Predicate(self.name, "eq", (NULL,))

    def is_not_null(self) -> Predicate:
        return Predicate(self.name, "ne", (NULL,))

    def asc(self) -> SortKey:
        return SortKey(self.name)

    def desc(self) -> SortKey:
        return SortKey(self.name, descending=True)

    def alphabetic(self, *, descending: bool = False) -> SortKey:
        """Sort numbers as text (`~name`), so 1000 comes before 30."""
        return SortKey(self.name, descending=descending, alphabetic=True)


def field(name: str) -> Field:
    """The untyped builder for property `name` (its JSON name, e.g. `supplierNumber`)."""
    return Field(name)
