"""Rotate the PaymentWorks token on schedule and keep reading updates."""

from __future__ import annotations

from paymentworks_client import AuthenticatedClient
from paymentworks_client.api.updates import list_updates
from paymentworks_client.models import UpdatePage

from client_overlays import paymentworks, unwrap


def rotate_then_count_updates(client: AuthenticatedClient, user_id: int) -> tuple[str, int]:
    """Rotate the token (the client switches to the new one), then count the vendor updates."""
    new_token = paymentworks.rotate_token(client, user_id=user_id)
    return new_token, unwrap(list_updates.sync_detailed(client=client), UpdatePage).count
