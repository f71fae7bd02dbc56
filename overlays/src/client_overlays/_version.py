"""The installed distribution's version, looked up on first use: importlib.metadata costs
milliseconds at import, and only the User-Agent (built by `connect()`) and `__version__` need it."""

from __future__ import annotations

import functools

__all__ = ["version"]


@functools.cache
def version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("client-overlays")
    except importlib.metadata.PackageNotFoundError:  # running from a source tree without install
        return "0.0.0"
