"""The interactive chat and the progress bars, in a real terminal: the installed command under a pty."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import time

import pytest

from .terminal import MARKDOWN_ANSWER, ScriptedServer, Terminal, command

pytestmark = pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="needs a POSIX pseudo-terminal")


@pytest.fixture
def env(tmp_path):
    return {"MISTRALKIT_EMULATOR_DIR": str(tmp_path / "emulator"), "MISTRALKIT_EMULATOR_JOB_SPEED": "20",
            "MISTRAL_API_KEY": "test-key"}


def test_interactive_chat_history_commands_and_ctrl_d(tmp_path, env):
    saved = tmp_path / "talk.json"
    term = Terminal(["chat", "--emulator", "--seed", "4"], env, cwd=str(tmp_path))
    try:
        term.wait_for("Chatting with mistral-small-latest")
        term.wait_for("› ")
        mark = term.mark()
        term.send_line("Tell me about lighthouses")
        term.wait_for("› ", after=mark)
        answer = term.since(mark)
        assert len(answer.split()) > 8  # the streamed answer shows before the next prompt

        term.send_line("/usage")
        term.wait_for("tokens so far: prompt")
        assert "tokens so far: prompt 0," not in term.seen

        term.send_line('"""')
        term.send_line("first line of a long question")
        term.send_line("second line")
        term.send_line('"""')
        term.send_line("/system Answer like a sailor.")
        term.wait_for("system: Answer like a sailor.")
        mark = term.mark()
        term.child.sendintr()  # at the prompt: a fresh prompt, the chat goes on
        term.wait_for("› ", after=mark)
        term.send_line("/help")
        term.wait_for("/save FILE")
        term.wait_for("system: Answer like a sailor.")
        term.send_line("/model mistral-large-latest")
        term.wait_for("model: mistral-large-latest")
        term.send_line(f"/save {saved}")
        term.wait_for(f"saved 4 messages to {saved}")
        term.send_line("/reset")
        term.wait_for("conversation reset")
        term.send_line("/load talk.json")
        term.wait_for("loaded 4 messages from talk.json (model mistral-large-latest)")
        mark = term.mark()
        term.send_line("one more \\")
        term.send_line("continued")
        term.wait_for("› ", after=mark + 30)
        term.send_line(f"/save {saved}")
        term.wait_for("saved 6 messages", after=mark)
        term.send_line("/nope")
        term.wait_for("unknown command /nope")
        assert term.leave() == 0
    finally:
        term.close()
    conversation = json.loads(saved.read_text())
    assert conversation["model"] == "mistral-large-latest"
    roles = [m["role"] for m in conversation["messages"]]
    assert roles == ["system", "user", "assistant", "user", "assistant", "user", "assistant"]
    assert conversation["messages"][3]["content"] == "first line of a long question\nsecond line"
    assert conversation["messages"][5]["content"] == "one more \ncontinued"


def test_ctrl_c_stops_the_answer_and_the_chat_goes_on(env):
    with ScriptedServer() as server:
        term = Terminal(["chat", "--server-url", server.url], env)
        try:
            term.wait_for("› ")
            term.send_line("answer slowly please")
            term.wait_for("word3 ")
            term.child.sendintr()
            mark = term.mark()
            term.wait_for("(stopped)", after=mark)
            term.wait_for("› ", after=mark)
            assert "word590" not in term.seen
            mark = term.mark()
            term.send_line("are you there")
            term.wait_for("You said: are you there")
            term.send_line("/usage")
            term.wait_for("tokens so far:")
            assert "completion 1," in term.since(mark)  # the stopped answer sent no usage; this one did
            assert term.leave() == 0
        finally:
            term.close()


def test_markdown_is_rendered_on_a_terminal_and_plain_when_piped(env):
    with ScriptedServer() as server:
        term = Terminal(["chat", "--server-url", server.url, "show me markdown"], env)
        try:
            screen = term.wait_for("low tide")
            assert term.finish() == 0
        finally:
            term.close()
        assert "**moon**" not in screen and "The moon pulls the sea." in screen
        assert "# Tides" not in screen and "Tides" in screen
        assert "• high tide" in screen
        piped = subprocess.run([command(), "chat", "--server-url", server.url, "show me markdown"],
                               capture_output=True, text=True, timeout=60, env={**__import__("os").environ, **env})
        assert piped.returncode == 0 and piped.stdout == MARKDOWN_ANSWER


def test_progress_bar_for_batch_run(tmp_path, env):
    requests = tmp_path / "requests.jsonl"
    requests.write_text("".join(
        json.dumps({"custom_id": f"r{i}", "body": {"messages": [{"role": "user", "content": f"q{i}"}], "max_tokens": 3}})
        + "\n" for i in range(60)))
    out = tmp_path / "results.jsonl"
    term = Terminal(["batch", "run", str(requests), "--model", "mistral-small-latest", "--out", str(out), "--emulator"],
                    env)
    try:
        screen = term.wait_for("succeeded", timeout=60)
        assert term.finish() == 0
    finally:
        term.close()
    # A run this small is sent inline (no upload); the bar counts requests done.
    assert "batch job " in screen and ": 60 requests" in screen
    assert "━" in screen  # the bars themselves
    assert "60/60 requests SUCCESS" in " ".join(screen.split())
    assert "60 succeeded, 0 failed (SUCCESS)" in screen
    assert len(out.read_text().splitlines()) == 60


def test_progress_bar_for_fine_tuning_steps(tmp_path, env):
    data = tmp_path / "train.jsonl"
    data.write_text('{"messages": [{"role": "user", "content": "2+2?"}, {"role": "assistant", "content": "4"}]}\n' * 4)
    upload = subprocess.run([command(), "files", "upload", str(data), "--purpose", "fine-tune", "--json", "--emulator"],
                            capture_output=True, text=True, timeout=60, env={**__import__("os").environ, **env})
    file_id = json.loads(upload.stdout)["id"]
    term = Terminal(["fine-tuning", "create", "-m", "mistral-small-latest", "--training-file", file_id, "--steps", "5",
                     "--wait", "--emulator"], {**env, "MISTRALKIT_EMULATOR_JOB_SPEED": "100"})
    try:
        screen = term.wait_for("last checkpoint", timeout=90)
        assert term.finish() == 0
    finally:
        term.close()
    flat = " ".join(screen.split())
    assert "5/5 steps SUCCESS" in flat


def test_progress_bars_for_document_upload_and_processing(tmp_path, env):
    import os

    run_env = {**os.environ, **env}
    created = subprocess.run([command(), "libraries", "create", "--name", "Docs", "--json", "--emulator"],
                             capture_output=True, text=True, timeout=60, env=run_env)
    library_id = json.loads(created.stdout)["id"]
    doc = tmp_path / "guide.md"
    doc.write_text("# Guide\n\n" + "A line about tides and the moon.\n" * 400)
    term = Terminal(["libraries", "documents", "upload", library_id, str(doc), "--wait", "--emulator"],
                    {**env, "MISTRALKIT_EMULATOR_JOB_SPEED": "5"})
    try:
        screen = term.wait_for("Completed (done)", timeout=60)
        assert term.finish() == 0
    finally:
        term.close()
    flat = " ".join(screen.split())
    assert "uploading guide.md" in flat and "kB" in flat
    assert "processing" in flat and "1/1 documents done" in flat


def test_progress_bars_for_a_file_upload_and_download(tmp_path, env):
    blob = tmp_path / "big.jsonl"
    blob.write_bytes(b'{"messages": [{"role": "user", "content": "x"}]}\n' * 60000)  # about 3 MB
    term = Terminal(["files", "upload", str(blob), "--purpose", "batch", "--json", "--emulator"], env)
    try:
        screen = term.wait_for('"filename":"big.jsonl"', timeout=60)
        assert term.finish() == 0
    finally:
        term.close()
    flat = " ".join(screen.split())
    assert "uploading big.jsonl" in flat and "2.9/2.9 MB" in flat
    file_id = json.loads(screen[screen.index("{"):screen.rindex("}") + 1])["id"]
    copy = tmp_path / "copy.jsonl"
    term = Terminal(["files", "download", file_id, "-o", str(copy), "--emulator"], env)
    try:
        screen = term.wait_for("wrote", timeout=60)
        assert term.finish() == 0
    finally:
        term.close()
    flat = " ".join(screen.split())
    assert "downloading copy.jsonl" in flat and "2.9/2.9 MB" in flat
    assert copy.read_bytes() == blob.read_bytes()


def test_interactive_chat_attaches_files_to_the_first_message(tmp_path, env):
    notes = tmp_path / "notes.txt"
    notes.write_text("Buy rope. Paint the hull.")
    saved = tmp_path / "talk.json"
    term = Terminal(["chat", "--emulator", "--file", str(notes)], env)
    try:
        term.wait_for("› ")
        for line in ("What is on my list?", "And after that?"):
            mark = term.mark()
            term.send_line(line)
            term.wait_for("› ", after=mark + len(line))
        term.send_line(f"/save {saved}")
        term.wait_for("saved 4 messages")
        assert term.leave() == 0
    finally:
        term.close()
    messages = json.loads(saved.read_text())["messages"]
    first, second = messages[0]["content"], messages[2]["content"]
    assert first[0] == {"type": "text", "text": "What is on my list?"}
    assert "Buy rope. Paint the hull." in first[1]["text"]
    assert second == "And after that?"


def test_ctrl_c_during_a_single_answer_exits_130(env):
    with ScriptedServer() as server:
        term = Terminal(["chat", "--server-url", server.url, "answer slowly please"], env)
        try:
            term.wait_for("word2")
            term.child.sendintr()
            assert term.finish() == 130
        finally:
            term.close()
        assert "word590" not in term.seen


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux to read the terminal's scrollback")
def test_a_long_streamed_answer_is_on_screen_once(tmp_path, env):
    """Markdown redrawn while it streams must not leave repeated lines in the terminal's history."""
    socket = str(tmp_path / "tmux.sock")
    with ScriptedServer() as server:
        script = (f"{shlex.quote(command())} chat --server-url {server.url} 'a long answer please'; "
                  "echo END-OF-ANSWER; sleep 60")
        tmux = ["tmux", "-S", socket]
        environment = {**os.environ, **env}
        subprocess.run(tmux + ["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30", "sh", "-c", script],
                       check=True, env=environment, timeout=30)
        try:
            deadline = time.monotonic() + 60
            screen = ""
            while "END-OF-ANSWER" not in screen and time.monotonic() < deadline:
                time.sleep(0.3)
                screen = subprocess.run(tmux + ["capture-pane", "-p", "-J", "-S", "-", "-E", "-"], capture_output=True,
                                        text=True, timeout=30).stdout
        finally:
            subprocess.run(tmux + ["kill-server"], capture_output=True, timeout=30)
    assert "END-OF-ANSWER" in screen
    words = re.findall(r"word\d+", screen)
    assert words == [f"word{i}" for i in range(800)]
