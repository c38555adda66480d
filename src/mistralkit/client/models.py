"""The official SDK's ``mistralai.client.models`` path: the same names as ``mistralkit.models``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    from .. import models

    value = getattr(models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from .. import models

    return dir(models)
