"""Deterministic seed data for the Pandium mock: integrations, releases, tenants and past runs.

The first records carry the ids the spec's examples use (integration 1207, release 5531,
tenant 4821 `acme-store-prod` of user `acme-user-9921`, run 99121), so the examples in the
spec, the README and the generated client's docs work against the mock as written.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .state import (
    SEED_EPOCH,
    Connector,
    Integration,
    Json,
    PandiumState,
    Release,
    Run,
    Tenant,
    Timings,
    Trigger,
)

__all__ = ["SeedSizes", "Vocabulary", "config_schema", "randomized_schedule", "seed_state"]

DAY = 86_400.0
FIRST_INTEGRATION_ID = 1207
FIRST_RELEASE_ID = 5529
FIRST_TENANT_ID = 4821
FIRST_RUN_ID = 99_121
# (name, long name, connectors as (name, is_global))
INTEGRATIONS: tuple[tuple[str, str, tuple[tuple[str, bool], ...]], ...] = (
    ("shopify-netsuite", "Shopify to NetSuite Order Sync", (("shopify", False), ("netsuite", False))),
    ("hubspot-slack", "HubSpot Deal Alerts in Slack", (("hubspot", False), ("slack", True))),
    ("bigcommerce-quickbooks", "BigCommerce to QuickBooks Online", (("bigcommerce", False), ("quickbooks", False))),
    ("zendesk-salesforce", "Zendesk Tickets in Salesforce", (("zendesk", False), ("salesforce", False))),
    ("klaviyo-recharge", "ReCharge Subscriptions to Klaviyo", (("recharge", False), ("klaviyo", True))),
    ("mailchimp-xero", "Xero Contacts to Mailchimp", (("xero", False), ("mailchimp", False))),
)
COMPANIES = ("acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "wonka", "tyrell", "soylent")
ENVIRONMENTS = ("store-prod", "store-staging", "eu", "us", "dev", "sandbox")
CATEGORIES = ({"name": "ERP", "id": 3, "description": "Enterprise resource planning", "order_index": 1},)
TAGS = ({"name": "orders", "id": 12, "description": "Order synchronisation"},)
SCHEDULES = ("*/30 * * * *", "*/15 * * * *", "0 * * * *", "0 6 * * *")


@dataclass(frozen=True)
class Vocabulary:
    """Known values read from the spec (`IntegrationType`, `ReleaseChannel` examples), in spec order."""

    integration_types: list[str]
    release_channels: list[str]


@dataclass(frozen=True)
class SeedSizes:
    integrations: int = 6
    tenants: int = 130  # more than one default page (limit 100), so paging has a short last page
    max_runs_per_tenant: int = 3

    def __post_init__(self) -> None:
        if self.integrations < 1:
            raise ValueError(f"tenants need an integration: integrations must be >= 1, got {self.integrations}")
        if self.tenants < 0 or self.max_runs_per_tenant < 0:
            raise ValueError(f"sizes must be >= 0, got {self}")


def config_schema() -> Json:
    """A release's config schema (its PANDIUM.yaml); `x-dynamic` names an init-run discovery."""
    return {
        "type": "object",
        "properties": {
            "order_status_filter": {"type": "string", "enum": ["paid", "fulfilled"]},
            "sync_inventory": {"type": "boolean"},
            "location": {"type": "string", "x-dynamic": "locations"},
        },
        "additionalProperties": False,
    }


def randomized_schedule(user_schedule: str, tenant_id: int) -> str:
    """Pandium spreads tenants over the hour: `*/30 * * * *` becomes e.g. `7,37 * * * *`."""
    minute, _, rest = user_schedule.partition(" ")
    step = minute.removeprefix("*/")
    if minute == step or not step.isdigit() or not 0 < int(step) <= 60:
        return user_schedule
    offset = (tenant_id * 7) % int(step)
    minutes = ",".join(str(value) for value in range(offset, 60, int(step)))
    return f"{minutes} {rest}"


def seed_state(seed: int, sizes: SeedSizes, timings: Timings, vocabulary: Vocabulary) -> PandiumState:
    rng = random.Random(seed)
    state = PandiumState(timings=timings)
    for index in range(sizes.integrations):
        _seed_integration(state, rng, index, vocabulary)
    for index in range(sizes.tenants):
        tenant = _seed_tenant(state, rng, index, vocabulary)
        for _ in range(rng.randint(0, sizes.max_runs_per_tenant) if index else 1):
            _seed_run(state, rng, tenant)
    return state


def _seed_integration(state: PandiumState, rng: random.Random, index: int, vocabulary: Vocabulary) -> None:
    name, long_name, connectors = INTEGRATIONS[index % len(INTEGRATIONS)]
    if index >= len(INTEGRATIONS):
        name, long_name = f"{name}-{index // len(INTEGRATIONS) + 1}", f"{long_name} ({index // len(INTEGRATIONS) + 1})"
    integration_id = FIRST_INTEGRATION_ID + index * 13
    created = SEED_EPOCH - rng.randint(200, 400) * DAY
    count = 3 if index == 0 else rng.randint(2, 4)  # 1207's third release is the examples' 5531
    releases = [_seed_release(state, rng, integration_id, created, number) for number in range(count)]
    pinned = index == 0 or rng.random() < 0.4
    integration = Integration(
        id=integration_id,
        name=name,
        long_name=long_name,
        type=vocabulary.integration_types[1 if index == 4 else 0],  # one External integration
        connectors=[Connector(connector, is_global) for connector, is_global in connectors],
        repository_path=f"integrations/{name}",
        repository_tracking_branch="main",
        repository_url="https://github.com/acme/pandium-integrations",
        categories=[dict(category) for category in CATEGORIES],
        tags=[dict(tag) for tag in TAGS] if index % 2 == 0 else [],
        flag={"name": "Beta", "id": 2, "flag_color": "#F5A623"} if index == 0 else None,
        default_release_id=releases[-1].id if pinned else None,
        default_release_channel=None if pinned else vocabulary.release_channels[0],
        default_schedule=rng.choice(SCHEDULES),
        dynamic_values={"locations": ["Main Warehouse", "East Coast DC", f"Store {rng.randint(1, 99)}"]},
        created=created,
        modified=max(release.created for release in releases),
        archived=index == len(INTEGRATIONS) - 1,  # one archived integration, for the `archived` filter
    )
    state.integrations[integration.id] = integration


def _seed_release(state: PandiumState, rng: random.Random, integration_id: int, since: float, number: int) -> Release:
    release_id = FIRST_RELEASE_ID + len(state.releases)
    version = f"v1.{number + 1}.0"
    release = Release(
        id=release_id,
        integration_id=integration_id,
        name=version,
        tag=version,
        branch="main",
        run_command="node dist/index.js",
        config_schema=config_schema(),
        config_version="2",
        created=since + (number + 1) * rng.randint(20, 40) * DAY,
    )
    state.releases[release.id] = release
    return release


def _seed_tenant(state: PandiumState, rng: random.Random, index: int, vocabulary: Vocabulary) -> Tenant:
    integration = list(state.integrations.values())[0 if index == 0 else rng.randrange(len(state.integrations))]
    tenant_id = FIRST_TENANT_ID + index * 3
    company = COMPANIES[index % len(COMPANIES)]
    name = "acme-store-prod" if index == 0 else f"{company}-{rng.choice(ENVIRONMENTS)}-{index}"
    user_schedule = "*/30 * * * *" if index == 0 else rng.choice(SCHEDULES)
    release_id, channel = _seed_release_choice(state, rng, integration, index, vocabulary)
    own = [connector.name for connector in integration.connectors if not connector.is_global]
    disconnected = {rng.choice(own)} if index and rng.random() < 0.1 else set()
    tenant = Tenant(
        id=tenant_id,
        name=name,
        integration_id=integration.id,
        user_name="acme-user-9921" if index == 0 else f"{company}-user-{rng.randint(1000, 9999)}",
        configs={"order_status_filter": rng.choice(["paid", "fulfilled"]), "sync_inventory": rng.random() < 0.5},
        created=SEED_EPOCH - rng.randint(5, 150) * DAY - rng.randint(0, 86_399),
        paused=index != 0 and rng.random() < 0.2,
        archived=index != 0 and rng.random() < 0.1,
        user_schedule=user_schedule,
        schedule=randomized_schedule(user_schedule, tenant_id),
        source="api" if index == 0 else rng.choice(["api", "integration-hub", "marketplace"]),
        release_id=release_id,
        release_channel=channel,
        connected=set(own) - disconnected,
    )
    if rng.random() < 0.5 or index == 0:
        tenant.metadata = {"shop_domain": f"{company}-store.myshopify.com", "onboarding_complete": True}
    state.tenants[tenant.id] = tenant
    return tenant


def _seed_release_choice(
    state: PandiumState, rng: random.Random, integration: Integration, index: int, vocabulary: Vocabulary
) -> tuple[int | None, str | None]:
    if index == 0:
        return None, vocabulary.release_channels[0]
    if rng.random() < 0.3:
        return rng.choice(state.releases_of(integration.id)).id, None
    return None, rng.choice(vocabulary.release_channels)


def _seed_run(state: PandiumState, rng: random.Random, tenant: Tenant) -> None:
    earlier = len(state.runs_of(tenant.id))
    created = tenant.created + (earlier + 1) * rng.randint(1, 4) * DAY / 4 + rng.randint(0, 3_600)
    mode = "init" if not state.runs_of(tenant.id) else "normal"
    trigger = Trigger(len(state.triggers) + 7_712, tenant.id, mode, None, created - 5, source="schedule")
    state.triggers[trigger.id] = trigger
    run = Run(
        id=FIRST_RUN_ID + len(state.runs),
        tenant_id=tenant.id,
        integration_id=tenant.integration_id,
        mode=mode,
        created=created,
        starts=created + 3,
        finishes=created + 3 + rng.randint(20, 600),
        outcome="Failed" if rng.random() < 0.15 and tenant.id != FIRST_TENANT_ID else "Succeeded",
        triggers=[trigger],
    )
    state.runs[run.id] = run
