"""`field(name)`: the untyped builder, for any property name and any operator.

```python
field("name").eq("Joe") & field("city").like("*port")   # name$eq:Joe$and:city$like:*port
field("number").in_([2, 5, None])                       # number$in:[2,5,$null:]
field("email").is_null()                                # email$eq:$null:
field("number").desc()                                  # sort key -number
```

Nothing here knows which properties a model lets you filter: that is what the generated
`ContactFields` / `GroupFields` types are for, and `validate(expr, model=...)` checks an
untyped filter at run time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ._ast import NULL, Predicate, SortKey, check_property
from ._values import FilterValue, LiteralText, encode, encode_all, like_pattern

__all__ = ["Field", "field"]


def _comparison(operator: str) -> Callable[[Field, FilterValue], Predicate]:
    """The `Field` method of a one-value operator."""

    def compare(self: Field, value: FilterValue) -> Predicate:
        return Predicate(self.name, operator, (encode(value),))

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
        return Predicate(self.name, "like", (like_pattern(parts, literal=literal),))

    def in_(self, values: Iterable[FilterValue]) -> Predicate:
        return Predicate(self.name, "in", encode_all(values))

    def nin(self, values: Iterable[FilterValue]) -> Predicate:
        return Predicate(self.name, "nin", encode_all(values))

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
