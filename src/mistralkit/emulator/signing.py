"""HMAC-signed, expiring download URLs.

``GET /v1/files/{id}/url?expiry=H`` returns
``<base>/_emulator/signed/files/<id>?expires=<unix time>&signature=<hex>``;
the signature is HMAC-SHA256 over ``"files/<id>:<expires>"`` with a key kept in
the data directory, so URLs survive a restart.  The URL needs no API key and
stops working once ``expires`` has passed (403).
"""

from __future__ import annotations

import hashlib
import hmac
import time

SIGNED_PREFIX = "/_emulator/signed/"


class Signer:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def signature(self, resource: str, expires: int) -> str:
        msg = f"{resource}:{expires}".encode()
        return hmac.new(self._key, msg, hashlib.sha256).hexdigest()

    def sign(self, resource: str, expires: int) -> str:
        return f"{SIGNED_PREFIX}{resource}?expires={expires}&signature={self.signature(resource, expires)}"

    def check(self, resource: str, expires: str | None, signature: str | None, now: float | None = None) -> str | None:
        """``None`` when valid, else the reason it is not."""
        if not expires or not signature:
            return "missing signature"
        try:
            when = int(expires)
        except ValueError:
            return "malformed expiry"
        if not hmac.compare_digest(self.signature(resource, when), signature):
            return "invalid signature"
        if (time.time() if now is None else now) >= when:
            return "URL has expired"
        return None
