"""schemathesis.toml is one source for two readers: the schemathesis CLI and the pytest harness.

For every operation of every spec, the checks schemathesis itself turns off under the file
(what `make contract-cli` runs with) are exactly the checks `harness.skipped_checks` skips.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.core.result import Ok

from contract.harness import CONFIG_FILE, skipped_checks
from specs_fixtures import VENDORS

CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "use_after_free",
    "ensure_resource_availability",
    "ignored_auth",
    "object_level_authorization",
)


@pytest.mark.parametrize("slug", [vendor.slug for vendor in VENDORS])
def test_the_cli_and_the_harness_skip_the_same_checks(slug: str) -> None:
    spec: dict[str, Any] = next(vendor for vendor in VENDORS if vendor.slug == slug).spec()
    schema = schemathesis.openapi.from_dict(spec, config=SchemathesisConfig.from_path(str(CONFIG_FILE)))
    harness = {
        key: sorted(check.__name__ for check in checks) for key, checks in skipped_checks(spec["info"]["title"]).items()
    }
    cli: dict[tuple[str, str], list[str]] = {}
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result
        operation = result.ok()
        config = schema.config.checks_config_for(operation=operation)
        off = sorted(name for name in CHECKS if not getattr(config, name).enabled)
        if off:
            cli[(operation.method.upper(), operation.path)] = off
    assert cli == harness


def test_every_spec_has_a_project_and_unknown_names_fail() -> None:
    for vendor in VENDORS:
        skipped_checks(vendor.spec()["info"]["title"])  # raises when the file has no project for it
    with pytest.raises(LookupError, match="no-such-api"):
        skipped_checks("no-such-api")
