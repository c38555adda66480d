from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence, Union

from ...types import OCRRequest, OCRResponse
from ..._request import RequestOptions
from .._base import Call, Resource, body

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["AsyncOcr"]


class AsyncOcr(Resource):
    """OCR: ``POST /v1/ocr`` (documents and images to markdown, with optional structured annotations)."""

    async def process(
        self,
        *,
        model: Optional[str],
        document: Union[Mapping[str, Any], Any],
        id: Optional[str] = None,
        pages: Optional[Sequence[int]] = None,
        include_image_base64: Optional[bool] = None,
        image_limit: Optional[int] = None,
        image_min_size: Optional[int] = None,
        bbox_annotation_format: Optional[Union[Mapping[str, Any], Any]] = None,
        document_annotation_format: Optional[Union[Mapping[str, Any], Any]] = None,
        document_annotation_prompt: Optional[str] = None,
        table_format: Optional[str] = None,
        extract_header: Optional[bool] = None,
        extract_footer: Optional[bool] = None,
        include_blocks: Optional[bool] = None,
        confidence_scores_granularity: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> OCRResponse:
        """Extract the text of ``document``: ``{"type": "document_url", "document_url": ...}``,
        ``{"type": "image_url", "image_url": ...}`` or ``{"type": "file", "file_id": ...}``.
        """
        payload = body(locals())
        if model is None:
            payload["model"] = None  # required by the API, and may be null
        return await self._call(
            Call("POST", "/v1/ocr", cast=OCRResponse, body=payload, body_type=OCRRequest, options=options)
        )
