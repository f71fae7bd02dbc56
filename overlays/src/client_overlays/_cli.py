"""What the console commands share: a progress bar, a resumable export, one-line failures.

Each command (`economic-export`, `panamah-upload`, `paymentworks-updates`) is a long job a user
runs by hand. The bar (rich, the `cli` extra) shows items done, the total where the API tells
it, the rate and the time remaining; a failure ends the command with exit status 1 and one
line on stderr naming what went wrong (2 for bad arguments, as argparse does; 130 on Ctrl-C).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from ._exceptions import APIError
from ._settings import MissingCredentialError
from .pagination import Progress

__all__ = ["ResumableExport", "export_arguments", "fail_in_one_line", "progress_bar", "run_export", "save_state"]


@contextmanager
def progress_bar(description: str, *, enabled: bool = True) -> Iterator[Progress]:
    """A `progress(done, total)` callback drawing a bar on stderr (nothing when not `enabled`)."""
    if not enabled:
        yield lambda done, total: None
        return
    try:
        from rich import progress as bars
    except ImportError as error:  # the cli extra is missing
        raise SystemExit(f"error: the progress bar needs rich: pip install 'client-overlays[cli]' ({error})") from error
    from rich.console import Console

    # rich's columns (description, bar, percentage, time remaining), then items done and the rate.
    columns = (*bars.Progress.get_default_columns(), bars.MofNCompleteColumn(), bars.TextColumn("{task.fields[rate]}"))
    with bars.Progress(*columns, console=Console(stderr=True)) as progress:
        task = progress.add_task(description, total=None, rate="")

        def update(done: int, total: int | None) -> None:
            speed = progress.tasks[0].speed
            rate = f"{speed:,.0f}/s" if speed else ""
            progress.update(task, completed=done, total=total, rate=rate)

        yield update


def fail_in_one_line(main: Callable[[list[str] | None], int]) -> Callable[[list[str] | None], int]:
    """`main`, with every expected failure turned into exit status 1 and one line on stderr."""

    def run(argv: list[str] | None = None) -> int:
        try:
            return main(argv)
        except KeyboardInterrupt:
            print("interrupted: run the same command with --resume to go on", file=sys.stderr)
            return 130
        except (APIError, httpx.TransportError, MissingCredentialError, OSError, ValueError) as error:
            reason = " ".join(str(error).split()) or type(error).__name__
            print(f"error: {reason}", file=sys.stderr)
            return 1

    return run


class ResumableExport:
    """Items written to a JSONL or CSV file, resumable after a crash.

    Beside the output, `<output>.position` holds the walk's position and the output's size at
    that point, written after each page. `--resume` cuts the output back to that size (a line
    written after the last saved position would otherwise appear twice) and walks on from the
    position; a finished export removes the file (`run_export`).
    """

    def __init__(self, output: Path, fmt: str, *, resume: bool) -> None:
        if fmt not in ("jsonl", "csv"):
            raise ValueError(f"unknown format {fmt!r}: use jsonl or csv")
        self.output, self.format = output, fmt
        self.checkpoint = output.with_name(output.name + ".position")
        self.resume_from: Mapping[str, Any] | None = None
        self._fields: list[str] | None = None
        if resume:
            if not self.checkpoint.exists():
                raise ValueError(f"nothing to resume: {self.checkpoint} does not exist")
            saved = json.loads(self.checkpoint.read_text(encoding="utf-8"))
            self.resume_from, self._fields = saved["position"], saved.get("fields")
            with output.open("r+b") as handle:
                handle.truncate(int(saved["bytes"]))
        self._handle = output.open("a" if resume else "w", encoding="utf-8", newline="")
        self._csv = csv.writer(self._handle)

    def write_page(self, items: list[Mapping[str, Any]]) -> None:
        """One page's items. A CSV's columns are the fields of the first page's items (fields
        the API leaves out when empty included, as far as that page shows them)."""
        if self.format == "jsonl":
            for item in items:
                self._handle.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")
            return
        if self._fields is None:
            self._fields = list(dict.fromkeys(name for item in items for name in item))
            self._csv.writerow(self._fields)
        for item in items:
            extra = [name for name in item if name not in self._fields]
            if extra:
                raise ValueError(f"an item has fields the CSV header lacks ({', '.join(extra)}): export as jsonl")
            self._csv.writerow([_cell(item.get(name)) for name in self._fields])

    def save(self, position: Mapping[str, Any]) -> None:
        """Everything written so far is on disk; `position` is where to go on from."""
        self._handle.flush()
        os.fsync(self._handle.fileno())
        state = {"position": dict(position), "bytes": self.output.stat().st_size, "fields": self._fields}
        save_state(self.checkpoint, state)

    def close(self) -> None:
        self._handle.close()


def save_state(path: Path, state: Mapping[str, Any]) -> None:
    """A command's checkpoint as JSON, replaced whole: a crash leaves the old one or the new one."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(state), encoding="utf-8")
    temporary.replace(path)


def _cell(value: Any) -> Any:
    """A CSV cell: nested values as JSON, nothing for null."""
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


def export_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--output", required=True, type=Path, help="the file to write")
    parser.add_argument("--format", choices=("jsonl", "csv"), help="default: from the output's suffix, else jsonl")
    parser.add_argument("--resume", action="store_true", help="go on from where an interrupted export stopped")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def run_export(args: argparse.Namespace, client: Any, what: str, walk: Callable[..., Any], **arguments: Any) -> int:
    """Export every item of `walk(**arguments)` (a resource's list method) to
    `args.output`, saving the position after each page; closes `client`."""
    fmt = args.format or ("csv" if args.output.suffix.lower() == ".csv" else "jsonl")
    export = ResumableExport(args.output, fmt, resume=args.resume)
    written = 0
    try:
        with progress_bar(what, enabled=not args.quiet) as bar:
            pages = walk(progress=bar, resume_from=export.resume_from, **arguments)
            for page in pages.iter_pages():
                export.write_page([item.to_dict() if hasattr(item, "to_dict") else item for item in page.items])
                written += len(page.items)
                export.save(pages.position)
    finally:
        export.close()
        client.close()
    export.checkpoint.unlink(missing_ok=True)  # finished: nothing to resume
    print(f"{written} {what} written to {args.output}", file=sys.stderr)
    return 0
