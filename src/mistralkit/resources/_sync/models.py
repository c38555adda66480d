# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from pydantic import Field

from ...types import (
    ArchiveFTModelOut,
    BaseModelCard,
    ClassifierFTModelOut,
    CompletionFTModelOut,
    DeleteModelOut,
    FTModelCard,
    ModelList,
    UnarchiveFTModelOut,
    UpdateFTModelIn,
)
from ..._request import RequestOptions, path_param
from .._base import Call, Resource, body

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["Models"]

_MODEL_CARD = Annotated[Union[BaseModelCard, FTModelCard], Field(discriminator="type")]
_FT_MODEL = Annotated[Union[CompletionFTModelOut, ClassifierFTModelOut], Field(discriminator="model_type")]


class Models(Resource):
    """Models: the base models and your fine-tuned ones."""

    def list(
        self, *, provider: Optional[str] = None, model: Optional[str] = None, **options: Unpack[RequestOptions]
    ) -> ModelList:
        """Every model available to this API key (``provider``/``model`` narrow the list)."""
        query = {"provider": provider, "model": model}
        return self._call(Call("GET", "/v1/models", cast=ModelList, query=query, options=options))

    def retrieve(self, *, model_id: str, **options: Unpack[RequestOptions]) -> Union[BaseModelCard, FTModelCard]:
        """One model's card: a ``BaseModelCard`` or an ``FTModelCard`` (by its ``type``)."""
        return self._call(
            Call("GET", f"/v1/models/{path_param('model_id', model_id)}", cast=_MODEL_CARD, options=options)
        )

    def delete(self, *, model_id: str, **options: Unpack[RequestOptions]) -> DeleteModelOut:
        """Delete a fine-tuned model."""
        return self._call(
            Call("DELETE", f"/v1/models/{path_param('model_id', model_id)}", cast=DeleteModelOut, options=options)
        )

    def update(
        self,
        *,
        model_id: str,
        name: Optional[str] = None,
        description: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Rename or re-describe a fine-tuned model; returns a ``CompletionFTModelOut`` or ``ClassifierFTModelOut``."""
        payload = body(locals())
        payload.pop("model_id", None)
        path = f"/v1/fine_tuning/models/{path_param('model_id', model_id)}"
        return self._call(
            Call("PATCH", path, cast=_FT_MODEL, body=payload, body_type=UpdateFTModelIn, options=options)
        )

    def archive(self, *, model_id: str, **options: Unpack[RequestOptions]) -> ArchiveFTModelOut:
        """Archive a fine-tuned model (hidden from listings; it can be unarchived)."""
        return self._call(
            Call(
                "POST",
                f"/v1/fine_tuning/models/{path_param('model_id', model_id)}/archive",
                cast=ArchiveFTModelOut,
                options=options,
            )
        )

    def unarchive(self, *, model_id: str, **options: Unpack[RequestOptions]) -> UnarchiveFTModelOut:
        """Unarchive a fine-tuned model."""
        return self._call(
            Call(
                "DELETE",
                f"/v1/fine_tuning/models/{path_param('model_id', model_id)}/archive",
                cast=UnarchiveFTModelOut,
                options=options,
            )
        )

    async def list_async(
        self, *, provider: Optional[str] = None, model: Optional[str] = None, **options: Unpack[RequestOptions]
    ) -> ModelList:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.models import AsyncModels

        return await twin(self, AsyncModels).list(provider=provider, model=model, **options)

    async def retrieve_async(self, *, model_id: str, **options: Unpack[RequestOptions]) -> Union[BaseModelCard, FTModelCard]:
        """The awaitable twin of ``retrieve``: same arguments and result, for ``await`` in async code."""
        from .._async.models import AsyncModels

        return await twin(self, AsyncModels).retrieve(model_id=model_id, **options)

    async def delete_async(self, *, model_id: str, **options: Unpack[RequestOptions]) -> DeleteModelOut:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.models import AsyncModels

        return await twin(self, AsyncModels).delete(model_id=model_id, **options)

    async def update_async(
        self,
        *,
        model_id: str,
        name: Optional[str] = None,
        description: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """The awaitable twin of ``update``: same arguments and result, for ``await`` in async code."""
        from .._async.models import AsyncModels

        return await twin(self, AsyncModels).update(
            model_id=model_id,
            name=name,
            description=description,
            **options,
        )

    async def archive_async(self, *, model_id: str, **options: Unpack[RequestOptions]) -> ArchiveFTModelOut:
        """The awaitable twin of ``archive``: same arguments and result, for ``await`` in async code."""
        from .._async.models import AsyncModels

        return await twin(self, AsyncModels).archive(model_id=model_id, **options)

    async def unarchive_async(self, *, model_id: str, **options: Unpack[RequestOptions]) -> UnarchiveFTModelOut:
        """The awaitable twin of ``unarchive``: same arguments and result, for ``await`` in async code."""
        from .._async.models import AsyncModels

        return await twin(self, AsyncModels).unarchive(model_id=model_id, **options)


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
