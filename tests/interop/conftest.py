"""The official Panamah SDK against the Panamah mock, over a real socket.

The SDK runs in its own hash-locked environment (`make interop-env`, `.interop/venv`), as a
subprocess executing `sdk_driver.py`; the mock runs here, under uvicorn on 127.0.0.1, on a
`FakeClock` that starts at the real time (the SDK signs `ts` with `time.time()`) and that a
test moves forward to expire tokens.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from vendor_mocks import FakeClock, serve
from vendor_mocks.panamah import DEFAULT_PARTNER_SECRET, DEFAULT_PARTNER_TOKEN, PanamahMock

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("sdk_driver.py")
SDK_PYTHON = ROOT / ".interop" / "venv" / "bin" / "python"
FLOW_TIMEOUT = 20.0  # seconds for one flow; each takes well under one


@pytest.fixture(scope="session")
def sdk_python() -> Path:
    """The SDK environment's interpreter, built (or found up to date) by make."""
    subprocess.run(["make", "-s", "interop-env"], cwd=ROOT, check=True, timeout=600)
    return SDK_PYTHON


@dataclass
class Flow:
    """A running driver flow: JSON lines in, JSON lines out, every read bounded in time."""

    process: subprocess.Popen[str]
    deadline: float
    events: list[dict[str, Any]] = field(default_factory=list)

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def next_event(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], max(0.0, self.deadline - time.monotonic()))
        line = self.process.stdout.readline() if ready else ""
        if not line:
            self.process.kill()
            _, errors = self.process.communicate(timeout=5)
            code = self.process.returncode
            raise AssertionError(f"the SDK driver stopped without an answer (exit {code}):\n{errors}")
        event: dict[str, Any] = json.loads(line)
        if event["event"] == "crashed":
            self.process.communicate(timeout=5)
            raise AssertionError(f"the SDK driver crashed:\n{event['traceback']}\nexchanges: {event['exchanges']}")
        self.events.append(event)
        return event

    def result(self) -> dict[str, Any]:
        event = self.next_event()
        assert event["event"] == "result", event
        self.process.communicate(timeout=max(1.0, self.deadline - time.monotonic()))  # waits, closes the pipes
        return event


@dataclass
class SdkRunner:
    python: Path
    base_url: str
    workdir: Path
    mock: PanamahMock
    clock: FakeClock

    def credentials(self, assinante_id: str) -> dict[str, str]:
        return {"partner_token": DEFAULT_PARTNER_TOKEN, "secret": DEFAULT_PARTNER_SECRET, "assinante_id": assinante_id}

    def start(self, flow: str, params: dict[str, Any]) -> Flow:
        # Only what the SDK reads: its URL (read at import), and a PATH; nothing of the workspace.
        env = {"PATH": os.environ.get("PATH", ""), "HOME": str(self.workdir), "PANAMAH_API_URL": self.base_url}
        process = subprocess.Popen(
            [str(self.python), "-I", str(DRIVER), flow],
            cwd=self.workdir,  # the batch processor keeps its files in ./.panamah
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        running = Flow(process, time.monotonic() + FLOW_TIMEOUT)
        running.send(json.dumps(params))
        return running

    def run(self, flow: str, params: dict[str, Any]) -> dict[str, Any]:
        """Run a flow to its end; answers {"result": ..., "exchanges": [...]}."""
        return self.start(flow, params).result()


@pytest.fixture
def sdk(sdk_python: Path, tmp_path: Path) -> Iterator[SdkRunner]:
    clock = FakeClock(start=time.time())
    mock = PanamahMock(clock=clock)
    with serve(mock.app) as base_url:
        yield SdkRunner(sdk_python, base_url, tmp_path, mock, clock)
