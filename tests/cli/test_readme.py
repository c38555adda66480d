"""The README's first command stays true: its extras exist and its `mistralkit` invocation works."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[2]


def test_readme_first_command_installs_existing_extras_and_runs(mk):
    first = next(line for line in (ROOT / "README.md").read_text().splitlines() if "pip install" in line)
    extras = re.search(r"-e '\.\[([a-z,]+)\]'", first).group(1).split(",")
    defined = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert "cli" in extras and all(name in defined for name in extras)
    assert any(dep.startswith("click") for dep in defined["cli"]) and any(dep.startswith("rich") for dep in defined["cli"])
    command = shlex.split(first.split("&&")[-1])
    assert command[0].endswith("mistralkit")
    result = mk(*command[1:], emulator=False)
    assert result.code == 0 and len(result.out.split()) > 5
