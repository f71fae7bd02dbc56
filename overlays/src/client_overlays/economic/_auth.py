"""e-conomic's token pair, and an idempotency key on every write."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Generator

import httpx

from .._redact import mask
from .._retry import IDEMPOTENCY_HEADER
from .._specfacts import spec_facts

__all__ = ["DEMO_TOKEN", "EconomicAuth"]

_HEADERS = spec_facts("economic-suppliers").credential_headers

DEMO_TOKEN = "demo"


class EconomicAuth(httpx.Auth):
    """`X-AppSecretToken` + `X-AgreementGrantToken`, plus an `Idempotency-Key` on non-GET requests.

    The key is made once per request, here, above the retrying transport: every retry of that
    request carries the same key, so e-conomic answers a replay from its one-hour cache
    instead of applying the write again. A key the caller set on the request is kept.
    """

    def __init__(
        self,
        app_secret_token: str,
        agreement_grant_token: str,
        *,
        new_idempotency_key: Callable[[], str] = lambda: str(uuid.uuid4()),
    ) -> None:
        if not app_secret_token or not agreement_grant_token:
            raise ValueError("both e-conomic tokens are needed: app_secret_token and agreement_grant_token")
        self._app_secret_token = app_secret_token
        self._agreement_grant_token = agreement_grant_token
        self._new_idempotency_key = new_idempotency_key

    @classmethod
    def demo(cls) -> EconomicAuth:
        """e-conomic's public demo agreement: read-only (GET requests only)."""
        return cls(DEMO_TOKEN, DEMO_TOKEN)

    @property
    def is_demo(self) -> bool:
        return self._app_secret_token == DEMO_TOKEN and self._agreement_grant_token == DEMO_TOKEN

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[_HEADERS["appSecretToken"]] = self._app_secret_token
        request.headers[_HEADERS["agreementGrantToken"]] = self._agreement_grant_token
        if request.method != "GET" and IDEMPOTENCY_HEADER not in request.headers:
            request.headers[IDEMPOTENCY_HEADER] = self._new_idempotency_key()
        yield request

    def __repr__(self) -> str:
        if self.is_demo:
            return "EconomicAuth(demo)"
        return (
            f"EconomicAuth(app_secret_token={mask(self._app_secret_token)}, "
            f"agreement_grant_token={mask(self._agreement_grant_token)})"
        )
