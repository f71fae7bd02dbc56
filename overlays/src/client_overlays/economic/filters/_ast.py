"""e-conomic's filter grammar: its tokens, the expression tree with its one canonical rendering,
and `FilterError`.

`<property>$<operator>:<value>`, joined by `$and:` / `$or:`, grouped with parentheses;
`$in:` / `$nin:` take `[v1,v2,...]`; `$null:` as a whole value means "no value"; inside
values `$$ $( $) $* $, $[ $]` stand for the character itself (VENDOR-FACTS, "Visma e-conomic").

A tree holds values as they travel on the wire (`Text` or `NULL`), not as Python values:
`field("number").eq(5)` and `field("number").eq("5")` are the same filter, and
`parse(str(tree)) == tree` holds for every tree. `And` and `Or` are kept flat
(`a & (b & c)` is `And((a, b, c))`), so equal filters are equal trees. `&` binds tighter than
`|` in Python as `$and:` does in e-conomic's grammar, so Python parentheses and filter
parentheses fall in the same places.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import ClassVar, Final, TypeAlias, cast

# How deeply parentheses may nest: more than any real filter needs, few enough that no Python
# recursion over a tree or a string of this depth can exhaust the stack. The builder, the parser
# and the e-conomic mock (which answers 400 past it, as a front end guarding its parser would)
# all use this one number, the spec's `x-max-nesting-depth` on the `Filter` parameter.
from ..._generated.economic_filter_limits import MAX_DEPTH

__all__ = [
    "AND",
    "ESCAPED",
    "LIST_OPERATORS",
    "MAX_DEPTH",
    "MAX_IN_VALUES",
    "NULL",
    "NULL_TOKEN",
    "OPERATORS",
    "OR",
    "PROPERTY_NAME",
    "WILDCARD",
    "And",
    "Expr",
    "FilterError",
    "NullType",
    "Or",
    "Predicate",
    "Text",
    "Value",
    "check_property",
]

OPERATORS: Final = ("eq", "ne", "gt", "gte", "lt", "lte", "like", "in", "nin")
LIST_OPERATORS: Final = frozenset({"in", "nin"})
# The operators `$null:` cannot take: nothing is greater, smaller or like "no value".
_NOT_NULL_OPERATORS: Final = frozenset({"gt", "gte", "lt", "lte", "like"})
MAX_IN_VALUES: Final = 200  # "The max supported length of an array using the $in: or $nin: operator is 200."
AND: Final = "$and:"
OR: Final = "$or:"
NULL_TOKEN: Final = "$null:"
WILDCARD: Final = "*"
ESCAPED: Final = frozenset("$()*,[]")
# What the e-conomic mock accepts as a property name; e-conomic's names are camelCase identifiers.
PROPERTY_NAME: Final = re.compile(r"[A-Za-z0-9_]+")
# Characters shown either side of an error's caret: a 200-value list is too long for one line.
_CONTEXT = 40


class FilterError(ValueError):
    """A filter or sort that is malformed or not allowed: e-conomic would answer 400 to it.

    `message` says what is wrong; `position` (1-based, as the e-conomic mock counts) and
    `text` are set when the error comes from parsing a string, and `str(error)` then shows
    the text with a caret under that position; `property` names the property at fault when
    there is one.
    """

    def __init__(
        self,
        message: str,
        *,
        text: str | None = None,
        position: int | None = None,
        property: str | None = None,
    ) -> None:
        self.message = message
        self.text = text
        self.position = position
        self.property = property
        if text is None or position is None:
            super().__init__(message)
        else:
            super().__init__(f"{message} (position {position})\n{_pointer(text, position)}")


def _pointer(text: str, position: int) -> str:
    """Two lines: the text around `position` and a caret under it."""
    index = position - 1
    start = max(0, index - _CONTEXT)
    end = min(len(text), index + _CONTEXT)
    prefix = "..." if start > 0 else ""
    suffix = "..." if end < len(text) else ""
    # Line breaks and tabs would move the caret away from its character: show them as spaces.
    shown = "".join(" " if char in "\t\r\n" else char for char in text[start:end])
    return f"  {prefix}{shown}{suffix}\n  {' ' * (len(prefix) + index - start)}^"


class NullType(enum.Enum):
    """The type of `NULL`, e-conomic's `$null:` ("no value")."""

    NULL = NULL_TOKEN

    def __repr__(self) -> str:
        return "NULL"

    def render(self) -> str:
        return NULL_TOKEN


NULL: Final = NullType.NULL


@dataclass(frozen=True)
class Text:
    """A value as text: `pieces` are the literal parts between unescaped `*` wildcards.

    One piece means no wildcard. Only `$like:` gives wildcards a meaning; elsewhere the
    pieces are joined back with `*` (`literal`).
    """

    pieces: tuple[str, ...]

    def __post_init__(self) -> None:
        if not self.pieces:
            raise ValueError("Text needs at least one piece (an empty value is the piece '')")

    @property
    def literal(self) -> str:
        return WILDCARD.join(self.pieces)

    def render(self) -> str:
        # All seven reserved characters are escaped everywhere (even `,` outside a list, where the
        # parser would not need it): one rule for every position a value can take.
        return WILDCARD.join(
            "".join(f"${char}" if char in ESCAPED else char for char in piece) for piece in self.pieces
        )


Value: TypeAlias = Text | NullType


def check_property(name: str) -> str:
    """`name` if the grammar can carry it as a property name; `FilterError` otherwise."""
    if not PROPERTY_NAME.fullmatch(name):
        raise FilterError(f"{name!r} is not a property name (letters, digits and '_' only)", property=name)
    return name


class _Node:
    """What every expression can do: combine with `&` / `|` and render with `str()`."""

    __slots__ = ()

    def __and__(self, other: Expr) -> And:
        return And((cast(Expr, self), other))  # every _Node subclass is one of the Expr classes

    def __or__(self, other: Expr) -> Or:
        return Or((cast(Expr, self), other))

    def __str__(self) -> str:
        return cast(Expr, self).render()


@dataclass(frozen=True)
class Predicate(_Node):
    """`<name>$<operator>:<value>`; `values` has one value, or the items of an `in`/`nin` list."""

    name: str
    operator: str
    values: tuple[Value, ...]
    depth: int = field(default=0, init=False, repr=False, compare=False)  # parentheses it renders with

    def __post_init__(self) -> None:
        check_property(self.name)
        if self.operator not in OPERATORS:
            raise FilterError(f"unknown operator {self.operator!r} (operators: {', '.join(OPERATORS)})")
        if self.operator in LIST_OPERATORS:
            if not self.values:
                raise FilterError(f"${self.operator}: needs at least one value", property=self.name)
            if len(self.values) > MAX_IN_VALUES:
                raise FilterError(
                    f"${self.operator}: on {self.name!r} has {len(self.values)} values; e-conomic accepts at most "
                    f"{MAX_IN_VALUES} (filters.split_in() spreads more over several requests)",
                    property=self.name,
                )
            return
        if len(self.values) != 1:
            raise FilterError(f"${self.operator}: takes exactly one value", property=self.name)
        # The same rule the server (and the mock) applies.
        if self.values[0] is NULL and self.operator in _NOT_NULL_OPERATORS:
            raise FilterError(
                f"$null: cannot be used with ${self.operator}: (use $eq:$null: or $ne:$null:)", property=self.name
            )

    def render(self) -> str:
        if self.operator in LIST_OPERATORS:
            return f"{self.name}${self.operator}:[{','.join(value.render() for value in self.values)}]"
        return f"{self.name}${self.operator}:{self.values[0].render()}"


@dataclass(frozen=True)
class _Junction(_Node):
    """Operands joined by `$and:` or `$or:`; nested ones of the same kind are flattened into it,
    so an Or never holds an Or: only an Or inside an And is put in parentheses."""

    operands: tuple[Expr, ...]
    depth: int = field(default=0, init=False, repr=False, compare=False)
    joiner: ClassVar[str]  # `$and:` or `$or:`

    def __post_init__(self) -> None:
        kind = type(self)
        flat: list[Expr] = []
        for operand in self.operands:
            if not isinstance(operand, Predicate | And | Or):
                raise TypeError(f"expected a filter expression, got {type(operand).__name__}")
            flat.extend(operand.operands if isinstance(operand, kind) else (operand,))
        if len(flat) < 2:
            raise ValueError(f"{kind.__name__} needs at least two operands")
        # An Or operand (so inside an And) renders in parentheses: one level deeper.
        depth = max(operand.depth + isinstance(operand, Or) for operand in flat)
        # Refused as the tree is built, so no tree that exists can fail to render, parse back,
        # hash or compare (each of those recurses once per level).
        if depth > MAX_DEPTH:
            raise FilterError(
                f"the filter nests parentheses {depth} levels deep; the limit is {MAX_DEPTH} "
                "(an $or: group inside an $and: is one level)"
            )
        object.__setattr__(self, "operands", tuple(flat))
        object.__setattr__(self, "depth", depth)

    def render(self) -> str:
        # `$and:` binds tighter than `$or:`: an Or inside an And is the one place parentheses are needed.
        return self.joiner.join(
            f"({operand.render()})" if isinstance(operand, Or) else operand.render() for operand in self.operands
        )


@dataclass(frozen=True)
class And(_Junction):
    """All operands hold."""

    joiner = AND


@dataclass(frozen=True)
class Or(_Junction):
    """Any operand holds."""

    joiner = OR


Expr: TypeAlias = Predicate | And | Or
