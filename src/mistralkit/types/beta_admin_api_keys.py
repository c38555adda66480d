# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.admin.api-keys operations."""

from datetime import datetime
from typing import Annotated, Literal, Union

from pydantic import Field

from .._models import BaseModel, TaggedModel

__all__ = [
    "APIKeyActions", "APIKeyExtendedOUT", "APIKeyOUT", "APIKeyProduct", "APIKeysExtendedOUT",
    "ActionAvailable", "ActionUnavailable_DeleteUnavailableReason_",
    "ActionUnavailable_RotateUnavailableReason_", "AdminCreateAPIKeyIN", "DeleteAPIKeyOUT",
    "DeleteUnavailableReason", "RotateUnavailableReason",
]


class ActionAvailable(TaggedModel):
    """The viewer may perform the action on the resource."""

    status: Literal["available"] = "available"


#: Machine-readable reason why an API key cannot be deleted.
DeleteUnavailableReason = Literal["not_allowed"]


class ActionUnavailable_DeleteUnavailableReason_(TaggedModel):
    """ActionUnavailable[DeleteUnavailableReason]"""

    status: Literal["unavailable"] = "unavailable"
    reason: DeleteUnavailableReason | str | None = None


#: Machine-readable reason why an API key cannot be rotated.
RotateUnavailableReason = Literal["unsupported_scope", "key_expired", "not_allowed"]


class ActionUnavailable_RotateUnavailableReason_(TaggedModel):
    """ActionUnavailable[RotateUnavailableReason]"""

    status: Literal["unavailable"] = "unavailable"
    reason: RotateUnavailableReason | str | None = None


class APIKeyActions(BaseModel):
    """Per-action availability for an API key, keyed by action name."""

    rotate: (
        Annotated[
            Union[ActionAvailable, ActionUnavailable_RotateUnavailableReason_],
            Field(discriminator="status"),
        ]
        | None
    ) = None
    delete: (
        Annotated[
            Union[ActionAvailable, ActionUnavailable_DeleteUnavailableReason_],
            Field(discriminator="status"),
        ]
        | None
    ) = None


APIKeyProduct = Literal["API", "Mistral Code", "Vibe"]


class APIKeyExtendedOUT(BaseModel):
    """APIKeyExtendedOUT"""

    key_id: str
    """API key ID."""
    key: str | None
    """Plaintext API key value. Only returned at creation time."""
    name: str | None
    """Name of the API key."""
    hidden_key: str
    """Masked API key value for display."""
    created_at: datetime | None
    """Time when the API key was created."""
    expiration_date: str | None
    """Date when the API key expires."""
    actions: APIKeyActions
    """Per-action availability for this API key (e.g. whether it can be rotated or deleted)."""
    workspace_id: str | None
    """Workspace ID for the API key."""
    workspace_name: str | None
    """Name of the Workspace for the API key."""
    created_by: str | None
    """User or API key that created this API key."""
    product: APIKeyProduct | str | None
    """Product the API key belongs to."""
    last_used: str | None
    """Date when the API key was last used."""
    can_delete: bool | None
    """Whether you can delete this API key."""


class APIKeyOUT(BaseModel):
    """Response of POST /v1/admin/api-keys."""

    key_id: str
    """API key ID."""
    key: str | None
    """Plaintext API key value. Only returned at creation time."""
    name: str | None
    """Name of the API key."""
    hidden_key: str
    """Masked API key value for display."""
    created_at: datetime | None
    """Time when the API key was created."""
    expiration_date: str | None
    """Date when the API key expires."""
    actions: APIKeyActions
    """Per-action availability for this API key (e.g. whether it can be rotated or deleted)."""


class APIKeysExtendedOUT(BaseModel):
    """Response of GET /v1/admin/api-keys."""

    keys: list[APIKeyExtendedOUT]
    """API keys for the Organization."""


class AdminCreateAPIKeyIN(BaseModel):
    """Request body of POST /v1/admin/api-keys."""

    name: str | None = None
    """Optional name for the API key."""
    expiration: str | None = None
    """Date when the API key should expire."""
    workspace_uuid: str
    """Workspace ID for the API key."""
    user_id: str
    """ID of the user the API key is created for."""


class DeleteAPIKeyOUT(BaseModel):
    """Response of DELETE /v1/admin/api-keys/{key_id}."""

    detail: str
    """API key deletion result message."""
