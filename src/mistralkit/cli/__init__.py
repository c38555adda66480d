"""The ``mistralkit`` command: the whole API from a terminal, for people and for scripts.

The command needs the ``cli`` extra (Click and rich): ``pip install 'mistralkit[cli]'``. Without it,
``mistralkit serve`` still runs the emulator and every other command says how to install the extra.
Importing :mod:`mistralkit` never imports this package.
"""

from __future__ import annotations

import sys
from typing import Optional, Sequence

from .exit_codes import MISSING_EXTRA

__all__ = ["main"]

INSTALL_HINT = "The mistralkit command needs the 'cli' extra: pip install 'mistralkit[cli]'"


def _has_cli_extra() -> bool:
    try:
        import click  # noqa: F401
        import rich  # noqa: F401
    except ImportError:
        return False
    return True


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command with ``argv`` (default ``sys.argv[1:]``) and return its exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not _has_cli_extra():
        if args[:1] == ["serve"]:
            from .plain import serve_main

            return serve_main(args[1:])
        print(INSTALL_HINT, file=sys.stderr)
        return MISSING_EXTRA
    from .app import run

    return run(args)
