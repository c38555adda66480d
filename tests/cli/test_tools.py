"""``models``, ``ocr``, ``transcribe``, ``embed``, ``moderate``, ``classify`` and ``completion``."""

from __future__ import annotations

import subprocess

import pytest

from mistralkit.cli import exit_codes
from tests.emulator.emulator_data import make_pdf, make_wav


def test_models_table_and_json(mk):
    table = mk("models")
    assert table.out.splitlines()[0].split() == ["ID", "TYPE", "CONTEXT", "CAPABILITIES"]
    assert "codestral-latest" in table.out and "completion_fim" in table.out
    cards = mk("models", "list", "--json").lines()
    assert any(c["id"] == "mistral-small-latest" for c in cards)
    card = mk("models", "get", "mistral-small-latest")
    assert "Mistral Small" in card.out or "mistral-small" in card.out
    assert mk("models", "get", "nope").code == exit_codes.API_ERROR


def test_ocr_prints_markdown_pages(mk, tmp_path):
    pdf = tmp_path / "memo.pdf"
    pdf.write_bytes(make_pdf([["Quarterly memo", "All hands on Friday"], ["Second page"]]))
    result = mk("ocr", str(pdf))
    assert result.code == 0
    assert result.out == "Quarterly memo\nAll hands on Friday\n\nSecond page\n"
    raw = mk("ocr", str(pdf), "--json", "--pages", "1").json()
    assert [p["index"] for p in raw["pages"]] == [1]
    assert mk("ocr", str(tmp_path / "missing.pdf")).code == exit_codes.USAGE


def test_transcribe_text_segments_and_stream(mk, tmp_path):
    audio = tmp_path / "voice.wav"
    audio.write_bytes(make_wav(2.0))
    whole = mk("transcribe", str(audio))
    assert whole.code == 0 and whole.out.strip()
    timed = mk("transcribe", str(audio), "--timestamps")
    assert timed.out.startswith("[") and "→" in timed.out
    streamed = mk("transcribe", str(audio), "--stream")
    assert streamed.out == whole.out
    events = mk("transcribe", str(audio), "--stream", "--json").lines()
    assert events[-1]["type"] == "transcription.done"


def test_embed_prints_one_json_line_per_text(mk):
    result = mk("embed", "first text", "second text")
    lines = result.lines()
    assert [(line["index"], line["text"]) for line in lines] == [(0, "first text"), (1, "second text")]
    assert len(lines[0]["embedding"]) == 1024
    piped = mk("embed", stdin="first text\n\nsecond text\n").lines()
    assert [line["embedding"] for line in piped] == [line["embedding"] for line in lines]
    raw = mk("embed", "x", "--json").json()
    assert raw["object"] == "list" and raw["data"][0]["object"] == "embedding"
    assert mk("embed").code == exit_codes.USAGE


def test_moderate_shows_flagged_categories(mk):
    result = mk("moderate", "I will kill you", "What a lovely day")
    rows = result.out.splitlines()
    assert rows[0].split() == ["TEXT", "FLAGGED", "CATEGORIES"]
    assert rows[1].split()[4] == "yes" and "violence" in rows[1]
    assert rows[2].split()[4] == "no"
    raw = mk("moderate", "hello", "--json").json()
    assert "categories" in raw["results"][0]


def test_classify_shows_the_top_label(mk):
    result = mk("classify", "-m", "mistral-moderation-latest", "hello there")
    assert result.code == 0 and result.out.splitlines()[0].split() == ["TEXT", "TARGET", "LABEL"]
    raw = mk("classify", "-m", "mistral-moderation-latest", "hello", "--json").json()
    assert raw["results"] and isinstance(raw["results"][0], dict)
    assert mk("classify", "hello").code == exit_codes.USAGE  # --model is required


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(mk, shell):
    result = mk("completion", shell, emulator=False)
    assert result.code == 0 and "_MISTRALKIT_COMPLETE" in result.out


def test_bash_completion_completes_commands_and_subcommands(tmp_path):
    import os
    import shutil
    import sys

    exe = shutil.which("mistralkit", path=os.path.dirname(sys.executable))
    assert exe, "the mistralkit command is installed next to the interpreter"

    def complete(words: str) -> list[str]:
        env = {**os.environ, "_MISTRALKIT_COMPLETE": "bash_complete", "COMP_WORDS": words,
               "COMP_CWORD": str(len(words.split(" ")) - 1)}
        done = subprocess.run([exe], env=env, capture_output=True, text=True, timeout=60)
        return [line.split(",", 1)[1] for line in done.stdout.splitlines() if "," in line]

    assert {"files", "fine-tuning", "libraries"} <= set(complete("mistralkit f") + complete("mistralkit l"))
    assert set(complete("mistralkit files ")) >= {"upload", "list", "get", "download", "delete"}
    assert "--emulator" in complete("mistralkit files list --e")
