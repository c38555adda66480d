"""The official SDK's spellings of client settings (``client``, ``server``, ``retry_config``)."""

from __future__ import annotations

from typing import Any, Optional

__all__ = ["SERVERS", "client_options"]

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
