"""``File``: one file of an upload, in the official SDK's shape."""

from __future__ import annotations

from typing import IO, Any, Optional, Union

import pydantic

__all__ = ["File"]


class File(pydantic.BaseModel):
    """A file to upload: ``File(file_name="train.jsonl", content=b"...", content_type="application/jsonl")``.

    ``content`` is bytes or a binary file object (read as it is sent). Every upload method of
    mistralkit also takes a path, bytes, a ``(file_name, content)`` tuple or a dict of these fields.
    """

    model_config = pydantic.ConfigDict(arbitrary_types_allowed=True, populate_by_name=True, frozen=True)

    file_name: str = pydantic.Field(alias="fileName")
    content: Union[bytes, IO[bytes], Any]
    content_type: Optional[str] = pydantic.Field(default=None, alias="Content-Type")

    def __repr__(self) -> str:
        size = len(self.content) if isinstance(self.content, (bytes, bytearray)) else "stream"
        return f"File(file_name={self.file_name!r}, content=<{size} bytes>, content_type={self.content_type!r})"
