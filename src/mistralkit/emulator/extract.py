"""Text extraction and chunking for library documents.

:func:`extract` reads an uploaded document from disk and writes its text to
another file, without holding the document in memory:

* **PDF** (recognised by its ``%PDF`` header, whatever the name says): the text
  layer of each page, read with pypdfium2, pages separated by a blank line.  A
  page without a text layer (a scan) contributes nothing.
* **Text**: plain text, Markdown, CSV/TSV, JSON/JSONL, XML, YAML, reST, logs
  (by content type or extension), decoded as UTF-8 (a BOM is dropped) and
  kept as is.  HTML is reduced to its text (scripts and styles dropped).
* Anything else, binary data, invalid UTF-8 or an unreadable PDF: extraction
  fails with a message saying why; the document is kept but its processing
  ends in ``error``.

:func:`chunks` then cuts the text into chunks of at most ``chunk_size`` tokens
of the emulator's tokenizer: paragraphs (blocks separated by blank lines) are
packed together while they fit, and a paragraph longer than a chunk is cut
between tokens.
"""

from __future__ import annotations

import codecs
import math
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from .ocr import _PDFIUM_LOCK, to_markdown
from .tokenizer import count_tokens, tokenize

READ_BYTES = 1 << 16
SUMMARY_WORDS = 40
TEXT_TYPES = (
    "text/",
    "application/json",
    "application/jsonl",
    "application/x-ndjson",
    "application/xml",
    "application/x-yaml",
    "application/yaml",
    "application/markdown",
)
TEXT_EXTENSIONS = {
    "txt", "text", "md", "markdown", "mdx", "csv", "tsv", "json", "jsonl", "ndjson", "xml", "yaml", "yml",
    "rst", "log", "html", "htm", "ini", "toml", "tex",
}  # fmt: skip
SUPPORTED = "PDF, plain text, Markdown, HTML, CSV, JSON, XML and YAML"
_WORD_RE = re.compile(r"\S+")


@dataclass
class Extraction:
    error: str | None = None
    pages: int | None = None
    characters: int = 0
    summary: str | None = None

    @property
    def nominal_seconds(self) -> float:
        """How long the service would take: 2 s, plus 0.5 s per page (3000 characters count as a page of text)."""
        if self.error is not None:
            return 1.0
        pages = self.pages if self.pages is not None else max(1, math.ceil(self.characters / 3000))
        return min(2.0 + 0.5 * pages, 600.0)


class _Writer:
    """Writes the extracted text, normalising line ends and remembering its first words."""

    def __init__(self, dest: Path) -> None:
        self.fh = open(dest, "w", encoding="utf-8", newline="\n")
        self.characters = 0
        self.head: list[str] = []
        self.pending_cr = False

    def write(self, text: str) -> None:
        if self.pending_cr:
            text = "\r" + text
            self.pending_cr = False
        if text.endswith("\r"):
            text, self.pending_cr = text[:-1], True
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
        if not text:
            return
        if len(self.head) <= SUMMARY_WORDS:
            self.head.extend(_WORD_RE.findall(text)[: SUMMARY_WORDS + 1])
        self.characters += len(text)
        self.fh.write(text)

    def close(self) -> None:
        if self.pending_cr:
            self.fh.write("\n")
            self.characters += 1
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()

    def summary(self) -> str | None:
        if not self.head:
            return None
        text = " ".join(self.head[:SUMMARY_WORDS])
        return text + " …" if len(self.head) > SUMMARY_WORDS else text


class _HTMLText(HTMLParser):
    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "pre"}

    def __init__(self, out: _Writer) -> None:
        super().__init__(convert_charrefs=True)
        self.out = out
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:  # type: ignore[type-arg]
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.out.write("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self.out.write("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.write(data)


def kind_of(head: bytes, mime_type: str | None, extension: str | None) -> str:
    """``pdf``, ``html``, ``text`` or ``unsupported``."""
    if head.startswith(b"%PDF"):
        return "pdf"
    mime = (mime_type or "").lower()
    ext = (extension or "").lower()
    if mime == "text/html" or ext in ("html", "htm"):
        return "html"
    if mime.startswith(TEXT_TYPES) or ext in TEXT_EXTENSIONS:
        return "text"
    return "unsupported"


def _extract_pdf(source: Path, out: _Writer) -> int:
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:  # pdfium is not thread-safe
        pdf = pdfium.PdfDocument(str(source))
        try:
            total = len(pdf)
            for index in range(total):
                page = pdf[index]
                try:
                    textpage = page.get_textpage()
                    try:
                        text = to_markdown(textpage.get_text_range())
                    finally:
                        textpage.close()
                finally:
                    page.close()
                if text:
                    if out.characters:
                        out.write("\n\n")
                    out.write(text)
            return total
        finally:
            pdf.close()


def _extract_text(source: Path, out: _Writer, html: bool) -> None:
    decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
    parser = _HTMLText(out) if html else None
    with open(source, "rb") as fh:
        while True:
            data = fh.read(READ_BYTES)
            if b"\x00" in data:
                raise ValueError("the file looks binary (it contains NUL bytes), not text")
            text = decoder.decode(data, final=not data)
            if parser is not None:
                parser.feed(text)
            else:
                out.write(text)
            if not data:
                break
    if parser is not None:
        parser.close()


def extract(source: Path, dest: Path, mime_type: str | None, extension: str | None) -> Extraction:
    """Extract the text of ``source`` into ``dest`` (``fsync``-ed); never raises for bad input."""
    with open(source, "rb") as fh:
        head = fh.read(8)
    kind = kind_of(head, mime_type, extension)
    out = _Writer(dest)
    result = Extraction()
    try:
        if kind == "pdf":
            try:
                result.pages = _extract_pdf(source, out)
            except Exception as exc:
                result.error = f"Could not read the PDF document: {exc}"
        elif kind in ("text", "html"):
            try:
                _extract_text(source, out, html=kind == "html")
            except UnicodeDecodeError as exc:
                result.error = f"The document is not valid UTF-8 text (byte {exc.start} of a read block)"
            except ValueError as exc:
                result.error = f"The document is not readable as text: {exc}"
        else:
            label = mime_type or (f".{extension}" if extension else "unknown")
            result.error = f"Unsupported document type ({label}): the emulator extracts text from {SUPPORTED} files"
    finally:
        out.close()
    result.characters = out.characters
    result.summary = None if result.error else out.summary()
    return result


def _paragraphs(path: Path) -> Iterator[str]:
    lines: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                lines.append(line.rstrip("\n"))
            elif lines:
                yield "\n".join(lines).strip()
                lines = []
    if lines:
        yield "\n".join(lines).strip()


def chunks(path: Path, chunk_size: int) -> Iterator[str]:
    """The chunks of the text file ``path``, in order (see the module docstring)."""
    current: list[str] = []
    size = 0
    for paragraph in _paragraphs(path):
        tokens = count_tokens(paragraph)
        if tokens > chunk_size:
            if current:
                yield "\n\n".join(current)
                current, size = [], 0
            pieces = tokenize(paragraph)
            for start in range(0, len(pieces), chunk_size):
                piece = "".join(pieces[start : start + chunk_size]).strip()
                if piece:
                    yield piece
            continue
        if current and size + tokens > chunk_size:
            yield "\n\n".join(current)
            current, size = [], 0
        current.append(paragraph)
        size += tokens
    if current:
        yield "\n\n".join(current)
