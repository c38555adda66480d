# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.prompts operations."""

from typing import Any

from pydantic import AliasChoices, Field

from .._models import BaseModel
from .shared import AliasList, RegistrySharingScope, Timestamp

__all__ = [
    "CreatePromptRequest", "CreatePromptVersionResponse", "DeletePromptResponse",
    "ListPromptVersionsResponse", "ListPromptsResponse", "Prompt", "PromptDefinition",
    "PromptVariable", "PromptVersion", "PromptsCreateVersionBody", "PromptsUpdateBody",
    "PromptsUpdateVersionMetadataBody",
]


class PromptVariable(BaseModel):
    """PromptVariable"""

    name: str | None = None
    """Stable object name."""


class PromptDefinition(BaseModel):
    """Versioned prompt content."""

    content: str
    """Prompt template content."""
    variables: list[PromptVariable] | None = None
    """Variables used by the prompt."""


class CreatePromptRequest(BaseModel):
    """Request body of POST /v2/prompts."""

    name: str
    """Stable object name."""
    definition: PromptDefinition
    title: str | None = None
    """Display title."""
    description: str | None = None
    """Display description."""
    notes: str | None = None
    """Notes for this version."""
    sharingScope: RegistrySharingScope | str | None = Field(None, alias="sharingScope", validation_alias=AliasChoices("sharingScope", "sharing_scope"))
    """Registry sharing scope."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""

    @property
    def sharing_scope(self) -> "RegistrySharingScope | str | None":
        """``sharingScope`` under the official SDK's name."""
        return self.sharingScope


class CreatePromptVersionResponse(BaseModel):
    """Response of POST /v2/prompts/{prompt_id}/versions."""

    version: int | None = None
    deduplicated: bool | None = None


#: Response of DELETE /v2/prompts/{prompt_id}.
DeletePromptResponse = dict[str, Any]


class PromptVersion(BaseModel):
    """PromptVersion"""

    version: int | None = None
    definition: PromptDefinition | None = None
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
    createdAt: Timestamp | None = Field(None, alias="createdAt", validation_alias=AliasChoices("createdAt", "created_at"))
    """Creation time."""

    @property
    def created_at(self) -> "Timestamp | None":
        """``createdAt`` under the official SDK's name."""
        return self.createdAt


class ListPromptVersionsResponse(BaseModel):
    """Response of GET /v2/prompts/{prompt_id}/versions."""

    data: list[PromptVersion] | None = None


class Prompt(BaseModel):
    """Response of POST /v2/prompts, GET /v2/prompts/{prompt_id}, PATCH /v2/prompts/{prompt_id}, ....
    """

    id: str | None = None
    name: str | None = None
    """Stable object name."""
    definition: PromptDefinition | None = None
    version: int | None = None
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
    sharingScope: RegistrySharingScope | str | None = Field(None, alias="sharingScope", validation_alias=AliasChoices("sharingScope", "sharing_scope"))
    """Registry sharing scope."""
    createdAt: Timestamp | None = Field(None, alias="createdAt", validation_alias=AliasChoices("createdAt", "created_at"))
    """Creation time."""
    updatedAt: Timestamp | None = Field(None, alias="updatedAt", validation_alias=AliasChoices("updatedAt", "updated_at"))
    """Last update time."""
    latestVersion: int | None = Field(None, alias="latestVersion", validation_alias=AliasChoices("latestVersion", "latest_version"))
    """Latest version number."""
    title: str | None = None
    """Display title."""
    description: str | None = None
    """Display description."""

    @property
    def sharing_scope(self) -> "RegistrySharingScope | str | None":
        """``sharingScope`` under the official SDK's name."""
        return self.sharingScope

    @property
    def created_at(self) -> "Timestamp | None":
        """``createdAt`` under the official SDK's name."""
        return self.createdAt

    @property
    def updated_at(self) -> "Timestamp | None":
        """``updatedAt`` under the official SDK's name."""
        return self.updatedAt

    @property
    def latest_version(self) -> "int | None":
        """``latestVersion`` under the official SDK's name."""
        return self.latestVersion


class ListPromptsResponse(BaseModel):
    """Response of GET /v2/prompts."""

    data: list[Prompt] | None = None
    nextPageToken: str | None = Field(None, alias="nextPageToken", validation_alias=AliasChoices("nextPageToken", "next_page_token"))

    @property
    def next_page_token(self) -> "str | None":
        """``nextPageToken`` under the official SDK's name."""
        return self.nextPageToken


class PromptsCreateVersionBody(BaseModel):
    """Request body of POST /v2/prompts/{prompt_id}/versions."""

    definition: PromptDefinition
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""


class PromptsUpdateBody(BaseModel):
    """Request body of PATCH /v2/prompts/{prompt_id}."""

    title: str | None = None
    """Display title."""
    description: str | None = None
    """Display description."""
    sharingScope: RegistrySharingScope | str | None = None
    """Registry sharing scope."""


class PromptsUpdateVersionMetadataBody(BaseModel):
    """Request body of PATCH /v2/prompts/{prompt_id}/versions/{version}."""

    notes: str | None = None
    """Notes for this version."""
    aliases: AliasList | None = None
    """Aliases pointing to this version."""
