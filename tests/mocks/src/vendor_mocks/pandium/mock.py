"""The Pandium API v2 mock: a FastAPI-style service over in-memory, seeded state.

Behaviour follows the vendor (see the spec's `x-provenance` notes for what is inferred):

- `X-API-KEY` on every request; a missing or unknown key answers 401 `{"detail"}` with
  `WWW-Authenticate: APIKey` before the request is validated (FastAPI's security dependency).
- Request validation against the spec answers 422 `{"detail": [{loc, msg, type}]}` in pydantic
  wording; so do handler-level checks of a body (unknown integration or release, configs that
  do not match the release's config schema, a tenant name that is already taken).
- Lists are bare arrays paged by `skip`/`limit` and sorted by `sort_by=<field>__ASC|__DESC`
  over the item's scalar fields (ties keep id order; nulls last ascending, first descending,
  as PostgreSQL sorts them).
- Unknown ids answer 404 `{"message"}`; the proxy endpoints answer `{"detail"}` (404 for an
  unknown connector or an external 404, 400 for a connector without credentials).
- Syncs answer 202 `{trigger_id}`; the trigger's run exists only after the debounce window, then
  is queued, in progress and completed as the injected clock moves (see `state.py`).
- `/v2/runs/{id}/log` redirects (302) to a signed, expiring URL served by this mock under
  `/logs/{id}`, as a log store would (403 once expired).
- Tenant names are unique across the account, archived tenants included: a taken name is a
  422 on `name`. New tenants are paused, unconnected and get the integration's default
  release and schedule; `schedule` is `user_schedule` with its minutes spread per tenant.
- DELETE archives a tenant; an archived tenant keeps answering (sync included) and can be
  unarchived with PATCH. Metadata PATCH merges keys; a null value removes a key.
- Proxy answers are derived from the request only (method, target, query, a SHA-256 of the
  body), so the same call always gets the same answer; a target path with a `not-found`
  segment is the external API's 404.
- No rate limits and no concurrency control: Pandium documents neither.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import hmac
import json
import secrets
from collections.abc import Awaitable, Callable, Mapping, Sequence
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

import jsonschema
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from .._core import Clock, FaultConfig, Problem, Reject, ValidatedRequest, VendorMock, json_response
from .._core import Collection as SeedCollection
from .._core.specs import credential_header
from .errors import (
    ValidationItem,
    detail_response,
    message_response,
    problem_item,
    server_error,
    validation_response,
)
from .seed import SeedSizes, Vocabulary, randomized_schedule, seed_state
from .state import Build, Connector, Integration, Json, PandiumState, Release, Tenant, Timings

# The header the spec's security scheme names (from the spec copy `make generate` writes here).
API_KEY_HEADER = credential_header("pandium", "PandiumApiKey")

__all__ = ["DEFAULT_API_KEY", "PandiumMock"]

DEFAULT_API_KEY = "pandium-test-key-0001"
Handler = Callable[[Request], Awaitable[Response]]
# The HTTP method Pandium uses when a proxy body names none.
PROXY_DEFAULT_METHOD = {"rest": "GET", "soap": "POST", "xml": "POST"}
# A proxied target whose path has this segment is answered 404 by the (simulated) external API.
EXTERNAL_NOT_FOUND_SEGMENT = "not-found"


class PandiumMock(VendorMock):
    slug = "pandium"
    overlay = "pandium"

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        faults: FaultConfig | None = None,
        seed: int = 11,
        integrations: int = 6,
        tenants: int = 130,
        max_runs_per_tenant: int = 3,
        debounce_seconds: float = 5.0,
        queued_seconds: float = 5.0,
        running_seconds: float = 30.0,
        build_seconds: float = 60.0,
        log_url_ttl: float = 300.0,
        api_keys: Sequence[str] = (DEFAULT_API_KEY,),
    ) -> None:
        super().__init__(clock=clock, faults=faults)
        if not api_keys:
            raise ValueError("the mock needs at least one API key to accept")
        self.api_keys = tuple(api_keys)
        schemas = self.validator.spec["components"]["schemas"]
        # Open strings in the spec: the known values are its `examples`.
        self.release_channels: list[str] = list(schemas["ReleaseChannel"]["examples"])
        self.sortable = {name: _scalar_fields(schemas, name) for name in ("Integration", "Tenant", "Run")}
        timings = Timings(debounce_seconds, queued_seconds, running_seconds, build_seconds, log_url_ttl)
        vocabulary = Vocabulary(list(schemas["IntegrationType"]["examples"]), self.release_channels)
        self._seeding = (seed, SeedSizes(integrations, tenants, max_runs_per_tenant), timings, vocabulary)
        self.state: PandiumState = seed_state(*self._seeding)
        self._log_key = hashlib.sha256(f"pandium-mock-log-signing-{seed}".encode()).digest()

    # --- VendorMock ----------------------------------------------------------------------------

    def reset_state(self) -> None:
        """The seeded integrations, releases, tenants and runs (same seed: same data)."""
        self.state = seed_state(*self._seeding)

    def collections(self) -> dict[str, SeedCollection]:
        """`integrations` and `tenants` in the mock's own record shape (the fields of its
        `Integration` and `Tenant` dataclasses; times in Unix seconds, `connected` a list of
        connector names); a seeded record gets what the API would give the fields it leaves out.
        Seeding tenants drops the runs of tenants no longer there."""
        return {
            "integrations": SeedCollection(
                "id",
                self._export(self.state.integrations),
                self._load_integrations,
                complete=self._complete_integration,
                check=self._record_problems(Integration),
            ),
            "tenants": SeedCollection(
                "id",
                self._export(self.state.tenants),
                self._load_tenants,
                complete=self._complete_tenant,
                check=self._tenant_problems,
            ),
        }

    @staticmethod
    def _export(table: Mapping[int, Any]) -> Callable[[], list[Json]]:
        def export() -> list[Json]:
            records = [dataclasses.asdict(item) for item in table.values()]
            for record in records:
                if isinstance(record.get("connected"), set):
                    record["connected"] = sorted(record["connected"])
            return records

        return export

    def _load_integrations(self, records: list[Json]) -> None:
        integrations = {}
        for record in records:
            connectors = [Connector(**connector) for connector in record["connectors"]]
            integrations[record["id"]] = Integration(**{**record, "connectors": connectors})
        self.state.integrations = integrations

    def _load_tenants(self, records: list[Json]) -> None:
        self.state.tenants = {
            record["id"]: Tenant(**{**record, "connected": set(record["connected"])}) for record in records
        }
        self.state.runs = {key: run for key, run in self.state.runs.items() if run.tenant_id in self.state.tenants}
        self.state.pending = [pending for pending in self.state.pending if pending.tenant_id in self.state.tenants]

    def _complete_integration(self, record: Json) -> Json:
        now = self._now()
        defaults: Json = {
            "long_name": record.get("name"),
            "type": self.validator.spec["components"]["schemas"]["IntegrationType"]["examples"][0],
            "connectors": [],
            "repository_path": None,
            "repository_tracking_branch": None,
            "repository_url": None,
            "categories": [],
            "tags": [],
            "flag": None,
            "default_release_id": None,
            "default_release_channel": None,
            "default_schedule": "*/15 * * * *",
            "dynamic_values": {},
            "created": now,
            "modified": now,
            "archived": False,
        }
        return {**defaults, **record}

    def _complete_tenant(self, record: Json) -> Json:
        integration = self.state.integrations.get(record.get("integration_id"))  # type: ignore[arg-type]
        user_schedule = record.get("user_schedule") or (integration.default_schedule if integration else "*/15 * * * *")
        defaults: Json = {
            "user_name": None,
            "configs": None,
            "created": self._now(),
            "paused": True,
            "archived": False,
            "user_schedule": user_schedule,
            "schedule": randomized_schedule(user_schedule, int(record.get("id", 0))),
            "source": "api",
            "release_id": None,
            "release_channel": None,
            "connected": [],
            "metadata": {},
            "metadata_modified": None,
        }
        return {**defaults, **record}

    @staticmethod
    def _record_problems(cls: type) -> Callable[[Json], list[str]]:
        names = [field.name for field in dataclasses.fields(cls)]

        def problems(record: Json) -> list[str]:
            missing = [name for name in names if name not in record]
            unknown = sorted(set(record) - set(names))
            found = [f"missing {name!r}" for name in missing]
            if unknown:
                found.append(
                    f"unknown field(s) {', '.join(map(repr, unknown))}; {cls.__name__} has: {', '.join(names)}"
                )
            return found

        return problems

    def _tenant_problems(self, record: Json) -> list[str]:
        problems = self._record_problems(Tenant)(record)
        if record.get("integration_id") not in self.state.integrations:
            problems.append(
                f"integration_id {record.get('integration_id')!r} is not one of {sorted(self.state.integrations)}"
            )
        return problems

    def routes(self) -> Sequence[BaseRoute]:
        tenant = "/v2/tenants/{tenant_id}"
        connector = tenant + "/connectors/{connector_name}"
        releases = "/v2/integrations/{integration_id}/releases"
        return [
            _route("/v2/integrations", GET=self.list_integrations),
            _route("/v2/integrations/{integration_id}", GET=self.get_integration),
            _route(releases, GET=self.list_releases),
            # Literal segments before `{release_id}`, as FastAPI matches routes in order.
            _route(releases + "/default", GET=self.get_default_release),
            _route(releases + "/latest", GET=self.get_latest_release),
            _route(releases + "/{release_id}", GET=self.get_release),
            _route("/v2/integrations/{integration_id}/sync", POST=self.sync_by_integration),
            _route("/v2/tenants", GET=self.list_tenants, POST=self.create_tenant),
            _route(tenant, PATCH=self.update_tenant, DELETE=self.archive_tenant),
            _route(tenant + "/release", GET=self.get_tenant_release),
            _route(tenant + "/sync", POST=self.sync_by_tenant),
            _route(tenant + "/runs", GET=self.list_tenant_runs),
            _route(tenant + "/metadata", GET=self.get_metadata, PATCH=self.update_metadata),
            _route(connector + "/disconnect", PATCH=self.disconnect_connector),
            _route(connector + "/call", POST=self.proxy_rest),
            _route(connector + "/soap", POST=self.proxy_soap),
            _route(connector + "/xml", POST=self.proxy_xml),
            _route("/v2/runs/triggers/{trigger_id}/status", GET=self.get_trigger_status),
            _route("/v2/runs/{run_id}/log", GET=self.get_run_log),
            _route("/v2/sourcecontrol/build", POST=self.create_build),
            # Not part of the API: the log store the signed log URLs point at.
            _route("/logs/{run_id}", GET=self.download_log),
        ]

    def error_response(self, status: int, message: str, problems: Sequence[Problem] = ()) -> Response:
        if status == HTTPStatus.UNSUPPORTED_MEDIA_TYPE:
            # FastAPI does not answer 415: a body it cannot read as JSON fails model validation.
            return validation_response([_item(["body"], _NOT_AN_OBJECT, "model_attributes_type")])
        if problems or status == HTTPStatus.UNPROCESSABLE_ENTITY:
            return validation_response([problem_item(problem) for problem in problems])
        if status == HTTPStatus.INTERNAL_SERVER_ERROR:
            return server_error()
        if status == HTTPStatus.UNAUTHORIZED:
            return detail_response(status, message, {"WWW-Authenticate": "APIKey"})
        if status in (HTTPStatus.NOT_FOUND, HTTPStatus.METHOD_NOT_ALLOWED):
            return detail_response(status, HTTPStatus(status).phrase)  # Starlette's own wording
        return detail_response(status, message)

    def validation_status(self, problems: Sequence[Problem]) -> int:
        return HTTPStatus.UNPROCESSABLE_ENTITY

    def connect_arguments(self) -> dict[str, str]:
        return {"api_key": self.api_keys[0]}

    def credentials(self) -> dict[str, str]:
        return {API_KEY_HEADER: self.api_keys[0]}

    # --- integrations and releases ----------------------------------------------------------------

    async def list_integrations(self, request: Request) -> Response:
        query = (await self._begin(request)).parameters["query"]
        items = [i.to_json() for i in self.state.integrations.values() if i.archived == query["archived"]]
        return self._listing(items, query, "Integration")

    async def get_integration(self, request: Request) -> Response:
        valid = await self._begin(request)
        return json_response(self._integration(valid.path("integration_id")).to_json())

    async def list_releases(self, request: Request) -> Response:
        valid = await self._begin(request)
        integration = self._integration(valid.path("integration_id"))
        return json_response([release.to_json() for release in self.state.releases_of(integration.id)])

    async def get_default_release(self, request: Request) -> Response:
        valid = await self._begin(request)
        integration = self._integration(valid.path("integration_id"))
        return self._release_response(self.state.default_release(integration))

    async def get_latest_release(self, request: Request) -> Response:
        valid = await self._begin(request)
        integration = self._integration(valid.path("integration_id"))
        return self._release_response(self.state.latest_release(integration.id))

    async def get_release(self, request: Request) -> Response:
        valid = await self._begin(request)
        integration = self._integration(valid.path("integration_id"))
        release = self.state.releases.get(valid.path("release_id"))
        return self._release_response(release if release and release.integration_id == integration.id else None)

    async def sync_by_integration(self, request: Request) -> Response:
        valid = await self._begin(request)
        integration = self._integration(valid.path("integration_id"))
        user_name = valid.query("user_name")
        # Only an active tenant installed for this user can be synced this way.
        tenant = next(
            (
                t
                for t in self.state.tenants.values()
                if t.integration_id == integration.id and t.user_name == user_name and not t.archived
            ),
            None,
        )
        if tenant is None:
            return message_response(404, f"No tenant of integration {integration.id} for user {user_name!r}")
        return self._sync(tenant, valid)

    # --- tenants ------------------------------------------------------------------------------------

    async def list_tenants(self, request: Request) -> Response:
        query = (await self._begin(request)).parameters["query"]
        now = self._now()
        items = [self.state.tenant_json(t, now) for t in self.state.tenants.values() if _tenant_matches(t, query)]
        return self._listing(items, query, "Tenant")

    async def create_tenant(self, request: Request) -> Response:
        body: Json = (await self._begin(request)).body
        integration = self.state.integrations.get(body["integration_id"])
        problems: list[ValidationItem] = []
        if integration is None:
            message = f"Integration {body['integration_id']} does not exist"
            problems.append(_item(["body", "integration_id"], message))
        if self.state.name_taken(body["name"]):
            problems.append(_item(["body", "name"], f"A tenant named {body['name']!r} already exists"))
        release_id, channel, release = None, None, None
        if integration is not None:
            release_id, channel, release, found = self._requested_release(integration, body)
            problems += found
        if release is not None:
            problems += _config_problems(release, body.get("configs"), ["body", "configs"])
        if problems:
            return validation_response(problems)
        assert integration is not None
        tenant = self._new_tenant(integration, body, release_id, channel)
        return json_response(self.state.tenant_json(tenant, self._now()))

    async def update_tenant(self, request: Request) -> Response:
        valid = await self._begin(request)
        tenant = self._tenant(valid.path("tenant_id"))
        body: Json = valid.body
        problems: list[ValidationItem] = []
        if body.get("name") is not None and self.state.name_taken(body["name"], other_than=tenant.id):
            problems.append(_item(["body", "name"], f"A tenant named {body['name']!r} already exists"))
        release = self.state.tenant_release(tenant)
        if body.get("configs") is not None and release is not None:
            problems += _config_problems(release, body["configs"], ["body", "configs"])
        if problems:
            return validation_response(problems)
        _apply_patch(tenant, body)
        return json_response(self.state.tenant_json(tenant, self._now()))

    async def archive_tenant(self, request: Request) -> Response:
        valid = await self._begin(request)
        tenant = self._tenant(valid.path("tenant_id"))
        tenant.archived = True  # archived, not erased: it stays listable with archived=true
        return json_response({"id": tenant.id, "archived": True})

    async def get_tenant_release(self, request: Request) -> Response:
        valid = await self._begin(request)
        tenant = self._tenant(valid.path("tenant_id"))
        release = self.state.tenant_release(tenant)
        if release is None:
            return message_response(404, "Release not found")
        return json_response(self._with_dynamic_configs(release, tenant))

    async def sync_by_tenant(self, request: Request) -> Response:
        valid = await self._begin(request)
        return self._sync(self._tenant(valid.path("tenant_id")), valid)

    async def list_tenant_runs(self, request: Request) -> Response:
        valid = await self._begin(request)
        tenant = self._tenant(valid.path("tenant_id"))
        now = self._now()
        items = [run.to_json(now) for run in sorted(self.state.runs_of(tenant.id), key=lambda run: run.id)]
        return self._listing(items, valid.parameters["query"], "Run")

    async def get_metadata(self, request: Request) -> Response:
        valid = await self._begin(request)
        return json_response(self.state.metadata_json(self._tenant(valid.path("tenant_id"))))

    async def update_metadata(self, request: Request) -> Response:
        valid = await self._begin(request)
        tenant = self._tenant(valid.path("tenant_id"))
        changes: Json = valid.body
        for key, value in changes.items():  # merge-patch: a null removes the key
            if value is None:
                tenant.metadata.pop(key, None)
            else:
                tenant.metadata[key] = copy.deepcopy(value)
        tenant.metadata_modified = self._now()
        return json_response(self.state.metadata_json(tenant))

    async def disconnect_connector(self, request: Request) -> Response:
        valid = await self._begin(request)
        tenant = self._tenant(valid.path("tenant_id"))
        name = valid.path("connector_name")
        connector = self.state.integrations[tenant.integration_id].connector(name)
        if connector is None:
            message = f"Connector {name!r} is not a connector of integration {tenant.integration_id}"
            return message_response(404, message)
        if connector.is_global:
            message = f"Connector {name!r} is global: its credentials belong to the integration, not the tenant"
            return validation_response([_item(["path", "connector_name"], message)])
        tenant.connected.discard(name)  # disconnecting twice is not an error
        return json_response({"message": f"Connector {name} disconnected for tenant {tenant.id}"})

    # --- proxy ------------------------------------------------------------------------------------

    async def proxy_rest(self, request: Request) -> Response:
        return await self._proxy(request, "rest")

    async def proxy_soap(self, request: Request) -> Response:
        return await self._proxy(request, "soap")

    async def proxy_xml(self, request: Request) -> Response:
        return await self._proxy(request, "xml")

    async def _proxy(self, request: Request, protocol: str) -> Response:
        valid = await self._begin(request)
        # The proxy routes raise FastAPI HTTPExceptions: their errors are {"detail": ...}.
        tenant = self.state.tenants.get(valid.path("tenant_id"))
        if tenant is None:
            return detail_response(404, "Tenant not found")
        name = valid.path("connector_name")
        connector = self.state.integrations[tenant.integration_id].connector(name)
        if connector is None:
            return detail_response(404, f"Connector {name!r} not found for tenant {tenant.id}")
        if not connector.is_global and name not in tenant.connected:
            return detail_response(400, f"Connector {name!r} has no credentials for tenant {tenant.id}")
        body: Json = valid.body
        target = str(body.get("target_url") or "")
        if EXTERNAL_NOT_FOUND_SEGMENT in urlsplit(target).path.split("/"):
            return detail_response(404, repr({"data": {"errors": "Not Found"}, "status": 404}))
        return json_response({"data": _proxied_answer(protocol, tenant, name, body)})

    # --- runs ---------------------------------------------------------------------------------------

    async def get_trigger_status(self, request: Request) -> Response:
        valid = await self._begin(request)
        trigger_id = str(valid.path("trigger_id"))
        number = _ascii_int(trigger_id)  # trigger ids are decimal numbers; anything else is unknown
        run = self.state.run_of_trigger(number) if number is not None else None
        if run is None:  # unknown, or still being debounced: Pandium cannot tell them apart either
            return message_response(404, f"No run status is available for trigger {trigger_id} yet")
        return json_response({"status": run.status_text(self._now())})

    async def get_run_log(self, request: Request) -> Response:
        valid = await self._begin(request)
        run = self.state.runs.get(valid.path("run_id"))
        if run is None:
            return message_response(404, "Run not found")
        expires = int(self._now() + self.state.timings.log_url_ttl)
        signature = self._sign(run.id, expires)
        location = f"{request.base_url}logs/{run.id}?expires={expires}&signature={signature}"
        return RedirectResponse(location, status_code=302)

    async def download_log(self, request: Request) -> Response:
        """The log store behind the signed URL: no API key, but signature and expiry are checked."""
        run_id = _ascii_int(request.path_params["run_id"])
        expires = _ascii_int(request.query_params.get("expires", ""))
        signature = request.query_params.get("signature", "")
        if run_id is None or expires is None:
            return _store_error(403, "AccessDenied", "Query-string authentication requires a signature")
        if not hmac.compare_digest(signature.encode(), self._sign(run_id, expires).encode()):
            return _store_error(403, "SignatureDoesNotMatch", "The request signature does not match")
        if self._now() > expires:
            return _store_error(403, "AccessDenied", "Request has expired")
        self.state.settle(self._now())
        run = self.state.runs.get(run_id)
        if run is None:
            return _store_error(404, "NoSuchKey", "The specified key does not exist.")
        return PlainTextResponse(run.log(self._now()))

    # --- source control -------------------------------------------------------------------------------

    async def create_build(self, request: Request) -> Response:
        body: Json = (await self._begin(request)).body
        integration = self._integration(body["integration_id"])
        now = self._now()
        build = Build(
            id=max(self.state.builds, default=0) + 1,
            integration_id=integration.id,
            tag=body["tag"],
            branch=body.get("branch") or integration.repository_tracking_branch or "main",
            created=now,
            finishes=now + self.state.timings.build,
        )
        self.state.builds[build.id] = build
        return json_response(build.to_json(now), 201)

    # --- shared steps ------------------------------------------------------------------------------

    async def _begin(self, request: Request) -> ValidatedRequest:
        """Auth first (FastAPI resolves the security dependency first), then the spec, then time."""
        self._authenticate(request)
        valid = await self.validate(request)
        self.state.settle(self._now())
        return valid

    def _authenticate(self, request: Request) -> None:
        key = request.headers.get(API_KEY_HEADER)
        if not key:
            raise Reject(self.error_response(401, "Not authenticated"))
        if not any(secrets.compare_digest(key.encode(), accepted.encode()) for accepted in self.api_keys):
            raise Reject(self.error_response(401, "Invalid API key"))

    def _now(self) -> float:
        return self.clock.now()

    def _integration(self, integration_id: int) -> Integration:
        integration = self.state.integrations.get(integration_id)
        if integration is None:
            raise Reject(message_response(404, "Integration not found"))
        return integration

    def _tenant(self, tenant_id: int) -> Tenant:
        tenant = self.state.tenants.get(tenant_id)
        if tenant is None:
            raise Reject(message_response(404, "Tenant not found"))
        return tenant

    @staticmethod
    def _release_response(release: Release | None) -> Response:
        if release is None:
            return message_response(404, "Release not found")
        return json_response(release.to_json())

    def _sync(self, tenant: Tenant, valid: ValidatedRequest) -> Response:
        payload = valid.body if isinstance(valid.body, dict) else None
        trigger = self.state.request_sync(tenant, valid.query("mode"), payload, self._now())
        return json_response({"trigger_id": str(trigger.id)}, 202)

    def _listing(self, items: list[Json], query: Mapping[str, Any], item_schema: str) -> Response:
        """Sort, then page: `skip` and `limit` come from the query (the spec supplies defaults)."""
        sort_by = query.get("sort_by")
        if sort_by:
            field, _, direction = sort_by.rpartition("__")
            if field not in self.sortable[item_schema]:
                allowed = ", ".join(sorted(self.sortable[item_schema]))
                message = f"Cannot sort by {field!r}; sortable fields: {allowed}"
                return validation_response([_item(["query", "sort_by"], message)])
            items = _sorted(items, field, descending=direction == "DESC")
        skip, limit = query["skip"], query["limit"]
        # Pandium documents no lower bound for limit; a negative one is read as an empty page
        # (inferred) rather than Python's "all but the last n".
        return json_response(items[skip : skip + max(limit, 0)])

    def _requested_release(
        self, integration: Integration, body: Json
    ) -> tuple[int | None, str | None, Release | None, list[ValidationItem]]:
        """The release a new tenant asks for: (pinned id, channel, the release, problems)."""
        release_id, channel = body.get("integration_release_id"), body.get("integration_release_channel")
        if release_id is not None and channel is not None:
            message = "Pass either integration_release_id or integration_release_channel, not both"
            return None, None, None, [_item(["body"], message)]
        if release_id is not None:
            release = self.state.releases.get(release_id)
            if release is None or release.integration_id != integration.id:
                message = f"Release {release_id} is not a release of integration {integration.id}"
                return None, None, None, [_item(["body", "integration_release_id"], message)]
            return release_id, None, release, []
        if channel is not None:
            if channel not in self.release_channels:
                # An open string in the spec, but a channel no release follows cannot place a tenant.
                known = ", ".join(self.release_channels)
                message = f"Unknown release channel {channel!r}; known channels: {known}"
                return None, None, None, [_item(["body", "integration_release_channel"], message)]
            return None, channel, self.state.channel_release(integration, channel), []
        # Neither: the integration's defaults apply (its pinned release, else its channel).
        if integration.default_release_id is not None:
            return integration.default_release_id, None, self.state.default_release(integration), []
        default_channel = integration.default_release_channel or self.release_channels[0]
        return None, default_channel, self.state.channel_release(integration, default_channel), []

    def _new_tenant(self, integration: Integration, body: Json, release_id: int | None, channel: str | None) -> Tenant:
        tenant_id = max(self.state.tenants, default=0) + 1
        user_schedule = body.get("user_schedule") or integration.default_schedule
        tenant = Tenant(
            id=tenant_id,
            name=body["name"],
            integration_id=integration.id,
            user_name=None,
            configs=copy.deepcopy(body.get("configs")),
            created=self._now(),
            paused=True,  # "The tenant will be paused"
            archived=False,
            user_schedule=user_schedule,
            schedule=randomized_schedule(user_schedule, tenant_id),
            source="api",
            release_id=release_id,
            release_channel=channel,
            connected=set(),  # "unconnected": no credentials for any of its own connectors yet
        )
        self.state.tenants[tenant.id] = tenant
        return tenant

    def _with_dynamic_configs(self, release: Release, tenant: Tenant) -> Json:
        """The release as a tenant sees it: dynamic config fields list what its init runs found."""
        answer = release.to_json()
        dynamic = self.state.dynamic_configs(tenant, self._now())
        properties = (answer.get("config_schema") or {}).get("properties", {})
        for schema in properties.values():
            source = schema.get("x-dynamic") if isinstance(schema, dict) else None
            if source in dynamic:
                schema["enum"] = copy.deepcopy(dynamic[source])
        return answer

    def _sign(self, run_id: int, expires: int) -> str:
        return hmac.new(self._log_key, f"{run_id}:{expires}".encode(), hashlib.sha256).hexdigest()


_NOT_AN_OBJECT = "Input should be a valid dictionary or object to extract fields from"


def _route(path: str, **handlers: Handler) -> Route:
    """One route per path, dispatching on the method, so a 405 lists every method in `Allow`."""

    async def endpoint(request: Request) -> Response:
        return await handlers[request.method if request.method != "HEAD" else "GET"](request)

    return Route(path, endpoint, methods=list(handlers))


def _ascii_int(text: str) -> int | None:
    """`text` as a non-negative integer if it is ASCII digits only (`"²".isdigit()` is true)."""
    return int(text) if text.isascii() and text.isdigit() else None


def _item(loc: list[str | int], message: str, kind: str = "value_error") -> ValidationItem:
    return {"loc": loc, "msg": message, "type": kind}


def _scalar_fields(schemas: Json, name: str) -> frozenset[str]:
    """The properties of a component schema that `sort_by` can name: those not objects or arrays."""
    return frozenset(prop for prop, schema in schemas[name]["properties"].items() if not _compound(schemas, schema))


def _compound(schemas: Json, schema: Json) -> bool:
    types = schema.get("type", [])
    if {"object", "array"} & set([types] if isinstance(types, str) else types):
        return True
    options = [*schema.get("anyOf", []), schema] if "$ref" in schema else schema.get("anyOf", [])
    refs = [option["$ref"].rsplit("/", 1)[-1] for option in options if "$ref" in option]
    return any(_compound(schemas, schemas[ref]) for ref in refs)


def _sorted(items: list[Json], field: str, *, descending: bool) -> list[Json]:
    # (is null, value): nulls sort after values ascending and before them descending; Python's
    # sort is stable in both directions, so ties keep their id order.
    def key(item: Json) -> tuple[bool, Any]:
        value = item[field]
        return (value is None, 0 if value is None else value)

    return sorted(items, key=key, reverse=descending)


def _tenant_matches(tenant: Tenant, query: Mapping[str, Any]) -> bool:
    if tenant.archived != query["archived"]:
        return False
    if query["integration_id"] and tenant.integration_id != query["integration_id"]:  # 0: no filter
        return False
    return "user_name" not in query or tenant.user_name == query["user_name"]


def _config_problems(release: Release, configs: Json | None, loc: list[str | int]) -> list[ValidationItem]:
    """Configs checked against the release's config schema, as Pandium validates them."""
    if configs is None or not release.config_schema:
        return []
    validator = jsonschema.Draft202012Validator(release.config_schema)
    errors = sorted(validator.iter_errors(configs), key=lambda error: list(error.absolute_path))
    return [_item([*loc, *error.absolute_path], error.message) for error in errors]


def _apply_patch(tenant: Tenant, body: Json) -> None:
    """Only the fields sent are changed (`configs` as a whole); a null leaves a field as it is."""
    if body.get("name") is not None:
        tenant.name = body["name"]
    if body.get("configs") is not None:
        tenant.configs = copy.deepcopy(body["configs"])
    if body.get("paused") is not None:
        tenant.paused = body["paused"]
    if body.get("archived") is not None:
        tenant.archived = body["archived"]
    if body.get("user_schedule") is not None:
        tenant.user_schedule = body["user_schedule"]
        tenant.schedule = randomized_schedule(body["user_schedule"], tenant.id)


def _proxied_answer(protocol: str, tenant: Tenant, connector: str, body: Json) -> Json:
    """A deterministic stand-in for the external API's answer: what was asked, and a body digest."""
    sent = body.get("body") if protocol == "rest" else body.get("data")
    canonical = json.dumps(sent, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return {
        "protocol": protocol,
        "connector": connector,
        "tenant_id": tenant.id,
        "method": str(body.get("method") or PROXY_DEFAULT_METHOD[protocol]).upper(),
        "target_url": body.get("target_url"),
        "query_params": copy.deepcopy(body.get("query_params")),
        "body_sha256": hashlib.sha256(canonical.encode()).hexdigest(),
    }


def _store_error(status: int, code: str, message: str) -> Response:
    """The log store's own error format (an object store's XML), not Pandium's."""
    xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>'
    return Response(xml, status_code=status, media_type="application/xml")
