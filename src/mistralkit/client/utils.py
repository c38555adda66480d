"""The official SDK's ``mistralai.client.utils`` names a program uses: ``RetryConfig``, ``BackoffStrategy``.

``Mistral(retry_config=RetryConfig(...))`` and ``client.chat.complete(..., retries=RetryConfig(...))``
map them onto mistralkit's retry policy (see ``mistralkit._retry_config``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._alias import lazy_module

if TYPE_CHECKING:
    from .._retry_config import BackoffStrategy as BackoffStrategy, RetryConfig as RetryConfig

_TABLE = {
    "RetryConfig": ("mistralkit._retry_config", "RetryConfig"),
    "BackoffStrategy": ("mistralkit._retry_config", "BackoffStrategy"),
}

__all__ = sorted(_TABLE)

__getattr__, __dir__ = lazy_module(__name__, globals(), _TABLE)
