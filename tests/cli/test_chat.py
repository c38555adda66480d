"""``mistralkit chat`` (one question), ``fim``: streamed and whole, piped stdin, attachments, --json."""

from __future__ import annotations

import json

from mistralkit.testing import emulated_client


def test_chat_streams_the_same_answer_as_a_whole_completion(mk):
    streamed = mk("chat", "Tell me about lighthouses", "--usage", "--seed", "3")
    assert streamed.code == 0 and streamed.out.strip()
    assert "tokens: prompt" in streamed.err
    whole = mk("chat", "Tell me about lighthouses", "--seed", "3", "--no-stream")
    assert whole.code == 0 and whole.out == streamed.out


def test_chat_answer_is_the_api_answer(mk):
    with emulated_client() as client:
        expected = client.chat.complete(
            model="mistral-small-latest", messages=[{"role": "user", "content": "Name a painter"}], random_seed=1
        ).choices[0].message.content
    result = mk("chat", "Name a painter", "--seed", "1")
    assert result.out == expected + "\n"


def test_chat_system_prompt_and_max_tokens(mk):
    result = mk("chat", "hi", "--system", "Be brief.", "--max-tokens", "2", "--usage")
    assert result.code == 0 and "completion 2," in result.err


def test_chat_reads_piped_stdin_after_the_prompt(mk):
    notes = "The meeting moved to Tuesday. Bring the budget."
    piped = mk("chat", "Summarise", "--json", "--no-stream", stdin=notes)
    alone = mk("chat", "Summarise", "--json", "--no-stream")
    # The prompt sent is longer with the notes appended: more prompt tokens.
    assert piped.json()["usage"]["prompt_tokens"] > alone.json()["usage"]["prompt_tokens"]
    only_stdin = mk("chat", "--json", "--no-stream", stdin=notes)
    assert only_stdin.code == 0 and only_stdin.json()["object"] == "chat.completion"


def test_chat_json_stream_is_one_chunk_per_line(mk):
    result = mk("chat", "hi", "--json", "--max-tokens", "4")
    chunks = result.lines()
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert chunks[-1]["usage"]["completion_tokens"] == 4
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert text.strip()


def test_chat_attaches_files_and_images(mk, tmp_path):
    note = tmp_path / "notes.txt"
    note.write_text("alpha beta gamma " * 50)
    image = tmp_path / "dot.png"
    image.write_bytes(bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000185d6c3a80000000049454e44ae426082"
    ))
    plain = mk("chat", "Describe", "--json", "--no-stream").json()["usage"]["prompt_tokens"]
    with_file = mk("chat", "Describe", "--file", str(note), "--json", "--no-stream").json()["usage"]["prompt_tokens"]
    with_image = mk("chat", "Describe", "--image", str(image), "--json", "--no-stream").json()["usage"]["prompt_tokens"]
    assert with_file > plain + 50
    assert with_image > plain
    bad = mk("chat", "Describe", "--image", str(note))
    assert bad.code == 2 and "not an image" in bad.err


def test_chat_without_any_prompt_when_piped_is_a_usage_error(mk):
    result = mk("chat")
    assert result.code == 2 and "no prompt" in result.err


def test_chat_reports_api_errors_in_one_line(mk):
    result = mk("chat", "hi", "--model", "no-such-model")
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: 400 Invalid model") and "[request id " in lines[0]


def test_fim_streams_and_completes(mk):
    streamed = mk("fim", "def add(a, b):", "--suffix", "print(add(1, 2))", "--seed", "2", "--max-tokens", "12")
    whole = mk("fim", "def add(a, b):", "--suffix", "print(add(1, 2))", "--seed", "2", "--max-tokens", "12", "--no-stream")
    assert streamed.code == whole.code == 0
    assert streamed.out == whole.out and streamed.out.strip()
    raw = mk("fim", "def add(a, b):", "--max-tokens", "3", "--no-stream", "--json").json()
    assert raw["object"] == "chat.completion" or "choices" in raw
    assert json.dumps(raw)


def test_the_installed_command_reads_a_real_pipe_and_ignores_dev_null(emulator_dir):
    import os
    import shutil
    import subprocess
    import sys

    exe = shutil.which("mistralkit", path=os.path.dirname(sys.executable))
    env = {**os.environ, "MISTRALKIT_EMULATOR_DIR": str(emulator_dir)}
    args = [exe, "chat", "Summarise", "--json", "--no-stream", "--emulator"]
    piped = subprocess.run(args, input="notes " * 30, capture_output=True, text=True, timeout=60, env=env)
    alone = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60, env=env)
    assert piped.returncode == alone.returncode == 0
    assert json.loads(piped.stdout)["usage"]["prompt_tokens"] > json.loads(alone.stdout)["usage"]["prompt_tokens"] + 20
