"""`validate(expr, model=...)` and `sort(*keys, model=...)`: what e-conomic would answer 400 to,
found before sending.

```python
validate(field("notes").eq("x"), model="Contact")
# FilterError: Contact.notes cannot be filtered; filterable: email (eq, ne, ...), isDeleted (...), ...
validate("number$eq:abc", model="Contact")              # FilterError: 'abc' is not an integer ...
sort(field("name").asc(), model="Contact")   # FilterError: name is not sortable (sortable: number, supplierNumber)
```

The allowed properties, operators and value kinds are the generated tables in `_generated/economic_fields.py`
(from the spec's `x-filterable` / `x-sortable`). Property names match case-insensitively,
as the server binds them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..._generated.economic_fields import FILTERABLE, KINDS, SORTABLE
from ._ast import NULL, And, Expr, FilterError, Or, Predicate
from ._builder import SortKey
from ._kinds import read
from ._parser import parse

__all__ = ["canonical_name", "sort", "validate", "validate_sort"]


def validate(expr: Expr | str, *, model: str) -> Expr:
    """`expr` (parsed first if it is a string) if `model` allows every property, operator and value in it."""
    tree = parse(expr) if isinstance(expr, str) else expr
    for predicate in _predicates(tree):
        name = canonical_name(model, predicate.name)
        allowed = FILTERABLE[model][name]
        if predicate.operator not in allowed:
            raise FilterError(
                f"${predicate.operator}: is not allowed on {model}.{name} (allowed: {', '.join(allowed)})",
                property=name,
            )
        if predicate.operator == "like":
            continue  # a pattern is text whatever the property holds
        kind = KINDS[model][name]
        for value in predicate.values:
            if value is NULL:
                continue
            try:
                read(value.literal, kind)
            except ValueError:
                raise FilterError(
                    f"{value.literal!r} is not a valid {kind} value for {model}.{name}", property=name
                ) from None
    return tree


def sort(*keys: SortKey, model: str | None = None) -> str:
    """The comma-separated `Sort` value (`-number,supplierNumber`); the first key sorts first.

    With `model`, every key must be `x-sortable` on that model (the typed fields only offer
    sort keys where it is; this check is for `field(...)` keys).
    """
    if not keys:
        raise FilterError("sort() needs at least one key")
    seen: set[str] = set()
    for key in keys:
        if not isinstance(key, SortKey):
            raise TypeError(f"sort() takes sort keys such as field('number').desc(), not {type(key).__name__}")
        # A property sorted twice is ambiguous (which direction wins?); the server's choice is undocumented.
        if key.name.lower() in seen:
            raise FilterError(f"{key.name!r} appears more than once in the sort", property=key.name)
        seen.add(key.name.lower())
    if model is not None:
        validate_sort(keys, model=model)
    return ",".join(str(key) for key in keys)


def validate_sort(keys: Iterable[SortKey], *, model: str) -> None:
    sortable = SORTABLE[_model(model)]
    lowered = {name.lower() for name in sortable}
    for key in keys:
        if key.name.lower() not in lowered:
            raise FilterError(
                f"{model}.{key.name} cannot be sorted on; sortable: {', '.join(sortable) or 'nothing'}",
                property=key.name,
            )


def canonical_name(model: str, name: str) -> str:
    """The spec's spelling of a filterable property of `model` (matched case-insensitively)."""
    filterable = FILTERABLE[_model(model)]
    spelled = {known.lower(): known for known in filterable}.get(name.lower())
    if spelled is not None:
        return spelled
    described = "; ".join(f"{known} ({', '.join(ops)})" for known, ops in sorted(filterable.items()))
    raise FilterError(f"{model}.{name} cannot be filtered; filterable: {described or 'nothing'}", property=name)


def _predicates(expr: Expr) -> Iterator[Predicate]:
    """Every predicate of `expr`, left to right."""
    if isinstance(expr, Predicate):
        yield expr
    elif isinstance(expr, And | Or):
        for operand in expr.operands:
            yield from _predicates(operand)
    else:
        raise TypeError(f"expected a filter expression, got {type(expr).__name__}")


def _model(model: str) -> str:
    if model not in FILTERABLE:
        raise FilterError(f"unknown model {model!r} (models with filterable properties: {', '.join(FILTERABLE)})")
    return model
