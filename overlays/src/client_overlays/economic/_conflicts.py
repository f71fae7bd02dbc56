"""e-conomic's optimistic concurrency: 409 on a stale `objectVersion`, and read-modify-write."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from .._exceptions import APIError, ObjectVersionConflictError

__all__ = ["classify_error", "update_with_retry"]

T = TypeVar("T")


def classify_error(status: int, parsed: Any) -> type[APIError] | None:
    """Every 409 e-conomic sends is an object-version conflict ("Retrieve the resource and try
    the update again"), whichever of its two documented bodies it carries."""
    return ObjectVersionConflictError if status == 409 else None


def update_with_retry(
    read: Callable[[], T],
    change: Callable[[T], None],
    write: Callable[[T], Any],
    *,
    attempts: int = 3,
) -> T:
    """Read, apply `change`, write; on an object-version conflict, read again and re-apply.

    ```python
    update_with_retry(
        lambda: client.contacts.get(7),
        lambda contact: setattr(contact, "phone", "+45 1234"),
        lambda contact: client.contacts.update(body=contact),
    )
    ```

    `change` must be safe to apply to a fresh copy more than once (set values; do not
    increment). Raises the last `ObjectVersionConflictError` after `attempts` tries.
    """
    if attempts < 1:
        raise ValueError(f"attempts must be >= 1, got {attempts}")
    for attempt in range(1, attempts + 1):
        current = read()
        change(current)
        try:
            write(current)
        except ObjectVersionConflictError:
            if attempt == attempts:
                raise
            continue
        return current
    raise AssertionError("unreachable: the loop returns or raises")
