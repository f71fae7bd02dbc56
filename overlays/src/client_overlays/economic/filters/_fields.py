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
from collections.abc import Callable, Iterable
from typing import Any, Generic, Self, TypeVar, overload

from ._ast import Predicate, SortKey
from ._builder import Field
from ._values import LiteralText

__all__ = ["Eq", "Gt", "Gte", "In", "Like", "Lt", "Lte", "Ne", "Nin", "Sortable", "TypedField", "ValueT"]

ValueT = TypeVar("ValueT", str, int, bool, dt.datetime, dt.date)
V = TypeVar("V", str, int, bool, dt.datetime, dt.date)


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


class _Operator:
    """One operator of a typed field: the untyped `Field`'s method, taking values of the field's
    type (`V` is bound by the field the operator is read from)."""

    def __init__(self, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, field: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, field: TypedField[V], owner: type[Any]) -> Callable[[V], Predicate]: ...
    def __get__(self, field: TypedField[Any] | None, owner: type[Any]) -> Any:
        return self if field is None else getattr(field._field, self._name)


class _ListOperator(_Operator):
    """An operator taking a list of the field's values (`None` for no value)."""

    @overload  # type: ignore[override]
    def __get__(self, field: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, field: TypedField[V], owner: type[Any]) -> Callable[[Iterable[V | None]], Predicate]: ...
    def __get__(self, field: TypedField[Any] | None, owner: type[Any]) -> Any:
        return super().__get__(field, owner)


class _NullCheck(_Operator):
    """`is_null()` / `is_not_null()`: "no value", which `eq`/`ne` do not take."""

    @overload  # type: ignore[override]
    def __get__(self, field: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, field: TypedField[Any], owner: type[Any]) -> Callable[[], Predicate]: ...
    def __get__(self, field: TypedField[Any] | None, owner: type[Any]) -> Any:
        return super().__get__(field, owner)


class Eq(TypedField[ValueT]):
    __slots__ = ()
    eq = _Operator("eq")
    is_null = _NullCheck("is_null")


class Ne(TypedField[ValueT]):
    __slots__ = ()
    ne = _Operator("ne")
    is_not_null = _NullCheck("is_not_null")


class Gt(TypedField[ValueT]):
    __slots__ = ()
    gt = _Operator("gt")


class Gte(TypedField[ValueT]):
    __slots__ = ()
    gte = _Operator("gte")


class Lt(TypedField[ValueT]):
    __slots__ = ()
    lt = _Operator("lt")


class Lte(TypedField[ValueT]):
    __slots__ = ()
    lte = _Operator("lte")


class Like(TypedField[ValueT]):
    __slots__ = ()

    def like(self, *parts: str | LiteralText, literal: bool = False) -> Predicate:
        """`*` is a wildcard unless `literal=True` or the part is `filters.literal(...)`; no wildcard means contains."""
        return self._field.like(*parts, literal=literal)


class In(TypedField[ValueT]):
    __slots__ = ()
    in_ = _ListOperator("in_")


class Nin(TypedField[ValueT]):
    __slots__ = ()
    nin = _ListOperator("nin")


class Sortable(TypedField[ValueT]):
    __slots__ = ()

    def asc(self) -> SortKey:
        return self._field.asc()

    def desc(self) -> SortKey:
        return self._field.desc()

    def alphabetic(self, *, descending: bool = False) -> SortKey:
        """Sort numbers as text (`~name`), so 1000 comes before 30."""
        return self._field.alphabetic(descending=descending)
