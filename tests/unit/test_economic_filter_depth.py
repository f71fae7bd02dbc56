"""One depth limit for e-conomic filters (`filters.MAX_DEPTH`, the spec's `x-max-nesting-depth`
on `Filter`), shared by the builder, the parser and the mock: every tree the builder allows
renders, parses back, hashes and compares without `RecursionError`; one level more is a
`FilterError` naming the limit, in each of them."""

from __future__ import annotations

import pytest
from overlay_metadata import filter_depth_limit

from client_overlays.economic import filters
from client_overlays.economic.filters import FilterError, field
from speclib import vendor_by_slug
from vendor_mocks.economic import filters as mock_filters


def nested(depth: int) -> filters.Expr:
    """`n0$eq:0$and:(n1$eq:1$or:n1$eq:-1$and:(...))`: each step puts an $or: inside an $and:."""
    tree: filters.Expr = field("number").eq(0)
    for level in range(1, depth + 1):
        tree = field("number").eq(level) & (field("number").eq(-level) | tree)
    return tree


def test_the_builder_parser_and_mock_share_one_limit_from_the_spec() -> None:
    parameters = vendor_by_slug("economic-suppliers").spec()["components"]["parameters"]
    declared = {key: p["x-max-nesting-depth"] for key, p in parameters.items() if p["name"] == "Filter"}
    assert declared == {"ContactFilter": 100, "GroupFilter": 100}
    assert filters.MAX_DEPTH == mock_filters.MAX_DEPTH == 100


def _spec(*limits: object) -> dict[str, object]:
    parameters: dict[str, object] = {}
    for index, limit in enumerate(limits):
        parameter: dict[str, object] = {"name": "Filter", "in": "query"}
        if limit is not None:
            parameter["x-max-nesting-depth"] = limit
        parameters[f"Filter{index}"] = parameter
    return {"components": {"parameters": parameters}}


@pytest.mark.parametrize("value", [None, 0, -3, "100", True, 2.5])
def test_generation_refuses_a_missing_or_invalid_depth_extension(value: object) -> None:
    with pytest.raises(ValueError, match=r"components\.parameters\.Filter1 has"):
        filter_depth_limit(_spec(100, value))


def test_generation_refuses_filter_parameters_that_disagree() -> None:
    assert filter_depth_limit(_spec(7, 7)) == 7
    with pytest.raises(ValueError, match="disagree"):
        filter_depth_limit(_spec(100, 50))
    with pytest.raises(ValueError, match="none found"):
        filter_depth_limit({"components": {"parameters": {}}})


def test_every_depth_the_builder_allows_renders_parses_hashes_and_compares() -> None:
    deepest = nested(filters.MAX_DEPTH)
    text = str(deepest)
    assert text.count("(") == filters.MAX_DEPTH
    assert filters.parse(text) == deepest
    assert hash(filters.parse(text)) == hash(deepest)
    assert nested(filters.MAX_DEPTH) == deepest
    mock_filters.parse_filter(text)  # the mock accepts what the client sends


def test_one_level_more_is_refused_by_the_builder() -> None:
    deepest = nested(filters.MAX_DEPTH)
    with pytest.raises(FilterError, match=f"the limit is {filters.MAX_DEPTH}"):
        field("number").eq(1) & (field("number").eq(2) | deepest)
    # Flattening adds no level: more of the same operator is always fine.
    assert (deepest & field("number").eq(7)).depth == filters.MAX_DEPTH
    assert (field("number").eq(7) | deepest).depth == filters.MAX_DEPTH


@pytest.mark.parametrize("depth", [filters.MAX_DEPTH + 1, 1_000, 5_000, 50_000])
def test_one_level_more_is_refused_by_the_parser_and_the_mock(depth: int) -> None:
    text = "(" * depth + "number$eq:1" + ")" * depth
    with pytest.raises(FilterError, match=f"the limit is {filters.MAX_DEPTH}"):
        filters.parse(text)
    with pytest.raises(mock_filters.FilterError, match=f"the limit is {filters.MAX_DEPTH}"):
        mock_filters.parse_filter(text)


def test_exactly_the_limit_parses_in_both() -> None:
    text = "(" * filters.MAX_DEPTH + "number$eq:1" + ")" * filters.MAX_DEPTH
    assert str(filters.parse(text)) == "number$eq:1"
    mock_filters.parse_filter(text)
