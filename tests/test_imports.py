"""What each step of a program loads: `import mistralkit` next to nothing, the client class the transport
core, the first call only the types of the resource it uses, and a synchronous program never asyncio.

Each check runs in a fresh interpreter against a standard-library HTTP server started by that interpreter
(the emulator would load asyncio itself).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

SERVER = textwrap.dedent(
    """
    import json, sys, threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    COMPLETION = json.dumps({
        "id": "c1", "object": "chat.completion", "model": "m", "created": 1,
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hello"}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }).encode()
    CHUNK = json.dumps({
        "id": "c1", "object": "chat.completion.chunk", "model": "m", "created": 1,
        "choices": [{"index": 0, "finish_reason": None, "delta": {"content": "hel"}}],
    })

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            payload = (f"data: {CHUNK}\\n\\ndata: [DONE]\\n\\n".encode() if body.get("stream") else COMPLETION)
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream" if body.get("stream") else "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    URL = f"http://127.0.0.1:{server.server_address[1]}"
    loaded = lambda: set(sys.modules)
    """
)

CORE = ("httpx2", "httpcore2", "h11", "anyio", "pydantic", "pydantic_core")


def run(body: str) -> dict:
    code = SERVER + textwrap.dedent(body)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result: dict = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def top(names: list[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


def test_import_mistralkit_loads_no_transport_and_no_model() -> None:
    result = run(
        """
        before = loaded()
        import mistralkit
        new = sorted(loaded() - before)
        print(json.dumps({"new": new}))
        """
    )
    assert not top(result["new"]) & set(CORE)
    assert not [name for name in result["new"] if name.startswith(("mistralkit._client", "mistralkit.types"))]


def test_the_client_class_brings_the_transport_core_and_the_first_call_only_its_resource() -> None:
    result = run(
        """
        before = loaded()
        from mistralkit import Mistral
        with_class = sorted(loaded() - before)
        client = Mistral(api_key="k", server_url=URL)
        before_call = loaded()
        reply = client.chat.complete(model="m", messages=[{"role": "user", "content": "hi"}])
        first_call = sorted(loaded() - before_call)
        events = [e.data.choices[0].delta.content for e in client.chat.stream(model="m", messages=[])]
        client.close()
        print(json.dumps({"with_class": with_class, "first_call": first_call, "content": reply.choices[0].message.content,
                          "events": events, "asyncio": "asyncio" in sys.modules}))
        """
    )
    assert result["content"] == "hello" and result["events"] == ["hel"]
    assert set(CORE) <= top(result["with_class"])
    assert {"mistralkit._transport", "mistralkit._models"} <= set(result["with_class"])
    # No model module comes with the client class: each resource's types load on its first use.
    assert not [name for name in result["with_class"] if name.startswith("mistralkit.types.")]
    # The first call loads what is specific to chat, nothing of the HTTP stack or of pydantic's core.
    assert not top(result["first_call"]) & {"httpx2", "httpcore2", "h11", "anyio", "pydantic_core"}
    assert "mistralkit.types.chat" in result["first_call"]
    # A synchronous program never loads asyncio (several megabytes, tens of milliseconds).
    assert result["asyncio"] is False


def test_async_client_loads_its_aiohttp_backend_when_constructed() -> None:
    result = run(
        """
        from mistralkit import AsyncMistral
        had = "aiohttp" in sys.modules
        AsyncMistral(api_key="k", server_url=URL)
        on_default = "aiohttp" in sys.modules
        print(json.dumps({"had": had, "on_default": on_default}))
        """
    )
    assert result == {"had": False, "on_default": True}


def test_async_client_on_httpx_does_not_load_aiohttp() -> None:
    result = run(
        """
        from mistralkit import AsyncMistral
        AsyncMistral(api_key="k", server_url=URL, http_backend="httpx")
        print(json.dumps({"aiohttp": "aiohttp" in sys.modules}))
        """
    )
    assert result == {"aiohttp": False}
