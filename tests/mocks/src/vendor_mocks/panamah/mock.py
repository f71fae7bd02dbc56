"""Panamah Core mock: subscriber admin, stream sessions, batch upload and pending resources.

Behaviour follows the vendor (VENDOR-FACTS "Panamah Core" and the curated spec):

- Every request carries `x-sdk-identity` (any non-empty value, counted in `sdk_identities`);
  without it, or without `Authorization`, the answer is 401 (the spec's `Unauthorized`).
- `Authorization` holds raw tokens (no `Bearer`): the partner token for the admin calls and
  `POST /stream/auth`, a refresh token for `GET /stream/auth/refresh`, an access token for the
  other stream calls. A wrong, expired or used-up token answers 403.
- `POST /stream/auth` checks `key == base64(SHA1(secret + assinanteId + ts))` and that `ts` is
  within `ts_window` seconds of the injected clock; `assinanteId` `*` opens a partner-wide session.
  `ts` may be a string of digits or a JSON integer (the official Python SDK sends the number).
- Subscribers need `id`, `nome` and `fantasia`; fields Panamah does not know (e.g. the official
  SDK's snake_case `softwares_em_contratos_de_manutencao`) are ignored, not stored.
- `POST /stream/data` answers 200 with per-operation `sucessos`/`falhas`: a failed operation
  never fails the batch. A delete of a record Panamah does not hold is a falha ("Registro não
  encontrado", the spec's own example).
- `GET /stream/pending-resources` lists ids that stored records name but Panamah never
  received, for the tipos in `pending_tipos` (Panamah reports only PRODUTO today).
- Errors are `{message, detail?}`. Validation answers 422 on the admin calls (documented by
  Panamah) and 400 on the stream calls (the spec's inferred `BadRequest`).
"""

from __future__ import annotations

import copy
import hmac
import json
import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from fastjsonschema import JsonSchemaException
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
from .models import ModelCatalog
from .seed import SEED_HOST, SEED_SDK_IDENTITY, SeedSizes, seed_products, seed_sales, seed_subscriber
from .sessions import Grant, TokenStore, key_matches

__all__ = ["DEFAULT_PARTNER_SECRET", "DEFAULT_PARTNER_TOKEN", "SDK_IDENTITY", "PanamahMock"]

DEFAULT_PARTNER_TOKEN = "pnm-test-partner-token-0001"
DEFAULT_PARTNER_SECRET = "pnm-test-partner-secret-0001"
SDK_IDENTITY = "panamah-api1.0.0"  # what API partners send; the mock accepts any non-empty value
# Panamah lists ASSINANTE among the stream tipos but refuses it there: subscribers are admin-only.
REFUSED_ON_STREAM = frozenset({"ASSINANTE"})
MAX_FAILURE_DETAILS = 5  # validation errors quoted in one falha's `mensagem`
MAX_TS_DIGITS = 20  # far beyond any Unix time in seconds
# The status each operation answers to a request the spec rejects, and its message: 422 on the
# admin writes (documented), 404 for a path id that can name no subscriber, 400 on the stream.
INVALID_MESSAGES = {400: "Requisição inválida", 404: "Assinante não existe.", 422: "Erro de validação"}

Records = dict[str, dict[str, dict[str, Any]]]  # tipo -> record id -> record


class PanamahMock(VendorMock):
    slug = "panamah"
    overlay = "panamah"
    max_body_bytes = 5 * MIB  # batches are KB-sized; an operation larger than a batch still goes alone

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        faults: FaultConfig | None = None,
        seed: int = 11,
        assinantes: int = 3,
        products_per_assinante: int = 4,
        sales_per_assinante: int = 3,
        partner_token: str = DEFAULT_PARTNER_TOKEN,
        partner_secret: str = DEFAULT_PARTNER_SECRET,
        ts_window: float = 300.0,
        access_token_ttl: float = 3_600.0,
        refresh_token_ttl: float = 86_400.0,
        pending_tipos: Iterable[str] = ("PRODUTO",),
    ) -> None:
        super().__init__(clock=clock, faults=faults)
        self.partner_token = partner_token
        self.partner_secret = partner_secret
        self.ts_window = ts_window
        self.pending_tipos = frozenset(pending_tipos)
        self.catalog = ModelCatalog(self.validator.spec)
        schemas = self.validator.spec["components"]["schemas"]
        # Which body fields a create/update stores, and which the server owns, per the spec.
        self._create_fields = frozenset(schemas["AssinanteCreateRequest"]["properties"])
        self._update_fields = frozenset(schemas["AssinanteUpdateRequest"]["properties"])
        self._server_fields = frozenset(
            name for name, field in schemas["AssinanteRecord"]["properties"].items() if field.get("readOnly")
        )
        self.assinantes: dict[str, dict[str, Any]] = {}
        self.records: dict[str, Records] = {}  # assinanteId -> stream records
        self.sdk_identities: Counter[str] = Counter()
        # Stream token requests received, "auth" and "refresh", answered or not: what a test
        # counts to prove a refresh was single-flight, whatever transport carried it.
        self.token_requests: Counter[str] = Counter()
        self.tokens = TokenStore(
            self.clock, random.Random(seed + 1), access_ttl=access_token_ttl, refresh_ttl=refresh_token_ttl
        )
        self._seed_value = seed
        self._sizes = SeedSizes(assinantes, products_per_assinante, sales_per_assinante)
        self.reset_state()

    # --- VendorMock ----------------------------------------------------------------------------

    def routes(self) -> Sequence[BaseRoute]:
        return [
            Route("/admin/assinantes", self.create_assinante, methods=["POST"]),
            # One route per path, so a 405 lists every method of the path in `Allow`.
            Route("/admin/assinantes/{id}", self.assinante, methods=["GET", "PUT", "DELETE"]),
            Route("/stream/auth", self.authenticate_stream, methods=["POST"]),
            Route("/stream/auth/refresh", self.refresh_stream_tokens, methods=["GET"]),
            Route("/stream/data", self.send_stream_data, methods=["POST"]),
            Route("/stream/pending-resources", self.list_pending_resources, methods=["GET"]),
        ]

    def error_response(self, status: int, message: str, problems: Sequence[Problem] = ()) -> Response:
        body = {"message": message}
        if problems:
            body["detail"] = "; ".join(_describe(problem) for problem in problems)
        return json_response(body, status)

    def connect_arguments(self) -> dict[str, str]:
        return {"partner_token": self.partner_token, "partner_secret": self.partner_secret}

    def credentials(self) -> dict[str, str]:
        return {
            "Authorization (partner token, raw)": self.partner_token,
            "partner secret (key = base64(SHA1(secret + assinanteId + ts)))": self.partner_secret,
            "x-sdk-identity": SDK_IDENTITY,
            "assinantes": ", ".join(self.assinantes) or "none",
        }

    # --- admin ---------------------------------------------------------------------------------

    async def create_assinante(self, request: Request) -> Response:
        identity = self._authorize_partner(request)
        body = (await self._validate(request, 422)).body
        if body["id"] in self.assinantes:
            return self._error(409, "Assinante já existe.", f"id {body['id']}")
        record = self._store_assinante(body, host=_client_host(request), identity=identity)
        return json_response(record, 201)

    async def assinante(self, request: Request) -> Response:
        handlers = {"PUT": self.update_assinante, "DELETE": self.delete_assinante}
        return await handlers.get(request.method, self.get_assinante)(request)  # GET, and HEAD like GET

    async def get_assinante(self, request: Request) -> Response:
        self._authorize_partner(request)
        valid = await self._validate(request, 404)
        return json_response(self._assinante(valid.path("id")))

    async def update_assinante(self, request: Request) -> Response:
        self._authorize_partner(request)
        valid = await self._validate(request, 422)
        current = self._assinante(valid.path("id"))
        body: dict[str, Any] = valid.body
        if body["id"] != current["id"]:
            return self._error(422, "Erro de validação", "o id do corpo deve ser o id da rota")
        kept = {name: current[name] for name in self._server_fields}  # set by Panamah, never by the client
        sent = {name: value for name, value in body.items() if name in self._update_fields}
        record = {**_assinante_defaults(), **sent, **kept}
        self.assinantes[current["id"]] = record
        return json_response(record)

    async def delete_assinante(self, request: Request) -> Response:
        self._authorize_partner(request)
        valid = await self._validate(request, 404)
        assinante_id = self._assinante(valid.path("id"))["id"]
        del self.assinantes[assinante_id]
        self.records.pop(assinante_id, None)  # its stream data goes with it
        return Response(status_code=200)  # Panamah documents no body

    # --- stream --------------------------------------------------------------------------------

    async def authenticate_stream(self, request: Request) -> Response:
        self.token_requests["auth"] += 1
        self._authorize_partner(request)
        body = (await self._validate(request, 400)).body
        # `ts` comes as a string of digits (the reference) or a JSON integer (the official Python SDK):
        # the key is computed over its decimal digits either way.
        refused = self._refuse_stream_auth(body["assinanteId"], body["key"], str(body["ts"]))
        if refused:
            return self._error(403, "Credenciais inválidas", refused)
        return json_response(self.tokens.issue(body["assinanteId"]))

    async def refresh_stream_tokens(self, request: Request) -> Response:
        self.token_requests["refresh"] += 1
        self._identify(request)
        token = self._bearer_free_token(request)
        await self._validate(request, 400)
        tokens = self.tokens.refresh(token)
        if tokens is None:
            detail = "refresh token inválido, expirado ou já usado; autentique de novo"
            return self._error(403, "Token expirado", detail)
        return json_response(tokens)

    async def send_stream_data(self, request: Request) -> Response:
        grant = self._authorize_stream(request)
        batch = await self._valid_batch(request)
        if batch is None:  # openapi-core's full validation: the 400 and its problems, or the body
            batch = (await self._validate(request, 400)).body
        sucessos: list[dict[str, Any]] = []
        falhas: list[dict[str, Any]] = []
        for operation in batch:
            item, reason = self._apply(grant, operation)
            if reason is None:
                sucessos.append({key: item[key] for key in ("tipo", "op", "id")})
            else:
                falhas.append({**item, "mensagem": reason})
        return json_response(
            {"sucessos": {"total": len(sucessos), "itens": sucessos}, "falhas": {"total": len(falhas), "itens": falhas}}
        )

    async def list_pending_resources(self, request: Request) -> Response:
        grant = self._authorize_stream(request)
        query = (await self._validate(request, 400)).parameters["query"]
        start, count = query["start"], query["count"]  # openapi-core fills in the spec's defaults
        page = self.pending(grant)[start : start + count]
        grouped: dict[str, dict[str, list[str]]] = {}
        for assinante_id, tipo, record_id in page:
            grouped.setdefault(assinante_id, {}).setdefault(tipo, []).append(record_id)
        return json_response(grouped)

    # --- state ---------------------------------------------------------------------------------

    def pending(self, grant: Grant) -> list[tuple[str, str, str]]:
        """(assinanteId, tipo, id) of every record the session's stored data names but Panamah
        never received, in a stable order (so `start`/`count` pages do not shift between calls)."""
        found: set[tuple[str, str, str]] = set()
        for assinante_id in self._scope(grant):
            stored = self.records.get(assinante_id, {})
            for tipo, records in stored.items():
                for record in records.values():
                    for target, record_id in self.catalog.referenced_ids(tipo, record):
                        if target in self.pending_tipos and record_id not in stored.get(target, {}):
                            found.add((assinante_id, target, record_id))
        return sorted(found)

    def _scope(self, grant: Grant) -> list[str]:
        if grant.partner_wide:
            return list(self.assinantes)
        return [grant.assinante_id] if grant.assinante_id in self.assinantes else []

    def _apply(self, grant: Grant, operation: Mapping[str, Any]) -> tuple[dict[str, Any], str | None]:
        """Applies one stream operation; answers its result item and why it failed (None: it did not)."""
        tipo, op, data = operation["tipo"], operation["op"], operation["data"]
        item: dict[str, Any] = {"tipo": tipo, "op": op, "id": _id_text(data.get("id"))}
        assinante_id, reason = self._operation_assinante(grant, operation)
        if assinante_id is not None:
            item["assinanteId"] = assinante_id
        if reason is not None or assinante_id is None:
            return item, reason
        if tipo in REFUSED_ON_STREAM:
            return item, f"{tipo} não é aceito no stream; use /admin/assinantes"
        record_id = data.get("id")
        if not isinstance(record_id, str) or not record_id:
            return item, "data.id é obrigatório e deve ser texto"
        records = self.records.setdefault(assinante_id, {}).setdefault(tipo, {})
        if op.lower() == "delete":
            return item, None if records.pop(record_id, None) is not None else "Registro não encontrado"
        errors = self.catalog.errors(tipo, data)
        if errors:
            return item, "dados inválidos: " + "; ".join(errors[:MAX_FAILURE_DETAILS])
        records[record_id] = copy.deepcopy(dict(data))
        return item, None

    def _operation_assinante(self, grant: Grant, operation: Mapping[str, Any]) -> tuple[str | None, str | None]:
        named = operation.get("assinanteId")
        if grant.partner_wide and named is None:
            return None, "assinanteId é obrigatório numa sessão de parceiro (*)"
        if not grant.partner_wide and named not in (None, grant.assinante_id):
            return named, "assinanteId difere do assinante da sessão"
        assinante_id = grant.assinante_id if named is None else str(named)
        if assinante_id not in self.assinantes:
            return assinante_id, "Assinante não existe."
        return assinante_id, None

    def _assinante(self, assinante_id: str) -> dict[str, Any]:
        record = self.assinantes.get(assinante_id)
        if record is None:
            raise Reject(self._error(404, "Assinante não existe.", f"id {assinante_id}"))
        return record

    def _store_assinante(self, body: Mapping[str, Any], *, host: str, identity: str) -> dict[str, Any]:
        sent = {name: value for name, value in body.items() if name in self._create_fields}
        record = {**_assinante_defaults(), **sent, "creatorHost": host, "creatorSDKIdentity": identity, "planoUso": {}}
        self.assinantes[record["id"]] = record
        self.records.setdefault(record["id"], {})
        return record

    def collections(self) -> dict[str, SeedCollection]:
        """`assinantes` (subscriber records as the admin API answers them) and `stream_records`
        (`{"assinanteId", "tipo", "data"}`: one stream model record, e.g. a PRODUTO, per item)."""
        return {
            "assinantes": SeedCollection(
                "id", self._export_assinantes, self._load_assinantes, "AssinanteRecord", self._complete_assinante
            ),
            "stream_records": SeedCollection(
                ("assinanteId", "tipo", "id"),
                self._export_stream,
                self._load_stream,
                complete=_with_record_id,
                check=self._stream_record_problems,
            ),
        }

    def _export_assinantes(self) -> list[dict[str, Any]]:
        return [copy.deepcopy(record) for record in self.assinantes.values()]

    def _load_assinantes(self, records: list[dict[str, Any]]) -> None:
        self.assinantes = {record["id"]: record for record in records}
        self.records = {assinante: self.records.get(assinante, {}) for assinante in self.assinantes}

    def _complete_assinante(self, record: dict[str, Any]) -> dict[str, Any]:
        defaults = {**_assinante_defaults(), "creatorHost": SEED_HOST, "creatorSDKIdentity": SEED_SDK_IDENTITY}
        return {**defaults, "planoUso": {}, **record}

    def _export_stream(self) -> list[dict[str, Any]]:
        return [
            {"assinanteId": assinante, "tipo": tipo, "data": copy.deepcopy(data)}
            for assinante, by_tipo in self.records.items()
            for tipo, items in by_tipo.items()
            for data in items.values()
        ]

    def _load_stream(self, records: list[dict[str, Any]]) -> None:
        self.records = {assinante: {} for assinante in self.assinantes}
        for record in records:
            self.records[record["assinanteId"]].setdefault(record["tipo"], {})[record["data"]["id"]] = record["data"]

    def _stream_record_problems(self, record: dict[str, Any]) -> list[str]:
        if record["assinanteId"] not in self.assinantes:
            return [f"no assinante {record['assinanteId']!r} (seed it under 'assinantes' first, or in the same seed)"]
        if not isinstance(record.get("data"), dict):
            return ["'data' must be the stream model's record, a mapping"]
        try:
            return self.catalog.errors(str(record["tipo"]), record["data"])
        except KeyError:
            return [f"unknown tipo {record['tipo']!r}; Panamah's stream models are {', '.join(self.catalog.tipos)}"]

    def reset(self) -> None:
        """As every mock's `reset()`; the counts of requests received (`token_requests`,
        `sdk_identities`) are emptied with the request log."""
        super().reset()
        self.token_requests.clear()
        self.sdk_identities.clear()

    def reset_state(self) -> None:
        """Back to the seeded subscribers and stream records (issued tokens stay valid)."""
        self.assinantes.clear()
        self.records.clear()
        self._seed(random.Random(self._seed_value), self._sizes)

    def _seed(self, rng: random.Random, sizes: SeedSizes) -> None:
        for index in range(sizes.subscribers):
            record = self._store_assinante(seed_subscriber(rng, index), host=SEED_HOST, identity=SEED_SDK_IDENTITY)
            products = seed_products(self.catalog, rng, sizes.products)
            sales = seed_sales(self.catalog, rng, [product["id"] for product in products], sizes.sales)
            self.records[record["id"]] = {
                "PRODUTO": {product["id"]: product for product in products},
                "VENDA": {sale["id"]: sale for sale in sales},
            }

    # --- auth and validation ---------------------------------------------------------------

    def _identify(self, request: Request) -> str:
        identity = request.headers.get("x-sdk-identity", "").strip()
        if not identity:
            raise Reject(self._error(401, "Não autorizado", "o cabeçalho x-sdk-identity é obrigatório"))
        self.sdk_identities[identity] += 1
        return identity

    def _bearer_free_token(self, request: Request) -> str:
        token = request.headers.get("authorization", "").strip()
        if not token:
            raise Reject(self._error(401, "Não autorizado", "o cabeçalho Authorization é obrigatório"))
        return token

    def _authorize_partner(self, request: Request) -> str:
        """The caller's x-sdk-identity, once the partner token is accepted."""
        identity = self._identify(request)
        token = self._bearer_free_token(request)
        if not hmac.compare_digest(token.encode(), self.partner_token.encode()):
            raise Reject(self._error(403, "Token inválido", _token_hint(token, "o token de autorização do parceiro")))
        return identity

    def _authorize_stream(self, request: Request) -> Grant:
        self._identify(request)
        token = self._bearer_free_token(request)
        grant = self.tokens.access(token)
        if grant is None:
            hint = _token_hint(token, "um access token válido; renove-o em /stream/auth/refresh")
            raise Reject(self._error(403, "Token expirado", hint))
        return grant

    def _refuse_stream_auth(self, assinante_id: str, key: str, ts: str) -> str | None:
        """Why `POST /stream/auth` refuses these credentials; None when it accepts them."""
        if not key_matches(self.partner_secret, assinante_id, ts, key):
            return "key não confere com base64(SHA1(secret + assinanteId + ts))"
        if not self._ts_fresh(ts):
            return f"ts fora da janela de {self.ts_window:g} s em torno do horário do servidor"
        if assinante_id != "*" and assinante_id not in self.assinantes:
            return "Assinante não existe."
        return None

    def _ts_fresh(self, ts: str) -> bool:
        # Integer arithmetic: a ts of hundreds of digits must not overflow a float (or int()'s digit limit).
        if len(ts) > MAX_TS_DIGITS:
            return False
        return abs(int(ts) - int(self.clock.now())) <= self.ts_window

    async def _valid_batch(self, request: Request) -> list[dict[str, Any]] | None:
        """A stream batch that the compiled envelope validator accepts (the operation has no
        parameters, so its body is all openapi-core would check); None sends the request
        through openapi-core, which then answers for it."""
        if request.headers.get("content-type", "").split(";", 1)[0].strip().lower() != "application/json":
            return None
        raw = await request.body()
        try:
            batch = json.loads(raw)
            self.catalog.compiled_batch(batch)
        except (ValueError, JsonSchemaException):  # not JSON (ValueError), or refused
            return None
        return cast("list[dict[str, Any]]", batch)

    async def _validate(self, request: Request, status: int) -> ValidatedRequest:
        """`validate()`, answering the status Panamah uses for a bad request on this operation."""
        try:
            return await self.validate(request)
        except RequestInvalid as invalid:
            raise Reject(self.error_response(status, INVALID_MESSAGES[status], invalid.problems)) from invalid

    def _error(self, status: int, message: str, detail: str | None = None) -> Response:
        return json_response({"message": message} | ({"detail": detail} if detail else {}), status)


def _with_record_id(record: dict[str, Any]) -> dict[str, Any]:
    data = record.get("data")
    if isinstance(data, dict) and "id" in data:
        record["id"] = data["id"]
    return record


def _assinante_defaults() -> dict[str, Any]:
    """What Panamah answers for fields a subscriber was created or updated without."""
    return {"ativo": True, "oficial": False, "softwaresAtivos": [], "softwaresEmContratosDeManutencao": []}


def _client_host(request: Request) -> str:
    return request.client.host if request.client else "desconhecido"


def _token_hint(token: str, expected: str) -> str:
    if token.lower().startswith("bearer "):
        return f"envie {expected} sem o prefixo Bearer"
    return f"esperado {expected}"


def _id_text(value: object) -> str:
    """`data.id` as failure items carry it: always a string, even when the client sent another type."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _describe(problem: Problem) -> str:
    where = f"{problem.location} {problem.name}" if problem.name else problem.location
    return f"{where}: {problem.message}"
