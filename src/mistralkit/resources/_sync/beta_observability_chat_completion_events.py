# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Observability API - chat completion events."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import (
    ChatCompletionEvent,
    JudgeChatCompletionEventRequest,
    JudgeOutput,
    SearchChatCompletionEventIdsRequest,
    SearchChatCompletionEventIdsResponse,
    SearchChatCompletionEventsRequest,
    SearchChatCompletionEventsResponse,
)
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .beta_observability_chat_completion_events_fields import BetaObservabilityChatCompletionEventsFields

__all__ = ["BetaObservabilityChatCompletionEvents"]


class BetaObservabilityChatCompletionEvents(Resource):
    """(beta) Observability API - chat completion events."""

    @cached_property
    def fields(self) -> BetaObservabilityChatCompletionEventsFields:
        """(beta) Observability API - chat completion event fields."""
        from .beta_observability_chat_completion_events_fields import BetaObservabilityChatCompletionEventsFields

        return self._sub(BetaObservabilityChatCompletionEventsFields)

    def get(
        self,
        *,
        event_id: str,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletionEvent:
        """Get Chat Completion Event."""
        return self._call(Call(
            "GET",
            f"/v1/observability/chat-completion-events/{path_param('event_id', event_id)}",
            cast=ChatCompletionEvent,
            options=options,
        ))

    def get_similar_events(
        self,
        *,
        event_id: str,
        **options: Unpack[RequestOptions],
    ) -> SearchChatCompletionEventsResponse:
        """Get Similar Chat Completion Events."""
        return self._call(Call(
            "GET",
            f"/v1/observability/chat-completion-events/{path_param('event_id', event_id)}/similar-events",
            cast=SearchChatCompletionEventsResponse,
            options=options,
        ))

    def judge(
        self,
        *,
        event_id: str,
        judge_definition: Any,
        **options: Unpack[RequestOptions],
    ) -> JudgeOutput:
        """Run Judge on an event based on the given options."""
        payload = present({"judge_definition": judge_definition})
        return self._call(Call(
            "POST",
            f"/v1/observability/chat-completion-events/{path_param('event_id', event_id)}/live-judging",
            cast=JudgeOutput,
            body=payload,
            body_type=JudgeChatCompletionEventRequest,
            options=options,
        ))

    def search(
        self,
        *,
        search_params: Any,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        extra_fields: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> SearchChatCompletionEventsResponse:
        """Get Chat Completion Events."""
        query = {"page_size": page_size, "cursor": cursor}
        payload = present({"search_params": search_params, "extra_fields": extra_fields})
        return self._call(Call(
            "POST",
            "/v1/observability/chat-completion-events/search",
            cast=SearchChatCompletionEventsResponse,
            query=query,
            body=payload,
            body_type=SearchChatCompletionEventsRequest,
            options=options,
        ))

    def search_ids(
        self,
        *,
        search_params: Any,
        extra_fields: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> SearchChatCompletionEventIdsResponse:
        """Alternative to /search that returns only the IDs and that can return many IDs at once."""
        payload = present({"search_params": search_params, "extra_fields": extra_fields})
        return self._call(Call(
            "POST",
            "/v1/observability/chat-completion-events/search-ids",
            cast=SearchChatCompletionEventIdsResponse,
            body=payload,
            body_type=SearchChatCompletionEventIdsRequest,
            options=options,
        ))

    async def get_async(
        self,
        *,
        event_id: str,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletionEvent:
        """The awaitable twin of ``get``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_chat_completion_events import AsyncBetaObservabilityChatCompletionEvents

        return await twin(self, AsyncBetaObservabilityChatCompletionEvents).get(event_id=event_id, **options)

    async def get_similar_events_async(
        self,
        *,
        event_id: str,
        **options: Unpack[RequestOptions],
    ) -> SearchChatCompletionEventsResponse:
        """The awaitable twin of ``get_similar_events``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_chat_completion_events import AsyncBetaObservabilityChatCompletionEvents

        return await twin(self, AsyncBetaObservabilityChatCompletionEvents).get_similar_events(
            event_id=event_id,
            **options,
        )

    async def judge_async(
        self,
        *,
        event_id: str,
        judge_definition: Any,
        **options: Unpack[RequestOptions],
    ) -> JudgeOutput:
        """The awaitable twin of ``judge``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_chat_completion_events import AsyncBetaObservabilityChatCompletionEvents

        return await twin(self, AsyncBetaObservabilityChatCompletionEvents).judge(
            event_id=event_id,
            judge_definition=judge_definition,
            **options,
        )

    async def search_async(
        self,
        *,
        search_params: Any,
        page_size: Optional[int] = None,
        cursor: Optional[str] = None,
        extra_fields: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> SearchChatCompletionEventsResponse:
        """The awaitable twin of ``search``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_chat_completion_events import AsyncBetaObservabilityChatCompletionEvents

        return await twin(self, AsyncBetaObservabilityChatCompletionEvents).search(
            search_params=search_params,
            page_size=page_size,
            cursor=cursor,
            extra_fields=extra_fields,
            **options,
        )

    async def search_ids_async(
        self,
        *,
        search_params: Any,
        extra_fields: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> SearchChatCompletionEventIdsResponse:
        """The awaitable twin of ``search_ids``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_chat_completion_events import AsyncBetaObservabilityChatCompletionEvents

        return await twin(self, AsyncBetaObservabilityChatCompletionEvents).search_ids(
            search_params=search_params,
            extra_fields=extra_fields,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
