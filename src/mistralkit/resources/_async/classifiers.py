from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence, Union

from ...types import (
    ChatClassificationRequest,
    ChatModerationRequest,
    ClassificationRequest,
    ClassificationResponse,
    ModerationResponse,
)
from ..._request import RequestOptions
from .._base import Call, Resource, body

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["AsyncClassifiers"]

TextInput = Union[str, Sequence[str]]
ChatInput = Union[Sequence[Any], Mapping[str, Any], Any]
_ONE_INPUT = "takes exactly one of inputs= (the official SDK's name) or input= (the API's)"


class AsyncClassifiers(Resource):
    """Moderation and classification of texts and conversations."""

    async def moderate(
        self,
        *,
        model: str,
        inputs: Optional[TextInput] = None,
        input: Optional[TextInput] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> ModerationResponse:
        """Moderation categories and scores for a text or a list of texts."""
        payload = body(locals(), rename={"inputs": "input"})
        if (inputs is None) == (input is None):
            raise TypeError(f"classifiers.moderate() {_ONE_INPUT}")
        return await self._call(
            Call(
                "POST",
                "/v1/moderations",
                cast=ModerationResponse,
                body=payload,
                body_type=ClassificationRequest,
                options=options,
            )
        )

    async def moderate_chat(
        self,
        *,
        model: str,
        inputs: Optional[ChatInput] = None,
        input: Optional[ChatInput] = None,
        **options: Unpack[RequestOptions],
    ) -> ModerationResponse:
        """Moderation of a conversation (a list of messages) or of several (a list of such lists)."""
        payload = body(locals(), rename={"inputs": "input"})
        if (inputs is None) == (input is None):
            raise TypeError(f"classifiers.moderate_chat() {_ONE_INPUT}")
        return await self._call(
            Call(
                "POST",
                "/v1/chat/moderations",
                cast=ModerationResponse,
                body=payload,
                body_type=ChatModerationRequest,
                options=options,
            )
        )

    async def classify(
        self,
        *,
        model: str,
        inputs: Optional[TextInput] = None,
        input: Optional[TextInput] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> ClassificationResponse:
        """Scores of a classifier model (e.g. a fine-tuned one) for a text or a list of texts."""
        payload = body(locals(), rename={"inputs": "input"})
        if (inputs is None) == (input is None):
            raise TypeError(f"classifiers.classify() {_ONE_INPUT}")
        return await self._call(
            Call(
                "POST",
                "/v1/classifications",
                cast=ClassificationResponse,
                body=payload,
                body_type=ClassificationRequest,
                options=options,
            )
        )

    async def classify_chat(
        self,
        *,
        model: str,
        inputs: Optional[ChatInput] = None,
        input: Optional[ChatInput] = None,
        **options: Unpack[RequestOptions],
    ) -> ClassificationResponse:
        """Scores of a classifier model for a conversation: ``{"messages": [...]}`` or a list of them."""
        payload = body(locals(), rename={"inputs": "input"})
        if (inputs is None) == (input is None):
            raise TypeError(f"classifiers.classify_chat() {_ONE_INPUT}")
        return await self._call(
            Call(
                "POST",
                "/v1/chat/classifications",
                cast=ClassificationResponse,
                body=payload,
                body_type=ChatClassificationRequest,
                options=options,
            )
        )
