"""A subscriber, an upload through the durable queue, and what Panamah refused."""

from __future__ import annotations

import tempfile
from typing import assert_type

from panamah_client.models import AssinanteRecord

from client_overlays import panamah
from client_overlays.pagination import Paginator

SUBSCRIBER = "78778932000157"


def main() -> None:
    client = panamah.connect(assinante_id=SUBSCRIBER)  # PANAMAH_PARTNER_TOKEN, _SECRET, PANAMAH_BASE_URL
    subscriber = client.assinantes.get(SUBSCRIBER)
    assert_type(subscriber, AssinanteRecord)
    with tempfile.TemporaryDirectory() as outbox:
        retry = panamah.UploadRetry(max_attempts=1)
        with panamah.Uploader(client, outbox, retry=retry) as uploader:
            uploader.update("PRODUTO", {"id": "789", "descricao": "Arroz 5kg", "secaoId": "10"})
            uploader.delete("PRODUTO", "never-sent")
            report = uploader.flush()
            assert (report.acknowledged, report.refused_deletes) == (1, 1), report
            [letter] = uploader.dead_letters()
            print(f"refused: {letter.op} {letter.tipo} {letter.data['id']}: {letter.reason}")
    pending = client.stream.list_pending(count=100)
    assert_type(pending, Paginator[panamah.PendingRecord])
    print(f"{subscriber.nome}: {sum(1 for _ in pending)} pending records")


if __name__ == "__main__":
    main()
