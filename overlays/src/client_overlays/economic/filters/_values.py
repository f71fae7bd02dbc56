"""Python values -> filter values: the text e-conomic expects for each type.

```python
encode("Kaffe & Co (DK)")                 # Text(('Kaffe & Co (DK)',)), rendered 'Kaffe & Co $(DK$)'
encode(True)                              # Text(('true',))
encode(dt.datetime(2024, 5, 6, 10, 15, tzinfo=dt.UTC))   # Text(('2024-05-06T10:15:00Z',))
encode(None)                              # NULL, rendered '$null:'
like_pattern(("*port",), literal=False)   # Text(('', 'port')): ends with "port"
like_pattern((literal("50*"), "*"), literal=False)   # starts with "50*"
```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeAlias

from ._ast import NULL, NullType, Text, Value
from ._errors import FilterError
from ._syntax import WILDCARD

__all__ = ["FilterValue", "LiteralText", "encode", "encode_all", "like_pattern", "literal"]

# What a caller may compare with. `None` and `NULL` both mean `$null:`.
FilterValue: TypeAlias = str | int | bool | dt.date | dt.datetime | NullType | None


@dataclass(frozen=True)
class LiteralText:
    """Text for `like()` whose `*` are characters, not wildcards (see `literal()`)."""

    text: str


def literal(text: str) -> LiteralText:
    """Mark `text` so that `like()` matches its `*` as a character: `.like(literal("50*"), "*")`."""
    return LiteralText(text)


def encode(value: FilterValue) -> Value:
    """`value` as e-conomic's filter text; `FilterError` for naive datetimes, `TypeError` for other types."""
    if value is None or value is NULL:
        return NULL
    # bool before int (bool is an int) and datetime before date (datetime is a date).
    if isinstance(value, bool):
        return Text(("true" if value else "false",))
    if isinstance(value, int):
        return Text((str(value),))
    if isinstance(value, dt.datetime):
        return Text((_datetime_text(value),))
    if isinstance(value, dt.date):
        return Text((value.isoformat(),))
    if isinstance(value, str):
        return Text((value,))
    raise TypeError(f"cannot filter on a {type(value).__name__} value: use str, int, bool, date, datetime or None")


def encode_all(values: Iterable[FilterValue]) -> tuple[Value, ...]:
    if isinstance(values, str | bytes):
        # A string is iterable too; `.in_("abc")` is almost certainly a mistake for `.in_(["abc"])`.
        raise TypeError("in_()/nin() take a collection of values, not a single string")
    return tuple(encode(value) for value in values)


def _datetime_text(value: dt.datetime) -> str:
    """ISO 8601 in UTC with `Z`, as e-conomic writes `lastUpdated` (`2024-05-06T10:15:00Z`).

    A naive datetime is refused: the server's reading of it (UTC? the agreement's zone?) is
    not documented, and a filter off by hours returns plausible but wrong results.
    """
    if value.tzinfo is None or value.utcoffset() is None:
        raise FilterError(
            f"the datetime {value.isoformat()} has no time zone; e-conomic compares instants, "
            "so pass an aware datetime (e.g. tzinfo=datetime.UTC)"
        )
    utc = value.astimezone(dt.UTC).replace(tzinfo=None)
    return utc.isoformat(timespec="microseconds" if utc.microsecond else "seconds") + "Z"


def like_pattern(parts: Iterable[str | LiteralText], *, literal: bool) -> Text:
    """A `$like:` value: `*` in plain strings is a wildcard, in `LiteralText` (or with `literal=True`) a character."""
    pieces = [""]
    count = 0
    for part in parts:
        count += 1
        if isinstance(part, LiteralText) or literal:
            pieces[-1] += part.text if isinstance(part, LiteralText) else part
        elif isinstance(part, str):
            first, *rest = part.split(WILDCARD)
            pieces[-1] += first
            pieces.extend(rest)
        else:
            raise TypeError(f"like() takes strings and filters.literal(...), not {type(part).__name__}")
    if count == 0:
        raise TypeError("like() needs a pattern")
    return Text(tuple(pieces))
