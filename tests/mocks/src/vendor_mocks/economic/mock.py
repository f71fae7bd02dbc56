"""Visma e-conomic Suppliers API mock: supplier contacts and groups of one agreement.

Behaviour follows the vendor document and VENDOR-FACTS:

- auth by `X-AppSecretToken` + `X-AgreementGrantToken` (401 problem details otherwise); the
  `demo`/`demo` agreement may only GET (403); a grant without one of the tag's
  `x-required-roles` gets 403;
- query parameter names are bound case-insensitively and an empty string value counts as
  absent, as ASP.NET Core model binding does; unknown query parameters are ignored;
- cursor retrieval (`x-cursor-page-size` items, the cursor is the number of the next set's
  first item), classic `/paged` pages with `Sort`, and `/count` as a bare integer, all filtered
  with the full filter grammar (`filters.py`), restricted to the schema's `x-filterable`;
- writes: null values are validation errors, false booleans and nulls are left out of answers,
  every write gets a new `objectVersion`, and a PUT whose `objectVersion` is missing or stale
  answers 409 with the documented conflict body;
- `Idempotency-Key` on POST/PUT/DELETE: the same request with the same key within the TTL (one
  hour, on the injected clock) gets the first answer again, with `X-ResultFromCache: true`.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import itertools
import json
import random
import secrets
import urllib.parse
from collections.abc import Awaitable, Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import Message

from .._core import Clock, FaultConfig, Problem, Reject, ValidatedRequest, VendorMock, json_response
from .._core import Collection as SeedCollection
from .._core.specs import HTTP_METHODS, follow_ref
from .filters import (
    MAX_LIST_VALUES,
    FilterError,
    FilterField,
    Matcher,
    Node,
    compile_filter,
    fields_from_schema,
    parse_filter,
    schema_kind,
)
from .planning import bounds_only, number_bounds
from .problems import ErrorItem, ProblemWriter
from .rules import contact_errors, group_errors, undeclared_codes
from .sorting import parse_sort, sort_records, sortable_fields
from .state import Agreement, Record, Table, seed_contacts, seed_groups, timestamp

__all__ = ["APP_SECRET_TOKEN", "DEMO_TOKEN", "GRANT_TOKEN", "GRANT_WITHOUT_ROLES", "EconomicMock"]

APP_SECRET_TOKEN = "eco-test-app-secret-token"
GRANT_TOKEN = "eco-test-agreement-grant-token"
GRANT_WITHOUT_ROLES = "eco-test-grant-sales-role-only"  # a grant issued without SuperUser/Bookkeeping
DEMO_TOKEN = "demo"
CACHE_HEADER = "X-ResultFromCache"
WRITE_METHODS = frozenset({"POST", "PUT", "DELETE"})


@dataclass(frozen=True)
class _Resource:
    """One collection (`Contacts`, `Groups`), everything about it read from the spec."""

    name: str
    label: str
    schema: Mapping[str, Any]
    table: Table
    filters: dict[str, FilterField]
    sorts: dict[str, tuple[str, str]]
    writable: tuple[str, ...]
    integers: frozenset[str]
    cursor_page_size: int
    required_roles: frozenset[str]


@dataclass(frozen=True)
class _Caller:
    grant: str
    roles: frozenset[str]


@dataclass(frozen=True)
class _Reply:
    """A write's answer kept for idempotent replays."""

    expires: float
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


Handler = Callable[[Request, _Resource], Awaitable[Response]]
Apply = Callable[[Request, _Resource, ValidatedRequest], Response]


class EconomicMock(VendorMock):
    slug = "economic-suppliers"
    overlay = "economic"

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        faults: FaultConfig | None = None,
        seed: int = 7,
        contacts: int = 2_500,
        groups: int = 30,
        supplier_numbers: Collection[int] | None = None,
        accounts: Mapping[int, str] | None = None,
        cursor_page_size: int | None = None,
        idempotency_ttl: float = 3_600.0,
        max_list_values: int = MAX_LIST_VALUES,
    ) -> None:
        """`supplier_numbers` / `accounts` (number -> e-conomic account type): which suppliers and
        accounts exist; None means every number exists (they live outside this API).
        `cursor_page_size` overrides the spec's `x-cursor-page-size`."""
        super().__init__(clock=clock, faults=faults)
        spec = self.validator.spec
        missing = undeclared_codes(spec.get("tags", []))
        if missing:
            raise ValueError(f"error codes not declared in the spec's x-error-codes: {', '.join(missing)}")
        self._query_aliases = self._query_names()
        self.supplier_numbers = frozenset(supplier_numbers) if supplier_numbers is not None else None
        self.accounts = dict(accounts) if accounts is not None else None
        self.idempotency_ttl = idempotency_ttl
        self.max_list_values = max_list_values
        self.grants: dict[str, frozenset[str]] = {
            DEMO_TOKEN: frozenset({"SuperUser"}),
            GRANT_TOKEN: frozenset({"SuperUser"}),
            GRANT_WITHOUT_ROLES: frozenset({"Sales"}),
        }
        self._seeding = (seed, contacts, groups)
        self._cursor_page_size = cursor_page_size
        self.reset_state()

    def reset_state(self) -> None:
        """Back to the seeded data (same seed: same records, versions and trace ids), no cached replies."""
        seed, contacts, groups = self._seeding
        self.agreement = Agreement()
        self.problems = ProblemWriter(self.clock, seed)
        self._replies: dict[tuple[str, ...], _Reply] = {}
        self.resources = {
            name: self._resource(name, label, table, self._cursor_page_size)
            for name, label, table in (
                ("Contacts", "Supplier contact", self.agreement.contacts),
                ("Groups", "Supplier group", self.agreement.groups),
            )
        }
        rng = random.Random(seed)
        suppliers = self.supplier_numbers or range(1001, 1001 + max(1, contacts // 6))
        seed_contacts(self.agreement, rng, contacts, suppliers)
        seed_groups(self.agreement, rng, groups, self.accounts)
        self._hold_example_contact()

    def _hold_example_contact(self) -> None:
        """Hold the spec's example contact, which the GET, PUT and DELETE examples name, so a
        copied example finds it (a seeded contact with its number or name gives way, and the
        number of contacts stays the one asked for)."""
        example = dict(self.validator.spec["components"]["schemas"]["Contact"]["examples"][0])
        table = self.agreement.contacts
        seeded = len(table.records)
        table.delete(example["number"])
        for record in list(table):
            same_name = record["name"].casefold() == example["name"].casefold()
            if record["supplierNumber"] == example["supplierNumber"] and same_name:
                table.delete(record["number"])
        example["objectVersion"] = self.agreement.new_version()
        table.put(example)
        while len(table.records) > seeded:
            table.delete(list(table)[-1]["number"])

    # --- VendorMock ----------------------------------------------------------------------------

    def collections(self) -> dict[str, SeedCollection]:
        """`contacts` and `groups`, in e-conomic's JSON shape, by `number`; a seeded record without
        `objectVersion` (or a contact without `lastUpdated`/`userInterfaceNumber`) gets one."""
        return {
            "contacts": SeedCollection(
                "number", self._exporter("Contacts"), self._loader("Contacts"), "Contact", self._complete_contact
            ),
            "groups": SeedCollection(
                "number", self._exporter("Groups"), self._loader("Groups"), "Group", self._complete_group
            ),
        }

    def _exporter(self, name: str) -> Callable[[], list[Record]]:
        return lambda: [copy.deepcopy(record) for record in self.resources[name].table]

    def _loader(self, name: str) -> Callable[[list[Record]], None]:
        def load(records: list[Record]) -> None:
            table = self.resources[name].table
            for number in [record["number"] for record in table]:
                table.delete(number)
            for record in records:
                table.put(record)
            self._replies.clear()
            if name == "Contacts":
                self.agreement.next_contact_number = max((r["number"] for r in records), default=0) + 1

        return load

    def _complete_contact(self, record: Record) -> Record:
        record = self._complete_group(record)
        record.setdefault("lastUpdated", self._timestamp())
        if "supplierNumber" in record:
            record.setdefault(
                "userInterfaceNumber", self.agreement.next_user_interface_number(record["supplierNumber"])
            )
        return record

    def _complete_group(self, record: Record) -> Record:
        record.setdefault("objectVersion", self.agreement.new_version())
        return record

    def routes(self) -> Sequence[BaseRoute]:
        # One Route per path, dispatching on the method, so a 405 lists every allowed method.
        routes: list[BaseRoute] = []
        for name in ("Contacts", "Groups"):
            collection = {"GET": self._get_all, "POST": self._create, "PUT": self._update}
            item = {"GET": self._get_one, "DELETE": self._delete}
            routes += [
                Route(f"/{name}/paged", self._dispatch(name, {"GET": self._get_page}), methods=["GET"]),
                Route(f"/{name}/count", self._dispatch(name, {"GET": self._get_count}), methods=["GET"]),
                Route(f"/{name}/{{number}}", self._dispatch(name, item), methods=list(item)),
                Route(f"/{name}", self._dispatch(name, collection), methods=list(collection)),
            ]
        return routes

    def error_response(self, status: int, message: str, problems: Sequence[Problem] = ()) -> Response:
        errors = [ErrorItem(problem.message, problem.name) for problem in problems]
        detail = "; ".join(problem.message for problem in problems) if status == 415 else message
        return self.problems.problem(status, detail, errors=errors)

    def connect_arguments(self) -> dict[str, str]:
        return {"app_secret_token": APP_SECRET_TOKEN, "agreement_grant_token": GRANT_TOKEN}

    def credentials(self) -> dict[str, str]:
        return {
            "X-AppSecretToken": APP_SECRET_TOKEN,
            "X-AgreementGrantToken": GRANT_TOKEN,
            "demo agreement (GET only)": f"X-AppSecretToken: {DEMO_TOKEN}, X-AgreementGrantToken: {DEMO_TOKEN}",
            "grant without the required roles (403)": f"X-AgreementGrantToken: {GRANT_WITHOUT_ROLES}",
        }

    # --- reads ---------------------------------------------------------------------------------

    async def _get_all(self, request: Request, resource: _Resource) -> Response:
        self._authorize(request, resource)
        valid = await self._validated(request)
        node, matches = self._filter(resource, valid)
        low, high = number_bounds(node)
        if bounds_only(node):
            matches = _everything
        start = self._cursor(valid.query("Cursor"))
        if start is not None:  # the cursor is the number of the first item of the next set
            low = max(low, start)
        size = resource.cursor_page_size
        # The index: no scan outside the range, and one record past the set names the cursor.
        page = _first_matches(resource.table.between(low, high), matches, size + 1)
        items = self._json_list(resource, page[:size])
        if len(page) > size:  # no cursor on the last set
            return _json_bytes(b'{"items":%b,"cursor":"%d"}' % (items, page[size]["number"]))
        return _json_bytes(b'{"items":%b}' % items)

    async def _get_page(self, request: Request, resource: _Resource) -> Response:
        self._authorize(request, resource)
        valid = await self._validated(request)
        _, matches = self._filter(resource, valid)
        records: Iterable[Record] = resource.table
        sort = valid.query("Sort")
        if sort is not None:
            try:
                keys = tuple(parse_sort(sort, resource.sorts))
            except FilterError as error:
                raise Reject(self._bad_query(error, "Sort", request)) from None
            if [(key.name, key.alphabetic) for key in keys] == [("number", False)]:
                # The table's own index: ascending as it is, descending reversed (numbers are unique).
                records = reversed(resource.table) if keys[0].descending else resource.table
            else:
                # Sorting all records and then filtering orders the matches as sorting them would
                # (the sort is stable), so one sorted index per order serves every filter.
                records = resource.table.ordered(keys, lambda unsorted: sort_records(unsorted, keys))
        size: int = valid.query("PageSize")
        skip: int = valid.query("SkipPages")
        return _json_bytes(
            self._json_list(resource, _first_matches(records, matches, (skip + 1) * size)[skip * size :])
        )

    async def _get_count(self, request: Request, resource: _Resource) -> Response:
        self._authorize(request, resource)
        valid = await self._validated(request)
        _, matches = self._filter(resource, valid)
        if matches is _everything:
            return json_response(len(resource.table))
        return json_response(sum(1 for record in resource.table if matches(record)))

    async def _get_one(self, request: Request, resource: _Resource) -> Response:
        self._authorize(request, resource)
        valid = await self._validated(request)
        record = resource.table.get(valid.path("number"))
        if record is None:
            return self._not_found(resource, valid.path("number"), request)
        return json_response(_render(record, resource.schema))

    async def _validated(self, request: Request, body: bytes | None = None) -> ValidatedRequest:
        """The spec-driven validation of the request as the vendor's model binder sees it."""
        return await self.validate(await _canonical(request, self._query_aliases, body))

    @staticmethod
    def _json_list(resource: _Resource, records: Iterable[Record]) -> bytes:
        """The JSON array of `records` as answered (UTF-8), joined from each record's cached text."""
        schema, text = resource.schema, resource.table.text

        def encode(record: Record) -> bytes:
            return _encode(_render(record, schema)).encode()

        return b"[" + b",".join([text(record, encode) for record in records]) + b"]"

    def _filter(self, resource: _Resource, valid: ValidatedRequest) -> tuple[Node | None, Matcher]:
        """The parsed `Filter` (None when absent) and its compiled matcher; 400 when invalid."""
        text = valid.query("Filter")
        if text is None:
            return None, _everything
        try:
            node = parse_filter(text)
            return node, compile_filter(node, resource.filters, max_list_values=self.max_list_values)
        except FilterError as error:
            raise Reject(self._bad_query(error, "Filter")) from None

    def _cursor(self, cursor: str | None) -> int | None:
        if cursor is None:
            return None
        if not cursor.isascii() or not cursor.lstrip("-").isdigit():
            error = FilterError(f"The cursor {cursor!r} is not valid; send the cursor of the previous answer.")
            raise Reject(self._bad_query(error, "Cursor"))
        return int(cursor)

    # --- writes --------------------------------------------------------------------------------

    async def _create(self, request: Request, resource: _Resource) -> Response:
        apply = self._create_contact if resource.name == "Contacts" else self._create_group
        return await self._write(request, resource, apply)

    async def _update(self, request: Request, resource: _Resource) -> Response:
        return await self._write(request, resource, self._apply_update)

    async def _delete(self, request: Request, resource: _Resource) -> Response:
        return await self._write(request, resource, self._apply_delete)

    async def _write(self, request: Request, resource: _Resource, apply: Apply) -> Response:
        """Auth, then an idempotent replay if the same request came with the same key, else apply it."""
        self._authorize(request, resource)
        body = await request.body()
        key = self._idempotency_key(request, body)
        replay = self._replay(key)
        if replay is not None:
            return replay
        valid = await self._validated(request, body)
        self._reject_nulls(resource, valid.body, request)
        response = apply(request, resource, valid)
        self._remember(key, response)
        return response

    def _create_contact(self, request: Request, resource: _Resource, valid: ValidatedRequest) -> Response:
        body: dict[str, Any] = valid.body
        errors = contact_errors(body, existing=None, contacts=resource.table, suppliers=self.supplier_numbers)
        if errors:
            return self._invalid(errors, request)
        supplier = int(body["supplierNumber"])
        record: Record = {
            "number": self.agreement.new_contact_number(),  # assigned here; a number in the body is ignored
            "supplierNumber": supplier,
            "userInterfaceNumber": self.agreement.next_user_interface_number(supplier),
        }
        return self._insert(request, resource, record, body)

    def _create_group(self, request: Request, resource: _Resource, valid: ValidatedRequest) -> Response:
        body: dict[str, Any] = valid.body
        errors = group_errors(body, creating=True, groups=resource.table, accounts=self.accounts)
        if errors:
            return self._invalid(errors, request)
        return self._insert(request, resource, {"number": int(body["number"])}, body)

    def _insert(self, request: Request, resource: _Resource, record: Record, body: Mapping[str, Any]) -> Response:
        record.update(self._written(resource, body))
        if "lastUpdated" in resource.schema.get("properties", {}):
            record["lastUpdated"] = self._timestamp()
        record["objectVersion"] = self.agreement.new_version()
        resource.table.put(record)
        location = f"{str(request.base_url).rstrip('/')}/{resource.name}/{record['number']}"
        return json_response({"number": record["number"]}, 201, {"Location": location})

    def _apply_update(self, request: Request, resource: _Resource, valid: ValidatedRequest) -> Response:
        body: dict[str, Any] = valid.body
        if "number" not in body:  # UpdateContact identifies the contact by the number in its body
            error = ErrorItem(f"The number of the {resource.label.lower()} to update is required.", "number")
            return self._invalid([error], request)
        existing = resource.table.get(int(body["number"]))
        if existing is None:
            return self._not_found(resource, int(body["number"]), request)
        if body.get("objectVersion") != existing["objectVersion"]:
            return self.problems.conflict()
        errors = self._update_errors(resource, body, existing)
        if errors:
            return self._invalid(errors, request)
        self._replace(resource, existing, body)
        return Response(status_code=204)

    def _update_errors(self, resource: _Resource, body: Mapping[str, Any], existing: Record) -> list[ErrorItem]:
        if resource.name == "Contacts":
            return contact_errors(body, existing=existing, contacts=resource.table, suppliers=self.supplier_numbers)
        return group_errors(body, creating=False, groups=resource.table, accounts=self.accounts)

    def _replace(self, resource: _Resource, existing: Record, body: Mapping[str, Any]) -> None:
        """PUT replaces the writable properties: one left out is cleared, as the vendor documents."""
        before = {name: existing.get(name) for name in resource.writable}
        for name in resource.writable:
            existing.pop(name, None)
        existing.update(self._written(resource, body))
        # lastUpdated moves only when a property changed; objectVersion on every write.
        if "lastUpdated" in existing and before != {name: existing.get(name) for name in resource.writable}:
            existing["lastUpdated"] = self._timestamp()
        existing["objectVersion"] = self.agreement.new_version()
        resource.table.put(existing)  # edited in place: the table drops what it cached of it

    def _apply_delete(self, request: Request, resource: _Resource, valid: ValidatedRequest) -> Response:
        number: int = valid.path("number")
        if not resource.table.delete(number):
            return self._not_found(resource, number, request)
        return Response(status_code=204)

    def _reject_nulls(self, resource: _Resource, body: Any, request: Request) -> None:
        """e-conomic does not accept null for a property: leave it out to clear it."""
        if not isinstance(body, Mapping):
            return
        known = resource.schema.get("properties", {})
        errors = [
            ErrorItem(f"The {name} field does not accept null; leave the property out to clear it.", name)
            for name, value in body.items()
            if value is None and name in known
        ]
        if errors:
            raise Reject(self._invalid(errors, request))

    @staticmethod
    def _written(resource: _Resource, body: Mapping[str, Any]) -> Record:
        """The writable properties a body sets; false booleans are stored as absent (never answered),
        and integers as integers (JSON allows `1001.0` for an integer)."""
        return {
            name: int(body[name]) if name in resource.integers else body[name]
            for name in resource.writable
            if name in body and body[name] is not None and body[name] is not False
        }

    # --- idempotency ---------------------------------------------------------------------------

    def _idempotency_key(self, request: Request, body: bytes) -> tuple[str, ...] | None:
        """Caller, operation, key and body: a retry of the same request, not any request with the key."""
        key = request.headers.get("idempotency-key", "")
        if not key:
            return None
        caller = (request.headers.get("x-appsecrettoken", ""), request.headers.get("x-agreementgranttoken", ""))
        digest = hashlib.sha256(body).hexdigest()
        return (*caller, request.method, request.url.path, request.url.query, key, digest)

    def _replay(self, key: tuple[str, ...] | None) -> Response | None:
        if key is None:
            return None
        reply = self._replies.get(key)
        if reply is None or reply.expires <= self.clock.now():
            return None
        response = Response(reply.body, status_code=reply.status, headers=dict(reply.headers))
        response.headers[CACHE_HEADER] = "true"
        return response

    def _remember(self, key: tuple[str, ...] | None, response: Response) -> None:
        if key is None:
            return
        now = self.clock.now()
        for stale in [k for k, reply in self._replies.items() if reply.expires <= now]:
            del self._replies[stale]
        headers = tuple((k, v) for k, v in response.headers.items() if k.lower() != "content-length")
        self._replies[key] = _Reply(now + self.idempotency_ttl, response.status_code, headers, bytes(response.body))

    # --- auth ----------------------------------------------------------------------------------

    def _authorize(self, request: Request, resource: _Resource) -> None:
        """401 for unknown tokens, then 403 for a demo write or a grant without the tag's roles."""
        caller = self._authenticate(request)
        if caller.grant == DEMO_TOKEN and request.method in WRITE_METHODS:
            raise Reject(self.problems.problem(403, "The demo agreement allows GET requests only."))
        if not caller.roles & resource.required_roles:
            roles = ", ".join(sorted(resource.required_roles))
            raise Reject(self.problems.problem(403, f"The grant does not include any of the required roles {roles}."))

    def _authenticate(self, request: Request) -> _Caller:
        app = request.headers.get("x-appsecrettoken", "")
        grant = request.headers.get("x-agreementgranttoken", "")
        if not app or not grant:
            raise Reject(self._unauthorized("The X-AppSecretToken and X-AgreementGrantToken headers are required."))
        # The demo agreement is both tokens `demo`; a real app secret never opens it, nor the reverse.
        demo = app == DEMO_TOKEN or grant == DEMO_TOKEN
        valid_app = (app == DEMO_TOKEN) if demo else secrets.compare_digest(app.encode(), APP_SECRET_TOKEN.encode())
        if not valid_app or grant not in self.grants or (demo and grant != DEMO_TOKEN):
            raise Reject(self._unauthorized("The X-AppSecretToken or X-AgreementGrantToken header is invalid."))
        return _Caller(grant, self.grants[grant])

    def _unauthorized(self, detail: str) -> Response:
        return self.problems.problem(401, detail)

    # --- answers -------------------------------------------------------------------------------

    def _invalid(self, errors: Sequence[ErrorItem], request: Request) -> Response:
        detail = " ".join(error.message for error in errors)
        return self.problems.problem(400, detail, errors=errors, instance=request.url.path)

    def _bad_query(self, error: FilterError, parameter: str, request: Request | None = None) -> Response:
        item = ErrorItem(error.message, error.property or parameter)
        return self.problems.problem(400, error.message, errors=[item], instance=request.url.path if request else "")

    def _not_found(self, resource: _Resource, number: int, request: Request) -> Response:
        detail = f"{resource.label} {number} was not found."
        return self.problems.problem(404, detail, instance=request.url.path)

    def _timestamp(self) -> str:
        return timestamp(dt.datetime.fromtimestamp(self.clock.now(), dt.UTC))

    # --- set-up from the spec --------------------------------------------------------------------

    def _dispatch(self, name: str, handlers: Mapping[str, Handler]) -> Callable[[Request], Awaitable[Response]]:
        siblings = self._literal_siblings(name)

        async def endpoint(request: Request) -> Response:
            # `DELETE /Contacts/paged` matches `/Contacts/{number}` by shape only: `paged` is its
            # own resource, which does not allow the method.
            allowed = siblings.get(request.path_params.get("number", ""))
            if allowed is not None:
                raise HTTPException(405, headers={"Allow": ", ".join(allowed)})
            # HEAD is served as GET would be; Starlette answers it without the body.
            handler = handlers[request.method if request.method != "HEAD" else "GET"]
            return await handler(request, self.resources[name])

        return endpoint

    def _literal_siblings(self, name: str) -> dict[str, list[str]]:
        """`paged` -> ["GET"]: the spec's fixed paths below `/{name}` and their methods."""
        prefix = f"/{name}/"
        return {
            path.removeprefix(prefix): [method.upper() for method in item if method in HTTP_METHODS]
            for path, item in self.validator.spec["paths"].items()
            if path.startswith(prefix) and "/" not in path.removeprefix(prefix) and "{" not in path
        }

    def _resource(self, name: str, label: str, table: Table, page_size: int | None) -> _Resource:
        spec = self.validator.spec
        collection = _resolve(spec, spec["paths"][f"/{name}"]["get"]["responses"]["200"]["content"])
        schema = _resolve(spec, collection["properties"]["items"]["items"])
        properties: Mapping[str, Any] = schema.get("properties", {})
        tag_name = spec["paths"][f"/{name}"]["get"]["tags"][0]
        tag = next(tag for tag in spec.get("tags", []) if tag["name"] == tag_name)
        return _Resource(
            name=name,
            label=label,
            schema=schema,
            table=table,
            filters=fields_from_schema(schema),
            sorts=sortable_fields(schema),
            # number identifies and objectVersion guards a write; neither is written by one.
            writable=tuple(
                n for n, p in properties.items() if not p.get("readOnly") and n not in ("number", "objectVersion")
            ),
            integers=frozenset(name for name, prop in properties.items() if schema_kind(prop) == "integer"),
            cursor_page_size=page_size or int(collection["x-cursor-page-size"]),
            required_roles=frozenset(tag.get("x-required-roles", [])),
        )

    def _query_names(self) -> dict[str, tuple[str, bool]]:
        """Lower-cased query parameter name -> (the spec's spelling, whether it is a string)."""
        components = self.validator.spec.get("components", {}).get("parameters", {})
        return {
            parameter["name"].lower(): (parameter["name"], parameter.get("schema", {}).get("type") == "string")
            for parameter in components.values()
            if parameter.get("in") == "query"
        }


def _resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follows a local `$ref` (or the JSON media type's schema) to the schema it names."""
    if "application/json" in node:
        node = node["application/json"]["schema"]
    resolved: Mapping[str, Any] = follow_ref(spec, node)
    return resolved


def _everything(record: Mapping[str, Any]) -> bool:
    return True


def _first_matches(records: Iterable[Record], matches: Matcher, limit: int) -> list[Record]:
    """The first `limit` records that match, without looking at the rest."""
    if matches is _everything or limit <= 0:
        return list(itertools.islice(records, max(limit, 0)))
    found: list[Record] = []
    for record in records:
        if matches(record):
            found.append(record)
            if len(found) == limit:
                break
    return found


# Compact JSON, as `json_response` writes it; one encoder, as `json.dumps` with options builds
# a new one per call (half the time of encoding a contact).
_encode = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def _json_bytes(body: bytes) -> Response:
    return Response(body, media_type="application/json")


def _render(record: Record, schema: Mapping[str, Any]) -> Record:
    """A record as e-conomic answers it: properties in schema order, nulls and false booleans left out."""
    rendered = {
        name: record[name]
        for name in _property_order(id(schema), schema)
        if record.get(name) is not None and record.get(name) is not False
    }
    for key, value in record.items():  # anything the schema does not name goes last, as before
        if key not in rendered and value is not None and value is not False and key not in schema.get("properties", {}):
            rendered[key] = value
    return rendered


_ORDERS: dict[int, tuple[str, ...]] = {}


def _property_order(key: int, schema: Mapping[str, Any]) -> tuple[str, ...]:
    # Computed once per schema: rendering a 1,000-item page must not rebuild it 1,000 times.
    if key not in _ORDERS:
        _ORDERS[key] = tuple(schema.get("properties", {}))
    return _ORDERS[key]


async def _canonical(request: Request, names: Mapping[str, tuple[str, bool]], body: bytes | None = None) -> Request:
    """The request with query names spelled as in the spec (the server binds them
    case-insensitively, first value wins) and empty string values dropped (ASP.NET binds them as
    null, i.e. absent), so the spec-driven validator sees what the vendor's binder sees. The body
    is handed over ready-read, as the original request's stream can be read only once."""
    seen: set[str] = set()
    pairs: list[tuple[str, str]] = []
    for name, value in request.query_params.multi_items():
        canonical, is_string = names.get(name.lower(), (name, False))
        if canonical in seen or (is_string and value == "" and name.lower() in names):
            continue
        seen.add(canonical)
        pairs.append((canonical, value))
    scope = dict(request.scope)
    if scope["method"] == "HEAD":  # answered as GET is (the server sends no body); the spec has no HEAD
        scope["method"] = "GET"
    scope["query_string"] = urllib.parse.urlencode(pairs, quote_via=urllib.parse.quote).encode()
    content = body if body is not None else await request.body()

    async def receive() -> Message:
        return {"type": "http.request", "body": content, "more_body": False}

    return Request(scope, receive)
