"""Lazy alias modules: the official SDK's module paths, each name resolved from where ours lives.

An alias module holds a table ``name -> (module, attribute)`` and resolves a name on first access
(PEP 562), so importing ``mistralkit.client`` or ``mistralkit.extra`` costs nothing until a name is
used, and every name is the very object of our own module, never a copy.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, Mapping, Sequence, Tuple, Union

__all__ = ["lazy_module"]

Target = Union[Tuple[str, str], Tuple[Sequence[str], str]]


def lazy_module(
    module_name: str, namespace: dict[str, Any], table: Mapping[str, Target]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for the module ``module_name`` whose globals are ``namespace``.

    A target's module may be a sequence of candidates, tried in order (for helpers whose home may move).
    A name whose target cannot be imported raises ImportError saying what is missing.
    """

    def __getattr__(name: str) -> Any:
        target = table.get(name)
        if target is None:
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        modules, attribute = target
        candidates = [modules] if isinstance(modules, str) else list(modules)
        problems = []
        for candidate in candidates:
            try:
                value = getattr(importlib.import_module(candidate), attribute)
            except (ImportError, AttributeError) as exc:
                problems.append(f"{candidate}.{attribute}: {exc}")
                continue
            namespace[name] = value
            return value
        raise ImportError(
            f"{module_name}.{name} is an alias of {' or '.join(f'{c}.{attribute}' for c in candidates)}, "
            f"which this installation of mistralkit does not provide ({'; '.join(problems)})",
            name=module_name,
        )

    def __dir__() -> list[str]:
        return sorted(set(namespace.get("__all__", ())) | set(table))

    return __getattr__, __dir__
