"""Progress bars on stderr (only when stderr is a terminal): bytes moved, requests done, steps trained."""

from __future__ import annotations

import os
import sys
from typing import IO, Any, Optional

from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from .output import err


def shown() -> bool:
    return sys.stderr.isatty()


def bytes_bar() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=err(),
        disable=not shown(),
        transient=False,
    )


def count_bar() -> Progress:
    """Items done out of a total, with the job's status."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[unit]}"),
        TextColumn("[bold]{task.fields[status]}"),
        TimeElapsedColumn(),
        console=err(),
        disable=not shown(),
        transient=False,
    )


class ReadProgress:
    """A binary file that advances a progress bar as it is read (what an upload does)."""

    def __init__(self, path: str, progress: Progress, description: str) -> None:
        self.name = path
        self.mode = "rb"
        self._handle: IO[bytes] = open(path, "rb")
        self._progress = progress
        self._task: TaskID = progress.add_task(description, total=os.path.getsize(path))

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(size)
        self._progress.update(self._task, completed=self._handle.tell())
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        position = self._handle.seek(offset, whence)
        self._progress.update(self._task, completed=position)
        return position

    def tell(self) -> int:
        return self._handle.tell()

    def seekable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._handle.fileno()

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> "ReadProgress":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


def write_with_progress(binary: Any, destination: IO[bytes], description: str, total: Optional[int]) -> int:
    """Stream a download to ``destination`` with a bytes bar; returns the bytes written."""
    written = 0
    with bytes_bar() as progress:
        task = progress.add_task(description, total=total)
        for chunk in binary.iter_bytes():
            destination.write(chunk)
            written += len(chunk)
            progress.update(task, completed=written)
    return written
