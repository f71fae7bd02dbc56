"""Contract: the Pandium mock and its spec agree, operation by operation and over the links."""

from __future__ import annotations

import itertools
from typing import Any

import schemathesis
from schemathesis.specs.openapi.checks import positive_data_acceptance, use_after_free

from contract.harness import SkippedChecks, case_settings, excluded_checks, load_schema, stateful_test_case
from vendor_mocks import FakeClock, create_mock
from vendor_mocks.pandium import PandiumMock


def _pandium_mock() -> PandiumMock:
    # A frozen clock keeps every answer reproducible; with no debounce a sync's run exists at
    # once, so the trigger-status link reaches the 200 answer (`queued`) and not only the 404.
    mock = create_mock("pandium", clock=FakeClock(), debounce_seconds=0.0)
    assert isinstance(mock, PandiumMock)
    return mock


MOCK = _pandium_mock()
HEADERS = MOCK.credentials()
# FastAPI ignores query parameters an endpoint does not declare (200, not 422), as Pandium
# does, so no extra parameters are generated.
SCHEMA = load_schema(MOCK, extra_query_parameters=False)

# Pandium's DELETE /v2/tenants/{id} archives the tenant ("Archive a tenant"): the tenant is
# not erased, keeps answering on its sub-resources and is unarchived with PATCH archived=false,
# so a successful call after the DELETE is not a use after free.
_ARCHIVED_TENANT_STAYS = [use_after_free]
# Pandium checks a tenant body against stored state, beyond what a schema can say: the
# integration and release must exist, `configs` must match the release's config schema and the
# name must be free. Such bodies are well formed yet answered 422 (`detail` list).
_STATEFUL_BODY_CHECKS = [positive_data_acceptance]
# A proxied call through a connector that has no credentials for the tenant (e.g. one
# disconnected by an earlier case) is a Pandium internal error: 400, whatever the body.
_PROXY_NEEDS_CREDENTIALS = [positive_data_acceptance]

SKIPPED: SkippedChecks = {
    ("POST", "/v2/tenants"): _STATEFUL_BODY_CHECKS,
    ("PATCH", "/v2/tenants/{tenant_id}"): [*_STATEFUL_BODY_CHECKS, *_ARCHIVED_TENANT_STAYS],
    ("GET", "/v2/tenants/{tenant_id}/release"): _ARCHIVED_TENANT_STAYS,
    ("GET", "/v2/tenants/{tenant_id}/runs"): _ARCHIVED_TENANT_STAYS,
    ("GET", "/v2/tenants/{tenant_id}/metadata"): _ARCHIVED_TENANT_STAYS,
    ("PATCH", "/v2/tenants/{tenant_id}/metadata"): _ARCHIVED_TENANT_STAYS,
    ("POST", "/v2/tenants/{tenant_id}/connectors/{connector_name}/call"): _PROXY_NEEDS_CREDENTIALS,
    ("POST", "/v2/tenants/{tenant_id}/connectors/{connector_name}/soap"): _PROXY_NEEDS_CREDENTIALS,
    ("POST", "/v2/tenants/{tenant_id}/connectors/{connector_name}/xml"): _PROXY_NEEDS_CREDENTIALS,
}


def headers_for(case: schemathesis.Case[Any]) -> dict[str, str]:
    return dict(HEADERS)


@SCHEMA.parametrize()
@case_settings()
def test_operation_conforms(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate(headers=headers_for(case), excluded_checks=excluded_checks(case, SKIPPED))


_created = itertools.count(1)


def _creatable_tenant(case: schemathesis.Case[Any]) -> None:
    """Point a positive createTenant body at state Pandium accepts, in the stateful phase only.

    Pandium creates a tenant only of an existing integration, under a free name, with configs
    its release accepts. Random integer ids and regex-drawn names (`0`, `a`, ...) almost never
    qualify, so without this the walk would rarely get past the create to the linked
    operations. Negative cases are sent as generated.
    """
    body = case.body
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if case.operation.label != "POST /v2/tenants" or not positive or not isinstance(body, dict):
        return
    integrations = sorted(MOCK.state.integrations)
    generated_id = body.get("integration_id")
    if isinstance(generated_id, int):
        body["integration_id"] = integrations[abs(generated_id) % len(integrations)]
    if isinstance(body.get("name"), str):
        body["name"] = f"{body['name']}-s{next(_created)}"  # still matches the name pattern
    for release_or_configs in ("integration_release_id", "integration_release_channel", "configs"):
        body.pop(release_or_configs, None)  # the integration's defaults apply


TestStateful = stateful_test_case(SCHEMA, headers_for, skipped=SKIPPED, before_call=_creatable_tenant)
