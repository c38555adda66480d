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


__all__ = ["AsyncModels"]

_MODEL_CARD = Annotated[Union[BaseModelCard, FTModelCard], Field(discriminator="type")]
_FT_MODEL = Annotated[Union[CompletionFTModelOut, ClassifierFTModelOut], Field(discriminator="model_type")]


class AsyncModels(Resource):
    """Models: the base models and your fine-tuned ones."""

    async def list(
        self, *, provider: Optional[str] = None, model: Optional[str] = None, **options: Unpack[RequestOptions]
    ) -> ModelList:
        """Every model available to this API key (``provider``/``model`` narrow the list)."""
        query = {"provider": provider, "model": model}
        return await self._call(Call("GET", "/v1/models", cast=ModelList, query=query, options=options))

    async def retrieve(self, *, model_id: str, **options: Unpack[RequestOptions]) -> Union[BaseModelCard, FTModelCard]:
        """One model's card: a ``BaseModelCard`` or an ``FTModelCard`` (by its ``type``)."""
        return await self._call(
            Call("GET", f"/v1/models/{path_param('model_id', model_id)}", cast=_MODEL_CARD, options=options)
        )

    async def delete(self, *, model_id: str, **options: Unpack[RequestOptions]) -> DeleteModelOut:
        """Delete a fine-tuned model."""
        return await self._call(
            Call("DELETE", f"/v1/models/{path_param('model_id', model_id)}", cast=DeleteModelOut, options=options)
        )

    async def update(
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
        return await self._call(
            Call("PATCH", path, cast=_FT_MODEL, body=payload, body_type=UpdateFTModelIn, options=options)
        )

    async def archive(self, *, model_id: str, **options: Unpack[RequestOptions]) -> ArchiveFTModelOut:
        """Archive a fine-tuned model (hidden from listings; it can be unarchived)."""
        return await self._call(
            Call(
                "POST",
                f"/v1/fine_tuning/models/{path_param('model_id', model_id)}/archive",
                cast=ArchiveFTModelOut,
                options=options,
            )
        )

    async def unarchive(self, *, model_id: str, **options: Unpack[RequestOptions]) -> UnarchiveFTModelOut:
        """Unarchive a fine-tuned model."""
        return await self._call(
            Call(
                "DELETE",
                f"/v1/fine_tuning/models/{path_param('model_id', model_id)}/archive",
                cast=UnarchiveFTModelOut,
                options=options,
            )
        )
