"""Static types users see, checked with mypy --strict: tests/typing/*.py mark each expected error `# E: code`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api")

HERE = Path(__file__).parent / "typing"


@pytest.mark.parametrize("path", sorted(HERE.glob("check_*.py")), ids=lambda p: p.name)
def test_static_types(path: Path) -> None:
    stdout, stderr, _ = api.run(["--strict", "--no-error-summary", "--hide-error-context", str(path)])
    found = set()
    for line in stdout.splitlines():
        match = re.match(rf"(?:.*/)?{re.escape(path.name)}:(\d+): error: .*\[([a-z-]+)\]$", line)
        if match:
            found.add((int(match.group(1)), match.group(2)))
        else:
            assert ": note:" in line or not line.strip(), line
    expected = {
        (number, match.group(1))
        for number, text in enumerate(path.read_text().splitlines(), 1)
        if (match := re.search(r"# E: ([a-z-]+)", text))
    }
    assert found == expected, stdout + stderr
