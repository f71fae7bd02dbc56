"""Run inside a bare virtual environment holding the built wheels: one call per client.

    python dist_smoke.py '<JSON plan from dist_smoke_plan.smoke_plan, one entry per vendor>'

Only the standard library, httpx and the installed packages are available here. Each call
goes through the generated operation against an `httpx.MockTransport` that answers the spec's
example, first with the plain generated `Client`, then (when the plan names the overlay
module) with the overlay's `connect()`. Prints one JSON line per call.
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

import httpx


def _call(entry: dict[str, Any], make_client: Any) -> dict[str, Any]:
    seen: list[tuple[str, str]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path))
        return httpx.Response(200, json=entry["answer"])

    operation = importlib.import_module(entry["module"])
    with make_client(httpx.MockTransport(answer)) as client:
        response = operation.sync_detailed(client=client)
    return {
        "module": entry["module"],
        "status": response.status_code,
        "parsed": type(response.parsed).__name__,
        "requests": seen,
        "python": f"{sys.version_info[0]}.{sys.version_info[1]}",
    }


def _generated_client(package: str) -> Any:
    module = importlib.import_module(package)
    return lambda transport: module.Client(base_url="http://smoke.test", httpx_args={"transport": transport})


def _overlay_client(overlay: str) -> Any:
    module = importlib.import_module(overlay)
    return lambda transport: module.connect(base_url="http://smoke.test", transport=transport)


def main() -> None:
    for entry in json.loads(sys.argv[1]):
        print(json.dumps(_call(entry, _generated_client(entry["package"]))))
        if entry.get("overlay"):
            print(json.dumps(_call(entry, _overlay_client(entry["overlay"]))))


if __name__ == "__main__":
    main()
