"""The key range a filter confines `number` to: the mock's stand-in for a database index.

e-conomic answers a range-filtered cursor page from an index, not by scanning the whole
table; a mock that scans makes every partition of a parallel export cost as much as the
full walk, and would misrepresent what concurrency buys. Only what is certain is used: the
bounds of `number` predicates joined by `$and:` at the top level (an `$or:` or a `$ne:`
gives no bound). Every record in the range is still checked against the whole filter.
"""

from __future__ import annotations

import math

from .filters import And, Node, Predicate

__all__ = ["bounds_only", "number_bounds"]

KEY = "number"
Bounds = tuple[float, float]  # inclusive; -inf/inf when unbounded
EVERYTHING: Bounds = (-math.inf, math.inf)


def number_bounds(node: Node | None) -> Bounds:
    if node is None:
        return EVERYTHING
    if isinstance(node, Predicate):
        return _predicate_bounds(node)
    if isinstance(node, And):
        low, high = EVERYTHING
        for operand in node.operands:
            operand_low, operand_high = number_bounds(operand)
            low, high = max(low, operand_low), min(high, operand_high)
        return low, high
    return EVERYTHING  # an Or may match on either side: no bound is certain


def bounds_only(node: Node | None) -> bool:
    """Whether the filter says nothing but bounds of `number` (every record within them
    matches it, so a page of the range needs no record checked: an export's ranges)."""
    if isinstance(node, And):
        return all(bounds_only(operand) for operand in node.operands)
    return node is None or (isinstance(node, Predicate) and _predicate_bounds(node) != EVERYTHING)


def _predicate_bounds(predicate: Predicate) -> Bounds:
    if predicate.property != KEY or len(predicate.values) != 1 or predicate.values[0] is None:
        return EVERYTHING
    try:
        value = int(predicate.values[0].literal)
    except ValueError:
        return EVERYTHING  # the filter compiler reports the bad value
    return {
        "eq": (value, value),
        "gt": (value + 1, math.inf),
        "gte": (value, math.inf),
        "lt": (-math.inf, value - 1),
        "lte": (-math.inf, value),
    }.get(predicate.operator, EVERYTHING)
