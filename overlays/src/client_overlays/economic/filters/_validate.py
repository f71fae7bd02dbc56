"""`validate(expr, model=...)`: what e-conomic would answer 400 to, found before sending.

```python
validate(field("name").like("*port"), model="Contact")   # returned unchanged
validate(field("notes").eq("x"), model="Contact")
# FilterError: Contact.notes cannot be filtered; filterable: email (eq, ne, ...), isDeleted (...), ...
validate("number$eq:abc", model="Contact")              # FilterError: 'abc' is not an integer ...
```

The allowed properties, operators and value kinds are the generated tables in `_generated/economic_fields.py`
(from the spec's `x-filterable` / `x-sortable`). Property names match case-insensitively,
as the server binds them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from ..._generated.economic_fields import FILTERABLE, KINDS, SORTABLE
from ._ast import NULL, And, Expr, Or, Predicate, SortKey
from ._errors import FilterError
from ._kinds import Kind, read
from ._parser import parse

__all__ = ["canonical_name", "predicates", "validate", "validate_sort"]


def validate(expr: Expr | str, *, model: str) -> Expr:
    """`expr` (parsed first if it is a string) if `model` allows every property, operator and value in it."""
    tree = parse(expr) if isinstance(expr, str) else expr
    for predicate in predicates(tree):
        _check_predicate(predicate, model)
    return tree


def validate_sort(keys: Iterable[SortKey], *, model: str) -> None:
    sortable = SORTABLE[_model(model)]
    for key in keys:
        if key.name.lower() not in {name.lower() for name in sortable}:
            raise FilterError(
                f"{model}.{key.name} cannot be sorted on; sortable: {', '.join(sortable) or 'nothing'}",
                property=key.name,
            )


def predicates(expr: Expr) -> Iterator[Predicate]:
    """Every predicate of `expr`, left to right."""
    if isinstance(expr, Predicate):
        yield expr
        return
    if not isinstance(expr, And | Or):
        raise TypeError(f"expected a filter expression, got {type(expr).__name__}")
    for operand in expr.operands:
        yield from predicates(operand)


def canonical_name(model: str, name: str) -> str:
    """The spec's spelling of a filterable property of `model` (matched case-insensitively)."""
    filterable = FILTERABLE[_model(model)]
    for known in filterable:
        if known.lower() == name.lower():
            return known
    raise FilterError(
        f"{model}.{name} cannot be filtered; filterable: {_describe(filterable)}",
        property=name,
    )


def _check_predicate(predicate: Predicate, model: str) -> None:
    name = canonical_name(model, predicate.name)
    allowed = FILTERABLE[model][name]
    if predicate.operator not in allowed:
        raise FilterError(
            f"${predicate.operator}: is not allowed on {model}.{name} (allowed: {', '.join(allowed)})",
            property=name,
        )
    if predicate.operator == "like":
        return  # a pattern is text whatever the property holds
    kind: Kind = KINDS[model][name]
    for value in predicate.values:
        if value is NULL:
            continue
        try:
            read(value.literal, kind)
        except ValueError:
            raise FilterError(
                f"{value.literal!r} is not a valid {kind} value for {model}.{name}", property=name
            ) from None


def _model(model: str) -> str:
    if model not in FILTERABLE:
        raise FilterError(f"unknown model {model!r} (models with filterable properties: {', '.join(FILTERABLE)})")
    return model


def _describe(filterable: Mapping[str, tuple[str, ...]]) -> str:
    return "; ".join(f"{name} ({', '.join(ops)})" for name, ops in sorted(filterable.items())) or "nothing"
