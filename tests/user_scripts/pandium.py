"""Tenants of an integration, sync and async, and what a wrong key does."""

from __future__ import annotations

import asyncio
from typing import assert_type

from pandium_client.models import Integration, Tenant

from client_overlays import UnauthorizedError, pandium
from client_overlays.pagination import AsyncPaginator, Paginator


async def count_tenants(client: pandium.PandiumClient) -> int:
    tenants = client.aio.tenants.list(limit=50)
    assert_type(tenants, AsyncPaginator[Tenant])
    return len([tenant async for tenant in tenants])


def main() -> None:
    client = pandium.connect()  # PANDIUM_API_KEY, PANDIUM_BASE_URL
    tenants = client.tenants.list(limit=50)
    assert_type(tenants, Paginator[Tenant])
    walked = list(tenants)
    assert len(walked) > 50, "more than one page"
    integration = client.integrations.get(walked[0].integration_id)
    assert_type(integration, Integration)
    print(f"{len(walked)} tenants; the first runs {integration.name}")
    assert asyncio.run(count_tenants(client)) == len(walked)

    try:
        list(pandium.connect("not-a-key").tenants.list())
    except UnauthorizedError as error:
        print(f"a wrong key: {error}")
    else:
        raise SystemExit("a wrong key was accepted")


if __name__ == "__main__":
    main()
