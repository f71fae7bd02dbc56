"""`sort(*keys)`: the `Sort` parameter from sort keys, checked against `x-sortable` when asked.

```python
sort(ContactFields.number.desc(), ContactFields.supplierNumber.asc())   # '-number,supplierNumber'
sort(field("number").alphabetic())                                      # '~number'
sort(field("name").asc(), model="Contact")   # FilterError: name is not sortable (sortable: number, supplierNumber)
```
"""

from __future__ import annotations

from ._ast import SortKey
from ._errors import FilterError
from ._validate import validate_sort

__all__ = ["sort"]


def sort(*keys: SortKey, model: str | None = None) -> str:
    """The comma-separated `Sort` value; the first key sorts first.

    With `model`, every key must be `x-sortable` on that model (the typed fields only offer
    sort keys where it is; this check is for `field(...)` keys).
    """
    if not keys:
        raise FilterError("sort() needs at least one key")
    for key in keys:
        if not isinstance(key, SortKey):
            raise TypeError(f"sort() takes sort keys such as field('number').desc(), not {type(key).__name__}")
    seen: set[str] = set()
    for key in keys:
        # A property sorted twice is ambiguous (which direction wins?); the server's choice is undocumented.
        if key.name.lower() in seen:
            raise FilterError(f"{key.name!r} appears more than once in the sort", property=key.name)
        seen.add(key.name.lower())
    if model is not None:
        validate_sort(keys, model=model)
    return ",".join(str(key) for key in keys)
