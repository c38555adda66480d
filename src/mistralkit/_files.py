"""Multipart request bodies: form fields and file parts, streamed from disk as they are sent.

``multipart(fields, files)`` accepts every way a caller may hand over a file (``FileInput``):

- a path (``str`` or ``os.PathLike``): checked at once, opened only when the request is sent, read
  in 64 KiB chunks (a file of any size is never held in memory), closed by ``Multipart.close()``;
- ``bytes`` / ``bytearray`` / ``memoryview``;
- a binary file object (``open(..., "rb")``, ``io.BytesIO``...); a text-mode one is a ``TypeError``;
- the official SDK's ``{"file_name": ..., "content": ..., "content_type": ...}`` dict, or an
  object with those attributes (e.g. the SDK's ``File`` model);
- a ``(file_name, content)`` or ``(file_name, content, content_type)`` tuple.

Without an explicit content type, one is guessed from the file name (``application/octet-stream``
when unknown).
"""

from __future__ import annotations

import enum
import io
import json
import mimetypes
import os
from typing import IO, Any, Iterable, List, Mapping, Optional, Tuple, Union

__all__ = ["FileInput", "Multipart", "multipart", "guess_content_type"]

FileInput = Union[
    str,
    "os.PathLike[str]",
    bytes,
    bytearray,
    memoryview,
    IO[bytes],
    Mapping[str, Any],
    Tuple[Any, ...],
    Any,
]

DEFAULT_CONTENT_TYPE = "application/octet-stream"
# The standard library's own table (independent of the machine's mime.types), plus the audio and
# document formats the API takes that it lacks.
_EXTRA_TYPES = {
    ".m4a": "audio/mp4",
    ".flac": "audio/flac",
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
    ".opus": "audio/ogg",
    ".weba": "audio/webm",
    ".webm": "audio/webm",
    ".aac": "audio/aac",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".webp": "image/webp",
    ".avif": "image/avif",
}
# Built on the first upload: the table costs half a megabyte that a program that never uploads
# should not pay for.
_TYPES: Optional[mimetypes.MimeTypes] = None


def _types() -> mimetypes.MimeTypes:
    global _TYPES
    if _TYPES is None:
        table = mimetypes.MimeTypes()
        for extension, content_type in _EXTRA_TYPES.items():
            table.add_type(content_type, extension)
        _TYPES = table
    return _TYPES


def guess_content_type(file_name: Optional[str]) -> str:
    """The MIME type for a file name, ``application/octet-stream`` when unknown."""
    if not file_name:
        return DEFAULT_CONTENT_TYPE
    return _types().guess_type(file_name, strict=False)[0] or DEFAULT_CONTENT_TYPE


Part = Tuple[str, Tuple[Optional[str], Any, Optional[str]]]


class Multipart:
    """A multipart/form-data body, ready for the transport.

    - ``files``: ``[(field, (file_name, content, content_type)), ...]`` where content is ``bytes``
      or a binary file object (httpx2's ``files=``). When the body has no file at all, the form
      fields are carried here as parts without a file name so the body stays multipart.
    - ``data``: ``{field: str or list of str}`` form fields (a list is a repeated field).
    - ``replayable``: every part can be sent again (bytes, or seekable files), so a failed attempt
      may be retried.
    - ``close()``: closes the files this module opened from paths (safe to call more than once).
    """

    __slots__ = ("files", "data", "replayable", "_owned")

    def __init__(
        self,
        files: List[Part],
        data: dict[str, Union[str, List[str]]],
        replayable: bool,
        owned: Iterable["_PathFile"] = (),
    ) -> None:
        self.files = files
        self.data = data
        self.replayable = replayable
        self._owned = list(owned)

    def close(self) -> None:
        for handle in self._owned:
            handle.close()

    def __enter__(self) -> "Multipart":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        names = [f"{field}={part[0]!r}" for field, part in self.files if part[0] is not None]
        return f"<Multipart fields={sorted(self.data)} files=[{', '.join(names)}] replayable={self.replayable}>"


def multipart(fields: Mapping[str, Any], files: Mapping[str, Any]) -> Multipart:
    """Build a multipart body from form ``fields`` and ``files`` (field name -> ``FileInput``).

    None values are left out. Field values: strings as they are, booleans as ``true``/``false``,
    numbers and enums as text, lists of scalars as repeated fields, dicts, models and lists of
    them as JSON. Raises ``TypeError`` / ``OSError`` for a file that cannot be sent, before anything is.
    """
    data: dict[str, Union[str, List[str]]] = {}
    for name, value in fields.items():
        if value is not None:
            data[name] = form_value(value)
    parts: List[Part] = []
    owned: List[_PathFile] = []
    replayable = True
    for name, value in files.items():
        if value is None:
            continue
        file_name, content, content_type, can_replay = _file_part(name, value)
        if isinstance(content, _PathFile):
            owned.append(content)
        replayable = replayable and can_replay
        parts.append((name, (file_name, content, content_type or guess_content_type(file_name))))
    if not parts:
        # httpx2 sends fields alone url-encoded; as parts without a file name they stay multipart.
        for name, value in data.items():
            for item in value if isinstance(value, list) else [value]:
                parts.append((name, (None, item.encode("utf-8"), None)))
        data = {}
    return Multipart(parts, data, replayable, owned)


def form_value(value: Any) -> Union[str, List[str]]:
    """One form field's wire value (a list for a repeated field)."""
    if isinstance(value, (list, tuple)) and all(_is_scalar(v) for v in value):
        return [_scalar(v) for v in value if v is not None]
    if _is_scalar(value):
        return _scalar(value)
    from ._models import dump_request

    return json.dumps(dump_request(value), separators=(",", ":"), ensure_ascii=False)


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool, enum.Enum)) or hasattr(value, "isoformat")


def _scalar(value: Any) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


# --- file parts -----------------------------------------------------------------------------------


def _file_part(field: str, value: Any) -> Tuple[str, Any, Optional[str], bool]:
    """(file name, content, content type or None, replayable) of one ``FileInput``."""
    if isinstance(value, (str, os.PathLike)):
        handle = _PathFile(_check_path(field, value))
        return os.path.basename(handle.name), handle, None, True
    if isinstance(value, Mapping):
        if "content" not in value:
            raise TypeError(
                f"{field}: a file given as a dict needs 'file_name' and 'content' keys, got {sorted(value)}"
            )
        name = value.get("file_name", value.get("filename"))
        return _named(field, name, value["content"], value.get("content_type"))
    if isinstance(value, tuple):
        if len(value) not in (2, 3):
            raise TypeError(f"{field}: a file tuple is (file_name, content) or (file_name, content, content_type)")
        return _named(field, value[0], value[1], value[2] if len(value) == 3 else None)
    if not _is_content(value) and hasattr(value, "content") and (
        hasattr(value, "file_name") or hasattr(value, "filename")
    ):
        name = getattr(value, "file_name", None) or getattr(value, "filename", None)
        return _named(field, name, value.content, getattr(value, "content_type", None))
    return _named(field, None, value, None)


def _is_content(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, memoryview)) or callable(getattr(value, "read", None))


def _named(field: str, name: Any, content: Any, content_type: Any) -> Tuple[str, Any, Optional[str], bool]:
    if name is not None and not isinstance(name, str):
        name = os.fspath(name) if isinstance(name, os.PathLike) else str(name)
    if content_type is not None and not isinstance(content_type, str):
        raise TypeError(f"{field}: content_type must be a string, not {type(content_type).__name__}")
    if isinstance(content, os.PathLike):
        handle = _PathFile(_check_path(field, content))
        return name or os.path.basename(handle.name), handle, content_type, True
    if isinstance(content, (bytes, bytearray, memoryview)):
        return name or field, bytes(content), content_type, True
    if isinstance(content, str):
        raise TypeError(
            f"{field}: file content must be bytes or a binary file, not str "
            "(encode the text, or pass a path as a pathlib.Path)"
        )
    if not callable(getattr(content, "read", None)):
        raise TypeError(
            f"{field}: cannot upload a {type(content).__name__}; pass a path, bytes, a binary file object, "
            "a {'file_name': ..., 'content': ...} dict or a (file_name, content) tuple"
        )
    _check_binary(field, content)
    if name is None:
        own = getattr(content, "name", None)
        name = os.path.basename(own) if isinstance(own, str) and own and not own.startswith("<") else field
    if _seekable(content):
        return name, content, content_type, True
    # httpx2 would read the size of a pipe or socket as 0; without a size it sends the part chunked.
    return name, _Unsized(content), content_type, False


def _check_path(field: str, path: Any) -> str:
    text: Any = os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    if not text:
        raise ValueError(f"{field}: empty file path")
    try:
        # Fail now, before anything is sent, if the file cannot be read.
        with open(text, "rb"):
            pass
    except FileNotFoundError:
        raise FileNotFoundError(2, f"{field}: no such file to upload", text) from None
    except IsADirectoryError:
        raise IsADirectoryError(21, f"{field}: is a directory, not a file to upload", text) from None
    except PermissionError:
        raise PermissionError(13, f"{field}: permission denied reading the file to upload", text) from None
    return str(text)


def _check_binary(field: str, fileobj: Any) -> None:
    mode = getattr(fileobj, "mode", None)
    if isinstance(fileobj, io.TextIOBase) or (isinstance(mode, str) and mode and "b" not in mode):
        raise TypeError(
            f"{field}: the file object is open in text mode ({mode or type(fileobj).__name__}); "
            "open it in binary mode, e.g. open(path, 'rb')"
        )


def _seekable(fileobj: Any) -> bool:
    probe = getattr(fileobj, "seekable", None)
    if callable(probe):
        try:
            return bool(probe())
        except (OSError, ValueError):
            return False
    return callable(getattr(fileobj, "seek", None)) and callable(getattr(fileobj, "tell", None))


class _PathFile:
    """A file read from a path, opened on first use (when the request is sent)."""

    __slots__ = ("name", "_handle")

    def __init__(self, path: str) -> None:
        self.name = path
        self._handle: Optional[IO[bytes]] = None

    def _open(self) -> IO[bytes]:
        if self._handle is None:
            self._handle = open(self.name, "rb")
        return self._handle

    def read(self, size: int = -1) -> bytes:
        return self._open().read(size)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._open().seek(offset, whence)

    def tell(self) -> int:
        return 0 if self._handle is None else self._handle.tell()

    def fileno(self) -> int:
        return self._open().fileno()

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            handle.close()

    @property
    def closed(self) -> bool:
        return self._handle is None

    def __repr__(self) -> str:
        return f"<file {self.name!r}>"


class _Unsized:
    """A non-seekable binary stream, read once; hides ``fileno`` so its size is not guessed."""

    __slots__ = ("_raw", "name")

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self.name = getattr(raw, "name", None)

    def read(self, size: int = -1) -> bytes:
        return bytes(self._raw.read(size))
