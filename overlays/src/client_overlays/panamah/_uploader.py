"""The Panamah stream uploader: validated operations, batched, queued on disk, delivered at least once.

```python
from client_overlays import panamah

client = panamah.connect(assinante_id="03954345000109")
with panamah.Uploader(client, "/var/lib/erp/panamah-outbox") as uploader:
    uploader.update("PRODUTO", {"id": "789", "descricao": "Arroz 5kg", "secaoId": "10"})
    uploader.delete("PRODUTO", "790")
# leaving the block flushed the queue; whatever could not be sent waits on disk for next time
```

`add()` checks each operation against the spec's model table (`_generated/panamah_stream_models.json`) and
queues a call's operations all or none, in one durable file (see `_queue.py` for the format
and why a crash loses nothing). Batches close by count, bytes or age (`_batching.py`).
`flush()` closes the open batch, sends every batch through the client (the stream auth flow),
re-sends items Panamah answers in `falhas` after a backoff until `max_attempts`, then parks
them in the dead-letter log; network errors, 429 and 5xx are retried with a backoff too.

Up to `concurrency` batches (4 by default) are in flight at once: the oldest closed batches,
as long as no two of them hold an operation on the same record (`tipo` + `id`), so operations
on one record reach Panamah in the order they were added, as with one batch at a time. Answers
are settled in the order the batches closed.

Sync and async share everything but the I/O: `_flush()` (and reconciliation) is one coroutine
that awaits the driver's `_send()` (batches at once) and `_pause()`. `AsyncUploader` awaits it
(`asyncio_detailed` in tasks, `asyncio.sleep`); in `Uploader` those awaits never suspend
(`sync_detailed` in a thread per batch in flight, `time.sleep`), so `_finish()` runs the
coroutine to its end in one step, without an event loop.
"""

from __future__ import annotations

import asyncio
import contextvars
import datetime as dt
import functools
import importlib.resources
import json
import logging
import re
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from os import PathLike
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, cast

import httpx
from panamah_client import AuthenticatedClient
from panamah_client.api.stream import send_stream_data
from panamah_client.errors import UnexpectedStatus
from panamah_client.models import StreamDataResult, StreamFailureItem, StreamOperation, StreamResultItem
from panamah_client.types import Response, Unset

from .. import _generated
from .._exceptions import APIError, BadRequestError, parse_retry_after
from .._raising import inner_auth
from .._responses import unwrap
from ._auth import PARTNER_WIDE, PanamahAuth
from ._batching import BatchLimits, UploadRetry
from ._queue import Batch, DeadLetter, DiskQueue, NewOperation, QueuedOperation, QueueError, QueueStats, Settlement

__all__ = [
    "REFUSED_ON_STREAM",
    "AsyncUploader",
    "FlushReport",
    "InvalidOperationError",
    "Uploader",
    "stream_tipos",
]

logger = logging.getLogger("client_overlays.panamah.uploader")
MODEL_TABLE = "panamah_stream_models.json"  # written by `make generate`
# Panamah lists ASSINANTE among the model names but refuses it on the stream (admin API only).
REFUSED_ON_STREAM = frozenset({"ASSINANTE"})
OPERATION_KINDS = ("update", "delete")
# Batches in flight at once by default: enough to hide a WAN round trip behind the next batches.
DEFAULT_CONCURRENCY = 4
OPERATION_FIELDS = ("op", "tipo", "data", "assinanteId")
DATE_TIME_EXAMPLE = "2026-01-01T09:30:00-03:00"
RETRY_STATUSES = frozenset({408, 429})  # and every 5xx
# What a send can fail with and still be worth deciding about (retry, dead-letter or raise):
# transport failures, a response stream that broke or closed while being read (over a real
# connection: httpx.StreamError, RemoteProtocolError, ReadError), typed errors (also raised by
# the auth flow's own token requests) and the generated client's error for an undocumented
# status, when a caller enabled it.
TRANSPORT_ERRORS = (httpx.TransportError, httpx.StreamError)
SEND_ERRORS = (*TRANSPORT_ERRORS, APIError, UnexpectedStatus)

T = TypeVar("T")
SleepT = TypeVar("SleepT")  # what waits between retries: a function, or a coroutine function
# One operation, or several: a mapping {op, tipo, data, assinanteId?} or a generated StreamOperation.
Operations = Mapping[str, Any] | StreamOperation | Iterable[Mapping[str, Any] | StreamOperation]


# --- validation against the model table ------------------------------------------------------


class InvalidOperationError(ValueError):
    """An operation the model table refuses; nothing of the call that carried it was queued.

    `index` is its position in the call, `tipo` its model (None when missing), `path` the field
    (`tipo`, `op`, `data.itens.0.produtoId`, ...), `allowed` what the table allows there, and
    `problems` every problem found in that operation, one line each.

    ```python
    try:
        uploader.add(operations)
    except InvalidOperationError as error:
        print(error.index, error.path, error.allowed)
    ```
    """

    def __init__(
        self,
        *,
        index: int,
        tipo: str | None,
        path: str,
        problem: str,
        allowed: str,
        problems: Sequence[str] = (),
    ) -> None:
        self.index = index
        self.tipo = tipo
        self.path = path
        self.allowed = allowed
        self.problems = tuple(problems) or (f"{path} {problem}",)
        more = len(self.problems) - 1
        extra = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        super().__init__(f"operation {index} ({tipo or 'no tipo'}): {path} {problem}; allowed: {allowed}{extra}")


@functools.cache
def _stream_models() -> dict[str, dict[str, Any]]:
    """The model table's schemas by `tipo`, less those refused on the stream."""
    text = importlib.resources.files(_generated).joinpath(MODEL_TABLE).read_text(encoding="utf-8")
    models: dict[str, dict[str, Any]] = json.loads(text)["models"]
    return {tipo: schema for tipo, schema in models.items() if tipo not in REFUSED_ON_STREAM}


def stream_tipos() -> tuple[str, ...]:
    """The model names the stream accepts: the model table's, less ASSINANTE."""
    return tuple(sorted(_stream_models()))


# RFC 3339 `date-time` (JSON Schema's format; second 60 is a leap second), checked here rather
# than through jsonschema's optional rfc3339-validator, so validation does not silently weaken
# when that is not installed. The regex bounds every field but the day of the month.
_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
)


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True  # a format applies to strings only; `type` judges the rest
    if _DATE_TIME.fullmatch(value) is None:
        return False
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:  # no such day (or month)
        return False
    return True


@functools.cache
def _validator(tipo: str) -> Any:
    # jsonschema is imported on first validation, not with the package: importing
    # client_overlays.panamah stays cheap for code that never queues an operation.
    from jsonschema import Draft202012Validator, FormatChecker

    checker = FormatChecker(formats=())
    checker.checks("date-time")(_is_date_time)
    return Draft202012Validator(_stream_models()[tipo], format_checker=checker)


def _check(index: int, raw: object, *, assinante_id: str | None, partner_wide: bool) -> NewOperation:
    """One operation as the stream takes it (op lower-cased, data a detached JSON copy), or
    `InvalidOperationError` naming the first problem."""
    tipo: str | None = None  # named in every refusal once known

    def refuse(path: str, problem: str, allowed: str, problems: Sequence[str] = ()) -> InvalidOperationError:
        return InvalidOperationError(
            index=index, tipo=tipo, path=path, problem=problem, allowed=allowed, problems=problems
        )

    if isinstance(raw, StreamOperation):
        raw = raw.to_dict()
    if not isinstance(raw, Mapping):
        raise refuse(
            "operation", f"is a {type(raw).__name__}", "a mapping {op, tipo, data, assinanteId?} or a StreamOperation"
        )
    given = raw.get("tipo")
    tipo = str(given) if isinstance(given, str) else None  # a StreamModelTipo member becomes its plain value
    if tipo is None or tipo not in _stream_models():
        raise refuse("tipo", *_tipo_problem(given))
    for name in raw:
        if name not in OPERATION_FIELDS:
            raise refuse(str(name), "is not a field of a stream operation", ", ".join(OPERATION_FIELDS))
    op = raw.get("op")
    if not isinstance(op, str) or op.lower() not in OPERATION_KINDS:
        raise refuse("op", f"is {_show(op)}", "update or delete (either case)")
    op = op.lower()
    given = raw.get("data")
    if not isinstance(given, Mapping):
        raise refuse("data", f"is {_show(given)}", "an object: the record for an update, {id} for a delete")
    data = dict(given)  # JSON Schema's "object" is a dict to jsonschema, not any mapping
    subscriber = raw.get("assinanteId")
    if subscriber is None:
        subscriber = assinante_id
    if subscriber is not None and (not isinstance(subscriber, str) or not subscriber):
        raise refuse("assinanteId", f"is {_show(subscriber)}", "a subscriber id (non-empty string)")
    if subscriber is None and partner_wide:
        raise refuse(
            "assinanteId",
            "is required in a partner-wide session (connect(assinante_id='*'))",
            "the subscriber's id, on the operation or as Uploader(assinante_id=...)",
        )
    if op == "update":
        problems = _problems(tipo, data)
        if problems:
            path, problem, allowed = problems[0]
            raise refuse(path, problem, allowed, [f"{where} {what}" for where, what, _ in problems])
    record_id = data.get("id")
    if not isinstance(record_id, str) or not record_id:
        # The stream names every record by `data.id`, a non-empty string, in updates and deletes alike.
        raise refuse("data.id", f"is {_show(record_id)}", f"the id of the {tipo} record (non-empty string)")
    try:
        # A detached copy, so the caller may reuse its dict; extra fields stay (the table allows them).
        copied = json.loads(json.dumps(data if op == "update" else {"id": record_id}, allow_nan=False))
    except (TypeError, ValueError) as error:
        allowed = "JSON values: objects, arrays, strings, numbers, booleans, null"
        raise refuse("data", f"is not JSON ({error})", allowed) from None
    return NewOperation(op, tipo, copied, subscriber)


def _tipo_problem(tipo: object) -> tuple[str, str]:
    """What is wrong with a `tipo` the stream does not take, and what it takes."""
    tipos = ", ".join(stream_tipos())
    if isinstance(tipo, str) and tipo in REFUSED_ON_STREAM:
        return (
            "is refused on the stream",
            f"manage subscribers with the admin API (/admin/assinantes); the stream takes {tipos}",
        )
    return ("is missing" if tipo is None else f"is {_show(tipo)}, not a Panamah model"), f"one of {tipos}"


@functools.cache
def _compiled(tipo: str) -> Callable[[Any], Any]:
    # fastjsonschema turns the model's schema into Python code: ~10x quicker than jsonschema on
    # the common case, valid data. The table's schemas are self-contained (no `$ref`) and use
    # only keywords both libraries read alike; the same date-time check serves both.
    import fastjsonschema

    compiled: Callable[[Any], Any] = fastjsonschema.compile(
        _stream_models()[tipo], formats={"date-time": _is_date_time}
    )
    return compiled


def _problems(tipo: str, data: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(field path, problem, what is allowed) for everything the model table finds wrong in
    `data`, shallowest first, in the uploader's words.

    Valid data passes the compiled validator once; only data it refuses goes through
    jsonschema, whose errors are the ones reported."""
    from fastjsonschema import JsonSchemaException

    try:
        _compiled(tipo)(data)
        return []
    except JsonSchemaException:
        pass
    errors = sorted(
        _validator(tipo).iter_errors(data),
        key=lambda error: (len(error.absolute_path), [str(part) for part in error.absolute_path]),
    )
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for error in errors:
        for problem in _describe(error):
            found.setdefault(problem[:2], problem)
    return list(found.values())


def _describe(error: Any) -> list[tuple[str, str, str]]:
    path = ".".join(["data", *(str(part) for part in error.absolute_path)])
    kind, expected, instance = error.validator, error.validator_value, error.instance
    if kind == "required":
        # jsonschema reports each missing property as its own error, all with the whole list.
        allowed = "required fields: " + ", ".join(expected)
        missing = [name for name in expected if isinstance(instance, Mapping) and name not in instance]
        return [(f"{path}.{name}", "is required", allowed) for name in missing]
    if kind == "type":
        wanted = expected if isinstance(expected, str) else " or ".join(expected)
        return [(path, f"is {_json_type(instance)} {_show(instance)}", f"a value of type {wanted}")]
    if kind == "enum":
        return [(path, f"is {_show(instance)}", "one of " + ", ".join(_show(value) for value in expected))]
    if kind == "format":
        allowed = (
            f"an RFC 3339 date-time with offset, e.g. {DATE_TIME_EXAMPLE}" if expected == "date-time" else expected
        )
        return [(path, f"is {_show(instance)}, not a {expected}", allowed)]
    return [(path, str(error.message), f"{kind} {_show(expected)}")]


def _json_type(value: object) -> str:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _show(value: object, limit: int = 80) -> str:
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _in_flight_together(batches: Sequence[Batch]) -> tuple[Batch, ...]:
    """The longest run of `batches` (oldest first) in which no record appears twice: these may be
    in flight at once without an operation overtaking an earlier one on the same record."""
    seen: set[tuple[str, object]] = set()
    together: list[Batch] = []
    for batch in batches:
        keys = {(operation.tipo, operation.data.get("id")) for operation in batch.operations}
        if together and not seen.isdisjoint(keys):
            break
        seen |= keys
        together.append(batch)
    return tuple(together)


@dataclass
class FlushReport:
    """What one `flush()` (or `send_ready()`) did."""

    batches: int = 0  # batches Panamah answered
    acknowledged: int = 0  # operations Panamah answered in `sucessos`
    requeued: int = 0  # failed items queued again for a later try
    dead_lettered: int = 0  # operations parked in the dead letters by this flush (`dead_letters`)
    send_retries: int = 0  # re-sends after a network error, 429 or 5xx
    refused_deletes: int = 0  # of `dead_lettered`: deletions Panamah kept refusing ("Registro não encontrado")
    dead_letters: list[DeadLetter] = field(default_factory=list)  # what was parked, with Panamah's reason

    def record(self, settled: Settlement) -> None:
        self.batches += 1
        self.acknowledged += settled.acknowledged
        self.requeued += settled.requeued
        self.dead_lettered += settled.dead_lettered
        self.dead_letters += settled.dead_letters
        for letter in settled.dead_letters:
            self.refused_deletes += letter.op.lower() == "delete"
            # A parked operation is data Panamah does not have: say so where operators look.
            logger.warning(
                "dead-lettered %s %s id=%s after %d attempt(s): %s (see uploader.dead_letters(), "
                "replay with uploader.replay_dead_letters())",
                letter.op, letter.tipo, letter.data.get("id"), letter.attempts, letter.reason,
            )  # fmt: skip


# --- the shared uploader -------------------------------------------------------------------------


class _UploaderBase(Generic[SleepT]):
    """Everything but the I/O, which the drivers below perform."""

    _default_sleep: SleepT
    _new_lock: Callable[[], Any]  # serialises flushes: a threading or an asyncio lock
    _pause: Callable[[float], Awaitable[None]]
    # Each batch's answer (the generated `Response`) or the exception it met.
    _send: Callable[[Sequence[Batch]], Awaitable[list[object]]]

    def __init__(
        self,
        client: AuthenticatedClient,
        directory: str | PathLike[str],
        *,
        limits: BatchLimits | None = None,
        retry: UploadRetry | None = None,
        clock: Callable[[], float] = time.time,
        sleep: SleepT | None = None,
        assinante_id: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be >= 1 (batches in flight at once), got {concurrency}")
        self.concurrency = concurrency
        self._client = client
        self.limits = limits or BatchLimits()
        self.retry = retry or UploadRetry()
        self._clock = clock
        self._sleep = self._default_sleep if sleep is None else sleep
        self._sending = self._new_lock()
        self._assinante_id = assinante_id
        # A partner-wide session needs the subscriber on every operation: check it on add().
        auth = inner_auth(self._httpx_client().auth)
        self._partner_wide = isinstance(auth, PanamahAuth) and auth.assinante_id == PARTNER_WIDE
        self._queue = DiskQueue(directory, self.limits, check=_sendable)
        self.directory = self._queue.directory

    def _httpx_client(self) -> httpx.Client | httpx.AsyncClient:
        return self._client.get_httpx_client()

    @property
    def corrupt(self) -> list[QueueError]:
        """Queue files this uploader found unreadable on start and moved to `corrupt/`, each a
        `QueueError` naming the file (`error.path`) and why; also logged at ERROR."""
        return list(self._queue.corrupt)

    def add(self, operations: Operations) -> list[int]:
        """Validate and queue operations, all or none; returns their sequence numbers.

        Each is `{"op": "update" | "delete", "tipo": ..., "data": {...}, "assinanteId"?: ...}`
        or a generated `StreamOperation`. Raises `InvalidOperationError` for the first operation
        the model table refuses, before anything is queued. All or none: when it returns, every
        operation is durable on disk; when writing fails (`OSError`: a full disk, a file size
        limit) none is queued, so calling it again queues them once. Batches that reach their
        count or byte limit close at once (sending waits for `flush()` or `send_ready()`).

        ```python
        uploader.add([
            {"op": "update", "tipo": "SECAO", "data": {"id": "10", "codigo": "10", "descricao": "Mercearia"}},
            {"op": "delete", "tipo": "PRODUTO", "data": {"id": "7891000100103"}},
        ])
        ```
        """
        checked = self._checked([operations] if isinstance(operations, Mapping | StreamOperation) else operations)
        now = self._clock()
        seqs = self._queue.accept(checked, now)  # the commitment: durable, or raised with nothing queued
        try:
            self._queue.close_batches(now)
        except OSError as error:
            # The operations are queued: closing their batch is retried by the next add() or send.
            logger.warning(
                "queued %d operations; closing a batch failed (%s), retried on the next step", len(seqs), error
            )
        return seqs

    def update(self, tipo: str, data: Mapping[str, Any], *, assinante_id: str | None = None) -> int:
        """Queue an insert-or-replace of one record: `uploader.update("SECAO", {"id": "10", ...})`."""
        return self.add({"op": "update", "tipo": tipo, "data": data, "assinanteId": assinante_id})[0]

    def delete(self, tipo: str, record_id: str, *, assinante_id: str | None = None) -> int:
        """Queue the deletion of one record: `uploader.delete("PRODUTO", "7891000100103")`."""
        return self.add({"op": "delete", "tipo": tipo, "data": {"id": record_id}, "assinanteId": assinante_id})[0]

    def stats(self) -> QueueStats:
        return self._queue.stats(self._clock())

    def dead_letters(self) -> list[DeadLetter]:
        """Operations parked after `retry.max_attempts` failures (also in `dead-letters.jsonl`)."""
        return self._queue.dead_letters()

    def replay_dead_letters(self, select: Callable[[DeadLetter], bool] | None = None) -> int:
        """Queue dead letters again (those `select` picks; all by default), with fresh attempts.

        They are validated again, all or none, so a log fixed by hand cannot queue bad data.
        Returns how many were queued; the next flush sends them.

        ```python
        fixed = uploader.replay_dead_letters(lambda letter: letter.tipo == "PRODUTO")
        uploader.flush()
        ```
        """

        def check(letters: Sequence[DeadLetter]) -> list[NewOperation]:
            return self._checked(letter.wire() for letter in letters)

        return self._queue.replay(select or (lambda letter: True), check, self._clock())

    def _checked(self, operations: Iterable[object]) -> list[NewOperation]:
        return [
            _check(index, raw, assinante_id=self._assinante_id, partner_wide=self._partner_wide)
            for index, raw in enumerate(operations)
        ]

    def close(self) -> None:
        """Release the queue folder; what was not sent stays there for the next uploader."""
        self._queue.close()

    async def _flush(self, *, everything: bool) -> FlushReport:
        """Send closed batches in order. With `everything` (a flush) close the open batch too,
        and wait for failed items' retry times until the queue is empty or dead-lettered."""
        report = FlushReport()
        reached = 0.0  # how far our own sleeps got: an injected sleep need not move the clock
        failures = 0  # failed tries of the current batch, in a row
        while True:
            now = max(self._clock(), reached)
            self._queue.close_batches(now, force=everything)
            batches = _in_flight_together(self._queue.oldest_batches(self.concurrency))
            if not batches:
                wait = self._queue.next_due(now) if everything else None
                if wait is None:
                    return report
                await self._pause(wait)
                reached = now + wait
                continue
            # Answers settle in the order the batches closed; a batch whose send failed stays the
            # oldest (or among the oldest) and goes again after the backoff.
            errors: list[Exception] = []
            for batch, outcome in zip(batches, await self._send(batches), strict=True):
                try:
                    result = _answer(outcome)
                except BadRequestError as error:
                    # Panamah refused the whole request (400/422): re-sending it cannot help, and
                    # holding it would block every later batch. Park its operations for inspection.
                    failed = dict.fromkeys((operation.seq for operation in batch.operations), f"batch refused: {error}")
                    report.record(self._queue.settle(batch, failed, now, self.retry, final=True))
                except SEND_ERRORS as error:
                    errors.append(error)
                else:
                    report.record(self._queue.settle(batch, _failures(batch, result), now, self.retry))
            if fatal := next((error for error in errors if not _retryable(error)), None):
                raise fatal  # e.g. refused credentials: the batch stays queued on disk
            if not errors:
                failures = 0
                continue
            failures += 1
            if failures >= self.retry.send_attempts:
                raise errors[0]
            report.send_retries += 1
            delay = self.retry.send_delay(failures, _retry_after(errors[0]))
            await self._pause(delay)
            reached = now + delay

    async def _exit(self, exc: BaseException | None) -> None:
        """The flush of leaving a `with` block: a failure while the block raised becomes a note."""
        try:
            await self._flush(everything=True)
        except Exception as error:
            if exc is None:
                raise
            exc.add_note(f"flushing the Panamah uploader on exit failed too ({error!r}); the queue stays on disk")


def _body(batch: Batch) -> list[StreamOperation]:
    return [StreamOperation.from_dict(operation.wire()) for operation in batch.operations]


def _sendable(operation: QueuedOperation) -> str | None:
    """What makes a stored operation unsendable (the stream refuses its `tipo` or `op`), or None."""
    if operation.tipo not in _stream_models():
        return f"tipo {_show(operation.tipo)} is not a stream model (one of {', '.join(stream_tipos())})"
    if operation.op not in OPERATION_KINDS:
        return f"op {_show(operation.op)} is not one of {', '.join(OPERATION_KINDS)}"
    if not isinstance(operation.data.get("id"), str):
        return "data.id is not a string"
    return None


def _answer(outcome: object) -> StreamDataResult:
    if isinstance(outcome, BaseException):
        raise outcome  # only SEND_ERRORS are decided about: anything else propagates
    return unwrap(cast("Response[Any]", outcome), StreamDataResult)


def _retryable(error: Exception) -> bool:
    status = error.status_code if isinstance(error, APIError | UnexpectedStatus) else None
    return isinstance(error, TRANSPORT_ERRORS) or (status is not None and (status in RETRY_STATUSES or status >= 500))


def _retry_after(error: Exception) -> float | None:
    return parse_retry_after(error.headers.get("retry-after")) if isinstance(error, APIError) else None


def _failures(batch: Batch, result: StreamDataResult) -> dict[int, str]:
    """seq -> reason for each operation of `batch` that did not succeed.

    Panamah answers items as {tipo, op, id} (failures also name the subscriber), not by
    position: each operation takes the first unclaimed failure that matches it, else a success;
    one that matches neither was lost by the server and is treated as failed (re-sent).
    """
    falhas: list[StreamFailureItem] = list(result.falhas.itens)
    sucessos = Counter(_key(item) for item in result.sucessos.itens)
    failed: dict[int, str] = {}
    for operation in batch.operations:
        key = (operation.tipo, operation.op, str(operation.data["id"]))
        falha = next((item for item in falhas if _matches(item, key, operation.assinante_id)), None)
        if falha is not None:
            falhas.remove(falha)
            failed[operation.seq] = falha.mensagem if isinstance(falha.mensagem, str) else "failed (no mensagem)"
        elif sucessos[key] > 0:
            sucessos[key] -= 1
        else:
            failed[operation.seq] = "missing from Panamah's answer"
    return failed


def _key(item: StreamResultItem | StreamFailureItem) -> tuple[str, str, str]:
    return item.tipo.value, item.op.value.lower(), item.id


def _matches(item: StreamFailureItem, key: tuple[str, str, str], assinante_id: str | None) -> bool:
    """Whether a failure answers the operation `key` of this subscriber (None: the session's)."""
    subscriber = item.assinante_id
    return _key(item) == key and (isinstance(subscriber, Unset) or assinante_id in (None, subscriber))


# --- the two drivers ---------------------------------------------------------------------------


class Uploader(_UploaderBase[Callable[[float], None]]):
    """Batched, durable uploads to Panamah's stream through a connected client (see the module).

    ```python
    uploader = Uploader(panamah.connect(assinante_id="03954345000109"), "outbox")
    uploader.update("SECAO", {"id": "10", "codigo": "10", "descricao": "Mercearia"})
    report = uploader.flush()      # FlushReport(batches=1, acknowledged=1, ...)
    uploader.close()
    ```

    `limits` closes batches (default 500 operations, 5 KB, 5 minutes), `retry` bounds the
    retries, `clock` (Unix seconds) measures batch age and retry times, `sleep` waits between
    retries (`time.sleep` by default); `assinante_id` is the subscriber of operations that name
    none; `concurrency` is how many batches may be in flight at once (4 by default; never two
    holding the same record; 1 sends one batch at a time). `add()` may be called from any
    thread; flushes are serialised. One uploader per queue folder.
    """

    _default_sleep = staticmethod(time.sleep)
    _new_lock = threading.Lock
    _senders: ThreadPoolExecutor | None = None  # started on the first concurrent send

    def flush(self) -> FlushReport:
        """Close the open batch and send everything, waiting out failed items' backoffs, until
        the queue is empty (failures past `max_attempts` end in the dead-letter log).

        Operations added by other threads meanwhile are sent too. Raises the last error when a
        batch fails `retry.send_attempts` times in a row, or at once for refused credentials;
        the batch then stays queued on disk."""
        return self._run(self._flush(everything=True))

    def send_ready(self) -> FlushReport:
        """Send the batches that are closed now (by count, bytes, age or a due retry) and return:
        the call for a periodic loop. Retries of network errors still back off and wait."""
        return self._run(self._flush(everything=False))

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        try:
            self._run(self._exit(exc))
        finally:
            self.close()

    def close(self) -> None:
        """Release the queue folder and stop the sending threads."""
        try:
            if self._senders is not None:
                self._senders.shutdown(wait=True)
                self._senders = None
        finally:
            super().close()

    def _run(self, flow: Coroutine[Any, Any, T]) -> T:
        with self._sending:
            return _finish(flow)

    async def _pause(self, seconds: float) -> None:
        self._sleep(seconds)

    async def _send(self, batches: Sequence[Batch]) -> list[object]:
        if len(batches) == 1:
            return [self._call(batches[0])]
        if self._senders is None:
            self._senders = ThreadPoolExecutor(self.concurrency, thread_name_prefix="panamah-upload")
        # Each thread runs in a copy of this one's context: a `deadline(...)` block applies there too.
        futures = [self._senders.submit(contextvars.copy_context().run, self._call, batch) for batch in batches]
        return [future.result() for future in futures]

    def _call(self, batch: Batch) -> object:
        # Called by the thread that sends it, so building one batch's body overlaps with the
        # wait for the others.
        try:
            return send_stream_data.sync_detailed(client=self._client, body=_body(batch))
        except SEND_ERRORS as error:
            return error


class AsyncUploader(_UploaderBase[Callable[[float], Awaitable[None]]]):
    """`Uploader` for asyncio: the same queue, batching and retries; sends with the async client
    (`sleep` is `asyncio.sleep` by default).

    ```python
    async with AsyncUploader(panamah.connect(assinante_id="03954345000109"), "outbox") as uploader:
        uploader.update("SECAO", {"id": "10", "codigo": "10", "descricao": "Mercearia"})
        await uploader.flush()
    ```

    `add()`, `update()` and `delete()` stay plain calls: they write one small file (a few
    milliseconds of fsync); `await aadd(...)` runs `add()` in a worker thread instead. A flush
    writes the queue on the event loop's thread too: a few fsyncs per batch, next to a request.
    """

    _default_sleep = staticmethod(asyncio.sleep)
    _new_lock = asyncio.Lock

    def _httpx_client(self) -> httpx.AsyncClient:
        return self._client.get_async_httpx_client()

    async def aadd(self, operations: Operations) -> list[int]:
        """`add()` in a worker thread, keeping its fsync off the event loop."""
        return await asyncio.to_thread(self.add, operations)

    async def flush(self) -> FlushReport:
        """See `Uploader.flush()`."""
        return await self._run(self._flush(everything=True))

    async def send_ready(self) -> FlushReport:
        """See `Uploader.send_ready()`."""
        return await self._run(self._flush(everything=False))

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        try:
            await self._run(self._exit(exc))
        finally:
            self.close()

    async def _run(self, flow: Coroutine[Any, Any, T]) -> T:
        async with self._sending:
            return await flow

    async def _pause(self, seconds: float) -> None:
        await self._sleep(seconds)

    async def _send(self, batches: Sequence[Batch]) -> list[object]:
        sends = (send_stream_data.asyncio_detailed(client=self._client, body=_body(batch)) for batch in batches)
        return list(await asyncio.gather(*sends, return_exceptions=True))


def _finish(flow: Coroutine[Any, Any, T]) -> T:
    """The result of a coroutine whose awaits never suspend (the sync driver's flows)."""
    try:
        flow.send(None)
    except StopIteration as done:
        return cast("T", done.value)
    flow.close()
    raise RuntimeError("a sync uploader's flow awaited something that suspends")
