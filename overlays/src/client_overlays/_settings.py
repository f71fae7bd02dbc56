"""Defaults every `connect()` shares, and reading credentials from arguments or the environment."""

from __future__ import annotations

import functools
import os

import httpx

__all__ = ["DEFAULT_TIMEOUT", "MissingCredentialError", "checked_base_url", "credential", "user_agent", "version"]

# The generated clients default to no timeout at all; a hung vendor must not hang callers.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


@functools.cache
def version() -> str:
    """The installed distribution's version, looked up on first use: importlib.metadata costs
    milliseconds at import, and only the User-Agent and `__version__` need it."""
    import importlib.metadata

    try:
        return importlib.metadata.version("client-overlays")
    except importlib.metadata.PackageNotFoundError:  # running from a source tree without install
        return "0.0.0"


def user_agent(vendor: str) -> str:
    import platform  # here: only `connect()` needs it

    return f"client-overlays/{version()} ({vendor}; python/{platform.python_version()}; httpx/{httpx.__version__})"


class MissingCredentialError(ValueError):
    """A credential was neither passed nor found in its environment variable."""


def credential(value: str | None, *, argument: str, env: str) -> str:
    """`value`, else the environment variable `env`; a clear error names both when neither is set."""
    found = value or os.environ.get(env, "")
    if not found:
        raise MissingCredentialError(f"no {argument}: pass {argument}=... or set the {env} environment variable")
    return found


def checked_base_url(base_url: str) -> str:
    """`base_url`, refused when it carries user info (`https://user:password@host`).

    None of the vendors reads credentials from the URL: each `connect()` sends its own in
    headers. A password in the URL would only travel to the server as a second, conflicting
    `Authorization` header and be printed by httpx, httpx-retries and the client's repr, so it
    is refused before anything sees it, and the message shows the URL without it.
    """
    url = httpx.URL(base_url)
    if url.userinfo:
        cleaned = url.copy_with(username=None, password=None)
        raise ValueError(
            f"base_url must not contain user info ('user:password@'): pass {cleaned} and give the "
            "credentials as connect()'s arguments or environment variables"
        )
    return base_url
