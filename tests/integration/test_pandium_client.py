"""Every Pandium operation through the generated client against the mock: the success path,
every documented error status, and the vendor behaviours (paging, sorting, FastAPI 422s, the
debounced sync -> run lifecycle on a fake clock, log redirects, metadata, proxy answers)."""

from __future__ import annotations

import re
from collections.abc import Callable
from http import HTTPStatus
from typing import Any, cast

import pytest
from pandium_client import AuthenticatedClient, errors
from pandium_client.api.integrations import (
    get_default_integration_release,
    get_integration,
    get_integration_release,
    get_latest_integration_release,
    list_integration_releases,
    list_integrations,
    sync_by_integration_id,
)
from pandium_client.api.proxy import proxy_connector_call_rest, proxy_connector_call_soap, proxy_connector_call_xml
from pandium_client.api.runs import get_run_log, get_run_status_from_trigger, list_tenant_runs
from pandium_client.api.source_control import build_from_source_control
from pandium_client.api.tenants import (
    archive_tenant,
    create_tenant,
    disconnect_tenant_connector,
    get_tenant_metadata,
    get_tenant_release,
    list_tenants,
    sync_by_tenant_id,
    update_tenant,
    update_tenant_metadata,
)
from pandium_client.models import (
    BuildCreate,
    BuildResult,
    ConnectorDisconnectResult,
    ErrorMessage,
    HTTPValidationError,
    Integration,
    ProxyResponse,
    ProxyRestRequest,
    ProxyRestRequestBody,
    ProxyRestRequestQueryParams,
    ProxySoapRequest,
    ProxyXmlRequest,
    Release,
    ReleaseConfigSchema,
    Run,
    RunMode,
    RunPhase,
    RunStatus,
    SyncPayload,
    Tenant,
    TenantArchiveResult,
    TenantAuthStatus,
    TenantCreate,
    TenantCreateConfigs,
    TenantMetadata,
    TenantMetadataUpdate,
    TenantPatch,
    TenantStatus,
    TriggerResponse,
    ValidationError,
)
from pandium_client.types import Response

from integration.conftest import generated_client
from vendor_mocks import FakeClock, FaultConfig, create_mock
from vendor_mocks.pandium import DEFAULT_API_KEY, PandiumMock

# Seeded records (see vendor_mocks/pandium/seed.py): the ids the spec's examples use.
INTEGRATION = 1207  # shopify-netsuite: connectors shopify and netsuite, releases 5529..5531
RELEASE = 5531
TENANT = 4821  # acme-store-prod, user acme-user-9921, integration 1207
GLOBAL_CONNECTOR_INTEGRATION = 1220  # hubspot-slack: `slack` is a global connector
UNKNOWN = 999_999
# The typed client cannot send a malformed id; an untyped caller or a hand-built URL can, and
# that is the only way to reach the 422 of operations whose only inputs are integer ids.
NOT_AN_ID = cast(int, "not-an-id")
Call = Callable[[AuthenticatedClient], Response[Any]]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mock(clock: FakeClock) -> PandiumMock:
    created = create_mock("pandium", clock=clock)
    return created


@pytest.fixture
def client(mock: PandiumMock) -> AuthenticatedClient:
    return client_for(mock)


@pytest.fixture(scope="module")
def untouched() -> PandiumMock:
    """One mock for the error tests: a request that fails auth, lookup or validation changes nothing."""
    created = create_mock("pandium", clock=FakeClock())
    return created


@pytest.fixture(scope="module")
def untouched_client(untouched: PandiumMock) -> AuthenticatedClient:
    return client_for(untouched)


def client_for(mock: PandiumMock, **options: Any) -> AuthenticatedClient:
    """The generated client as Pandium's README configures it: the key as is in `X-API-KEY`."""
    token = mock.credentials()["X-API-KEY"]
    made: AuthenticatedClient = generated_client(
        AuthenticatedClient, mock, token=token, auth_header_name="X-API-KEY", prefix="", **options
    )
    return made


def parsed(response: Response[Any], status: HTTPStatus, kind: type[Any]) -> Any:
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, kind), response.parsed
    return response.parsed


def items(response: Response[Any], kind: type[Any]) -> list[Any]:
    result: list[Any] = parsed(response, HTTPStatus.OK, list)
    assert all(isinstance(item, kind) for item in result)
    return result


def new_tenant(client: AuthenticatedClient, name: str = "globex-new", **fields: Any) -> Tenant:
    body = TenantCreate(name=name, integration_id=fields.pop("integration_id", INTEGRATION), **fields)
    tenant: Tenant = parsed(create_tenant.sync_detailed(client=client, body=body), HTTPStatus.OK, Tenant)
    return tenant


def connected(tenant: Tenant) -> bool:
    assert isinstance(tenant.status, TenantStatus) and isinstance(tenant.status.auth, TenantAuthStatus)
    assert isinstance(tenant.status.auth.connected, bool)
    return tenant.status.auth.connected


def only_problem(response: Response[Any]) -> ValidationError:
    error = parsed(response, HTTPStatus.UNPROCESSABLE_ENTITY, HTTPValidationError)
    assert isinstance(error.detail, list) and len(error.detail) == 1, error.detail
    problem: ValidationError = error.detail[0]
    return problem


# --- integrations and releases ------------------------------------------------------------------


def test_list_integrations_and_the_archived_filter(client: AuthenticatedClient, mock: PandiumMock) -> None:
    active = items(list_integrations.sync_detailed(client=client), Integration)
    archived = items(list_integrations.sync_detailed(client=client, archived=True), Integration)
    assert [i.id for i in active] == sorted(i.id for i in mock.state.integrations.values() if not i.archived)
    assert [i.id for i in archived] == [i.id for i in mock.state.integrations.values() if i.archived]
    first = active[0]
    assert (first.id, first.name, first.type_) == (INTEGRATION, "shopify-netsuite", "Internal")
    assert isinstance(first.connectors, list) and [c.name for c in first.connectors] == ["shopify", "netsuite"]


async def test_get_integration_async(client: AuthenticatedClient) -> None:
    integration = parsed(await get_integration.asyncio_detailed(INTEGRATION, client=client), HTTPStatus.OK, Integration)
    assert integration.long_name == "Shopify to NetSuite Order Sync"
    assert integration.default_release_id == RELEASE


def test_releases_list_one_default_and_latest(client: AuthenticatedClient) -> None:
    releases = items(list_integration_releases.sync_detailed(INTEGRATION, client=client), Release)
    assert [r.id for r in releases] == [5529, 5530, RELEASE]
    one = parsed(get_integration_release.sync_detailed(INTEGRATION, 5530, client=client), HTTPStatus.OK, Release)
    assert (one.id, one.name, one.tag) == (5530, "v1.2.0", "v1.2.0")
    default = parsed(get_default_integration_release.sync_detailed(INTEGRATION, client=client), HTTPStatus.OK, Release)
    latest = parsed(get_latest_integration_release.sync_detailed(INTEGRATION, client=client), HTTPStatus.OK, Release)
    assert default.id == latest.id == RELEASE


def test_a_build_becomes_the_latest_release_when_it_finishes(
    client: AuthenticatedClient, mock: PandiumMock, clock: FakeClock
) -> None:
    body = BuildCreate(integration_id=INTEGRATION, tag="v2.0.0", branch="release")
    build = parsed(build_from_source_control.sync_detailed(client=client, body=body), HTTPStatus.CREATED, BuildResult)
    assert (build["tag"], build["branch"], build["status"], build["release_id"]) == (
        "v2.0.0",
        "release",
        "queued",
        None,
    )
    clock.advance(mock.state.timings.build - 1)
    latest = parsed(get_latest_integration_release.sync_detailed(INTEGRATION, client=client), HTTPStatus.OK, Release)
    assert latest.id == RELEASE, "still building"
    clock.advance(1)
    latest = parsed(get_latest_integration_release.sync_detailed(INTEGRATION, client=client), HTTPStatus.OK, Release)
    assert (latest.name, latest.tag, latest.repository_tracking_branch) == ("v2.0.0", "v2.0.0", "release")
    default = parsed(get_default_integration_release.sync_detailed(INTEGRATION, client=client), HTTPStatus.OK, Release)
    assert default.id == RELEASE, "1207's default is pinned to a release id, not the Latest channel"


# --- tenants: listing, paging, sorting, filters -----------------------------------------------


def test_paging_through_tenants_until_a_short_page(client: AuthenticatedClient, mock: PandiumMock) -> None:
    seen: list[int] = []
    limit, pages = 50, 0
    for page in range(10):  # bounded: the seeded active tenants fill 3 pages of 50
        batch = items(list_tenants.sync_detailed(client=client, skip=page * limit, limit=limit), Tenant)
        seen += [tenant.id for tenant in batch]
        pages += 1
        if len(batch) < limit:
            break
    else:
        pytest.fail("no short page within 10 pages")
    active = sorted(t.id for t in mock.state.tenants.values() if not t.archived)
    assert seen == active and pages == 3, "every active tenant once, in id order"
    default_page = items(list_tenants.sync_detailed(client=client), Tenant)
    assert len(default_page) == min(100, len(active)), "the default limit is 100"


@pytest.mark.parametrize("field", ["name", "created_date", "integration_release_id"])
def test_sort_by_both_directions(client: AuthenticatedClient, field: str) -> None:
    ascending = items(list_tenants.sync_detailed(client=client, sort_by=f"{field}__ASC", limit=500), Tenant)
    descending = items(list_tenants.sync_detailed(client=client, sort_by=f"{field}__DESC", limit=500), Tenant)
    values = [getattr(tenant, field) for tenant in ascending]
    present = [value for value in values if value is not None]
    assert present == sorted(present)
    assert values[len(present) :] == [None] * (len(values) - len(present)), "nulls last ascending"
    assert [t.id for t in descending] != [t.id for t in ascending]
    reversed_values = [getattr(tenant, field) for tenant in descending]
    assert reversed_values[: len(values) - len(present)] == [None] * (len(values) - len(present)), "nulls first"
    assert [value for value in reversed_values if value is not None] == sorted(present, reverse=True)


SortedList = Callable[[AuthenticatedClient, str], Response[Any]]
# spec parameter -> (item schema, the list operation)
SORTED_LISTS: dict[str, tuple[str, SortedList]] = {
    "IntegrationSortBy": ("Integration", lambda c, s: list_integrations.sync_detailed(client=c, sort_by=s)),
    "TenantSortBy": ("Tenant", lambda c, s: list_tenants.sync_detailed(client=c, sort_by=s)),
    "RunSortBy": ("Run", lambda c, s: list_tenant_runs.sync_detailed(TENANT, client=c, sort_by=s)),
}


@pytest.mark.parametrize("parameter", SORTED_LISTS)
def test_every_field_the_spec_names_sorts_both_ways(
    untouched: PandiumMock, untouched_client: AuthenticatedClient, parameter: str
) -> None:
    item_schema, call = SORTED_LISTS[parameter]
    pattern = untouched.validator.spec["components"]["parameters"][parameter]["schema"]["pattern"]
    names = re.fullmatch(r"\^\((.*)\)__\(ASC\|DESC\)\$", pattern)
    assert names is not None, pattern
    fields = names.group(1).split("|")
    assert set(fields) == untouched.sortable[item_schema], "the spec's pattern and the mock's sortable fields agree"
    for field in fields:
        for direction in ("ASC", "DESC"):
            assert call(untouched_client, f"{field}__{direction}").status_code == HTTPStatus.OK


def test_sort_by_an_unknown_field_is_422(client: AuthenticatedClient) -> None:
    problem = only_problem(list_tenants.sync_detailed(client=client, sort_by="colour__ASC"))
    assert problem.loc == ["query", "sort_by"] and problem.type_ == "string_pattern_mismatch"


def test_tenant_filters(client: AuthenticatedClient, mock: PandiumMock) -> None:
    by_user = items(list_tenants.sync_detailed(client=client, user_name="acme-user-9921"), Tenant)
    assert [t.id for t in by_user] == [TENANT]
    by_integration = items(list_tenants.sync_detailed(client=client, integration_id=INTEGRATION, limit=500), Tenant)
    assert by_integration and all(t.integration_id == INTEGRATION and t.archived is False for t in by_integration)
    archived = items(list_tenants.sync_detailed(client=client, archived=True, limit=500), Tenant)
    assert [t.id for t in archived] == sorted(t.id for t in mock.state.tenants.values() if t.archived)


@pytest.mark.parametrize(
    ("call", "loc", "kind"),
    [
        pytest.param(lambda c: list_tenants.sync_detailed(client=c, limit=501), ["query", "limit"], "less_than_equal"),
        pytest.param(lambda c: list_tenants.sync_detailed(client=c, skip=-1), ["query", "skip"], "greater_than_equal"),
        pytest.param(
            lambda c: list_tenant_runs.sync_detailed(TENANT, client=c, limit=1000),
            ["query", "limit"],
            "less_than_equal",
        ),
    ],
)
def test_422_for_paging_out_of_range(client: AuthenticatedClient, call: Call, loc: list[str], kind: str) -> None:
    problem = only_problem(call(client))
    assert (problem.loc, problem.type_) == (loc, kind)
    assert problem.msg.startswith("Input should be")


def test_limit_has_no_documented_lower_bound(client: AuthenticatedClient) -> None:
    # Pandium discloses "default is 100, max is 500" only: limit 0 is not refused, it lists nothing.
    assert parsed(list_tenants.sync_detailed(client=client, limit=0), HTTPStatus.OK, list) == []


# --- tenants: create, patch, archive --------------------------------------------------------------


def test_create_tenant_is_paused_unconnected_and_gets_defaults(client: AuthenticatedClient) -> None:
    configs = TenantCreateConfigs.from_dict({"order_status_filter": "paid", "sync_inventory": True})
    tenant = new_tenant(client, user_schedule="*/30 * * * *", integration_release_channel="Latest", configs=configs)
    assert (tenant.name, tenant.integration_id, tenant.paused, tenant.archived) == (
        "globex-new",
        INTEGRATION,
        True,
        False,
    )
    assert tenant.source == "api" and tenant.integration_release_channel == "Latest"
    assert isinstance(tenant.schedule, str) and tenant.schedule.endswith(" * * * *") and "*/30" not in tenant.schedule
    assert connected(tenant) is False
    listed = items(list_tenants.sync_detailed(client=client, sort_by="id__DESC", limit=1), Tenant)
    assert listed[0].id == tenant.id


def test_422_for_a_bad_tenant_name(client: AuthenticatedClient) -> None:
    problem = only_problem(create_tenant.sync_detailed(client=client, body=TenantCreate(name="-Bad", integration_id=1)))
    assert problem.loc == ["body", "name"]
    assert problem.msg == "String should match pattern '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$'"
    assert problem.type_ == "string_pattern_mismatch"


def test_422_for_state_the_body_names(client: AuthenticatedClient) -> None:
    body = TenantCreate(name="acme-store-prod", integration_id=UNKNOWN)
    error = parsed(
        create_tenant.sync_detailed(client=client, body=body), HTTPStatus.UNPROCESSABLE_ENTITY, HTTPValidationError
    )
    assert isinstance(error.detail, list)
    assert [(p.loc, p.type_) for p in error.detail] == [
        (["body", "integration_id"], "value_error"),
        (["body", "name"], "value_error"),  # names are unique, archived tenants included
    ]
    wrong_configs = TenantCreateConfigs.from_dict({"sync_inventory": "yes", "colour": "red"})
    problems = parsed(
        create_tenant.sync_detailed(client=client, body=TenantCreate("fresh", INTEGRATION, configs=wrong_configs)),
        HTTPStatus.UNPROCESSABLE_ENTITY,
        HTTPValidationError,
    )
    assert isinstance(problems.detail, list)
    assert sorted(tuple(p.loc) for p in problems.detail) == [("body", "configs"), ("body", "configs", "sync_inventory")]


def test_patch_tenant_renames_reschedules_and_validates(client: AuthenticatedClient) -> None:
    body = TenantPatch(name="acme-store-staging", paused=True, user_schedule="*/15 * * * *")
    tenant = parsed(update_tenant.sync_detailed(TENANT, client=client, body=body), HTTPStatus.OK, Tenant)
    assert (tenant.name, tenant.paused, tenant.user_schedule) == ("acme-store-staging", True, "*/15 * * * *")
    assert tenant.schedule != tenant.user_schedule
    other = new_tenant(client, "taken-name")
    problem = only_problem(update_tenant.sync_detailed(TENANT, client=client, body=TenantPatch(name=other.name)))
    assert problem.loc == ["body", "name"]


def test_archive_keeps_the_tenant_and_patch_unarchives(client: AuthenticatedClient) -> None:
    result = parsed(archive_tenant.sync_detailed(TENANT, client=client), HTTPStatus.OK, TenantArchiveResult)
    assert result.to_dict() == {"id": TENANT, "archived": True}
    assert TENANT not in [t.id for t in items(list_tenants.sync_detailed(client=client, limit=500), Tenant)]
    archived = items(list_tenants.sync_detailed(client=client, archived=True, limit=500), Tenant)
    assert TENANT in [t.id for t in archived]
    restored = parsed(
        update_tenant.sync_detailed(TENANT, client=client, body=TenantPatch(archived=False)), HTTPStatus.OK, Tenant
    )
    assert restored.archived is False


# --- tenant release, metadata, connectors -------------------------------------------------------------


def test_tenant_release_lists_dynamic_configs_after_an_init_run(
    client: AuthenticatedClient, mock: PandiumMock, clock: FakeClock
) -> None:
    tenant = new_tenant(client)
    release = parsed(get_tenant_release.sync_detailed(tenant.id, client=client), HTTPStatus.OK, Release)
    assert release.id == RELEASE and isinstance(release.config_schema, ReleaseConfigSchema)
    assert "enum" not in release.config_schema["properties"]["location"]
    sync_by_tenant_id.sync_detailed(tenant.id, client=client, mode=RunMode.INIT)
    timings = mock.state.timings
    clock.advance(timings.debounce + timings.queued + timings.running)
    release = parsed(get_tenant_release.sync_detailed(tenant.id, client=client), HTTPStatus.OK, Release)
    assert isinstance(release.config_schema, ReleaseConfigSchema)
    assert release.config_schema["properties"]["location"]["enum"][:2] == ["Main Warehouse", "East Coast DC"]


async def test_metadata_round_trip(client: AuthenticatedClient) -> None:
    before = parsed(await get_tenant_metadata.asyncio_detailed(TENANT, client=client), HTTPStatus.OK, TenantMetadata)
    assert before["data"] == {"shop_domain": "acme-store.myshopify.com", "onboarding_complete": True}
    changes = TenantMetadataUpdate.from_dict({"plan": "gold", "limits": {"orders": 500}, "onboarding_complete": None})
    after = parsed(
        await update_tenant_metadata.asyncio_detailed(TENANT, client=client, body=changes),
        HTTPStatus.OK,
        TenantMetadata,
    )
    expected = {"shop_domain": "acme-store.myshopify.com", "plan": "gold", "limits": {"orders": 500}}
    assert after["data"] == expected, "a null removes a key"
    again = parsed(get_tenant_metadata.sync_detailed(TENANT, client=client), HTTPStatus.OK, TenantMetadata)
    assert again["data"] == expected and again["tenant_id"] == TENANT


def test_disconnect_then_proxy_needs_credentials(client: AuthenticatedClient) -> None:
    result = parsed(
        disconnect_tenant_connector.sync_detailed(TENANT, "shopify", client=client),
        HTTPStatus.OK,
        ConnectorDisconnectResult,
    )
    assert result["message"] == f"Connector shopify disconnected for tenant {TENANT}"
    tenant = items(list_tenants.sync_detailed(client=client, user_name="acme-user-9921"), Tenant)[0]
    assert connected(tenant) is False
    responses = [
        proxy_connector_call_rest.sync_detailed(TENANT, "shopify", client=client, body=ProxyRestRequest()),
        proxy_connector_call_soap.sync_detailed(TENANT, "shopify", client=client, body=ProxySoapRequest()),
        proxy_connector_call_xml.sync_detailed(TENANT, "shopify", client=client, body=ProxyXmlRequest()),
    ]
    for response in responses:
        error = parsed(response, HTTPStatus.BAD_REQUEST, ErrorMessage)
        assert error.detail == f"Connector 'shopify' has no credentials for tenant {TENANT}"
    still = proxy_connector_call_rest.sync_detailed(TENANT, "netsuite", client=client, body=ProxyRestRequest())
    assert still.status_code == HTTPStatus.OK, "the tenant's other connector keeps its credentials"


def test_disconnecting_a_global_connector_is_422(client: AuthenticatedClient, mock: PandiumMock) -> None:
    tenant = next(t for t in mock.state.tenants.values() if t.integration_id == GLOBAL_CONNECTOR_INTEGRATION)
    problem = only_problem(disconnect_tenant_connector.sync_detailed(tenant.id, "slack", client=client))
    assert (problem.loc, problem.type_) == (["path", "connector_name"], "value_error")


# --- proxy ----------------------------------------------------------------------------------------------


def rest_request(body: dict[str, Any]) -> ProxyRestRequest:
    return ProxyRestRequest(
        method="post",
        target_url="www.example.com/orders",
        query_params=ProxyRestRequestQueryParams.from_dict({"company_id": 12345}),
        body=ProxyRestRequestBody.from_dict(body),
    )


def test_proxy_rest_answers_deterministically(client: AuthenticatedClient) -> None:
    first = proxy_connector_call_rest.sync_detailed(
        TENANT, "shopify", client=client, body=rest_request({"ids": [1, 2]})
    )
    second = proxy_connector_call_rest.sync_detailed(
        TENANT, "shopify", client=client, body=rest_request({"ids": [1, 2]})
    )
    other = proxy_connector_call_rest.sync_detailed(TENANT, "shopify", client=client, body=rest_request({"ids": [3]}))
    answers = [parsed(r, HTTPStatus.OK, ProxyResponse).data for r in (first, second, other)]
    assert answers[0].to_dict() == answers[1].to_dict(), "the same request gets the same answer"
    assert answers[0]["body_sha256"] != answers[2]["body_sha256"]
    assert (answers[0]["method"], answers[0]["target_url"], answers[0]["connector"]) == (
        "POST",
        "www.example.com/orders",
        "shopify",
    )
    assert answers[0]["query_params"] == {"company_id": 12345}


async def test_proxy_soap_and_xml_async(client: AuthenticatedClient) -> None:
    envelope = "<Envelope><Body><GetCustomer><Id>42</Id></GetCustomer></Body></Envelope>"
    soap = await proxy_connector_call_soap.asyncio_detailed(
        TENANT, "netsuite", client=client, body=ProxySoapRequest(target_url="erp.example.com/ws", data=envelope)
    )
    xml = await proxy_connector_call_xml.asyncio_detailed(
        TENANT, "netsuite", client=client, body=ProxyXmlRequest(target_url="erp.example.com/ws", data=envelope)
    )
    soap_data, xml_data = (
        parsed(soap, HTTPStatus.OK, ProxyResponse).data,
        parsed(xml, HTTPStatus.OK, ProxyResponse).data,
    )
    assert (soap_data["protocol"], soap_data["method"]) == ("soap", "POST")
    assert xml_data["protocol"] == "xml" and xml_data["body_sha256"] == soap_data["body_sha256"]


def test_proxy_external_404_carries_the_external_answer(client: AuthenticatedClient) -> None:
    body = ProxyRestRequest(target_url="www.example.com/not-found/7")
    error = parsed(
        proxy_connector_call_rest.sync_detailed(TENANT, "shopify", client=client, body=body),
        HTTPStatus.NOT_FOUND,
        ErrorMessage,
    )
    assert error.detail == "{'data': {'errors': 'Not Found'}, 'status': 404}"


# --- syncs, runs, logs ----------------------------------------------------------------------------------


def test_sync_status_goes_from_404_to_queued_in_progress_completed(
    client: AuthenticatedClient, mock: PandiumMock, clock: FakeClock
) -> None:
    accepted = parsed(
        sync_by_tenant_id.sync_detailed(
            TENANT, client=client, mode=RunMode.NORMAL, body=SyncPayload.from_dict({"a": 1})
        ),
        HTTPStatus.ACCEPTED,
        TriggerResponse,
    )
    timings = mock.state.timings

    def status() -> Response[Any]:
        return get_run_status_from_trigger.sync_detailed(accepted.trigger_id, client=client)

    assert parsed(status(), HTTPStatus.NOT_FOUND, ErrorMessage).message, "debounced: no run yet"
    clock.advance(timings.debounce)
    assert parsed(status(), HTTPStatus.OK, RunStatus).status == "queued"
    clock.advance(timings.queued)
    assert parsed(status(), HTTPStatus.OK, RunStatus).status == "in progress"
    clock.advance(timings.running)
    assert parsed(status(), HTTPStatus.OK, RunStatus).status == "completed"


def test_sync_by_integration_and_user_name_debounces_into_one_run(
    client: AuthenticatedClient, mock: PandiumMock, clock: FakeClock
) -> None:
    triggers = [
        parsed(
            sync_by_integration_id.sync_detailed(
                INTEGRATION, client=client, mode=RunMode.NORMAL, user_name="acme-user-9921"
            ),
            HTTPStatus.ACCEPTED,
            TriggerResponse,
        ).trigger_id
        for _ in range(2)
    ]
    assert triggers[0] != triggers[1]
    clock.advance(mock.state.timings.debounce)
    runs = items(list_tenant_runs.sync_detailed(TENANT, client=client, sort_by="id__DESC", limit=1), Run)
    assert runs[0].triggers is not None and [str(t.id) for t in runs[0].triggers] == triggers
    assert isinstance(runs[0].status, RunPhase) and runs[0].status.phase == "Pending"


def test_runs_appear_and_the_log_redirects(client: AuthenticatedClient, mock: PandiumMock, clock: FakeClock) -> None:
    before = items(list_tenant_runs.sync_detailed(TENANT, client=client), Run)
    sync_by_tenant_id.sync_detailed(TENANT, client=client, mode=RunMode.NORMAL)
    timings = mock.state.timings
    clock.advance(timings.debounce + timings.queued + timings.running)
    runs = items(list_tenant_runs.sync_detailed(TENANT, client=client, sort_by="started_date__DESC"), Run)
    assert len(runs) == len(before) + 1
    run = runs[0]
    assert (run.tenant_id, run.integration_id, run.mode) == (TENANT, INTEGRATION, "normal")
    assert isinstance(run.status, RunPhase) and run.status.phase == "Succeeded" and run.completed_date is not None
    redirect = get_run_log.sync_detailed(run.id, client=client)
    assert redirect.status_code == HTTPStatus.FOUND
    location = redirect.headers["Location"]
    assert location.startswith(f"http://mock.invalid/logs/{run.id}?expires=")
    followed = get_run_log.sync_detailed(run.id, client=client_for(mock, follow_redirects=True))
    log = parsed(followed, HTTPStatus.OK, str)
    assert f"run {run.id} succeeded" in log and "starting normal sync" in log


def test_signed_log_url_expires(client: AuthenticatedClient, mock: PandiumMock, clock: FakeClock) -> None:
    run = items(list_tenant_runs.sync_detailed(TENANT, client=client), Run)[0]
    location = get_run_log.sync_detailed(run.id, client=client).headers["Location"]
    with client_for(mock).get_httpx_client() as http:
        assert http.get(location).status_code == HTTPStatus.OK
        assert http.get(location.replace("signature=", "signature=0")).status_code == HTTPStatus.FORBIDDEN
        clock.advance(mock.state.timings.log_url_ttl + 1)
        expired = http.get(location)
    assert expired.status_code == HTTPStatus.FORBIDDEN and b"Request has expired" in expired.content


# --- documented errors ------------------------------------------------------------------------------------

EVERY_OPERATION: dict[str, Call] = {
    "list_integrations": lambda c: list_integrations.sync_detailed(client=c),
    "get_integration": lambda c: get_integration.sync_detailed(INTEGRATION, client=c),
    "list_integration_releases": lambda c: list_integration_releases.sync_detailed(INTEGRATION, client=c),
    "get_default_release": lambda c: get_default_integration_release.sync_detailed(INTEGRATION, client=c),
    "get_latest_release": lambda c: get_latest_integration_release.sync_detailed(INTEGRATION, client=c),
    "get_integration_release": lambda c: get_integration_release.sync_detailed(INTEGRATION, RELEASE, client=c),
    "sync_by_integration_id": lambda c: sync_by_integration_id.sync_detailed(
        INTEGRATION, client=c, mode=RunMode.INIT, user_name="acme-user-9921"
    ),
    "list_tenants": lambda c: list_tenants.sync_detailed(client=c),
    "create_tenant": lambda c: create_tenant.sync_detailed(client=c, body=TenantCreate("x", INTEGRATION)),
    "update_tenant": lambda c: update_tenant.sync_detailed(TENANT, client=c, body=TenantPatch()),
    "archive_tenant": lambda c: archive_tenant.sync_detailed(TENANT, client=c),
    "get_tenant_release": lambda c: get_tenant_release.sync_detailed(TENANT, client=c),
    "sync_by_tenant_id": lambda c: sync_by_tenant_id.sync_detailed(TENANT, client=c, mode=RunMode.INIT),
    "list_tenant_runs": lambda c: list_tenant_runs.sync_detailed(TENANT, client=c),
    "get_tenant_metadata": lambda c: get_tenant_metadata.sync_detailed(TENANT, client=c),
    "update_tenant_metadata": lambda c: update_tenant_metadata.sync_detailed(
        TENANT, client=c, body=TenantMetadataUpdate()
    ),
    "disconnect_tenant_connector": lambda c: disconnect_tenant_connector.sync_detailed(TENANT, "shopify", client=c),
    "proxy_rest": lambda c: proxy_connector_call_rest.sync_detailed(
        TENANT, "shopify", client=c, body=ProxyRestRequest()
    ),
    "proxy_soap": lambda c: proxy_connector_call_soap.sync_detailed(
        TENANT, "shopify", client=c, body=ProxySoapRequest()
    ),
    "proxy_xml": lambda c: proxy_connector_call_xml.sync_detailed(TENANT, "shopify", client=c, body=ProxyXmlRequest()),
    "get_run_status_from_trigger": lambda c: get_run_status_from_trigger.sync_detailed("1", client=c),
    "get_run_log": lambda c: get_run_log.sync_detailed(99_121, client=c),
    "build_from_source_control": lambda c: build_from_source_control.sync_detailed(
        client=c, body=BuildCreate(INTEGRATION, "v9")
    ),
}


BAD_KEYS = {
    # The right key under another header: X-API-KEY itself is missing.
    "no-key": ({"token": DEFAULT_API_KEY, "auth_header_name": "Authorization"}, "Not authenticated"),
    "empty-key": ({"token": "", "auth_header_name": "X-API-KEY"}, "Not authenticated"),
    "wrong-key": ({"token": "pandium-test-key-9999", "auth_header_name": "X-API-KEY"}, "Invalid API key"),
}


@pytest.mark.parametrize(("auth", "detail"), BAD_KEYS.values(), ids=BAD_KEYS.keys())
@pytest.mark.parametrize("call", EVERY_OPERATION.values(), ids=EVERY_OPERATION.keys())
def test_401_without_a_valid_key(untouched: PandiumMock, call: Call, auth: dict[str, str], detail: str) -> None:
    client: AuthenticatedClient = generated_client(AuthenticatedClient, untouched, prefix="", **auth)
    response = call(client)
    assert parsed(response, HTTPStatus.UNAUTHORIZED, ErrorMessage).detail == detail
    assert response.headers["WWW-Authenticate"] == "APIKey"


NOT_FOUND: dict[str, Call] = {
    "get_integration": lambda c: get_integration.sync_detailed(UNKNOWN, client=c),
    "list_integration_releases": lambda c: list_integration_releases.sync_detailed(UNKNOWN, client=c),
    "get_default_release": lambda c: get_default_integration_release.sync_detailed(UNKNOWN, client=c),
    "get_latest_release": lambda c: get_latest_integration_release.sync_detailed(UNKNOWN, client=c),
    "get_integration_release": lambda c: get_integration_release.sync_detailed(INTEGRATION, 5532, client=c),
    "sync_by_integration_id": lambda c: sync_by_integration_id.sync_detailed(
        INTEGRATION, client=c, mode=RunMode.INIT, user_name="nobody"
    ),
    "update_tenant": lambda c: update_tenant.sync_detailed(UNKNOWN, client=c, body=TenantPatch(paused=False)),
    "archive_tenant": lambda c: archive_tenant.sync_detailed(UNKNOWN, client=c),
    "get_tenant_release": lambda c: get_tenant_release.sync_detailed(UNKNOWN, client=c),
    "sync_by_tenant_id": lambda c: sync_by_tenant_id.sync_detailed(UNKNOWN, client=c, mode=RunMode.NORMAL),
    "list_tenant_runs": lambda c: list_tenant_runs.sync_detailed(UNKNOWN, client=c),
    "get_tenant_metadata": lambda c: get_tenant_metadata.sync_detailed(UNKNOWN, client=c),
    "update_tenant_metadata": lambda c: update_tenant_metadata.sync_detailed(
        UNKNOWN, client=c, body=TenantMetadataUpdate()
    ),
    "disconnect_unknown_connector": lambda c: disconnect_tenant_connector.sync_detailed(TENANT, "jira", client=c),
    "proxy_rest_unknown_connector": lambda c: proxy_connector_call_rest.sync_detailed(
        TENANT, "jira", client=c, body=ProxyRestRequest()
    ),
    "proxy_soap_unknown_tenant": lambda c: proxy_connector_call_soap.sync_detailed(
        UNKNOWN, "shopify", client=c, body=ProxySoapRequest()
    ),
    "proxy_xml_unknown_connector": lambda c: proxy_connector_call_xml.sync_detailed(
        TENANT, "jira", client=c, body=ProxyXmlRequest()
    ),
    "get_run_status_from_trigger": lambda c: get_run_status_from_trigger.sync_detailed("123", client=c),
    "get_run_log": lambda c: get_run_log.sync_detailed(UNKNOWN, client=c),
    "build_from_source_control": lambda c: build_from_source_control.sync_detailed(
        client=c, body=BuildCreate(UNKNOWN, "v9")
    ),
}


@pytest.mark.parametrize("call", NOT_FOUND.values(), ids=NOT_FOUND.keys())
def test_404_for_unknown_ids(untouched_client: AuthenticatedClient, call: Call) -> None:
    error = parsed(call(untouched_client), HTTPStatus.NOT_FOUND, ErrorMessage)
    assert error.message or error.detail


# Every operation documents FastAPI's 422. GET /v2/runs/triggers/{trigger_id}/status has none
# here: its only input is a non-empty string, which every request carries.
UNPROCESSABLE: dict[str, Call] = {
    "list_integrations": lambda c: list_integrations.sync_detailed(client=c, sort_by="nope"),
    "get_integration": lambda c: get_integration.sync_detailed(NOT_AN_ID, client=c),
    "list_integration_releases": lambda c: list_integration_releases.sync_detailed(NOT_AN_ID, client=c),
    "get_default_release": lambda c: get_default_integration_release.sync_detailed(NOT_AN_ID, client=c),
    "get_latest_release": lambda c: get_latest_integration_release.sync_detailed(NOT_AN_ID, client=c),
    "get_integration_release": lambda c: get_integration_release.sync_detailed(INTEGRATION, NOT_AN_ID, client=c),
    "sync_by_integration_id": lambda c: sync_by_integration_id.sync_detailed(
        INTEGRATION, client=c, mode=RunMode.INIT, user_name=""
    ),
    "list_tenants": lambda c: list_tenants.sync_detailed(client=c, user_name=""),
    "create_tenant": lambda c: create_tenant.sync_detailed(client=c, body=TenantCreate("UPPER", INTEGRATION)),
    "update_tenant": lambda c: update_tenant.sync_detailed(TENANT, client=c, body=TenantPatch(user_schedule="often")),
    "archive_tenant": lambda c: archive_tenant.sync_detailed(NOT_AN_ID, client=c),
    "get_tenant_release": lambda c: get_tenant_release.sync_detailed(NOT_AN_ID, client=c),
    "sync_by_tenant_id": lambda c: sync_by_tenant_id.sync_detailed(NOT_AN_ID, client=c, mode=RunMode.INIT),
    "list_tenant_runs": lambda c: list_tenant_runs.sync_detailed(TENANT, client=c, skip=-5),
    "get_tenant_metadata": lambda c: get_tenant_metadata.sync_detailed(NOT_AN_ID, client=c),
    "update_tenant_metadata": lambda c: update_tenant_metadata.sync_detailed(
        NOT_AN_ID, client=c, body=TenantMetadataUpdate()
    ),
    "disconnect_tenant_connector": lambda c: disconnect_tenant_connector.sync_detailed(NOT_AN_ID, "x", client=c),
    "proxy_rest": lambda c: proxy_connector_call_rest.sync_detailed(
        TENANT, "shopify", client=c, body=ProxyRestRequest(method=cast(str, 7))
    ),
    "proxy_soap": lambda c: proxy_connector_call_soap.sync_detailed(
        NOT_AN_ID, "shopify", client=c, body=ProxySoapRequest()
    ),
    "proxy_xml": lambda c: proxy_connector_call_xml.sync_detailed(
        TENANT, "shopify", client=c, body=ProxyXmlRequest(data=cast(str, ["not", "xml"]))
    ),
    "get_run_log": lambda c: get_run_log.sync_detailed(NOT_AN_ID, client=c),
    "build_from_source_control": lambda c: build_from_source_control.sync_detailed(
        client=c, body=BuildCreate(NOT_AN_ID, "v9")
    ),
}


@pytest.mark.parametrize("call", UNPROCESSABLE.values(), ids=UNPROCESSABLE.keys())
def test_422_names_location_message_and_type(untouched_client: AuthenticatedClient, call: Call) -> None:
    error = parsed(call(untouched_client), HTTPStatus.UNPROCESSABLE_ENTITY, HTTPValidationError)
    assert isinstance(error.detail, list) and error.detail
    for problem in error.detail:
        assert isinstance(problem, ValidationError)
        assert problem.loc[0] in ("query", "path", "body") and problem.msg and problem.type_


def test_same_seed_same_data_and_defaults_need_no_options() -> None:
    first, second = create_mock("pandium", clock=FakeClock()), create_mock("pandium", clock=FakeClock())
    other = create_mock("pandium", clock=FakeClock(), seed=12, tenants=5)
    now = first.clock.now()
    dump = [first.state.tenant_json(tenant, now) for tenant in first.state.tenants.values()]
    assert dump == [second.state.tenant_json(tenant, now) for tenant in second.state.tenants.values()]
    assert len(other.state.tenants) == 5 and other.state.tenants[TENANT].name == "acme-store-prod"
    assert isinstance(create_mock("pandium"), PandiumMock), "no options: the system clock and the defaults"


def test_undocumented_5xx_from_faults_raise(mock: PandiumMock) -> None:
    mock.faults = FaultConfig(rate_500=1.0)
    with pytest.raises(errors.UnexpectedStatus) as raised:
        list_tenants.sync_detailed(client=client_for(mock))
    assert raised.value.status_code == HTTPStatus.INTERNAL_SERVER_ERROR
    assert raised.value.content == b"Internal Server Error", "Starlette's plain-text 500"
    mock.faults = FaultConfig(rate_503=1.0, retry_after="3")
    with pytest.raises(errors.UnexpectedStatus) as unavailable:
        list_tenants.sync_detailed(client=client_for(mock))
    assert unavailable.value.status_code == HTTPStatus.SERVICE_UNAVAILABLE


def test_integration_types_and_release_channels_are_open_strings(mock: PandiumMock) -> None:
    # No source closes either list: a value Pandium adds later must parse, not crash the client.
    integration = next(iter(mock.state.integrations.values())).to_json()
    parsed = Integration.from_dict({**integration, "type": "Partner", "default_release_channel": "Beta"})
    assert (parsed.type_, parsed.default_release_channel) == ("Partner", "Beta")
