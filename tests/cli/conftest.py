"""Running the ``mistralkit`` command in-process, against the embedded emulator (``--emulator``)."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass
from typing import Any, List, Optional

import pytest

from mistralkit.cli import main


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def lines(self) -> List[Any]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


@pytest.fixture
def emulator_dir(tmp_path, monkeypatch):
    """Each test gets its own emulator state; jobs run 200 times faster than real time."""
    path = tmp_path / "emulator"
    monkeypatch.setenv("MISTRALKIT_EMULATOR_DIR", str(path))
    monkeypatch.setenv("MISTRALKIT_EMULATOR_JOB_SPEED", "200")
    return path


@pytest.fixture
def mk(emulator_dir, capsys, monkeypatch):
    """``mk("files", "list")`` runs ``mistralkit files list --emulator``; ``stdin=`` pipes text in."""

    def run(*args: str, stdin: Optional[str] = "", emulator: bool = True) -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
        argv = list(args) + (["--emulator"] if emulator else [])
        code = main(argv)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
