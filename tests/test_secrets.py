"""The API key never appears in anything mistralkit produces, whatever fails."""

from __future__ import annotations

import logging
import pickle
import socket
import threading
import traceback

import httpx2
import pytest

from mistralkit import ConfigurationError, MistralError, Mistral

from .helpers import MESSAGES, ChunkedStream, Script, event_stream, make_client, ok, sse, chunk
from .servers import LocalServer, stall

KEY = "sk-Secret-4b1d9c0e77aa"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def failures():
    """(name, callable raising a MistralError) for a battery of failures."""
    stop = threading.Event()
    server = LocalServer([stall(stop)])
    refused = f"http://127.0.0.1:{free_port()}"

    def status(code):
        return lambda: make_client(Script(httpx2.Response(code, json={"message": "no"})), api_key=KEY).models.list()

    def leaky(exc):
        # transport exceptions whose own text quotes the key, as h11's protocol errors quote headers
        return lambda: make_client(Script(exc), api_key=KEY, retry_unsafe=True).models.list()

    def cut_stream():
        body = ChunkedStream([sse(chunk("a"), done=False)], fail_after=httpx2.ReadError(f"reset; Authorization: Bearer {KEY}"))
        client = make_client(Script(event_stream(body)), api_key=KEY)
        for _ in client.chat.stream(model="m", messages=MESSAGES):
            pass

    cases = [
        ("401", status(401)),
        ("503 with retries", status(503)),
        ("422", status(422)),
        ("refused", lambda: Mistral(api_key=KEY, server_url=refused, max_retries=1).models.list()),
        ("timeout", lambda: Mistral(api_key=KEY, server_url=server.url, timeout=0.2, max_retries=1).models.list()),
        ("deadline", lambda: Mistral(api_key=KEY, server_url=server.url, deadline=0.3).models.list()),
        ("key with newline", lambda: Mistral(api_key=KEY + "\n", server_url=refused).models.list()),
        ("key with CR in the middle", lambda: Mistral(api_key=KEY[:5] + "\r" + KEY[5:], server_url=refused).models.list()),
        ("callable key with newline", lambda: Mistral(api_key=lambda: KEY + "\n", server_url=refused).models.list()),
        ("header with newline", lambda: Mistral(api_key=KEY, server_url=server.url).models.list(extra_headers={"X-Token": KEY + "\n"})),
        ("protocol error text", leaky(httpx2.LocalProtocolError(f"Illegal header value b'Bearer {KEY}\\n'"))),
        ("read error text", leaky(httpx2.ReadError(f"Bearer {KEY}"))),
        ("timeout text", leaky(httpx2.ReadTimeout(f"Bearer {KEY}"))),
        ("validation", lambda: make_client(Script(ok()), api_key=KEY).chat.complete(model="m", messages=[{"role": 3}])),
        ("stream cut", cut_stream),
        ("bad json", lambda: make_client(Script(httpx2.Response(200, content=b"{no")), api_key=KEY).models.list()),
    ]
    return server, stop, cases


def everything_said_about(exc: BaseException) -> list[str]:
    texts = [str(exc), repr(exc), repr(exc.args), str(vars(exc))]
    texts += traceback.format_exception(type(exc), exc, exc.__traceback__)
    texts.append(pickle.dumps(exc).decode("latin-1"))
    again = pickle.loads(pickle.dumps(exc))
    texts += [str(again), repr(again)]
    return texts


def test_the_key_appears_nowhere(caplog):
    caplog.set_level(logging.DEBUG)
    server, stop, cases = failures()
    seen = set()
    try:
        for name, fail in cases:
            with pytest.raises(MistralError) as info:
                fail()
            seen.add(type(info.value).__name__)
            for text in everything_said_about(info.value):
                assert KEY not in text, f"{name}: {text}"
    finally:
        stop.set()
        server.close()
    # httpcore2's own DEBUG trace quotes the exceptions it sees (a header value given with a newline
    # in extra_headers, above); the records mistralkit writes never do.
    ours = [r for r in caplog.records if r.name.startswith("mistralkit")]
    assert ours
    for record in ours:
        assert KEY not in record.getMessage()
        assert KEY not in logging.Formatter().format(record)
    assert {"AuthenticationError", "InternalServerError", "APIConnectionError", "APITimeoutError", "ConfigurationError", "InvalidRequestError"} <= seen
    assert any(r.levelno == logging.DEBUG for r in ours)  # the debug lines were produced


@pytest.mark.parametrize("bad", ["\n", "\r", "\x00", "\x7f", "\t", "é"])
def test_unsafe_keys_are_refused_before_sending(bad):
    script = Script(ok())
    with pytest.raises(ConfigurationError) as info:
        make_client(script, api_key="sk-abc" + bad).models.list()
    assert script.requests == []
    assert "sk-abc" not in str(info.value)
