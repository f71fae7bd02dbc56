"""`parse(text)`: a filter string back into the expression tree that renders it.

```python
parse("name$eq:Joe$and:(city$like:*port$or:age$lt:40)")
# And((Predicate('name', 'eq', ...), Or((Predicate('city', 'like', ...), Predicate('age', 'lt', ...)))))
parse("name$eq:Joe$and:")   # FilterError: expected a property name (position 17), with a caret
```

Recursive descent over the raw string, the same grammar and choices as the e-conomic mock
(tests/mocks/src/vendor_mocks/economic/filters.py), so whatever one accepts the other does:
or := and ($or: and)*; and := primary ($and: primary)*; primary := "(" or ")" | predicate.
Inside a value, a value ends at `$and:`, `$or:`, `)` or the end (and at `,` / `]` in a
list); an unescaped `(` is an error, as are `)` and `[` inside a list. Positions are 1-based.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import _ast as syntax
from ._ast import NULL, And, Expr, FilterError, Or, Predicate, Text, Value

__all__ = ["parse"]

_OPERATOR = re.compile(r"[A-Za-z]+")
# A value's text up to where it ends or goes wrong: escapes, and any character but `$ ( )`
# (and, in a list, `, [ ]`); then its tokens: an escape, a wildcard, or a run of plain text.
_ESCAPE = rf"\$[{re.escape(''.join(sorted(syntax.ESCAPED)))}]"
_VALUE = re.compile(rf"(?:{_ESCAPE}|[^$()])*")
_LIST_VALUE = re.compile(rf"(?:{_ESCAPE}|[^$()\[\],])*")
_TOKEN = re.compile(r"\$(.)|\*|[^$*]+")


def parse(text: str) -> Expr:
    """The tree of `text`; `FilterError` with `position` (1-based) and a caret on any syntax error."""
    return _Parser(text).parse()


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.depth = 0

    def parse(self) -> Expr:
        if not self.text:
            raise self._error("the filter is empty")
        expr = self._or()
        if self.pos < len(self.text):
            raise self._error(f"unexpected {self.text[self.pos]!r}")
        return expr

    def _or(self) -> Expr:
        return self._joined(Or, lambda: self._joined(And, self._primary))

    def _joined(self, node: type[And] | type[Or], operand: Callable[[], Expr]) -> Expr:
        """Operands parsed by `operand`, separated by `$and:` / `$or:`: one alone, or their `node`."""
        operands = [operand()]
        while self._take(node.joiner):
            operands.append(operand())
        return operands[0] if len(operands) == 1 else node(tuple(operands))

    def _primary(self) -> Expr:
        if not self._at("("):
            return self._predicate()
        if self.depth >= syntax.MAX_DEPTH:
            raise self._error(
                f"parentheses nested deeper than {syntax.MAX_DEPTH} levels (the limit is {syntax.MAX_DEPTH})"
            )
        self.pos += 1
        self.depth += 1
        expr = self._or()
        self._expect(")", "expected ')' to close the group")
        self.depth -= 1
        return expr

    def _predicate(self) -> Predicate:
        start = self.pos
        name = self._match(syntax.PROPERTY_NAME, "expected a property name")
        self._expect("$", "expected '$' and an operator after the property name")
        operator_at = self.pos
        operator = self._match(_OPERATOR, "expected an operator")
        if operator not in syntax.OPERATORS:
            raise self._error(f"unknown operator {operator!r} (operators: {', '.join(syntax.OPERATORS)})", operator_at)
        self._expect(":", f"expected ':' after the operator {operator!r}")
        values = self._list() if operator in syntax.LIST_OPERATORS else (self._value(in_list=False),)
        try:
            return Predicate(name, operator, values)
        except FilterError as error:  # e.g. `$null:` with `$gt:`: point at the predicate
            raise self._error(error.message, start) from None

    def _list(self) -> tuple[Value, ...]:
        self._expect("[", f"expected '[' to start the list of ${'/$'.join(sorted(syntax.LIST_OPERATORS))}: values")
        items = [self._value(in_list=True)]
        while self._take(","):
            if len(items) == syntax.MAX_IN_VALUES:
                raise self._error(
                    f"more than {len(items)} values in the list; e-conomic accepts at most {syntax.MAX_IN_VALUES}"
                )
            items.append(self._value(in_list=True))
        self._expect("]", "expected ',' or ']' in the list")
        return tuple(items)

    def _value(self, *, in_list: bool) -> Value:
        start = self.pos
        if self._take(syntax.NULL_TOKEN):
            if not self._at_value_end(in_list):
                raise self._error("$null: must be the whole value", start)
            return NULL
        text = self._match(_LIST_VALUE if in_list else _VALUE, "")  # always matches, maybe nothing
        if not self._at_value_end(in_list):
            if (char := self.text[self.pos]) != "$":
                raise self._error(f"unescaped {char!r} in a value (write it as '${char}')")
            if self._at(syntax.NULL_TOKEN):
                raise self._error("$null: must be the whole value")
            raise self._error("unknown escape sequence (use $$ $( $) $* $, $[ $] or $null:)")
        pieces = [""]  # the literal parts between unescaped wildcards
        for token in _TOKEN.finditer(text):
            if token.group() == syntax.WILDCARD:
                pieces.append("")
            else:
                pieces[-1] += token.group(1) or token.group()
        return Text(tuple(pieces))

    def _at_value_end(self, in_list: bool) -> bool:
        if self.pos >= len(self.text) or self._at(syntax.AND) or self._at(syntax.OR):
            return True
        return self.text[self.pos] in (",]" if in_list else ")")

    def _at(self, token: str) -> bool:
        return self.text.startswith(token, self.pos)

    def _take(self, token: str) -> bool:
        """Step over `token` if it comes next."""
        if not self._at(token):
            return False
        self.pos += len(token)
        return True

    def _expect(self, token: str, message: str) -> None:
        if not self._take(token):
            raise self._error(message)

    def _match(self, pattern: re.Pattern[str], expected: str) -> str:
        found = pattern.match(self.text, self.pos)
        if found is None:
            raise self._error(expected)
        self.pos = found.end()
        return found.group()

    def _error(self, message: str, at: int | None = None) -> FilterError:
        """An error at the 0-based index `at` (default: here), reported 1-based."""
        return FilterError(message, text=self.text, position=(self.pos if at is None else at) + 1)
