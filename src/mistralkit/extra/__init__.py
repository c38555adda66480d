"""The official SDK's ``mistralai.extra`` helpers, as aliases of ``mistralkit.lib``.

``response_format_from_pydantic_model``, ``ParsedChatCompletionResponse`` and
``convert_to_parsed_chat_completion_response`` (also under ``mistralkit.extra.utils`` and
``mistralkit.extra.struct_chat``), ``RunContext`` under ``mistralkit.extra.run.context``.
"""

from __future__ import annotations

from .._alias import lazy_module


PARSE = ("mistralkit.lib.parse", "mistralkit.lib")
SCHEMA = ("mistralkit.lib.schema", "mistralkit.lib.parse", "mistralkit.lib")

_TABLE = {
    "response_format_from_pydantic_model": (SCHEMA, "response_format_from_pydantic_model"),
    "ParsedChatCompletionResponse": (PARSE, "ParsedChatCompletionResponse"),
    "convert_to_parsed_chat_completion_response": (PARSE, "convert_to_parsed_chat_completion_response"),
    "CustomPydanticModel": ("mistralkit.extra.utils.response_format", "CustomPydanticModel"),
}

__all__ = sorted(_TABLE)

__getattr__, __dir__ = lazy_module(__name__, globals(), _TABLE)
