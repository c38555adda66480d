# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Literal, Mapping, Optional, Sequence, Union

from ...types import (
    AgentConversation,
    ConversationAppendRequest,
    ConversationAppendStreamRequest,
    ConversationEvents,
    ConversationHistory,
    ConversationMessages,
    ConversationRequest,
    ConversationResponse,
    ConversationRestartRequest,
    ConversationRestartStreamRequest,
    ConversationStreamRequest,
    ModelConversation,
)
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from ..._streaming import Stream
from .._base import Call, Resource, body
from .._events import CONVERSATION_EVENTS

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["Conversations"]

_CONVERSATION = Union[ModelConversation, AgentConversation]
Inputs = Union[str, Sequence[Any]]
HandoffExecution = Literal["client", "server"]


class Conversations(Resource):
    """Conversations: the server keeps the history, runs the tools and hands off between agents.

    ``inputs`` is a string (one user message) or a list of entries (dicts or entry models).
    The ``*_stream`` methods yield ``ConversationEvents`` items: ``event.event`` names the event
    and ``event.data`` is its typed payload (``MessageOutputEvent``, ``ToolExecutionStartedEvent``...).
    The stream ends after ``conversation.response.done``; a ``conversation.response.error`` event
    raises ``APIStreamError`` (its ``.event`` is the typed error event).
    """

    def start(
        self,
        *,
        inputs: Inputs,
        store: Optional[bool] = None,
        handoff_execution: Optional[HandoffExecution] = None,
        instructions: Optional[str] = None,
        tools: Optional[Sequence[Any]] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        guardrails: Optional[Sequence[Any]] = None,
        name: Optional[str] = None,
        description: Optional[str] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        agent_id: Optional[str] = None,
        agent_version: Union[int, str, None] = None,
        model: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationResponse:
        """Start a conversation with ``model`` (plus ``instructions``/``tools``) or with ``agent_id``."""
        payload = body(locals())
        return self._call(
            Call(
                "POST",
                "/v1/conversations",
                cast=ConversationResponse,
                body=payload,
                body_type=ConversationRequest,
                options=options,
            )
        )

    def start_stream(
        self,
        *,
        inputs: Inputs,
        store: Optional[bool] = None,
        handoff_execution: Optional[HandoffExecution] = None,
        instructions: Optional[str] = None,
        tools: Optional[Sequence[Any]] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        guardrails: Optional[Sequence[Any]] = None,
        name: Optional[str] = None,
        description: Optional[str] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        agent_id: Optional[str] = None,
        agent_version: Union[int, str, None] = None,
        model: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[ConversationEvents]:
        """Like ``start``, streamed as ``ConversationEvents``; use it in a ``with`` block or a ``for`` loop."""
        payload = body(locals())
        payload["stream"] = True
        return self._call(
            Call(
                "POST",
                "/v1/conversations",
                body=payload,
                body_type=ConversationStreamRequest,
                stream=CONVERSATION_EVENTS,
                options=options,
            )
        )

    def list(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Union[ModelConversation, AgentConversation]]:
        """Conversations, newest first, one page at a time (``page`` counts from 0); iterating walks every page."""
        args = body(locals())
        query = {**args, "metadata": json.dumps(metadata) if metadata is not None else None}
        result = self._call(
            Call("GET", "/v1/conversations", cast=list[_CONVERSATION], query=query, options=options)
        )
        return paginate(
            Page,
            result,
            fetch=lambda number: unraw(self).list(**{**args, "page": number}, **options),
            page=page,
            page_size=page_size,
            items=None,
        )

    def get(
        self, *, conversation_id: str, **options: Unpack[RequestOptions]
    ) -> Union[ModelConversation, AgentConversation]:
        """A conversation's settings: a ``ModelConversation`` or an ``AgentConversation``."""
        return self._call(
            Call(
                "GET",
                f"/v1/conversations/{path_param('conversation_id', conversation_id)}",
                cast=_CONVERSATION,
                options=options,
            )
        )

    def delete(self, *, conversation_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a conversation and its history."""
        return self._call(
            Call("DELETE", f"/v1/conversations/{path_param('conversation_id', conversation_id)}", options=options)
        )

    def append(
        self,
        *,
        conversation_id: str,
        inputs: Optional[Inputs] = None,
        store: Optional[bool] = None,
        handoff_execution: Optional[HandoffExecution] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        tool_confirmations: Optional[Sequence[Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationResponse:
        """Add ``inputs`` (or ``tool_confirmations``) to a conversation and get the new outputs."""
        payload = body(locals())
        del payload["conversation_id"]
        return self._call(
            Call(
                "POST",
                f"/v1/conversations/{path_param('conversation_id', conversation_id)}",
                cast=ConversationResponse,
                body=payload,
                body_type=ConversationAppendRequest,
                options=options,
            )
        )

    def append_stream(
        self,
        *,
        conversation_id: str,
        inputs: Optional[Inputs] = None,
        store: Optional[bool] = None,
        handoff_execution: Optional[HandoffExecution] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        tool_confirmations: Optional[Sequence[Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[ConversationEvents]:
        """Like ``append``, streamed as ``ConversationEvents``."""
        payload = body(locals())
        del payload["conversation_id"]
        payload["stream"] = True
        return self._call(
            Call(
                "POST",
                f"/v1/conversations/{path_param('conversation_id', conversation_id)}",
                body=payload,
                body_type=ConversationAppendStreamRequest,
                stream=CONVERSATION_EVENTS,
                options=options,
            )
        )

    def get_history(self, *, conversation_id: str, **options: Unpack[RequestOptions]) -> ConversationHistory:
        """Every entry of a conversation: messages, tool executions, function calls and results, handoffs."""
        return self._call(
            Call(
                "GET",
                f"/v1/conversations/{path_param('conversation_id', conversation_id)}/history",
                cast=ConversationHistory,
                options=options,
            )
        )

    def get_messages(self, *, conversation_id: str, **options: Unpack[RequestOptions]) -> ConversationMessages:
        """The input and output messages of a conversation."""
        return self._call(
            Call(
                "GET",
                f"/v1/conversations/{path_param('conversation_id', conversation_id)}/messages",
                cast=ConversationMessages,
                options=options,
            )
        )

    def restart(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: Optional[Inputs] = None,
        store: Optional[bool] = None,
        handoff_execution: Optional[HandoffExecution] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        guardrails: Optional[Sequence[Any]] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        agent_version: Union[int, str, None] = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationResponse:
        """Branch a new conversation off entry ``from_entry_id`` of this one, adding ``inputs``."""
        payload = body(locals())
        del payload["conversation_id"]
        return self._call(
            Call(
                "POST",
                f"/v1/conversations/{path_param('conversation_id', conversation_id)}/restart",
                cast=ConversationResponse,
                body=payload,
                body_type=ConversationRestartRequest,
                options=options,
            )
        )

    def restart_stream(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: Optional[Inputs] = None,
        store: Optional[bool] = None,
        handoff_execution: Optional[HandoffExecution] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        guardrails: Optional[Sequence[Any]] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        agent_version: Union[int, str, None] = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[ConversationEvents]:
        """Like ``restart``, streamed as ``ConversationEvents``."""
        payload = body(locals())
        del payload["conversation_id"]
        payload["stream"] = True
        return self._call(
            Call(
                "POST",
                f"/v1/conversations/{path_param('conversation_id', conversation_id)}/restart",
                body=payload,
                body_type=ConversationRestartStreamRequest,
                stream=CONVERSATION_EVENTS,
                options=options,
            )
        )

    async def start_async(
        self,
        *,
        inputs: Inputs,
        store: Optional[bool] = None,
        handoff_execution: Optional[HandoffExecution] = None,
        instructions: Optional[str] = None,
        tools: Optional[Sequence[Any]] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        guardrails: Optional[Sequence[Any]] = None,
        name: Optional[str] = None,
        description: Optional[str] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        agent_id: Optional[str] = None,
        agent_version: Union[int, str, None] = None,
        model: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationResponse:
        """The awaitable twin of ``start``: same arguments and result, for ``await`` in async code."""
        from .._async.conversations import AsyncConversations

        return await twin(self, AsyncConversations).start(
            inputs=inputs,
            store=store,
            handoff_execution=handoff_execution,
            instructions=instructions,
            tools=tools,
            completion_args=completion_args,
            guardrails=guardrails,
            name=name,
            description=description,
            metadata=metadata,
            agent_id=agent_id,
            agent_version=agent_version,
            model=model,
            **options,
        )

    async def start_stream_async(
        self,
        *,
        inputs: Inputs,
        store: Optional[bool] = None,
        handoff_execution: Optional[HandoffExecution] = None,
        instructions: Optional[str] = None,
        tools: Optional[Sequence[Any]] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        guardrails: Optional[Sequence[Any]] = None,
        name: Optional[str] = None,
        description: Optional[str] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        agent_id: Optional[str] = None,
        agent_version: Union[int, str, None] = None,
        model: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[ConversationEvents]:
        """The awaitable twin of ``start_stream``: same arguments and result, for ``await`` in async code."""
        from .._async.conversations import AsyncConversations

        return await twin(self, AsyncConversations).start_stream(
            inputs=inputs,
            store=store,
            handoff_execution=handoff_execution,
            instructions=instructions,
            tools=tools,
            completion_args=completion_args,
            guardrails=guardrails,
            name=name,
            description=description,
            metadata=metadata,
            agent_id=agent_id,
            agent_version=agent_version,
            model=model,
            **options,
        )

    async def list_async(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Union[ModelConversation, AgentConversation]]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.conversations import AsyncConversations

        return await twin(self, AsyncConversations).list(
            page=page,
            page_size=page_size,
            metadata=metadata,
            **options,
        )

    async def get_async(
        self, *, conversation_id: str, **options: Unpack[RequestOptions]
    ) -> Union[ModelConversation, AgentConversation]:
        """The awaitable twin of ``get``: same arguments and result, for ``await`` in async code."""
        from .._async.conversations import AsyncConversations

        return await twin(self, AsyncConversations).get(conversation_id=conversation_id, **options)

    async def delete_async(self, *, conversation_id: str, **options: Unpack[RequestOptions]) -> None:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.conversations import AsyncConversations

        return await twin(self, AsyncConversations).delete(conversation_id=conversation_id, **options)

    async def append_async(
        self,
        *,
        conversation_id: str,
        inputs: Optional[Inputs] = None,
        store: Optional[bool] = None,
        handoff_execution: Optional[HandoffExecution] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        tool_confirmations: Optional[Sequence[Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationResponse:
        """The awaitable twin of ``append``: same arguments and result, for ``await`` in async code."""
        from .._async.conversations import AsyncConversations

        return await twin(self, AsyncConversations).append(
            conversation_id=conversation_id,
            inputs=inputs,
            store=store,
            handoff_execution=handoff_execution,
            completion_args=completion_args,
            tool_confirmations=tool_confirmations,
            **options,
        )

    async def append_stream_async(
        self,
        *,
        conversation_id: str,
        inputs: Optional[Inputs] = None,
        store: Optional[bool] = None,
        handoff_execution: Optional[HandoffExecution] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        tool_confirmations: Optional[Sequence[Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[ConversationEvents]:
        """The awaitable twin of ``append_stream``: same arguments and result, for ``await`` in async code."""
        from .._async.conversations import AsyncConversations

        return await twin(self, AsyncConversations).append_stream(
            conversation_id=conversation_id,
            inputs=inputs,
            store=store,
            handoff_execution=handoff_execution,
            completion_args=completion_args,
            tool_confirmations=tool_confirmations,
            **options,
        )

    async def get_history_async(self, *, conversation_id: str, **options: Unpack[RequestOptions]) -> ConversationHistory:
        """The awaitable twin of ``get_history``: same arguments and result, for ``await`` in async code."""
        from .._async.conversations import AsyncConversations

        return await twin(self, AsyncConversations).get_history(conversation_id=conversation_id, **options)

    async def get_messages_async(self, *, conversation_id: str, **options: Unpack[RequestOptions]) -> ConversationMessages:
        """The awaitable twin of ``get_messages``: same arguments and result, for ``await`` in async code."""
        from .._async.conversations import AsyncConversations

        return await twin(self, AsyncConversations).get_messages(conversation_id=conversation_id, **options)

    async def restart_async(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: Optional[Inputs] = None,
        store: Optional[bool] = None,
        handoff_execution: Optional[HandoffExecution] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        guardrails: Optional[Sequence[Any]] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        agent_version: Union[int, str, None] = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationResponse:
        """The awaitable twin of ``restart``: same arguments and result, for ``await`` in async code."""
        from .._async.conversations import AsyncConversations

        return await twin(self, AsyncConversations).restart(
            conversation_id=conversation_id,
            from_entry_id=from_entry_id,
            inputs=inputs,
            store=store,
            handoff_execution=handoff_execution,
            completion_args=completion_args,
            guardrails=guardrails,
            metadata=metadata,
            agent_version=agent_version,
            **options,
        )

    async def restart_stream_async(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: Optional[Inputs] = None,
        store: Optional[bool] = None,
        handoff_execution: Optional[HandoffExecution] = None,
        completion_args: Optional[Mapping[str, Any]] = None,
        guardrails: Optional[Sequence[Any]] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        agent_version: Union[int, str, None] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[ConversationEvents]:
        """The awaitable twin of ``restart_stream``: same arguments and result, for ``await`` in async code."""
        from .._async.conversations import AsyncConversations

        return await twin(self, AsyncConversations).restart_stream(
            conversation_id=conversation_id,
            from_entry_id=from_entry_id,
            inputs=inputs,
            store=store,
            handoff_execution=handoff_execution,
            completion_args=completion_args,
            guardrails=guardrails,
            metadata=metadata,
            agent_version=agent_version,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
    from ..._streaming import AsyncStream
