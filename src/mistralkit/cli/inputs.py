"""Texts given as arguments, or one per line on standard input."""

from __future__ import annotations

import sys
from typing import List, Sequence

import click


def texts(arguments: Sequence[str]) -> List[str]:
    """The TEXT arguments, else the non-empty lines of piped stdin; a usage error when there are none."""
    if arguments:
        return list(arguments)
    if sys.stdin is not None and not sys.stdin.isatty():
        lines = [line.rstrip("\n") for line in sys.stdin]
        found = [line for line in lines if line.strip()]
        if found:
            return found
    raise click.UsageError("no text: give TEXT arguments or pipe one text per line on stdin")
