"""Texts given as arguments, or one per line on standard input."""

from __future__ import annotations

import os
import stat
import sys
from typing import List, Sequence

import click


def piped_stdin() -> bool:
    """Standard input is a pipe or a file to read (not a terminal, not /dev/null or a closed stream)."""
    if sys.stdin is None or sys.stdin.closed:
        return False
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, OSError, ValueError):
        return not sys.stdin.isatty()  # an in-memory stream standing in for stdin
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def texts(arguments: Sequence[str]) -> List[str]:
    """The TEXT arguments, else the non-empty lines of piped stdin; a usage error when there are none."""
    if arguments:
        return list(arguments)
    if piped_stdin():
        lines = [line.rstrip("\n") for line in sys.stdin]
        found = [line for line in lines if line.strip()]
        if found:
            return found
    raise click.UsageError("no text: give TEXT arguments or pipe one text per line on stdin")
