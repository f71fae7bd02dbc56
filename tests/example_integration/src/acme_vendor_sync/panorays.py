"""Receive Panorays supplier events on our own endpoint."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from panorays_client import AuthenticatedClient
from panorays_client.api.webhooks import subscribe
from panorays_client.models import EventSubscription, WebhookEventName
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from client_overlays import panorays, unwrap
from client_overlays.panorays import webhooks


def register(client: AuthenticatedClient, url: str) -> str:
    """Register `url` for supplier-created events; returns the signing secret to keep."""
    secret = panorays.handshake(client, url)
    body = EventSubscription(events=[WebhookEventName.SUPPLIER_CREATED])
    unwrap(subscribe.sync_detailed(client=client, body=body))
    return secret


def receiver(
    secret: Callable[[], str], on_event: Callable[[dict[str, Any]], None], now: Callable[[], float] = time.time
) -> Starlette:
    """Our endpoint: answers the handshake challenge, verifies each event's signature."""

    async def events(request: Request) -> Response:
        body = await request.body()
        challenge = webhooks.challenge_answer(body)
        if challenge is not None:
            return Response(challenge, media_type="application/json")
        try:
            on_event(webhooks.verify_event(request.headers, body, secret=secret(), now=now))
        except webhooks.WebhookVerificationError:
            return Response(status_code=401)
        return Response(status_code=200)

    return Starlette(routes=[Route("/panorays/events", events, methods=["POST"])])
