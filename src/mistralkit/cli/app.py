"""The root ``mistralkit`` group: registers every command group and turns errors into exit codes."""

from __future__ import annotations

import os
import sys
import traceback
from typing import Any, Sequence

import click

from .._version import __version__
from . import exit_codes, session
from .errors import describe
from .output import err

HELP = """Mistral AI API client and local emulator.

Every API command takes --json (the API's JSON, for scripts), --emulator (the embedded emulator:
no API key, no network) and --server-url. The API key comes from MISTRAL_API_KEY.
"""


@click.group(help=HELP, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="mistralkit")
@session.group_options
def cli() -> None:
    pass


def _register() -> None:
    from . import (
        agents,
        batch,
        chat,
        classifiers,
        completion,
        conversations,
        embed,
        files,
        fim,
        fine_tuning,
        libraries,
        models,
        ocr,
        serve,
        transcribe,
    )

    for command in (
        chat.chat,
        fim.fim,
        models.models,
        files.files,
        batch.batch,
        fine_tuning.fine_tuning,
        agents.agents,
        conversations.conversations,
        libraries.libraries,
        ocr.ocr,
        transcribe.transcribe,
        embed.embed,
        classifiers.moderate,
        classifiers.classify,
        completion.completion,
        serve.serve,
    ):
        cli.add_command(command)


_register()


def run(args: Sequence[str]) -> int:
    """Run ``mistralkit`` with ``args``; every failure becomes one line on stderr and an exit code."""
    session.DEBUG = False
    try:
        result: Any = cli.main(args=list(args), prog_name="mistralkit", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except (click.Abort, KeyboardInterrupt):
        err().print()
        return exit_codes.INTERRUPTED
    except session.MissingExtra as exc:
        err().print(f"error: {exc}", markup=False)
        return exit_codes.MISSING_EXTRA
    except BrokenPipeError:
        # The reader went away (`mistralkit ... | head`): not an error. Point stdout at /dev/null so the
        # interpreter's final flush does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return exit_codes.OK
    except Exception as exc:  # noqa: BLE001 - the command's single place where errors are reported
        if session.DEBUG:
            traceback.print_exc()
        line, code = describe(exc)
        err().print(f"error: {line}", markup=False, highlight=False, soft_wrap=True)
        return code
    return result if isinstance(result, int) else exit_codes.OK
