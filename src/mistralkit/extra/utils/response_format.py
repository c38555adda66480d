"""The official SDK's ``mistralai.extra.utils.response_format`` names."""

from __future__ import annotations

from typing import TypeVar

import pydantic

from ..._alias import lazy_module


CustomPydanticModel = TypeVar("CustomPydanticModel", bound=pydantic.BaseModel)

SCHEMA = ("mistralkit.lib.schema", "mistralkit.lib.parse", "mistralkit.lib")
_TABLE = {"response_format_from_pydantic_model": (SCHEMA, "response_format_from_pydantic_model")}

__all__ = ["CustomPydanticModel", "response_format_from_pydantic_model"]  # noqa: F822 - resolved lazily

__getattr__, __dir__ = lazy_module(__name__, globals(), _TABLE)
