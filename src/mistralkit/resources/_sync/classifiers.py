# Generated from resources/_async by tools/unasync.py. Do not edit.
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


__all__ = ["Classifiers"]

TextInput = Union[str, Sequence[str]]
ChatInput = Union[Sequence[Any], Mapping[str, Any], Any]
_ONE_INPUT = "takes exactly one of inputs= (the official SDK's name) or input= (the API's)"


class Classifiers(Resource):
    """Moderation and classification of texts and conversations."""

    def moderate(
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
        return self._call(
            Call(
                "POST",
                "/v1/moderations",
                cast=ModerationResponse,
                body=payload,
                body_type=ClassificationRequest,
                options=options,
            )
        )

    def moderate_chat(
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
        return self._call(
            Call(
                "POST",
                "/v1/chat/moderations",
                cast=ModerationResponse,
                body=payload,
                body_type=ChatModerationRequest,
                options=options,
            )
        )

    def classify(
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
        return self._call(
            Call(
                "POST",
                "/v1/classifications",
                cast=ClassificationResponse,
                body=payload,
                body_type=ClassificationRequest,
                options=options,
            )
        )

    def classify_chat(
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
        return self._call(
            Call(
                "POST",
                "/v1/chat/classifications",
                cast=ClassificationResponse,
                body=payload,
                body_type=ChatClassificationRequest,
                options=options,
            )
        )

    async def moderate_async(
        self,
        *,
        model: str,
        inputs: Optional[TextInput] = None,
        input: Optional[TextInput] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> ModerationResponse:
        """The awaitable twin of ``moderate``: same arguments and result, for ``await`` in async code."""
        from .._async.classifiers import AsyncClassifiers

        return await twin(self, AsyncClassifiers).moderate(
            model=model,
            inputs=inputs,
            input=input,
            metadata=metadata,
            **options,
        )

    async def moderate_chat_async(
        self,
        *,
        model: str,
        inputs: Optional[ChatInput] = None,
        input: Optional[ChatInput] = None,
        **options: Unpack[RequestOptions],
    ) -> ModerationResponse:
        """The awaitable twin of ``moderate_chat``: same arguments and result, for ``await`` in async code."""
        from .._async.classifiers import AsyncClassifiers

        return await twin(self, AsyncClassifiers).moderate_chat(
            model=model,
            inputs=inputs,
            input=input,
            **options,
        )

    async def classify_async(
        self,
        *,
        model: str,
        inputs: Optional[TextInput] = None,
        input: Optional[TextInput] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> ClassificationResponse:
        """The awaitable twin of ``classify``: same arguments and result, for ``await`` in async code."""
        from .._async.classifiers import AsyncClassifiers

        return await twin(self, AsyncClassifiers).classify(
            model=model,
            inputs=inputs,
            input=input,
            metadata=metadata,
            **options,
        )

    async def classify_chat_async(
        self,
        *,
        model: str,
        inputs: Optional[ChatInput] = None,
        input: Optional[ChatInput] = None,
        **options: Unpack[RequestOptions],
    ) -> ClassificationResponse:
        """The awaitable twin of ``classify_chat``: same arguments and result, for ``await`` in async code."""
        from .._async.classifiers import AsyncClassifiers

        return await twin(self, AsyncClassifiers).classify_chat(
            model=model,
            inputs=inputs,
            input=input,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
