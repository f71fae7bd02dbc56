"""Seeding a mock's state from Python objects or a JSON/YAML file, and reading it back.

Each vendor mock names the parts of its state a test may set (`Collection`s: supplier
contacts, tenants, updates, ...), with records in the shape the vendor's API answers them.
Seeding checks everything before changing anything (known collection names, one record per
key, the record against the spec's schema after the mock filled in what the server owns), so
a bad seed file fails with what is wrong and where, and the mock keeps its state.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml

__all__ = ["Collection", "SeedError", "read_seed_file", "schema_problems", "seed_collections"]

Record = dict[str, Any]


class SeedError(ValueError):
    """A seed the mock cannot take; the message names the collection, record and problem."""


@dataclass(frozen=True)
class Collection:
    """One seedable part of a mock's state.

    `key` names the field identifying a record (or a tuple of fields); `export` returns the
    records (copies); `load` replaces the collection with records already checked; `complete`
    fills in what the server owns (versions, timestamps) before the check, which is against
    the spec's `schema` and/or the mock's own `check` (problem messages; none means valid).
    """

    key: str | tuple[str, ...]
    export: Callable[[], list[Record]]
    load: Callable[[list[Record]], None]
    schema: str | None = None  # components/schemas name the records must match
    complete: Callable[[Record], Record] | None = None
    check: Callable[[Record], list[str]] | None = None


def read_seed_file(path: str | Path) -> Any:
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            return json.loads(text)
        except ValueError as error:
            raise SeedError(f"{path}: not valid JSON: {error}") from error
    if suffix in (".yaml", ".yml"):
        try:
            return yaml.safe_load(text)
        except yaml.YAMLError as error:
            raise SeedError(f"{path}: not valid YAML: {error}") from error
    raise SeedError(f"{path}: a seed file ends in .json, .yaml or .yml")


def seed_collections(data: Any, collections: Mapping[str, Collection], spec: dict[str, Any]) -> None:
    """Load `data` into `collections` in the mock's order (parents before children, so a child
    record is checked against the parents just seeded); on a SeedError every collection
    touched gets its records back."""
    if not isinstance(data, Mapping):
        raise SeedError(f"a seed is a mapping of collection name to records, got {type(data).__name__}")
    unknown = sorted(set(data) - set(collections))
    if unknown:
        raise SeedError(
            f"unknown collection(s) {', '.join(map(repr, unknown))}; this mock has: {', '.join(collections)}"
        )
    for name, records in data.items():
        if not isinstance(records, Sequence) or isinstance(records, str | bytes):
            raise SeedError(f"{name}: expected a list of records, got {type(records).__name__}")
    before = {name: collection.export() for name, collection in collections.items() if name in data}
    try:
        for name, collection in collections.items():
            if name in data:
                collection.load(_check_records(name, data[name], collection, spec))
    except SeedError:
        for name, records in before.items():
            collections[name].load(records)
        raise


def _check_records(name: str, records: Sequence[Any], collection: Collection, spec: dict[str, Any]) -> list[Record]:
    validator = _validator(spec, collection.schema) if collection.schema else None
    seen: set[Any] = set()
    result = []
    for index, raw in enumerate(records):
        where = f"{name}[{index}]"
        if dataclasses.is_dataclass(raw) and not isinstance(raw, type):
            raw = dataclasses.asdict(raw)  # the mock's own record objects are welcome too
        if not isinstance(raw, Mapping):
            raise SeedError(f"{where}: expected a mapping, got {type(raw).__name__}")
        record = copy.deepcopy(dict(raw))
        if collection.complete is not None:
            record = collection.complete(record)
        fields = (collection.key,) if isinstance(collection.key, str) else collection.key
        missing = [field for field in fields if field not in record]
        if missing:
            raise SeedError(f"{where}: missing {', '.join(map(repr, missing))}, which identifies a record of {name}")
        key = tuple(_hashable(record[field]) for field in fields)
        if key in seen:
            shown = ", ".join(f"{field} = {record[field]!r}" for field in fields)
            raise SeedError(f"{where}: a second record with {shown}")
        seen.add(key)
        if validator is not None:
            error = jsonschema.exceptions.best_match(validator.iter_errors(record))
            if error is not None:
                at = "/".join(str(part) for part in error.absolute_path) or "(record)"
                raise SeedError(f"{where} at {at}: {error.message} (schema {collection.schema})")
        problems = collection.check(record) if collection.check is not None else []
        if problems:
            raise SeedError(f"{where}: {'; '.join(problems)}")
        result.append(record)
    return result


def _hashable(value: Any) -> Any:
    return json.dumps(value, sort_keys=True) if isinstance(value, dict | list) else value


def schema_problems(spec: dict[str, Any], schema: str, record: Any) -> list[str]:
    """Why `record` does not match the spec's `schema`, one line per problem."""
    return [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(record)'}: {error.message}"
        for error in _validator(spec, schema).iter_errors(record)
    ]


def _validator(spec: dict[str, Any], schema: str) -> jsonschema.protocols.Validator:
    if schema not in spec.get("components", {}).get("schemas", {}):
        raise ValueError(f"the spec has no schema {schema!r}")
    # The spec's components as the root document, so its `#/components/schemas/...` refs resolve.
    root = {"$ref": f"#/components/schemas/{schema}", "components": spec["components"]}
    validator: jsonschema.protocols.Validator = jsonschema.Draft202012Validator(root)
    return validator
