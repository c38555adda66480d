# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.observability.judges operations."""

from typing import Annotated, Any, Literal, Union

from pydantic import Field

from .._models import BaseModel
from .shared_beta_observability import Judge, JudgeClassificationOutput, JudgeRegressionOutput

__all__ = [
    "JudgeConversationRequest", "JudgeOutputType", "ListJudgesResponse",
    "PaginatedResultJudgePreview", "UpdateJudgeRequest",
]


class JudgeConversationRequest(BaseModel):
    """Request body of POST /v1/observability/judges/{judge_id}/live-judging."""

    messages: list[dict[str, Any]]
    properties: dict[str, Any] | None = None


JudgeOutputType = Literal["REGRESSION", "CLASSIFICATION"]


class PaginatedResultJudgePreview(BaseModel):
    """PaginatedResultJudgePreview"""

    results: list[Judge] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class ListJudgesResponse(BaseModel):
    """Response of GET /v1/observability/judges."""

    judges: PaginatedResultJudgePreview


class UpdateJudgeRequest(BaseModel):
    """Request body of PUT /v1/observability/judges/{judge_id}."""

    name: str
    description: str
    model_name: str
    output: Annotated[
        Union[JudgeClassificationOutput, JudgeRegressionOutput],
        Field(discriminator="type"),
    ]
    instructions: str
    tools: list[str]
