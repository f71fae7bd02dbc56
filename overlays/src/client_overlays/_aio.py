"""asyncio on first use: the sync path (most programs) never imports it (~10 ms at import)."""

from __future__ import annotations


async def sleep(seconds: float) -> None:
    """`asyncio.sleep`; by the time a coroutine runs, asyncio is loaded, so the import is a look-up."""
    import asyncio

    await asyncio.sleep(seconds)
