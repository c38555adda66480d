"""The Server-Sent Events decoder, alone and behind a stream served by a real local server."""

from __future__ import annotations

import json
import random
import socket

import pytest

from mistralkit import APIResponseValidationError, Mistral
from mistralkit._sse import EventTooLarge, SSEDecoder

from .helpers import API_KEY, MESSAGES, chunk
from .servers import LocalServer, _head, answer

TEXT = (
    ": a comment\r\n"
    "event: progress\r\n"
    "data: first line\r\n"
    "data:second line\r\n"
    "id: 7\r\n"
    "retry: 1000\r\n"
    "\r\n"
    "data: {\"a\": 1}\r"
    "\r"
    "data\n"
    "\n"
    "event: named-only\n"
    "\n"
    "unknown: field\n"
    "\n"
    "data: tail without a blank line"
)
EVENTS = [
    ("progress", "first line\nsecond line"),
    ("message", '{"a": 1}'),
    ("message", ""),
    ("named-only", ""),
    ("message", "tail without a blank line"),
]


def decode(pieces: list[str], max_event_size: int | None = 1024) -> list[tuple[str, str]]:
    decoder = SSEDecoder(max_event_size)
    events = [event for piece in pieces for event in decoder.feed(piece)]
    return events + decoder.flush()


def test_whole_text() -> None:
    assert decode([TEXT]) == EVENTS


def test_any_split_gives_the_same_events() -> None:
    rng = random.Random(20261130)
    for _ in range(300):
        cuts = sorted(rng.sample(range(1, len(TEXT)), rng.randint(1, 25)))
        pieces = [TEXT[a:b] for a, b in zip([0, *cuts], [*cuts, len(TEXT)])]
        assert decode(pieces) == EVENTS, pieces
    assert decode(list(TEXT)) == EVENTS  # one character at a time, CRLFs split included


def test_a_crlf_split_between_pieces_is_one_line_end() -> None:
    assert decode(["data: x\r", "\ndata: y\r", "\n\r", "\n"]) == [("message", "x\ny")]


def test_an_event_larger_than_the_limit_is_refused() -> None:
    with pytest.raises(EventTooLarge):
        decode(["data: " + "x" * 60 + "\n", "data: " + "y" * 60 + "\n\n"], max_event_size=100)
    with pytest.raises(EventTooLarge):  # a line that never ends
        decode(["data: " + "x" * 60, "x" * 60], max_event_size=100)
    # The size counts per event: many events under the limit pass.
    assert len(decode(["data: " + "x" * 50 + "\n\n"] * 10, max_event_size=100)) == 10


def test_a_stream_with_another_content_type_is_a_clear_error() -> None:
    with LocalServer([answer(200, {"not": "a stream"})]) as server:
        with Mistral(api_key=API_KEY, server_url=server.url, max_retries=0) as client:
            with pytest.raises(APIResponseValidationError, match="expected an event stream, got 'application/json'"):
                list(client.chat.stream(model="m", messages=MESSAGES))


def test_an_oversized_event_ends_the_stream_with_a_clear_error() -> None:
    body = b"data: " + json.dumps(chunk("a")).encode() + b"\n\ndata: " + b"x" * (1024 * 1024 + 10) + b"\n\n"

    def reply(conn: socket.socket, request: object) -> None:
        headers = {"content-type": "text/event-stream", "content-length": str(len(body)), "connection": "close"}
        conn.sendall(_head(200, headers) + body)

    with LocalServer([reply]) as server:
        with Mistral(api_key=API_KEY, server_url=server.url, max_retries=0) as client:
            events = []
            with pytest.raises(APIResponseValidationError, match="after 1 events, a server-sent event exceeded"):
                for event in client.chat.stream(model="m", messages=MESSAGES):
                    events.append(event.data.choices[0].delta.content)
            assert events == ["a"]


def test_an_event_before_an_error_in_the_same_piece_is_delivered() -> None:
    from mistralkit import APIStreamError

    error = json.dumps({"object": "error", "message": "overloaded", "type": "server_error"})
    body = ("data: " + json.dumps(chunk("a")) + "\n\ndata: " + error + "\n\n").encode()

    def reply(conn: socket.socket, request: object) -> None:
        headers = {"content-type": "text/event-stream", "content-length": str(len(body)), "connection": "close"}
        conn.sendall(_head(200, headers) + body)  # one write: both events arrive in one piece

    with LocalServer([reply]) as server:
        with Mistral(api_key=API_KEY, server_url=server.url, max_retries=0) as client:
            seen = []
            with pytest.raises(APIStreamError, match="overloaded"):
                for event in client.chat.stream(model="m", messages=MESSAGES):
                    seen.append(event.data.choices[0].delta.content)
            assert seen == ["a"]


def test_an_event_that_is_not_json_is_a_validation_error_with_its_text() -> None:
    body = b"data: this is not json\n\n"

    def reply(conn: socket.socket, request: object) -> None:
        headers = {"content-type": "text/event-stream", "content-length": str(len(body)), "connection": "close"}
        conn.sendall(_head(200, headers) + body)

    with LocalServer([reply]) as server:
        with Mistral(api_key=API_KEY, server_url=server.url, max_retries=0) as client:
            with pytest.raises(APIResponseValidationError, match="event 1 is not valid JSON") as info:
                list(client.chat.stream(model="m", messages=MESSAGES))
    assert info.value.body == "this is not json" and info.value.status_code == 200
