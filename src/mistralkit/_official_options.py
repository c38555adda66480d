"""The official SDK's spellings of client settings (``client``, ``server``, ``url_params``,
``retry_config``, ``debug_logger``)."""

from __future__ import annotations

import logging
from typing import Any, Mapping, Optional

from ._logging import logger

__all__ = ["SERVERS", "client_options", "forward_debug_logs"]

SERVERS = {
    "global": "https://api.mistral.ai",
    "eu": "https://api.eu.mistral.ai",
    "us": "https://api.us.mistral.ai",
}


def client_options(
    client: Any,
    server: Optional[str],
    retry_config: Any,
    http_client: Any,
    server_url: Optional[str],
    retry_policy: Any,
    max_retries: int,
) -> tuple[Any, Optional[str], Any, int]:
    """Fold the official names into ours: ``(http_client, server_url, retry_policy, max_retries)``."""
    if client is not None:
        if http_client is not None and http_client is not client:
            raise ValueError("pass either http_client or client (its official name), not both")
        http_client = client
    if server is not None:
        if server not in SERVERS:
            raise ValueError(f"server must be one of {', '.join(map(repr, SERVERS))}, not {server!r}")
        server_url = server_url or SERVERS[server]
    if retry_config is not None:
        from ._retry_config import policy_from_retry_config

        if retry_policy is not None:
            raise ValueError("pass either retry_policy or retry_config (the official form), not both")
        retry_policy = policy_from_retry_config(retry_config)
        max_retries = retry_policy.max_retries
    return http_client, server_url, retry_policy, max_retries


def template_url(url: str, params: Mapping[str, Any]) -> str:
    """``url`` with each ``{name}`` replaced by ``params[name]`` (the official ``url_params``)."""
    for name, value in params.items():
        url = url.replace("{" + str(name) + "}", str(value))
    return url


class _Forward(logging.Handler):
    def __init__(self, target: Any) -> None:
        super().__init__(logging.DEBUG)
        self.target = target

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.target.debug(self.format(record))
        except Exception:  # noqa: BLE001 - a logger must never break a request
            self.handleError(record)


def forward_debug_logs(debug_logger: Any) -> None:
    """Send the ``mistralkit`` logger's records to ``debug_logger`` (anything with ``.debug(msg)``).

    The official SDK logs per client; mistralkit logs through the standard ``mistralkit`` logger,
    so this applies to every client of the process. A logger is attached once.
    """
    if not callable(getattr(debug_logger, "debug", None)):
        raise TypeError("debug_logger must have a debug(message) method, e.g. a logging.Logger")
    if any(isinstance(h, _Forward) and h.target is debug_logger for h in logger.handlers):
        return
    logger.addHandler(_Forward(debug_logger))
    if logger.level == logging.NOTSET or logger.level > logging.DEBUG:
        logger.setLevel(logging.DEBUG)
