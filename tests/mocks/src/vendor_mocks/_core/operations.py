"""Which spec operation a request is for, by method and path, for the request log and for
per-operation faults (which run before, and apart from, openapi-core's own matching)."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["OperationIndex"]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class OperationIndex:
    def __init__(self, spec: dict[str, Any]) -> None:
        entries: list[tuple[int, str, re.Pattern[str], dict[str, str]]] = []
        for template, item in (spec.get("paths") or {}).items():
            names = {
                method.upper(): str(operation.get("operationId") or f"{method.upper()} {template}")
                for method in _METHODS
                if isinstance(operation := item.get(method), dict)
            }
            pattern = re.compile("^" + re.sub(r"\\\{[^}/]+\\\}", "[^/]+", re.escape(template)) + "/?$")
            literal_length = len(re.sub(r"\{[^}/]+\}", "", template))
            entries.append((literal_length, template, pattern, names))
        # A literal segment wins over a template one (`/Contacts/paged` before `/Contacts/{number}`).
        entries.sort(key=lambda entry: -entry[0])
        self._entries = [(pattern, names) for _, _, pattern, names in entries]
        self.ids = frozenset(name for _, names in self._entries for name in names.values())

    def match(self, method: str, path: str) -> str | None:
        for pattern, names in self._entries:
            if pattern.match(path):
                return names.get(method.upper())
        return None
