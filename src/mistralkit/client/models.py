"""The official SDK's ``mistralai.client.models`` path: the same names as ``mistralkit.models``.

Its submodules work too (``from mistralkit.client.models.chatcompletionrequest import
ChatCompletionRequestTool``): every ``mistralkit.client.models.<name>`` is a view of the same names.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
from typing import TYPE_CHECKING, Any, Optional, Sequence

if TYPE_CHECKING:
    from ..models import *  # noqa: F403

# A package, so that the official submodule paths can be imported (see _Submodules).
__path__: list[str] = []


def __getattr__(name: str) -> Any:
    from .. import models

    value = getattr(models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from .. import models

    return dir(models)


class _Submodules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves ``mistralkit.client.models.<anything>`` as a module delegating to ``mistralkit.models``."""

    def find_spec(
        self, fullname: str, path: Optional[Sequence[str]], target: Optional[types.ModuleType] = None
    ) -> Optional[importlib.machinery.ModuleSpec]:
        parent, _, leaf = fullname.rpartition(".")
        if parent != __name__ or not leaf.isidentifier():
            return None
        return importlib.machinery.ModuleSpec(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> Optional[types.ModuleType]:
        return None

    def exec_module(self, module: types.ModuleType) -> None:
        vars(module).update(__getattr__=__getattr__, __dir__=__dir__)
        module.__doc__ = f"The official SDK's ``mistralai.client.models.{module.__name__.rpartition('.')[2]}`` path."


if not any(isinstance(finder, _Submodules) for finder in sys.meta_path):
    sys.meta_path.append(_Submodules())
