"""Contract: the Panamah Core mock and its spec agree, operation by operation and over the links."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import schemathesis
from hypothesis.control import current_build_context
from schemathesis.core.parameters import ParameterLocation

from contract.harness import (
    SkippedChecks,
    case_settings,
    excluded_checks,
    load_schema,
    skipped_checks,
    stateful_test_case,
)
from vendor_mocks import FakeClock, create_mock
from vendor_mocks.panamah import PARTNER_WIDE, SDK_IDENTITY, stream_key

CLOCK = FakeClock()  # never advanced: the stream session below stays valid for the whole run
_mock = create_mock("panamah", clock=CLOCK)
MOCK = _mock
# Panamah ignores query parameters an operation does not read (only pending-resources reads
# any: start and count); it documents no rejection of unknown ones, and the mock accepts them
# as common web frameworks do (inferred), so none are generated.
SCHEMA = load_schema(MOCK, extra_query_parameters=False)
# Stream calls run in a session of a seeded subscriber, so valid operations are applied and
# pending-resources has entries to answer.
SUBSCRIBER = next(iter(MOCK.assinantes))
ACCESS_TOKEN = MOCK.tokens.issue(SUBSCRIBER)["accessToken"]
STREAM_PATHS = frozenset({"/stream/data", "/stream/pending-resources"})
REFRESH_PATH = "/stream/auth/refresh"
AUTH_PATH = "/stream/auth"
ASSINANTE_PATH = "/admin/assinantes/{id}"

_EXAMPLE: list[object] = []  # the Hypothesis build context the mock's state belongs to

SKIPPED: SkippedChecks = skipped_checks(SCHEMA.raw_schema["info"]["title"])  # schemathesis.toml


def headers_for(case: schemathesis.Case[Any]) -> dict[str, str]:
    """The raw token each operation takes in `Authorization`, plus the SDK identity.

    Both phases call this just before sending (the stateful phase offers no other hook), so it
    also resets the mock per example and completes what a schema cannot say about a valid request."""
    start_example_from_seed()
    complete_positive_case(case)
    if case.meta is not None and case.meta.is_negative_at(ParameterLocation.HEADER):
        # The spec's header parameters are the credentials: a case negated there is a request
        # without valid credentials, and must go out as generated (401).
        return {}
    path = case.operation.path
    if path in STREAM_PATHS:
        token = ACCESS_TOKEN
    elif path == REFRESH_PATH:
        token = MOCK.tokens.issue(PARTNER_WIDE)["refreshToken"]  # a refresh uses its token up
    else:
        token = MOCK.partner_token
    return {"Authorization": token, "x-sdk-identity": SDK_IDENTITY}


def start_example_from_seed() -> None:
    """Reset the mock when a new Hypothesis example starts (a case, or a whole stateful scenario).

    Hypothesis replays a stateful scenario and fails the run ("Inconsistent data generation")
    when the replay takes another path, e.g. a create answering 409 because an earlier scenario
    stored the same id, or a GET answering 200 instead of 404. The harness has no per-scenario
    hook, so the start of one is recognised by Hypothesis' build context changing."""
    context = current_build_context()
    if not _EXAMPLE or _EXAMPLE[0] is not context:
        _EXAMPLE[:] = [context]  # holding it keeps its identity unique while it is the current one
        MOCK.reset()


def complete_positive_case(case: schemathesis.Case[Any]) -> None:
    """Make a schema-valid request valid for Panamah too, where a rule spans several values.

    - `PUT /admin/assinantes/{id}`: the body's `id` must be the id in the path (else 422).
    - `POST /stream/auth`: `ts` must be the current time and `key` the SHA-1 of the partner secret
      with assinanteId and ts; no generator can guess either. The generated assinanteId then
      decides the answer (200 for `*` or a known subscriber, else 403).
    Negative cases are left alone: they must still be rejected."""
    body = case.body
    if case.meta is None or not case.meta.generation.mode.is_positive or not isinstance(body, dict):
        return
    if case.operation.path == ASSINANTE_PATH and case.method.upper() == "PUT":
        # Path parameters are kept percent-encoded, as sent; the server compares decoded values.
        body["id"] = unquote(case.path_parameters["id"]) if case.path_parameters else body.get("id")
    elif case.operation.path == AUTH_PATH and isinstance(assinante_id := body.get("assinanteId"), str):
        ts = str(int(CLOCK.now()))
        body.update(ts=ts, key=stream_key(MOCK.partner_secret, assinante_id, ts))


@SCHEMA.parametrize()
@case_settings()
def test_operation_conforms(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate(headers=headers_for(case), excluded_checks=excluded_checks(case, SKIPPED))


TestStateful = stateful_test_case(SCHEMA, headers_for)
