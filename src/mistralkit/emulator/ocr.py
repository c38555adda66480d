"""``POST /v1/ocr``: real text extraction from PDFs.

The document can be ``{"type": "document_url", "document_url": ...}`` (a
``data:application/pdf;base64,...`` URL or an ``http(s)`` URL), ``{"type":
"file", "file_id": ...}`` (an uploaded file) or ``{"type": "image_url", ...}``.

PDFs are opened with pypdfium2: each selected page's text layer becomes that
page's ``markdown`` (line breaks kept, runs of blank lines collapsed), and its
size is reported in pixels at 200 dpi.  ``pages`` selects 0-based page
indices (out of range is a 400).  With ``extract_header`` / ``extract_footer``
the first / last line of a page moves from the markdown to ``header`` /
``footer``.  ``document_annotation_format`` (``json_schema``) yields a
``document_annotation`` generated from the schema with the document's words
as hints.  Images embedded in PDFs are not extracted (``images`` is empty).
A page with no text layer (a scan) gives empty markdown.

Images need an OCR engine: pytesseract (and the tesseract program) if
importable, or the ``image_ocr`` callable given to ``create_app``; otherwise
the request is a 400 explaining to install the ``ocr`` extra.

``usage_info`` reports ``pages_processed`` and ``doc_size_bytes``.  ``model:
null`` means ``mistral-ocr-latest``.
"""

from __future__ import annotations

import io
import json
import re
import struct
import threading
from typing import Any

import anyio.to_thread
from starlette.responses import Response

from . import json_gen
from .errors import bad_request
from .models_catalog import OCR, require
from .responses import json_response
from .routes import Call
from .sources import Source, from_file_id, from_url
from .text_gen import keywords, request_seed, rng_for

DPI = 200
DEFAULT_MODEL = "mistral-ocr-latest"
OCR_EXTRA_HINT = (
    "install the OCR extra: pip install 'mistralkit[ocr]' (pytesseract and Pillow) and the tesseract program"
)
_PDFIUM_LOCK = threading.Lock()  # pdfium is not thread-safe
_BLANKS_RE = re.compile(r"\n{3,}")


def to_markdown(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANKS_RE.sub("\n\n", "\n".join(lines)).strip("\n")


def read_pdf(source: Source, pages: list[int] | None) -> tuple[list[dict[str, Any]], int]:
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(str(source.path) if source.path is not None else source.data)
        except Exception as exc:
            raise bad_request(f"Could not read the PDF document: {exc}", param="document") from None
        try:
            total = len(pdf)
            wanted = list(range(total)) if pages is None else pages
            for index in wanted:
                if not 0 <= index < total:
                    raise bad_request(
                        f"Page index {index} is out of range: the document has {total} pages (indices start at 0)",
                        param="pages",
                    )
            out = []
            for index in wanted:
                page = pdf[index]
                try:
                    width, height = page.get_size()
                    textpage = page.get_textpage()
                    try:
                        text = textpage.get_text_range()
                    finally:
                        textpage.close()
                finally:
                    page.close()
                out.append(
                    {
                        "index": index,
                        "text": to_markdown(text),
                        "width": round(width / 72 * DPI),
                        "height": round(height / 72 * DPI),
                        "dpi": DPI,
                    }
                )
            return out, total
        finally:
            pdf.close()


def image_size(data: bytes) -> tuple[int, int]:
    """Pixel size of a PNG, GIF, BMP or JPEG image (0, 0 when unknown)."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return struct.unpack("<HH", data[6:10])
    if data[:2] == b"BM" and len(data) >= 26:
        w, h = struct.unpack("<ii", data[18:26])
        return abs(w), abs(h)
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            length = struct.unpack(">H", data[i + 2 : i + 4])[0]
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                h, w = struct.unpack(">HH", data[i + 5 : i + 9])
                return w, h
            i += 2 + length
    return 0, 0


def _kind(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith((b"\x89PNG", b"\xff\xd8", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")) or head[8:12] == b"WEBP":
        return "image"
    return "unknown"


def _default_engine() -> Any:
    try:
        import pytesseract  # type: ignore[import-not-found]
        from PIL import Image  # type: ignore[import-not-found]
    except ImportError:
        return None

    def run(data: bytes) -> str:
        return pytesseract.image_to_string(Image.open(io.BytesIO(data)))

    return run


def ocr_image(state: Any, data: bytes) -> dict[str, Any]:
    engine = state.image_ocr or _default_engine()
    if engine is None:
        raise bad_request(f"OCR of images needs an OCR engine, none is available: {OCR_EXTRA_HINT}", param="document")
    try:
        text = engine(data)
    except Exception as exc:
        raise bad_request(f"OCR of the image failed ({exc}); {OCR_EXTRA_HINT}", param="document") from None
    width, height = image_size(data)
    return {"index": 0, "text": to_markdown(str(text)), "width": width, "height": height, "dpi": DPI}


async def _load(call: Call, document: dict[str, Any]) -> Source:
    kind = document.get("type")
    if kind == "file" or ("file_id" in document and kind is None):
        return from_file_id(call.state, document["file_id"])
    if kind == "image_url" or "image_url" in document:
        image = document["image_url"]
        url = image.get("url", "") if isinstance(image, dict) else str(image)
        return await from_url(call.state, url, "document.image_url")
    return await from_url(call.state, document["document_url"], "document.document_url")


def _page_object(page: dict[str, Any], header: bool, footer: bool) -> dict[str, Any]:
    text = page["text"]
    head = foot = None
    if header or footer:
        lines = text.split("\n")
        if header and lines and lines[0].strip():
            head = lines.pop(0)
        if footer and lines and lines[-1].strip():
            foot = lines.pop()
        text = "\n".join(lines).strip("\n")
    return {
        "index": page["index"],
        "markdown": text,
        "images": [],
        "tables": [],
        "hyperlinks": [],
        "header": head,
        "footer": foot,
        "dimensions": {"dpi": page["dpi"], "height": page["height"], "width": page["width"]},
    }


def _annotation(fmt: dict[str, Any] | None, text: str, seed: int) -> str | None:
    if not fmt:
        return None
    kind = fmt.get("type", "text")
    rng = rng_for(seed, "annotation")
    hints = keywords(text, limit=8)
    if kind == "json_schema":
        spec = fmt.get("json_schema") or {}
        try:
            json_gen.check_schema(spec.get("schema"))
        except json_gen.SchemaError as exc:
            raise bad_request(f"Invalid JSON schema in document_annotation_format: {exc}") from None
        return json.dumps(json_gen.generate(spec.get("schema"), rng, hints), ensure_ascii=False)
    if kind == "json_object":
        return json.dumps({"summary": " ".join(hints), "characters": len(text)}, ensure_ascii=False)
    return None


async def ocr(call: Call) -> Response:
    body: dict[str, Any] = call.body
    model = body.get("model") or DEFAULT_MODEL
    require(model, OCR)
    source = await _load(call, body["document"])
    kind = _kind(source.head(16))
    pages = body.get("pages")
    if kind == "pdf":
        raw_pages, _ = await anyio.to_thread.run_sync(read_pdf, source, pages)
    elif kind == "image":
        if pages not in (None, [], [0]):
            raise bad_request("An image has a single page: pages can only select page 0", param="pages")
        data = source.read()
        raw_pages = [await anyio.to_thread.run_sync(ocr_image, call.state, data)]
    else:
        raise bad_request(
            "Unsupported document type: the emulator reads PDF documents and PNG/JPEG/GIF/BMP/TIFF/WEBP images",
            param="document",
        )
    header, footer = bool(body.get("extract_header")), bool(body.get("extract_footer"))
    page_objects = [_page_object(p, header, footer) for p in raw_pages]
    all_text = "\n\n".join(p["markdown"] for p in page_objects)
    return json_response(
        {
            "pages": page_objects,
            "model": model,
            "document_annotation": _annotation(body.get("document_annotation_format"), all_text, request_seed(body)),
            "usage_info": {"pages_processed": len(page_objects), "doc_size_bytes": source.size},
        }
    )
