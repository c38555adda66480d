# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the ocr operations."""

from typing import Literal

from pydantic import AliasChoices, Field

from .._models import BaseModel
from .shared import DocumentURLChunk, FileChunk, ImageURLChunk, ResponseFormat

__all__ = [
    "OCRImageObject", "OCRPageDimensions", "OCRPageObject", "OCRRequest", "OCRResponse",
    "OCRTableObject", "OCRUsageInfo",
]


class OCRImageObject(BaseModel):
    """OCRImageObject"""

    id: str
    """Image ID for extracted image in a page"""
    top_left_x: int | None
    """X coordinate of top-left corner of the extracted image"""
    top_left_y: int | None
    """Y coordinate of top-left corner of the extracted image"""
    bottom_right_x: int | None
    """X coordinate of bottom-right corner of the extracted image"""
    bottom_right_y: int | None
    """Y coordinate of bottom-right corner of the extracted image"""
    image_base64: str | None = None
    """Base64 string of the extracted image"""
    image_annotation: str | None = None
    """Annotation of the extracted image in json str"""


class OCRPageDimensions(BaseModel):
    """OCRPageDimensions"""

    dpi: int
    """Dots per inch of the page-image"""
    height: int
    """Height of the image in pixels"""
    width: int
    """Width of the image in pixels"""


class OCRTableObject(BaseModel):
    """OCRTableObject"""

    id: str
    """Table ID for extracted table in a page"""
    content: str
    """Content of the table in the given format"""
    format: Literal["markdown", "html"] | str = Field(alias="format", validation_alias=AliasChoices("format", "format_"))
    """Format of the table"""

    @property
    def format_(self) -> "Literal[\"markdown\", \"html\"] | str":
        """``format`` under the official SDK's name."""
        return self.format


class OCRPageObject(BaseModel):
    """OCRPageObject"""

    index: int
    """The page index in a pdf document starting from 0"""
    markdown: str
    """The markdown string response of the page"""
    images: list[OCRImageObject]
    """List of all extracted images in the page"""
    tables: list[OCRTableObject] | None = None
    """List of all extracted tables in the page"""
    hyperlinks: list[str] | None = None
    """List of all hyperlinks in the page"""
    header: str | None = None
    """Header of the page"""
    footer: str | None = None
    """Footer of the page"""
    dimensions: OCRPageDimensions | None
    """The dimensions of the PDF Page's screenshot image"""


class OCRRequest(BaseModel):
    """Request body of POST /v1/ocr."""

    model: str | None
    id: str | None = None
    document: FileChunk | DocumentURLChunk | ImageURLChunk
    """Document to run OCR on"""
    pages: list[int] | None = None
    """Specific pages user wants to process in various formats: single number, range, or list of both.
    Starts from 0
    """
    include_image_base64: bool | None = None
    """Include image URLs in response"""
    image_limit: int | None = None
    """Max images to extract"""
    image_min_size: int | None = None
    """Minimum height and width of image to extract"""
    bbox_annotation_format: ResponseFormat | None = None
    """Structured output class for extracting useful information from each extracted bounding box /
    image from document. Only json_schema is valid for this field
    """
    document_annotation_format: ResponseFormat | None = None
    """Structured output class for extracting useful information from the entire document. Only
    json_schema is valid for this field
    """
    document_annotation_prompt: str | None = None
    """Optional prompt to guide the model in extracting structured output from the entire document. A
    document_annotation_format must be provided.
    """
    table_format: Literal["markdown", "html"] | str | None = None
    extract_header: bool = False
    extract_footer: bool = False


class OCRUsageInfo(BaseModel):
    """OCRUsageInfo"""

    pages_processed: int
    """Number of pages processed"""
    doc_size_bytes: int | None = None
    """Document size in bytes"""


class OCRResponse(BaseModel):
    """Response of POST /v1/ocr."""

    pages: list[OCRPageObject]
    """List of OCR info for pages."""
    model: str
    """The model used to generate the OCR."""
    document_annotation: str | None = None
    """Formatted response in the request_format if provided in json str"""
    usage_info: OCRUsageInfo
    """Usage info for the OCR request."""
