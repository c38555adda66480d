# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the ocr operations."""

from typing import Annotated, Literal, Union

from pydantic import AliasChoices, Field

from .._models import BaseModel, TaggedModel
from .shared import DocumentURLChunk, FileChunk, ImageURLChunk, ResponseFormat

__all__ = [
    "OCRAsideTextBlock", "OCRBlockConfidenceScores", "OCRCaptionBlock", "OCRCodeBlock",
    "OCRConfidenceScore", "OCREquationBlock", "OCRFooterBlock", "OCRHeaderBlock", "OCRImageBlock",
    "OCRImageObject", "OCRListBlock", "OCRPageConfidenceScores", "OCRPageDimensions",
    "OCRPageObject", "OCRReferencesBlock", "OCRRequest", "OCRResponse", "OCRSignatureBlock",
    "OCRTableBlock", "OCRTableObject", "OCRTextBlock", "OCRTitleBlock", "OCRUsageInfo",
]


class OCRBlockConfidenceScores(BaseModel):
    """Per-block confidence scores, computed per-word from model logprobs."""

    average_content_confidence_score: float | None = None
    """Average confidence over the block's content (caption) tokens. None when the block has no textual
    content (e.g. image-only entry).
    """
    minimum_content_confidence_score: float | None = None
    """Minimum per-word content confidence in the block. None when the block has no textual content.
    """
    block_type_confidence_score: float | None = None
    """Confidence in the block type (e.g. 'text', 'title', 'table'). None when the entry had no block
    type or the block type span could not be located.
    """


class OCRAsideTextBlock(TaggedModel):
    """OCRAsideTextBlock"""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to
    'block'.
    """
    type: Literal["aside_text"] = "aside_text"


class OCRCaptionBlock(TaggedModel):
    """OCRCaptionBlock"""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to
    'block'.
    """
    type: Literal["caption"] = "caption"


class OCRCodeBlock(TaggedModel):
    """OCRCodeBlock"""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to
    'block'.
    """
    type: Literal["code"] = "code"


class OCRConfidenceScore(BaseModel):
    """Confidence score for a token or word in OCR output."""

    text: str
    """The word or text segment"""
    confidence: float
    """Confidence score (0-1)"""
    start_index: int
    """Start index of the text in the page markdown string"""


class OCREquationBlock(TaggedModel):
    """OCREquationBlock"""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to
    'block'.
    """
    type: Literal["equation"] = "equation"


class OCRFooterBlock(TaggedModel):
    """OCRFooterBlock"""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to
    'block'.
    """
    type: Literal["footer"] = "footer"


class OCRHeaderBlock(TaggedModel):
    """OCRHeaderBlock"""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to
    'block'.
    """
    type: Literal["header"] = "header"


class OCRImageBlock(TaggedModel):
    """OCRImageBlock"""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to
    'block'.
    """
    type: Literal["image"] = "image"
    image_id: str
    """References the corresponding entry in OCRPageObject.images"""


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


class OCRListBlock(TaggedModel):
    """OCRListBlock"""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to
    'block'.
    """
    type: Literal["list"] = "list"


class OCRPageConfidenceScores(BaseModel):
    """Confidence scores for an OCR page at various granularities."""

    word_confidence_scores: list[OCRConfidenceScore] | None = None
    """Word-level confidence scores (populated only for 'word' granularity)"""
    average_page_confidence_score: float
    """Average confidence score for the page"""
    minimum_page_confidence_score: float
    """Minimum confidence score for the page"""


class OCRPageDimensions(BaseModel):
    """OCRPageDimensions"""

    dpi: int
    """Dots per inch of the page-image"""
    height: int
    """Height of the image in pixels"""
    width: int
    """Width of the image in pixels"""


class OCRReferencesBlock(TaggedModel):
    """OCRReferencesBlock"""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to
    'block'.
    """
    type: Literal["references"] = "references"


class OCRSignatureBlock(TaggedModel):
    """Signature region. ``content`` is the transcribed name when legible, else ``""``."""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to
    'block'.
    """
    type: Literal["signature"] = "signature"


class OCRTableBlock(TaggedModel):
    """OCRTableBlock"""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to
    'block'.
    """
    type: Literal["table"] = "table"
    table_id: str | None = None
    """References the corresponding entry in OCRPageObject.tables, when tables are extracted"""


class OCRTableObject(BaseModel):
    """OCRTableObject"""

    id: str
    """Table ID for extracted table in a page"""
    content: str
    """Content of the table in the given format"""
    format: Literal["markdown", "html"] | str = Field(alias="format", validation_alias=AliasChoices("format", "format_"))
    """Format of the table"""
    word_confidence_scores: list[OCRConfidenceScore] | None = None
    """Per-word confidence scores for the table content. Returned when confidence_scores_granularity is
    set to 'word'.
    """

    @property
    def format_(self) -> "Literal[\"markdown\", \"html\"] | str":
        """``format`` under the official SDK's name."""
        return self.format


class OCRTextBlock(TaggedModel):
    """OCRTextBlock"""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to
    'block'.
    """
    type: Literal["text"] = "text"


class OCRTitleBlock(TaggedModel):
    """OCRTitleBlock"""

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to
    'block'.
    """
    type: Literal["title"] = "title"


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
    confidence_scores: OCRPageConfidenceScores | None = None
    """Confidence scores for the OCR page (populated when confidence_scores_granularity is set)"""
    blocks: (
        list[
            Annotated[
                Union[
                    OCRTextBlock,
                    OCRListBlock,
                    OCRImageBlock,
                    OCRTableBlock,
                    OCRTitleBlock,
                    OCREquationBlock,
                    OCRCaptionBlock,
                    OCRCodeBlock,
                    OCRReferencesBlock,
                    OCRAsideTextBlock,
                    OCRHeaderBlock,
                    OCRFooterBlock,
                    OCRSignatureBlock,
                ],
                Field(discriminator="type"),
            ],
        ]
        | None
    ) = None
    """Paragraph-level bounding boxes for all content blocks in reading order (populated when
    include_blocks is True)
    """


class OCRRequest(BaseModel):
    """Request body of POST /v1/ocr."""

    model: str | None
    document: FileChunk | DocumentURLChunk | ImageURLChunk
    """Document to run OCR on"""
    pages: str | list[int] | None = None
    """Specific pages to process. Accepts a list of integers or a string of comma-separated numbers and
    ranges (e.g. '0,1,2' or '0-5' or '0,2-4'). Page numbers start from 0.
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
    """Extract the page header into the response's `header` field and remove it from the markdown
    content
    """
    extract_footer: bool = False
    """Extract the page footer into the response's `footer` field and remove it from the markdown
    content
    """
    include_blocks: bool = True
    """Return paragraph-level bounding boxes for all content blocks in the response"""
    confidence_scores_granularity: Literal["word", "page", "block"] | str | None = None
    """Granularity for confidence scores: 'page' (aggregate only), 'word' (per-word scores), or 'block'
    (per-block scores). Defaults to None (no confidence scores) to keep response payload small.
    """


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
