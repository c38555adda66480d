"""Official type names that name an inline part of a schema: the type of one model field."""

from __future__ import annotations

import functools
import types as _pytypes
import typing
from typing import Any

__all__ = ["field_type"]


@functools.lru_cache(maxsize=None)
def field_type(model_name: str, wire_name: str) -> Any:
    """The type of ``model_name``'s field ``wire_name``, without its ``None`` and list wrappers.

    ``field_type("ChatCompletionRequest", "messages")`` is the union of the four message classes:
    what the official SDK calls ``ChatCompletionRequestMessage``.
    """
    from . import types

    model = getattr(types, model_name)
    for name, info in model.model_fields.items():
        if (info.alias or name) == wire_name:
            return _peel(info.annotation)
    raise AttributeError(f"{model_name} has no field {wire_name!r}")


def _peel(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin in (typing.Union, _pytypes.UnionType) and type(None) in args:
            rest = tuple(a for a in args if a is not type(None))
            annotation = rest[0] if len(rest) == 1 else typing.Union[rest]
            continue
        if origin in (list, tuple, set, frozenset) and args:
            annotation = args[0]
            continue
        if origin is dict and len(args) == 2:
            annotation = args[1]
            continue
        return annotation
