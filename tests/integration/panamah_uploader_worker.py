"""A process that uploads products to Panamah through a queue folder, for the crash test.

    python panamah_uploader_worker.py BASE_URL QUEUE_DIR ASSINANTE_ID COUNT RUN

The first run queues COUNT product updates (then writes `QUEUE_DIR/../accepted`, so the test
knows every operation was accepted) and flushes; a later run on the same folder only flushes
what the queue still holds. Credentials come from PANAMAH_PARTNER_TOKEN/_SECRET; the run
number goes into `x-sdk-identity`, so the mock can tell which process sent each batch.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from client_overlays import panamah

CHUNK = 100  # operations per add(): one queue file each


def product(number: int) -> dict[str, object]:
    return {"id": f"P-{number:05d}", "descricao": f"Produto {number}", "secaoId": "10", "ativo": number % 7 != 0}


def main(base_url: str, queue_dir: str, assinante_id: str, count: int, run: int, concurrency: int) -> None:
    client = panamah.connect(
        assinante_id=assinante_id, base_url=base_url, sdk_identity=f"crash-worker-{run}", timeout=10.0
    )
    retry = panamah.UploadRetry(send_backoff=0.05, max_send_backoff=0.5)
    accepted = Path(queue_dir).parent / "accepted"
    with panamah.Uploader(client, queue_dir, retry=retry, concurrency=concurrency) as uploader:
        if not accepted.exists():
            for start in range(0, count, CHUNK):
                uploader.add(
                    [
                        {"op": "update", "tipo": "PRODUTO", "data": product(n)}
                        for n in range(start, min(start + CHUNK, count))
                    ]
                )
            accepted.write_text(str(count))
        report = uploader.flush()
    print(json.dumps(dataclasses.asdict(report)), flush=True)


if __name__ == "__main__":
    url, folder, subscriber, total, run_number, concurrency = sys.argv[1:]
    main(url, folder, subscriber, int(total), int(run_number), int(concurrency))
