"""`panamah-upload`: stream operations from a JSONL file through the durable queue, with a progress bar.

    panamah-upload operations.jsonl --queue panamah-outbox --assinante 78778932000157
    panamah-upload --dead-letters --queue panamah-outbox      # what Panamah refused, as JSONL

Each line is one stream operation, `{"op": "update" | "delete", "tipo": ..., "data": {...}}`
(`assinanteId` too in partner-wide mode). Lines are queued in chunks, each chunk durable before
the next is read; `<queue>/upload-source.json` records how many lines of which file are queued,
so running the same command again after a crash skips them (at most the chunk being queued when
the process died is queued twice, and a second update of a record is harmless). Then the queue
is flushed. Credentials and server as for `panamah.connect()` (PANAMAH_PARTNER_TOKEN,
PANAMAH_PARTNER_SECRET, PANAMAH_BASE_URL).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path
from typing import Any

from .._cli import fail_in_one_line, progress_bar, save_state
from . import PARTNER_WIDE, Uploader, UploadRetry, connect

__all__ = ["main"]

CHUNK = 500  # lines queued by one add(): all or none
SOURCE_STATE = "upload-source.json"


@fail_in_one_line
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="panamah-upload", description=__doc__.split("\n")[0])
    parser.add_argument("source", nargs="?", type=Path, help="a JSONL file of stream operations")
    parser.add_argument("--queue", required=True, type=Path, help="the uploader's folder (created if missing)")
    parser.add_argument("--assinante", default=PARTNER_WIDE, help="the subscriber (default: partner-wide, *)")
    parser.add_argument(
        "--attempts", type=int, default=UploadRetry().max_attempts,
        help="sends of an operation Panamah refuses before it is dead-lettered (default %(default)s)",
    )  # fmt: skip
    parser.add_argument("--dead-letters", action="store_true", help="print the dead letters as JSONL and stop")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    if not args.dead_letters and args.source is None:
        parser.error("give a JSONL file of operations, or --dead-letters")
    with connect(assinante_id=args.assinante) as client:
        uploader = Uploader(client, args.queue, retry=UploadRetry(max_attempts=args.attempts))
        if args.dead_letters:  # an inspection: leaving without the flush of a `with` block sends nothing
            try:
                for letter in uploader.dead_letters():
                    print(json.dumps(letter.to_json(), ensure_ascii=False))
            finally:
                uploader.close()
            return 0
        with uploader:
            queued = _queue_file(uploader, args.source, args.queue / SOURCE_STATE, quiet=args.quiet)
            report = uploader.flush()
    print(
        f"{queued} operations queued from {args.source}; {report.acknowledged} acknowledged,"
        f" {report.dead_lettered} dead-lettered ({report.refused_deletes} refused deletes)"
        + (f": see panamah-upload --dead-letters --queue {args.queue}" if report.dead_lettered else ""),
        file=sys.stderr,
    )
    return 0


def _queue_file(uploader: Uploader, source: Path, state_path: Path, *, quiet: bool) -> int:
    """Queue the operations of `source` not queued by an earlier run; the number queued now."""
    key = str(source.resolve())
    state = json.loads(state_path.read_text(encoding="utf-8")) if state_path.exists() else {}
    skip = int(state.get(key, 0))
    with source.open(encoding="utf-8") as handle:
        total = sum(1 for line in handle if line.strip())
    seen = skip  # operation lines queued by this run and earlier ones
    with progress_bar(f"queue {source.name}", enabled=not quiet) as bar, source.open(encoding="utf-8") as handle:
        bar(min(skip, total), total)
        lines = itertools.islice(((n, line) for n, line in enumerate(handle, start=1) if line.strip()), skip, None)
        while chunk := list(itertools.islice(lines, CHUNK)):
            uploader.add([_operation(source, number, line) for number, line in chunk])  # durable; all or none
            seen += len(chunk)
            state[key] = seen
            save_state(state_path, state)
            bar(seen, total)
    return seen - skip


def _operation(source: Path, number: int, line: str) -> Any:
    try:
        return json.loads(line)
    except ValueError as error:
        raise ValueError(f"{source}:{number}: not a JSON operation ({error})") from error


if __name__ == "__main__":
    sys.exit(main(None))
