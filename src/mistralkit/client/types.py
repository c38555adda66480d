"""The official SDK's ``mistralai.client.types`` names.

- ``BaseModel``: the base of mistralkit's models (pydantic v2; unknown fields kept). Subclass it, or
  plain ``pydantic.BaseModel``, for structured output.
- ``Nullable[T]`` (``T`` or ``None``) and ``OptionalNullable[T]`` for annotations.
- ``UNSET``: the official "not given" default. mistralkit methods use ``None`` for that; ``UNSET``
  exists so annotations and ``is UNSET`` checks in ported code keep working.
- ``UnrecognizedStr`` / ``UnrecognizedInt``: an enum value newer than the client is read as the
  plain ``str`` / ``int`` it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, TypeVar, Union

from .._alias import lazy_module

if TYPE_CHECKING:
    from .._models import BaseModel as BaseModel

T = TypeVar("T")


class Unset:
    """The type of ``UNSET``: a value that was not given (falsy, a single instance)."""

    _instance: Optional["Unset"] = None

    def __new__(cls) -> "Unset":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = Unset()
UNSET_SENTINEL = "~?~unset~?~sentinel~?~"
Nullable = Union[T, None]
OptionalNullable = Union[Optional[Nullable[T]], Unset]
UnrecognizedStr = str
UnrecognizedInt = int

__all__ = [
    "BaseModel",
    "Nullable",
    "OptionalNullable",
    "UNSET",
    "UNSET_SENTINEL",
    "Unset",
    "UnrecognizedInt",
    "UnrecognizedStr",
]

__getattr__, __dir__ = lazy_module(__name__, globals(), {"BaseModel": ("mistralkit._models", "BaseModel")})
