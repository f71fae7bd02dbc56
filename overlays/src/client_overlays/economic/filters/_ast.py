"""The filter expression tree and its one canonical rendering; sort keys.

A tree holds values as they travel on the wire (`Text` or `NULL`), not as Python values:
`field("number").eq(5)` and `field("number").eq("5")` are the same filter, and
`parse(str(tree)) == tree` holds for every tree.

```python
joe = Predicate("name", "eq", (Text(("Joe",)),))
tree = joe & (Predicate("number", "gt", (Text(("7",)),)) | Predicate("email", "eq", (NULL,)))
str(tree)   # 'name$eq:Joe$and:(number$gt:7$or:email$eq:$null:)'
```

`And` and `Or` are kept flat (`a & (b & c)` is `And((a, b, c))`), so equal filters are equal
trees. `&` binds tighter than `|` in Python as `$and:` does in e-conomic's grammar, so Python
parentheses and filter parentheses fall in the same places.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Final, TypeAlias, cast

from ._errors import FilterError
from ._syntax import (
    AND,
    LIST_OPERATORS,
    MAX_DEPTH,
    MAX_IN_VALUES,
    NULL_TOKEN,
    OPERATORS,
    OR,
    ORDERING_OPERATORS,
    PROPERTY_NAME,
    WILDCARD,
    escape,
)

__all__ = ["NULL", "And", "Expr", "NullType", "Or", "Predicate", "SortKey", "Text", "Value", "check_property"]


class NullType(enum.Enum):
    """The type of `NULL`, e-conomic's `$null:` ("no value")."""

    NULL = "$null:"

    def __repr__(self) -> str:
        return "NULL"


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
        return WILDCARD.join(escape(piece) for piece in self.pieces)


Value: TypeAlias = Text | NullType


def _render_value(value: Value) -> str:
    return NULL_TOKEN if value is NULL else value.render()


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
        return self.render()

    def render(self) -> str:
        raise NotImplementedError


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
        # The same rule the server (and the mock) applies: nothing is greater or smaller than "no value".
        if self.values[0] is NULL and (self.operator in ORDERING_OPERATORS or self.operator == "like"):
            raise FilterError(
                f"$null: cannot be used with ${self.operator}: (use $eq:$null: or $ne:$null:)", property=self.name
            )

    def render(self) -> str:
        if self.operator in LIST_OPERATORS:
            return f"{self.name}${self.operator}:[{','.join(_render_value(value) for value in self.values)}]"
        return f"{self.name}${self.operator}:{_render_value(self.values[0])}"


@dataclass(frozen=True)
class _Junction(_Node):
    """Operands joined by `$and:` or `$or:`; nested ones of the same kind are flattened into it."""

    operands: tuple[Expr, ...]
    depth: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        kind = type(self)
        flat = tuple(part for operand in self.operands for part in _parts(operand, kind))
        if len(flat) < 2:
            raise ValueError(f"{kind.__name__} needs at least two operands")
        object.__setattr__(self, "operands", flat)
        _set_depth(self, max(self._depth_of(operand) for operand in flat))

    def _depth_of(self, operand: Expr) -> int:
        return operand.depth


@dataclass(frozen=True)
class And(_Junction):
    """All operands hold."""

    def _depth_of(self, operand: Expr) -> int:
        # An Or inside an And is rendered in parentheses: one level deeper.
        return operand.depth + isinstance(operand, Or)

    def render(self) -> str:
        # `$and:` binds tighter than `$or:`: an Or inside an And is the one place parentheses are needed.
        return AND.join(
            f"({operand.render()})" if isinstance(operand, Or) else operand.render() for operand in self.operands
        )


@dataclass(frozen=True)
class Or(_Junction):
    """Any operand holds."""

    def render(self) -> str:
        return OR.join(operand.render() for operand in self.operands)


Expr: TypeAlias = Predicate | And | Or


def _set_depth(node: _Junction, depth: int) -> None:
    """Refuse a tree deeper than the grammar's limit as it is built, so no tree that exists can
    fail to render, parse back, hash or compare (each of those recurses once per level)."""
    if depth > MAX_DEPTH:
        raise FilterError(
            f"the filter nests parentheses {depth} levels deep; the limit is {MAX_DEPTH} "
            "(an $or: group inside an $and: is one level)"
        )
    object.__setattr__(node, "depth", depth)


def _parts(operand: Expr, kind: type[_Junction]) -> tuple[Expr, ...]:
    if not isinstance(operand, Predicate | And | Or):
        raise TypeError(f"expected a filter expression, got {type(operand).__name__}")
    return operand.operands if isinstance(operand, kind) else (operand,)


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
