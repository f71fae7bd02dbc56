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

`eq`/`ne` take a value of the property's type; "no value" is `is_null()` / `is_not_null()`
(or `None` inside an `in_`/`nin` list).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Generic, TypeVar

from ._ast import Predicate, SortKey
from ._builder import Field
from ._values import LiteralText

__all__ = ["Eq", "Gt", "Gte", "In", "Like", "Lt", "Lte", "Ne", "Nin", "Sortable", "TypedField", "ValueT"]

ValueT = TypeVar("ValueT", str, int, bool, dt.datetime, dt.date)


class TypedField(Generic[ValueT]):
    """A property of one model; the mixins below add the operators its spec allows."""

    __slots__ = ("_field",)

    def __init__(self, name: str) -> None:
        self._field = Field(name)

    @property
    def name(self) -> str:
        return self._field.name

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


class Eq(TypedField[ValueT]):
    __slots__ = ()

    def eq(self, value: ValueT) -> Predicate:
        return self._field.eq(value)

    def is_null(self) -> Predicate:
        return self._field.is_null()


class Ne(TypedField[ValueT]):
    __slots__ = ()

    def ne(self, value: ValueT) -> Predicate:
        return self._field.ne(value)

    def is_not_null(self) -> Predicate:
        return self._field.is_not_null()


class Gt(TypedField[ValueT]):
    __slots__ = ()

    def gt(self, value: ValueT) -> Predicate:
        return self._field.gt(value)


class Gte(TypedField[ValueT]):
    __slots__ = ()

    def gte(self, value: ValueT) -> Predicate:
        return self._field.gte(value)


class Lt(TypedField[ValueT]):
    __slots__ = ()

    def lt(self, value: ValueT) -> Predicate:
        return self._field.lt(value)


class Lte(TypedField[ValueT]):
    __slots__ = ()

    def lte(self, value: ValueT) -> Predicate:
        return self._field.lte(value)


class Like(TypedField[ValueT]):
    __slots__ = ()

    def like(self, *parts: str | LiteralText, literal: bool = False) -> Predicate:
        """`*` is a wildcard unless `literal=True` or the part is `filters.literal(...)`; no wildcard means contains."""
        return self._field.like(*parts, literal=literal)


class In(TypedField[ValueT]):
    __slots__ = ()

    def in_(self, values: Iterable[ValueT | None]) -> Predicate:
        return self._field.in_(values)


class Nin(TypedField[ValueT]):
    __slots__ = ()

    def nin(self, values: Iterable[ValueT | None]) -> Predicate:
        return self._field.nin(values)


class Sortable(TypedField[ValueT]):
    __slots__ = ()

    def asc(self) -> SortKey:
        return self._field.asc()

    def desc(self) -> SortKey:
        return self._field.desc()

    def alphabetic(self, *, descending: bool = False) -> SortKey:
        """Sort numbers as text (`~name`), so 1000 comes before 30."""
        return self._field.alphabetic(descending=descending)
