"""/v1/files: upload, list, retrieve, download, delete, signed URLs, persistence."""

from __future__ import annotations

import hashlib
import random
import time
import uuid
from urllib.parse import urlsplit

import pytest
from emulator_support import make_client

from mistralkit.emulator import create_app, multipart

TRAIN = b'{"messages": [{"role": "user", "content": "hi"}]}\n{"messages": []}\n{"messages": []}\n'


async def upload(client, name="train.jsonl", content=TRAIN, purpose="fine-tune", ctype=None):  # type: ignore[no-untyped-def]
    part = (name, content, ctype) if ctype else (name, content)
    r = await client.post("/v1/files", files={"file": part}, data={"purpose": purpose} if purpose else None)
    assert r.status_code == 200, r.text
    return r.json()


async def test_round_trip(client) -> None:  # type: ignore[no-untyped-def]
    meta = await upload(client)
    uuid.UUID(meta["id"])
    assert meta["object"] == "file" and meta["bytes"] == len(TRAIN) and meta["filename"] == "train.jsonl"
    assert (meta["purpose"], meta["sample_type"], meta["source"]) == ("fine-tune", "instruct", "upload")
    assert meta["num_lines"] == 3 and meta["mimetype"] == "application/jsonl"
    assert meta["signature"] == hashlib.sha256(TRAIN).hexdigest()[:16]
    got = (await client.get(f"/v1/files/{meta['id']}")).json()
    assert got == {**meta, "deleted": False}
    r = await client.get(f"/v1/files/{meta['id']}/content")
    assert r.content == TRAIN
    assert r.headers["content-type"] == "application/octet-stream"  # as the API, whatever the stored type
    assert r.headers["content-length"] == str(len(TRAIN))
    assert 'filename="train.jsonl"' in r.headers["content-disposition"]
    r = await client.delete(f"/v1/files/{meta['id']}")
    assert r.json() == {"id": meta["id"], "object": "file", "deleted": True}
    assert (await client.get(f"/v1/files/{meta['id']}")).status_code == 404
    assert (await client.get(f"/v1/files/{meta['id']}/content")).status_code == 404
    assert (await client.delete(f"/v1/files/{meta['id']}")).status_code == 404


async def test_sample_types_and_mimetypes(client) -> None:  # type: ignore[no-untyped-def]
    assert (await upload(client, content=b'{"text": "raw"}\n'))["sample_type"] == "pretrain"
    batch = await upload(client, "b.jsonl", purpose="batch")
    assert batch["sample_type"] == "batch_request"
    binary = await upload(client, "scan.pdf", b"%PDF-1.4\x00\x01", purpose="ocr")
    assert binary["mimetype"] == "application/pdf" and binary["num_lines"] is None
    default = await upload(client, "x.jsonl", purpose=None)
    assert default["purpose"] == "fine-tune"


async def test_list_filters_and_pagination(client) -> None:  # type: ignore[no-untyped-def]
    ids = []
    for i in range(5):
        ids.append((await upload(client, f"part-{i}.jsonl", purpose="batch" if i % 2 else "fine-tune"))["id"])
    body = (await client.get("/v1/files")).json()
    assert body["object"] == "list" and body["total"] == 5
    assert [f["id"] for f in body["data"]] == ids[::-1]  # newest first
    page = (await client.get("/v1/files", params={"page": 1, "page_size": 2})).json()
    assert [f["id"] for f in page["data"]] == ids[::-1][2:4] and page["total"] == 5
    batch = (await client.get("/v1/files", params={"purpose": "batch"})).json()
    assert {f["id"] for f in batch["data"]} == {ids[1], ids[3]} and batch["total"] == 2
    found = (await client.get("/v1/files", params={"search": "PART-3"})).json()
    assert [f["id"] for f in found["data"]] == [ids[3]]
    multi = (
        await client.get("/v1/files", params=[("sample_type", "batch_request"), ("sample_type", "instruct")])
    ).json()
    assert multi["total"] == 5
    none = (await client.get("/v1/files", params={"source": "mistral"})).json()
    assert none == {"data": [], "object": "list", "total": 0}
    no_total = (await client.get("/v1/files", params={"include_total": "false"})).json()
    assert no_total["total"] is None
    assert (await client.get("/v1/files", params={"page_size": 0})).status_code == 400


async def test_files_survive_a_restart(data_dir) -> None:  # type: ignore[no-untyped-def]
    app = create_app(data_dir=data_dir)
    async with make_client(app) as client:
        meta = await upload(client)
        gone = await upload(client, "gone.jsonl")
        await client.delete(f"/v1/files/{gone['id']}")
        url = (await client.get(f"/v1/files/{meta['id']}/url")).json()["url"]
    app.state.emulator.close()

    again = create_app(data_dir=data_dir)
    try:
        async with make_client(again) as client:
            listed = (await client.get("/v1/files")).json()
            assert [f["id"] for f in listed["data"]] == [meta["id"]]
            assert (await client.get(f"/v1/files/{meta['id']}/content")).content == TRAIN
            parts = urlsplit(url)
            r = await client.get(parts.path + "?" + parts.query)  # signing key persisted too
            assert r.status_code == 200 and r.content == TRAIN
    finally:
        again.state.emulator.close()
    assert sorted(p.name for p in (data_dir / "files").iterdir()) == [meta["id"]]


async def test_signed_url_works_without_auth_and_expires(app, client) -> None:  # type: ignore[no-untyped-def]
    meta = await upload(client)
    url = (await client.get(f"/v1/files/{meta['id']}/url", params={"expiry": 2})).json()["url"]
    parts = urlsplit(url)
    assert parts.path == f"/_emulator/signed/files/{meta['id']}"
    expires = int(dict(p.split("=") for p in parts.query.split("&"))["expires"])
    assert abs(expires - (time.time() + 2 * 3600)) < 5
    async with make_client(app, api_key=None) as anonymous:
        r = await anonymous.get(url)
        assert r.status_code == 200 and r.content == TRAIN
        assert (await anonymous.get(url.replace("signature=", "signature=0"))).status_code == 403
        assert (await anonymous.get(url.replace(f"expires={expires}", f"expires={expires + 1}"))).status_code == 403
        expired = (await client.get(f"/v1/files/{meta['id']}/url", params={"expiry": 0})).json()["url"]
        r = await anonymous.get(expired)
        assert r.status_code == 403 and "expired" in r.json()["message"]
    assert (await client.get(f"/v1/files/{meta['id']}/url", params={"expiry": -1})).status_code == 400


async def test_size_limit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = create_app(data_dir=tmp_path, max_file_size=1000)
    try:
        async with make_client(app) as client:
            assert (await client.post("/v1/files", files={"file": ("ok.bin", b"x" * 1000)})).status_code == 200
            r = await client.post("/v1/files", files={"file": ("big.bin", b"x" * 1001)})
            assert r.status_code == 413
            assert "File too large" in r.json()["message"]
            assert (await client.get("/v1/files")).json()["total"] == 1
        assert list((tmp_path / "tmp").iterdir()) == []
    finally:
        app.state.emulator.close()


async def test_temporary_data_dir_is_removed() -> None:
    app = create_app()
    root = app.state.emulator.data_dir
    assert root.exists()
    app.state.emulator.close()
    assert not root.exists()


def _multipart(boundary: str, parts: list[tuple[str, str | None, bytes]]) -> bytes:
    out = b""
    for name, filename, data in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"--{boundary}\r\nContent-Disposition: {disp}\r\n".encode()
        if filename:
            out += b"Content-Type: application/octet-stream\r\n"
        out += b"\r\n" + data + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


@pytest.mark.parametrize("chunk", [1, 3, 7, 64, 100000])
async def test_multipart_parser_handles_any_chunking(tmp_path, chunk) -> None:  # type: ignore[no-untyped-def]
    boundary = "XyZ123"
    payload = bytes(random.Random(chunk).randrange(256) for _ in range(3000)) + b"\r\n--XyZ12 almost a boundary\r\n"
    body = _multipart(
        boundary, [("purpose", None, b"batch"), ("file", "data.bin", payload), ("note", None, "é".encode())]
    )

    async def chunks():  # type: ignore[no-untyped-def]
        for i in range(0, len(body), chunk):
            yield body[i : i + chunk]

    counter = iter(range(100))
    form = await multipart.parse(
        chunks(),
        f"multipart/form-data; boundary={boundary}",
        lambda: tmp_path / f"up{next(counter)}",
        max_file_bytes=10**6,
    )
    assert form.fields == {"purpose": ["batch"], "note": ["é"]}
    up = form.files["file"]
    assert up.filename == "data.bin" and up.size == len(payload)
    assert up.path.read_bytes() == payload
    assert up.sha256 == hashlib.sha256(payload).hexdigest()


async def test_a_repeated_file_field_leaves_no_temporary_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = create_app(data_dir=tmp_path)
    try:
        async with make_client(app) as client:
            body = _multipart(
                "B0undary",
                [
                    ("file", "first.jsonl", b'{"a": 1}\n'),
                    ("purpose", None, b"batch"),
                    ("file", "second.jsonl", b'{"b": 2}\n{"c": 3}\n'),
                ],
            )
            for _ in range(3):
                r = await client.post(
                    "/v1/files", content=body, headers={"content-type": "multipart/form-data; boundary=B0undary"}
                )
                assert r.status_code == 200, r.text
                meta = r.json()
                # The last part of the field wins, as in Starlette's own form.
                assert meta["filename"] == "second.jsonl" and meta["num_lines"] == 2
                content = await client.get(f"/v1/files/{meta['id']}/content")
                assert content.content == b'{"b": 2}\n{"c": 3}\n'
            truncated = body[: len(body) // 2]
            r = await client.post(
                "/v1/files", content=truncated, headers={"content-type": "multipart/form-data; boundary=B0undary"}
            )
            assert r.status_code == 422 and "Truncated" in r.text
        assert list((tmp_path / "tmp").iterdir()) == []
    finally:
        app.state.emulator.close()
