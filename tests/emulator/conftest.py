from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"
try:  # installed (editable or not)?
    import mistralkit.emulator  # noqa: F401
except ImportError:  # running from a checkout
    sys.path.insert(0, str(SRC))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import httpx2  # noqa: E402
from emulator_support import make_client  # noqa: E402

from mistralkit.emulator import create_app  # noqa: E402


@pytest.fixture(autouse=True)
def _no_env_faults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MISTRALKIT_FAULTS", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def app(data_dir: Path) -> Iterator[Any]:
    application = create_app(data_dir=data_dir)
    yield application
    application.state.emulator.close()


@pytest.fixture
async def client(app: Any) -> AsyncIterator[httpx2.AsyncClient]:
    async with make_client(app) as c:
        yield c
