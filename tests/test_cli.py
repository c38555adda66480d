"""The mistralkit command."""

from __future__ import annotations

import pytest

from mistralkit.cli import main


def test_chat_streams_from_the_emulator(capsys):
    assert main(["chat", "--emulator", "Tell me about lighthouses", "--usage", "--seed", "3"]) == 0
    streamed = capsys.readouterr()
    assert streamed.out.strip()
    assert "tokens: prompt" in streamed.err
    assert main(["chat", "--emulator", "Tell me about lighthouses", "--seed", "3", "--no-stream"]) == 0
    whole = capsys.readouterr()
    assert whole.out == streamed.out


def test_chat_system_prompt_and_max_tokens(capsys):
    assert main(["chat", "--emulator", "hi", "--system", "Be brief.", "--max-tokens", "2", "--usage"]) == 0
    captured = capsys.readouterr()
    assert "completion 2," in captured.err


def test_chat_reports_api_errors(capsys):
    assert main(["chat", "--emulator", "hi", "--model", "no-such-model"]) == 1
    assert "Invalid model" in capsys.readouterr().err


def test_models_lists_the_emulator_models(capsys):
    assert main(["models", "--emulator"]) == 0
    out = capsys.readouterr().out
    assert "codestral-latest" in out and "completion_fim" in out


def test_missing_key_is_a_clear_error(capsys, monkeypatch):
    monkeypatch.delenv("MISTRAL_API_KEY", raising=False)
    assert main(["models", "--server-url", "http://127.0.0.1:9"]) == 1
    assert "MISTRAL_API_KEY" in capsys.readouterr().err


def test_usage_errors_exit_2():
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2
