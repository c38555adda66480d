"""/v1/ocr: PDFs read for real with pypdfium2."""

from __future__ import annotations

import base64
import json
import socket

from emulator_data import make_pdf
from emulator_support import make_client
from jsonschema import Draft202012Validator

from mistralkit.emulator import create_app

PAGES = [
    ["Quarterly Report", "Revenue grew by 12 percent."],
    ["Second page", "Costs (fixed) stayed flat."],
    ["Appendix"],
]


def data_url(pdf: bytes) -> str:
    return "data:application/pdf;base64," + base64.b64encode(pdf).decode()


async def ocr(client, document, status=200, **extra):  # type: ignore[no-untyped-def]
    r = await client.post("/v1/ocr", json={"model": "mistral-ocr-latest", "document": document, **extra})
    assert r.status_code == status, r.text
    return r.json()


async def test_pdf_text_layer_becomes_markdown(client) -> None:  # type: ignore[no-untyped-def]
    pdf = make_pdf(PAGES, size=(612, 792))
    body = await ocr(client, {"type": "document_url", "document_url": data_url(pdf)})
    assert [p["index"] for p in body["pages"]] == [0, 1, 2]
    assert body["pages"][0]["markdown"] == "Quarterly Report\nRevenue grew by 12 percent."
    assert body["pages"][1]["markdown"] == "Second page\nCosts (fixed) stayed flat."
    assert body["pages"][0]["dimensions"] == {"dpi": 200, "width": 1700, "height": 2200}
    assert body["usage_info"] == {"pages_processed": 3, "doc_size_bytes": len(pdf)}
    assert body["model"] == "mistral-ocr-latest"


async def test_pages_selection_and_range(client) -> None:  # type: ignore[no-untyped-def]
    pdf = make_pdf(PAGES, size=(300, 400))
    body = await ocr(client, {"document_url": data_url(pdf)}, pages=[2, 0])
    assert [p["index"] for p in body["pages"]] == [2, 0]
    assert body["pages"][0]["markdown"] == "Appendix"
    assert body["pages"][0]["dimensions"] == {"dpi": 200, "width": 833, "height": 1111}
    assert body["usage_info"]["pages_processed"] == 2
    err = await ocr(client, {"document_url": data_url(pdf)}, status=400, pages=[3])
    assert "out of range" in err["message"]


async def test_uploaded_file_and_header_footer(client) -> None:  # type: ignore[no-untyped-def]
    pdf = make_pdf([["ACME Corp", "Body text here", "Page 1"]])
    up = await client.post("/v1/files", files={"file": ("doc.pdf", pdf, "application/pdf")}, data={"purpose": "ocr"})
    file_id = up.json()["id"]
    body = await ocr(client, {"type": "file", "file_id": file_id}, extract_header=True, extract_footer=True)
    (page,) = body["pages"]
    assert (page["header"], page["markdown"], page["footer"]) == ("ACME Corp", "Body text here", "Page 1")
    await ocr(client, {"type": "file", "file_id": "0b0b0b0b-0000-4000-8000-000000000000"}, status=404)


async def test_signed_url_of_an_upload_is_read_locally(client) -> None:  # type: ignore[no-untyped-def]
    pdf = make_pdf([["Signed and sealed"]])
    file_id = (await client.post("/v1/files", files={"file": ("s.pdf", pdf)}, data={"purpose": "ocr"})).json()["id"]
    url = (await client.get(f"/v1/files/{file_id}/url")).json()["url"]
    body = await ocr(client, {"document_url": url})
    assert body["pages"][0]["markdown"] == "Signed and sealed"


async def test_document_annotation_follows_schema(client) -> None:  # type: ignore[no-untyped-def]
    schema = {
        "type": "object",
        "properties": {"title": {"type": "string"}, "pages": {"type": "integer"}},
        "required": ["title", "pages"],
    }
    fmt = {"type": "json_schema", "json_schema": {"name": "doc", "schema": schema}}
    body = await ocr(client, {"document_url": data_url(make_pdf(PAGES))}, document_annotation_format=fmt)
    Draft202012Validator(schema).validate(json.loads(body["document_annotation"]))


async def test_bad_documents(client) -> None:  # type: ignore[no-untyped-def]
    err = await ocr(
        client,
        {"document_url": "data:application/pdf;base64," + base64.b64encode(b"%PDF-1.4 broken").decode()},
        status=400,
    )
    assert "Could not read the PDF" in err["message"]
    err = await ocr(
        client, {"document_url": "data:text/plain;base64," + base64.b64encode(b"hello").decode()}, status=400
    )
    assert "Unsupported document type" in err["message"]
    err = await ocr(client, {"document_url": "ftp://example.com/x.pdf"}, status=400)
    assert "scheme" in err["message"]
    err = await ocr(client, {"document_url": data_url(make_pdf(PAGES))}, status=400, model="mistral-small-latest")
    assert "does not support OCR" in err["message"]


async def test_unreachable_url_is_a_clear_400(client) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    err = await ocr(client, {"document_url": f"http://127.0.0.1:{port}/report.pdf"}, status=400)
    assert err["message"].startswith(f"Failed to fetch document.document_url http://127.0.0.1:{port}/report.pdf")


PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


async def test_images_need_an_engine(client) -> None:  # type: ignore[no-untyped-def]
    url = "data:image/png;base64," + base64.b64encode(PNG_1x1).decode()
    err = await ocr(client, {"type": "image_url", "image_url": url}, status=400)
    assert "mistralkit[ocr]" in err["message"]


async def test_images_with_an_engine(tmp_path) -> None:  # type: ignore[no-untyped-def]
    seen = []

    def engine(data: bytes) -> str:
        seen.append(data)
        return "INVOICE 42\nTotal: 10 EUR"

    app = create_app(data_dir=tmp_path, image_ocr=engine)
    try:
        async with make_client(app) as client:
            url = "data:image/png;base64," + base64.b64encode(PNG_1x1).decode()
            body = await ocr(client, {"type": "image_url", "image_url": {"url": url}})
            assert seen == [PNG_1x1]
            (page,) = body["pages"]
            assert page["markdown"] == "INVOICE 42\nTotal: 10 EUR"
            assert (page["dimensions"]["width"], page["dimensions"]["height"]) == (1, 1)
    finally:
        app.state.emulator.close()
