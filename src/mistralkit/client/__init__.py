"""The official SDK's ``mistralai.client`` path, as aliases: ``from mistralkit.client import Mistral``.

Porting a program written for the official ``mistralai`` SDK means replacing ``mistralai`` by
``mistralkit`` in its imports; ``mistralkit.client.models``, ``.errors``, ``.types`` and ``.utils``
follow the same rule. Every name here is mistralkit's own object, loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._alias import lazy_module
from .._version import __version__

if TYPE_CHECKING:
    from .._client import AsyncMistral as AsyncMistral, Mistral as Mistral
    from .._official_options import SERVERS as SERVERS
    from .._request import RequestOptions as RequestOptions

VERSION: str = __version__
SERVER_GLOBAL = "global"
SERVER_EU = "eu"
SERVER_US = "us"

_TABLE = {
    "Mistral": ("mistralkit._client", "Mistral"),
    "AsyncMistral": ("mistralkit._client", "AsyncMistral"),
    "SERVERS": ("mistralkit._official_options", "SERVERS"),
    "RequestOptions": ("mistralkit._request", "RequestOptions"),
}

__all__ = ["Mistral", "AsyncMistral", "SERVERS", "SERVER_GLOBAL", "SERVER_EU", "SERVER_US", "VERSION", "__version__"]

__getattr__, __dir__ = lazy_module(__name__, globals(), _TABLE)

