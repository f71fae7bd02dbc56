"""Run the schemathesis CLI against each mock, served on 127.0.0.1, as a user would.

    python scripts/contract_cli.py [VENDOR ...] [--max-examples N] [--seed N]

For each vendor: serve its mock (uvicorn, a free port), then run `schemathesis run` on the
mock's `/openapi.json` with the examples, fuzzing and stateful phases and `schemathesis.toml`
(the exclusions the pytest harness uses too). Every check is on: that is schemathesis' default
under this configuration, and `--checks all` is not passed because the command-line option
would switch the file's per-operation exclusions back on. Credentials go in `-H`;
what a schema cannot say about a valid call is in `tests/contract/cli_hooks.py`. Exits
non-zero when any run reports a failure. Runs are seeded and bounded (seconds per vendor).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from vendor_mocks import MOCK_CLASSES, VendorMock, create_mock, serve
from vendor_mocks.panamah import PanamahMock

ROOT = Path(__file__).resolve().parent.parent

CONFIG = ROOT / "schemathesis.toml"
HOOKS = ROOT / "tests" / "contract" / "cli_hooks.py"
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
PANORAYS_HOOK_URL = "https://hooks.example.com/panorays"


def _echo_challenges(request: httpx.Request) -> httpx.Response:
    """A webhook receiver that passes every Panorays handshake: it answers the challenge it got."""
    return httpx.Response(200, content=request.content, headers={"Content-Type": "application/json"})


def _panorays() -> VendorMock:
    # The run is far below a minute per operation but above 150 requests: the rate limit (tested
    # in the integration tests) is raised, and handshakes reach an in-process receiver.
    webhooks = httpx.Client(transport=httpx.MockTransport(_echo_challenges))
    mock = create_mock("panorays", requests_per_window=1_000_000, webhook_client=webhooks)
    token = mock.credentials()["Authorization"]
    with httpx.Client(transport=mock.transport(), base_url="http://mock.invalid") as client:
        client.post("/v2/hooks/handshake", json={"url": PANORAYS_HOOK_URL}, headers={"Authorization": token})
    return mock


# How each vendor's mock is built for a contract run (the pytest modules build theirs alike).
MOCKS: dict[str, Callable[[], VendorMock]] = {
    "economic-suppliers": lambda: create_mock("economic-suppliers"),
    "panamah": lambda: create_mock("panamah"),
    "pandium": lambda: create_mock("pandium", debounce_seconds=0.0),
    "panorays": _panorays,
    "paymentworks": lambda: create_mock("paymentworks"),
}
# Credentials sent with `-H` (Panamah's depend on the operation: see cli_hooks.py).
HEADERS: dict[str, tuple[str, ...]] = {
    "economic-suppliers": ("X-AppSecretToken", "X-AgreementGrantToken"),
    "panamah": (),
    "pandium": ("X-API-KEY",),
    "panorays": ("Authorization",),
    "paymentworks": ("Authorization",),
}


def run(vendor: str, max_examples: int, seed: int) -> int:
    mock = MOCKS[vendor]()
    credentials = mock.credentials()
    with serve(mock.app) as base_url:
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "tests"), str(ROOT / "scripts")]),
            "SCHEMATHESIS_HOOKS": str(HOOKS),
            "CONTRACT_CLI_VENDOR": vendor,
            "CONTRACT_CLI_BASE_URL": base_url,
        }
        if vendor == "panorays":
            env["CONTRACT_CLI_PANORAYS_TOKEN"] = credentials["Authorization"]
        if isinstance(mock, PanamahMock):
            env.update(
                CONTRACT_CLI_PANAMAH_TOKEN=mock.partner_token,
                CONTRACT_CLI_PANAMAH_SECRET=mock.partner_secret,
                CONTRACT_CLI_PANAMAH_SUBSCRIBER=next(iter(mock.assinantes)),
            )
        command = [
            str(SCHEMATHESIS),
            "--config-file",
            str(CONFIG),
            "run",
            f"{base_url}/openapi.json",
            "--url",
            base_url,
            "--phases",
            "examples,fuzzing,stateful",
            "--max-examples",
            str(max_examples),
            "--seed",
            str(seed),
            "--workers",
            "1",
            "--no-color",
            "--output-truncate",
            "true",
            "--suppress-health-check",
            "all",
        ]
        for name in HEADERS[vendor]:
            command += ["-H", f"{name}: {credentials[name]}"]
        started = time.monotonic()
        print(f"== {vendor}: schemathesis run against {base_url}", flush=True)
        code = subprocess.run(command, env=env, cwd=ROOT, check=False).returncode
        print(f"== {vendor}: exit {code} in {time.monotonic() - started:.1f} s", flush=True)
        return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", choices=[[], *sorted(MOCK_CLASSES)], default=[])
    parser.add_argument("--max-examples", type=int, default=5, help="cases per operation and phase")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    vendors = args.vendors or sorted(MOCKS)
    failed = [vendor for vendor in vendors if run(vendor, args.max_examples, args.seed) != 0]
    if failed:
        print(f"schemathesis reported failures for: {', '.join(failed)}", file=sys.stderr)
        return 1
    print(f"schemathesis: 0 failures on {len(vendors)} mock(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
