"""The interactive chat: history for the session, slash commands, Ctrl-C stops an answer, Ctrl-D leaves."""

from __future__ import annotations

import json
import sys
from typing import Any, Dict, List, Optional, Sequence, Tuple

from .. import _errors
from .attachments import user_content
from .errors import describe
from .output import err, out
from .session import Session

HELP = """\
Type a message and press Enter. Multi-line: end a line with \\ to continue it, or put \"\"\" alone
on a line to start and end a block.
  /model [NAME]   show or change the model
  /system [TEXT]  show, set (or with 'off', remove) the system message
  /save FILE      save the conversation (JSON)
  /load FILE      load a conversation saved with /save
  /reset          forget the conversation (the system message stays)
  /usage          tokens used so far
  /help           this text
Ctrl-C stops an answer; Ctrl-D (on an empty line) leaves."""


class Repl:
    """One interactive chat session over ``session.client``."""

    def __init__(
        self,
        session: Session,
        *,
        model: str,
        system: Optional[str],
        options: Dict[str, Any],
        files: Sequence[str] = (),
        images: Sequence[str] = (),
    ) -> None:
        self.session = session
        # --file/--image given with no prompt: attached to the first message.
        self.attachments: Tuple[Sequence[str], Sequence[str]] = (files, images)
        self.model = model
        self.system = system
        self.options = {k: v for k, v in options.items() if v is not None}
        self.history: List[Dict[str, Any]] = []
        self.tokens = {"prompt": 0, "completion": 0, "total": 0}
        self.markdown = sys.stdout.isatty()

    # --- input ------------------------------------------------------------------------------

    def read(self) -> Optional[str]:
        """One message (maybe several lines); None at end of input."""
        try:
            first = input("› ")
        except EOFError:
            return None
        if first.strip() == '"""':
            lines: List[str] = []
            while True:
                try:
                    line = input("… ")
                except EOFError:
                    break
                if line.strip() == '"""':
                    break
                lines.append(line)
            return "\n".join(lines)
        lines = [first]
        while lines[-1].endswith("\\"):
            lines[-1] = lines[-1][:-1]
            try:
                lines.append(input("… "))
            except EOFError:
                break
        return "\n".join(lines)

    # --- loop -------------------------------------------------------------------------------

    def run(self) -> int:
        try:
            import readline  # noqa: F401 - line editing and history for input()
        except ImportError:  # pragma: no cover - not on every platform
            pass
        err().print(f"Chatting with [bold]{self.model}[/bold]. /help for commands, Ctrl-D to leave.", highlight=False)
        while True:
            try:
                text = self.read()
            except KeyboardInterrupt:
                err().print()
                continue
            if text is None:
                err().print()
                return 0
            if not text.strip():
                continue
            try:
                if text.startswith("/"):
                    self.command(text)
                else:
                    self.ask(text)
            except KeyboardInterrupt:
                # Ctrl-C landing between a command's output and the next prompt: a fresh prompt, as at
                # the prompt itself (only Ctrl-D leaves).
                err().print()

    def messages(self) -> List[Dict[str, Any]]:
        head = [{"role": "system", "content": self.system}] if self.system else []
        return head + self.history

    def ask(self, text: str) -> None:
        from .chat import stream_answer

        files, images = self.attachments
        self.history.append({"role": "user", "content": user_content(text, files, images)})
        params = {"model": self.model, "messages": self.messages(), **self.options}
        try:
            answer, usage, stopped = stream_answer(self.session, params, markdown=self.markdown)
        except KeyboardInterrupt:
            self.history.pop()
            err().print("[dim](stopped)[/dim]")
            return
        except _errors.MistralError as exc:
            self.history.pop()
            line, _ = describe(exc)
            err().print(f"error: {line}", markup=False, highlight=False)
            return
        self.attachments = ((), ())
        if stopped:
            err().print("[dim](stopped)[/dim]")
        if answer:
            # A stopped answer stays in the history as far as it went: it is what the user saw.
            self.history.append({"role": "assistant", "content": answer})
        else:
            self.history.pop()
        if usage is not None:
            self.tokens["prompt"] += usage.prompt_tokens or 0
            self.tokens["completion"] += usage.completion_tokens or 0
            self.tokens["total"] += usage.total_tokens or 0

    # --- slash commands -----------------------------------------------------------------------

    def command(self, text: str) -> None:
        name, _, arg = text.strip().partition(" ")
        arg = arg.strip()
        handler = {
            "/model": self.cmd_model,
            "/system": self.cmd_system,
            "/save": self.cmd_save,
            "/load": self.cmd_load,
            "/reset": self.cmd_reset,
            "/usage": self.cmd_usage,
            "/help": self.cmd_help,
        }.get(name)
        if handler is None:
            err().print(f"unknown command {name}; /help lists them", markup=False)
            return
        try:
            handler(arg)
        except (OSError, ValueError) as exc:
            line, _ = describe(exc)
            err().print(f"error: {line}", markup=False, highlight=False)

    def cmd_help(self, arg: str) -> None:
        out().print(HELP, markup=False, highlight=False)

    def cmd_model(self, arg: str) -> None:
        if arg:
            self.model = arg
        err().print(f"model: {self.model}", markup=False)

    def cmd_system(self, arg: str) -> None:
        if arg == "off":
            self.system = None
        elif arg:
            self.system = arg
        err().print(f"system: {self.system or '(none)'}", markup=False)

    def cmd_save(self, arg: str) -> None:
        if not arg:
            raise ValueError("/save needs a file name")
        with open(arg, "w", encoding="utf-8") as handle:
            json.dump({"model": self.model, "messages": self.messages()}, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        err().print(f"saved {len(self.history)} messages to {arg}", markup=False)

    def cmd_load(self, arg: str) -> None:
        if not arg:
            raise ValueError("/load needs a file name")
        with open(arg, encoding="utf-8") as handle:
            data = json.load(handle)
        messages = data.get("messages") if isinstance(data, dict) else data
        if not isinstance(messages, list) or not all(isinstance(m, dict) and "role" in m for m in messages):
            raise ValueError(f"{arg}: not a saved conversation (expected {{'messages': [{{'role': ...}}, ...]}})")
        if isinstance(data, dict) and isinstance(data.get("model"), str):
            self.model = data["model"]
        self.system = None
        self.history = []
        for message in messages:
            if message["role"] == "system" and not self.history and self.system is None:
                self.system = message.get("content")
            else:
                self.history.append(message)
        err().print(f"loaded {len(self.history)} messages from {arg} (model {self.model})", markup=False)

    def cmd_reset(self, arg: str) -> None:
        self.history = []
        err().print("conversation reset", markup=False)

    def cmd_usage(self, arg: str) -> None:
        t = self.tokens
        err().print(f"tokens so far: prompt {t['prompt']}, completion {t['completion']}, total {t['total']}", markup=False)
