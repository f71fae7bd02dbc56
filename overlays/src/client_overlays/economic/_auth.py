"""e-conomic's token pair, and an idempotency key on every write."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Generator

import httpx

from .._auth import HeaderAuth
from .._retry import IDEMPOTENCY_HEADER
from .._specfacts import spec_facts

__all__ = ["DEMO_TOKEN", "EconomicAuth"]

_HEADERS = spec_facts("economic-suppliers").credential_headers

DEMO_TOKEN = "demo"


class EconomicAuth(HeaderAuth):
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
        super().__init__(
            {_HEADERS["appSecretToken"]: app_secret_token, _HEADERS["agreementGrantToken"]: agreement_grant_token}
        )
        self.is_demo = app_secret_token == agreement_grant_token == DEMO_TOKEN
        self._new_idempotency_key = new_idempotency_key

    @classmethod
    def demo(cls) -> EconomicAuth:
        """e-conomic's public demo agreement: read-only (GET requests only)."""
        return cls(DEMO_TOKEN, DEMO_TOKEN)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.method != "GET" and IDEMPOTENCY_HEADER not in request.headers:
            request.headers[IDEMPOTENCY_HEADER] = self._new_idempotency_key()
        yield from super().auth_flow(request)

    def __repr__(self) -> str:
        return "EconomicAuth(demo)" if self.is_demo else super().__repr__()
