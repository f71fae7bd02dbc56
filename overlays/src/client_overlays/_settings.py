"""Defaults every `connect()` shares, and reading credentials from arguments or the environment."""

from __future__ import annotations

import os
import platform

import httpx

from ._version import __version__

__all__ = ["DEFAULT_TIMEOUT", "MissingCredentialError", "credential", "user_agent"]

# The generated clients default to no timeout at all; a hung vendor must not hang callers.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def user_agent(vendor: str) -> str:
    return f"client-overlays/{__version__} ({vendor}; python/{platform.python_version()}; httpx/{httpx.__version__})"


class MissingCredentialError(ValueError):
    """A credential was neither passed nor found in its environment variable."""


def credential(value: str | None, *, argument: str, env: str) -> str:
    """`value`, else the environment variable `env`; a clear error names both when neither is set."""
    if value:
        return value
    from_env = os.environ.get(env, "")
    if from_env:
        return from_env
    raise MissingCredentialError(f"no {argument}: pass {argument}=... or set the {env} environment variable")
