"""Benchmarks: each figure is a ratio against a baseline measured in the same run.

    python scripts/bench.py [--quick] [--only NAME ...]

Absolute times differ between machines; ratios measured side by side do not (much). The mocks
run on 127.0.0.1 under uvicorn (real sockets) unless a measure says "in-process". `--quick`
shrinks every size so the whole run takes seconds: `make test` runs it that way as a smoke test,
and its numbers mean nothing.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from vendor_mocks import FakeClock, create_mock, serve

REPO_ROOT = Path(__file__).resolve().parent.parent


def economic_headers(app_secret_token: str, agreement_grant_token: str) -> dict[str, str]:
    """e-conomic's two credential headers, named as the spec's security schemes name them."""
    from client_overlays._specfacts import spec_facts  # here: the import-time rows time the overlay's import

    names = spec_facts("economic-suppliers").credential_headers
    return {names["appSecretToken"]: app_secret_token, names["agreementGrantToken"]: agreement_grant_token}


@dataclass(frozen=True)
class Row:
    measure: str
    baseline: str
    result: str
    goal: str
    met: bool

    def markdown(self) -> str:
        return f"| {self.measure} | {self.baseline} | {self.result} | {self.goal} | {'yes' if self.met else '**no**'} |"


@dataclass(frozen=True)
class Sizes:
    page_items: tuple[int, int, int]
    page_repeats: int
    panorays_calls: int
    import_repeats: int
    upload_operations: int
    upload_sample: int
    export_contacts: int
    stream_items: int
    sdk_operations: int

    @classmethod
    def for_run(cls, quick: bool) -> Sizes:
        if quick:
            return cls((10, 50, 200), 3, 40, 1, 600, 20, export_contacts=3_000, stream_items=3_000, sdk_operations=300)
        return cls(
            (100, 1000, 10_000),
            40,
            1000,
            7,
            100_000,
            500,
            export_contacts=50_000,
            stream_items=100_000,
            sdk_operations=10_000,
        )


def _median_seconds(action: Callable[[], object], repeats: int) -> float:
    action()  # warm-up: imports, caches, connection pools
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


# --- measures ---------------------------------------------------------------------------------------


def _paired_ratio(baseline: Callable[[], object], measured: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median times of `baseline` and `measured`, run alternately so that a burst of load from
    other processes on the machine hits both sides alike; garbage is collected before each pair."""
    baseline()
    measured()  # warm-up: imports, caches, connection pools
    base_times, measured_times = [], []
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        baseline()
        middle = time.perf_counter()
        measured()
        base_times.append(middle - started)
        measured_times.append(time.perf_counter() - middle)
    return statistics.median(base_times), statistics.median(measured_times)


def _contacts_page(items: int) -> bytes:
    from vendor_mocks.economic import APP_SECRET_TOKEN, GRANT_TOKEN

    mock = create_mock("economic-suppliers", contacts=items, cursor_page_size=items)
    headers = economic_headers(APP_SECRET_TOKEN, GRANT_TOKEN)
    with httpx.Client(transport=mock.transport(), base_url="http://mock") as fetch:
        return fetch.get("/Contacts", headers=headers).content


def page_parsing(sizes: Sizes) -> list[Row]:
    """One e-conomic cursor page through connect() + generated parsing, against httpx + json.loads
    of the same bytes; both in-process (httpx.MockTransport), so only client-side work is compared.
    At three page sizes with orjson (the `speedups` extra), once with the standard library's
    decoder (the fallback without the extra), and the cost per item at the largest size against
    the smallest (linear growth)."""
    import economic_suppliers_client.types as generated_types
    from economic_suppliers_client.api.contacts import get_all_contacts
    from economic_suppliers_client.models import ContactCollection

    from client_overlays import economic, unwrap
    from vendor_mocks.economic import APP_SECRET_TOKEN, GRANT_TOKEN

    headers = economic_headers(APP_SECRET_TOKEN, GRANT_TOKEN)
    fast_loads = generated_types._FAST_LOADS
    rows, per_item = [], {}
    for items, decoder in [(n, "orjson") for n in sizes.page_items] + [(sizes.page_items[1], "json")]:
        body = _contacts_page(items)

        def answer(request: httpx.Request, body: bytes = body) -> httpx.Response:
            return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

        raw = httpx.Client(transport=httpx.MockTransport(answer), base_url="http://mock")
        client = economic.connect(
            APP_SECRET_TOKEN, GRANT_TOKEN, base_url="http://mock", transport=httpx.MockTransport(answer)
        )

        def baseline(raw: httpx.Client = raw) -> object:
            return json.loads(raw.get("/Contacts", headers=headers).content)

        def ours(client: object = client, items: int = items) -> object:
            page = unwrap(get_all_contacts.sync_detailed(client=client), ContactCollection)  # type: ignore[arg-type]
            assert len(page.items or []) == items
            return page

        repeats = max(5, sizes.page_repeats * 1000 // items)
        generated_types._FAST_LOADS = fast_loads if decoder == "orjson" else None
        try:
            base, measured = _paired_ratio(baseline, ours, repeats)
        finally:
            generated_types._FAST_LOADS = fast_loads
        ratio = measured / base
        if decoder == "orjson":
            per_item[items] = measured / items
        label = "orjson (`speedups` extra)" if decoder == "orjson" else "standard-library JSON (no extra)"
        goal = 1.5 if decoder == "orjson" else 2.0
        rows.append(
            Row(
                f"one {items:,}-item e-conomic page, connect() + generated models, {label} (in-process)",
                f"raw httpx + json.loads: {base * 1000:.2f} ms",
                f"{measured * 1000:.2f} ms = {ratio:.2f}x",
                f"<= {goal}x",
                ratio <= goal,
            )
        )
    small, large = min(per_item), max(per_item)
    growth = per_item[large] / per_item[small]
    rows.append(
        Row(
            f"cost per item of a {large:,}-item page against a {small:,}-item page (orjson)",
            f"{small:,} items: {per_item[small] * 1e6:.2f} us per item",
            f"{per_item[large] * 1e6:.2f} us per item = {growth:.2f}x",
            "<= 1.5x (linear in page size)",
            growth <= 1.5,
        )
    )
    return rows


def panorays_rate(sizes: Sizes) -> Row:
    """Calls through the overlay's limiter to the Panorays mock on a socket, on a shared fake clock
    (waiting advances it), with Panorays' own limit (the spec's x-rate-limit): achieved rate and 429s."""
    from panorays_client.api.supplier import list_suppliers

    from client_overlays import RetryPolicy, panorays, unwrap
    from vendor_mocks.panorays import FULL_TOKEN

    clock = FakeClock()
    mock = create_mock("panorays", clock=clock)
    limit, window = panorays.RATE_LIMIT, panorays.RATE_WINDOW
    limiter = panorays.TokenBucket(limit=limit, window=window, clock=clock.now, sleep=clock.advance)
    with serve(mock.app) as url:
        client = panorays.connect(FULL_TOKEN, base_url=url, limiter=limiter, retry=RetryPolicy.none())
        started = clock.now()
        for _ in range(sizes.panorays_calls):
            unwrap(list_suppliers.sync_detailed(client=client, limit=1))
        elapsed = clock.now() - started
    counters = mock.rate.counters(FULL_TOKEN)
    per_window = sizes.panorays_calls / elapsed * window if elapsed else float("inf")
    share = per_window / limit
    return Row(
        f"{sizes.panorays_calls} Panorays calls through the limiter (mock clock, socket)",
        f"the limit: {limit} per {window:g} s",
        f"{per_window:.1f} per {window:g} s = {share:.1%}, {counters.throttled} x 429",
        ">= 95% of the limit, zero 429",
        share >= 0.95 and counters.throttled == 0 and per_window <= limit,
    )


def generate_times(sizes: Sizes) -> list[Row]:
    """`make generate` when nothing changed, and a cold regeneration of all five clients."""
    env = dict(os.environ)
    no_op = _median_seconds(
        lambda: subprocess.run(["make", "-s", "generate"], cwd=REPO_ROOT, check=True, capture_output=True, env=env),
        max(1, sizes.import_repeats // 2),
    )
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "scripts/generate.py", "--force"], cwd=REPO_ROOT, check=True, capture_output=True, env=env
    )
    cold = time.perf_counter() - started
    return [
        Row("`make generate`, nothing changed", "-", f"{no_op:.2f} s", "< 1 s", no_op < 1.0),
        Row("cold generation of all five clients", "-", f"{cold:.1f} s", "< 15 s", cold < 15.0),
    ]


def panamah_upload(sizes: Sizes) -> list[Row]:
    """The uploader sending N product updates to the Panamah mock on a socket, against one request
    per operation through the same client (timed on a sample and extrapolated to N). Twice: with
    the Python SDK's batch limits (5 KB closes a batch at ~60 products) and the Java/JS SDKs'
    300 KB (batches of 500)."""
    from panamah_client.api.stream import send_stream_data
    from panamah_client.models import StreamDataResult, StreamOperation

    from client_overlays import RetryPolicy, panamah, unwrap

    mock = create_mock("panamah")
    subscriber = next(iter(mock.assinantes))

    def product(number: int) -> dict[str, object]:
        return {"id": f"P-{number:06d}", "descricao": f"Produto {number}", "secaoId": "10"}

    rows = []
    with serve(mock.app) as url:
        client = panamah.connect(
            mock.partner_token,
            mock.partner_secret,
            assinante_id=subscriber,
            base_url=url,
            retry=RetryPolicy.none(),
        )
        started = time.perf_counter()
        for number in range(sizes.upload_sample):
            operation = StreamOperation.from_dict({"op": "update", "tipo": "PRODUTO", "data": product(number)})
            unwrap(send_stream_data.sync_detailed(client=client, body=[operation]), StreamDataResult)
        per_operation = (time.perf_counter() - started) / sizes.upload_sample
        single_total = per_operation * sizes.upload_operations

        for label, limits in (
            ("Python SDK limits: 500 ops / 5 KB", panamah.BatchLimits()),
            ("Java/JS SDK limits: 500 ops / 300 KB", panamah.BatchLimits(max_bytes=300 * 1024)),
        ):
            with tempfile.TemporaryDirectory(prefix="bench-outbox-") as outbox:
                started = time.perf_counter()
                with panamah.Uploader(client, outbox, limits=limits) as uploader:
                    chunk = 1000
                    for first in range(0, sizes.upload_operations, chunk):
                        last = min(first + chunk, sizes.upload_operations)
                        operations = [
                            {"op": "update", "tipo": "PRODUTO", "data": product(n)} for n in range(first, last)
                        ]
                        uploader.add(operations)
                        uploader.send_ready()
                batched_total = time.perf_counter() - started
            speedup = single_total / batched_total
            rows.append(
                Row(
                    f"Panamah uploader, {sizes.upload_operations:,} operations, {label} (socket)",
                    f"one request per operation: {1 / per_operation:,.0f} ops/s (sample of {sizes.upload_sample})",
                    f"{sizes.upload_operations / batched_total:,.0f} ops/s = {speedup:.1f}x",
                    ">= 50x",
                    speedup >= 50,
                )
            )
    return rows


class _MockProcess:
    """A mock served by the `vendor-mock` command (`vendor_mocks.cli`) in its own process, as a
    vendor's server would be: its CPU work does not compete with the client's for one interpreter lock."""

    def __init__(self, vendor: str, *arguments: str) -> None:
        with socket.socket() as probe:  # a free port on the loopback interface
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "vendor_mocks.cli", vendor, "--port", str(self.port), *arguments]
        self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def __enter__(self) -> str:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.url}/openapi.json", timeout=1).raise_for_status()
                return self.url
            except httpx.HTTPError:
                if self._process.poll() is not None:
                    raise RuntimeError("the mock process exited") from None
                time.sleep(0.1)
        raise RuntimeError("the mock process did not start within 120 s")

    def __exit__(self, *exc: object) -> None:
        self._process.terminate()
        self._process.wait(timeout=30)


SDK_DRIVER = REPO_ROOT / "tests" / "interop" / "sdk_driver.py"
SDK_PYTHON = REPO_ROOT / ".interop" / "venv" / "bin" / "python"
UPLOAD_CONCURRENCY = 8


def panamah_against_sdk(sizes: Sizes) -> Row:
    """The uploader against the official Panamah SDK (panamah-sdk-python 1.0.4, in its own
    environment: `make interop-env`) sending the same product updates to the same Panamah mock,
    in its own process with 50 ms added to every request, with the same batch limits (the
    Python SDK's: 500 operations, 5 KB, 5 minutes). The SDK is driven step by step (save, then
    flush whenever its current batch reached a limit): its background thread ignores its own
    limits and sends some operations twice. Both are timed from the first operation to the
    last answer, and every operation must be acknowledged once."""
    from client_overlays import RetryPolicy, panamah

    subprocess.run(["make", "-s", "interop-env"], cwd=REPO_ROOT, check=True, capture_output=True)
    probe = create_mock("panamah")  # the mock process seeds the same subscribers and credentials
    subscriber = next(iter(probe.assinantes))
    token, secret = probe.partner_token, probe.partner_secret
    count = sizes.sdk_operations
    with _MockProcess("panamah", "--latency-ms", "50") as url:
        params = {"partner_token": token, "secret": secret, "assinante_id": subscriber, "count": count}
        with tempfile.TemporaryDirectory(prefix="bench-sdk-") as work:  # the SDK writes ./.panamah here
            finished = subprocess.run(
                [str(SDK_PYTHON), str(SDK_DRIVER), "bench"],
                input=json.dumps(params) + "\n",
                env={**os.environ, "PANAMAH_API_URL": url},
                cwd=work,
                capture_output=True,
                text=True,
                check=True,
            )
        sdk = json.loads(finished.stdout.splitlines()[-1])["result"]

        client = panamah.connect(token, secret, assinante_id=subscriber, base_url=url, retry=RetryPolicy.none())
        acknowledged = 0
        with tempfile.TemporaryDirectory(prefix="bench-outbox-") as outbox:
            started = time.perf_counter()
            with panamah.Uploader(client, outbox, concurrency=UPLOAD_CONCURRENCY) as uploader:
                for first in range(0, count, 1000):
                    uploader.add(
                        [
                            {"op": "update", "tipo": "PRODUTO", "data": _product(n)}
                            for n in range(first, min(first + 1000, count))
                        ]
                    )
                    acknowledged += uploader.send_ready().acknowledged
                acknowledged += uploader.flush().acknowledged
            ours = time.perf_counter() - started
        client.get_httpx_client().close()
    both_once = sdk["acknowledged"] == count and acknowledged == count
    speedup = sdk["seconds"] / ours
    return Row(
        f"Panamah uploader (concurrency {UPLOAD_CONCURRENCY}) against the official Python SDK driven step by step"
        f" (save, flush at each batch), {count:,} operations, 500 ops / 5 KB, 50 ms per request (mock process)",
        f"SDK: {count / sdk['seconds']:,.0f} ops/s ({sdk['batches']} batches, one at a time)",
        f"{count / ours:,.0f} ops/s = {speedup:.1f}x, each operation acknowledged once:"
        f" {'yes' if both_once else '**no**'}",
        ">= 5x",
        speedup >= 5 and both_once,
    )


def _product(number: int) -> dict[str, object]:
    return {"id": f"P-{number:06d}", "descricao": f"Produto {number}", "secaoId": "10"}


def economic_export(sizes: Sizes) -> list[Row]:
    """The parallel export (concurrency 8) against the sequential cursor walk, both against the
    e-conomic mock in its own process with 50 ms added to every request, in two rows: the
    repeated export, given the `key_span` an earlier export found (the untimed warm-up's), so
    no bounds are probed; and the cold export, which probes them in its first round. Each
    ceiling is that export's own plan at that latency: the walk's requests one after another
    against the rounds on the export's critical path as it executed them (`Export.stats`),
    i.e. the speedup were every request to take exactly the latency; the row says how much of
    it the export reached."""
    from economic_suppliers_client.api.contacts import get_all_contacts

    from client_overlays import RetryPolicy, economic
    from client_overlays.economic.export import CONTACTS, ExportStats, export
    from client_overlays.economic.pagination import paginate_cursor
    from vendor_mocks.economic import APP_SECRET_TOKEN, GRANT_TOKEN

    options = ["--latency-ms", "50", "--workers", "2", "--option", f"contacts={sizes.export_contacts}"]
    with _MockProcess("economic-suppliers", *options) as url:
        client = economic.connect(APP_SECRET_TOKEN, GRANT_TOKEN, base_url=url, retry=RetryPolicy.none())
        # Warm-up, not timed: the mock caches each contact's JSON text on first use, per worker;
        # the span it finds is what a repeated (e.g. nightly) export passes on.
        warm_up = export(client, CONTACTS, concurrency=8)
        for _ in warm_up:
            pass
        started = time.perf_counter()
        pages = list(paginate_cursor(get_all_contacts.sync_detailed, client=client).iter_pages())
        sequential = time.perf_counter() - started
        walked = sorted((contact.number for page in pages for contact in page.items), key=str)
        walk_requests = len(pages)  # one request per set (a walk of nothing is one empty set)
        del pages
        # Each export three times, the two kinds alternately (load from other work falls on both);
        # each row is its median run. The mock's workers each cache what they served, so the
        # first runs may still fill caches: alternating keeps that from favouring either kind.
        runs: tuple[list[tuple[float, ExportStats, bool]], ...] = ([], [])
        for _ in range(3):
            for key_span, kind in zip((warm_up.key_span, None), runs, strict=True):
                exported_items = export(client, CONTACTS, concurrency=8, key_span=key_span)
                started = time.perf_counter()
                exported = [contact.number for contact in exported_items]
                kind.append((time.perf_counter() - started, exported_items.stats, sorted(exported, key=str) == walked))
        timed = [sorted(kind, key=lambda run: run[0])[1] for kind in runs]
    rows = []
    for label, (parallel, stats, same) in zip(
        (f"repeated, given the span {warm_up.key_span} the warm-up export found: no probe", "cold, probing the bounds"),
        timed,
        strict=True,
    ):
        identical = same and len(walked) == sizes.export_contacts
        speedup = sequential / parallel
        ceiling = walk_requests / stats.rounds
        reached = speedup / ceiling
        repeated = label.startswith("repeated")
        rows.append(
            Row(
                f"export of {sizes.export_contacts:,} e-conomic contacts, {label}; 50 ms per request,"
                " concurrency 8 (mock process)",
                f"sequential cursor walk: {sequential:.2f} s ({walk_requests} requests)",
                f"{parallel:.2f} s = {speedup:.1f}x faster ({stats.requests} requests, {stats.rounds} rounds: ceiling"
                f" {walk_requests} / {stats.rounds} = {ceiling:.2f}x, {reached:.0%} of it), items"
                f" {'identical' if identical else '**differ**'}",
                f"{'>= 6x and ' if repeated else ''}>= 85% of the ceiling, identical items",
                (speedup >= 6 or not repeated) and reached >= 0.85 and identical,
            )
        )
    return rows


def streaming_memory(sizes: Sizes) -> Row:
    """Peak traced memory while iterating N contacts with the cursor paginator, against collecting
    the same items in a list. The mock's pages are recorded first and replayed from memory, so
    only the client's allocations are traced (tracemalloc counts every thread's)."""
    import tracemalloc

    from economic_suppliers_client.api.contacts import get_all_contacts
    from economic_suppliers_client.models import ContactCollection

    from client_overlays import economic, unwrap
    from client_overlays.economic.pagination import paginate_cursor
    from vendor_mocks.economic import APP_SECRET_TOKEN, GRANT_TOKEN

    mock = create_mock("economic-suppliers", contacts=sizes.stream_items)
    headers = economic_headers(APP_SECRET_TOKEN, GRANT_TOKEN)
    recorded: dict[str, bytes] = {}
    with httpx.Client(transport=mock.transport(), base_url="http://mock", headers=headers) as recorder:
        cursor: str | None = ""
        while cursor is not None:
            body = recorder.get("/Contacts", params={"Cursor": cursor} if cursor else None).content
            recorded[cursor] = body
            cursor = json.loads(body).get("cursor")
    del mock

    def replay(request: httpx.Request) -> httpx.Response:
        body = recorded[request.url.params.get("Cursor", "")]
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    client = economic.connect(
        APP_SECRET_TOKEN, GRANT_TOKEN, base_url="http://mock", transport=httpx.MockTransport(replay)
    )

    def peak(action: Callable[[], object]) -> int:
        tracemalloc.start()
        try:
            action()
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    def one_page() -> object:  # one cursor page fetched and parsed, as the paginator does it, and kept
        return unwrap(get_all_contacts.sync_detailed(client=client), ContactCollection)

    def stream() -> int:
        return sum(1 for _ in paginate_cursor(get_all_contacts.sync_detailed, client=client))

    def materialize() -> int:
        return len(list(paginate_cursor(get_all_contacts.sync_detailed, client=client)))

    page_bytes = peak(one_page)
    streamed, listed = peak(stream), peak(materialize)
    pages = streamed / page_bytes
    return Row(
        f"peak memory streaming {sizes.stream_items:,} contacts (tracemalloc, pages replayed in-process)",
        f"materialised in a list: {listed / 2**20:.1f} MiB",
        f"{streamed / 2**20:.1f} MiB = {pages:.1f} pages' worth ({page_bytes / 2**20:.1f} MiB for one page)",
        "<= two pages' worth",
        pages <= 2.0,
    )


IMPORTS = {
    "economic_suppliers_client + client_overlays.economic": "client_overlays.economic",
    "panamah_client + client_overlays.panamah": "client_overlays.panamah",
    "panorays_client + client_overlays.panorays": "client_overlays.panorays",
    "paymentworks_client + client_overlays.paymentworks": "client_overlays.paymentworks",
    "pandium_client + client_overlays.pandium": "client_overlays.pandium",
}


def _user_environment(folder: Path) -> Path:
    """A virtual environment holding what a user installs (the five clients and the overlay) and
    nothing else: the workspace's dev tools pull in packages (rich, click) that make httpx import
    its command-line interface, which no user pays for."""
    uv = REPO_ROOT / ".tools" / "bin" / "uv"
    python = folder / "bin" / "python"
    subprocess.run([str(uv), "venv", "-q", "--python", sys.executable, str(folder)], check=True)
    packages = [str(path) for path in sorted((REPO_ROOT / "generated").iterdir()) if path.is_dir()]
    subprocess.run(
        [
            str(uv),
            "pip",
            "install",
            "-q",
            "--python",
            str(python),
            *packages,
            f"{REPO_ROOT / 'overlays'}[all,speedups]",
        ],
        check=True,
    )
    return python


def import_times(sizes: Sizes) -> list[Row]:
    """Wall time of a fresh interpreter importing a vendor's overlay (which imports its client)
    against one importing httpx alone, both net of a fresh interpreter doing nothing, in a user's
    environment. The interpreters run in rounds (nothing, httpx, each vendor), so a burst of load
    from other processes falls on every side alike; each figure is the median over the rounds."""
    with tempfile.TemporaryDirectory(prefix="bench-userenv-") as folder:
        python = _user_environment(Path(folder))
        codes = {"empty": "pass", "httpx": "import httpx"} | {label: f"import {m}" for label, m in IMPORTS.items()}
        times: dict[str, list[float]] = {label: [] for label in codes}
        for round_number in range(1 + max(3, sizes.import_repeats * 2)):
            for label, code in codes.items():
                started = time.perf_counter()
                subprocess.run([str(python), "-c", code], check=True)
                if round_number:  # the first round writes the bytecode caches
                    times[label].append(time.perf_counter() - started)
        median = {label: statistics.median(values) for label, values in times.items()}
        httpx_alone = median["httpx"] - median["empty"]
        rows = []
        for label in IMPORTS:
            extra = median[label] - median["empty"]
            ratio = extra / httpx_alone
            rows.append(
                Row(
                    f"import {label} (user environment)",
                    f"`import httpx`: +{httpx_alone * 1000:.0f} ms"
                    f" over `python -c pass` ({median['empty'] * 1000:.0f} ms)",
                    f"+{extra * 1000:.0f} ms = {ratio:.2f}x",
                    "<= 1.5x",
                    ratio <= 1.5,
                )
            )
    return rows


MEASURES: dict[str, Callable[[Sizes], Row | list[Row]]] = {
    "page": page_parsing,
    "export": economic_export,
    "memory": streaming_memory,
    "panorays": panorays_rate,
    "upload": panamah_upload,
    "sdk": panamah_against_sdk,
    "generate": generate_times,
    "imports": import_times,
}


def _cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo (Linux), else what `platform` knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> str:
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({_cpu_model()}),"
        f" Python {platform.python_version()}"
    )


def load_average() -> str:
    """The 1-, 5- and 15-minute load averages: other work on the machine skews absolute times."""
    try:
        return ", ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="tiny sizes: checks the benchmarks run, nothing more")
    parser.add_argument("--only", nargs="*", choices=sorted(MEASURES), help="run only these measures")
    args = parser.parse_args(argv)
    sizes = Sizes.for_run(args.quick)
    rows: list[Row] = []
    load_before = load_average()
    for name in args.only or list(MEASURES):
        if args.quick and name == "generate":
            continue  # rewriting generated/ is no smoke test
        result = MEASURES[name](sizes)
        rows += result if isinstance(result, list) else [result]
    print(f"Machine: {machine()}{' (QUICK: sizes are tiny, figures meaningless)' if args.quick else ''}")
    print(f"Load average (1, 5, 15 min): {load_before} at the start, {load_average()} at the end\n")
    print("| measure | baseline in the same run | result | goal | met |")
    print("| --- | --- | --- | --- | --- |")
    for row in rows:
        print(row.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
