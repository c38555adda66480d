"""The official SDK's ``mistralai.extra.utils``: ``response_format_from_pydantic_model``."""

from __future__ import annotations

from ..._alias import lazy_module


SCHEMA = ("mistralkit.lib.schema", "mistralkit.lib.parse", "mistralkit.lib")
_TABLE = {"response_format_from_pydantic_model": (SCHEMA, "response_format_from_pydantic_model")}

__all__ = sorted(_TABLE)

__getattr__, __dir__ = lazy_module(__name__, globals(), _TABLE)
