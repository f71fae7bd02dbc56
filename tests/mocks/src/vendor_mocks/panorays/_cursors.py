"""Cursor pagination as Panorays answers it: `{data, has_next, next}` plus `next_token`.

The first call of a walk fixes which objects it visits and in which order (its filters and
sort); `next` is an opaque token standing for the rest of that walk. A call with
`next_token` continues it: only `limit` and the projection apply, and objects deleted
since are skipped. A token is reusable until it expires (a client retrying a lost answer
gets the same page), and it only continues the list it came from (the same operation, and
for files the same supplier). Anything else (garbage, expired, another list's token) is
answered 400 by the caller.
"""

from __future__ import annotations

import base64
import random
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .._core import Clock

__all__ = ["Cursors", "Page"]


@dataclass(frozen=True)
class _Walk:
    scope: str
    remaining: tuple[str, ...]
    expires_at: float


@dataclass(frozen=True)
class Page:
    ids: list[str]
    next_token: str | None


class Cursors:
    def __init__(self, clock: Clock, rng: random.Random, *, ttl: float, capacity: int = 10_000) -> None:
        self._clock = clock
        self._rng = rng
        self._ttl = ttl
        self._capacity = capacity  # oldest walks are forgotten first, so memory stays bounded
        self._walks: OrderedDict[str, _Walk] = OrderedDict()

    def clear(self) -> None:
        self._walks.clear()

    def resume(self, scope: str, token: str) -> tuple[str, ...] | None:
        """The rest of the walk `token` stands for, or None if it is not a live token of `scope`."""
        walk = self._walks.get(token)
        if walk is None or walk.scope != scope:
            return None
        if walk.expires_at <= self._clock.now():
            del self._walks[token]
            return None
        return walk.remaining

    def page(self, scope: str, ordered: Sequence[str], limit: int, exists: Callable[[str], bool]) -> Page:
        """The next `limit` ids of `ordered` that still exist, and a token for the rest if any."""
        taken: list[str] = []
        index = 0
        while index < len(ordered) and len(taken) < limit:
            if exists(ordered[index]):
                taken.append(ordered[index])
            index += 1
        rest = tuple(object_id for object_id in ordered[index:] if exists(object_id))  # so has_next is exact
        return Page(taken, self._issue(scope, rest) if rest else None)

    def _issue(self, scope: str, remaining: tuple[str, ...]) -> str:
        token = base64.urlsafe_b64encode(self._rng.randbytes(18)).decode()
        self._walks[token] = _Walk(scope, remaining, self._clock.now() + self._ttl)
        while len(self._walks) > self._capacity:
            self._walks.popitem(last=False)
        return token
