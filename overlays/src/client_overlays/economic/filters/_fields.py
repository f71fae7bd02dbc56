"""Typed field mixins, one per operator, that the generated `_generated/economic_fields.py` combines per property.

`make generate` reads each property's `x-filterable` / `x-sortable` and gives it a class made
of exactly these mixins, typed with the property's value type, so mypy rejects an operator
the spec does not allow (`ContactFields.isDeleted.like(...)`) or a value of the wrong type
(`ContactFields.number.eq("x")`):

```python
class EqNeInField(Eq[ValueT], Ne[ValueT], In[ValueT]): ...

class ContactFields:
    number: Final = EqNeInField[int]("number")

ContactFields.number.in_([1, 2, None])   # number$in:[1,2,$null:]
```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, Generic, Protocol, TypeVar

from ._ast import Predicate, check_property
from ._builder import Field, LiteralText, SortKey

__all__ = ["Eq", "Gt", "Gte", "In", "Like", "Lt", "Lte", "Ne", "Nin", "Sortable", "TypedField", "ValueT"]

ValueT = TypeVar("ValueT", str, int, bool, dt.datetime, dt.date)


class TypedField(Generic[ValueT]):
    """A property of one model; the mixins below add the operators its spec allows.

    A mixin annotates each operator it adds (`gt: Callable[[ValueT], Predicate]`), which is what
    mypy checks calls against; at run time the operator is the untyped `Field`'s method, which
    reads nothing but `name`.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = check_property(name)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for operator in vars(cls).get("__annotations__", {}):
            setattr(cls, operator, vars(Field)[operator])

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


# The operators' mixins. `eq`/`ne` take a value of the property's type; "no value" is
# `is_null()` / `is_not_null()` (or `None` inside an `in_`/`nin` list), not `eq(None)`.
class Eq(TypedField[ValueT]):
    eq: Callable[[ValueT], Predicate]
    is_null: Callable[[], Predicate]


class Ne(TypedField[ValueT]):
    ne: Callable[[ValueT], Predicate]
    is_not_null: Callable[[], Predicate]


class Gt(TypedField[ValueT]):
    gt: Callable[[ValueT], Predicate]


class Gte(TypedField[ValueT]):
    gte: Callable[[ValueT], Predicate]


class Lt(TypedField[ValueT]):
    lt: Callable[[ValueT], Predicate]


class Lte(TypedField[ValueT]):
    lte: Callable[[ValueT], Predicate]


class _Like(Protocol):
    def __call__(self, *parts: str | LiteralText, literal: bool = False) -> Predicate:
        """`*` is a wildcard unless `literal=True` or the part is `filters.literal(...)`; no wildcard means contains."""


class Like(TypedField[ValueT]):
    like: _Like


class In(TypedField[ValueT]):
    in_: Callable[[Iterable[ValueT | None]], Predicate]


class Nin(TypedField[ValueT]):
    nin: Callable[[Iterable[ValueT | None]], Predicate]


class _Alphabetic(Protocol):
    def __call__(self, *, descending: bool = False) -> SortKey:
        """Sort numbers as text (`~name`), so 1000 comes before 30."""


class Sortable(TypedField[ValueT]):
    asc: Callable[[], SortKey]
    desc: Callable[[], SortKey]
    alphabetic: _Alphabetic
