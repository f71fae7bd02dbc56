"""Panorays public API v2 mock: bearer tokens, a rate limit that blocks the token for an hour,
cursor pagination, suppliers with their files, questionnaires, segments and custom factors,
company tags that propagate to suppliers, and signed event hooks.

Behaviour follows VENDOR-FACTS "Panorays public API v2" and the spec's notes:

- `Authorization: Bearer <token>`; a missing or unknown token answers 401 `{message}`; the
  read-only token answers 403 on every write, the token without API access 403 on everything.
- the spec's `x-rate-limit` (150 requests per minute per token, a sliding window, see `_rate.py`); the request over it
  answers 429 and blocks the token for an hour, `Retry-After` counting down.
- Requests are validated against the spec; unknown query parameters are rejected too, as the
  vendor's Joi validation does (`"x" is not allowed`). Errors are 400 `{message, details}`.
  Panorays has no concurrency control (no ETags, no versions): the last write wins.
- Lists answer `{data, has_next, next}`; `next` goes back as `next_token` (see `_cursors.py`).
- Creating, updating or deleting a supplier, changing its approval, its segment or its score
  (custom factors), and renaming or deleting a tag it carries send the subscribed events to
  every registered app (see `_hooks.py`).
"""

from __future__ import annotations

import copy
import json
import random
import re
import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import anyio.to_thread
import httpx
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .._core import (
    MIB,
    Clock,
    FaultConfig,
    Problem,
    Reject,
    RequestInvalid,
    ValidatedRequest,
    VendorMock,
    json_response,
)
from .._core import Collection as SeedCollection
from .._core.seeding import schema_problems
from .._core.specs import HTTP_METHODS, follow_ref
from ._cursors import Cursors
from ._data import Company, Enums, ExampleIds, StoredSupplier, adopt_example_ids, new_id, seed_company, timestamp
from ._hooks import LOOPBACK_HOSTS, HandshakeFailed, HookDispatcher
from ._rate import SPEC_REQUESTS_PER_WINDOW, SPEC_WINDOW_SECONDS, RateLimiter, RateLimits

__all__ = ["FULL_TOKEN", "NO_ACCESS_TOKEN", "OTHER_TOKEN", "READ_ONLY_TOKEN", "Caller", "PanoraysMock"]

FULL_TOKEN = "pano-test-token-0001"
OTHER_TOKEN = "pano-test-token-0002"  # a second service account, e.g. to see that limits are per token
READ_ONLY_TOKEN = "pano-test-readonly-0001"
NO_ACCESS_TOKEN = "pano-test-noaccess-0001"  # a valid token whose account has no API access
# Real Panorays says only "Unauthorized"; the mock adds how to get in, without echoing what was sent.
UNAUTHORIZED_HINT = (
    "The mock expects 'Authorization: Bearer <token>' with one of its test tokens "
    "(vendor_mocks.panorays.FULL_TOKEN: pass it as connect(token=FULL_TOKEN), without 'Bearer ')."
)
# Points a custom factor takes off the combined score, by severity (inferred; unknown: none).
SEVERITY_PENALTY = {"low": 5, "medium": 15, "high": 30, "critical": 50}
# Supplier fields that updateSupplier sets, by body field (`pocs` are answered as `contacts`).
UPDATABLE = {
    "name": "name",
    "assets": "assets",
    "pocs": "contacts",
    "relationships": "relationships",
    "business_impact": "business_impact",
    "evaluation_type": "evaluation_type",
    "portfolios": "portfolios",
}


@dataclass(frozen=True)
class Caller:
    token: str
    user: str  # shown as `created_by` and `approval.by`
    can_read: bool = True
    can_write: bool = True


class PanoraysMock(VendorMock):
    slug = "panorays"
    overlay = "panorays"
    max_body_bytes = 10 * MIB  # supplier loads upload a file

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        faults: FaultConfig | None = None,
        seed: int = 11,
        suppliers: int = 120,
        files_per_supplier: int = 2,
        requests_per_window: int = SPEC_REQUESTS_PER_WINDOW,
        window_seconds: float = SPEC_WINDOW_SECONDS,
        block_seconds: float = 3_600.0,
        daily_quota: int | None = None,
        cursor_ttl: float = 3_600.0,
        webhook_client: httpx.Client | None = None,
        max_recorded_events: int = 1_000,
    ) -> None:
        super().__init__(clock=clock, faults=faults)
        spec = self.validator.spec
        self.enums = Enums.from_spec(spec)
        self.example_ids = ExampleIds.from_spec(spec)
        self._descending = _descending_directions(spec)
        self._query_names = _query_parameter_names(spec)
        self.callers = {
            FULL_TOKEN: Caller(FULL_TOKEN, "api-token-0001@example.com"),
            OTHER_TOKEN: Caller(OTHER_TOKEN, "api-token-0002@example.com"),
            READ_ONLY_TOKEN: Caller(READ_ONLY_TOKEN, "api-readonly@example.com", can_write=False),
            NO_ACCESS_TOKEN: Caller(NO_ACCESS_TOKEN, "api-disabled@example.com", can_read=False, can_write=False),
        }
        self._seed, self._sizes = seed, (suppliers, files_per_supplier)
        self._rng = random.Random(seed)
        self.rate = RateLimiter(RateLimits(requests_per_window, window_seconds, block_seconds, daily_quota), self.clock)
        self.cursors = Cursors(self.clock, self._rng, ttl=cursor_ttl)
        self.hooks = HookDispatcher(webhook_client, self.clock, self._rng, max_recorded=max_recorded_events)
        self.company = Company()
        self.custom_factors: dict[str, dict[str, Any]] = {}
        self.reset_state()

    def collections(self) -> dict[str, SeedCollection]:
        """`tags` (`{"id", "name"}`) and `suppliers` (as the API answers them, plus an optional
        `segment_id`); a seeded supplier's tags must be company tags, as in Panorays."""
        return {
            "tags": SeedCollection("id", self._export_tags, self._load_tags, "Tag"),
            "suppliers": SeedCollection(
                "id",
                self._export_suppliers,
                self._load_suppliers,
                complete=self._complete_supplier,
                check=self._supplier_problems,
            ),
        }

    def _export_tags(self) -> list[dict[str, Any]]:
        return [{"id": tag_id, "name": name} for tag_id, name in self.company.tags.items()]

    def _load_tags(self, records: list[dict[str, Any]]) -> None:
        self.company.tags = {record["id"]: record["name"] for record in records}
        self.cursors.clear()

    def _export_suppliers(self) -> list[dict[str, Any]]:
        return [
            {**copy.deepcopy(stored.data), **({"segment_id": stored.segment_id} if stored.segment_id else {})}
            for stored in self.company.suppliers.values()
        ]

    def _load_suppliers(self, records: list[dict[str, Any]]) -> None:
        self.company.suppliers = {}
        for record in records:
            data = {name: value for name, value in record.items() if name != "segment_id"}
            self.company.suppliers[str(record["id"])] = StoredSupplier(data, record.get("segment_id"))
        self.company.files = {
            file_id: stored
            for file_id, stored in self.company.files.items()
            if stored.supplier_id in self.company.suppliers
        }
        self.cursors.clear()

    def _complete_supplier(self, record: dict[str, Any]) -> dict[str, Any]:
        """What a supplier created through the API would have, under the fields the seed gives."""
        if "name" not in record:
            return record  # the check names what is missing
        body = {"name": record["name"], "asset": f"{'-'.join(str(record['name']).lower().split())}.com"}
        defaults = self._new_supplier(self.callers[FULL_TOKEN], body)
        if "id" in record:
            defaults["id"] = record["id"]
        return {**defaults, **record}

    def _supplier_problems(self, record: dict[str, Any]) -> list[str]:
        if "name" not in record:
            return ["missing 'name'"]
        data = {name: value for name, value in record.items() if name != "segment_id"}
        problems = schema_problems(self.validator.spec, "Supplier", data)
        unknown_tags = [tag for tag in record.get("tags") or [] if tag not in self.company.tags.values()]
        if unknown_tags:
            problems.append(f"tags {unknown_tags} are not company tags (seed them under 'tags')")
        segment = record.get("segment_id")
        if segment is not None and segment not in self.company.segments:
            problems.append(f"segment_id {segment!r} is not one of {sorted(self.company.segments)}")
        return problems

    def reset_state(self) -> None:
        """Puts the company back to its seeded state: suppliers, files, tags, custom factors.

        Token counters, registered apps and recorded events are kept: they belong to the
        callers, not to the company's data. Tokens of earlier walks stop working.
        """
        self._rng.seed(self._seed)
        suppliers, files = self._sizes
        self.company = seed_company(self._rng, self.enums, self.clock.now(), suppliers=suppliers, files=files)
        # The spec's examples name these ids: a copied example finds its supplier, tag, file, ...
        adopt_example_ids(self.company, self.example_ids, self._rng, self.enums, self.clock.now())
        self.custom_factors = {}
        self.cursors.clear()

    def close(self) -> None:
        """Closes the webhook client the mock created itself (an injected one is the caller's)."""
        self.hooks.close()

    # --- VendorMock ----------------------------------------------------------------------------

    def routes(self) -> Sequence[BaseRoute]:
        supplier = "/v2/suppliers/{supplierId}"
        return [
            _route("/v2/suppliers", GET=self.list_suppliers, POST=self.create_supplier),
            _route(supplier, GET=self.get_supplier, PUT=self.update_supplier, DELETE=self.delete_supplier),
            _route(supplier + "/segments/{segmentId}", PUT=self.assign_segment),
            _route(supplier + "/custom-factors", POST=self.create_custom_factor),
            _route(
                supplier + "/questionnaires/{templateOrQuestionnaireId}",
                GET=self.get_questionnaire,
                POST=self.send_questionnaire,
            ),
            _route(supplier + "/files", GET=self.list_files),
            _route("/v2/files/{fileId}", GET=self.get_file),
            _route("/v2/tags", GET=self.list_tags, POST=self.create_tag),
            _route("/v2/tags/{tagId}", GET=self.get_tag, PUT=self.update_tag, DELETE=self.delete_tag),
            _route("/v2/hooks/handshake", POST=self.handshake),
            _route("/v2/hooks/subscribe", POST=self.subscribe),
            _route("/v2/hooks/unsubscribe", POST=self.unsubscribe),
        ]

    def error_response(self, status: int, message: str, problems: Sequence[Problem] = ()) -> Response:
        # Express ignores a body of another media type and Joi then rejects what is missing, so
        # Panorays answers an unsupported media type with 400 like any other invalid request.
        status = 400 if status == 415 else status
        body: dict[str, Any] = {"message": message}
        if problems:
            body["message"] = "; ".join(_joi_message(problem) for problem in problems)
            body["details"] = [{"message": _joi_message(p), "path": p.pointer} for p in problems]
        headers = {"WWW-Authenticate": 'Bearer realm="panorays"'} if status == 401 else None
        return json_response(body, status, headers)

    def connect_arguments(self) -> dict[str, str]:
        return {"token": FULL_TOKEN}

    def credentials(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {FULL_TOKEN}",
            "second token (its own rate limit)": f"Bearer {OTHER_TOKEN}",
            "read-only token (403 on writes)": f"Bearer {READ_ONLY_TOKEN}",
            "token without API access (403)": f"Bearer {NO_ACCESS_TOKEN}",
        }

    # --- suppliers ---------------------------------------------------------------------------

    async def list_suppliers(self, request: Request) -> Response:
        _, valid = await self._begin(request)
        query = valid.parameters["query"]
        walk = self._resume("suppliers", query) if "next_token" in query else self._supplier_walk(query)
        page = self.cursors.page("suppliers", walk, query.get("limit", 100), self.company.suppliers.__contains__)
        fields = query.get("fields[]")
        data = [_project(self.company.suppliers[i].data, fields) for i in page.ids]
        return _list_response(data, page.next_token)

    async def create_supplier(self, request: Request) -> Response:
        caller, _ = await self._begin(request)
        body: dict[str, Any] = await _raw_json(request)
        self._require_tags(body.get("tags", []))
        template = body.get("questionnaire_template_name")
        if template is not None and self.company.template_id(template) is None:
            return self._not_found(f"Questionnaire template not found: {template}")
        stored = StoredSupplier(self._new_supplier(caller, body))
        self.company.suppliers[stored.id] = stored
        await self._emit("supplier.created", stored.id, {"name": stored.data["name"], "asset": body["asset"]})
        return json_response({"id": stored.id})

    async def get_supplier(self, request: Request) -> Response:
        _, valid = await self._begin(request)
        stored = self._supplier(valid)
        return json_response(_project(stored.data, valid.query("fields[]")))

    async def update_supplier(self, request: Request) -> Response:
        caller, valid = await self._begin(request)
        stored = self._supplier(valid)
        body: dict[str, Any] = await _raw_json(request)
        self._require_tags(body.get("tags", []))
        previous_status = stored.data["approval"].get("status")
        self._apply_update(caller, stored, body)
        await self._emit("supplier.updated", stored.id, {"fields": sorted(body)})
        if stored.data["approval"].get("status") != previous_status:
            change = {"previous_status": previous_status, "status": stored.data["approval"].get("status")}
            await self._emit("supplier.approval_changed", stored.id, change)
        return json_response({})

    async def delete_supplier(self, request: Request) -> Response:
        _, valid = await self._begin(request)
        stored = self._supplier(valid)
        del self.company.suppliers[stored.id]
        # A supplier's files and custom factors go with it.
        for file_id in [f.data["id"] for f in self.company.files_of(stored.id)]:
            del self.company.files[file_id]
        self.custom_factors = {k: v for k, v in self.custom_factors.items() if v["supplier_id"] != stored.id}
        await self._emit("supplier.deleted", stored.id, {"name": stored.data["name"]})
        return json_response({})

    async def assign_segment(self, request: Request) -> Response:
        _, valid = await self._begin(request)
        stored = self._supplier(valid)
        segment_id = valid.path("segmentId")
        if segment_id not in self.company.segments:
            return self._not_found("Segment not found")
        if stored.segment_id != segment_id:
            stored.segment_id = segment_id
            await self._emit("supplier.updated", stored.id, {"fields": ["segment"], "segment_id": segment_id})
        return json_response({})

    async def create_custom_factor(self, request: Request) -> Response:
        _, valid = await self._begin(request)
        stored = self._supplier(valid)
        body: dict[str, Any] = await _raw_json(request)
        factor_id = new_id(self._rng, self.custom_factors)
        self.custom_factors[factor_id] = {"id": factor_id, "supplier_id": stored.id, **body}
        previous = stored.data["combined_score"]
        penalty = SEVERITY_PENALTY.get(str(body.get("severity", "")).lower(), 0)
        if previous is not None and penalty:  # an unassessed supplier has no score to lower
            stored.data["combined_score"] = max(0, previous - penalty)
            change = {"previous_score": previous, "combined_score": stored.data["combined_score"]}
            await self._emit("supplier.score_changed", stored.id, change)
        return json_response({"id": factor_id})

    async def send_questionnaire(self, request: Request) -> Response:
        _, valid = await self._begin(request)
        stored = self._supplier(valid)
        template_id = valid.path("templateOrQuestionnaireId")
        if template_id not in self.company.templates:
            return self._not_found("Questionnaire template not found")
        questionnaire = self._new_questionnaire(self.company.templates[template_id])
        stored.data["questionnaires"].append(questionnaire)
        return json_response({"questionnaire_id": questionnaire["questionnaire_id"]})

    async def get_questionnaire(self, request: Request) -> Response:
        _, valid = await self._begin(request)
        stored = self._supplier(valid)
        wanted = valid.path("templateOrQuestionnaireId")
        found = next((q for q in stored.data["questionnaires"] if q["questionnaire_id"] == wanted), None)
        return json_response(found) if found is not None else self._not_found("Questionnaire not found")

    # --- files -------------------------------------------------------------------------------

    async def list_files(self, request: Request) -> Response:
        _, valid = await self._begin(request)
        stored = self._supplier(valid)  # an unknown supplier is 404 before the token is looked at
        query = valid.parameters["query"]
        scope = f"files:{stored.id}"
        walk = self._resume(scope, query) if "next_token" in query else self._file_walk(stored.id, query)
        page = self.cursors.page(scope, walk, query.get("limit", 200), self.company.files.__contains__)
        fields = query.get("fields")
        return _list_response([_project(self.company.files[i].data, fields) for i in page.ids], page.next_token)

    async def get_file(self, request: Request) -> Response:
        _, valid = await self._begin(request)
        stored = self.company.files.get(valid.path("fileId"))
        if stored is None:
            return self._not_found("File not found")
        disposition = f'attachment; filename="{stored.data["filename"]}"'
        headers = {"Content-Disposition": disposition}
        return Response(stored.content, media_type="application/octet-stream", headers=headers)

    # --- tags --------------------------------------------------------------------------------

    async def list_tags(self, request: Request) -> Response:
        _, valid = await self._begin(request)
        query = valid.parameters["query"]
        walk = self._resume("tags", query) if "next_token" in query else tuple(self.company.tags)
        page = self.cursors.page("tags", walk, query.get("limit", 100), self.company.tags.__contains__)
        return _list_response([{"id": i, "name": self.company.tags[i]} for i in page.ids], page.next_token)

    async def create_tag(self, request: Request) -> Response:
        _, valid = await self._begin(request)
        name = valid.body["name"]
        self._require_unused_tag_name(name)
        tag_id = new_id(self._rng, self.company.tags)
        self.company.tags[tag_id] = name
        return json_response({"id": tag_id, "name": name})

    async def get_tag(self, request: Request) -> Response:
        _, valid = await self._begin(request)
        tag_id = self._tag(valid)
        return json_response({"id": tag_id, "name": self.company.tags[tag_id]})

    async def update_tag(self, request: Request) -> Response:
        _, valid = await self._begin(request)
        tag_id = self._tag(valid)
        old, new = self.company.tags[tag_id], valid.body["name"]
        if new != old:
            self._require_unused_tag_name(new)
            self.company.tags[tag_id] = new
            await self._retag(old, new)
        return json_response({"id": tag_id, "name": new})

    async def delete_tag(self, request: Request) -> Response:
        _, valid = await self._begin(request)
        tag_id = self._tag(valid)
        await self._retag(self.company.tags.pop(tag_id), None)
        return json_response({})

    # --- hooks -------------------------------------------------------------------------------

    async def handshake(self, request: Request) -> Response:
        loopback_url = await _allow_plain_http_loopback(request)
        caller, valid = await self._begin(request)
        url = loopback_url or valid.body["url"]
        try:
            secret = await anyio.to_thread.run_sync(self.hooks.handshake, caller.token, url)
        except HandshakeFailed as failure:
            return self.error_response(400, str(failure))
        return json_response({"secret": secret})

    async def subscribe(self, request: Request) -> Response:
        caller, valid = await self._begin(request)
        if not self.hooks.subscribe(caller.token, valid.body["events"]):
            return self.error_response(400, "Register your app with the handshake call before subscribing")
        return json_response({})

    async def unsubscribe(self, request: Request) -> Response:
        caller, valid = await self._begin(request)
        if not self.hooks.unsubscribe(caller.token, valid.body["events"]):
            return self.error_response(400, "Register your app with the handshake call before unsubscribing")
        return json_response({})

    # --- the steps every request goes through --------------------------------------------------

    async def _begin(self, request: Request) -> tuple[Caller, ValidatedRequest]:
        """Auth, then the rate limit, then permissions, then validation, as the vendor orders them."""
        caller = self._authenticate(request)
        throttle = self.rate.admit(caller.token)
        if throttle is not None:
            raise Reject(self._too_many(throttle.message, throttle.retry_after))
        self._authorize(caller, request.method)
        self._reject_unknown_query(request)
        return caller, await self.validate(request)

    def _authenticate(self, request: Request) -> Caller:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise Reject(self.error_response(401, f"Unauthorized. {UNAUTHORIZED_HINT}"))
        for known, caller in self.callers.items():
            if secrets.compare_digest(known.encode(), token.strip().encode()):
                return caller
        if token.strip().lower().startswith("bearer "):
            hint = "The token itself starts with 'Bearer ': pass the bare token (connect(token=...) adds 'Bearer ')."
            raise Reject(self.error_response(401, f"Unauthorized. {hint}"))
        raise Reject(self.error_response(401, f"Unauthorized. {UNAUTHORIZED_HINT}"))

    def _authorize(self, caller: Caller, method: str) -> None:
        if not caller.can_read:
            raise Reject(self.error_response(403, "Forbidden: API access is disabled for this account"))
        if not caller.can_write and method not in ("GET", "HEAD"):
            raise Reject(self.error_response(403, "Forbidden: this token is read-only"))

    def _too_many(self, message: str, retry_after: int) -> Response:
        response = self.error_response(429, message)
        response.headers["Retry-After"] = str(retry_after)
        return response

    def _reject_unknown_query(self, request: Request) -> None:
        route = request.scope.get("route")
        allowed = self._query_names.get((request.method, getattr(route, "path", "")), frozenset())
        unknown = sorted({name for name in request.query_params if name not in allowed})
        if unknown:
            raise RequestInvalid([Problem("query", name, "is not allowed") for name in unknown])

    # --- lookups (404 as the vendor answers it) --------------------------------------------------

    def _not_found(self, message: str) -> Response:
        return self.error_response(404, message)

    def _supplier(self, valid: ValidatedRequest) -> StoredSupplier:
        stored = self.company.suppliers.get(valid.path("supplierId"))
        if stored is None:
            raise Reject(self._not_found("Supplier not found"))
        return stored

    def _tag(self, valid: ValidatedRequest) -> str:
        tag_id = str(valid.path("tagId"))
        if tag_id not in self.company.tags:
            raise Reject(self._not_found("Tag not found"))
        return tag_id

    def _require_tags(self, names: list[str]) -> None:
        """Suppliers only carry existing company tags (tags are created with the Tags routes)."""
        unknown = [name for name in dict.fromkeys(names) if self.company.tag_id(name) is None]
        if unknown:
            raise Reject(self._not_found(f"Tag not found: {', '.join(unknown)}"))

    def _require_unused_tag_name(self, name: str) -> None:
        if self.company.tag_id(name) is not None:
            raise Reject(self.error_response(409, f"A tag named {name!r} already exists"))

    def _resume(self, scope: str, query: dict[str, Any]) -> tuple[str, ...]:
        walk = self.cursors.resume(scope, query["next_token"])
        if walk is None:
            raise Reject(self.error_response(400, '"next_token" is invalid or expired'))
        return walk

    # --- supplier state ------------------------------------------------------------------------

    def _now(self) -> str:
        return timestamp(self.clock.now())

    def _new_supplier(self, caller: Caller, body: dict[str, Any]) -> dict[str, Any]:
        template = body.get("questionnaire_template_name")
        return {
            "id": new_id(self._rng, self.company.suppliers),
            "name": body["name"],
            "insert_ts": self._now(),
            "created_by": caller.user,
            **({"business_impact": body["business_impact"]} if "business_impact" in body else {}),
            "combined_score": None,  # not assessed yet
            "approval": self._initial_approval(),
            "assets": [body["asset"]],
            "contacts": body.get("pocs", []),
            "tags": list(dict.fromkeys(body.get("tags", []))),
            "relationships": body.get("relationships", []),
            "portfolios": body.get("portfolios", []),
            "evaluation_type": body.get("evaluation_type", self.enums.evaluation_types[0]),
            "latest_assessment_date": None,
            "business_information": self.company.business_information(body.get("business_information", [])),
            "questionnaires": [self._new_questionnaire(template)] if template is not None else [],
        }

    def _initial_approval(self) -> dict[str, Any]:
        # The first approval status of the spec's enum (PENDING) is where every supplier starts.
        return {"status": self.enums.approval_statuses[0], "by": None, "update_ts": self._now(), "reason": None}

    def _new_questionnaire(self, template_name: str) -> dict[str, Any]:
        return {
            "questionnaire_id": new_id(self._rng),
            "questionnaire_score": None,
            "questionnaire_sent_date": self._now(),
            "questionnaire_submit_date": None,
            "questionnaire_type": template_name,
        }

    def _apply_update(self, caller: Caller, stored: StoredSupplier, body: dict[str, Any]) -> None:
        for field, target in UPDATABLE.items():
            if field in body:
                stored.data[target] = body[field]
        if "tags" in body:
            stored.data["tags"] = list(dict.fromkeys(body["tags"]))
        if "business_information" in body:
            stored.data["business_information"] = self.company.business_information(body["business_information"])
        if "approval" in body:
            # Who and when default to the caller and now, as the platform records them.
            # No source makes `status` required: an approval sent without one keeps the current
            # status (inferred), so the supplier never ends up with no approval status.
            current = stored.data["approval"].get("status")
            approval = {"status": current, "by": caller.user, "update_ts": self._now(), "reason": None}
            stored.data["approval"] = approval | body["approval"]

    def _supplier_walk(self, query: dict[str, Any]) -> tuple[str, ...]:
        matches = [s for s in self.company.suppliers.values() if all(f(s) for f in _supplier_filters(query))]
        descending = query.get("sortDirection") in self._descending
        keys = query.get("sortBy[]", [])
        if keys or descending:
            matches.sort(key=lambda s: tuple(_supplier_sort_key(s, key) for key in keys), reverse=descending)
        return tuple(s.id for s in matches)

    def _file_walk(self, supplier_id: str, query: dict[str, Any]) -> tuple[str, ...]:
        files = [f.data for f in self.company.files_of(supplier_id)]
        if "origin" in query:
            files = [f for f in files if f["origin"] == query["origin"]]
        descending = query.get("sortDirection") in self._descending
        # Sorting by a field files do not have changes nothing, as in the vendor's MongoDB.
        files.sort(key=lambda f: str(f.get(query.get("sortBy", ""), "")), reverse=descending)
        return tuple(f["id"] for f in files)

    async def _retag(self, old: str, new: str | None) -> None:
        """A renamed or deleted company tag changes every supplier carrying it."""
        for stored in self.company.suppliers.values():
            if old in stored.data["tags"]:
                tags = [new if tag == old else tag for tag in stored.data["tags"]]
                stored.data["tags"] = [tag for tag in dict.fromkeys(tags) if tag is not None]
                await self._emit("supplier.updated", stored.id, {"fields": ["tags"], "tags": stored.data["tags"]})

    async def _emit(self, event: str, supplier_id: str, data: dict[str, Any]) -> None:
        if not any(event in registration.events for registration in self.hooks.registrations.values()):
            return  # nobody listens: skip the worker thread
        body = {"event": event, "supplier_id": supplier_id, "event_time": self._now(), "data": data}
        await anyio.to_thread.run_sync(self.hooks.deliver, body)


# --- helpers reading the request and the spec -------------------------------------------------------------------


Handler = Callable[[Request], Awaitable[Response]]


def _route(path: str, **handlers: Handler) -> Route:
    """One route per path serving all its methods, so a 405 lists every one of them in `Allow`."""

    async def dispatch(request: Request) -> Response:
        if request.method == "HEAD":
            # Express answers HEAD as the GET it mirrors (the server drops the body), so the
            # request is validated as that GET too.
            request = Request({**request.scope, "method": "GET"}, request.receive)
        return await handlers[request.method](request)

    return Route(path, dispatch, methods=list(handlers))


async def _raw_json(request: Request) -> dict[str, Any]:
    """The body exactly as sent (the validated body has date-times turned into datetimes)."""
    body: dict[str, Any] = await request.json()
    return body


def _query_parameter_names(spec: dict[str, Any]) -> dict[tuple[str, str], frozenset[str]]:
    """(METHOD, path template) -> the query parameters the spec declares for the operation."""
    names: dict[tuple[str, str], frozenset[str]] = {}
    for template, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                listed = [*item.get("parameters", []), *item[method].get("parameters", [])]
                declared = [follow_ref(spec, parameter) for parameter in listed]
                names[(method.upper(), template)] = frozenset(p["name"] for p in declared if p["in"] == "query")
    return names


def _descending_directions(spec: dict[str, Any]) -> frozenset[str]:
    """The sortDirection values that sort descending: those the spec names DESC*."""
    schema = spec["components"]["schemas"]["SortDirection"]
    pairs = zip(schema["enum"], schema["x-enum-varnames"], strict=True)
    return frozenset(value for value, name in pairs if name.startswith("DESC"))


# --- helpers on representations ------------------------------------------------------------------


def _project(data: dict[str, Any], fields: list[str] | None) -> dict[str, Any]:
    """`fields[]` projection: only the named top-level fields, and always `id`."""
    if not fields:
        return data
    return {key: value for key, value in data.items() if key == "id" or key in fields}


def _list_response(data: list[dict[str, Any]], next_token: str | None) -> Response:
    return json_response({"data": data, "has_next": next_token is not None, "next": next_token})


def _supplier_filters(query: dict[str, Any]) -> list[Callable[[StoredSupplier], bool]]:
    """One predicate per filter given; values of one filter are alternatives (any of them)."""
    filters: list[Callable[[StoredSupplier], bool]] = []
    if "names[]" in query:
        filters.append(lambda s: s.data["name"] in query["names[]"])
    if "ids[]" in query:
        filters.append(lambda s: s.id in query["ids[]"])
    if "assets[]" in query:
        filters.append(lambda s: any(asset in query["assets[]"] for asset in s.data["assets"]))
    if "tags[]" in query:
        filters.append(lambda s: any(tag in query["tags[]"] for tag in s.data["tags"]))
    if "segment_ids[]" in query:
        filters.append(lambda s: s.segment_id in query["segment_ids[]"])
    return filters


def _supplier_sort_key(stored: StoredSupplier, key: str) -> tuple[int, Any]:
    """Missing values sort first, as MongoDB sorts them ascending."""
    value = stored.data.get(key)
    return (0, "") if value is None else (1, value)


def _joi_message(problem: Problem) -> str:
    """Joi's style: the offending field in quotes, then what is wrong with it."""
    name = re.sub(r"\.(\d+)", r"[\1]", problem.name)
    return f'"{name}" {problem.message}' if name else problem.message


async def _allow_plain_http_loopback(request: Request) -> str | None:
    """Panorays requires an `https://` URL (the spec's pattern); the mock also takes plain
    `http://` on this machine (127.0.0.1, localhost, ::1), so the webhook flow can be tried
    against a local receiver. Validation then sees the URL as https; any other http host is
    still refused as Panorays refuses it. Returns the loopback URL to call, if that is the case."""
    try:
        body = json.loads(await request.body())
    except ValueError:
        return None
    url = body.get("url") if isinstance(body, dict) else None
    if not isinstance(url, str) or not url.startswith("http://"):
        return None
    try:
        host = httpx.URL(url).host
    except httpx.InvalidURL:
        return None
    if host not in LOOPBACK_HOSTS:
        return None
    body["url"] = "https://" + url.removeprefix("http://")
    request._body = json.dumps(body).encode()  # what validation reads (Starlette caches the body here)
    return url
