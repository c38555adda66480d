# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the models operations."""

from datetime import datetime
from typing import Annotated, Literal, Union

from pydantic import Field

from .._models import BaseModel, TaggedModel
from .shared import ClassifierTargetOut

__all__ = [
    "ArchiveFTModelOut", "BaseModelCard", "ClassifierFTModelOut", "CompletionFTModelOut",
    "DeleteModelOut", "FTModelCapabilitiesOut", "FTModelCard",
    "JobsApiRoutesFineTuningUpdateFineTunedModelResponse", "ModelCapabilities", "ModelList",
    "RetrieveModelV1ModelsModelIdGetResponse", "UnarchiveFTModelOut", "UpdateFTModelIn",
]


class ArchiveFTModelOut(TaggedModel):
    """Response of POST /v1/fine_tuning/models/{model_id}/archive."""

    id: str
    object: Literal["model"] = "model"
    archived: bool = True


class ModelCapabilities(BaseModel):
    """ModelCapabilities"""

    completion_chat: bool = False
    function_calling: bool = False
    completion_fim: bool = False
    fine_tuning: bool = False
    vision: bool = False
    ocr: bool = False
    classification: bool = False
    moderation: bool = False
    audio: bool = False
    audio_transcription: bool = False


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
    type: Literal["base"] = "base"


class FTModelCapabilitiesOut(BaseModel):
    """FTModelCapabilitiesOut"""

    completion_chat: bool = True
    completion_fim: bool = False
    function_calling: bool = False
    fine_tuning: bool = False
    classification: bool = False


class ClassifierFTModelOut(TaggedModel):
    """ClassifierFTModelOut"""

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
    capabilities: FTModelCapabilitiesOut
    max_context_length: int = 32768
    aliases: list[str] = []
    job: str
    classifier_targets: list[ClassifierTargetOut]
    model_type: Literal["classifier"] = "classifier"


class CompletionFTModelOut(TaggedModel):
    """CompletionFTModelOut"""

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
    capabilities: FTModelCapabilitiesOut
    max_context_length: int = 32768
    aliases: list[str] = []
    job: str
    model_type: Literal["completion"] = "completion"


class DeleteModelOut(BaseModel):
    """Response of DELETE /v1/models/{model_id}."""

    id: str
    """The ID of the deleted model."""
    object: str = "model"
    """The object type that was deleted"""
    deleted: bool = True
    """The deletion status"""


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
    type: Literal["fine-tuned"] = "fine-tuned"
    job: str
    root: str
    archived: bool = False


#: Response of PATCH /v1/fine_tuning/models/{model_id}.
JobsApiRoutesFineTuningUpdateFineTunedModelResponse = Annotated[
    Union[CompletionFTModelOut, ClassifierFTModelOut],
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


class UnarchiveFTModelOut(TaggedModel):
    """Response of DELETE /v1/fine_tuning/models/{model_id}/archive."""

    id: str
    object: Literal["model"] = "model"
    archived: bool = False


class UpdateFTModelIn(BaseModel):
    """Request body of PATCH /v1/fine_tuning/models/{model_id}."""

    name: str | None = None
    description: str | None = None
