"""The lexical facts of e-conomic's filter grammar, shared by the renderer and the parser.

`<property>$<operator>:<value>`, joined by `$and:` / `$or:`, grouped with parentheses;
`$in:` / `$nin:` take `[v1,v2,...]`; `$null:` as a whole value means "no value"; inside
values `$$ $( $) $* $, $[ $]` stand for the character itself (VENDOR-FACTS, "Visma e-conomic").
"""

from __future__ import annotations

import re
from typing import Final

# How deeply parentheses may nest: more than any real filter needs, few enough that no Python
# recursion over a tree or a string of this depth can exhaust the stack. The builder, the parser
# and the e-conomic mock (which answers 400 past it, as a front end guarding its parser would)
# all use this one number, the spec's `x-max-nesting-depth` on the `Filter` parameter.
from ..._generated.economic_filter_limits import MAX_DEPTH

__all__ = [
    "AND",
    "ESCAPED",
    "LIST_OPERATORS",
    "MAX_DEPTH",
    "MAX_IN_VALUES",
    "NULL_TOKEN",
    "OPERATORS",
    "OR",
    "ORDERING_OPERATORS",
    "PROPERTY_NAME",
    "WILDCARD",
    "escape",
]

OPERATORS: Final = ("eq", "ne", "gt", "gte", "lt", "lte", "like", "in", "nin")
LIST_OPERATORS: Final = frozenset({"in", "nin"})
ORDERING_OPERATORS: Final = frozenset({"gt", "gte", "lt", "lte"})
MAX_IN_VALUES: Final = 200  # "The max supported length of an array using the $in: or $nin: operator is 200."
AND: Final = "$and:"
OR: Final = "$or:"
NULL_TOKEN: Final = "$null:"
WILDCARD: Final = "*"
ESCAPED: Final = frozenset("$()*,[]")
# What the e-conomic mock accepts as a property name; e-conomic's names are camelCase identifiers.
PROPERTY_NAME: Final = re.compile(r"[A-Za-z0-9_]+")


def escape(text: str) -> str:
    """`text` with every character the grammar reserves written as `$<char>`.

    Escaping all seven everywhere (even `,` outside a list, where the parser would not need
    it) keeps one rule for every position a value can take.
    """
    return "".join(f"${char}" if char in ESCAPED else char for char in text)
