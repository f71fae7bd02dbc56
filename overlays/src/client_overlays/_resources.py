"""What the generated resource classes (`_generated/<vendor>_resources.py`) share.

A resource method calls the generated `*_detailed` function with the client it was made from
and hands back the parsed body (or, through `with_raw_response`, the whole answer); list
methods hand the call to the vendor's `Pages`, which walks every page. A `connect()` client
raises every error status before the answer gets here (`_raising.py`); `checked` repeats the
check so a resource never hands an error model back as if it were the answer.
"""

from __future__ import annotations

from typing import Any, TypeVar

from ._responses import DetailedResponse, raise_for_status

__all__ = ["Resource", "checked", "given"]

R = TypeVar("R", bound=DetailedResponse[Any])


class Resource:
    """One spec tag's operations, bound to a client."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {type(self._client).__name__}>"


def checked(response: R) -> R:
    """`response`, after raising the typed error for an error status."""
    raise_for_status(response)
    return response


def given(**arguments: Any) -> dict[str, Any]:
    """The arguments the caller gave: a generated `UNSET` default is left out, so a page style
    sees only real values (it reads page sizes and first positions from them)."""
    return {name: value for name, value in arguments.items() if type(value).__name__ != "Unset"}
