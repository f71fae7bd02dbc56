"""Serve one vendor mock on 127.0.0.1 until stopped (Ctrl-C).

    vendor-mock VENDOR [--port N] [--seed N] [--latency-ms N]
                       [--rate-429 P] [--rate-500 P] [--rate-503 P]
                       [--rate-drop P] [--rate-truncate P] [--retry-after S]
                       [--fault OPERATION:NAME=VALUE] [--state FILE] [--option NAME=VALUE]
                       [--workers N]

VENDOR is economic (or economic-suppliers), panamah, pandium, panorays or paymentworks.

Prints the base URL and the credentials the mock accepts. Fault rates are probabilities per
request (0..1); the same seed gives the same faults for the same sequence of requests.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

import uvicorn

from . import MOCK_CLASSES, FaultConfig, create_mock
from ._core.specs import ALIASES, canonical_slug
from ._workers import SETTINGS_ENV, serve_workers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendor", choices=sorted({*MOCK_CLASSES, *ALIASES}))
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--seed", type=int, default=0, help="seed of the fault sequence")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="added to every request")
    parser.add_argument("--retry-after", default="1", help="Retry-After of injected 429/503 (seconds or HTTP date)")
    for kind in ("429", "500", "503", "drop", "truncate"):
        parser.add_argument(f"--rate-{kind}", type=float, default=0.0, metavar="P", help=f"probability of {kind}")
    parser.add_argument(
        "--workers", type=int, default=1, help="worker processes, each with its own copy of the seeded state (reads)"
    )
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a constructor option of the vendor's mock, e.g. contacts=50000 (integers and floats are converted)",
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="OPERATION:NAME=VALUE",
        help="a fault for one operation (its operationId) instead of the overall rates, e.g. "
        "CreateContact:rate-drop=0.5 or GetContactById:latency-ms=200 "
        "(NAME: rate-429, rate-500, rate-503, rate-drop, rate-truncate, latency-ms)",
    )
    parser.add_argument(
        "--state", type=Path, metavar="FILE", help="seed the mock's state from a JSON or YAML file (see mock.seed)"
    )
    args = parser.parse_args(argv)
    args.vendor = canonical_slug(args.vendor)
    options = dict(_option(text, parser) for text in args.option)
    try:
        faults = FaultConfig(
            seed=args.seed,
            latency=args.latency_ms / 1000,
            rate_429=args.rate_429,
            rate_500=args.rate_500,
            rate_503=args.rate_503,
            rate_drop=args.rate_drop,
            rate_truncate=args.rate_truncate,
            retry_after=args.retry_after,
            per_operation=_per_operation(args.fault, parser),
        )
    except ValueError as error:
        parser.error(str(error))
    try:
        mock = create_mock(args.vendor, faults=faults, **options)
    except TypeError as error:
        parser.error(f"bad --option for {args.vendor}: {error}")
    except ValueError as error:  # e.g. a --fault naming an operation the spec does not have
        parser.error(str(error))
    if args.state is not None:
        try:
            mock.seed(path=args.state)
        except (OSError, ValueError) as error:
            parser.error(f"--state {args.state}: {error}")
    print(f"{args.vendor} mock on http://127.0.0.1:{args.port}  (spec at /openapi.json)")
    for name, value in mock.credentials().items():
        print(f"  {name}: {value}")
    if faults.enabled:
        print(f"  faults: {faults}")
    if args.workers > 1:
        state = str(args.state.resolve()) if args.state is not None else None
        settings = {"vendor": args.vendor, "options": options, "faults": _fault_settings(faults), "state": state}
        os.environ[SETTINGS_ENV] = json.dumps(settings)
        print(f"  {args.workers} worker processes, each with its own state: use for reads")
        serve_workers(args.port, args.workers)
        return 0
    uvicorn.run(mock.app, host="127.0.0.1", port=args.port, log_level="info", lifespan="off")
    return 0


FAULT_NAMES = {
    "rate-429": "rate_429",
    "rate-500": "rate_500",
    "rate-503": "rate_503",
    "rate-drop": "rate_drop",
    "rate-truncate": "rate_truncate",
    "latency-ms": "latency",
}


def _per_operation(texts: list[str], parser: argparse.ArgumentParser) -> dict[str, FaultConfig]:
    settings: dict[str, dict[str, float]] = {}
    for text in texts:
        operation, colon, assignment = text.partition(":")
        name, sign, raw = assignment.partition("=")
        if not colon or not sign or not operation or name not in FAULT_NAMES:
            parser.error(f"--fault takes OPERATION:NAME=VALUE with NAME one of {', '.join(FAULT_NAMES)}, got {text!r}")
        try:
            value = float(raw)
        except ValueError:
            parser.error(f"--fault {text!r}: {raw!r} is not a number")
        settings.setdefault(operation, {})[FAULT_NAMES[name]] = value / 1000 if name == "latency-ms" else value
    try:
        return {operation: FaultConfig(**values) for operation, values in settings.items()}  # type: ignore[arg-type]
    except ValueError as error:
        parser.error(f"--fault: {error}")


def _fault_settings(faults: FaultConfig) -> dict[str, object]:
    """The config as JSON for the worker processes (`exempt_paths` stays the default)."""
    settings = {name: value for name, value in dataclasses.asdict(faults).items() if name != "exempt_paths"}
    settings["per_operation"] = {
        operation: {name: value for name, value in dataclasses.asdict(config).items() if name in FAULT_NAMES.values()}
        for operation, config in faults.per_operation.items()
    }
    return settings


def _option(text: str, parser: argparse.ArgumentParser) -> tuple[str, object]:
    name, sign, raw = text.partition("=")
    if not sign or not name.isidentifier():
        parser.error(f"--option takes NAME=VALUE, got {text!r}")
    for convert in (int, float):
        try:
            return name, convert(raw)
        except ValueError:
            continue
    return name, raw


if __name__ == "__main__":
    sys.exit(main())
