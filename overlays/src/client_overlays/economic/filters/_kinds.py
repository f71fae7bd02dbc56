"""Reading filter text as a property's type, the way e-conomic compares it.

The same rules as the e-conomic mock (tests/mocks/src/vendor_mocks/economic/filters.py): a date or a
date-time without an offset is read as UTC, as the vendor's own example
`lastUpdated$gt:2024-02-24` implies; strings are compared case-folded.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal, TypeAlias

__all__ = ["Kind", "read"]

Kind: TypeAlias = Literal["integer", "boolean", "date-time", "date", "string"]

_INTEGER = re.compile(r"[+-]?[0-9]+")
_BOOLEANS = {"true": True, "false": False}


def read(text: str, kind: Kind) -> Any:
    """`text` as a comparable value of `kind`; `ValueError` if it is not one."""
    if kind == "integer":
        if not _INTEGER.fullmatch(text):
            raise ValueError(f"{text!r} is not an integer")
        return int(text)
    if kind == "boolean":
        if text.lower() not in _BOOLEANS:
            raise ValueError(f"{text!r} is not true or false")
        return _BOOLEANS[text.lower()]
    if kind in ("date-time", "date"):
        moment = dt.datetime.fromisoformat(text)
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return text.casefold()
