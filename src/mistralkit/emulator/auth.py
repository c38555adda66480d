"""Bearer-token authentication.

Every ``/v1`` request needs ``Authorization: Bearer <key>``.  Without a
configured key any non-empty key is accepted; with ``api_key`` set, the key
must match it (compared in constant time).  The key also names the bucket of
the optional rate limit.
"""

from __future__ import annotations

import hmac


def bearer_token(headers: list[tuple[bytes, bytes]]) -> str | None:
    """The token of an ``Authorization: Bearer ...`` header, if any."""
    for name, value in headers:
        if name == b"authorization":
            text = value.decode("latin-1").strip()
            scheme, _, token = text.partition(" ")
            if scheme.lower() != "bearer":
                return None
            token = token.strip()
            return token or None
    return None


def is_authorized(token: str | None, expected: str | None) -> bool:
    if not token:
        return False
    if expected is None:
        return True
    return hmac.compare_digest(token.encode("utf-8"), expected.encode("utf-8"))
