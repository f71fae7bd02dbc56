"""`FilterError`: a filter or sort e-conomic would answer 400 to, caught before the request.

```python
try:
    filters.parse("name$eq:Joe$and:")
except filters.FilterError as error:
    print(error.position)   # 17
    print(error)            # the message, then the text with a caret under position 17
```
"""

from __future__ import annotations

__all__ = ["FilterError"]

# Characters shown either side of the caret: a 200-value list is too long for one line.
_CONTEXT = 40


class FilterError(ValueError):
    """A filter or sort that is malformed or not allowed.

    `message` says what is wrong; `position` (1-based, as the e-conomic mock counts) and
    `text` are set when the error comes from parsing a string; `property` names the
    property at fault when there is one.
    """

    def __init__(
        self,
        message: str,
        *,
        text: str | None = None,
        position: int | None = None,
        property: str | None = None,
    ) -> None:
        self.message = message
        self.text = text
        self.position = position
        self.property = property
        super().__init__(self._describe())

    def _describe(self) -> str:
        if self.text is None or self.position is None:
            return self.message
        return f"{self.message} (position {self.position})\n{_pointer(self.text, self.position)}"


def _pointer(text: str, position: int) -> str:
    """Two lines: the text around `position` and a caret under it."""
    index = position - 1
    start = max(0, index - _CONTEXT)
    end = min(len(text), index + _CONTEXT)
    prefix = "..." if start > 0 else ""
    suffix = "..." if end < len(text) else ""
    # Line breaks and tabs would move the caret away from its character: show them as spaces.
    shown = "".join(" " if char in "\t\r\n" else char for char in text[start:end])
    return f"  {prefix}{shown}{suffix}\n  {' ' * (len(prefix) + index - start)}^"
