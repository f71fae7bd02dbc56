"""Pandium: find an integration, create a tenant, page through tenants, sync and follow the run."""

from __future__ import annotations

from pandium_client.api.integrations import list_integrations
from pandium_client.api.runs import get_run_status_from_trigger, list_tenant_runs
from pandium_client.api.tenants import archive_tenant, create_tenant, list_tenants, sync_by_tenant_id, update_tenant
from pandium_client.models import RunMode, RunStatus, Tenant, TenantCreate, TenantPatch, TriggerResponse

from client_overlays import NotFoundError, UnprocessableEntityError, pandium, unwrap

from ._common import create_mock, mock_options, mocks_module, step

_pandium = mocks_module("pandium")
_clock = mocks_module("_core").FakeClock


def tour() -> None:
    clock = _clock()
    mock = create_mock("pandium", clock=clock)
    client = pandium.connect(_pandium.DEFAULT_API_KEY, **mock_options(mock))

    integration = unwrap(list_integrations.sync_detailed(client=client, limit=1))[0]
    step("pick an integration", f"#{integration.id} {integration.name!r}")

    body = TenantCreate(name="acme-prod", integration_id=integration.id, user_schedule="*/30 * * * *")
    tenant = unwrap(create_tenant.sync_detailed(client=client, body=body), Tenant)
    step("create a tenant (starts paused)", f"#{tenant.id} {tenant.name!r}, paused={tenant.paused}")

    pages, total, skip, limit = 0, 0, 0, 50
    while True:
        page = unwrap(list_tenants.sync_detailed(client=client, skip=skip, limit=limit))
        pages, total, skip = pages + 1, total + len(page), skip + limit
        if len(page) < limit:
            break
    step("list tenants, 50 at a time (skip/limit)", f"{total} tenants in {pages} pages")

    unwrap(update_tenant.sync_detailed(tenant.id, client=client, body=TenantPatch(paused=False)), Tenant)
    trigger = unwrap(sync_by_tenant_id.sync_detailed(tenant.id, client=client, mode=RunMode.INIT), TriggerResponse)
    statuses: list[str] = []
    for _ in range(12):  # the mock's run advances on its clock, as Pandium's does in real time
        try:
            answer = get_run_status_from_trigger.sync_detailed(trigger.trigger_id, client=client)
            status = unwrap(answer, RunStatus).status
        except NotFoundError:  # Pandium answers 404 until the run has a status
            status = "404"
        if not statuses or statuses[-1] != status:
            statuses.append(status)
        if status == "completed":
            break
        clock.advance(4)
    step("unpause, sync (init) and poll the trigger", " -> ".join(statuses))
    runs = unwrap(list_tenant_runs.sync_detailed(tenant.id, client=client))
    step("the run is in the tenant's history", f"{len(runs)} run(s)")

    try:
        bad_name = TenantCreate(name="-Bad Name-", integration_id=integration.id)
        unwrap(create_tenant.sync_detailed(client=client, body=bad_name))
    except UnprocessableEntityError as error:
        step("create a tenant with a bad name (error)", f"422: {error.detail[:80]}")

    unwrap(archive_tenant.sync_detailed(tenant.id, client=client))
    step("archive the tenant", "archived (Pandium keeps archived tenants)")
