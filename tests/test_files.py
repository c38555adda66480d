"""Uploads (every file input, errors before sending, replay on retry), downloads (whole, chunked,
to a path or a file, connection released) and pagination (items across pages, page by page)."""

from __future__ import annotations

import asyncio
import io
import os
from pathlib import Path
from typing import Any, Callable

import httpx2
import pytest

from mistralkit import APIConnectionError, AsyncMistral, RateLimitError, Mistral
from mistralkit import types as t
from mistralkit._binary import AsyncBinaryResponse, BinaryResponse
from mistralkit._files import Multipart, guess_content_type, multipart
from mistralkit._pagination import AsyncPage, Page

from .helpers import API_KEY, AsyncChunkedStream, ChunkedStream, FakeClock, Script, make_async_client, make_client, ok
from .test_resources_core import FILE, FILE_ID, BATCH_JOB, COMPLETION_JOB, Part, invoke, multipart_parts

DATA = b'{"messages": [{"role": "user", "content": "Hi"}]}\n' * 3


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "train.jsonl"
    path.write_bytes(DATA)
    return path


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


# --- upload inputs ----------------------------------------------------------------------------------


class SdkFile:
    """Shaped like the official SDK's ``File`` model."""

    def __init__(self, file_name: str, content: Any, content_type: Any = None) -> None:
        self.file_name = file_name
        self.content = content
        self.content_type = content_type


INPUTS: dict[str, tuple[Callable[[Path], Any], tuple[str, str]]] = {
    # id: (make the input from the path of a file holding DATA, (expected file name, expected content type))
    "path-str": (lambda p: str(p), ("train.jsonl", "application/octet-stream")),
    "pathlib": (lambda p: p, ("train.jsonl", "application/octet-stream")),
    "bytes": (lambda p: p.read_bytes(), ("file", "application/octet-stream")),
    "bytearray": (lambda p: bytearray(p.read_bytes()), ("file", "application/octet-stream")),
    "memoryview": (lambda p: memoryview(p.read_bytes()), ("file", "application/octet-stream")),
    "bytesio": (lambda p: io.BytesIO(p.read_bytes()), ("file", "application/octet-stream")),
    "open-rb": (lambda p: open(p, "rb"), ("train.jsonl", "application/octet-stream")),
    "sdk-dict": (lambda p: {"file_name": "data.jsonl", "content": p.read_bytes()}, ("data.jsonl", "application/octet-stream")),
    "sdk-dict-file": (
        lambda p: {"file_name": "data.json", "content": open(p, "rb"), "content_type": "application/x-ndjson"},
        ("data.json", "application/x-ndjson"),
    ),
    "sdk-object": (lambda p: SdkFile("doc.pdf", p.read_bytes()), ("doc.pdf", "application/pdf")),
    "tuple-2": (lambda p: ("speech.mp3", p.read_bytes()), ("speech.mp3", "audio/mpeg")),
    "tuple-3": (lambda p: ("x.bin", io.BytesIO(p.read_bytes()), "text/plain"), ("x.bin", "text/plain")),
    "tuple-path": (lambda p: ("renamed.jsonl", p), ("renamed.jsonl", "application/octet-stream")),
}


@pytest.mark.parametrize("input_id", list(INPUTS))
def test_upload_accepts_every_file_input(kind: str, jsonl: Path, input_id: str) -> None:
    make, (file_name, content_type) = INPUTS[input_id]
    script = Script(ok(FILE))
    result = invoke(kind, script, "files.upload", file=make(jsonl), purpose="fine-tune")
    request = script.requests[0]
    assert (request.method, request.url.path) == ("POST", "/v1/files")
    assert multipart_parts(request) == [
        Part("purpose", None, None, b"fine-tune"),
        Part("file", file_name, content_type, DATA),
    ]
    assert isinstance(result, t.UploadFileOut) and result.id == FILE_ID


def test_upload_without_purpose_sends_only_the_file(kind: str) -> None:
    script = Script(ok(FILE))
    invoke(kind, script, "files.upload", file=("batch.jsonl", b"{}\n"))
    assert multipart_parts(script.requests[0]) == [Part("file", "batch.jsonl", "application/octet-stream", b"{}\n")]


def test_upload_sends_a_content_length_for_sized_inputs(jsonl: Path) -> None:
    script = Script(ok(FILE))
    make_client(script).files.upload(file=jsonl, purpose="batch")
    request = script.requests[0]
    assert int(request.headers["content-length"]) == len(request.content)
    assert "transfer-encoding" not in request.headers


@pytest.mark.parametrize(
    "bad, error, message",
    [
        (lambda p: open(p, "r"), TypeError, "text mode"),
        (lambda p: io.StringIO("text"), TypeError, "text mode"),
        (lambda p: ("a.txt", "some text"), TypeError, "not str"),
        (lambda p: {"file_name": "a.txt"}, TypeError, "'content'"),
        (lambda p: 12345, TypeError, "cannot upload a int"),
        (lambda p: ("a", b"x", "t", "extra"), TypeError, "tuple"),
        (lambda p: p.parent / "missing.jsonl", FileNotFoundError, "no such file to upload"),
        (lambda p: str(p.parent / "nope" / "x.jsonl"), FileNotFoundError, "x.jsonl"),
        (lambda p: p.parent, IsADirectoryError, "is a directory"),
    ],
    ids=["text-file", "stringio", "str-content", "dict-no-content", "int", "long-tuple", "missing", "missing-str", "dir"],
)
def test_unusable_file_fails_before_sending(kind: str, jsonl: Path, bad: Callable, error: type, message: str) -> None:
    script = Script(ok(FILE))
    with pytest.raises(error, match=message):
        invoke(kind, script, "files.upload", file=bad(jsonl))
    assert script.requests == []


def test_unreadable_path_fails_before_sending(jsonl: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if os.geteuid() == 0:  # root reads any file: make this one unreadable another way

        def denied(path: Any, *args: Any, **kwargs: Any) -> Any:
            raise PermissionError(13, "Permission denied", path)

        monkeypatch.setattr("mistralkit._files.open", denied, raising=False)
    jsonl.chmod(0)
    script = Script(ok(FILE))
    with pytest.raises(PermissionError, match="permission denied"):
        make_client(script).files.upload(file=jsonl)
    assert script.requests == []


@pytest.mark.parametrize(
    "name, expected",
    [
        ("a.pdf", "application/pdf"),
        ("a.PNG", "image/png"),
        ("scan.jpeg", "image/jpeg"),
        ("a.mp3", "audio/mpeg"),
        ("a.m4a", "audio/mp4"),
        ("a.flac", "audio/flac"),
        ("a.wav", "audio/x-wav"),
        ("a.json", "application/json"),
        ("a.txt", "text/plain"),
        ("a.jsonl", "application/octet-stream"),
        ("no-extension", "application/octet-stream"),
        ("", "application/octet-stream"),
        (None, "application/octet-stream"),
    ],
)
def test_content_type_inference(name: Any, expected: str) -> None:
    assert guess_content_type(name) == expected


def test_path_files_are_opened_lazily_and_closed(jsonl: Path) -> None:
    before = open_fds()
    parts = multipart({"purpose": "batch"}, {"file": jsonl})
    assert open_fds() == before  # checked, but not opened until sent
    assert isinstance(parts, Multipart) and parts.replayable
    script = Script(ok(FILE))
    make_client(script).files.upload(file=jsonl)
    assert open_fds() == before
    script = Script(httpx2.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        make_client(script, max_retries=1).files.upload(file=jsonl)
    assert len(script.requests) == 2
    assert open_fds() == before


def test_multipart_fields_encoding() -> None:
    parts = multipart(
        {"s": "x", "yes": True, "no": False, "n": 3, "f": 0.5, "list": ["a", "b"], "obj": {"k": [1]}, "skip": None},
        {"file": None},
    )
    # without a file, fields travel as parts without a file name, so the body is still multipart
    assert parts.data == {}
    assert [(name, part[1]) for name, part in parts.files] == [
        ("s", b"x"), ("yes", b"true"), ("no", b"false"), ("n", b"3"), ("f", b"0.5"),
        ("list", b"a"), ("list", b"b"), ("obj", b'{"k":[1]}'),
    ]
    assert all(part[0] is None for _, part in parts.files)
    with_file = multipart({"list": ["a", "b"], "n": 1}, {"file": b"x"})
    assert with_file.data == {"list": ["a", "b"], "n": "1"}
    assert with_file.files == [("file", ("file", b"x", "application/octet-stream"))]


# --- replay on retry --------------------------------------------------------------------------------


class StreamingTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Reads each request body from its stream, as a real connection does, then answers from ``replies``."""

    def __init__(self, *replies: httpx2.Response) -> None:
        self.replies = list(replies)
        self.bodies: list[bytes] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        self.bodies.append(b"".join(request.stream))
        return self.replies.pop(0)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        self.bodies.append(b"".join([chunk async for chunk in request.stream]))
        return self.replies.pop(0)


def _client_on(kind: str, transport: StreamingTransport, **kwargs: Any) -> Any:
    cls, http_cls = (Mistral, httpx2.Client) if kind == "sync" else (AsyncMistral, httpx2.AsyncClient)
    client = cls(api_key=API_KEY, server_url="https://api.test", http_client=http_cls(transport=transport), **kwargs)
    clock = FakeClock()
    client._clock = clock
    client._sleep = clock.sleep if kind == "sync" else clock.async_sleep
    return client


def _upload(kind: str, client: Any, **kwargs: Any) -> Any:
    if kind == "sync":
        return client.files.upload(**kwargs)
    return asyncio.run(client.files.upload(**kwargs))


@pytest.mark.parametrize("input_id", ["pathlib", "open-rb", "bytesio", "bytes", "sdk-dict-file"])
def test_retry_resends_identical_bytes(kind: str, jsonl: Path, input_id: str) -> None:
    # 429: a failure that proves the upload was not processed, so it is retried
    transport = StreamingTransport(httpx2.Response(429, json={"message": "busy"}), httpx2.Response(200, json=FILE))
    client = _client_on(kind, transport)
    result = _upload(kind, client, file=INPUTS[input_id][0](jsonl), purpose="fine-tune")
    assert isinstance(result, t.UploadFileOut)
    first, second = transport.bodies
    assert DATA in first
    # same parts, same content; only the random boundary may differ between two bodies
    boundary = first.split(b"\r\n", 1)[0]
    assert second.startswith(boundary)
    assert first == second


def test_non_seekable_stream_is_sent_once_and_not_retried(kind: str) -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, DATA)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        transport = StreamingTransport(httpx2.Response(429, json={"message": "busy"}), httpx2.Response(200, json=FILE))
        client = _client_on(kind, transport)
        with pytest.raises(RateLimitError):
            _upload(kind, client, file=("piped.jsonl", pipe))
    [body] = transport.bodies
    assert DATA in body


def test_non_seekable_stream_is_sent_chunked() -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, DATA)
    os.close(write_end)
    script = Script(ok(FILE))
    with os.fdopen(read_end, "rb") as pipe:
        make_client(script).files.upload(file=("piped.jsonl", pipe))
    request = script.requests[0]
    assert request.headers["transfer-encoding"] == "chunked"
    assert multipart_parts(request) == [Part("file", "piped.jsonl", "application/octet-stream", DATA)]


# --- downloads --------------------------------------------------------------------------------------

CHUNKS = [b"a" * 1000, b"b" * 1000, b"c" * 500]
BODY = b"".join(CHUNKS)


def _download_reply(stream: Any, headers: dict | None = None) -> Callable[[httpx2.Request], httpx2.Response]:
    return lambda request: httpx2.Response(
        200, headers={"content-type": "application/octet-stream", "x-request-id": "req-dl", **(headers or {})}, stream=stream
    )


def test_download_read_whole_and_connection_released() -> None:
    body = ChunkedStream(CHUNKS)
    response = make_client(Script(_download_reply(body, {"content-length": str(len(BODY))}))).files.download(file_id=FILE_ID)
    assert isinstance(response, BinaryResponse)
    assert body.sent == 0  # nothing read before asked
    assert (response.status_code, response.request_id, response.content_length) == (200, "req-dl", len(BODY))
    assert response.read() == BODY
    assert response.content == BODY
    assert body.closed


def test_download_in_chunks() -> None:
    body = ChunkedStream(CHUNKS)
    response = make_client(Script(_download_reply(body))).files.download(file_id=FILE_ID)
    pieces = list(response.iter_bytes(chunk_size=700))
    assert b"".join(pieces) == BODY
    assert [len(p) for p in pieces] == [700, 700, 700, 400]
    assert body.closed


def test_download_write_to_path_and_file(tmp_path: Path) -> None:
    body = ChunkedStream(CHUNKS, )
    target = tmp_path / "out.jsonl"
    written = make_client(Script(_download_reply(body))).files.download(file_id=FILE_ID).write_to(target)
    assert written == len(BODY) and target.read_bytes() == BODY
    assert body.closed
    body = ChunkedStream(CHUNKS)
    sink = io.BytesIO()
    assert make_client(Script(_download_reply(body))).files.download(file_id=FILE_ID).write_to(sink) == len(BODY)
    assert sink.getvalue() == BODY and body.closed
    with pytest.raises(TypeError, match="binary mode"), open(tmp_path / "t.txt", "w") as text:
        make_client(Script(_download_reply(ChunkedStream(CHUNKS)))).files.download(file_id=FILE_ID).write_to(text)


def test_download_closed_early_releases_the_connection() -> None:
    body = ChunkedStream(CHUNKS)
    with make_client(Script(_download_reply(body))).files.download(file_id=FILE_ID) as response:
        first = next(iter(response.iter_bytes(100)))
        assert first == b"a" * 100
    assert body.closed


def test_download_cut_short_raises_and_leaves_no_partial_file(tmp_path: Path) -> None:
    body = ChunkedStream(CHUNKS, fail_after=httpx2.ReadError("reset"))
    target = tmp_path / "out.bin"
    response = make_client(Script(_download_reply(body))).files.download(file_id=FILE_ID)
    with pytest.raises(APIConnectionError, match="interrupted"):
        response.write_to(target)
    assert not target.exists()
    assert body.closed


def test_download_error_status_is_typed() -> None:
    from mistralkit import NotFoundError

    script = Script(httpx2.Response(404, json={"message": "No file"}, headers={"x-request-id": "r404"}))
    with pytest.raises(NotFoundError, match="No file"):
        make_client(script).files.download(file_id=FILE_ID)


def test_download_raw_response() -> None:
    raw = make_client(Script(_download_reply(ChunkedStream(CHUNKS)))).files.with_raw_response.download(file_id=FILE_ID)
    assert raw.request_id == "req-dl"
    response = raw.parse()
    assert isinstance(response, BinaryResponse) and response.read() == BODY


def test_download_async(tmp_path: Path) -> None:
    async def run() -> None:
        body = AsyncChunkedStream(CHUNKS)
        client = make_async_client(Script(_download_reply(body)))
        response = await client.files.download(file_id=FILE_ID)
        assert isinstance(response, AsyncBinaryResponse)
        with pytest.raises(RuntimeError, match="read"):
            response.content
        assert await response.read() == BODY
        assert response.content == BODY
        assert body.closed

        body = AsyncChunkedStream(CHUNKS)
        response = await make_async_client(Script(_download_reply(body))).files.download(file_id=FILE_ID)
        pieces = [piece async for piece in response.aiter_bytes(1000)]
        assert pieces == CHUNKS[:2] + [CHUNKS[2]] and body.closed

        body = AsyncChunkedStream(CHUNKS)
        target = tmp_path / "a.bin"
        response = await make_async_client(Script(_download_reply(body))).files.download(file_id=FILE_ID)
        assert await response.write_to(target) == len(BODY)
        assert target.read_bytes() == BODY and body.closed

        body = AsyncChunkedStream(CHUNKS)
        async with await make_async_client(Script(_download_reply(body))).files.download(file_id=FILE_ID) as response:
            async for piece in response:
                break
        assert body.closed

        body = AsyncChunkedStream(CHUNKS, fail_after=httpx2.ReadError("reset"))
        response = await make_async_client(Script(_download_reply(body))).files.download(file_id=FILE_ID)
        with pytest.raises(APIConnectionError):
            await response.write_to(tmp_path / "b.bin")
        assert not (tmp_path / "b.bin").exists()

    asyncio.run(run())


# --- pagination -------------------------------------------------------------------------------------


def _file(n: int) -> dict:
    return {**FILE, "id": f"00000000-0000-4000-8000-{n:012d}", "filename": f"f{n}.jsonl"}


def paged_files(sizes: list[int], *, total: Any = "omit") -> Callable[[httpx2.Request], httpx2.Response]:
    """Files list pages of the given sizes (page 0 first); ``total`` reported when given."""

    def reply(request: httpx2.Request) -> httpx2.Response:
        page = int(request.url.params.get("page", "0"))
        start = sum(sizes[:page])
        items = [_file(start + i) for i in range(sizes[page] if page < len(sizes) else 0)]
        payload: dict[str, Any] = {"data": items, "object": "list"}
        if total != "omit":
            payload["total"] = total
        return httpx2.Response(200, json=payload)

    return reply


def _ids(items: list) -> list[str]:
    return [item.id[-2:] for item in items]


def _list(kind: str, script: Script, method: str = "files.list", **kwargs: Any) -> tuple[list, list]:
    """(every item iterated from the first page, every page) for a sync or async client."""
    if kind == "sync":
        first = invoke(kind, script, method, **kwargs)
        assert isinstance(first, Page)
        items = list(first)
        pages = list(invoke(kind, script, method, **kwargs).iter_pages())
        return items, pages

    async def run() -> tuple[list, list]:
        from .test_resources_core import resolve

        client = make_async_client(script)
        first = await resolve(client, method)(**kwargs)
        assert isinstance(first, AsyncPage)
        items = [item async for item in first]
        again = await resolve(client, method)(**kwargs)
        pages = [page async for page in again.iter_pages()]
        return items, pages

    return asyncio.run(run())


def test_items_across_three_pages_stop_on_a_short_page(kind: str) -> None:
    script = Script(paged_files([2, 2, 1], total=None))  # include_total=false: no total to go by
    items, pages = _list(kind, script, page_size=2, purpose="fine-tune")
    assert _ids(items) == ["00", "01", "02", "03", "04"]
    assert [p.page_number for p in pages] == [0, 1, 2]
    assert [len(p) for p in pages] == [2, 2, 1]
    requested = [dict(r.url.params) for r in script.requests]
    # each page is asked once per walk, with the same filters; the first as the caller asked (no page)
    walk = [{"page_size": "2", "purpose": "fine-tune"}] + [
        {"page": str(n), "page_size": "2", "purpose": "fine-tune"} for n in (1, 2)
    ]
    assert requested == walk * 2


def test_items_across_pages_stop_on_an_empty_page(kind: str) -> None:
    script = Script(paged_files([2, 2, 2], total=None))
    items, pages = _list(kind, script, page_size=2)
    assert len(items) == 6
    # the third page is full, so a fourth is asked for and comes back empty
    assert [len(p) for p in pages] == [2, 2, 2, 0]
    assert len(script.requests) == 8


def test_items_across_pages_stop_by_total(kind: str) -> None:
    script = Script(paged_files([2, 2, 2], total=6))
    items, pages = _list(kind, script, page_size=2)
    assert len(items) == 6
    assert [len(p) for p in pages] == [2, 2, 2]
    assert len(script.requests) == 6  # no extra request: total says there is nothing after page 2
    assert pages[-1].has_next_page() is False and pages[0].has_next_page() is True


def test_total_wins_over_a_server_capped_page_size(kind: str) -> None:
    # asked for 100 per page, the server sends 2: the total still says there is more
    script = Script(paged_files([2, 2, 1], total=5))
    items, _ = _list(kind, script, page_size=100)
    assert len(items) == 5


def test_batch_and_fine_tuning_lists_page_too(kind: str) -> None:
    def jobs(payload_item: dict, total: int, size: int) -> Callable[[httpx2.Request], httpx2.Response]:
        def reply(request: httpx2.Request) -> httpx2.Response:
            page = int(request.url.params.get("page", "0"))
            count = max(0, min(size, total - page * size))
            return httpx2.Response(200, json={"data": [payload_item] * count, "object": "list", "total": total})

        return reply

    script = Script(jobs(BATCH_JOB, 5, 2))
    items, pages = _list(kind, script, "batch.jobs.list", page_size=2, status="RUNNING")
    assert len(items) == 5 and all(isinstance(i, t.BatchJobOut) for i in items)
    assert {r.url.params["status"] for r in script.requests} == {"RUNNING"}
    script = Script(jobs(COMPLETION_JOB, 3, 2))
    items, pages = _list(kind, script, "fine_tuning.jobs.list", page_size=2)
    assert len(items) == 3 and all(isinstance(i, t.CompletionJobOut) for i in items)


def test_page_by_page(kind: str) -> None:
    script = Script(paged_files([2, 2, 1], total=5))
    if kind == "sync":
        page = make_client(script).files.list(page_size=2)
        seen = []
        while page is not None:
            seen.append((page.page_number, _ids(page.items), page.total))
            page = page.next_page()
    else:

        async def run() -> list:
            page = await make_async_client(script).files.list(page_size=2)
            seen = []
            while page is not None:
                seen.append((page.page_number, _ids(page.items), page.total))
                page = await page.next_page()
            return seen

        seen = asyncio.run(run())
    assert seen == [(0, ["00", "01"], 5), (1, ["02", "03"], 5), (2, ["04"], 5)]


def test_starting_from_a_later_page(kind: str) -> None:
    script = Script(paged_files([2, 2, 1], total=5))
    items, pages = _list(kind, script, page=1, page_size=2)
    assert _ids(items) == ["02", "03", "04"]
    assert [p.page_number for p in pages] == [1, 2]


def test_page_proxies_the_response() -> None:
    page = make_client(Script(paged_files([2], total=2))).files.list()
    assert page.object == "list" and page.total == 2
    assert page.data is not None and len(page.data) == 2 and page[0].filename == "f0.jsonl"
    assert isinstance(page.response, t.ListFilesOut)
    assert "Page page=0 items=2" in repr(page)
    with pytest.raises(AttributeError):
        page.no_such_field


class _Resp:
    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)


@pytest.mark.parametrize(
    "response, page, size, expected",
    [
        (_Resp(data=[1, 2], has_more=True), 0, 2, True),
        (_Resp(data=[1, 2], has_more=False), 0, 2, False),
        (_Resp(data=[1], pagination=_Resp(has_more=True, total_pages=9)), 0, 50, True),
        (_Resp(data=[1, 2], pagination=_Resp(total_pages=3, current_page=1)), 1, 2, True),
        (_Resp(data=[1, 2], pagination=_Resp(total_pages=3, current_page=2)), 2, 2, False),
        (_Resp(data=[1, 2], pagination=_Resp(total_items=4, page_size=2)), 1, 2, False),
        ({"data": [1, 2], "total": 3}, 0, 2, True),
        ({"data": [1, 2], "total": 2}, 0, 2, False),
        (_Resp(data=[1, 2], total=None), 0, 2, True),
        (_Resp(data=[1], total=None), 0, 2, False),
        (_Resp(data=[], total=10), 0, 2, False),
        (_Resp(data=[1, 2]), 0, None, True),
    ],
)
def test_has_next_page_rules(response: Any, page: int, size: Any, expected: bool) -> None:
    assert Page(response, fetch=lambda n: None, page=page, page_size=size).has_next_page() is expected
    assert Page(response, fetch=None, page=page, page_size=size).has_next_page() is False


def test_bare_array_responses() -> None:
    pages = {0: ["a", "b"], 1: ["c"]}

    def fetch(n: int) -> Page:
        return Page(pages.get(n, []), fetch=fetch, page=n, page_size=2, items=None)

    first = fetch(0)
    assert first.items == ["a", "b"] and list(first) == ["a", "b", "c"]

    async def afetch(n: int) -> AsyncPage:
        return AsyncPage(pages.get(n, []), fetch=afetch, page=n, page_size=2, items=None)

    async def run() -> list:
        first = await afetch(0)
        with pytest.raises(TypeError, match="async for"):
            list(first)
        return [item async for item in first]

    assert asyncio.run(run()) == ["a", "b", "c"]


def test_raw_page_fetches_plain_next_pages() -> None:
    script = Script(paged_files([2, 1], total=3))
    raw = make_client(script).files.with_raw_response.list(page_size=2)
    page = raw.parse()
    nxt = page.next_page()
    assert isinstance(nxt, Page) and _ids(nxt.items) == ["02"]
