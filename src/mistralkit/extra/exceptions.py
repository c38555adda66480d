"""The official SDK's ``mistralai.extra.exceptions`` names for conversation runs, as aliases of
``mistralkit.lib``'s: ``MistralClientException`` (their base), ``RunException``, ``MCPException``
and the deferred tool call names."""

from __future__ import annotations

from .._alias import lazy_module


ERRORS = ("mistralkit.lib.errors", "mistralkit.lib")
DEFERRED = ("mistralkit.lib.deferred", "mistralkit.lib")
_TABLE = {
    "RunException": (ERRORS, "RunException"),
    "MistralClientException": (ERRORS, "MistralClientException"),
    "DeferredToolCallsException": (ERRORS, "DeferredToolCallsException"),
    "MCPException": ("mistralkit.lib.mcp", "MCPException"),
    **{
        name: (DEFERRED, name)
        for name in (
            "DeferralReason",
            "DeferredToolCallConfirmation",
            "DeferredToolCallEntry",
            "DeferredToolCallRejection",
            "DeferredToolCallResponse",
        )
    },
}

__all__ = sorted(_TABLE)

__getattr__, __dir__ = lazy_module(__name__, globals(), _TABLE)
