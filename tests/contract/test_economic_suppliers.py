"""Contract: the e-conomic Suppliers mock and its spec agree, operation by operation, and over
the spec's links (create -> read/delete) in the stateful phase."""

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
from vendor_mocks import create_mock
from vendor_mocks.economic import EconomicMock


def _economic_mock() -> EconomicMock:
    mock = create_mock("economic-suppliers")  # the defaults: 2,500 contacts, sets of 1,000
    return mock


MOCK = _economic_mock()
CREDENTIALS = MOCK.credentials()
HEADERS = {name: CREDENTIALS[name] for name in ("X-AppSecretToken", "X-AgreementGrantToken")}
# ASP.NET Core model binding ignores query parameters an action does not bind, so e-conomic
# answers 200 to unknown ones, as the mock does; no extra parameters are generated.
SCHEMA = load_schema(MOCK, extra_query_parameters=False)

# Checks turned off per operation, with the vendor rule behind each: schemathesis.toml.
SKIPPED: SkippedChecks = skipped_checks(SCHEMA.raw_schema["info"]["title"])


def headers_for(case: schemathesis.Case[Any]) -> dict[str, str]:
    return dict(HEADERS)


@SCHEMA.parametrize()
@case_settings()
def test_operation_conforms(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate(headers=headers_for(case), excluded_checks=excluded_checks(case, SKIPPED))


_steps = itertools.count(1)


def _new_scenario() -> None:
    # Every scenario starts from the seeded data, so a replayed scenario sees the same answers
    # (Hypothesis draws link values from them) and shrinking stays reproducible.
    global _steps
    MOCK.reset()
    _steps = itertools.count(1)


def _own_idempotency_key(case: schemathesis.Case[Any]) -> None:
    # A repeated Idempotency-Key makes e-conomic replay the first answer without applying the
    # request: a replayed DELETE answers 204 and deletes nothing, which the stateful checks would
    # read as "deleted yet still there". Each step is a new request, so it gets a key of its own.
    step = next(_steps)
    if case.headers and "Idempotency-Key" in case.headers:
        case.headers["Idempotency-Key"] = f"{case.headers['Idempotency-Key']}-step-{step}"


TestStateful = stateful_test_case(
    SCHEMA, headers_for, skipped=SKIPPED, reset=_new_scenario, before_call=_own_idempotency_key
)
