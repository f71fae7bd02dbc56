"""`matches(expr, record, model=...)`: evaluate a filter in Python, as e-conomic would.

A test oracle, not part of the shipped overlay: the tests compare it with the e-conomic mock's
own evaluation and with the records the mock returns for the overlay's filters.

```python
expr = field("name").like("*port") & field("isDeleted").eq(False)
[c for c in contacts if matches(expr, c, model="Contact")]   # JSON dicts or generated models
keep = matcher(expr, model="Contact")                         # validate once, test many records
```

The semantics are the documented ones
the e-conomic mock implements: strings compare case-insensitively, `$like:` without `*`
means contains, `$null:` matches an absent value, an absent boolean is false (e-conomic
omits false booleans), and nothing absent is greater or smaller than a value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from client_overlays.economic.filters import KINDS
from client_overlays.economic.filters._ast import NULL, And, Expr, Or, Predicate, Text
from client_overlays.economic.filters._kinds import Kind, read
from client_overlays.economic.filters._validate import canonical_name, validate

__all__ = ["Record", "matcher", "matches"]


class _HasToDict(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


Record = Mapping[str, Any] | _HasToDict
_Test = Callable[[Mapping[str, Any]], bool]


def matches(expr: Expr | str, record: Record, *, model: str) -> bool:
    """Whether `record` (a JSON object as e-conomic answers it, or a generated model) satisfies `expr`."""
    return matcher(expr, model=model)(record)


def matcher(expr: Expr | str, *, model: str) -> Callable[[Record], bool]:
    """`expr`, validated for `model` once, as a function of a record."""
    test = _compile(validate(expr, model=model), model)

    def check(record: Record) -> bool:
        return test(record if isinstance(record, Mapping) else record.to_dict())

    return check


def _compile(expr: Expr, model: str) -> _Test:
    if isinstance(expr, And):
        parts = [_compile(operand, model) for operand in expr.operands]
        return lambda record: all(part(record) for part in parts)
    if isinstance(expr, Or):
        parts = [_compile(operand, model) for operand in expr.operands]
        return lambda record: any(part(record) for part in parts)
    return _compile_predicate(expr, model)


def _compile_predicate(predicate: Predicate, model: str) -> _Test:
    name = canonical_name(model, predicate.name)
    kind = KINDS[model][name]
    if predicate.operator == "like":
        value = predicate.values[0]
        assert isinstance(value, Text)  # Predicate refuses `$like:$null:`
        pattern = _like_pattern(value)
        return lambda record: record.get(name) is not None and bool(pattern.fullmatch(str(record[name]).casefold()))
    targets = [None if value is NULL else read(value.literal, kind) for value in predicate.values]
    compare = _COMPARISONS[predicate.operator]
    return lambda record: compare(read_record_value(record.get(name), kind), targets)


def read_record_value(value: Any, kind: Kind) -> Any:
    """A record's value in the form `read` gives filter text; an absent boolean is false (e-conomic omits false)."""
    if kind == "boolean":
        return bool(value)
    if value is None:
        return None
    if kind in ("date-time", "date"):
        return read(value.isoformat() if isinstance(value, dt.datetime) else str(value), kind)
    if kind == "string":
        return str(value).casefold()
    return value


def _like_pattern(value: Text) -> re.Pattern[str]:
    pieces = [re.escape(piece.casefold()) for piece in value.pieces]
    # No wildcard means "contains": as if written `*value*`.
    return re.compile(".*".join(pieces) if len(pieces) > 1 else f".*{pieces[0]}.*", re.DOTALL)


def _ordered(test: Callable[[Any, Any], bool]) -> Callable[[Any, list[Any]], bool]:
    # An absent value is neither greater nor smaller than anything.
    return lambda value, targets: value is not None and targets[0] is not None and test(value, targets[0])


_COMPARISONS: dict[str, Callable[[Any, list[Any]], bool]] = {
    "eq": lambda value, targets: bool(value == targets[0]),
    "ne": lambda value, targets: bool(value != targets[0]),
    "gt": _ordered(lambda a, b: bool(a > b)),
    "gte": _ordered(lambda a, b: bool(a >= b)),
    "lt": _ordered(lambda a, b: bool(a < b)),
    "lte": _ordered(lambda a, b: bool(a <= b)),
    "in": lambda value, targets: value in targets,
    "nin": lambda value, targets: value not in targets,
}
