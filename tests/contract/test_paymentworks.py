"""Contract: the PaymentWorks mock and its spec agree, operation by operation."""

from __future__ import annotations

from typing import Any

import schemathesis

from contract.harness import SkippedChecks, case_settings, excluded_checks, load_schema, skipped_checks
from vendor_mocks import create_mock

MOCK = create_mock("paymentworks")
AUTH = MOCK.credentials()["Authorization"]
# Django REST framework ignores query parameters a view does not read, so unknown ones are
# accepted with 200, as the vendor does; no extra parameters are generated.
SCHEMA = load_schema(MOCK, extra_query_parameters=False)

# Checks turned off per operation, with the vendor rule behind each: schemathesis.toml.
SKIPPED: SkippedChecks = skipped_checks(SCHEMA.raw_schema["info"]["title"])


@SCHEMA.parametrize()
@case_settings()
def test_operation_conforms(case: schemathesis.Case[Any]) -> None:
    # Never rotate the token the remaining cases authenticate with.
    if case.operation.path == "/users/{userId}/refresh_auth_token/":
        case.path_parameters = {"userId": 999}
    case.call_and_validate(headers={"Authorization": AUTH}, excluded_checks=excluded_checks(case, SKIPPED))
