"""Send the shop's products to Panamah's stream."""

from __future__ import annotations

from pathlib import Path

from panamah_client import AuthenticatedClient

from client_overlays import panamah


def publish_products(
    client: AuthenticatedClient, assinante_id: str, products: list[dict[str, str]], outbox: Path
) -> int:
    """Queue every product (durably, in `outbox`) and send them; returns how many Panamah acknowledged."""
    with panamah.Uploader(client, outbox, assinante_id=assinante_id) as uploader:
        for product in products:
            uploader.update("PRODUTO", product)
        return uploader.flush().acknowledged
