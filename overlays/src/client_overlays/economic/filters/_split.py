"""More than 200 `$in:` values: one filter per 200, and their results merged.

```python
exprs = split_in(ContactFields.number, numbers)          # len(numbers) = 450 -> 3 filters
contacts = collect_in(
    lambda text: unwrap(get_all_contacts.sync_detailed(client=client, filter_=text), ContactCollection).items or [],
    ContactFields.number,
    numbers,
    where=ContactFields.isDeleted.eq(False),             # ANDed to every part
)   # each contact once, keyed by `number`, in the order first seen
```

Several requests rather than one filter `$in:[...]$or:$in:[...]`: the 200 limit is per
list, but a long filter also makes a long URL, and servers cap those.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any, Protocol, TypeVar

from economic_suppliers_client.types import Unset

from ._ast import MAX_IN_VALUES, Expr, FilterError, Predicate

__all__ = ["SupportsIn", "collect_in", "number_of", "split_in"]

V_contra = TypeVar("V_contra", contravariant=True)
V = TypeVar("V")
R = TypeVar("R")


class SupportsIn(Protocol[V_contra]):
    """A field with `in_()`: `field("number")` or a typed field such as `ContactFields.number`."""

    def in_(self, values: Iterable[V_contra], /) -> Predicate: ...


def split_in(
    field: SupportsIn[V], values: Iterable[V], *, size: int = MAX_IN_VALUES, where: Expr | None = None
) -> list[Expr]:
    """`field $in:` each run of `size` distinct values (first-seen order), each ANDed with `where`."""
    if not 1 <= size <= MAX_IN_VALUES:
        raise FilterError(f"size must be between 1 and {MAX_IN_VALUES} (e-conomic's limit), got {size}")
    distinct = list(dict.fromkeys(values))
    if not distinct:
        raise FilterError("split_in() needs at least one value")
    parts = [field.in_(distinct[start : start + size]) for start in range(0, len(distinct), size)]
    return [part if where is None else where & part for part in parts]


def collect_in(
    query: Callable[[str], Iterable[R] | None],
    field: SupportsIn[V],
    values: Iterable[V],
    *,
    size: int = MAX_IN_VALUES,
    where: Expr | None = None,
    key: Callable[[R], Hashable] | None = None,
) -> list[R]:
    """Run `query(filter_text)` for each part of `split_in(...)`; the results without duplicates.

    `query` must return every match of its filter (follow cursors if there can be more than
    one page). Duplicates are recognised by `key`, by default the item's `number`.
    """
    identify: Callable[[R], Hashable] = key or number_of
    merged: dict[Hashable, R] = {}
    for expr in split_in(field, values, size=size, where=where):
        for item in query(str(expr)) or ():
            merged.setdefault(identify(item), item)
    return list(merged.values())


def number_of(item: Any) -> Hashable:
    """`item["number"]` of a JSON object, or `item.number` of a generated model."""
    number: Hashable = item.get("number") if isinstance(item, Mapping) else getattr(item, "number", None)
    if number is None or isinstance(number, Unset):
        raise TypeError(f"cannot tell {type(item).__name__} items apart: no 'number'; pass key=")
    return number
