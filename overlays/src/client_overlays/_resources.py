"""What the generated resource classes (`_generated/<vendor>_resources.py`) share.

Each spec tag's operations are written once, as the methods of one class that is generic in its
mode: `Sync` (`client.contacts`), `Async` (`client.aio.contacts`), `Raw` and `AsyncRaw`
(`with_raw_response`). A method calls its generated endpoint module through `Resource._call`
(a list, through `Resource._pages`), and the mode of the instance picks the generated function
(`sync_detailed` or `asyncio_detailed`) and what comes back (the parsed body or the whole
`types.Response`; a list method's paginator, or its first page whole). The `operation` and
`list_operation` decorators tell mypy the same: `client.aio.contacts.get` takes
`Contacts.get`'s parameters and returns an awaitable `Contact` (the Stainless SDKs' raw views,
with the mode chosen by the instance instead of a wrapper per method).

A `connect()` client raises every error status before the answer gets here (`_raising.py`);
`Resource` repeats the check so a resource never hands an error model back as if it were the
answer.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Coroutine, Mapping
from types import ModuleType
from typing import Any, ClassVar, Concatenate, Generic, ParamSpec, Self, TypeVar, overload

from ._resource_client import lazy
from ._responses import DetailedResponse, raise_for_status
from .pagination import WALK_OPTIONS, AsyncPaginator, Pages, Paginator

__all__ = [
    "Async",
    "AsyncRaw",
    "Mode",
    "Raw",
    "Resource",
    "Resources",
    "Sync",
    "WholeAnswers",
    "list_operation",
    "operation",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
W = TypeVar("W")  # the whole answer: the vendor's `types.Response[...]`
S = TypeVar("S")
A = TypeVar("A")
M = TypeVar("M", bound="Mode")  # Sync, Async, Raw or AsyncRaw


class Mode:
    """How a resource runs its operations: which generated function, and what comes back."""

    asynchronous: ClassVar[bool] = False  # `asyncio_detailed`, else `sync_detailed`
    raw: ClassVar[bool] = False  # the whole `types.Response`, else the parsed body


class Sync(Mode):
    """Mode of `client.<tag>`: the parsed body."""


class Async(Mode):
    """Mode of `client.aio.<tag>`: the parsed body, awaited."""

    asynchronous = True


class Raw(Mode):
    """Mode of `client.with_raw_response.<tag>`: the whole answer."""

    raw = True


class AsyncRaw(Mode):
    """Mode of `client.aio.with_raw_response.<tag>`: the whole answer, awaited."""

    asynchronous = raw = True


def given(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """A method's `locals()` as the generated function's arguments: without `self`, and without a
    generated `UNSET` default, so a page style sees only real values (it reads page sizes and
    first positions from them)."""
    return {name: value for name, value in arguments.items() if name != "self" and type(value).__name__ != "Unset"}


class _Bound(Generic[M]):
    """Bound to a client, in the mode `mode`."""

    def __init__(self, client: Any, mode: type[M]) -> None:
        self._client = client
        self._mode: type[Mode] = mode

    def __repr__(self) -> str:
        return f"<{type(self).__name__} ({self._mode.__name__}) of {type(self._client).__name__}>"


class Resource(_Bound[M]):
    """One spec tag's operations (see the module doc)."""

    def _call(self, operation: ModuleType, arguments: Mapping[str, Any]) -> Any:
        """Call the generated `operation` module with a method's `locals()`."""
        if self._mode.asynchronous:
            return self._acall(operation, arguments)
        return self._answer(operation.sync_detailed(client=self._client, **given(arguments)))

    async def _acall(self, operation: ModuleType, arguments: Mapping[str, Any]) -> Any:
        return self._answer(await operation.asyncio_detailed(client=self._client, **given(arguments)))

    def _answer(self, response: DetailedResponse[Any]) -> Any:
        raise_for_status(response)
        return response if self._mode.raw else response.parsed

    def _pages(self, pages: Pages[Any], operation: ModuleType, count: ModuleType | None, arguments: Any) -> Any:
        """Walk the generated list `operation` (`count` its count operation, for `progress`) with a
        list method's `locals()`; its `paging` options are the walk's. A raw view's list method
        returns the one page its arguments ask for, whole."""
        arguments = dict(arguments)
        walk = arguments.pop("paging")
        unknown = sorted(set(walk) - set(WALK_OPTIONS))
        if unknown:
            raise TypeError(f"unexpected keyword arguments {unknown}: a list also takes {sorted(WALK_OPTIONS)}")
        if self._mode.raw:
            if walk:
                raise TypeError(f"{sorted(walk)} shape a walk of every page; a whole answer is one page")
            return self._call(operation, arguments)
        function = "asyncio_detailed" if self._mode.asynchronous else "sync_detailed"
        paginate = pages.apaginate if self._mode.asynchronous else pages.paginate
        counter = None if count is None else getattr(count, function)
        calls = {"client": self._client, **given(arguments)}
        return paginate(getattr(operation, function), count_operation=counter, **walk, **calls)


class Operation(Generic[P, S, W, A]):
    """A resource method, typed per mode: `S` its sync result (the parsed body, or a
    `Paginator`), `A` its asyncio result (an awaitable body, or an `AsyncPaginator`), `W` its
    whole answer. On the class it is the method itself."""

    def __init__(self, method: Callable[Concatenate[Any, P], S], paged: bool) -> None:
        self._method = method
        self._paged = paged

    @overload
    def __get__(self, resource: None, owner: type[Any]) -> Callable[Concatenate[Any, P], S]: ...
    @overload
    def __get__(self, resource: Resource[Sync], owner: type[Any]) -> Callable[P, S]: ...
    @overload
    def __get__(self, resource: Resource[Async], owner: type[Any]) -> Callable[P, A]: ...
    @overload
    def __get__(self, resource: Resource[Raw], owner: type[Any]) -> Callable[P, W]: ...
    @overload
    def __get__(self, resource: Resource[AsyncRaw], owner: type[Any]) -> Callable[P, Coroutine[Any, Any, W]]: ...
    def __get__(self, resource: Resource[Any] | None, owner: type[Any]) -> Any:
        if resource is None:
            return self._method
        bound = self._method.__get__(resource, owner)
        if not resource._mode.asynchronous or (self._paged and not resource._mode.raw):
            return bound  # an asyncio list returns its AsyncPaginator at once

        @functools.wraps(bound)
        async def awaited(*args: Any, **kwargs: Any) -> Any:
            return await bound(*args, **kwargs)

        return awaited


def operation(
    whole: type[W],
) -> Callable[[Callable[Concatenate[Any, P], R]], Operation[P, R, W, Coroutine[Any, Any, R]]]:
    """A resource method whose raw views return `whole` (the vendor's `Response[R]`)."""
    return lambda method: Operation(method, paged=False)


def list_operation(
    whole: type[W],
) -> Callable[[Callable[Concatenate[Any, P], Paginator[T]]], Operation[P, Paginator[T], W, AsyncPaginator[T]]]:
    """A list method (returning a `Paginator`) whose raw views return one page, `whole`."""
    return lambda method: Operation(method, paged=True)


class WholeAnswers(Generic[S, A]):
    """`with_raw_response` of a resources namespace: `S` the sync namespace's, `A` the asyncio one's."""

    @overload
    def __get__(self, resources: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, resources: Resources[Sync], owner: type[Any]) -> S: ...
    @overload
    def __get__(self, resources: Resources[Async], owner: type[Any]) -> A: ...
    def __get__(self, resources: Resources[Any] | None, owner: type[Any]) -> Any:
        if resources is None:
            return self
        if resources._mode.raw:
            raise AttributeError("these resources already return whole answers")
        whole = type(resources)(resources._client, AsyncRaw if resources._mode.asynchronous else Raw)
        vars(resources)["with_raw_response"] = whole
        return whole


def _resource(module: ModuleType, kind: str, resources: Resources[Any]) -> Any:
    return getattr(module, kind)(resources._client, resources._mode)


class Resources(_Bound[M]):
    """A vendor's resources in one mode: the generated subclass annotates one attribute per tag
    (`contacts: Contacts[M]`), each made on first use."""

    def __init_subclass__(cls) -> None:
        module = sys.modules[cls.__module__]  # where the resource classes are, once all are defined
        for name, annotation in vars(cls).get("__annotations__", {}).items():
            if name not in vars(cls):
                lazy(cls, name, functools.partial(_resource, module, str(annotation).partition("[")[0]))
