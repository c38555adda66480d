# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence, Union

from ...types import OCRRequest, OCRResponse
from ..._request import RequestOptions
from .._base import Call, Resource, body

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["Ocr"]


class Ocr(Resource):
    """OCR: ``POST /v1/ocr`` (documents and images to markdown, with optional structured annotations)."""

    def process(
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
        return self._call(
            Call("POST", "/v1/ocr", cast=OCRResponse, body=payload, body_type=OCRRequest, options=options)
        )

    async def process_async(
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
        """The awaitable twin of ``process``: same arguments and result, for ``await`` in async code."""
        from .._async.ocr import AsyncOcr

        return await twin(self, AsyncOcr).process(
            model=model,
            document=document,
            id=id,
            pages=pages,
            include_image_base64=include_image_base64,
            image_limit=image_limit,
            image_min_size=image_min_size,
            bbox_annotation_format=bbox_annotation_format,
            document_annotation_format=document_annotation_format,
            document_annotation_prompt=document_annotation_prompt,
            table_format=table_format,
            extract_header=extract_header,
            extract_footer=extract_footer,
            include_blocks=include_blocks,
            confidence_scores_granularity=confidence_scores_granularity,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
