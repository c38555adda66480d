# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.observability.chat_completion_events operations."""

from datetime import datetime
from typing import Any

from .._models import BaseModel
from .shared_beta_observability import ChatCompletionEventPreview, CreateJudgeRequest, FilterPayload

__all__ = [
    "ChatCompletionEvent", "ChatTranscriptionEvent", "FeedResultChatCompletionEventPreview",
    "JudgeChatCompletionEventRequest", "SearchChatCompletionEventIdsRequest",
    "SearchChatCompletionEventIdsResponse", "SearchChatCompletionEventsRequest",
    "SearchChatCompletionEventsResponse",
]


class ChatTranscriptionEvent(BaseModel):
    """ChatTranscriptionEvent"""

    audio_url: str
    model: str
    response_message: dict[str, Any]


class ChatCompletionEvent(BaseModel):
    """Response of GET /v1/observability/chat-completion-events/{event_id}."""

    event_id: str
    correlation_id: str
    created_at: datetime
    extra_fields: dict[str, bool | int | float | str | datetime | list[str] | dict[str, str] | None]
    nb_input_tokens: int
    nb_output_tokens: int
    enabled_tools: list[dict[str, Any]]
    request_messages: list[dict[str, Any]]
    response_messages: list[dict[str, Any]]
    nb_messages: int
    chat_transcription_events: list[ChatTranscriptionEvent]


class FeedResultChatCompletionEventPreview(BaseModel):
    """FeedResultChatCompletionEventPreview"""

    results: list[ChatCompletionEventPreview] | None = None
    next: str | None = None
    cursor: str | None = None


class JudgeChatCompletionEventRequest(BaseModel):
    """Request body of POST /v1/observability/chat-completion-events/{event_id}/live-judging."""

    judge_definition: CreateJudgeRequest


class SearchChatCompletionEventIdsRequest(BaseModel):
    """Request body of POST /v1/observability/chat-completion-events/search-ids."""

    search_params: FilterPayload
    extra_fields: list[str] | None = None


class SearchChatCompletionEventIdsResponse(BaseModel):
    """Response of POST /v1/observability/chat-completion-events/search-ids."""

    completion_event_ids: list[str]


class SearchChatCompletionEventsRequest(BaseModel):
    """Request body of POST /v1/observability/chat-completion-events/search."""

    search_params: FilterPayload
    extra_fields: list[str] | None = None


class SearchChatCompletionEventsResponse(BaseModel):
    """Response of POST /v1/observability/chat-completion-events/search, GET
    /v1/observability/chat-completion-events/{event_id}/similar-events.
    """

    completion_events: FeedResultChatCompletionEventPreview
