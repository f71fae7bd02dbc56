"""A tour of the five clients, each against its mock, in-process.

    python scripts/demo.py [SLUG ...]          # the tours
    python scripts/demo.py --operations [SLUG ...]   # every operation of every client

Each tour walks one vendor through a realistic flow with its generated client: create, list
with pagination, read, update, delete and an error, as far as the vendor's API offers each.
The mocks run in-process (no sockets), so the tour works offline and takes a second.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import sys

from client_readme import operation_module
from demo_tours import TOURS
from speclib import Vendor, discover_vendors, iter_operations, vendor_by_slug


def list_operations(vendor: Vendor) -> int:
    spec = vendor.spec()
    version = importlib.metadata.version(vendor.project_name)
    print(f"\n== {spec['info']['title']}  [{vendor.project_name} {version}, import {vendor.package_name}]")
    operations = list(iter_operations(spec))
    for operation in operations:
        module_name = operation_module(vendor, operation)
        module = importlib.import_module(module_name)  # proves the listed function exists
        assert callable(module.sync_detailed)
        short = module_name[len(vendor.package_name) + 1 :]
        status = operation.data["x-provenance"]["status"]
        print(f"   {operation.method.upper():6} {operation.path:58} {short}  [{status}]")
    return len(operations)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", metavar="SLUG")
    parser.add_argument("--operations", action="store_true", help="list operations instead of touring")
    args = parser.parse_args(argv)
    vendors = [vendor_by_slug(slug) for slug in args.vendors] if args.vendors else discover_vendors()
    if args.operations:
        counts = {vendor.slug: list_operations(vendor) for vendor in vendors}
        print("\nOperations per client: " + ", ".join(f"{slug} {count}" for slug, count in counts.items()))
        return 0
    for vendor in vendors:
        print(f"\n== {vendor.spec()['info']['title']} ({vendor.project_name}, against its mock)")
        TOURS[vendor.slug]()
    print("\nEvery step above went through a generated client to a mock that validates requests against its spec.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
