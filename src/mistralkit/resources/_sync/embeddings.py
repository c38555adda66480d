# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence, Union

from ...types import EmbeddingRequest, EmbeddingResponse
from ..._request import RequestOptions
from .._base import Call, Resource, body

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["Embeddings"]


class Embeddings(Resource):
    """Embeddings: ``POST /v1/embeddings``."""

    def create(
        self,
        *,
        model: str,
        inputs: Union[str, Sequence[str], None] = None,
        input: Union[str, Sequence[str], None] = None,
        output_dimension: Optional[int] = None,
        output_dtype: Optional[str] = None,
        encoding_format: Optional[str] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> EmbeddingResponse:
        """Embed a text or a list of texts. ``inputs`` is the official SDK's name; ``input`` the API's."""
        payload = body(locals(), rename={"inputs": "input"})
        if (inputs is None) == (input is None):
            raise TypeError("embeddings.create() takes exactly one of inputs= or input=")
        return self._call(
            Call(
                "POST",
                "/v1/embeddings",
                cast=EmbeddingResponse,
                body=payload,
                body_type=EmbeddingRequest,
                options=options,
            )
        )

    async def create_async(
        self,
        *,
        model: str,
        inputs: Union[str, Sequence[str], None] = None,
        input: Union[str, Sequence[str], None] = None,
        output_dimension: Optional[int] = None,
        output_dtype: Optional[str] = None,
        encoding_format: Optional[str] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> EmbeddingResponse:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.embeddings import AsyncEmbeddings

        return await twin(self, AsyncEmbeddings).create(
            model=model,
            inputs=inputs,
            input=input,
            output_dimension=output_dimension,
            output_dtype=output_dtype,
            encoding_format=encoding_format,
            metadata=metadata,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
