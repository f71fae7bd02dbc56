"""e-conomic filters and sorts: build them typed, render them once, parse them back, check them.

```python
from client_overlays.economic import filters
from client_overlays.economic.filters import ContactFields

expr = ContactFields.name.like("*port") & (ContactFields.number.gt(100) | ContactFields.email.is_null())
str(expr)               # 'name$like:*port$and:(number$gt:100$or:email$eq:$null:)'
filters.parse(str(expr)) == expr                                    # True
order = filters.sort(ContactFields.number.desc(), ContactFields.supplierNumber.asc())   # '-number,supplierNumber'
page = get_page_of_contacts.sync_detailed(client=client, filter_=str(expr), sort=order)
```

Untyped, for names known only at run time, checked against the spec when asked:

```python
expr = filters.field("name").eq("Kaffe & Co (DK)") | filters.field("number").in_([2, 5, None])
str(expr)               # 'name$eq:Kaffe & Co $(DK$)$or:number$in:[2,5,$null:]'
filters.validate(filters.field("notes").eq("x"), model="Contact")   # FilterError naming what is filterable
```

- Values: `str` (the grammar's `$ ( ) * , [ ]` escaped as `$x`), `int`, `bool` (`true`/`false`),
  `date` (`2024-05-06`), aware `datetime` (UTC, `2024-05-06T10:15:00Z`; naive ones are refused),
  `None` or `NULL` (`$null:`, also inside `in_`/`nin` lists). Typed fields take their
  property's type; "no value" is `is_null()` / `is_not_null()` there.
- `like()`: `*` is a wildcard, and a pattern without one means "contains". For a literal
  `*`, `like("50*", literal=True)` or `like(filters.literal("50*"), "*")` (starts with `50*`).
- `&` is `$and:`, `|` is `$or:`; `$and:` binds tighter, as `&` does in Python. `str(expr)`
  puts parentheses only where an `$or:` sits inside an `$and:`.
- `in_`/`nin` take at most 200 values (e-conomic's limit); `split_in` / `collect_in` spread
  more over several requests and merge the answers without duplicates.
- `ContactFields` / `GroupFields` are generated from the spec's `x-filterable` / `x-sortable`
  by `make generate`: a property or operator the server refuses does not type-check.
"""

from __future__ import annotations

from ..._generated.economic_fields import FILTERABLE, KINDS, SORTABLE, ContactFields, GroupFields
from ..._generated.economic_filter_limits import MAX_DEPTH
from ._ast import MAX_IN_VALUES, NULL, OPERATORS, And, Expr, FilterError, NullType, Or, Predicate, Text, Value
from ._builder import Field, FilterValue, LiteralText, SortKey, field, literal
from ._parser import parse
from ._split import collect_in, split_in
from ._validate import sort, validate, validate_sort

__all__ = [
    "FILTERABLE",
    "KINDS",
    "MAX_DEPTH",
    "MAX_IN_VALUES",
    "NULL",
    "OPERATORS",
    "SORTABLE",
    "And",
    "ContactFields",
    "Expr",
    "Field",
    "FilterError",
    "FilterValue",
    "GroupFields",
    "LiteralText",
    "NullType",
    "Or",
    "Predicate",
    "SortKey",
    "Text",
    "Value",
    "collect_in",
    "field",
    "literal",
    "parse",
    "sort",
    "split_in",
    "validate",
    "validate_sort",
]
