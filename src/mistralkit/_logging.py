"""The ``mistralkit`` logger; ``MISTRAL_LOG=debug|info`` turns it on without code."""

from __future__ import annotations

import logging
from typing import Any
import os

logger = logging.getLogger("mistralkit")

_configured = False

# Header values that must never reach a log line.
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie"})


def setup_from_env() -> None:
    """Attach a stderr handler once when ``MISTRAL_LOG`` asks for logs and none is configured."""
    global _configured
    if _configured:
        return
    _configured = True
    level = os.environ.get("MISTRAL_LOG", "").strip().lower()
    if level not in ("debug", "info"):
        return
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)


def redact_headers(headers: object) -> dict[str, str]:
    """A printable copy of ``headers`` with credentials masked."""
    items: Any = headers.items() if hasattr(headers, "items") else headers
    return {k: ("<redacted>" if k.lower() in SENSITIVE_HEADERS else v) for k, v in items}
