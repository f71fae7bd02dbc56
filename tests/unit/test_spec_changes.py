"""Each class of spec change is classified from the generated client's point of view.

Every file beside `tests/fixtures/spec_changes/base.yaml` is base.yaml with one change; all
pairs go through api-smart-diff in one node process.
"""

from __future__ import annotations

import pytest
from spec_changes import Change, compare_many

from speclib import REPO_ROOT, load_yaml

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "spec_changes"

# fixture -> (its one expected change's class, words its changelog line must contain)
EXPECTED = {
    "removed_operation": ("breaking", "[Removed] operation GET /pets/{petId}"),
    "removed_field": ("breaking", "[Removed] field `weight` of schema `Pet`"),
    "new_required_parameter": ("breaking", "[Added] required query parameter `owner` of GET /pets"),
    "narrowed_enum": ("breaking", "[Removed] enum value `sold` of field `status` of schema `Pet`"),
    "narrowed_type": ("breaking", "[Removed] type value `null` of field `weight` of schema `Pet`"),
    "new_optional_field": ("non-breaking", "[Added] field `tag` of schema `Pet`"),
    "new_optional_parameter": ("non-breaking", "[Added] optional query parameter `owner` of GET /pets"),
    "new_operation": ("non-breaking", "[Added] operation DELETE /pets/{petId}"),
    "widened_enum": ("non-breaking", "[Added] enum value `pending` of field `status` of schema `Pet`"),
}


@pytest.fixture(scope="module")
def changes() -> dict[str, list[Change]]:
    base = load_yaml(FIXTURES / "base.yaml")
    names = sorted(EXPECTED)
    return dict(zip(names, compare_many([(base, load_yaml(FIXTURES / f"{n}.yaml")) for n in names]), strict=True))


def test_every_fixture_has_an_expectation() -> None:
    assert {path.stem for path in FIXTURES.glob("*.yaml")} - {"base"} == set(EXPECTED)


@pytest.mark.parametrize("fixture", sorted(EXPECTED))
def test_fixture_change_is_classified_for_the_generated_client(fixture: str, changes: dict[str, list[Change]]) -> None:
    kind, words = EXPECTED[fixture]
    found = changes[fixture]
    assert len(found) == 1, [change.line() for change in found]  # a $ref'd change is reported once
    assert found[0].kind == kind, found[0].line()
    assert found[0].description.startswith(words), found[0].line()


def test_identical_specs_have_no_changes() -> None:
    base = load_yaml(FIXTURES / "base.yaml")
    assert compare_many([(base, base)]) == [[]]


def test_a_changed_type_is_breaking() -> None:
    base = load_yaml(FIXTURES / "base.yaml")
    after = load_yaml(FIXTURES / "base.yaml")
    after["components"]["schemas"]["Pet"]["properties"]["id"]["type"] = "integer"
    [found] = compare_many([(base, after)])
    assert [(c.kind, c.description) for c in found] == [
        ("breaking", "[Changed] type of field `id` of schema `Pet` from `string` to `integer`")
    ]
