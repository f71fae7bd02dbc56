"""Panorays: suppliers with cursor pagination, tags, and a signed webhook verified on arrival."""

from __future__ import annotations

import httpx
from panorays_client.api.supplier import (
    create_supplier,
    delete_supplier,
    get_supplier,
    list_suppliers,
    update_supplier,
)
from panorays_client.api.tags import create_tag
from panorays_client.api.webhooks import subscribe
from panorays_client.models import (
    CreatedId,
    EventSubscription,
    Supplier,
    SupplierCreate,
    SupplierPage,
    SupplierUpdate,
    Tag,
    TagWrite,
    WebhookEventName,
)
from panorays_client.types import UNSET, Unset

from client_overlays import NotFoundError, panorays, unwrap
from client_overlays.panorays import webhooks

from ._common import create_mock, mock_options, mocks_module, step

HOOK_URL = "https://hooks.example.com/panorays"
FULL_TOKEN = mocks_module("panorays").FULL_TOKEN


class _Endpoint:
    """Your webhook endpoint: answers the challenge, verifies and keeps events."""

    def __init__(self) -> None:
        self.secret = ""
        self.events: list[dict[str, object]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        challenge = webhooks.challenge_answer(request.content)
        if challenge is not None:
            return httpx.Response(200, content=challenge, headers={"Content-Type": "application/json"})
        self.events.append(webhooks.verify_event(request.headers, request.content, secret=self.secret))
        return httpx.Response(200)


def tour() -> None:
    endpoint = _Endpoint()
    with httpx.Client(transport=httpx.MockTransport(endpoint)) as outgoing:
        mock = create_mock("panorays", webhook_client=outgoing)
        client = panorays.connect(FULL_TOKEN, **mock_options(mock))

        endpoint.secret = panorays.handshake(client, HOOK_URL)
        unwrap(
            subscribe.sync_detailed(client=client, body=EventSubscription(events=[WebhookEventName.SUPPLIER_CREATED]))
        )
        step("register a webhook (handshake + subscribe)", "challenge answered; secret kept for verification")

        created = unwrap(
            create_supplier.sync_detailed(client=client, body=SupplierCreate(name="Acme Cloud", asset="acme.example")),
            CreatedId,
        )
        step("create a supplier", f"id {created.id}")
        event = endpoint.events[-1]
        step("the supplier.created event arrives", f"signature verified: {event['event']} for {event['supplier_id']}")

        pages, seen = 0, 0
        token: str | Unset = UNSET
        while True:
            page = unwrap(list_suppliers.sync_detailed(client=client, limit=50, next_token=token), SupplierPage)
            pages, seen = pages + 1, seen + len(page.data)
            if not page.has_next:
                break
            token = str(page.next_)
        step("list suppliers, 50 per page (cursor)", f"{seen} suppliers in {pages} pages, under the 150/min limiter")

        tag = unwrap(create_tag.sync_detailed(client=client, body=TagWrite(name="critical-vendor")), Tag)
        unwrap(update_supplier.sync_detailed(created.id, client=client, body=SupplierUpdate(tags=["critical-vendor"])))
        read = unwrap(get_supplier.sync_detailed(created.id, client=client), Supplier)
        step("create a tag and put it on the supplier", f"{tag.name!r}: supplier tags are now {read.tags}")

        unwrap(delete_supplier.sync_detailed(created.id, client=client))
        try:
            unwrap(get_supplier.sync_detailed(created.id, client=client))
        except NotFoundError as error:
            step("delete it, then read it (error)", f"NotFoundError: {error.detail}")
