"""Schemathesis CLI hooks for `make contract-cli`: what a schema cannot say about a valid call.

Loaded by the schemathesis CLI (`SCHEMATHESIS_HOOKS`), in its own process: it talks to the
served mock over HTTP only, as any CLI user would. `scripts/contract_cli.py` sets
`CONTRACT_CLI_VENDOR` and `CONTRACT_CLI_BASE_URL` for the vendor under test.

- Panamah: each call carries the raw token its operation takes (partner token, a session's
  access token, or a fresh refresh token) and `x-sdk-identity`; positive `POST /stream/auth`
  bodies get the current `ts` and its key, and `PUT /admin/assinantes/{id}` the path's id.
- Panorays: a positive case's `next_token` is a cursor the mock issued (`use_issued_cursor`).
- Every vendor: an integral float drawn for an integer path or query parameter (`1299805.0`,
  an integer to JSON Schema) is sent as the integer it is; written with a fraction in a URL, no
  server's integer binding takes it.
- PaymentWorks: the token rotation is pointed at a user that does not exist (404), so it never
  rotates the token the remaining calls authenticate with.
"""

from __future__ import annotations

import os
import time
from typing import Any
from urllib.parse import unquote

import httpx
import schemathesis

from contract.harness import use_issued_cursor
from vendor_mocks.panamah.sessions import stream_key

VENDOR = os.environ.get("CONTRACT_CLI_VENDOR", "")
BASE_URL = os.environ.get("CONTRACT_CLI_BASE_URL", "")
PANAMAH_PARTNER_TOKEN = os.environ.get("CONTRACT_CLI_PANAMAH_TOKEN", "")
PANAMAH_SECRET = os.environ.get("CONTRACT_CLI_PANAMAH_SECRET", "")
PANAMAH_SUBSCRIBER = os.environ.get("CONTRACT_CLI_PANAMAH_SUBSCRIBER", "")
PANORAYS_TOKEN = os.environ.get("CONTRACT_CLI_PANORAYS_TOKEN", "")
PANAMAH_IDENTITY = "panamah-api1.0.0"
STREAM_PATHS = frozenset({"/stream/data", "/stream/pending-resources"})


def _panamah_tokens(assinante_id: str) -> dict[str, str]:
    ts = str(int(time.time()))
    body = {"assinanteId": assinante_id, "ts": ts, "key": stream_key(PANAMAH_SECRET, assinante_id, ts)}
    headers = {"Authorization": PANAMAH_PARTNER_TOKEN, "x-sdk-identity": PANAMAH_IDENTITY}
    response = httpx.post(f"{BASE_URL}/stream/auth", json=body, headers=headers, timeout=10)
    response.raise_for_status()
    tokens: dict[str, str] = response.json()
    return tokens


_SESSION: dict[str, str] = {}


@schemathesis.auth(refresh_interval=None)  # a token per call: which one depends on the operation
class PanamahTokens:
    def get(self, case: schemathesis.Case[Any], ctx: Any) -> str | None:
        if VENDOR != "panamah":
            return None
        path = case.operation.path
        if path in STREAM_PATHS:
            if not _SESSION:
                _SESSION.update(_panamah_tokens(PANAMAH_SUBSCRIBER))
            return _SESSION["accessToken"]
        if path == "/stream/auth/refresh":
            return _panamah_tokens("*")["refreshToken"]  # a refresh uses its token up
        return PANAMAH_PARTNER_TOKEN

    def set(self, case: schemathesis.Case[Any], data: str | None, ctx: Any) -> None:
        if data is not None:
            if case.headers is None:
                case.headers = {}
            case.headers["Authorization"] = data
            case.headers["x-sdk-identity"] = PANAMAH_IDENTITY


def _panamah(case: schemathesis.Case[Any]) -> None:
    body = case.body
    if case.meta is None or not case.meta.generation.mode.is_positive or not isinstance(body, dict):
        return
    path = case.operation.path
    if path == "/admin/assinantes/{id}" and case.method.upper() == "PUT" and case.path_parameters:
        body["id"] = unquote(str(case.path_parameters["id"]))
    elif path == "/stream/auth" and isinstance(assinante_id := body.get("assinanteId"), str):
        ts = str(int(time.time()))
        body.update(ts=ts, key=stream_key(PANAMAH_SECRET, assinante_id, ts))


def _paymentworks(case: schemathesis.Case[Any]) -> None:
    if case.operation.path == "/users/{userId}/refresh_auth_token/":
        case.path_parameters = {"userId": 999}


def _integral_floats_as_integers(case: schemathesis.Case[Any]) -> None:
    for values in (case.path_parameters, case.query):
        for name, value in (values or {}).items():
            if isinstance(value, float) and value.is_integer():
                values[name] = int(value)


@schemathesis.hook
def before_call(ctx: Any, case: schemathesis.Case[Any], **kwargs: Any) -> None:
    _integral_floats_as_integers(case)
    if VENDOR == "panamah":
        _panamah(case)
    elif VENDOR == "paymentworks":
        _paymentworks(case)
    elif VENDOR == "panorays":
        with httpx.Client(base_url=BASE_URL, timeout=10) as client:
            use_issued_cursor(case, client, {"Authorization": PANORAYS_TOKEN})
