"""Contract: the Pandium mock and its spec agree, operation by operation and over the links."""

from __future__ import annotations

import itertools
from typing import Any

import schemathesis

from contract.harness import (
    SkippedChecks,
    case_settings,
    excluded_checks,
    load_schema,
    skipped_checks,
    stateful_test_case,
)
from vendor_mocks import FakeClock, create_mock
from vendor_mocks.pandium import PandiumMock


def _pandium_mock() -> PandiumMock:
    # A frozen clock keeps every answer reproducible; with no debounce a sync's run exists at
    # once, so the trigger-status link reaches the 200 answer (`queued`) and not only the 404.
    mock = create_mock("pandium", clock=FakeClock(), debounce_seconds=0.0)
    return mock


MOCK = _pandium_mock()
HEADERS = MOCK.credentials()
# FastAPI ignores query parameters an endpoint does not declare (200, not 422), as Pandium
# does, so no extra parameters are generated.
SCHEMA = load_schema(MOCK, extra_query_parameters=False)

# Checks turned off per operation, with the vendor rule behind each: schemathesis.toml.
SKIPPED: SkippedChecks = skipped_checks(SCHEMA.raw_schema["info"]["title"])


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
