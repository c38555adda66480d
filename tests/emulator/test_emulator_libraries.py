"""/v1/libraries: libraries, documents (processing, text, signed URLs), sharing, search, persistence."""

from __future__ import annotations

import hashlib
import types
import uuid
from pathlib import Path
from typing import Any

import pytest
from emulator_data import make_pdf
from emulator_support import make_client

from mistralkit.emulator import create_app, documents, extract, libraries
from mistralkit.emulator.libraries import process_status, search_libraries

PDF = make_pdf(
    [
        ["Quarterly report of the Lisbon office.", "Revenue grew to 42 million euros."],
        ["The penguin colony on page two doubled in size."],
    ]
)
MARKDOWN = b"# Gardening notes\n\nTomatoes need sun and water.\n\nBasil grows well next to tomatoes.\n"
OTHER_USER = "1b9e6c9a-0d3a-4b8e-9f6a-2f1d1c1e1a11"
WORKSPACE = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"


@pytest.fixture
def app(data_dir: Path) -> Any:
    application = create_app(data_dir=data_dir, job_speed=10_000)
    yield application
    application.state.emulator.close()


class Clock:
    """A fake ``time`` module for the processing clock."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def time(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    fake_module = types.SimpleNamespace(time=fake.time)
    monkeypatch.setattr(libraries, "time", fake_module)
    monkeypatch.setattr(documents, "time", fake_module)
    return fake


async def new_library(client, **body: Any) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    r = await client.post("/v1/libraries", json={"name": "Handbook", **body})
    assert r.status_code == 201, r.text
    return r.json()


async def upload(  # type: ignore[no-untyped-def]
    client, library_id: str, name: str, content: bytes, ctype: str | None = None, status: int = 201
):
    part = (name, content, ctype) if ctype else (name, content)
    r = await client.post(f"/v1/libraries/{library_id}/documents", files={"file": part})
    assert r.status_code == status, r.text
    return r.json()


def doc_url(library_id: str, document_id: str, tail: str = "") -> str:
    return f"/v1/libraries/{library_id}/documents/{document_id}{tail}"


# -- libraries ---------------------------------------------------------------------------


async def test_library_crud_and_counters(client) -> None:  # type: ignore[no-untyped-def]
    lib = await new_library(client, description="Team rules", chunk_size=256)
    uuid.UUID(lib["id"])
    assert lib["name"] == "Handbook" and lib["description"] == "Team rules" and lib["chunk_size"] == 256
    assert (lib["nb_documents"], lib["total_size"]) == (0, 0)
    assert lib["owner_type"] == "User" and lib["created_at"] == lib["updated_at"]
    assert (await new_library(client))["chunk_size"] == libraries.DEFAULT_CHUNK_SIZE
    other = await new_library(client, name="Second")
    listed = (await client.get("/v1/libraries")).json()["data"]
    assert [item["id"] for item in listed][0] == other["id"] and len(listed) == 3
    assert len({item["owner_id"] for item in listed}) == 1  # one emulated user

    await upload(client, lib["id"], "report.pdf", PDF)
    await upload(client, lib["id"], "notes.md", MARKDOWN)
    got = (await client.get(f"/v1/libraries/{lib['id']}")).json()
    assert got["nb_documents"] == 2 and got["total_size"] == len(PDF) + len(MARKDOWN)
    assert got["updated_at"] > lib["updated_at"]

    r = await client.put(f"/v1/libraries/{lib['id']}", json={"name": "Rules", "description": None})
    assert r.status_code == 200
    assert (r.json()["name"], r.json()["description"]) == ("Rules", "Team rules")

    r = await client.delete(f"/v1/libraries/{lib['id']}")
    assert r.status_code == 200 and r.json()["id"] == lib["id"] and r.json()["nb_documents"] == 2
    assert (await client.get(f"/v1/libraries/{lib['id']}")).status_code == 404
    assert (await client.get(f"/v1/libraries/{lib['id']}/documents")).status_code == 404
    assert (await client.delete(f"/v1/libraries/{lib['id']}")).status_code == 404


async def test_library_validation(client) -> None:  # type: ignore[no-untyped-def]
    assert (await client.post("/v1/libraries", json={})).status_code == 422
    assert (await client.post("/v1/libraries", json={"name": "x", "chunk_size": 2})).status_code == 422  # < 256
    assert (await client.post("/v1/libraries", json={"name": "  "})).status_code == 400
    assert (await client.get("/v1/libraries/not-a-uuid")).status_code == 422
    missing = str(uuid.uuid4())
    r = await client.get(f"/v1/libraries/{missing}")
    assert r.status_code == 404 and missing in r.json()["message"]
    assert (await client.put(f"/v1/libraries/{missing}", json={"name": "x"})).status_code == 404


# -- documents ----------------------------------------------------------------------------


async def test_upload_process_and_read(client, app) -> None:  # type: ignore[no-untyped-def]
    lib = await new_library(client)
    pdf = await upload(client, lib["id"], "report.pdf", PDF, "application/pdf")
    assert pdf["library_id"] == lib["id"] and pdf["name"] == "report.pdf" and pdf["size"] == len(PDF)
    assert pdf["hash"] == hashlib.sha256(PDF).hexdigest()
    assert (pdf["mime_type"], pdf["extension"]) == ("application/pdf", "pdf")
    assert pdf["uploaded_by_id"] == lib["owner_id"] and pdf["uploaded_by_type"] == "User"

    status = (await client.get(doc_url(lib["id"], pdf["id"], "/status"))).json()
    assert status == {"document_id": pdf["id"], "process_status": "done", "processing_status": "Completed"}
    got = (await client.get(doc_url(lib["id"], pdf["id"]))).json()
    assert got["number_of_pages"] == 2 and got["last_processed_at"] is not None
    assert got["summary"].startswith("Quarterly report")
    tokens = (got["tokens_processing_main_content"], got["tokens_processing_summary"])
    assert got["tokens_processing_total"] == sum(tokens) and min(tokens) > 0
    text = (await client.get(doc_url(lib["id"], pdf["id"], "/text_content"))).json()["text"]
    assert "Revenue grew to 42 million euros." in text and "penguin colony" in text
    assert text.index("Lisbon") < text.index("penguin")  # pages in order

    md = await upload(client, lib["id"], "notes.md", MARKDOWN)
    assert (md["mime_type"], md["extension"]) == ("text/markdown", "md")
    assert (await client.get(doc_url(lib["id"], md["id"], "/text_content"))).json() == {"text": MARKDOWN.decode()}

    # the same bytes again: the existing document, 200
    again = await upload(client, lib["id"], "copy.md", MARKDOWN, status=200)
    assert again["id"] == md["id"] and again["name"] == "notes.md"
    assert (await client.get(f"/v1/libraries/{lib['id']}")).json()["nb_documents"] == 2


async def test_unsupported_and_broken_documents_fail_clearly(client) -> None:  # type: ignore[no-untyped-def]
    lib = await new_library(client)
    cases = {
        "archive.zip": (b"PK\x03\x04binary", "Unsupported document type"),
        "latin1.txt": ("caf\u00e9 cr\u00e8me".encode("latin-1"), "not valid UTF-8"),
        "broken.pdf": (b"%PDF-1.4 this is not really a PDF", "Could not read the PDF"),
        "blob.txt": (b"abc\x00def", "binary"),
    }
    for name, (content, reason) in cases.items():
        doc = await upload(client, lib["id"], name, content)
        status = (await client.get(doc_url(lib["id"], doc["id"], "/status"))).json()
        assert (status["process_status"], status["processing_status"]) == ("error", "Failed"), name
        r = await client.get(doc_url(lib["id"], doc["id"], "/text_content"))
        assert r.status_code == 400 and reason in r.json()["message"], (name, r.json())
        assert (await client.get(doc_url(lib["id"], doc["id"], "/extracted-text-signed-url"))).status_code == 400
        # the original is still stored and downloadable
        url = (await client.get(doc_url(lib["id"], doc["id"], "/signed-url"))).json()
        assert (await client.get(url)).content == content
    assert (await client.get(f"/v1/libraries/{lib['id']}")).json()["nb_documents"] == 4


async def test_html_and_scanned_pdf(client) -> None:  # type: ignore[no-untyped-def]
    lib = await new_library(client)
    html = (
        b"<html><head><style>p{color:red}</style></head>"
        b"<body><p>Hello <b>world</b></p><script>x()</script></body></html>"
    )
    doc = await upload(client, lib["id"], "page.html", html)
    text = (await client.get(doc_url(lib["id"], doc["id"], "/text_content"))).json()["text"]
    assert "Hello world" in text and "color" not in text and "x()" not in text
    blank = await upload(client, lib["id"], "scan.pdf", make_pdf([[]]))
    got = (await client.get(doc_url(lib["id"], blank["id"]))).json()
    assert got["process_status"] == "done" and got["number_of_pages"] == 1
    assert (await client.get(doc_url(lib["id"], blank["id"], "/text_content"))).json() == {"text": ""}


async def test_processing_follows_the_clock(data_dir: Path, clock: Clock) -> None:
    app = create_app(data_dir=data_dir, job_speed=2.0)
    try:
        async with make_client(app) as client:
            lib = await new_library(client)
            doc = await upload(client, lib["id"], "report.pdf", PDF)  # nominal 2 + 2 * 0.5 = 3 s, at speed 2: 1.5 s
            assert (doc["process_status"], doc["processing_status"]) == ("todo", "Running")
            assert doc["summary"] is None and doc["number_of_pages"] is None and doc["tokens_processing_total"] == 0
            r = await client.get(doc_url(lib["id"], doc["id"], "/text_content"))
            assert r.status_code == 400 and "still being processed" in r.json()["message"]
            assert search_libraries(app.state.emulator, [lib["id"]], "penguin colony") == []
            clock.now += 0.5
            status = (await client.get(doc_url(lib["id"], doc["id"], "/status"))).json()
            assert (status["process_status"], status["processing_status"]) == ("in_progress", "Running")
            clock.now += 1.0
            status = (await client.get(doc_url(lib["id"], doc["id"], "/status"))).json()
            assert (status["process_status"], status["processing_status"]) == ("done", "Completed")
            assert search_libraries(app.state.emulator, [lib["id"]], "penguin colony")[0]["document_id"] == doc["id"]

            # reprocess: back to processing, then done again, same text
            r = await client.post(doc_url(lib["id"], doc["id"], "/reprocess"))
            assert r.status_code == 204 and r.content == b""
            assert (await client.get(doc_url(lib["id"], doc["id"], "/status"))).json()["process_status"] == "todo"
            assert search_libraries(app.state.emulator, [lib["id"]], "penguin colony") == []
            clock.now += 2.0
            got = (await client.get(doc_url(lib["id"], doc["id"]))).json()
            assert got["process_status"] == "done" and got["number_of_pages"] == 2
            assert "penguin" in (await client.get(doc_url(lib["id"], doc["id"], "/text_content"))).json()["text"]
    finally:
        app.state.emulator.close()


def test_process_status_phases() -> None:
    doc = {"started_at": 100.0, "duration": 10.0, "outcome": "error"}
    assert [process_status(doc, t) for t in (100.0, 101.9, 102.0, 109.9, 110.0, 500.0)] == [
        "todo",
        "todo",
        "in_progress",
        "in_progress",
        "error",
        "error",
    ]


async def test_signed_urls(client, app, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    lib = await new_library(client)
    doc = await upload(client, lib["id"], "report.pdf", PDF)
    url = (await client.get(doc_url(lib["id"], doc["id"], "/signed-url"))).json()
    assert url.startswith("http://emulator/_emulator/signed/documents/")
    async with make_client(app, api_key=None) as anonymous:  # no key needed
        r = await anonymous.get(url)
        assert r.status_code == 200 and r.content == PDF
        assert r.headers["content-type"] == "application/pdf" and "report.pdf" in r.headers["content-disposition"]
        text_url = (await client.get(doc_url(lib["id"], doc["id"], "/extracted-text-signed-url"))).json()
        r = await anonymous.get(text_url)
        assert r.status_code == 200 and "penguin colony" in r.text
        assert r.headers["content-type"].startswith("text/plain")
        # tampered: another document's id, or the other part, with the same signature
        assert (await anonymous.get(url.replace("/original?", "/text?"))).status_code == 403
        assert (await anonymous.get(url.replace(doc["id"], str(uuid.uuid4())))).status_code == 403
        assert (await anonymous.get(url.split("?")[0])).status_code == 403
        # expired
        monkeypatch.setattr(documents, "SIGNED_URL_SECONDS", 0)
        expired = (await client.get(doc_url(lib["id"], doc["id"], "/signed-url"))).json()
        r = await anonymous.get(expired)
        assert r.status_code == 403 and "expired" in r.json()["message"]
        # deleted
        assert (await client.delete(doc_url(lib["id"], doc["id"]))).status_code == 204
        assert (await anonymous.get(url)).status_code == 404


async def test_update_delete_and_not_found(client) -> None:  # type: ignore[no-untyped-def]
    lib = await new_library(client)
    doc = await upload(client, lib["id"], "notes.md", MARKDOWN)
    r = await client.put(doc_url(lib["id"], doc["id"]), json={"name": "garden.md", "attributes": {"team": "green"}})
    assert r.status_code == 200
    assert (r.json()["name"], r.json()["attributes"]) == ("garden.md", {"team": "green"})
    r = await client.put(doc_url(lib["id"], doc["id"]), json={"attributes": {"team": ["a", "b"], "year": 2024}})
    assert r.json()["name"] == "garden.md" and r.json()["attributes"] == {"team": ["a", "b"], "year": 2024}
    nested = {"attributes": {"x": {"nested": 1}}}
    assert (await client.put(doc_url(lib["id"], doc["id"]), json=nested)).status_code == 422
    assert (await client.put(doc_url(lib["id"], doc["id"]), json={"name": ""})).status_code == 400

    other = await new_library(client, name="Other")
    assert (await client.get(doc_url(other["id"], doc["id"]))).status_code == 404  # wrong library
    assert (await client.post(doc_url(lib["id"], str(uuid.uuid4()), "/reprocess"))).status_code == 404

    r = await client.delete(doc_url(lib["id"], doc["id"]))
    assert r.status_code == 204 and r.content == b""
    assert (await client.get(doc_url(lib["id"], doc["id"]))).status_code == 404
    assert (await client.delete(doc_url(lib["id"], doc["id"]))).status_code == 404
    assert (await client.get(f"/v1/libraries/{lib['id']}")).json()["nb_documents"] == 0
    r = await client.post(f"/v1/libraries/{lib['id']}/documents", data={"x": "y"}, files={"other": ("a.txt", b"a")})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "file"]


async def test_list_search_filters_sort_and_pagination(client) -> None:  # type: ignore[no-untyped-def]
    lib = await new_library(client)
    ids = {}
    for i, name in enumerate(["beta.md", "Alpha.txt", "gamma.md", "delta-ALPHA.md", "epsilon.txt"]):
        ids[name] = (await upload(client, lib["id"], name, f"document {i}\n".encode() + b"x" * i))["id"]
    await client.put(doc_url(lib["id"], ids["beta.md"]), json={"attributes": {"team": "red", "year": 2023}})
    await client.put(doc_url(lib["id"], ids["gamma.md"]), json={"attributes": {"team": "blue", "year": 2024}})

    async def names(**params: Any) -> list[str]:
        r = await client.get(f"/v1/libraries/{lib['id']}/documents", params=params)
        assert r.status_code == 200, r.text
        return [d["name"] for d in r.json()["data"]]

    assert await names() == ["epsilon.txt", "delta-ALPHA.md", "gamma.md", "Alpha.txt", "beta.md"]  # newest first
    assert await names(sort_order="asc") == ["beta.md", "Alpha.txt", "gamma.md", "delta-ALPHA.md", "epsilon.txt"]
    assert await names(sort_by="name", sort_order="asc") == sorted(ids, key=str.lower)
    by_size = ["epsilon.txt", "delta-ALPHA.md", "gamma.md", "Alpha.txt", "beta.md"]
    assert await names(sort_by="size", sort_order="desc") == by_size
    assert await names(search="alpha") == ["delta-ALPHA.md", "Alpha.txt"]
    assert await names(filters_attributes='{"team": "red"}') == ["beta.md"]
    any_of = await names(filters_attributes='{"team": ["red", "blue"]}', sort_by="name", sort_order="asc")
    assert any_of == ["beta.md", "gamma.md"]
    assert await names(filters_attributes='{"team": "blue", "year": 2023}') == []

    r = await client.get(f"/v1/libraries/{lib['id']}/documents", params={"page_size": 2, "page": 1})
    body = r.json()
    assert body["pagination"] == {
        "total_items": 5,
        "total_pages": 3,
        "current_page": 1,
        "page_size": 2,
        "has_more": True,
    }
    assert [d["name"] for d in body["data"]] == ["gamma.md", "Alpha.txt"]
    last = (await client.get(f"/v1/libraries/{lib['id']}/documents", params={"page_size": 2, "page": 2})).json()
    assert last["pagination"]["has_more"] is False and len(last["data"]) == 1
    past = (await client.get(f"/v1/libraries/{lib['id']}/documents", params={"page_size": 2, "page": 9})).json()
    assert past["data"] == [] and past["pagination"]["total_items"] == 5

    bad = [
        {"sort_by": "colour"},
        {"sort_order": "sideways"},
        {"filters_attributes": "[1]"},
        {"filters_attributes": "{"},
    ]
    for params in bad:
        r = await client.get(f"/v1/libraries/{lib['id']}/documents", params=params)
        assert r.status_code == 400, params
    assert (await client.get(f"/v1/libraries/{lib['id']}/documents", params={"page_size": 101})).status_code == 422


# -- sharing -----------------------------------------------------------------------------


async def test_sharing_round_trip(client) -> None:  # type: ignore[no-untyped-def]
    lib = await new_library(client)
    share_url = f"/v1/libraries/{lib['id']}/share"
    listed = (await client.get(share_url)).json()["data"]
    assert len(listed) == 1 and listed[0]["role"] == "Owner" and listed[0]["share_with_uuid"] == lib["owner_id"]
    org_id = listed[0]["org_id"]

    r = await client.put(share_url, json={"level": "Viewer", "share_with_uuid": OTHER_USER, "share_with_type": "User"})
    assert r.status_code == 200
    assert r.json() == {
        "library_id": lib["id"],
        "user_id": OTHER_USER,
        "org_id": org_id,
        "role": "Viewer",
        "share_with_type": "User",
        "share_with_uuid": OTHER_USER,
    }
    r = await client.put(share_url, json={"level": "Editor", "share_with_uuid": OTHER_USER, "share_with_type": "User"})
    assert r.json()["role"] == "Editor"
    ws = await client.put(
        share_url, json={"level": "Viewer", "share_with_uuid": WORKSPACE, "share_with_type": "Workspace"}
    )
    assert ws.json()["user_id"] is None
    await client.put(
        share_url, json={"level": "Viewer", "share_with_uuid": org_id, "share_with_type": "Org", "org_id": org_id}
    )
    listed = (await client.get(share_url)).json()["data"]
    assert [(s["share_with_type"], s["role"]) for s in listed] == [
        ("User", "Owner"),
        ("User", "Editor"),
        ("Workspace", "Viewer"),
        ("Org", "Viewer"),
    ]
    got = (await client.get(f"/v1/libraries/{lib['id']}")).json()
    assert (got["explicit_user_members_count"], got["explicit_workspace_members_count"], got["org_sharing_role"]) == (
        1,
        1,
        "Viewer",
    )

    # DELETE with a JSON body; the contract's stray "level" may be there or not
    r = await client.request("DELETE", share_url, json={"share_with_uuid": OTHER_USER, "share_with_type": "User"})
    assert r.status_code == 200 and r.json()["role"] == "Editor"
    r = await client.request(
        "DELETE", share_url, json={"share_with_uuid": WORKSPACE, "share_with_type": "Workspace", "level": "Viewer"}
    )
    assert r.status_code == 200
    r = await client.request("DELETE", share_url, json={"share_with_uuid": OTHER_USER, "share_with_type": "User"})
    assert r.status_code == 404
    assert [s["share_with_type"] for s in (await client.get(share_url)).json()["data"]] == ["User", "Org"]


async def test_sharing_validation(client) -> None:  # type: ignore[no-untyped-def]
    lib = await new_library(client)
    share_url = f"/v1/libraries/{lib['id']}/share"
    bad = [
        {"level": "Owner", "share_with_uuid": OTHER_USER, "share_with_type": "User"},
        {"level": "Viewer", "share_with_uuid": "nope", "share_with_type": "User"},
        {"level": "Viewer", "share_with_uuid": OTHER_USER, "share_with_type": "Team"},
        {"share_with_uuid": OTHER_USER, "share_with_type": "User"},
    ]
    for body in bad:
        assert (await client.put(share_url, json=body)).status_code == 422, body
    r = await client.request(
        "DELETE", share_url, json={"share_with_uuid": OTHER_USER, "share_with_type": "User", "level": "Boss"}
    )
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "level"]
    assert (await client.request("DELETE", share_url, json={"share_with_type": "User"})).status_code == 422
    owner = {"level": "Viewer", "share_with_uuid": lib["owner_id"], "share_with_type": "User"}
    assert (await client.put(share_url, json=owner)).status_code == 400
    missing = f"/v1/libraries/{uuid.uuid4()}/share"
    assert (await client.get(missing)).status_code == 404
    assert (await client.put(missing, json={**owner, "share_with_uuid": OTHER_USER})).status_code == 404


# -- search ------------------------------------------------------------------------------


async def test_search_libraries_ranks_chunks(client, app) -> None:  # type: ignore[no-untyped-def]
    lib = await new_library(client, chunk_size=256)
    garden = await upload(client, lib["id"], "garden.md", MARKDOWN)
    report = await upload(client, lib["id"], "report.pdf", PDF)
    long_text = "\n\n".join(
        [
            " ".join(["Chapter one is about sailing boats and the harbour wind."] * 30),
            " ".join(["Chapter two explains how volcanoes erupt with hot lava."] * 30),
            " ".join(["Chapter three covers baking bread with sourdough starter."] * 30),
        ]
    ).encode()
    book = await upload(client, lib["id"], "book.txt", long_text)
    other = await new_library(client, name="Other")
    await upload(client, other["id"], "lava.txt", b"Lava and volcanoes, volcanoes and lava.")
    state = app.state.emulator

    hits = search_libraries(state, [lib["id"]], "how do volcanoes erupt?")
    assert hits[0]["document_id"] == book["id"] and "volcanoes" in hits[0]["text"]
    assert "sailing" not in hits[0]["text"]  # the matching chunk, not the whole book
    assert set(hits[0]) == {"library_id", "document_id", "document_name", "text", "score"}
    assert hits[0]["library_id"] == lib["id"] and hits[0]["document_name"] == "book.txt"
    assert all(h["library_id"] == lib["id"] for h in hits)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)

    assert search_libraries(state, [lib["id"]], "tomatoes basil")[0]["document_id"] == garden["id"]
    assert search_libraries(state, [lib["id"]], "revenue Lisbon")[0]["document_id"] == report["id"]
    both = search_libraries(state, [lib["id"], other["id"]], "volcanoes lava", limit=2)
    assert {h["document_name"] for h in both} == {"lava.txt", "book.txt"} and len(both) == 2
    assert search_libraries(state, [lib["id"]], "how do volcanoes erupt?", limit=1) == hits[:1]
    assert search_libraries(state, [lib["id"]], "how do volcanoes erupt?") == hits  # deterministic
    assert search_libraries(state, [str(uuid.uuid4())], "volcanoes") == []
    assert search_libraries(state, [], "volcanoes") == []
    assert search_libraries(state, [lib["id"]], "zzqx wvvk") == []  # nothing related


def test_chunks_pack_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("one two three\n\nfour five\n\n" + " ".join(f"w{i}" for i in range(30)) + "\n\nlast one\n")
    got = list(extract.chunks(path, 8))
    assert got[0] == "one two three\n\nfour five"
    assert all(len(c.split()) <= 8 for c in got[1:-1])
    assert " ".join(got[1:-1]).split() == [f"w{i}" for i in range(30)]
    assert got[-1] == "last one"
    whole = "one two three\n\nfour five\n\n" + " ".join(f"w{i}" for i in range(30)) + "\n\nlast one"
    assert list(extract.chunks(path, 10_000)) == [whole]


# -- persistence ---------------------------------------------------------------------------


async def test_state_survives_restart(data_dir: Path) -> None:
    first = create_app(data_dir=data_dir, job_speed=10_000)
    async with make_client(first) as client:
        lib = await new_library(client, description="kept")
        doc = await upload(client, lib["id"], "report.pdf", PDF)
        await client.put(
            f"/v1/libraries/{lib['id']}/share",
            json={"level": "Editor", "share_with_uuid": OTHER_USER, "share_with_type": "User"},
        )
        url = (await client.get(doc_url(lib["id"], doc["id"], "/signed-url"))).json()
    first.state.emulator.close()
    (data_dir / "libraries" / "orphan-from-a-crash").write_bytes(b"x")

    second = create_app(data_dir=data_dir, job_speed=10_000)
    try:
        async with make_client(second) as client:
            got = (await client.get(f"/v1/libraries/{lib['id']}")).json()
            assert (got["description"], got["nb_documents"], got["owner_id"]) == ("kept", 1, lib["owner_id"])
            assert got["explicit_user_members_count"] == 1
            text = (await client.get(doc_url(lib["id"], doc["id"], "/text_content"))).json()["text"]
            assert "penguin colony" in text
            assert (await client.get(url)).content == PDF
            hits = search_libraries(second.state.emulator, [lib["id"]], "penguin")
            assert hits and hits[0]["document_id"] == doc["id"]
            assert not (data_dir / "libraries" / "orphan-from-a-crash").exists()
            await client.delete(f"/v1/libraries/{lib['id']}")
            assert sorted(p.name for p in (data_dir / "libraries").iterdir()) == []
    finally:
        second.state.emulator.close()


async def test_library_routes_are_implemented() -> None:
    from mistralkit.emulator.app import implemented_operations

    ops = set(implemented_operations())
    for op in (
        "libraries_create_v1",
        "libraries_documents_upload_v1",
        "libraries_documents_get_extracted_text_signed_url_v1",
        "libraries_share_delete_v1",
    ):
        assert op in ops
