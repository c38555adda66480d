# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.observability.chat_completion_events.fields operations."""

from typing import Literal

from .._models import BaseModel
from .shared_beta_observability import FilterPayload

__all__ = [
    "BaseFieldDefinition", "FetchChatCompletionFieldOptionsResponse",
    "FetchFieldOptionCountsRequest", "FetchFieldOptionCountsResponse", "FieldGroup",
    "FieldOptionCountItem", "ListChatCompletionFieldsResponse",
]


class BaseFieldDefinition(BaseModel):
    """BaseFieldDefinition"""

    name: str
    label: str
    type: Literal["ENUM", "TEXT", "INT", "FLOAT", "BOOL", "TIMESTAMP", "ARRAY", "MAP"] | str
    group: str | None = None
    supported_operators: list[
        (
            Literal[
                "lt", "lte", "gt", "gte", "startswith", "istartswith", "endswith", "iendswith",
                "contains", "icontains", "matches", "notcontains", "inotcontains", "eq", "neq",
                "isnull", "includes", "excludes", "len_eq",
            ]
            | str
        ),
    ]


class FetchChatCompletionFieldOptionsResponse(BaseModel):
    """Response of GET /v1/observability/chat-completion-fields/{field_name}/options."""

    options: list[str | bool | None] | None = None


class FetchFieldOptionCountsRequest(BaseModel):
    """Request body of POST /v1/observability/chat-completion-fields/{field_name}/options-counts."""

    filter_params: FilterPayload | None = None


class FieldOptionCountItem(BaseModel):
    """FieldOptionCountItem"""

    value: str
    count: int


class FetchFieldOptionCountsResponse(BaseModel):
    """Response of POST /v1/observability/chat-completion-fields/{field_name}/options-counts."""

    counts: list[FieldOptionCountItem]


class FieldGroup(BaseModel):
    """FieldGroup"""

    name: str
    label: str


class ListChatCompletionFieldsResponse(BaseModel):
    """Response of GET /v1/observability/chat-completion-fields."""

    field_definitions: list[BaseFieldDefinition]
    field_groups: list[FieldGroup]
