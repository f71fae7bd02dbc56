"""Contract: the Panorays mock and its spec agree, operation by operation and over the links."""

from __future__ import annotations

from typing import Any

import httpx
import schemathesis
from schemathesis.core.parameters import ParameterLocation

from contract.harness import (
    SkippedChecks,
    case_settings,
    excluded_checks,
    load_schema,
    skipped_checks,
    stateful_test_case,
    use_issued_cursor,
)
from vendor_mocks import FakeClock, create_mock

ECHO_URL = "https://hooks.example.com/panorays"


def _echo_challenges(request: httpx.Request) -> httpx.Response:
    """A receiver that passes every handshake: it answers the challenge it was sent."""
    return httpx.Response(200, content=request.content, headers={"Content-Type": "application/json"})


WEBHOOKS = httpx.Client(transport=httpx.MockTransport(_echo_challenges))
# The clock stands still, so the run is one long minute: the limit is raised past what a run
# sends (the 429 and the one-hour block are tested in the integration tests).
_mock = create_mock("panorays", clock=FakeClock(), requests_per_window=1_000_000, webhook_client=WEBHOOKS)
MOCK = _mock
AUTH = MOCK.credentials()["Authorization"]
# Panorays validates queries with Joi, which rejects unknown keys, so extra query parameters are
# generated and must be answered 400.
SCHEMA = load_schema(MOCK, extra_query_parameters=True)

SKIPPED: SkippedChecks = skipped_checks(SCHEMA.raw_schema["info"]["title"])  # schemathesis.toml


def _register_webhooks() -> None:
    """Subscribe needs a registered app (the vendor's order: handshake first)."""
    with httpx.Client(transport=MOCK.transport(), base_url="http://mock.invalid") as client:
        client.post("/v2/hooks/handshake", json={"url": ECHO_URL}, headers={"Authorization": AUTH}).raise_for_status()


_register_webhooks()


def _use_issued_cursor(case: schemathesis.Case[Any]) -> None:
    with httpx.Client(transport=MOCK.transport(), base_url="http://mock.invalid") as client:
        use_issued_cursor(case, client, {"Authorization": AUTH})


def _negates_auth(case: schemathesis.Case[Any]) -> bool:
    # The spec's only header parameter is the bearer token: a case negated in its headers is
    # a request with a missing or malformed token, and must go out as generated (401).
    return case.meta is not None and case.meta.is_negative_at(ParameterLocation.HEADER)


def headers_for(case: schemathesis.Case[Any]) -> dict[str, str]:
    """Runs before every call of both phases: the auth header, after swapping a generated
    cursor for an issued one (the stateful phase calls the lists as entry points too, and
    offers no other hook before a call)."""
    _use_issued_cursor(case)
    return {} if _negates_auth(case) else {"Authorization": AUTH}


@SCHEMA.parametrize()
@case_settings()
def test_operation_conforms(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate(headers=headers_for(case), excluded_checks=excluded_checks(case, SKIPPED))


# Each scenario starts from the seeded company: Hypothesis replays scenarios and needs each replay
# to meet the same answers (a tag name an earlier scenario took turns a 200 into a 409).
TestStateful = stateful_test_case(SCHEMA, headers_for, reset=MOCK.reset)
