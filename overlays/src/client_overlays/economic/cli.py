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

from .._cli import export_arguments, fail_in_one_line, run_export
from . import connect

__all__ = ["main"]


@fail_in_one_line
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="economic-export", description=__doc__.split("\n")[0])
    parser.add_argument("collection", choices=("contacts", "groups"))
    parser.add_argument("--filter", dest="filter_", help="an e-conomic filter expression, e.g. 'name$like:*port'")
    args = export_arguments(parser).parse_args(argv)
    client = connect()
    resource = getattr(client, args.collection)  # contacts or groups
    filters = {"filter_": args.filter_} if args.filter_ else {}
    return run_export(args, client, args.collection, resource.list, **filters)


if __name__ == "__main__":
    sys.exit(main(None))
