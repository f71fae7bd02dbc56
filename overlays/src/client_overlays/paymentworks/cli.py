"""`paymentworks-updates`: every vendor update to a JSONL or CSV file, with a progress bar.

    paymentworks-updates --output updates.jsonl --status 1
    paymentworks-updates --output updates.jsonl --resume      # after a crash or Ctrl-C

Credentials and server as for `paymentworks.connect()` (PAYMENTWORKS_TOKEN, PAYMENTWORKS_BASE_URL).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from paymentworks_client.models import UpdateStatusCode

from .._cli import export_arguments, fail_in_one_line, run_export
from . import connect

__all__ = ["main"]


@fail_in_one_line
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="paymentworks-updates", description=__doc__.split("\n")[0])
    statuses = [code.value for code in UpdateStatusCode]
    parser.add_argument("--status", type=int, choices=statuses, help="only updates with this status code")
    parser.add_argument("--per-page", type=int, default=500, help="items per request (default 500)")
    args = export_arguments(parser).parse_args(argv)
    client = connect()
    query: dict[str, Any] = {"status": UpdateStatusCode(args.status)} if args.status is not None else {}
    return run_export(args, client, "updates", client.updates.list, per_page=args.per_page, **query)


if __name__ == "__main__":
    sys.exit(main(None))
