# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the classifiers operations."""

from typing import Annotated, Any, Union

from pydantic import AliasChoices, Field

from .._models import BaseModel
from .shared import AssistantMessage, SystemMessage, ToolMessage, UserMessage

__all__ = [
    "ChatClassificationRequest", "ChatClassificationRequestInputs", "ChatModerationRequest",
    "ClassificationRequest", "ClassificationResponse", "ClassificationTargetResult",
    "InstructRequest", "ModerationObject", "ModerationResponse",
]


class InstructRequest(BaseModel):
    """InstructRequest"""

    messages: list[
        Annotated[
            Union[SystemMessage, UserMessage, AssistantMessage, ToolMessage],
            Field(discriminator="role"),
        ],
    ]


#: Chat to classify
ChatClassificationRequestInputs = InstructRequest | list[InstructRequest]


class ChatClassificationRequest(BaseModel):
    """Request body of POST /v1/chat/classifications."""

    model: str
    input: ChatClassificationRequestInputs


class ChatModerationRequest(BaseModel):
    """Request body of POST /v1/chat/moderations."""

    input: (
        list[
            Annotated[
                Union[SystemMessage, UserMessage, AssistantMessage, ToolMessage],
                Field(discriminator="role"),
            ],
        ]
        | list[
            list[
                Annotated[
                    Union[SystemMessage, UserMessage, AssistantMessage, ToolMessage],
                    Field(discriminator="role"),
                ],
            ],
        ]
    ) = Field(alias="input", validation_alias=AliasChoices("input", "inputs"))
    """Chat to classify"""
    model: str

    @property
    def inputs(self) -> Any:
        """``input`` under the official SDK's name."""
        return self.input


class ClassificationRequest(BaseModel):
    """Request body of POST /v1/moderations, POST /v1/classifications."""

    model: str
    """ID of the model to use."""
    metadata: dict[str, Any] | None = None
    input: str | list[str] = Field(alias="input", validation_alias=AliasChoices("input", "inputs"))
    """Text to classify."""

    @property
    def inputs(self) -> "str | list[str]":
        """``input`` under the official SDK's name."""
        return self.input


class ClassificationTargetResult(BaseModel):
    """ClassificationTargetResult"""

    scores: dict[str, float]


class ClassificationResponse(BaseModel):
    """Response of POST /v1/classifications, POST /v1/chat/classifications."""

    id: str
    model: str
    results: list[dict[str, ClassificationTargetResult]]


class ModerationObject(BaseModel):
    """ModerationObject"""

    categories: dict[str, bool] | None = None
    """Moderation result thresholds"""
    category_scores: dict[str, float] | None = None
    """Moderation result"""


class ModerationResponse(BaseModel):
    """Response of POST /v1/moderations, POST /v1/chat/moderations."""

    id: str
    model: str
    results: list[ModerationObject]
