"""PaymentWorks mock: DRF token auth, DRF pagination, the documented filters, bulk status,
CSV supplier load and token rotation.

Behaviour follows the vendor: `Authorization: Token <token>` (401 `{detail}` with
`WWW-Authenticate: Token` otherwise), pages of `{count, next, previous, results}` with
absolute `next`/`previous` URLs, 404 `{"detail": "Invalid page."}` past the last page, 500 as
Django's HTML error page, and a token refresh that invalidates the old token at once.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import random
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Route

from ._core import MIB, Clock, FaultConfig, Problem, Reject, VendorMock, json_response
from ._core import Collection as SeedCollection

__all__ = ["PaymentWorksMock"]

DEFAULT_USER_ID = 1
DEFAULT_TOKEN = "pw-test-token-0001"
CSV_REQUIRED_COLUMNS = ("vendor_num", "name")
SUPPLIER_NAMES = (
    "Home Depot",
    "Home Depot of Wolcott",
    "Acme Industrial Supply",
    "Blue Ridge Paper Co",
    "Cascade Office Furniture",
    "Delta Lab Instruments",
    "Evergreen Facilities",
    "Frontier Freight LLC",
)


@dataclass
class _User:
    id: int
    token: str


def _display(varname: str) -> str:
    """Spec enum varname -> the display string PaymentWorks answers (`PROCESSED` -> `Processed`)."""
    return varname.replace("_", " ").title()


class PaymentWorksMock(VendorMock):
    slug = "paymentworks"
    overlay = "paymentworks"
    max_body_bytes = 10 * MIB  # vendor loads upload a CSV file

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        faults: FaultConfig | None = None,
        seed: int = 7,
        updates: int = 57,
        new_vendor_requests: int = 23,
    ) -> None:
        super().__init__(clock=clock, faults=faults)
        schemas = self.validator.spec["components"]["schemas"]
        # Code -> display string, read from the spec's enums (e.g. 2 -> "Rejected").
        self.update_statuses = self._enum_display(schemas["UpdateStatusCode"])
        self.request_statuses = self._enum_display(schemas["NewVendorRequestStatusCode"])
        self.request_types = self._enum_display(schemas["NewVendorRequestTypeCode"])
        self.group_names: list[str] = list(schemas["UpdateGroupName"]["enum"])
        self.users: dict[int, _User] = {}
        self.loaded_suppliers: list[dict[str, str]] = []
        self.updates: list[dict[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        self._seeding = (seed, updates, new_vendor_requests)
        self.reset_state()

    def reset_state(self) -> None:
        """The seeded updates and new vendor requests, no loaded suppliers, the user's first token."""
        seed, updates, new_vendor_requests = self._seeding
        self.users = {DEFAULT_USER_ID: _User(DEFAULT_USER_ID, DEFAULT_TOKEN)}
        self.loaded_suppliers = []
        rng = random.Random(seed)
        self.updates = [self._make_update(rng, index) for index in range(updates)]
        self.requests = [self._make_request(rng, index) for index in range(new_vendor_requests)]

    def collections(self) -> dict[str, SeedCollection]:
        """`updates` (as the list answers them) and `new_vendor_requests` (as the details endpoint
        answers them), by `id`."""
        return {
            "updates": SeedCollection("id", self._lister("updates"), self._replacer("updates"), "VendorUpdate"),
            "new_vendor_requests": SeedCollection(
                "id", self._lister("requests"), self._replacer("requests"), "NewVendorRequestDetails"
            ),
        }

    def _lister(self, attribute: str) -> Callable[[], list[dict[str, Any]]]:
        return lambda: copy.deepcopy(getattr(self, attribute))

    def _replacer(self, attribute: str) -> Callable[[list[dict[str, Any]]], None]:
        return lambda records: setattr(self, attribute, records)

    # --- VendorMock ----------------------------------------------------------------------------

    def routes(self) -> Sequence[BaseRoute]:
        return [
            Route("/updates/", self.list_updates, methods=["GET"]),
            Route("/new-vendor-requests/", self.list_new_vendor_requests, methods=["GET"]),
            Route("/new-vendor-requests/bulk/", self.bulk_status, methods=["PUT"]),
            Route("/new-vendor-requests/{id}/details/", self.request_details, methods=["GET"]),
            Route("/suppliers/load/", self.load_suppliers, methods=["POST"]),
            Route("/users/{userId}/refresh_auth_token/", self.refresh_token, methods=["PUT"]),
        ]

    def error_response(self, status: int, message: str, problems: Sequence[Problem] = ()) -> Response:
        if status == 500:
            return HTMLResponse("<h1>Server Error (500)</h1>", status_code=500)
        body: dict[str, Any] = {"detail": message}
        for problem in problems:  # DRF lists field errors under the field's name
            body.setdefault(problem.name or "non_field_errors", []).append(problem.message)
        headers = {"WWW-Authenticate": "Token"} if status == 401 else None
        return json_response(body, status, headers)

    def connect_arguments(self) -> dict[str, str]:
        """The user's current token: after a rotation through the API, the new one."""
        return {"token": self.users[DEFAULT_USER_ID].token}

    def credentials(self) -> dict[str, str]:
        return {
            "Authorization": f"Token {self.users[DEFAULT_USER_ID].token}",
            "user id (for token refresh)": str(DEFAULT_USER_ID),
        }

    # --- handlers --------------------------------------------------------------------------

    async def list_updates(self, request: Request) -> Response:
        self._authenticate(request)
        valid = await self.validate(request)
        query = valid.parameters["query"]
        now = self._now()
        items = [u for u in self.updates if self._update_matches(u, query, now)]
        return self._page(request, items, query)

    async def list_new_vendor_requests(self, request: Request) -> Response:
        self._authenticate(request)
        valid = await self.validate(request)
        query = valid.parameters["query"]
        now = self._now()
        items = [r for r in self.requests if self._request_matches(r, query, now)]
        return self._page(request, [self._summary(r) for r in items], query)

    async def request_details(self, request: Request) -> Response:
        self._authenticate(request)
        valid = await self.validate(request)
        found = self._find_request(valid.path("id"))
        if found is None:
            return self.error_response(404, "Not found.")
        return json_response(found)

    async def bulk_status(self, request: Request) -> Response:
        self._authenticate(request)
        valid = await self.validate(request)
        changes: list[dict[str, Any]] = valid.body
        unknown = [str(change["id"]) for change in changes if self._find_request(change["id"]) is None]
        if unknown:  # check every id first: the bulk change applies all or nothing
            return self.error_response(404, f"No new vendor request with id(s) {', '.join(unknown)}.")
        updated = []
        for change in changes:
            found = self._find_request(change["id"])
            assert found is not None
            found["request_status"] = self.request_statuses[change["request_status"]]
            found["status_ts"] = self._timestamp(self._now())
            updated.append(self._summary(found))
        return json_response(updated)

    async def load_suppliers(self, request: Request) -> Response:
        self._authenticate(request)
        valid = await self.validate(request)  # the spec requires the `suppliers` part
        text = str(valid.body["suppliers"]).removeprefix("\ufeff")
        rows, errors = self._parse_suppliers(text)
        if errors:
            return json_response({"error": "; ".join(errors)}, 400)
        self.loaded_suppliers += rows
        return json_response({"status": "ok", "num_rcvd_suppliers": len(rows)})

    async def refresh_token(self, request: Request) -> Response:
        user = self._authenticate(request)
        valid = await self.validate(request)
        user_id = valid.path("userId")
        if user_id not in self.users:
            return self.error_response(404, "Not found.")
        if user_id != user.id:
            return self.error_response(403, "You do not have permission to perform this action.")
        user.token = secrets.token_hex(20)  # the old token stops working immediately
        return json_response({"status": "ok", "auth_token": user.token})

    # --- auth -------------------------------------------------------------------------------

    def _authenticate(self, request: Request) -> _User:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme != "Token" or not token:
            raise Reject(self.error_response(401, "Authentication credentials were not provided."))
        for user in self.users.values():
            if secrets.compare_digest(user.token, token):
                return user
        if token.startswith("Token "):  # the scheme twice: the README's header value passed as the token
            raise Reject(
                self.error_response(401, "Invalid token. Pass the bare token: connect(token=...) adds 'Token '.")
            )
        raise Reject(self.error_response(401, "Invalid token."))

    # --- pagination and filters -------------------------------------------------------------------

    def _page(self, request: Request, items: list[dict[str, Any]], query: dict[str, Any]) -> Response:
        per_page = query.get("per_page", 10)
        page = query.get("page", 1)
        pages = max(1, -(-len(items) // per_page))
        if page > pages:
            return self.error_response(404, "Invalid page.")

        def link(number: int) -> str:
            return str(request.url.include_query_params(page=number))

        return json_response(
            {
                "count": len(items),
                "next": link(page + 1) if page < pages else None,
                "previous": link(page - 1) if page > 1 else None,
                "results": items[(page - 1) * per_page : page * per_page],
            }
        )

    def _update_matches(self, update: dict[str, Any], query: dict[str, Any], now: dt.datetime) -> bool:
        checks: list[Callable[[], bool]] = []
        if "status" in query:
            checks.append(lambda: update["status"] == self.update_statuses[query["status"]])
        if "status_change_since" in query:
            checks.append(lambda: _date(update["status_ts"]) >= query["status_change_since"])
        if "value_change_since" in query:
            checks.append(lambda: _date(update["ts"]) >= query["value_change_since"])
        if "since" in query:
            checks.append(lambda: _date(update["ts"]) >= query["since"])
        if "last_n_days" in query:
            checks.append(lambda: _parse(update["ts"]) >= _days_ago(now, query["last_n_days"]))
        if "supplier_name" in query:
            checks.append(lambda: update["vendor_name"].casefold().startswith(query["supplier_name"].casefold()))
        if "group_name" in query:
            checks.append(lambda: update["group_name"] == _group_display(query["group_name"]))
        if "vendor_num" in query:
            checks.append(lambda: any(v["vendor_num"] == query["vendor_num"] for v in update["vendor_nums"]))
        if "site_code" in query:
            checks.append(lambda: any(query["site_code"] in v["site_codes"] for v in update["vendor_nums"]))
        return all(check() for check in checks)

    def _request_matches(self, item: dict[str, Any], query: dict[str, Any], now: dt.datetime) -> bool:
        checks: list[Callable[[], bool]] = []
        if "status" in query:
            checks.append(lambda: item["request_status"] == self.request_statuses[query["status"]])
        if "type" in query:
            checks.append(lambda: item["request_type"] == self.request_types[query["type"]])
        if query.get("resubmitted_only"):
            checks.append(lambda: bool(item["is_resubmitted"]))
        if "status_change_since" in query:
            checks.append(lambda: _date(item["status_ts"]) >= query["status_change_since"])
        if "since" in query:
            checks.append(lambda: _date(item["last_submitted_ts"]) >= query["since"])
        if "last_n_days" in query:
            checks.append(lambda: _parse(item["last_submitted_ts"]) >= _days_ago(now, query["last_n_days"]))
        if "supplier_name" in query:
            name = item["requesting_company"]["legal_name"]
            checks.append(lambda: name.casefold().startswith(query["supplier_name"].casefold()))
        return all(check() for check in checks)

    # --- data ----------------------------------------------------------------------------------

    @staticmethod
    def _enum_display(schema: dict[str, Any]) -> dict[int, str]:
        return {code: _display(name) for code, name in zip(schema["enum"], schema["x-enum-varnames"], strict=True)}

    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.clock.now(), dt.UTC)

    @staticmethod
    def _timestamp(moment: dt.datetime) -> str:
        return moment.isoformat()

    def _make_update(self, rng: random.Random, index: int) -> dict[str, Any]:
        created = self._now() - dt.timedelta(days=rng.randint(0, 120), seconds=rng.randint(0, 86_399))
        vendor_num = str(10_000 + rng.randint(0, 9_999))
        site_codes = sorted({str(rng.randint(1, 4)) for _ in range(rng.randint(1, 2))})
        telephone_from = f"+1202{rng.randint(1_000_000, 9_999_999)}"
        telephone_to = f"+1202{rng.randint(1_000_000, 9_999_999)}"
        return {
            "id": 22_000 + index,
            "ts": self._timestamp(created),
            "status_ts": self._timestamp(created + dt.timedelta(hours=rng.randint(0, 72))),
            "vendor_nums": [{"site_codes": site_codes, "vendor_num": vendor_num}],
            "vendor_name": rng.choice(SUPPLIER_NAMES),
            "group_name": _group_display(rng.choice(self.group_names)),
            "from_value_display": f"Telephone: {telephone_from}",
            "to_value_display": f"Telephone: {telephone_to}",
            "status": self.update_statuses[rng.choice(list(self.update_statuses))],
            "field_changes": [{"field_name": "Telephone", "from_value": telephone_from, "to_value": telephone_to}],
            "user_can_approve": False,
            "pending_approvers": [],
            "user_can_skip": False,
            "user_can_bypass": False,
            "addr_validated": None,
            "bank_validation_status_display": "",
            "bank_verification_reason_context": None,
            "bank_verification_note": None,
            "metadata": {},
        }

    def _make_request(self, rng: random.Random, index: int) -> dict[str, Any]:
        submitted = self._now() - dt.timedelta(days=rng.randint(0, 90), seconds=rng.randint(0, 86_399))
        name = rng.choice(SUPPLIER_NAMES)
        company_id = 12_500 + index
        return {
            "id": 19_640 + index,  # the spec's examples name 19657 and 19658
            "ts": self._timestamp(submitted - dt.timedelta(minutes=5)),
            "status_ts": self._timestamp(submitted + dt.timedelta(hours=rng.randint(0, 48))),
            "request_status": self.request_statuses[rng.choice(list(self.request_statuses))],
            "request_type": self.request_types[rng.choice(list(self.request_types))],
            "is_resubmitted": rng.random() < 0.25,
            "last_submitted_ts": self._timestamp(submitted),
            "exported_ts": None,
            "num_submits": rng.randint(1, 3),
            "ip_address": None,
            "requested_by": 18_000 + index,
            "customer": 12_589,
            "matched_supplier": None,
            "requesting_company": {
                "id": company_id,
                "legal_name": name,
                "tin": f"{rng.randint(100_000_000, 999_999_999)}",
                "tin_type": 1,
                "tax_country": "US",
                "duns": "",
                "uei": "",
                "telephone": f"+1202{rng.randint(1_000_000, 9_999_999)}",
                "remittance_addresses": [],
                "tax_classification": {"code": 1, "name": "C Corporation"},
            },
        }

    @staticmethod
    def _summary(item: dict[str, Any]) -> dict[str, Any]:
        """The list serializer's view of a request (fewer fields than the details)."""
        return {
            "id": item["id"],
            "request_status": item["request_status"],
            "request_type": item["request_type"],
            "requesting_company": {
                "id": item["requesting_company"]["id"],
                "name": item["requesting_company"]["legal_name"],
            },
            "ts": item["ts"],
            "last_submitted_ts": item["last_submitted_ts"],
            "is_resubmitted": item["is_resubmitted"],
            "user_can_approve": False,
            "user_can_bypass": False,
            "pending_approvers": [],
            "latest_sent_msg_id": None,
            "tags": [],
        }

    def _find_request(self, request_id: int) -> dict[str, Any] | None:
        return next((item for item in self.requests if item["id"] == request_id), None)

    @staticmethod
    def _parse_suppliers(text: str) -> tuple[list[dict[str, str]], list[str]]:
        reader = csv.DictReader(io.StringIO(text))
        columns = reader.fieldnames or []
        missing = [column for column in CSV_REQUIRED_COLUMNS if column not in columns]
        if missing:
            found = ", ".join(columns) or "none"
            return [], [f"missing column(s): {', '.join(missing)} (the header row names: {found})"]
        rows: list[dict[str, str]] = []
        errors: list[str] = []
        for line, row in enumerate(reader, start=2):
            for column in CSV_REQUIRED_COLUMNS:
                if not (row.get(column) or "").strip():
                    errors.append(f"row {line}: {column} is required")
            tin = (row.get("tin") or "").strip()
            if tin and not (tin.isdigit() and len(tin) == 9):
                errors.append(f"row {line}: tin must be 9 digits, got {tin!r}")
            rows.append({key: (value or "").strip() for key, value in row.items() if key})
        if not rows and not errors:
            errors.append("the file has a header row but no suppliers")
        return rows, errors


def _group_display(group: str) -> str:
    return group.replace("_", " ").title()


def _days_ago(now: dt.datetime, days: int) -> dt.datetime:
    """`now - days`, where a window reaching before year 1 simply means "everything"."""
    try:
        return now - dt.timedelta(days=days)
    except OverflowError:
        return dt.datetime.min.replace(tzinfo=dt.UTC)


def _parse(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


def _date(value: str) -> dt.date:
    return _parse(value).date()
