"""A `connect()` client works with or without `with`, and `with` may be entered again.

httpx refuses to enter a client twice, or once it has sent a request, and refuses every
request once its `with` block has closed it (`Cannot open a client instance more than once`),
which makes the generated client's `with client:` a trap after the first call. The overlay's
clients therefore never hand their `with` to httpx: leaving a `with` block (or `close()`)
closes the pooled connections of the client's transport stack, and the next call simply opens
new ones. The httpx clients themselves stay usable for the client's whole life.
"""

from __future__ import annotations

from typing import Any, Self

import httpx

__all__ = ["Lifecycle", "attach_transport"]

_TRANSPORT = "_client_overlays_transport"


def attach_transport(client: Lifecycle, transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
    """Remember the transport stack a client sends through, for `close()`/`aclose()`."""
    client.__dict__[_TRANSPORT] = transport


class Lifecycle:
    """`with` / `async with` as often as wanted, before or after calls; `close()` / `aclose()`
    close the pooled connections (the next call reconnects)."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.aclose()

    def close(self) -> None:
        """Close the connections the client holds open for its sync calls."""
        transport = self.__dict__.get(_TRANSPORT)
        if isinstance(transport, httpx.BaseTransport):
            transport.close()

    async def aclose(self) -> None:
        """Close the connections the client holds open for its asyncio calls."""
        transport = self.__dict__.get(_TRANSPORT)
        if isinstance(transport, httpx.AsyncBaseTransport):
            await transport.aclose()
