"""Contract: the e-conomic Suppliers mock and its spec agree, operation by operation, and over
the spec's links (create -> read/delete) in the stateful phase."""

from __future__ import annotations

import itertools
from typing import Any

import schemathesis
from schemathesis.specs.openapi.checks import positive_data_acceptance

from contract.harness import SkippedChecks, case_settings, excluded_checks, load_schema, stateful_test_case
from vendor_mocks import create_mock
from vendor_mocks.economic import EconomicMock


def _economic_mock() -> EconomicMock:
    mock = create_mock("economic-suppliers")  # the defaults: 2,500 contacts, sets of 1,000
    assert isinstance(mock, EconomicMock)
    return mock


MOCK = _economic_mock()
CREDENTIALS = MOCK.credentials()
HEADERS = {name: CREDENTIALS[name] for name in ("X-AppSecretToken", "X-AgreementGrantToken")}
# ASP.NET Core model binding ignores query parameters an action does not bind, so e-conomic
# answers 200 to unknown ones, as the mock does; no extra parameters are generated.
SCHEMA = load_schema(MOCK, extra_query_parameters=False)

# A `Filter` or `Sort` is a free-form string to the schema, but e-conomic parses it: a syntax
# error, a property or operator outside `x-filterable`, or an unsortable property answers 400.
# The same holds for a `Cursor` that is not one the server handed out (the number of an item).
_QUERY_LANGUAGE = [positive_data_acceptance]
# Writes are checked against the agreement's data, answering 400 with the tag's error codes for
# schema-valid bodies: an empty name (SupplierContactNameNullOrEmpty, SupplierGroupNameEmpty;
# the vendor publishes minLength 0), a contact name its supplier already has
# (SupplierContactNameAlreadyExists), a group number already taken (SupplierGroupIdAlreadyExists),
# a changed supplierNumber (SupplierNumberMismatch), a PUT without the number that identifies
# the contact, and null values, which the vendor rejects although its schema types allow null.
_BUSINESS_RULES = [positive_data_acceptance]
SKIPPED: SkippedChecks = {
    ("GET", "/Contacts"): _QUERY_LANGUAGE,
    ("GET", "/Contacts/paged"): _QUERY_LANGUAGE,
    ("GET", "/Contacts/count"): _QUERY_LANGUAGE,
    ("GET", "/Groups"): _QUERY_LANGUAGE,
    ("GET", "/Groups/paged"): _QUERY_LANGUAGE,
    ("GET", "/Groups/count"): _QUERY_LANGUAGE,
    ("POST", "/Contacts"): _BUSINESS_RULES,
    ("PUT", "/Contacts"): _BUSINESS_RULES,
    ("POST", "/Groups"): _BUSINESS_RULES,
    ("PUT", "/Groups"): _BUSINESS_RULES,
}


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
