# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.agents operations."""

from datetime import datetime
from typing import Annotated, Literal, Union

from pydantic import Field

from .._models import BaseModel, TaggedModel
from .shared import (
    CodeInterpreterTool,
    CompletionArgs,
    CustomConnector,
    DocumentLibraryTool,
    FunctionTool,
    GuardrailConfig,
    ImageGenerationTool,
    MetadataDict,
    WebSearchPremiumTool,
    WebSearchTool,
)

__all__ = [
    "Agent", "AgentAliasResponse", "AgentListPage", "AgentsApiV1AgentsListResponse",
    "AgentsApiV1AgentsListVersionAliasesResponse", "AgentsApiV1AgentsListVersionsResponse",
    "CreateAgentRequest", "RequestSource", "UpdateAgentRequest",
]


class Agent(TaggedModel):
    """Response of POST /v1/agents, GET /v1/agents/{agent_id}, PATCH /v1/agents/{agent_id}, ...."""

    instructions: str | None = None
    """Instruction prompt the model will follow during the conversation."""
    tools: (
        list[
            Annotated[
                Union[
                    FunctionTool,
                    WebSearchTool,
                    WebSearchPremiumTool,
                    CodeInterpreterTool,
                    ImageGenerationTool,
                    DocumentLibraryTool,
                    CustomConnector,
                ],
                Field(discriminator="type"),
            ],
        ]
        | None
    ) = None
    """List of tools which are available to the model during the conversation."""
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at
    each message request.
    """
    guardrails: list[GuardrailConfig] | None = None
    model: str
    name: str
    description: str | None = None
    handoffs: list[str] | None = None
    metadata: MetadataDict | None = None
    object: Literal["agent"] = "agent"
    id: str
    version: int
    versions: list[int]
    created_at: datetime
    updated_at: datetime
    deployment_chat: bool
    source: str
    version_message: str | None = None


class AgentAliasResponse(BaseModel):
    """Response of PUT /v1/agents/{agent_id}/aliases."""

    alias: str
    version: int
    created_at: datetime
    updated_at: datetime


class AgentListPage(TaggedModel):
    """Response of GET /v1/agents/pages."""

    object: Literal["list"] = "list"
    data: list[Agent]
    next_page_token: str | None = None


#: Response of GET /v1/agents.
AgentsApiV1AgentsListResponse = list[Agent]


#: Response of GET /v1/agents/{agent_id}/aliases.
AgentsApiV1AgentsListVersionAliasesResponse = list[AgentAliasResponse]


#: Response of GET /v1/agents/{agent_id}/versions.
AgentsApiV1AgentsListVersionsResponse = list[Agent]


class CreateAgentRequest(BaseModel):
    """Request body of POST /v1/agents."""

    instructions: str | None = None
    """Instruction prompt the model will follow during the conversation."""
    tools: (
        list[
            Annotated[
                Union[
                    FunctionTool,
                    WebSearchTool,
                    WebSearchPremiumTool,
                    CodeInterpreterTool,
                    ImageGenerationTool,
                    DocumentLibraryTool,
                    CustomConnector,
                ],
                Field(discriminator="type"),
            ],
        ]
        | None
    ) = None
    """List of tools which are available to the model during the conversation."""
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at
    each message request.
    """
    guardrails: list[GuardrailConfig] | None = None
    model: str
    name: str
    description: str | None = None
    handoffs: list[str] | None = None
    metadata: MetadataDict | None = None
    version_message: str | None = None


RequestSource = Literal["api", "playground", "agent_builder_v1"]


class UpdateAgentRequest(BaseModel):
    """Request body of PATCH /v1/agents/{agent_id}."""

    instructions: str | None = None
    """Instruction prompt the model will follow during the conversation."""
    tools: (
        list[
            Annotated[
                Union[
                    FunctionTool,
                    WebSearchTool,
                    WebSearchPremiumTool,
                    CodeInterpreterTool,
                    ImageGenerationTool,
                    DocumentLibraryTool,
                    CustomConnector,
                ],
                Field(discriminator="type"),
            ],
        ]
        | None
    ) = None
    """List of tools which are available to the model during the conversation."""
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at
    each message request.
    """
    guardrails: list[GuardrailConfig] | None = None
    model: str | None = None
    name: str | None = None
    description: str | None = None
    handoffs: list[str] | None = None
    deployment_chat: bool | None = None
    metadata: MetadataDict | None = None
    version_message: str | None = None
