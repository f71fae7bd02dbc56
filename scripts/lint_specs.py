"""Spec quality gates: openapi-spec-validator, then Redocly CLI with the recommended rules.

    python scripts/lint_specs.py [SLUG ...]

Prints one line per spec with Redocly's error and warning counts, then the details of any
problem; exits non-zero on a validator failure or any Redocly error. Rules are configured in
`redocly.yaml`, where every relaxed rule names the vendor fact that requires it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from speclib import REPO_ROOT, Vendor, discover_vendors, load_yaml, vendor_by_slug

REDOCLY = REPO_ROOT / "scripts" / "node_modules" / ".bin" / "redocly"


def validate_spec(vendor: Vendor) -> str | None:
    spec, base_uri = read_from_filename(str(vendor.spec_path))
    try:
        validate(spec, base_uri=base_uri)
    except Exception as error:  # the validator raises several unrelated types
        return f"{vendor.slug}: openapi-spec-validator: {error}"
    return None


def redocly_problems(vendor: Vendor) -> list[dict[str, Any]]:
    # Lint by the api alias so the per-vendor settings in redocly.yaml apply.
    aliases = _redocly_aliases()
    target = aliases.get(vendor.slug, str(vendor.spec_path))
    result = subprocess.run(
        [str(REDOCLY), "lint", target, "--format=json"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    start = result.stdout.find("{")
    if start < 0:
        raise SystemExit(f"{vendor.slug}: Redocly produced no report:\n{result.stdout}\n{result.stderr}")
    report = json.loads(result.stdout[start:])
    problems: list[dict[str, Any]] = report.get("problems", [])
    return problems


def _redocly_aliases() -> dict[str, str]:
    config = load_yaml(REPO_ROOT / "redocly.yaml") or {}
    aliases: dict[str, str] = {}
    for alias in config.get("apis", {}):
        aliases[alias.split("@", 1)[0]] = alias
    return aliases


def _describe(problem: dict[str, Any]) -> str:
    locations = problem.get("location") or [{}]
    pointer = locations[0].get("pointer", "")
    return f"    [{problem.get('severity')}] {problem.get('ruleId')}: {problem.get('message')} ({pointer})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", metavar="SLUG")
    args = parser.parse_args(argv)
    vendors = [vendor_by_slug(slug) for slug in args.vendors] if args.vendors else discover_vendors()

    failed = False
    for vendor in vendors:
        error = validate_spec(vendor)
        if error:
            print(error)
            failed = True
            continue
        problems = redocly_problems(vendor)
        counts = Counter(str(problem.get("severity")) for problem in problems)
        print(
            f"{vendor.slug:20} openapi-spec-validator ok; "
            f"redocly {counts['error']} error(s), {counts['warn']} warning(s)"
        )
        for problem in problems:
            print(_describe(problem))
        failed = failed or counts["error"] > 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
