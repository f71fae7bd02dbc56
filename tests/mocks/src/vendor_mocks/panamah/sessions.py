"""Panamah stream sessions: the SHA-1 key of `POST /stream/auth` and the access/refresh token pairs.

Access tokens expire after a TTL read from the injected clock; an expired one is simply no
longer accepted (the mock answers 403, as Panamah does). A refresh consumes its refresh token:
the new pair replaces it, and the old refresh token stops working at once. The previous access
token is not revoked: Panamah's tokens are JWTs, which stay valid until they expire.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import random
from dataclasses import dataclass

from .._core import Clock

__all__ = ["PARTNER_WIDE", "Grant", "TokenStore", "key_matches", "stream_key"]

PARTNER_WIDE = "*"  # assinanteId of a partner-wide session: every operation names its subscriber


def stream_key(secret: str, assinante_id: str, ts: str) -> str:
    """`base64(SHA1(secret + assinanteId + ts))` over the raw 20-byte digest (not its hex form)."""
    digest = hashlib.sha1((secret + assinante_id + ts).encode()).digest()
    return base64.b64encode(digest).decode("ascii")


def key_matches(secret: str, assinante_id: str, ts: str, key: str) -> bool:
    return hmac.compare_digest(stream_key(secret, assinante_id, ts).encode(), key.encode())


@dataclass(frozen=True)
class Grant:
    """What a token allows: streaming for one subscriber (or `*`), until `expires_at`."""

    assinante_id: str
    expires_at: float

    @property
    def partner_wide(self) -> bool:
        return self.assinante_id == PARTNER_WIDE


class TokenStore:
    """Issued access and refresh tokens. Tokens come from a seeded generator, so runs repeat."""

    def __init__(self, clock: Clock, rng: random.Random, *, access_ttl: float, refresh_ttl: float) -> None:
        self._clock = clock
        self._rng = rng
        self.access_ttl = access_ttl
        self.refresh_ttl = refresh_ttl
        self._access: dict[str, Grant] = {}
        self._refresh: dict[str, Grant] = {}

    def issue(self, assinante_id: str) -> dict[str, str]:
        """A new `{accessToken, refreshToken}` pair for a session of `assinante_id`."""
        now = self._clock.now()
        self._forget_expired(now)
        access, refresh = self._token("access"), self._token("refresh")
        self._access[access] = Grant(assinante_id, now + self.access_ttl)
        self._refresh[refresh] = Grant(assinante_id, now + self.refresh_ttl)
        return {"accessToken": access, "refreshToken": refresh}

    def access(self, token: str) -> Grant | None:
        """The grant of a live access token; None when unknown or expired."""
        return self._live(self._access, token)

    def refresh(self, token: str) -> dict[str, str] | None:
        """A new pair for a live refresh token, which is used up; None when unknown or expired."""
        grant = self._live(self._refresh, token)
        if grant is None:
            return None
        del self._refresh[token]
        return self.issue(grant.assinante_id)

    def _live(self, tokens: dict[str, Grant], token: str) -> Grant | None:
        grant = tokens.get(token)
        if grant is None or self._clock.now() >= grant.expires_at:
            return None
        return grant

    def _forget_expired(self, now: float) -> None:
        # Keeps the stores from growing without bound in long fuzzing runs.
        for tokens in (self._access, self._refresh):
            for token in [token for token, grant in tokens.items() if now >= grant.expires_at]:
                del tokens[token]

    def _token(self, kind: str) -> str:
        return f"pnm-test-{kind}-{self._rng.getrandbits(128):032x}"
