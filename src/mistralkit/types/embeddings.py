# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the embeddings operations."""

from typing import Any, Literal

from pydantic import AliasChoices, Field

from .._models import BaseModel
from .shared import UsageInfo

__all__ = [
    "EmbeddingDtype", "EmbeddingRequest", "EmbeddingResponse", "EmbeddingResponseData",
    "EncodingFormat",
]


EmbeddingDtype = Literal["float", "int8", "uint8", "binary", "ubinary"]


EncodingFormat = Literal["float", "base64"]


class EmbeddingRequest(BaseModel):
    """Request body of POST /v1/embeddings."""

    model: str
    """ID of the model to use."""
    metadata: dict[str, Any] | None = None
    input: str | list[str] = Field(alias="input", validation_alias=AliasChoices("input", "inputs"))
    """Text to embed."""
    output_dimension: int | None = None
    """The dimension of the output embeddings when feature available. If not provided, a default output
    dimension will be used.
    """
    output_dtype: EmbeddingDtype | str = "float"
    """The data type of the output embeddings when feature available. If not provided, a default output
    data type will be used.
    """
    encoding_format: EncodingFormat | str = "float"
    """The format of embeddings in the response."""

    @property
    def inputs(self) -> "str | list[str]":
        """``input`` under the official SDK's name."""
        return self.input


class EmbeddingResponseData(BaseModel):
    """EmbeddingResponseData"""

    object: str | None = None
    embedding: list[float] | None = None
    index: int | None = None


class EmbeddingResponse(BaseModel):
    """Response of POST /v1/embeddings."""

    id: str
    object: str
    model: str
    usage: UsageInfo
    data: list[EmbeddingResponseData]
