"""A spec edit reaches the overlay, the mocks and the benchmarks through generation alone.

The repository's specs are copied and edited (a server URL, a security header's name, the
rate limit), the overlay metadata generator (what `make generate` runs) writes the generated
spec facts into a copy of the overlay package and the spec copies into a copy of the mocks
package, and a fresh interpreter that imports those copies shows each consumer using the
edited values: nothing else was touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from overlay_metadata import render_overlay_metadata

from client_overlays._specfacts import RateLimit, spec_facts
from speclib import REPO_ROOT, Vendor

EDITED_URL = "https://edited.panorays.example/api"
EDITED_HEADER = "X-Edited-Pandium-Key"
EDITED_LIMIT, EDITED_WINDOW = 40, 20

CHECK = f"""
import sys
import httpx
from client_overlays import RetryPolicy, pandium, panorays, unwrap
from client_overlays._ratelimit import origin_of, shared_bucket
from pandium_client.api.tenants import list_tenants
import bench
from vendor_mocks import create_mock

# Overlay: the default server and the shared limiter of a Panorays client.
client = panorays.connect("a-token")
assert str(client.get_httpx_client().base_url).rstrip("/") == {EDITED_URL!r}, client.get_httpx_client().base_url
bucket = shared_bucket(f"{{origin_of({EDITED_URL!r})}}|a-token", lambda: None)
assert (bucket.limit, bucket.window) == ({EDITED_LIMIT}, {EDITED_WINDOW}.0), (bucket.limit, bucket.window)

# Mock: Panorays' limit; Pandium's key header, which the overlay sends and the mock requires.
limits = create_mock("panorays").rate.limits
assert (limits.requests_per_window, limits.window_seconds) == ({EDITED_LIMIT}, {EDITED_WINDOW}.0)
mock = create_mock("pandium")
assert list(mock.credentials()) == [{EDITED_HEADER!r}]
sent = []
def record(request):
    sent.append(request)
    return mock.transport().handle_request(request)
pandium_client = pandium.connect(mock.api_keys[0], base_url="http://mock", transport=httpx.MockTransport(record))
unwrap(list_tenants.sync_detailed(client=pandium_client))
assert sent[-1].headers[{EDITED_HEADER!r}] == mock.api_keys[0] and "x-api-key" not in sent[-1].headers
old_header = httpx.Client(transport=mock.transport(), base_url="http://mock").get(
    "/v2/tenants", headers={{"X-API-KEY": mock.api_keys[0]}}
)
assert old_header.status_code == 401, old_header.status_code

# Benchmark: the Panorays row measures against the edited limit.
row = bench.panorays_rate(bench.Sizes.for_run(quick=True))
assert row.baseline == "the limit: {EDITED_LIMIT} per {EDITED_WINDOW} s", row.baseline
assert row.met, row
print("reached")
"""


def _edit(path: Path, change: object) -> None:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(spec)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


def _panorays(spec: dict[str, object]) -> None:
    spec["servers"][0]["url"] = EDITED_URL  # type: ignore[index]
    spec["x-rate-limit"] = {"requests": EDITED_LIMIT, "window-seconds": EDITED_WINDOW}


def _pandium(spec: dict[str, object]) -> None:
    spec["components"]["securitySchemes"]["PandiumApiKey"]["name"] = EDITED_HEADER  # type: ignore[index]


@pytest.mark.slow
def test_edits_to_servers_security_headers_and_the_rate_limit_reach_every_consumer(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(REPO_ROOT / "specs", specs, ignore=shutil.ignore_patterns("CHANGELOG.md"))
    _edit(specs / "panorays" / "openapi.yaml", _panorays)
    _edit(specs / "pandium" / "openapi.yaml", _pandium)
    packages = tmp_path / "src"
    sources = {
        "overlays/src/": REPO_ROOT / "overlays" / "src",
        "tests/mocks/src/": REPO_ROOT / "tests" / "mocks" / "src",
    }
    for name, source in zip(("client_overlays", "vendor_mocks"), sources.values(), strict=True):
        shutil.copytree(source / name, packages / name, ignore=shutil.ignore_patterns("__pycache__"))
    for slug in ("panorays", "pandium"):
        for relative, content in render_overlay_metadata(Vendor(slug, specs / slug)).items():
            prefix = next(prefix for prefix in sources if relative.startswith(prefix))
            (packages / relative.removeprefix(prefix)).write_text(content, encoding="utf-8")

    # The copies come first on the path, ahead of the workspace's editable installs.
    path = os.pathsep.join(str(p) for p in (packages, REPO_ROOT / "scripts"))
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHECK)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0 and result.stdout.strip().endswith("reached"), result.stdout + result.stderr


def test_the_generated_facts_are_what_the_specs_say() -> None:
    """The committed documents hold the repository specs' values (the drift check covers the rest)."""
    panorays_spec = yaml.safe_load((REPO_ROOT / "specs" / "panorays" / "openapi.yaml").read_text(encoding="utf-8"))
    assert panorays_spec["servers"][0]["url"] == spec_facts("panorays").servers["production"]
    assert spec_facts("panorays").rate_limit == RateLimit(150, 60.0)
    assert spec_facts("pandium").credential_headers == {"PandiumApiKey": "X-API-KEY"}
    assert spec_facts("panamah").operation_security[("GET", "/stream/auth/refresh")] == ("refreshToken", "sdkIdentity")
