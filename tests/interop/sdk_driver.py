"""Runs one flow of the official Panamah SDK (panamah-sdk-python 1.0.4) and prints what happened.

This script runs inside the SDK's own environment (`.interop/venv`, see `tests/interop/`),
never in the workspace's: it imports nothing of ours. The test passes the flow's parameters
as one JSON line on stdin; the script prints JSON lines on stdout: progress events (where a
flow waits for the test, e.g. to move the mock's clock) and, last, the result. Every HTTP
exchange the SDK makes is recorded (method, path, status, JSON body), so the test can check
what the mock answered, not only what the SDK made of it.

    PANAMAH_API_URL=http://127.0.0.1:PORT python sdk_driver.py <flow> < params.json
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from typing import Any
from urllib.parse import urlsplit

import panamah_sdk.client as sdk_client
from panamah_sdk.admin import PanamahAdmin
from panamah_sdk.client import StreamClient
from panamah_sdk.models import definitions
from panamah_sdk.models.definitions import PanamahAssinante
from panamah_sdk.processor import ACCUMULATED_PATH, SENT_PATH, BatchProcessor

EXCHANGES: list[dict[str, Any]] = []
_request = sdk_client.requests.request


def _recording_request(method: str, url: str, **kwargs: Any) -> Any:
    """The SDK's `requests.request`, unchanged, with the exchange written down."""
    response = _request(method, url, **kwargs)
    parts = urlsplit(url)
    try:
        body = response.json() if response.content else None
    except ValueError:
        body = response.text
    sent = kwargs.get("json")
    EXCHANGES.append(
        {
            "method": method,
            "path": parts.path + (f"?{parts.query}" if parts.query else ""),
            "sent": sent,
            "status": response.status_code,
            "body": body,
        }
    )
    return response


sdk_client.requests.request = _recording_request


def emit(payload: dict[str, Any]) -> None:
    print(json.dumps(payload), flush=True)


def wait_for_test() -> None:
    if not sys.stdin.readline():
        raise SystemExit("the test closed stdin before telling the flow to go on")


def outcome(call: Any, *args: Any) -> dict[str, Any]:
    """What a call of the SDK did: its result, or the exception it raised."""
    try:
        return {"ok": True, "value": call(*args)}
    except Exception as error:  # the exception type is what the test asserts on
        return {"ok": False, "error": type(error).__name__, "message": str(error)}


def model(tipo: str, record: dict[str, Any]) -> Any:
    """The SDK model of `tipo` holding `record` (camelCase keys, as the spec's examples have them)."""
    classes = [
        cls for cls in vars(definitions).values() if isinstance(cls, type) and getattr(cls, "name", None) == tipo
    ]
    if not classes:
        raise ValueError(f"the SDK has no model {tipo}")
    return build(classes[0], record)


def build(cls: Any, record: dict[str, Any]) -> Any:
    """`cls` with the fields of `record`, nested models included, set as an SDK user sets them.

    The SDK's own `Model.from_json` leaves lists of nested objects as plain dicts, which its
    `validate()` then refuses; so attributes are set here one by one, by the SDK's field names.
    """
    built = cls()
    for key, value in record.items():
        field, name = cls.get_field_by_json_key(key)
        if field is None and key in cls.schema:
            field, name = cls.schema[key], key
        if field is None:
            continue  # a field the SDK does not have
        nested = getattr(field, "object_class", None)
        if nested is not None and isinstance(value, list):
            value = [build(nested, item) for item in value]
        elif nested is not None:
            value = build(nested, value)
        setattr(built, name, value)
    return built


# --- flows -----------------------------------------------------------------------------------


def auth_refresh(params: dict[str, Any]) -> dict[str, Any]:
    """Authenticate, wait while the test expires the access token, then call again (403 -> refresh)."""
    client = StreamClient(params["partner_token"], params["secret"], params["assinante_id"])
    first = client.get("/stream/pending-resources?start=0&count=10")
    emit({"event": "authenticated", "status": first.status_code})
    wait_for_test()
    second = client.get("/stream/pending-resources?start=0&count=10")
    return {"first": first.status_code, "second": second.status_code, "tokens": client._tokens}


def subscriber(params: dict[str, Any]) -> dict[str, Any]:
    """Create, read, update (the SDK has no update call: its admin HTTP client's PUT), delete."""
    admin = PanamahAdmin(params["partner_token"])
    assinante = build(PanamahAssinante, params["assinante"])
    assinante.softwares_em_contratos_de_manutencao = params["maintained"]
    result: dict[str, Any] = {"validate": outcome(lambda: assinante.validate())}
    result["create"] = outcome(lambda: admin.create_assinante(assinante).json(dumps=False))
    result["create_again"] = outcome(lambda: admin.create_assinante(assinante).json(dumps=False))
    result["read"] = outcome(lambda: admin.get_assinante(assinante.id).json(dumps=False))
    assinante.nome = params["new_name"]
    update = admin.client.put("/admin/assinantes/" + assinante.id, assinante.json(dumps=False))
    result["update"] = {"status": update.status_code, "body": update.json()}
    result["delete"] = outcome(lambda: admin.delete_assinante(assinante.id))
    result["read_deleted"] = outcome(lambda: admin.get_assinante(assinante.id).json(dumps=False))
    result["delete_deleted"] = outcome(lambda: admin.delete_assinante(assinante.id))
    return result


def stream(params: dict[str, Any]) -> dict[str, Any]:
    """Save records of several models through the batch processor and flush; then delete some, and flush.

    The processor's thread is never started: its loop has no pause and would spin a core.
    `flush()` is what that loop (and the SDK's commented-out atexit hook) calls to send.
    """
    processor = BatchProcessor(params["partner_token"], params["secret"], params["assinante_id"])
    result: dict[str, Any] = {"saved": {}, "deleted": {}}
    for tipo, record, attributes in params["records"]:
        result["saved"][f"{tipo} {record['id']}"] = outcome(save, processor, tipo, record, attributes)
    result["flush"] = outcome(processor.flush)
    for tipo, record_id in params["deletes"]:
        result["deleted"][f"{tipo} {record_id}"] = outcome(
            lambda tipo, record_id: processor.delete(model(tipo, {"id": record_id})), tipo, record_id
        )
    result["flush_deletes"] = outcome(processor.flush)
    result["accumulated"] = sorted(os.listdir(ACCUMULATED_PATH))
    result["sent"] = sorted(os.listdir(SENT_PATH))
    return result


def save(processor: BatchProcessor, tipo: str, record: dict[str, Any], attributes: dict[str, Any]) -> None:
    """Save `record`; `attributes` sets fields `from_json` cannot reach (the SDK has no camelCase name for them)."""
    built = model(tipo, record)
    for name, value in attributes.items():
        setattr(built, name, value)
    processor.save(built)


def raw_operation(params: dict[str, Any]) -> dict[str, Any]:
    """A record the SDK's validation refuses, checked by the SDK and then sent with its own client."""
    record = model(params["tipo"], params["record"])
    result: dict[str, Any] = {"validate": outcome(lambda: record.validate())}
    client = StreamClient(params["partner_token"], params["secret"], params["assinante_id"])
    operation = {"op": "update", "tipo": params["tipo"], "data": record.json(dumps=False)}
    response = client.post("/stream/data", [operation])
    result["send"] = {"status": response.status_code, "body": response.json()}
    return result


def pending(params: dict[str, Any]) -> dict[str, Any]:
    """Pending resources: page by page (advancing `start` as Panamah documents), then the SDK's loop."""
    processor = BatchProcessor(params["partner_token"], params["secret"], params["assinante_id"])
    count = params["count"]
    pages: list[dict[str, Any]] = []
    start = 0
    for _ in range(params["max_pages"]):
        page, keys = processor.request_pending_resources(start, count)
        pages.append(page)
        if keys == 0:
            break
        start += count
    calls_before = len(EXCHANGES)
    budget = params["sdk_loop_budget"]

    def bounded_get(url: str, headers: dict[str, str] | None = None) -> Any:
        if len(EXCHANGES) - calls_before >= budget:
            raise RuntimeError(f"get_pending_resources still looping after {budget} requests")
        return StreamClient.get(processor.client, url, headers or {})

    processor.client.get = bounded_get  # a bound on the SDK's own loop; each call is the SDK's own
    sdk_loop = outcome(lambda: {key: [m.id for m in found] for key, found in processor.get_pending_resources().items()})
    loop_paths = [exchange["path"] for exchange in EXCHANGES[calls_before:] if "pending" in exchange["path"]]
    return {"pages": pages, "sdk_loop": sdk_loop, "sdk_loop_paths": loop_paths}


def bench(params: dict[str, Any]) -> dict[str, Any]:
    """`count` product updates saved through the batch processor, driven step by step: save, and
    flush whenever the current batch reached one of the SDK's own limits (count, bytes, age),
    then a last flush. The SDK's background thread is not used: it ignores those limits and
    re-sends operations. Timed from the first save to the last answer."""
    import time

    processor = BatchProcessor(params["partner_token"], params["secret"], params["assinante_id"])
    started = time.perf_counter()
    for number in range(params["count"]):
        processor.save(model("PRODUTO", {"id": f"P-{number:06d}", "descricao": f"Produto {number}", "secaoId": "10"}))
        if processor.current_batch_expired():
            processor.flush()
    processor.flush()
    elapsed = time.perf_counter() - started
    answered = [exchange["body"] for exchange in EXCHANGES if exchange["path"] == "/stream/data"]
    acknowledged = sum(body["sucessos"]["total"] for body in answered if isinstance(body, dict))
    EXCHANGES.clear()  # the bench needs the figures, not every exchange
    return {"seconds": elapsed, "batches": len(answered), "acknowledged": acknowledged}


FLOWS = {
    "auth-refresh": auth_refresh,
    "subscriber": subscriber,
    "stream": stream,
    "raw-operation": raw_operation,
    "pending": pending,
    "bench": bench,
}


def main() -> None:
    flow = FLOWS[sys.argv[1]]
    params = json.loads(sys.stdin.readline())
    try:
        result = flow(params)
    except Exception as error:  # reported to the test, which fails with the traceback
        emit({"event": "crashed", "error": repr(error), "traceback": traceback.format_exc(), "exchanges": EXCHANGES})
        raise SystemExit(1) from error
    emit({"event": "result", "result": result, "exchanges": EXCHANGES})


if __name__ == "__main__":
    main()
