"""Start a Pandium sync for a tenant and wait for its run to finish."""

from __future__ import annotations

import time
from collections.abc import Callable

from pandium_client import AuthenticatedClient
from pandium_client.api.runs import get_run_status_from_trigger
from pandium_client.api.tenants import sync_by_tenant_id
from pandium_client.models import RunMode, RunStatus, TriggerResponse

from client_overlays import unwrap


def sync_and_wait(
    client: AuthenticatedClient, tenant_id: int, *, wait: Callable[[float], None] = time.sleep, polls: int = 30
) -> list[str]:
    """Trigger a normal sync and poll every 5 s until its run completes; returns the statuses seen."""
    accepted = unwrap(sync_by_tenant_id.sync_detailed(tenant_id, client=client, mode=RunMode.NORMAL), TriggerResponse)
    seen: list[str] = []
    for _ in range(polls):
        wait(5.0)
        answer = get_run_status_from_trigger.sync_detailed(accepted.trigger_id, client=client)
        if answer.status_code == 404:  # the trigger is still being debounced: no run yet
            continue
        status = unwrap(answer, RunStatus).status
        if not seen or seen[-1] != status:
            seen.append(status)
        if status == "completed":
            return seen
    raise TimeoutError(f"the run of trigger {accepted.trigger_id} did not complete after {polls} polls")
