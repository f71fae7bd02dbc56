"""A tour of the five clients: what each package is, how it authenticates, what it can call.

    python scripts/demo.py [SLUG ...]

Everything printed is read from the specs and checked against the installed generated
packages, so the tour is never out of date: an operation listed here is importable.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import sys

from client_readme import operation_module
from speclib import Vendor, discover_vendors, iter_operations, vendor_by_slug


def _auth_summary(vendor: Vendor) -> str:
    schemes = vendor.spec()["components"]["securitySchemes"]
    parts = []
    for name, scheme in schemes.items():
        if scheme["type"] == "apiKey":
            parts.append(f"{name} ({scheme['name']} {scheme['in']})")
        else:
            parts.append(f"{name} ({scheme['type']} {scheme.get('scheme', '')})".rstrip())
    return ", ".join(parts)


def tour(vendor: Vendor) -> int:
    spec = vendor.spec()
    version = importlib.metadata.version(vendor.project_name)
    print(f"\n== {spec['info']['title']}  [{vendor.project_name} {version}, import {vendor.package_name}]")
    for server in spec["servers"]:
        print(f"   server  {server['url']}")
    print(f"   auth    {_auth_summary(vendor)}")
    operations = list(iter_operations(spec))
    width = max(len(operation_module(vendor, op)) for op in operations) - len(vendor.package_name) - 1
    for operation in operations:
        module_name = operation_module(vendor, operation)
        module = importlib.import_module(module_name)  # proves the listed function exists
        assert callable(module.sync_detailed)
        short = module_name[len(vendor.package_name) + 1 :]
        provenance = operation.data["x-provenance"]["status"]
        print(f"   {operation.method.upper():6} {operation.path:58} {short:{width}}  [{provenance}]")
    return len(operations)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", metavar="SLUG")
    args = parser.parse_args(argv)
    vendors = [vendor_by_slug(slug) for slug in args.vendors] if args.vendors else discover_vendors()
    counts = {vendor.slug: tour(vendor) for vendor in vendors}
    print("\nOperations per client: " + ", ".join(f"{slug} {count}" for slug, count in counts.items()))
    print(f"Total: {sum(counts.values())} operations, each with sync, sync_detailed, asyncio, asyncio_detailed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
