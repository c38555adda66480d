"""Programs in the official SDK's style, ported by changing only their imports, run against the emulator.

Each program in ``tests/parity_programs/`` builds ``Mistral(api_key=os.environ["MISTRAL_API_KEY"])``
exactly as an official-SDK program does; ``MISTRAL_BASE_URL`` points it at a local emulator.
"""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

PROGRAMS = sorted((Path(__file__).parent / "parity_programs").glob("*.py"))


@pytest.fixture(scope="module")
def emulator_url():
    from mistralkit.emulator import BackgroundServer

    with BackgroundServer(api_key="parity-key", job_speed=1000.0) as server:
        yield server.url


def test_there_are_enough_programs() -> None:
    assert len(PROGRAMS) >= 10


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program_runs_unchanged(program: Path, emulator_url: str, monkeypatch, capsys) -> None:
    source = program.read_text()
    if "mistralkit.extra.run" in source:
        pytest.importorskip("mistralkit.lib.run", reason="conversation runs come with mistralkit.lib.run")
    assert "mistralai" not in source and "from mistralkit.client" in source  # only the import differs
    monkeypatch.setenv("MISTRAL_API_KEY", "parity-key")
    monkeypatch.setenv("MISTRAL_BASE_URL", emulator_url)
    runpy.run_path(str(program), run_name="__main__")
    assert capsys.readouterr().out.strip()
