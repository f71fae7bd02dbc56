"""The uploader's queue on disk: accepted operations, closed batches and dead letters, crash-safe.

A queue folder holds (format 1):

    LOCK                  locked (filelock) while an uploader uses the folder; on POSIX the folder
                          itself is flock()ed too, so deleting LOCK lets no second uploader in
    pending/<n>.json      operations accepted but in no closed batch yet: one file per `add()`
                          call, and one per re-queue of failed items
    batches/<n>.json      closed batches, sent in order of `n`; deleted once Panamah answered
    dead-letters.jsonl    operations that failed too often: one JSON object a line
    corrupt/              files found unreadable on start, moved here whole (see below)

Every operation carries a sequence number (`seq`), unique in the folder. Files under
`pending/` and `batches/` are only ever written whole (temp file, fsync, `os.replace`, fsync of
the folder), so a file is either its old or its new content; a torn temp file (`.*.tmp`) is
deleted on start. Each step writes its new home for an operation before removing the old one:

- closing a batch writes `batches/<n>.json`, then removes its operations from `pending/`;
- an answer writes re-queued failures to `pending/` and dead letters to the log, then deletes
  the batch file: the deletion is the acknowledgement;
- a replay writes the dead letters to `pending/`, then rewrites the log without them.

A crash between the two halves leaves an operation in two places. On start the queue keeps
the copy in the first place of `batches/` > `pending/` > dead letters and rewrites the others,
so each operation lives exactly once again. Hence a crash re-sends at most the batch that was
in flight (its file is still there: at least once), never an acknowledged batch (its file is
gone), and never loses an accepted operation (`add()` returns after its file is durable).

Every step is all or none: a file that could not be made durable is removed before the error
propagates, so `accept()` (an `add()`) either queued everything or nothing.

The dead-letter log is appended to (it can grow large and is rarely written); a line torn by a
crash is moved to `corrupt/dead-letters.jsonl` on start and left out of the rewritten log.
A queue file that cannot be read (truncated, not JSON, empty, renamed, or holding an operation
the uploader's `check` refuses) is moved to `corrupt/`, logged at ERROR and kept in
`DiskQueue.corrupt` as a `QueueError`; the rest of the folder is delivered as usual.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import filelock

from ._batching import BatchLimits, ClosedBy, UploadRetry, cut, wire_size

if sys.platform != "win32":
    import fcntl

__all__ = [
    "FORMAT",
    "Batch",
    "DeadLetter",
    "DiskQueue",
    "NewOperation",
    "QueueError",
    "QueueStats",
    "QueuedOperation",
    "Settlement",
]

FORMAT = 1
DEAD_LETTERS = "dead-letters.jsonl"
TEMP_SUFFIX = ".tmp"
NAME_DIGITS = 12  # file names sort by number: pending/000000000042.json

logger = logging.getLogger("client_overlays.panamah.uploader")
_temp_names = itertools.count()


class QueueError(RuntimeError):
    """A queue folder problem: in use by another uploader, or a file the queue cannot read.

    `path` names the file (None when the problem is not one file's). A file that cannot be read
    is moved to `corrupt/` and reported, never raised: see `DiskQueue.corrupt`.
    """

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class NewOperation:
    """A validated operation on its way into the queue (`op` is lower-case)."""

    op: str
    tipo: str
    data: dict[str, Any]
    assinante_id: str | None


@dataclass(frozen=True)
class _Record:
    """What queued operations and dead letters share: the operation and its sequence number.

    Stored as JSON: `seq`, `wire()`, then the subclass's fields in camelCase (those at their
    default left out); `from_json` raises (KeyError, TypeError, ValueError) on a missing or
    mistyped field, so recovery moves the file aside."""

    seq: int
    op: str
    tipo: str
    data: dict[str, Any]
    assinante_id: str | None

    def wire(self) -> dict[str, Any]:
        """The operation as `POST /stream/data` takes it."""
        body: dict[str, Any] = {"op": self.op, "tipo": self.tipo, "data": self.data}
        if self.assinante_id is not None:
            body["assinanteId"] = self.assinante_id
        return body

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, **self.wire()}

    def _shared(self) -> _Shared:
        return self.seq, self.op, self.tipo, self.data, self.assinante_id


_Shared = tuple[int, str, str, dict[str, Any], str | None]


def _read_shared(stored: Mapping[str, Any]) -> _Shared:
    """The `_Record` fields of a stored record, each read (or refused) as its type."""
    return int(stored["seq"]), str(stored["op"]), str(stored["tipo"]), dict(stored["data"]), _str(stored, "assinanteId")


def _str(stored: Mapping[str, Any], key: str) -> str | None:
    return None if stored.get(key) is None else str(stored[key])


@dataclass(frozen=True)
class QueuedOperation(_Record):
    """An accepted operation. `attempts` counts the times Panamah answered it in `falhas`."""

    accepted_at: float
    attempts: int = 0
    not_before: float = 0.0  # a failed item is not re-sent before this time (uploader's clock)
    last_error: str | None = None
    size: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "size", wire_size(self.wire()))

    def to_json(self) -> dict[str, Any]:
        stored = {**super().to_json(), "acceptedAt": self.accepted_at}
        if self.attempts:  # the fields of a failed item, left out at their defaults
            stored["attempts"] = self.attempts
        if self.not_before:
            stored["notBefore"] = self.not_before
        if self.last_error is not None:
            stored["lastError"] = self.last_error
        return stored

    @classmethod
    def from_json(cls, stored: Mapping[str, Any]) -> QueuedOperation:
        return cls(
            *_read_shared(stored),
            float(stored["acceptedAt"]),
            int(stored.get("attempts", 0)),
            float(stored.get("notBefore", 0.0)),
            _str(stored, "lastError"),
        )


@dataclass(frozen=True)
class Batch:
    """A closed batch: sent as one `POST /stream/data`, re-sent whole until Panamah answers it."""

    number: int
    operations: tuple[QueuedOperation, ...]
    closed_by: ClosedBy
    closed_at: float


@dataclass(frozen=True)
class DeadLetter(_Record):
    """An operation that failed `attempts` times; `reason` is Panamah's last `mensagem`."""

    attempts: int
    reason: str
    failed_at: float

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "attempts": self.attempts, "reason": self.reason, "failedAt": self.failed_at}

    @classmethod
    def from_json(cls, stored: Mapping[str, Any]) -> DeadLetter:
        return cls(*_read_shared(stored), int(stored["attempts"]), str(stored["reason"]), float(stored["failedAt"]))


@dataclass(frozen=True)
class Settlement:
    """What became of a batch's operations once Panamah answered."""

    acknowledged: int
    requeued: int
    dead_lettered: int
    dead_letters: tuple[DeadLetter, ...] = ()  # the operations just parked, for the report and the log


@dataclass(frozen=True)
class QueueStats:
    pending: int  # accepted, in no closed batch (including failed items waiting to be re-sent)
    waiting: int  # failed items whose retry time has not come
    batches: int  # closed batches not yet answered
    in_batches: int  # operations in those batches
    dead_letters: int
    corrupt: int = 0  # files in corrupt/: unreadable queue files moved aside (see `DiskQueue.corrupt`)

    @property
    def unsent(self) -> int:
        return self.pending + self.in_batches


class DiskQueue:
    """The queue of one folder (see the module docstring). Every method is thread-safe."""

    def __init__(
        self,
        directory: str | os.PathLike[str],
        limits: BatchLimits,
        *,
        check: Callable[[QueuedOperation], str | None] | None = None,
    ) -> None:
        """`check` says what is wrong with a stored operation the uploader cannot send (an
        unknown `tipo`, say), or None; a file holding one is moved to `corrupt/` on start."""
        self.directory = Path(directory)
        self.limits = limits
        self._check = check or (lambda operation: None)
        self._lock = threading.RLock()
        self._pending_dir = self.directory / "pending"
        self._batch_dir = self.directory / "batches"
        self._corrupt_dir = self.directory / "corrupt"
        self._dead_path = self.directory / DEAD_LETTERS
        for folder in (self.directory, self._pending_dir, self._batch_dir):
            folder.mkdir(parents=True, exist_ok=True)
        self._folder_lock = _lock_folder(self.directory)
        self._pending: dict[int, list[QueuedOperation]] = {}  # file number -> its operations, in file order
        self._batches: dict[int, Batch] = {}
        self._dead: dict[int, DeadLetter] = {}
        self._stale: set[int] = set()  # pending files whose trimming failed on disk: rewritten at the next step
        self.corrupt: list[QueueError] = []  # files moved to corrupt/ by this queue, each with its reason
        try:
            queued = self._recover()
        except BaseException:
            self.close()
            raise
        # Never reuse a sequence number seen in corrupt/: a file repaired and moved back must not
        # collide with newer operations (recovery keeps one operation per number).
        self._next_seq = max([*queued, *self._dead, _largest_seq(self._corrupt_dir)], default=0) + 1
        self._next_file = max(self._pending, default=0) + 1
        self._next_batch = max(self._batches, default=0) + 1

    def accept(self, operations: Sequence[NewOperation], now: float) -> list[int]:
        """Queue `operations` in one file (all or none); returns their sequence numbers."""
        with self._lock:
            queued = [
                QueuedOperation(self._next_seq + index, new.op, new.tipo, new.data, new.assinante_id, now)
                for index, new in enumerate(operations)
            ]
            with self._new_pending_file(queued):
                self._next_seq += len(queued)
            return [operation.seq for operation in queued]

    def close_batches(self, now: float, *, force: bool = False) -> list[Batch]:
        """Close every batch a limit (or `force`, for a flush) closes now; returns them in order."""
        closed: list[Batch] = []
        with self._lock:
            # Candidates are listed once and cut front to back; pending files are trimmed once,
            # after the last cut: closing the batches of one large add() costs time in proportion
            # to its operations, not to their number times the number of batches.
            candidates = self._candidates(now)
            start = 0
            try:
                while True:
                    # `cut` looks at no more than one batch's worth of operations.
                    window = candidates[start : start + self.limits.max_operations]
                    count, closed_by = cut([operation for _, operation in window], self.limits, now, force=force)
                    if not count or closed_by is None:
                        return closed
                    taken = window[:count]
                    batch = Batch(self._next_batch, tuple(operation for _, operation in taken), closed_by, now)
                    head = {"batch": batch.number, "closedBy": closed_by, "closedAt": now}
                    # The batch is durable before its operations leave pending/; one not made durable is withdrawn.
                    _write_durably(_numbered(self._batch_dir, batch.number), _queue_file(batch.operations, head))
                    self._batches[batch.number] = batch
                    self._next_batch += 1
                    closed.append(batch)
                    start += count
            finally:
                if start:  # also when a later batch failed to write: the durable ones leave pending/
                    taken = candidates[:start]
                    self._remove_pending({operation.seq for _, operation in taken}, {number for number, _ in taken})

    def oldest_batches(self, limit: int) -> list[Batch]:
        """The next `limit` batches to send, oldest first (batches go out in the order they closed)."""
        with self._lock:
            return list(itertools.islice(self._batches.values(), limit))

    def next_due(self, now: float) -> float | None:
        """Seconds until the first waiting failed item may be re-sent; None when nothing waits."""
        with self._lock:
            waits = [op.not_before - now for ops in self._pending.values() for op in ops if op.not_before > now]
            return max(min(waits), 0.0) if waits else None

    def settle(
        self, batch: Batch, failures: Mapping[int, str], now: float, retry: UploadRetry, *, final: bool = False
    ) -> Settlement:
        """Record Panamah's answer to `batch`: `failures` maps seq -> reason; the rest succeeded.

        Failed items are re-queued with a backoff, or dead-lettered after `retry.max_attempts`
        failures (at once when `final`). The batch file goes last: its deletion acknowledges it.
        """
        requeue: list[QueuedOperation] = []
        dead: list[DeadLetter] = []
        for operation in batch.operations:
            reason = failures.get(operation.seq)
            if reason is None:
                continue
            attempts = operation.attempts + 1
            if final or attempts >= retry.max_attempts:
                dead.append(DeadLetter(*operation._shared(), attempts, reason, now))
            else:
                later = now + retry.item_delay(attempts)
                requeue.append(replace(operation, attempts=attempts, not_before=later, last_error=reason))
        with self._lock:
            if batch.number not in self._batches:
                raise QueueError(f"batch {batch.number} is not in the queue (settled twice?)")
            with self._new_pending_file(requeue):  # all or none: the batch stays if this raises
                if dead:
                    self._append_dead_letters(dead)
            if self._stale:
                self._remove_pending(set(), ())  # first make good any trimming a full disk held up
            _numbered(self._batch_dir, batch.number).unlink()
            _fsync_dir(self._batch_dir)
            del self._batches[batch.number]
        return Settlement(len(batch.operations) - len(requeue) - len(dead), len(requeue), len(dead), tuple(dead))

    def dead_letters(self) -> list[DeadLetter]:
        with self._lock:
            return list(self._dead.values())

    def replay(
        self,
        select: Callable[[DeadLetter], bool],
        check: Callable[[Sequence[DeadLetter]], Sequence[NewOperation]],
        now: float,
    ) -> int:
        """Move the selected dead letters back into the queue as new operations (all or none).

        `check` turns them into operations, raising to refuse the replay; they keep their `seq`,
        so a crash between the two writes leaves one copy after recovery, not two.
        """
        with self._lock:
            chosen = [letter for letter in self._dead.values() if select(letter)]
            if not chosen:
                return 0
            operations = check(chosen)
            queued = [
                QueuedOperation(letter.seq, new.op, new.tipo, new.data, new.assinante_id, now)
                for letter, new in zip(chosen, operations, strict=True)
            ]
            taken = {letter.seq for letter in chosen}
            with self._new_pending_file(queued):
                self._rewrite_dead_letters({seq: letter for seq, letter in self._dead.items() if seq not in taken})
            return len(chosen)

    def stats(self, now: float) -> QueueStats:
        with self._lock:
            pending = [op for ops in self._pending.values() for op in ops]
            return QueueStats(
                pending=len(pending),
                waiting=sum(1 for op in pending if op.not_before > now),
                batches=len(self._batches),
                in_batches=sum(len(batch.operations) for batch in self._batches.values()),
                dead_letters=len(self._dead),
                corrupt=sum(path.is_file() for path in self._corrupt_dir.glob("*")),
            )

    def close(self) -> None:
        """Release the folder lock (the queue itself is always on disk)."""
        with self._lock:
            self._folder_lock.close()

    def _candidates(self, now: float) -> list[tuple[int, QueuedOperation]]:
        """Operations that may go into the next batch, in sending order: due failed items first
        (oldest retry time first), then new operations in the order they were accepted."""
        pending = [(number, operation) for number, operations in self._pending.items() for operation in operations]
        due = [item for item in pending if item[1].attempts and item[1].not_before <= now]
        due.sort(key=lambda item: (item[1].not_before, item[1].seq))
        return due + [item for item in pending if not item[1].attempts]

    @contextlib.contextmanager
    def _new_pending_file(self, operations: list[QueuedOperation]) -> Iterator[None]:
        """A new pending file of `operations` (none when empty), durable when the body runs, and
        removed again when the body, the rest of the step, raises: the step is all or none."""
        number = self._next_file
        if operations:
            _write_durably(_numbered(self._pending_dir, number), _queue_file(operations))
            self._pending[number] = operations
            self._next_file += 1
        try:
            yield
        except BaseException:
            if operations:
                del self._pending[number]
                _numbered(self._pending_dir, number).unlink(missing_ok=True)
                with contextlib.suppress(OSError):
                    _fsync_dir(self._pending_dir)
            raise

    def _remove_pending(self, seqs: set[int], files: Iterable[int]) -> None:
        """Drop operations a durable batch now holds. Memory first: a pending file that cannot
        be rewritten (a full disk) keeps a copy on disk only, which recovery would discard in
        favour of the batch's, and it is rewritten at the next step."""
        touched = set(files) | self._stale
        for number in touched & set(self._pending):
            self._pending[number] = [operation for operation in self._pending[number] if operation.seq not in seqs]
        self._stale = set()
        for number in sorted(touched):
            try:
                self._write_pending(number)
            except OSError as error:
                logger.warning("could not trim pending file %d (%s); retrying at the next step", number, error)
                self._stale.add(number)
        with contextlib.suppress(OSError):
            _fsync_dir(self._pending_dir)

    def _write_pending(self, number: int) -> None:
        """Make pending file `number` hold what memory holds; without operations, it goes."""
        if self._pending.get(number):
            _write_bytes(_numbered(self._pending_dir, number), _queue_file(self._pending[number]))
        else:
            _numbered(self._pending_dir, number).unlink(missing_ok=True)
            self._pending.pop(number, None)

    def _append_dead_letters(self, letters: list[DeadLetter]) -> None:
        lines = _lines(letters)
        created = not self._dead_path.exists()
        with open(self._dead_path, "ab+") as log:
            # After a torn write (a failed write, say a full disk), start on a fresh line so the
            # fragment stays one unreadable line instead of spoiling the next record too.
            if log.seek(0, os.SEEK_END) > 0:
                log.seek(-1, os.SEEK_END)
                if log.read(1) != b"\n":
                    lines = b"\n" + lines
            log.write(lines)
            log.flush()
            os.fsync(log.fileno())
        if created:
            _fsync_dir(self.directory)
        for letter in letters:
            self._dead[letter.seq] = letter

    def _rewrite_dead_letters(self, letters: dict[int, DeadLetter]) -> None:
        """Make the log hold `letters`, then memory: all or none."""
        if letters or self._dead_path.exists():
            _write_bytes(self._dead_path, _lines(letters.values()))
            _fsync_dir(self.directory)
        self._dead = letters

    def _recover(self) -> set[int]:
        """Load the folder and make each operation live exactly once (see the module docstring);
        returns the sequence numbers of the queued operations."""
        for folder in (self.directory, self._pending_dir, self._batch_dir):
            for temp in folder.glob(f".*{TEMP_SUFFIX}"):
                logger.info("removing %s, a write interrupted by a crash", temp)
                temp.unlink(missing_ok=True)
        placed: set[int] = set()
        for number, path in self._queue_files(self._batch_dir):
            with self._quarantined_unless_read(path):
                stored, operations = self._read_queue_file(path)
                if int(stored["batch"]) != number:
                    raise QueueError(f"it holds number {stored['batch']} (renamed?)")
                self._batches[number] = Batch(number, operations, stored["closedBy"], float(stored["closedAt"]))
                placed.update(operation.seq for operation in operations)
        trimmed = []
        for number, path in self._queue_files(self._pending_dir):
            with self._quarantined_unless_read(path):
                _, stored_operations = self._read_queue_file(path)
                self._pending[number] = [operation for operation in stored_operations if operation.seq not in placed]
                placed.update(operation.seq for operation in self._pending[number])
                if dropped := len(stored_operations) - len(self._pending[number]):
                    # A crash came between closing a batch (or answering one) and trimming pending/:
                    # the copy in the batch wins, and this file is rewritten without it.
                    logger.info("pending file %d: dropping %d operations held by a batch", number, dropped)
                    trimmed.append(number)
        for number in trimmed:
            self._write_pending(number)
        if trimmed:
            _fsync_dir(self._pending_dir)
        self._recover_dead_letters(placed)
        return placed

    def _queue_files(self, folder: Path) -> list[tuple[int, Path]]:
        """`<n>.json` files of a folder, by number; any other file there (renamed, or put there
        by something else) is moved to corrupt/, since the queue would never read it."""
        found = []
        for path in folder.iterdir():
            if path.name.startswith("."):
                continue  # temp files, removed above, and the like
            with self._quarantined_unless_read(path):
                if not (path.suffix == ".json" and path.stem.isdigit() and path.is_file()):
                    raise QueueError("its name is not <number>.json, so the queue cannot place it (renamed?)")
                found.append((int(path.stem), path))
        return sorted(found)

    def _read_queue_file(self, path: Path) -> tuple[dict[str, Any], tuple[QueuedOperation, ...]]:
        """A queue file and its operations, each one the uploader's `check` lets through."""
        try:
            stored = json.loads(path.read_bytes())
        except ValueError as error:
            # Files are replaced whole, so this is not a crash: something else wrote here.
            raise QueueError(f"not valid JSON ({error}); the queue never writes such a file") from error
        if not isinstance(stored, dict) or stored.get("format") != FORMAT:
            raise QueueError(f"not a format-{FORMAT} queue file")
        operations = tuple(QueuedOperation.from_json(item) for item in stored["operations"])
        for operation in operations:
            if (problem := self._check(operation)) is not None:
                raise QueueError(f"operation {operation.seq}: {problem}")
        return stored, operations

    @contextlib.contextmanager
    def _quarantined_unless_read(self, path: Path) -> Iterator[None]:
        """Runs the body that reads a queue file; a file it cannot read is moved to corrupt/ (never
        deleted: it may hold operations someone wants)."""
        try:
            yield
        except (QueueError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
            target = self._corrupt_name(f"{path.parent.name}-{path.name}")
            os.replace(path, target)
            _fsync_dir(self._corrupt_dir)
            _fsync_dir(path.parent)
            reason = str(error) or type(error).__name__
            self._report(logging.ERROR, QueueError(f"{path} cannot be read ({reason}); moved to {target}", path=target))

    def _corrupt_name(self, name: str) -> Path:
        """A free name in corrupt/: `name`, or `name` with `.1`, `.2`, ... before its suffix."""
        self._corrupt_dir.mkdir(exist_ok=True)
        path = self._corrupt_dir / name
        candidates = (path.with_name(f"{path.stem}.{number}{path.suffix}") for number in itertools.count(1))
        return next(candidate for candidate in itertools.chain([path], candidates) if not candidate.exists())

    def _report(self, level: int, error: QueueError) -> None:
        logger.log(level, "%s", error)
        self.corrupt.append(error)

    def _recover_dead_letters(self, placed: set[int]) -> None:
        if not self._dead_path.exists():
            return
        letters: list[DeadLetter] = []
        unreadable: list[bytes] = []
        for line in self._dead_path.read_bytes().splitlines():
            try:
                if line.strip():
                    letters.append(DeadLetter.from_json(json.loads(line)))
            except (ValueError, KeyError, TypeError, AttributeError):
                unreadable.append(line)
        # Queued again (re-queued or re-sent since) is no dead letter; of a seq dead-lettered again
        # after a re-send, the last record wins.
        self._dead = {letter.seq: letter for letter in letters if letter.seq not in placed}
        if unreadable:
            # A line torn by a crash, or edited by hand: kept in corrupt/, not dropped.
            target = self._corrupt_name(DEAD_LETTERS)
            _write_durably(target, b"\n".join(unreadable) + b"\n")
            message = f"{self._dead_path}: {len(unreadable)} unreadable lines moved to {target}"
            self._report(logging.WARNING, QueueError(message, path=target))
        if unreadable or len(self._dead) < len(letters):  # the log is rewritten without what was left out
            self._rewrite_dead_letters(self._dead)


def _lock_folder(directory: Path) -> contextlib.ExitStack:
    """One uploader per queue folder: locks the operating system holds until the returned stack
    is closed, or the process exits.

    `filelock` locks `LOCK` (on Windows the open lock file cannot be deleted). On POSIX the
    folder itself is flock()ed too: a lock on a file's inode stops nobody once the file is
    deleted (the next uploader creates a new `LOCK` and locks that), a folder cannot be.
    """
    with contextlib.ExitStack() as held:
        try:
            if sys.platform != "win32":
                fd = os.open(directory, os.O_RDONLY)
                held.callback(os.close, fd)  # closing the descriptor releases the flock
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            # No soft fallback: a lock that is a file's existence is what this replaces.
            lock = filelock.FileLock(
                directory / "LOCK", thread_local=False, fallback_to_soft=False, preserve_lock_file=True
            )
            lock.acquire(timeout=0)
        except (BlockingIOError, filelock.Timeout):
            busy = f"{directory} is in use by another uploader (one uploader per queue folder)"
            raise QueueError(busy, path=directory) from None
        held.callback(lock.release, force=True)
        return held.pop_all()


def _queue_file(operations: Iterable[QueuedOperation], head: Mapping[str, Any] | None = None) -> bytes:
    """A pending file, or with a batch's `head` a batch file."""
    return _json({"format": FORMAT, **(head or {}), "operations": [operation.to_json() for operation in operations]})


def _lines(letters: Iterable[DeadLetter]) -> bytes:
    return b"".join(_json(letter.to_json()) + b"\n" for letter in letters)


_SEQ = re.compile(rb'"seq"\s*:\s*(\d{1,18})')


def _numbered(folder: Path, number: int) -> Path:
    return folder / f"{number:0{NAME_DIGITS}d}.json"


def _largest_seq(folder: Path) -> int:
    """The largest `"seq": n` anywhere in the files of `folder` (0 for none), read as text."""
    found = (int(match) for path in folder.glob("*") if path.is_file() for match in _SEQ.findall(path.read_bytes()))
    return max(found, default=0)


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _write_durably(path: Path, payload: bytes) -> None:
    """A new file at `path`, durable (its folder fsynced) when this returns; on any failure no
    file is left behind, so a caller's step is all or none."""
    try:
        _write_bytes(path, payload)
        _fsync_dir(path.parent)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _write_bytes(path: Path, payload: bytes) -> None:
    """Replace `path` atomically and durably (the caller fsyncs the folder, once per step)."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.{next(_temp_names)}{TEMP_SUFFIX}")
    try:
        with open(temp, "xb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _fsync_dir(folder: Path) -> None:
    """Make renames and deletions in `folder` durable (POSIX needs the folder itself fsynced)."""
    if sys.platform != "win32":  # directories cannot be opened for fsync there; NTFS journals metadata
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            with contextlib.suppress(OSError):
                os.close(fd)
