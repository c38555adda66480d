# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the models operations."""

from datetime import datetime
from typing import Annotated, Literal, Union

from pydantic import Field

from .._models import BaseModel, TaggedModel
from .shared import FTClassifierLossFunction

__all__ = [
    "ArchiveModelResponse", "BaseModelCard", "ClassifierFineTunedModel", "ClassifierTargetResult",
    "CompletionFineTunedModel", "DeleteModelResponse", "FTModelCard", "FineTunedModelCapabilities",
    "JobsApiRoutesFineTuningUpdateFineTunedModelResponse", "ModelCapabilities", "ModelList",
    "RetrieveModelV1ModelsModelIdGetResponse", "UnarchiveModelResponse", "UpdateModelRequest",
]


class ArchiveModelResponse(TaggedModel):
    """Response of POST /v1/fine_tuning/models/{model_id}/archive."""

    id: str
    object: Literal["model"] = "model"
    archived: bool = True


class ModelCapabilities(BaseModel):
    """This is populated by Harmattan, but some fields have a name that we don't want to expose in the
    API.
    """

    completion_chat: bool = False
    function_calling: bool = False
    reasoning: bool = False
    completion_fim: bool = False
    fine_tuning: bool = False
    vision: bool = False
    ocr: bool = False
    classification: bool = False
    moderation: bool = False
    audio: bool = False
    audio_transcription: bool = False
    audio_transcription_realtime: bool = False
    audio_speech: bool = False
    unified_resources: bool = False


class BaseModelCard(TaggedModel):
    """BaseModelCard"""

    id: str
    object: str = "model"
    created: int | None = None
    owned_by: str = "mistralai"
    capabilities: ModelCapabilities
    name: str | None = None
    description: str | None = None
    max_context_length: int = 32768
    aliases: list[str] = []
    deprecation: datetime | None = None
    deprecation_replacement_model: str | None = None
    default_model_temperature: float | None = None
    internal: bool = False
    type: Literal["base"] = "base"


class ClassifierTargetResult(BaseModel):
    """ClassifierTargetResult"""

    name: str
    labels: list[str]
    weight: float
    loss_function: FTClassifierLossFunction | str


class FineTunedModelCapabilities(BaseModel):
    """FineTunedModelCapabilities"""

    completion_chat: bool = True
    completion_fim: bool = False
    function_calling: bool = False
    fine_tuning: bool = False
    classification: bool = False


class ClassifierFineTunedModel(TaggedModel):
    """ClassifierFineTunedModel"""

    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str
    workspace_id: str
    root: str
    root_version: str
    archived: bool
    name: str | None = None
    description: str | None = None
    capabilities: FineTunedModelCapabilities
    max_context_length: int = 32768
    aliases: list[str] = []
    job: str | None = None
    classifier_targets: list[ClassifierTargetResult]
    model_type: Literal["classifier"] = "classifier"


class CompletionFineTunedModel(TaggedModel):
    """CompletionFineTunedModel"""

    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str
    workspace_id: str
    root: str
    root_version: str
    archived: bool
    name: str | None = None
    description: str | None = None
    capabilities: FineTunedModelCapabilities
    max_context_length: int = 32768
    aliases: list[str] = []
    job: str | None = None
    model_type: Literal["completion"] = "completion"


class DeleteModelResponse(BaseModel):
    """Response of DELETE /v1/models/{model_id}."""

    id: str
    """The ID of the deleted model."""
    object: str = "model"
    """The object type that was deleted."""
    deleted: bool = True
    """The deletion status."""


class FTModelCard(TaggedModel):
    """Extra fields for fine-tuned models."""

    id: str
    object: str = "model"
    created: int | None = None
    owned_by: str = "mistralai"
    capabilities: ModelCapabilities
    name: str | None = None
    description: str | None = None
    max_context_length: int = 32768
    aliases: list[str] = []
    deprecation: datetime | None = None
    deprecation_replacement_model: str | None = None
    default_model_temperature: float | None = None
    internal: bool = False
    type: Literal["fine-tuned"] = "fine-tuned"
    job: str
    root: str
    archived: bool = False


#: Response of PATCH /v1/fine_tuning/models/{model_id}.
JobsApiRoutesFineTuningUpdateFineTunedModelResponse = Annotated[
    Union[CompletionFineTunedModel, ClassifierFineTunedModel],
    Field(discriminator="model_type"),
]


class ModelList(BaseModel):
    """Response of GET /v1/models."""

    object: str = "list"
    data: list[Annotated[Union[BaseModelCard, FTModelCard], Field(discriminator="type")]] | None = None


#: Response of GET /v1/models/{model_id}.
RetrieveModelV1ModelsModelIdGetResponse = Annotated[
    Union[BaseModelCard, FTModelCard],
    Field(discriminator="type"),
]


class UnarchiveModelResponse(TaggedModel):
    """Response of DELETE /v1/fine_tuning/models/{model_id}/archive."""

    id: str
    object: Literal["model"] = "model"
    archived: bool = False


class UpdateModelRequest(BaseModel):
    """Request body of PATCH /v1/fine_tuning/models/{model_id}."""

    name: str | None = None
    description: str | None = None
