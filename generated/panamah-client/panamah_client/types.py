"""Contains some shared types for properties"""

import datetime
import importlib
import json
from collections import deque
from collections.abc import Callable, Mapping, MutableMapping
from contextvars import ContextVar
from http import HTTPStatus
from itertools import repeat, starmap
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


def _fast_loads() -> Callable[[bytes], Any] | None:
    # orjson is optional (the `speedups` extra): imported by name so the package needs nothing
    # beyond the standard library to decode, and type-checks without orjson installed.
    try:
        return importlib.import_module("orjson").loads  # type: ignore[no-any-return]
    except ImportError:
        return None


_FAST_LOADS = _fast_loads()
# orjson reads an integer beyond 64 bits as a float, silently: a body with a run of 19 or more
# digits (anywhere: one pass in C, ~1 ms per MB) goes to the standard library, which keeps it exact.
_DIGITS_AS_ZERO = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))
_LONG_DIGIT_RUN = b"0" * 19


def json_loads(content: bytes) -> Any:
    """Decode a JSON response body: with orjson where it is installed, else with the standard library.

    A body orjson refuses (NaN, a byte-order mark, UTF-16) or would read differently (an integer
    beyond 64 bits) is decoded by the standard library, so both paths accept the same bodies and
    return the same values; a body neither accepts raises the standard library's
    `json.JSONDecodeError`, as `httpx.Response.json()` does.
    """
    if _FAST_LOADS is not None and _LONG_DIGIT_RUN not in content.translate(_DIGITS_AS_ZERO):
        try:
            return _FAST_LOADS(content)
        except ValueError:  # orjson.JSONDecodeError
            pass
    return json.loads(content)


_Parsed = TypeVar("_Parsed")
# While `parse_json_body` turns a decoded body into models: the ids of the lists directly under
# the body's root object. That tree belongs to nobody else, and nothing can fall back to such a
# list's raw items once the root model has read it, so `build_list` may take them apart.
_CONSUMABLE: ContextVar[set[int] | None] = ContextVar("consumable_lists", default=None)


class _ConsumedInputFailed(Exception):
    """Parsing failed after `build_list` took part of the input apart: parse again from the bytes."""


def build_list(parse: Callable[[Any], _Parsed], items: Any) -> list[_Parsed]:
    """`[parse(item) for item in items]`, the list of models (dates, enums) of a property.

    A list directly under a response body's root (see `parse_json_body`) is emptied first and
    each item dropped as soon as its model is built, so the decoded dicts are freed while they
    are still in the CPU's cache instead of in a second pass over the whole tree afterwards.
    Any other input, a dict passed to `from_dict` among them, is only read.
    """
    consumable = _CONSUMABLE.get()
    if consumable is None or id(items) not in consumable:
        return list(map(parse, items))
    consumable.discard(id(items))
    queue = deque(items)
    items.clear()
    try:
        return list(map(parse, starmap(queue.popleft, repeat((), len(queue)))))
    except Exception as error:
        # The caller could fall back to the raw list, which is gone: parse_json_body starts over.
        raise _ConsumedInputFailed from error


def parse_json_body(parse: Callable[[Any], _Parsed], content: bytes) -> _Parsed:
    """`parse(json_loads(content))`, letting `build_list` consume the lists directly under the
    decoded root (nothing else sees them). Should that parse fail midway, the body is decoded
    and parsed again without consuming, so the result (or the exception) is exactly that of
    `parse(json_loads(content))`.
    """
    tree = json_loads(content)
    lists = {id(value) for value in tree.values() if type(value) is list} if type(tree) is dict else set()
    token = _CONSUMABLE.set(lists)
    try:
        return parse(tree)
    except _ConsumedInputFailed:
        pass
    finally:
        _CONSUMABLE.reset(token)
    return parse(json_loads(content))


class EmptyDictUntilSet:
    """A model's `additional_properties` slot, read as a new empty dict while nothing is stored
    in it. `from_dict` leaves the slot unset when an item has no keys beyond the schema's (most
    items of most pages): a page of models then allocates one dict per item less, and the
    garbage collector counts one object per model less (fewer collections while a page is
    built). Reading, assigning and the attrs methods behave as with the plain slot."""

    __slots__ = ("_slot",)

    def __init__(self, slot: Any) -> None:
        self._slot = slot

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        try:
            return self._slot.__get__(instance, owner)
        except AttributeError:
            empty: dict[str, Any] = {}
            self._slot.__set__(instance, empty)
            return empty

    def __set__(self, instance: Any, value: Any) -> None:
        self._slot.__set__(instance, value)

    def __delete__(self, instance: Any) -> None:
        self._slot.__delete__(instance)


# What models call once per date-time and date value: bound once here, so a model reads one
# global per value instead of looking up `datetime.datetime.fromisoformat` (three lookups).
parse_date_time = datetime.datetime.fromisoformat
parse_date = datetime.date.fromisoformat

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "EmptyDictUntilSet",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "build_list",
    "json_loads",
    "parse_date",
    "parse_date_time",
    "parse_json_body",
]
