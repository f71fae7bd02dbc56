"""`economic-export`: every contact or group to a JSONL or CSV file, with a progress bar.

    economic-export contacts --output contacts.jsonl --filter 'name$like:*Jensen*'
    economic-export groups --output groups.csv --format csv
    economic-export contacts --output contacts.jsonl --resume     # after a crash or Ctrl-C

Credentials and server as for `economic.connect()` (ECONOMIC_APP_SECRET_TOKEN,
ECONOMIC_AGREEMENT_GRANT_TOKEN, ECONOMIC_BASE_URL).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .._cli import ResumableExport, export_pages, fail_in_one_line, progress_bar
from . import connect

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="economic-export", description=__doc__.split("\n")[0])
    parser.add_argument("collection", choices=("contacts", "groups"))
    parser.add_argument("--output", required=True, type=Path, help="the file to write")
    parser.add_argument("--format", choices=("jsonl", "csv"), help="default: from the output's suffix, else jsonl")
    parser.add_argument("--filter", dest="filter_", help="an e-conomic filter expression, e.g. 'name$like:*port'")
    parser.add_argument("--resume", action="store_true", help="go on from where an interrupted export stopped")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


@fail_in_one_line
def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    fmt = args.format or ("csv" if args.output.suffix.lower() == ".csv" else "jsonl")
    client = connect()
    export = ResumableExport(args.output, fmt, resume=args.resume)
    try:
        resource = client.contacts if args.collection == "contacts" else client.groups
        with progress_bar(f"{args.collection}", enabled=not args.quiet) as bar:
            filters = {"filter_": args.filter_} if args.filter_ else {}
            pages = resource.list(progress=bar, resume_from=export.resume_from, **filters)
            written = export_pages(pages, export)
        export.finish()
    finally:
        export.close()
        client.close()
    print(f"{written} {args.collection} written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(None))
