"""The console commands as users run them (`economic-export`, `panamah-upload`,
`paymentworks-updates` from the virtual environment's bin/) against the mocks served on
127.0.0.1: a progress bar with counts and rate, the files they write, resuming after a crash,
and one line on stderr with a non-zero status on failure."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

import vendor_mocks
from client_overlays import _cli, panamah
from client_overlays.economic import cli as economic_cli
from integration.served_mocks import environment, serve_all

pytestmark = pytest.mark.slow  # five mocks under uvicorn, a process per command
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, vendor_mocks.RunningMock]]:
    with serve_all() as running:
        yield running


def run(
    command: str, *arguments: str, served: dict[str, Any], cwd: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    variables = {key: value for key, value in os.environ.items() if not key.endswith(("_BASE_URL", "_LOG"))}
    return subprocess.run(
        [str(BIN / command), *arguments],
        capture_output=True, text=True, cwd=cwd, env={**variables, **environment(served), **env}, timeout=120,
        check=False,
    )  # fmt: skip


def test_economic_export_to_jsonl_and_csv_with_a_progress_bar(served: dict[str, Any], tmp_path: Path) -> None:
    contacts = served["economic-suppliers"].mock.snapshot()["contacts"]
    done = run("economic-export", "contacts", "--output", "contacts.jsonl", served=served, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"{len(contacts)}/{len(contacts)}" in done.stderr and "/s" in done.stderr, "counts and rate"
    lines = (tmp_path / "contacts.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["number"] for line in lines] == [contact["number"] for contact in contacts]
    assert not (tmp_path / "contacts.jsonl.position").exists(), "a finished export leaves no checkpoint"

    filtered = run(
        "economic-export", "groups", "--output", "groups.csv", "--filter", "number$lt:5", "--quiet",
        served=served, cwd=tmp_path,
    )  # fmt: skip
    assert filtered.returncode == 0, filtered.stderr
    rows = _csv_rows(tmp_path / "groups.csv")
    assert rows and all(int(row["number"]) < 5 for row in rows)


def test_an_export_resumes_after_a_crash_without_losing_or_repeating(
    served: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in environment(served).items():
        monkeypatch.setenv(name, value)
    output = tmp_path / "contacts.jsonl"
    real_write = _cli.ResumableExport.write_page
    pages = 0

    def crash_on_the_second_page(self: _cli.ResumableExport, items: list[Any]) -> None:
        nonlocal pages
        pages += 1
        real_write(self, items)  # written, but its position never saved: the crash comes first
        if pages == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(_cli.ResumableExport, "write_page", crash_on_the_second_page)
    assert economic_cli.main(["contacts", "--output", str(output), "--quiet"]) == 130
    monkeypatch.setattr(_cli.ResumableExport, "write_page", real_write)
    assert economic_cli.main(["contacts", "--output", str(output), "--quiet", "--resume"]) == 0
    numbers = [json.loads(line)["number"] for line in output.read_text(encoding="utf-8").splitlines()]
    expected = [contact["number"] for contact in served["economic-suppliers"].mock.snapshot()["contacts"]]
    assert numbers == expected and len(expected) > 2000, "every contact once, in order"


def test_a_failure_is_one_line_and_a_non_zero_status(served: dict[str, Any], tmp_path: Path) -> None:
    refused = run(
        "economic-export", "contacts", "--output", "x.jsonl", "--quiet",
        served=served, cwd=tmp_path, ECONOMIC_APP_SECRET_TOKEN="not-the-token",
    )  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and refused.stderr.startswith("error: 401 Unauthorized from GET ")
    nothing = run("paymentworks-updates", "--output", "u.jsonl", "--resume", served=served, cwd=tmp_path)
    assert nothing.returncode == 1 and nothing.stderr.strip().startswith("error: nothing to resume")


def test_paymentworks_updates_download(served: dict[str, Any], tmp_path: Path) -> None:
    total = len(served["paymentworks"].mock.snapshot()["updates"])
    done = run("paymentworks-updates", "--output", "updates.csv", "--per-page", "10", served=served, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"{total}/{total}" in done.stderr
    assert len(_csv_rows(tmp_path / "updates.csv")) == total


def test_panamah_upload_through_the_queue_then_its_dead_letters(served: dict[str, Any], tmp_path: Path) -> None:
    operations = [
        {"op": "update", "tipo": "PRODUTO", "data": {"id": f"P-{n}", "descricao": f"Produto {n}", "secaoId": "10"}}
        for n in range(3)
    ] + [{"op": "delete", "tipo": "PRODUTO", "data": {"id": "never-sent"}}]
    (tmp_path / "ops.jsonl").write_text("".join(json.dumps(op) + "\n" for op in operations), encoding="utf-8")
    subscriber = "78778932000157"
    common = ("--queue", "outbox", "--assinante", subscriber, "--attempts", "1")
    first = run("panamah-upload", "ops.jsonl", *common, served=served, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "4/4" in first.stderr and "4 operations queued from ops.jsonl; 3 acknowledged" in first.stderr
    again = run("panamah-upload", "ops.jsonl", *common, "--quiet", served=served, cwd=tmp_path)
    assert again.returncode == 0 and "0 operations queued" in again.stderr, "a second run queues nothing twice"
    # An operation queued by the program itself and not sent yet: looking at the dead letters
    # must not send it.
    with queue_of(served, subscriber, tmp_path / "outbox") as uploader:
        uploader.update("SECAO", {"id": "10", "codigo": "10", "descricao": "Mercearia"})
    letters = run("panamah-upload", "--dead-letters", *common, served=served, cwd=tmp_path)
    assert letters.returncode == 0, letters.stderr
    [letter] = [json.loads(line) for line in letters.stdout.splitlines()]
    assert (letter["op"], letter["data"], letter["reason"]) == (
        "delete",
        {"id": "never-sent"},
        "Registro não encontrado",
    )
    with queue_of(served, subscriber, tmp_path / "outbox") as uploader:
        assert uploader.stats().unsent == 1


@contextmanager
def queue_of(served: dict[str, Any], subscriber: str, folder: Path) -> Iterator[panamah.Uploader]:
    """An uploader on `folder`, left without a flush (`close()` only)."""
    with mock.patch.dict(os.environ, environment(served)), panamah.connect(assinante_id=subscriber) as client:
        uploader = panamah.Uploader(client, folder)
        try:
            yield uploader
        finally:
            uploader.close()


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
