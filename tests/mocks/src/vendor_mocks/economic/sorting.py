"""e-conomic `Sort` expressions: `name`, `-name` (descending), `~name` (numbers sorted as text,
so 1000 comes before 30), comma-separated and mixable (`-number,supplierNumber`).

Only properties whose schema says `x-sortable: true` may be used; strings sort
case-insensitively. The allowed properties come from the schema (`sortable_fields`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from .filters import FilterError, Kind, schema_kind

__all__ = ["SortKey", "parse_sort", "sort_records", "sortable_fields"]

R = TypeVar("R", bound=Mapping[str, Any])


@dataclass(frozen=True)
class SortKey:
    name: str
    kind: Kind
    descending: bool = False
    alphabetic: bool = False


def sortable_fields(schema: Mapping[str, Any]) -> dict[str, tuple[str, Kind]]:
    """Lower-cased property name -> (JSON name, kind) for every `x-sortable: true` property."""
    properties: Mapping[str, Any] = schema.get("properties", {})
    return {
        name.lower(): (name, schema_kind(prop)) for name, prop in properties.items() if prop.get("x-sortable") is True
    }


def parse_sort(text: str, fields: Mapping[str, tuple[str, Kind]]) -> list[SortKey]:
    """The sort keys of `text`, or `FilterError` naming the property and the sortable ones."""
    keys: list[SortKey] = []
    for raw in text.split(","):
        keys.append(_parse_key(raw.strip(), fields))
    return keys


def _parse_key(raw: str, fields: Mapping[str, tuple[str, Kind]]) -> SortKey:
    descending = alphabetic = False
    name = raw
    # The prefixes may come in either order (`-~name`, `~-name`), each at most once.
    for _ in range(2):
        if name.startswith("-") and not descending:
            descending, name = True, name[1:]
        elif name.startswith("~") and not alphabetic:
            alphabetic, name = True, name[1:]
    allowed = ", ".join(sorted(field for field, _ in fields.values()))
    if not name:
        raise FilterError(f"Invalid sort {raw!r}: a property name is missing (sortable: {allowed}).", property="Sort")
    found = fields.get(name.lower())
    if found is None:
        raise FilterError(f"Sorting on the property {name!r} is not allowed (sortable: {allowed}).", property=name)
    return SortKey(found[0], found[1], descending, alphabetic)


def sort_records(records: Sequence[R], keys: Sequence[SortKey]) -> list[R]:
    """`records` ordered by `keys`; ties keep the incoming order (Python's sort is stable)."""
    ordered = list(records)
    for key in reversed(keys):  # least significant key first, so the first key wins
        ordered.sort(key=_key_function(key), reverse=key.descending)
    return ordered


def _key_function(key: SortKey) -> Callable[[Mapping[str, Any]], tuple[bool, Any]]:
    return lambda record: _sort_value(record.get(key.name), key)


def _sort_value(value: Any, key: SortKey) -> tuple[bool, Any]:
    """Missing values first when ascending (as SQL Server sorts NULL); strings case-insensitively."""
    if value is None:
        return (False, "")
    if key.alphabetic or key.kind == "string":
        return (True, str(value).casefold())
    return (True, value)
