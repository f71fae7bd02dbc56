"""What changed between two versions of a spec, and whether it breaks code using the generated client.

The differences come from api-smart-diff (`spec_diff.cjs`, pinned in `package-lock.json`),
which classifies them by wire compatibility: a field dropped from a response is harmless to
a program reading JSON. To a generated client it is not: the model loses an attribute and code
reading it fails. So each difference is re-read here from the client's point of view:

- breaking: a removed operation, field or parameter; a new required parameter or request
  field; a narrowed enum (a value, hence an enum member, removed); a changed or narrowed type;
- not breaking: a new operation, optional field or optional parameter; a widened enum or type;
  deprecations; documentation.

Where a rule below does not decide, the tool's class stands, and what the tool could not
classify counts as breaking: a release is better held back than mislabelled.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from speclib import HTTP_METHODS, REPO_ROOT

__all__ = ["Change", "Kind", "classify", "compare", "compare_many", "json_pointer"]

Kind = Literal["breaking", "non-breaking", "documentation"]
_NODE_SCRIPT = REPO_ROOT / "scripts" / "spec_diff.cjs"
_TOOL_KINDS: dict[str, Kind] = {
    "breaking": "breaking",
    "non-breaking": "non-breaking",
    "deprecated": "non-breaking",
    "annotation": "documentation",
    "unclassified": "breaking",
}


@dataclass(frozen=True)
class Change:
    kind: Kind
    description: str
    pointer: str  # JSON pointer of the change in the spec

    def line(self) -> str:
        return f"{self.description} (`{self.pointer}`)"


def json_pointer(path: Sequence[object]) -> str:
    return "/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in path)


def _has(node: Any, part: object) -> bool:
    if isinstance(node, dict):
        return part in node
    return isinstance(node, list) and isinstance(part, int) and part < len(node)


def _within_reference(spec: dict[str, Any], path: Sequence[object]) -> bool:
    """True when `path` passes through a `$ref` in `spec`: the tool inlined a component there."""
    node: Any = spec
    for part in path:
        if isinstance(node, dict) and "$ref" in node:
            return True
        if _has(node, part):
            node = node[part]
        else:
            return False
    return False


def _node(spec: dict[str, Any], path: Sequence[object]) -> Any:
    node: Any = spec
    for part in path:
        if _has(node, part):
            node = node[part]
        else:
            return None
    return node


def _where(path: Sequence[object]) -> str:
    """`field `weight` of schema `Pet`` or `GET /pets`, for the changelog line."""
    if path[:2] == ["components", "schemas"] and len(path) >= 3:
        fields = [str(path[i + 1]) for i in range(3, len(path) - 1) if path[i] == "properties"]
        owner = f"schema `{path[2]}`"
        return f"field `{'.'.join(fields)}` of {owner}" if fields else owner
    if path[:1] == ["paths"] and len(path) >= 3:
        return f"{str(path[2]).upper()} {path[1]}"
    return ".".join(map(str, path))


def _describe(action: str, path: Sequence[object], before: dict[str, Any], after: dict[str, Any]) -> str | None:
    """A changelog line for the changes whose tool text is missing or misleading, else None."""
    verb = {"add": "Added", "remove": "Removed", "replace": "Changed", "rename": "Renamed"}.get(action, action)
    value = _node(before if action == "remove" else after, path)
    last = path[-1] if path else None
    parent = path[-2] if len(path) >= 2 else None
    if parent == "enum" or parent == "type":
        return f"[{verb}] {parent} value `{value}` of {_where(path)}"
    if last in {"enum", "type", "format"}:
        old, new = _node(before, path), _node(after, path)
        return f"[{verb}] {last} of {_where(path)} from `{old}` to `{new}`"
    if parent == "parameters" and isinstance(value, dict) and "name" in value:
        required = "required" if value.get("required") else "optional"
        return f"[{verb}] {required} {value.get('in', '')} parameter `{value['name']}` of {_where(path)}"
    if parent == "properties":
        return f"[{verb}] {_where(path)}"
    return None


def _client_kind(action: str, path: Sequence[object], tool: Kind) -> tuple[Kind, str]:
    """The class from the generated client's point of view, and why (empty when the tool's stands)."""
    last = path[-1] if path else None
    parent = path[-2] if len(path) >= 2 else None
    if path[:1] == ["paths"] and (len(path) == 2 or (len(path) == 3 and last in HTTP_METHODS)):
        return ("breaking", "removed operation") if action == "remove" else ("non-breaking", "new operation")
    if "enum" in path:
        whole = last == "enum"
        narrows = (action == "add") if whole else (action in {"remove", "replace"})
        return ("breaking", "narrowed enum") if narrows else ("non-breaking", "widened enum")
    if parent == "type":  # one member of a type list
        return ("breaking", "narrowed type") if action == "remove" else ("non-breaking", "widened type")
    if last in {"type", "format"} and action == "replace":
        return "breaking", "changed type"
    if parent == "properties" and action == "remove":
        return "breaking", "removed field"
    if parent == "parameters" and action == "remove":
        return "breaking", "removed parameter"
    return tool, ""


def classify(diff: dict[str, Any], before: dict[str, Any], after: dict[str, Any]) -> Change | None:
    """One tool difference as a `Change`, or None when it repeats a change made in a component."""
    path: list[object] = list(diff["path"])
    if path[:1] == ["paths"] and (_within_reference(before, path) or _within_reference(after, path)):
        return None  # reported once, where the component itself changed
    if path[:2] == ["info", "version"]:
        return None  # the changelog's heading names both versions
    tool = _TOOL_KINDS.get(str(diff["type"]), "breaking")
    action = str(diff["action"])
    kind, reason = _client_kind(action, path, tool)
    description = (
        _describe(action, path, before, after) or diff.get("description") or f"[{action}] {'.'.join(map(str, path))}"
    )
    if reason and kind != tool:
        description += f" ({reason}: {kind} for the generated client)"
    if str(diff["type"]) == "unclassified":
        description += " (the diff tool could not classify this; counted as breaking)"
    return Change(kind, description, json_pointer(path))


def compare_many(pairs: Sequence[tuple[dict[str, Any], dict[str, Any]]]) -> list[list[Change]]:
    """The changes from `before` to `after` of each pair (one node process for all pairs)."""
    node_modules = REPO_ROOT / "scripts" / "node_modules" / "api-smart-diff"
    if not node_modules.is_dir():
        raise SystemExit("api-smart-diff is not installed: run `make setup` (npm ci in scripts/)")
    payload = json.dumps([{"before": before, "after": after} for before, after in pairs], default=str)
    result = subprocess.run(
        ["node", str(_NODE_SCRIPT)], input=payload, capture_output=True, text=True, check=False, timeout=120
    )
    if result.returncode != 0:
        raise SystemExit(f"api-smart-diff failed:\n{result.stderr}")
    changes: list[list[Change]] = []
    for (before, after), diffs in zip(pairs, json.loads(result.stdout), strict=True):
        found = (classify(diff, before, after) for diff in diffs)
        changes.append([change for change in found if change is not None])
    return changes


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    return compare_many([(before, after)])[0]
