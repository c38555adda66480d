"""What every API command shares: the options ``--json``, ``--emulator``, ``--server-url``, ``--debug``
and the client they select."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, TypeVar

import click

if TYPE_CHECKING:
    from .._client import Mistral

F = TypeVar("F", bound=Callable[..., Any])

#: Set by ``--debug`` on any command: errors then print their full trace.
DEBUG = False

DEFAULT_EMULATOR_JOB_SPEED = 10.0


def user_cache_dir() -> Path:
    """The platform's per-user cache directory."""
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


def emulator_data_dir() -> Path:
    """Where ``--emulator`` keeps its state between commands: ``MISTRALKIT_EMULATOR_DIR``, else
    ``<user cache dir>/mistralkit/emulator``."""
    explicit = os.environ.get("MISTRALKIT_EMULATOR_DIR")
    return Path(explicit) if explicit else user_cache_dir() / "mistralkit" / "emulator"


def emulator_job_speed() -> float:
    text = os.environ.get("MISTRALKIT_EMULATOR_JOB_SPEED")
    if not text:
        return DEFAULT_EMULATOR_JOB_SPEED
    try:
        speed = float(text)
    except ValueError:
        raise click.UsageError(f"MISTRALKIT_EMULATOR_JOB_SPEED must be a number, not {text!r}") from None
    if speed <= 0:
        raise click.UsageError("MISTRALKIT_EMULATOR_JOB_SPEED must be greater than 0")
    return speed


class MissingExtra(Exception):
    """An optional extra the command needs is not installed."""


class Session:
    """One command's settings and its client, built on first use and closed when the command ends."""

    def __init__(self, *, json_output: bool = False, emulator: bool = False, server_url: Optional[str] = None) -> None:
        self.json = json_output
        self.emulator = emulator
        self.server_url = server_url
        self._client: Optional["Mistral"] = None
        self._app: Any = None

    @property
    def client(self) -> "Mistral":
        if self._client is None:
            self._client = self._emulated() if self.emulator else self._remote()
        return self._client

    def _remote(self) -> "Mistral":
        from .._client import Mistral

        return Mistral(server_url=self.server_url)

    def _emulated(self) -> "Mistral":
        try:
            from ..testing import emulated_client, emulator_app

            data_dir = emulator_data_dir()
            data_dir.mkdir(parents=True, exist_ok=True)
            app = emulator_app(data_dir=str(data_dir), job_speed=emulator_job_speed())
        except ImportError as exc:
            raise MissingExtra("--emulator needs the 'emulator' extra: pip install 'mistralkit[emulator]'") from exc
        self._app = app
        return emulated_client(app)

    def close(self) -> None:
        client, self._client = self._client, None
        app, self._app = self._app, None
        try:
            if client is not None:
                client.close()
        finally:
            state = getattr(getattr(app, "state", None), "emulator", None)
            if state is not None:
                state.close()

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


META_KEY = "mistralkit.options"


def _options() -> list[Callable[[Any], Any]]:
    return [
        click.option(
            "--json",
            "json_output",
            is_flag=True,
            help="Print the API's JSON as it came: one object, or one per line for lists and streams.",
        ),
        click.option(
            "--emulator",
            is_flag=True,
            help="Answer from the embedded emulator (no API key, no network); state is kept in "
            "MISTRALKIT_EMULATOR_DIR or the user cache dir.",
        ),
        click.option(
            "--server-url",
            default=None,
            metavar="URL",
            help="API base URL (default: MISTRAL_BASE_URL, else https://api.mistral.ai).",
        ),
        click.option("--debug", is_flag=True, help="On error, print the full trace."),
    ]


def _decorate(func: Any) -> Any:
    for option in _options():
        func = option(func)
    return func


def group_options(func: F) -> F:
    """Give a group the shared options too (``mistralkit models --emulator``); its commands inherit them."""

    @functools.wraps(func)
    def wrapper(*args: Any, json_output: bool, emulator: bool, server_url: Optional[str], debug: bool, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        inherited = dict(ctx.meta.get(META_KEY, {}))
        given = {"json_output": json_output, "emulator": emulator, "server_url": server_url, "debug": debug}
        inherited.update({k: v for k, v in given.items() if v})
        ctx.meta[META_KEY] = inherited
        return func(*args, **kwargs)

    return _decorate(wrapper)  # type: ignore[no-any-return]


def api_command(func: F) -> F:
    """Give a command the shared options and call it with a :class:`Session` as first argument."""

    @functools.wraps(func)
    def wrapper(*args: Any, json_output: bool, emulator: bool, server_url: Optional[str], debug: bool, **kwargs: Any) -> Any:
        global DEBUG
        ctx = click.get_current_context(silent=True)
        inherited = ctx.meta.get(META_KEY, {}) if ctx is not None else {}
        json_output = json_output or bool(inherited.get("json_output"))
        emulator = emulator or bool(inherited.get("emulator"))
        server_url = server_url or inherited.get("server_url")
        DEBUG = DEBUG or debug or bool(inherited.get("debug"))
        if emulator and server_url:
            raise click.UsageError("--emulator and --server-url exclude each other")
        with Session(json_output=json_output, emulator=emulator, server_url=server_url) as session:
            return func(session, *args, **kwargs)

    return _decorate(wrapper)  # type: ignore[no-any-return]


def with_raw(resource: Any) -> Any:
    """``resource.with_raw_response``: its methods return a ``RawResponse`` (the API's exact JSON and ``parse()``)."""
    return resource.with_raw_response
