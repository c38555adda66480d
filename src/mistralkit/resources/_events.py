"""How each streamed operation's events are decoded."""

from __future__ import annotations

import json
from typing import Any, Callable

from .._models import parse_json, parse_obj
from .._request import StreamSpec


def _completion_decoder() -> Callable[[str, str], Any]:
    types: list[Any] = []

    def decode(event: str, data: str) -> Any:
        if not types:
            from ..types import CompletionEvent

            types.append(CompletionEvent)
        # One validation of the wrapped chunk is cheaper than validating it and wrapping the model.
        return parse_json(types[0], '{"data":' + data + "}")

    return decode


# Chat, FIM and agents completions: one CompletionChunk per event, ended by ``data: [DONE]``.
COMPLETION_EVENTS = StreamSpec(decode=_completion_decoder(), done_data="[DONE]")


def _conversation_decoder() -> Callable[[str, str], Any]:
    types: list[Any] = []

    def decode(event: str, data: str) -> Any:
        if not types:
            from typing import Annotated

            from pydantic import Field

            from ..types import ConversationEvents

            field = ConversationEvents.model_fields["data"]
            # The union of event payloads, told apart by their ``type``.
            types[:] = [Annotated[field.annotation, Field(discriminator="type")], ConversationEvents.model_construct]
        try:
            payload = parse_json(types[0], data)
        except ValueError:  # not JSON at all (anything JSON is kept, typed or not)
            raise _not_json(event, data) from None
        kind = payload.get("type") if isinstance(payload, dict) else getattr(payload, "type", None)
        # The SSE ``event:`` line names the event; the payload's ``type`` says the same and wins.
        item = types[1](event=kind or event, data=payload)
        if item.event == "conversation.response.error":
            raise _conversation_error(item, data)
        return item

    return decode


def _not_json(event: str, data: str) -> Exception:
    from .._errors import APIResponseValidationError

    return APIResponseValidationError(
        f"The conversation stream sent an event ({event}) whose data is not JSON: {data[:200]!r}",
        status_code=200,
        body=data,
    )


def _conversation_error(item: Any, data: str) -> Exception:
    import json

    from .._errors import APIStreamError

    body = json.loads(data)
    message = body.get("message") if isinstance(body, dict) else None
    code = body.get("code") if isinstance(body, dict) else None
    error = APIStreamError(
        f"The conversation failed: {message or 'no message'}" + (f" (code {code})" if code is not None else ""),
        body=body,
    )
    error.event = item  # type: ignore[attr-defined]  # the typed ConversationEvents
    return error


# Conversations (start/append/restart streams): one ``ConversationEvents(event=..., data=...)`` per
# SSE event, ``data`` typed by its ``type``. There is no ``[DONE]``: ``conversation.response.done``
# ends the stream, and ``conversation.response.error`` raises ``APIStreamError`` instead of being
# yielded (``.event`` is the typed event, ``.body`` its JSON).
CONVERSATION_EVENTS = StreamSpec(
    decode=_conversation_decoder(),
    done_data=None,
    terminal_attr="event",
    terminal_values=frozenset({"conversation.response.done"}),
)


_TRANSCRIPTION_TYPES = frozenset(
    {"transcription.language", "transcription.segment", "transcription.text.delta", "transcription.done"}
)


def _transcription_decoder() -> Callable[[str, str], Any]:
    types: list[Any] = []

    def decode(event: str, data: str) -> Any:
        if data == "[DONE]":
            return None  # not part of this stream's protocol; its end is ``transcription.done``
        if not types:
            from typing import Annotated, Union

            from pydantic import Field

            from ..types import (
                TranscriptionStreamDone,
                TranscriptionStreamEvents,
                TranscriptionStreamLanguage,
                TranscriptionStreamSegmentDelta,
                TranscriptionStreamTextDelta,
            )

            union = Annotated[
                Union[
                    TranscriptionStreamTextDelta,
                    TranscriptionStreamLanguage,
                    TranscriptionStreamSegmentDelta,
                    TranscriptionStreamDone,
                ],
                Field(discriminator="type"),
            ]
            types[:] = [union, TranscriptionStreamEvents.model_construct]
        payload = json.loads(data)
        name = event if event and event != "message" else None
        if isinstance(payload, dict):
            # The SSE event name and the payload's ``type`` say the same; either may be missing.
            if name in _TRANSCRIPTION_TYPES and "type" not in payload:
                payload["type"] = name
            name = name or payload.get("type")
        return types[1](event=name, data=parse_obj(types[0], payload))

    return decode


# Audio transcriptions: one TranscriptionStreamEvents (``event`` + typed ``data``) per SSE event,
# complete at ``transcription.done``.
TRANSCRIPTION_EVENTS = StreamSpec(
    decode=_transcription_decoder(),
    done_data=None,
    terminal_attr="event",
    terminal_values=frozenset({"transcription.done"}),
)
