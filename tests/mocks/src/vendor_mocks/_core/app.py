"""The base every vendor mock builds on: spec validation, vendor errors, faults, transports.

A vendor mock subclasses `VendorMock`, sets `slug`, lists its `routes()` and says how the
vendor renders an error (`error_response`). Everything else (the Starlette app, validation
against the spec, mapping unknown routes and bad requests to the vendor's errors, fault
injection, `/openapi.json`, in-process transports) is shared.
"""

from __future__ import annotations

import abc
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .clock import Clock, FakeClock, SystemClock
from .faults import FaultConfig, FaultInjector
from .limits import BodyGuard
from .operations import OperationIndex
from .requestlog import LoggedRequest, RequestLog
from .seeding import Collection, read_seed_file, seed_collections
from .spec import Problem, RequestInvalid, SpecValidator, ValidatedRequest
from .transport import InProcessTransport

__all__ = ["MIB", "Reject", "VendorMock", "json_response"]

MIB = 1024 * 1024


class Reject(Exception):
    """Ends a handler with a ready response, e.g. an auth failure found before validation."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status_code)
        self.response = response


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """Compact JSON, as the vendors send it (and as Panorays signs it)."""
    body = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    return Response(body, status_code=status, headers=headers, media_type="application/json")


class VendorMock(abc.ABC):
    """One vendor's stateful mock. `app` is the ASGI application (request log and faults included).

    The test-facing API is the same for every vendor: `seed()` / `snapshot()`, `request_log`,
    `faults` (per operation too), `advance(seconds)` on a `FakeClock`, `reset()`.
    """

    slug: ClassVar[str]
    overlay: ClassVar[str]  # the vendor's module in client_overlays, e.g. `economic`
    # The largest request body answered (413 above it, like a front end). No vendor documents
    # one; each mock sets what its largest real request needs (see the README, "Mocks").
    max_body_bytes: ClassVar[int] = 1 * MIB

    def __init__(self, *, clock: Clock | None = None, faults: FaultConfig | None = None) -> None:
        self.clock: Clock = clock or SystemClock()
        self.validator = SpecValidator(self.slug)
        self._starlette = Starlette(
            routes=[*self.routes(), Route("/openapi.json", self._serve_spec, methods=["GET"])],
            exception_handlers={
                Reject: self._on_reject,
                RequestInvalid: self._on_invalid,
                HTTPException: self._on_http_error,
                PathNotFound: self._on_not_found,
                OperationNotFound: self._on_not_found,
            },
        )
        self.operations = OperationIndex(self.validator.spec)
        self._initial_faults = faults or FaultConfig()
        self._check_operations(self._initial_faults)
        self._guard = BodyGuard(
            self._starlette,
            max_bytes=self.max_body_bytes,
            too_large=lambda message: self.error_response(413, message),
            too_deep=self._too_deep,
        )
        self._faults = FaultInjector(self._guard, self._fault_body, faults, operation_of=self.operations.match)
        # Outermost, so the log also holds what the front end refused and the faults answered.
        self._log = RequestLog(self._faults, self.operations.match)
        self.app = self._log

    # --- what a vendor mock provides -----------------------------------------------------

    @abc.abstractmethod
    def routes(self) -> Sequence[BaseRoute]:
        """The vendor's routes, with paths as in the spec."""

    @abc.abstractmethod
    def error_response(self, status: int, message: str, problems: Sequence[Problem] = ()) -> Response:
        """The vendor's error for `status`: its body shape, content type and headers."""

    @abc.abstractmethod
    def credentials(self) -> dict[str, str]:
        """Credentials the mock accepts, by name, for the runner and the README."""

    @abc.abstractmethod
    def connect_arguments(self) -> dict[str, str]:
        """The credentials to pass to `client_overlays.<overlay>.connect()`, by argument name."""

    def close(self) -> None:  # noqa: B027 (optional hook: most mocks hold nothing to release)
        """Release what the mock opened itself (Panorays' webhook client); a no-op elsewhere."""

    def validation_status(self, problems: Sequence[Problem]) -> int:
        """Status for a request the spec rejects; FastAPI vendors override this with 422."""
        return 400

    @abc.abstractmethod
    def collections(self) -> Mapping[str, Collection]:
        """The parts of the state `seed()` sets and `snapshot()` reads, by name."""

    @abc.abstractmethod
    def reset_state(self) -> None:
        """Back to the data the mock was built with (same options: same records)."""

    # --- the test-facing API -----------------------------------------------------------------

    def seed(
        self, data: Mapping[str, Sequence[Mapping[str, Any]]] | None = None, *, path: str | Path | None = None
    ) -> None:
        """Replace the named collections with these records (others keep theirs), from Python
        objects or a JSON/YAML file. A bad record raises `SeedError` (a ValueError) naming the
        collection, the record and the problem, and the mock keeps the state it had."""
        if (data is None) == (path is None):
            raise TypeError("seed() takes either records (a mapping) or path=, not both or neither")
        source = read_seed_file(path) if path is not None else data
        seed_collections(source, self.collections(), self.validator.spec)

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """Every collection's records, as copies (what `seed()` accepts back)."""
        return {name: collection.export() for name, collection in self.collections().items()}

    @property
    def request_log(self) -> list[LoggedRequest]:
        """The requests received so far, oldest first (the last 10,000), credentials redacted."""
        return self._log.entries()

    def clear_request_log(self) -> None:
        self._log.clear()

    def advance(self, seconds: float) -> None:
        """Move the mock's clock: token expiry, rate-limit windows, runs and builds follow it."""
        if not isinstance(self.clock, FakeClock):
            raise TypeError(
                f"advance() needs a mock on a FakeClock, this one reads {type(self.clock).__name__}: "
                "create_mock(vendor, clock=FakeClock()) (the fixtures and running() do this)"
            )
        self.clock.advance(seconds)

    def reset(self) -> None:
        """The state the mock was built with, an empty request log and the faults it was built with.
        The clock keeps its time: clients may hold tokens and rate windows read from it."""
        self.reset_state()
        self._log.clear()
        self.faults = self._initial_faults

    # --- shared machinery ------------------------------------------------------------------

    async def validate(self, request: Request) -> ValidatedRequest:
        return await self.validator.validate(request)

    @property
    def faults(self) -> FaultConfig:
        return self._faults.config

    @faults.setter
    def faults(self, config: FaultConfig) -> None:
        self._check_operations(config)
        self._faults.config = config

    def _check_operations(self, config: FaultConfig) -> None:
        unknown = sorted(set(config.per_operation) - self.operations.ids)
        if unknown:
            raise ValueError(
                f"per_operation names operations the {self.slug} spec does not have: {', '.join(unknown)}; "
                f"it has: {', '.join(sorted(self.operations.ids))}"
            )

    @property
    def injected(self) -> dict[str, int]:
        return dict(self._faults.injected)

    def transport(self) -> InProcessTransport:
        """A sync-and-async httpx transport calling this mock in-process (no sockets)."""
        return InProcessTransport(self.app)

    def _fault_body(self, status: int) -> tuple[bytes, str]:
        message = {429: "Too many requests", 500: "Internal server error", 503: "Service unavailable"}[status]
        response = self.error_response(status, message)
        return bytes(response.body), response.headers.get("content-type", "application/json")

    def _too_deep(self, message: str) -> Response:
        problems = [Problem("body", "", message)]
        return self.error_response(self.validation_status(problems), message, problems)

    async def _serve_spec(self, request: Request) -> Response:
        return json_response(self.validator.spec)

    async def _on_reject(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Reject)
        return exc.response

    async def _on_invalid(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestInvalid)
        status = exc.status or self.validation_status(exc.problems)
        return self.error_response(status, "The request is not valid", exc.problems)

    async def _on_http_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        response = self.error_response(exc.status_code, str(exc.detail))
        for name, value in (exc.headers or {}).items():  # e.g. `Allow` on 405, which RFC 9110 requires
            response.headers[name] = value
        return response

    async def _on_not_found(self, request: Request, exc: Exception) -> Response:
        return self.error_response(404, "Not found")
