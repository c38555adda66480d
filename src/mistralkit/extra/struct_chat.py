"""The official SDK's ``mistralai.extra.struct_chat`` names, as aliases of ``mistralkit.lib.parse``."""

from __future__ import annotations

from .._alias import lazy_module


PARSE = ("mistralkit.lib.parse", "mistralkit.lib")
_TABLE = {
    name: (PARSE, name)
    for name in (
        "ParsedAssistantMessage",
        "ParsedChatCompletionChoice",
        "ParsedChatCompletionResponse",
        "convert_to_parsed_chat_completion_response",
    )
}

__all__ = sorted(_TABLE)

__getattr__, __dir__ = lazy_module(__name__, globals(), _TABLE)
