"""`paymentworks-updates`: every vendor update to a JSONL or CSV file, with a progress bar.

    paymentworks-updates --output updates.jsonl --status 1
    paymentworks-updates --output updates.jsonl --resume      # after a crash or Ctrl-C

Credentials and server as for `paymentworks.connect()` (PAYMENTWORKS_TOKEN, PAYMENTWORKS_BASE_URL).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from paymentworks_client.models import UpdateStatusCode

from .._cli import ResumableExport, export_pages, fail_in_one_line, progress_bar
from . import connect

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="paymentworks-updates", description=__doc__.split("\n")[0])
    parser.add_argument("--output", required=True, type=Path, help="the file to write")
    parser.add_argument("--format", choices=("jsonl", "csv"), help="default: from the output's suffix, else jsonl")
    parser.add_argument(
        "--status", type=int, choices=[code.value for code in UpdateStatusCode], help="only this status"
    )
    parser.add_argument("--per-page", type=int, default=500, help="items per request (default 500)")
    parser.add_argument("--resume", action="store_true", help="go on from where an interrupted download stopped")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


@fail_in_one_line
def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    fmt = args.format or ("csv" if args.output.suffix.lower() == ".csv" else "jsonl")
    client = connect()
    export = ResumableExport(args.output, fmt, resume=args.resume)
    try:
        with progress_bar("updates", enabled=not args.quiet) as bar:
            query: dict[str, Any] = {"status": UpdateStatusCode(args.status)} if args.status is not None else {}
            pages = client.updates.list(per_page=args.per_page, progress=bar, resume_from=export.resume_from, **query)
            written = export_pages(pages, export)
        export.finish()
    finally:
        export.close()
        client.close()
    print(f"{written} updates written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(None))
