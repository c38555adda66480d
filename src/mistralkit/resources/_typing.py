"""Type-level helpers for ``_typed.py``: a resource method with its result wrapped, parameters kept.

Only type checkers use these (``_typed.py`` is imported under ``TYPE_CHECKING``); at runtime a resource
in raw or streaming mode returns the wrapped results itself (see ``resources/_base.py``).
"""

from __future__ import annotations

import sys
from typing import Any, Awaitable, Callable, TypeVar

from .._response import AsyncResponseContextManager, RawResponse, ResponseContextManager

if sys.version_info >= (3, 10):
    from typing import Concatenate, ParamSpec
else:  # pragma: no cover
    from typing_extensions import Concatenate, ParamSpec

P = ParamSpec("P")
R = TypeVar("R")

__all__ = ["raw_async", "raw_sync", "streamed_async", "streamed_sync"]


def raw_async(method: Callable[Concatenate[Any, P], Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    raise NotImplementedError("type-level only")


def raw_sync(method: Callable[Concatenate[Any, P], R]) -> Callable[P, RawResponse[R]]:
    raise NotImplementedError("type-level only")


def streamed_async(method: Callable[Concatenate[Any, P], Awaitable[R]]) -> Callable[P, AsyncResponseContextManager[R]]:
    raise NotImplementedError("type-level only")


def streamed_sync(method: Callable[Concatenate[Any, P], R]) -> Callable[P, ResponseContextManager[R]]:
    raise NotImplementedError("type-level only")
