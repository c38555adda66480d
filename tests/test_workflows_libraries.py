"""Document libraries end to end through the mistralkit client, against the in-process emulator.

library -> upload (a generated PDF and a Markdown file) -> poll until processed -> extracted text ->
signed URLs (downloadable, expiring) -> search -> sharing -> delete; then a conversation whose
``document_library`` tool searches the library.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

pytest.importorskip("starlette")
pytest.importorskip("pypdfium2")

sys.path.insert(0, str(Path(__file__).resolve().parent / "emulator"))
from emulator_data import make_pdf  # noqa: E402

import httpx2  # noqa: E402

from mistralkit import BadRequestError, NotFoundError  # noqa: E402
from mistralkit.emulator import create_app  # noqa: E402
from mistralkit.emulator import documents as emulator_documents  # noqa: E402
from mistralkit.emulator.libraries import search_libraries  # noqa: E402
from mistralkit.testing import SyncASGITransport, emulated_async_client, emulated_client  # noqa: E402

REPORT = make_pdf(
    [
        ["Annual report of the Antarctic research station.", "The emperor penguin colony counted 4,200 birds."],
        ["Ice core drilling reached a depth of 3,270 metres.", "Funding for next year is secured."],
    ]
)
RECIPES = (
    b"# Recipes\n\n## Bread\n\nMix flour, water, salt and sourdough starter.\n\n## Soup\n\nSimmer leeks and potatoes.\n"
)
FRIEND = "4a0c8a52-63a4-4d5e-9d0e-0b5cf1f4d1a7"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Any]:
    application = create_app(data_dir=tmp_path / "emulator", job_speed=20)
    yield application
    application.state.emulator.close()


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    c = emulated_client(app)
    yield c
    c.close()


@pytest.fixture
def web(app: Any) -> Iterator[httpx2.Client]:
    """A plain HTTP client without an API key, for the signed URLs."""
    transport = SyncASGITransport(app)
    with httpx2.Client(transport=transport) as http:
        yield http
    transport.close()


def wait_until_processed(client: Any, library_id: str, document_id: str, timeout: float = 10.0) -> Any:
    seen = []
    deadline = time.monotonic() + timeout
    while True:
        status = client.beta.libraries.documents.status(library_id=library_id, document_id=document_id)
        seen.append(status.process_status)
        if status.processing_status != "Running":
            return status, seen
        assert time.monotonic() < deadline, f"still processing after {timeout} s: {seen}"
        time.sleep(0.02)


def test_library_workflow(client: Any, app: Any, web: httpx2.Client, monkeypatch: pytest.MonkeyPatch) -> None:
    libraries = client.beta.libraries
    library = libraries.create(name="Polar science", description="Station reports", chunk_size=256)  # 256 to 32768
    assert library.nb_documents == 0 and library.chunk_size == 256

    report = libraries.documents.upload(library_id=library.id, file=("station-report.pdf", REPORT))
    recipes = libraries.documents.upload(library_id=library.id, file=("recipes.md", RECIPES))
    assert report.process_status in ("todo", "in_progress") and report.processing_status == "Running"
    assert (report.mime_type, recipes.mime_type) == ("application/pdf", "text/markdown")

    status, _ = wait_until_processed(client, library.id, report.id)
    assert (status.process_status, status.processing_status) == ("done", "Completed")
    wait_until_processed(client, library.id, recipes.id)

    again = libraries.documents.upload(library_id=library.id, file=("copy.pdf", REPORT))
    assert again.id == report.id  # same bytes: the existing document

    text = libraries.documents.text_content(library_id=library.id, document_id=report.id).text
    assert "emperor penguin colony counted 4,200 birds" in text and "3,270 metres" in text
    got = libraries.documents.get(library_id=library.id, document_id=report.id)
    assert got.number_of_pages == 2 and got.last_processed_at is not None and got.tokens_processing_total > 0
    lib = libraries.get(library_id=library.id)
    assert lib.nb_documents == 2 and lib.total_size == len(REPORT) + len(RECIPES)

    # signed URLs: no API key needed, and they expire
    url = libraries.documents.get_signed_url(library_id=library.id, document_id=report.id)
    assert web.get(url).content == REPORT
    text_url = libraries.documents.extracted_text_signed_url(library_id=library.id, document_id=report.id)
    assert web.get(text_url).text == text
    expires = int(httpx2.URL(url).params["expires"])
    assert time.time() < expires <= time.time() + emulator_documents.SIGNED_URL_SECONDS + 1
    monkeypatch.setattr(emulator_documents, "SIGNED_URL_SECONDS", 0)
    stale = libraries.documents.get_signed_url(library_id=library.id, document_id=report.id)
    assert web.get(stale).status_code == 403
    assert web.get(url.replace("signature=", "signature=0")).status_code == 403

    # search: the right document for each question
    state = app.state.emulator
    best = search_libraries(state, [library.id], "How many emperor penguins?")[0]
    assert (best["document_name"], best["document_id"]) == ("station-report.pdf", report.id)
    assert search_libraries(state, [library.id], "sourdough bread flour")[0]["document_id"] == recipes.id

    # listing, search, attributes
    libraries.documents.libraries_documents_update_v1(library_id=library.id, document_id=recipes.id, attributes={"kind": "kitchen"})
    page = libraries.documents.list(library_id=library.id, page_size=1)
    assert page.pagination.total_items == 2 and page.pagination.has_more
    assert [d.name for d in page] == ["recipes.md", "station-report.pdf"]  # iterating walks every page
    found = libraries.documents.list(library_id=library.id, search="REPORT")
    assert [d.id for d in found.items] == [report.id]
    kitchen = libraries.documents.list(library_id=library.id, filters_attributes='{"kind": "kitchen"}')
    assert [d.id for d in kitchen.items] == [recipes.id]

    # sharing round trip
    accesses = libraries.accesses
    shared = accesses.update_or_create(
        library_id=library.id, level="Viewer", share_with_uuid=FRIEND, share_with_type="User"
    )
    assert (shared.role, shared.share_with_uuid, shared.user_id) == ("Viewer", FRIEND, FRIEND)
    accesses.update_or_create(library_id=library.id, level="Editor", share_with_uuid=FRIEND, share_with_type="User")
    listed = accesses.list(library_id=library.id).data
    assert [(s.share_with_uuid, s.role) for s in listed] == [(library.owner_id, "Owner"), (FRIEND, "Editor")]
    assert libraries.get(library_id=library.id).explicit_user_members_count == 1
    removed = accesses.delete(library_id=library.id, share_with_uuid=FRIEND, share_with_type="User")
    assert removed.role == "Editor"
    assert [s.role for s in accesses.list(library_id=library.id).data] == ["Owner"]
    with pytest.raises(NotFoundError):
        accesses.delete(library_id=library.id, share_with_uuid=FRIEND, share_with_type="User")

    # reprocess, rename, delete
    libraries.documents.reprocess(library_id=library.id, document_id=recipes.id)
    wait_until_processed(client, library.id, recipes.id)
    renamed = libraries.documents.libraries_documents_update_v1(library_id=library.id, document_id=report.id, name="report-2024.pdf")
    assert renamed.name == "report-2024.pdf"
    libraries.documents.delete(library_id=library.id, document_id=recipes.id)
    with pytest.raises(NotFoundError):
        libraries.documents.get(library_id=library.id, document_id=recipes.id)
    assert libraries.get(library_id=library.id).nb_documents == 1
    assert web.get(url).status_code == 200
    deleted = libraries.delete(library_id=library.id)
    assert deleted.id == library.id
    with pytest.raises(NotFoundError):
        libraries.get(library_id=library.id)
    assert web.get(url).status_code == 404
    assert library.id not in [lib.id for lib in libraries.list().data]


def test_unsupported_document_fails_with_a_reason(client: Any) -> None:
    libraries = client.beta.libraries
    library = libraries.create(name="Misc")
    doc = libraries.documents.upload(library_id=library.id, file=("slides.pptx", b"PK\x03\x04not really"))
    status, _ = wait_until_processed(client, library.id, doc.id)
    assert (status.process_status, status.processing_status) == ("error", "Failed")
    with pytest.raises(BadRequestError, match="Unsupported document type"):
        libraries.documents.text_content(library_id=library.id, document_id=doc.id)


async def test_async_client_pages(app: Any) -> None:
    client = emulated_async_client(app)
    try:
        libraries = client.beta.libraries
        library = await libraries.create(name="Async")
        for i in range(5):
            await libraries.documents.upload(library_id=library.id, file=(f"note-{i}.txt", f"note number {i}".encode()))
        page = await libraries.documents.list(library_id=library.id, page_size=2, sort_by="name", sort_order="asc")
        names = [doc.name async for doc in page]
        assert names == [f"note-{i}.txt" for i in range(5)]
    finally:
        await client.close()


def _conversations_ready() -> bool:
    from mistralkit.emulator import app as app_module

    return "agents_api_v1_conversations_start" in app_module.HANDLERS


def _citations(response: Any) -> list[str]:
    titles = []
    for entry in response.outputs:
        if getattr(entry, "type", None) != "message.output" or isinstance(entry.content, str):
            continue
        for chunk in entry.content:
            if getattr(chunk, "type", None) == "tool_reference":
                titles.append(chunk.title)
    return titles


@pytest.mark.skipif(not _conversations_ready(), reason="the emulator does not implement conversations yet")
def test_conversation_with_document_library_cites_the_document(client: Any) -> None:
    libraries = client.beta.libraries
    library = libraries.create(name="Polar science")
    report = libraries.documents.upload(library_id=library.id, file=("station-report.pdf", REPORT))
    recipes = libraries.documents.upload(library_id=library.id, file=("recipes.md", RECIPES))
    for doc in (report, recipes):
        wait_until_processed(client, library.id, doc.id)

    agent = client.beta.agents.create(
        model="mistral-medium-latest",
        name="Librarian",
        instructions="Answer from the library.",
        tools=[{"type": "document_library", "library_ids": [library.id]}],
    )
    response = client.beta.conversations.start(
        agent_id=agent.id, inputs="How many birds are in the emperor penguin colony?"
    )
    executed = [e for e in response.outputs if getattr(e, "type", None) == "tool.execution"]
    assert executed and executed[0].name == "document_library"
    citations = _citations(response)
    assert citations, response
    assert citations[0] == "station-report.pdf"
    assert "recipes.md" not in citations
