"""Shared set-up for the schemathesis contract tests: one mock per vendor, in-process.

Every vendor's test module builds its mock, loads the schema the mock serves at
`/openapi.json` (the curated spec, served from the mock's root) and runs all of
schemathesis' default checks on every operation, then the stateful phase over the spec's
links. Runs are seeded (`derandomize`) and bounded; `make fuzz` raises the example counts
through `CONTRACT_EXAMPLES` and `CONTRACT_STATEFUL_EXAMPLES`.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import schemathesis
import schemathesis.specs.openapi.checks as openapi_checks
from hypothesis import HealthCheck, settings
from schemathesis.generation.stateful.state_machine import APIStateMachine
from schemathesis.specs.openapi.schemas import OpenApiSchema

from vendor_mocks import VendorMock

__all__ = [
    "EXAMPLES",
    "STATEFUL_EXAMPLES",
    "SkippedChecks",
    "case_settings",
    "excluded_checks",
    "load_schema",
    "skipped_checks",
    "stateful_test_case",
    "use_issued_cursor",
]

EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "30"))
STATEFUL_EXAMPLES = int(os.environ.get("CONTRACT_STATEFUL_EXAMPLES", "15"))
HeadersFor = Callable[[schemathesis.Case[Any]], dict[str, str]]
# (METHOD, path template) -> checks not run for that operation, read from schemathesis.toml,
# where every entry carries a comment naming the vendor behaviour that makes the check
# inapplicable. The CLI (`make contract-cli`) reads the same file, so both skip the same checks.
SkippedChecks = dict[tuple[str, str], list[Any]]
CONFIG_FILE = Path(__file__).resolve().parents[2] / "schemathesis.toml"


def skipped_checks(title: str) -> SkippedChecks:
    """The checks schemathesis.toml turns off, per operation, for the spec titled `title`."""
    config = tomllib.loads(CONFIG_FILE.read_text(encoding="utf-8"))
    projects = [project for project in config.get("project", []) if project.get("title") == title]
    if len(projects) != 1:
        raise LookupError(f"{CONFIG_FILE.name}: expected one [[project]] titled {title!r}, found {len(projects)}")
    skipped: SkippedChecks = {}
    for entry in projects[0].get("operations", []):
        turned_off = [name for name, check in entry.get("checks", {}).items() if check.get("enabled") is False]
        checks = [_check(name) for name in turned_off]
        for name in _listed(entry["include-name"]):
            method, _, path = name.partition(" ")
            skipped.setdefault((method.upper(), path), []).extend(checks)
    return skipped


def _listed(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _check(name: str) -> Any:
    check = getattr(openapi_checks, name, None)
    if check is None:
        raise LookupError(f"{CONFIG_FILE.name}: unknown check {name!r}")
    return check


def excluded_checks(case: schemathesis.Case[Any], skipped: SkippedChecks) -> list[Any]:
    return skipped.get((case.operation.method.upper(), case.operation.path), [])


def load_schema(mock: VendorMock, *, extra_query_parameters: bool) -> OpenApiSchema:
    """The mock's schema. `extra_query_parameters=False` for vendors that ignore unknown
    query parameters (the generator would otherwise expect them to be rejected)."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", mock.app)
    assert isinstance(schema, OpenApiSchema)
    schema.config.generation.update(allow_extra_parameters=extra_query_parameters)
    return schema


def case_settings(max_examples: int = EXAMPLES) -> settings:
    return settings(
        max_examples=max_examples,
        derandomize=True,  # the same cases on every run and every machine
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    )


def stateful_test_case(
    schema: OpenApiSchema,
    headers_for: HeadersFor,
    *,
    skipped: SkippedChecks | None = None,
    reset: Callable[[], None] | None = None,
    before_call: Callable[[schemathesis.Case[Any]], None] | None = None,
) -> Any:
    """A unittest `TestCase` running schemathesis' state machine over the spec's links.

    - `skipped`: the vendor's SKIPPED table, applied to every step as in the per-case tests.
    - `reset`: called before each scenario. Hypothesis replays scenarios (to shrink) and needs a
      replay to meet the same answers, so a stateful mock should start each one from its seed.
    - `before_call`: adjusts a case just before it is sent (what a schema cannot express).
    """
    machine = schema.as_state_machine()
    skip: SkippedChecks = skipped or {}

    class Workflow(machine):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            if reset is not None:
                reset()

        def before_call(self, case: schemathesis.Case[Any]) -> None:
            if before_call is not None:
                before_call(case)

        def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
            return {"headers": headers_for(case)}

        def validate_response(
            self, response: Any, case: schemathesis.Case[Any], additional_checks: Any = None, **kwargs: Any
        ) -> None:
            case.validate_response(
                response,
                additional_checks=additional_checks,
                excluded_checks=excluded_checks(case, skip),
                transport_kwargs=kwargs or None,
                recorder=self.recorder,  # the stateful checks look earlier steps up here
            )

    assert issubclass(Workflow, APIStateMachine)
    test_case = Workflow.TestCase
    test_case.settings = settings(case_settings(STATEFUL_EXAMPLES), stateful_step_count=8)
    return test_case


def use_issued_cursor(case: schemathesis.Case[Any], client: httpx.Client, headers: dict[str, str]) -> None:
    """Give a positive case's `next_token` a cursor the server issued for the same list.

    A cursor is a token the vendor hands out (Panorays); any other string is rightly answered
    400, which no schema can say. A list of one page has no cursor: the case asks for its first
    page instead. `client` reaches the mock (in-process or over a socket)."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or "next_token" not in (case.query or {}):
        return
    path = case.operation.path.format(**(case.path_parameters or {}))
    first = client.get(path, params={"limit": 1}, headers=headers)
    token = first.json().get("next") if first.status_code == 200 else None
    if isinstance(token, str):
        case.query["next_token"] = token
    else:
        del case.query["next_token"]
