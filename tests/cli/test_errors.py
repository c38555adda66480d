"""Errors: one readable line, documented exit codes, --debug traces; the 'cli' extra stays optional."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time

import pytest

from mistralkit.cli import exit_codes, main
from mistralkit.emulator import BackgroundServer


def test_missing_key_exits_4(mk, monkeypatch):
    monkeypatch.delenv("MISTRAL_API_KEY", raising=False)
    result = mk("models", "--server-url", "http://127.0.0.1:9", emulator=False)
    assert result.code == exit_codes.AUTHENTICATION == 4
    assert "MISTRAL_API_KEY" in result.err


def test_refused_key_exits_4_with_status_message_and_request_id(mk, monkeypatch):
    with BackgroundServer(api_key="the-right-key") as server:
        monkeypatch.setenv("MISTRAL_API_KEY", "a-wrong-key")
        monkeypatch.setenv("MISTRAL_BASE_URL", server.url)
        result = mk("files", "list", emulator=False)
        monkeypatch.setenv("MISTRAL_API_KEY", "the-right-key")
        ok = mk("files", "list", "--json", emulator=False)
    assert result.code == 4
    line = result.err.strip()
    assert line.startswith("error: 401 ") and "[request id " in line and "\n" not in line
    assert "a-wrong-key" not in result.err
    assert ok.code == 0


def test_api_error_exits_1_and_debug_adds_the_trace(mk):
    plain = mk("files", "get", "00000000-0000-4000-8000-000000000000")
    assert plain.code == exit_codes.API_ERROR == 1
    assert plain.err.startswith("error: 404 ") and "Traceback" not in plain.err
    traced = mk("files", "get", "00000000-0000-4000-8000-000000000000", "--debug")
    assert traced.code == 1 and "Traceback" in traced.err and "NotFoundError" in traced.err


def test_validation_error_lists_the_problems(mk):
    result = mk("files", "get", "not-a-uuid")
    assert result.code == 1 and result.err.startswith("error: 422 ") and "file_id" in result.err


def test_unreachable_server_exits_3(mk, monkeypatch):
    monkeypatch.setenv("MISTRAL_API_KEY", "k")
    result = mk("models", "--server-url", "http://127.0.0.1:9", emulator=False)
    assert result.code == exit_codes.CONNECTION == 3
    assert "Connection refused" in result.err or "ConnectError" in result.err


def test_usage_errors_exit_2(mk, tmp_path):
    assert main([]) in (0, 2)  # click prints the help for a bare group
    assert mk("files", "upload", str(tmp_path / "missing.jsonl")).code == 2
    assert mk("batch", "create").code == 2
    assert mk("no-such-command").code == 2
    both = mk("models", "--server-url", "http://127.0.0.1:9")
    assert both.code == 2 and "exclude each other" in both.err


def test_group_options_reach_the_default_command(mk):
    # `mistralkit models --emulator` (the README's form) and `mistralkit --emulator models list`.
    direct = mk("models", emulator=True)
    inherited = mk("--emulator", "--json", "models", "list", emulator=False)
    assert direct.code == inherited.code == 0
    assert "codestral-latest" in direct.out
    assert any(item["id"] == "codestral-latest" for item in inherited.lines())


def _python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, **env})


def test_import_mistralkit_does_not_import_click_or_rich():
    done = _python(
        "import sys, mistralkit; from mistralkit import Mistral; Mistral(api_key='k');"
        "import mistralkit.cli;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('click', 'rich')))"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# What an install with only the 'emulator' extra looks like: click comes with uvicorn, rich does not.
BLOCK_CLI_EXTRA = (
    "import sys; sys.modules['rich'] = None;"
    "from mistralkit.cli import main; sys.exit(main(sys.argv[1:]))"
)


def test_without_the_extra_the_command_says_how_to_install_it():
    done = subprocess.run([sys.executable, "-c", BLOCK_CLI_EXTRA, "models"], capture_output=True, text=True, timeout=60)
    assert done.returncode == exit_codes.MISSING_EXTRA == 6
    assert "pip install 'mistralkit[cli]'" in done.stderr


def test_without_the_extra_serve_still_runs():
    done = subprocess.run([sys.executable, "-c", BLOCK_CLI_EXTRA, "serve", "--help"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and all(o in done.stdout for o in ("--data-dir", "--job-speed", "--engine"))
    # And really serves: port 0, stopped at once by a fault-free SIGINT would need a terminal; start and kill.
    proc = subprocess.Popen([sys.executable, "-c", BLOCK_CLI_EXTRA, "serve", "--port", "0", "--log-level", "info"],
                            stderr=subprocess.PIPE)
    seen = b""
    try:
        deadline = time.monotonic() + 60
        while b"Application startup complete" not in seen and time.monotonic() < deadline:
            # Raw reads: a buffered readline() could hold the line select() no longer reports.
            ready, _, _ = select.select([proc.stderr], [], [], 0.5)
            if ready:
                chunk = os.read(proc.stderr.fileno(), 65536)
                if not chunk:
                    break
                seen += chunk
        assert b"Application startup complete" in seen, seen.decode(errors="replace")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("args", [["serve", "--help"], ["--version"]])
def test_help_and_version_exit_0(args, capsys):
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out
    if args[0] == "serve":
        assert all(option in out for option in ("--port", "--data-dir", "--job-speed", "--engine", "--rate-limit"))


def test_module_entry_point_takes_the_serve_options_and_the_key_variable(monkeypatch):
    from mistralkit.cli.plain import serve_options

    done = subprocess.run([sys.executable, "-m", "mistralkit.emulator", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert all(o in done.stdout for o in ("--data-dir", "--api-key", "--job-speed", "--engine", "MISTRALKIT_EMULATOR_API_KEY"))
    monkeypatch.delenv("MISTRALKIT_EMULATOR_API_KEY", raising=False)
    assert serve_options([]).api_key is None
    monkeypatch.setenv("MISTRALKIT_EMULATOR_API_KEY", "sk-from-env")
    assert serve_options([]).api_key == "sk-from-env"
    assert serve_options(["--api-key", "sk-flag"]).api_key == "sk-flag"
    help_text = subprocess.run([sys.executable, "-m", "mistralkit.cli", "serve", "--help"], capture_output=True,
                               text=True, timeout=60).stdout
    assert "MISTRALKIT_EMULATOR_API_KEY" in help_text  # the Click command reads it too
