# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.conversations operations."""

from datetime import datetime
from typing import Annotated, Any, Literal, Union

from pydantic import Field

from .._models import BaseModel, TaggedModel
from .shared import (
    BuiltInConnectors,
    CodeInterpreterTool,
    CompletionArgs,
    CustomConnector,
    DocumentLibraryTool,
    DocumentURLChunk,
    FunctionTool,
    GuardrailConfig,
    ImageGenerationTool,
    ImageURLChunk,
    MetadataDict,
    TextChunk,
    ThinkChunk,
    ToolReferenceChunk,
    WebSearchPremiumTool,
    WebSearchTool,
)

__all__ = [
    "AgentConversation", "AgentHandoffDoneEvent", "AgentHandoffEntry", "AgentHandoffStartedEvent",
    "AgentsApiV1ConversationsGetResponse", "AgentsApiV1ConversationsListResponse",
    "AppendConversationRequest", "ConversationAppendRequest", "ConversationAppendStreamRequest",
    "ConversationEvents", "ConversationHistory", "ConversationInputs", "ConversationMessages",
    "ConversationRequest", "ConversationRequestBase", "ConversationResponse",
    "ConversationRestartRequest", "ConversationRestartStreamRequest", "ConversationStreamRequest",
    "ConversationUsageInfo", "FunctionCallEntry", "FunctionCallEntryArguments",
    "FunctionCallEvent", "FunctionResultEntry", "InputEntries", "MessageEntries",
    "MessageInputContentChunks", "MessageInputEntry", "MessageOutputContentChunks",
    "MessageOutputEntry", "MessageOutputEvent", "ModelConversation", "OutputContentChunks",
    "ResponseDoneEvent", "ResponseErrorEvent", "ResponseStartedEvent",
    "RestartConversationRequest", "SSETypes", "ToolCallConfirmation", "ToolExecutionDeltaEvent",
    "ToolExecutionDoneEvent", "ToolExecutionEntry", "ToolExecutionInfo",
    "ToolExecutionStartedEvent", "ToolFileChunk",
]


class AgentConversation(TaggedModel):
    """AgentConversation"""

    name: str | None = None
    """Name given to the conversation."""
    description: str | None = None
    """Description of the what the conversation is about."""
    metadata: MetadataDict | None = None
    """Custom metadata for the conversation."""
    object: Literal["conversation"] = "conversation"
    id: str
    created_at: datetime
    updated_at: datetime
    agent_id: str
    agent_version: str | int | None = None


class AgentHandoffDoneEvent(TaggedModel):
    """AgentHandoffDoneEvent"""

    type: Literal["agent.handoff.done"] = "agent.handoff.done"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    next_agent_id: str
    next_agent_name: str


class AgentHandoffEntry(TaggedModel):
    """AgentHandoffEntry"""

    object: Literal["entry"] = "entry"
    type: Literal["agent.handoff"] = "agent.handoff"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    id: str | None = None
    previous_agent_id: str
    previous_agent_name: str
    next_agent_id: str
    next_agent_name: str


class AgentHandoffStartedEvent(TaggedModel):
    """AgentHandoffStartedEvent"""

    type: Literal["agent.handoff.started"] = "agent.handoff.started"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    previous_agent_id: str
    previous_agent_name: str


class ModelConversation(TaggedModel):
    """ModelConversation"""

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
    name: str | None = None
    """Name given to the conversation."""
    description: str | None = None
    """Description of the what the conversation is about."""
    metadata: MetadataDict | None = None
    """Custom metadata for the conversation."""
    object: Literal["conversation"] = "conversation"
    id: str
    created_at: datetime
    updated_at: datetime
    model: str


#: Response of GET /v1/conversations/{conversation_id}.
AgentsApiV1ConversationsGetResponse = ModelConversation | AgentConversation


#: Response of GET /v1/conversations.
AgentsApiV1ConversationsListResponse = list[ModelConversation | AgentConversation]


FunctionCallEntryArguments = dict[str, Any] | str


class FunctionCallEntry(TaggedModel):
    """FunctionCallEntry"""

    object: Literal["entry"] = "entry"
    type: Literal["function.call"] = "function.call"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    agent_id: str | None = None
    model: str | None = None
    id: str | None = None
    tool_call_id: str
    name: str
    arguments: FunctionCallEntryArguments
    confirmation_status: Literal["pending", "allowed", "denied"] | str | None = None


class FunctionResultEntry(TaggedModel):
    """FunctionResultEntry"""

    object: Literal["entry"] = "entry"
    type: Literal["function.result"] = "function.result"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    id: str | None = None
    tool_call_id: str
    result: str


class ToolFileChunk(TaggedModel):
    """ToolFileChunk"""

    type: Literal["tool_file"] = "tool_file"
    tool: BuiltInConnectors | str
    file_id: str
    file_name: str | None = None
    file_type: str | None = None


MessageInputContentChunks = list[
    TextChunk | ImageURLChunk | ToolFileChunk | DocumentURLChunk | ThinkChunk,
]


class MessageInputEntry(TaggedModel):
    """Representation of an input message inside the conversation."""

    object: Literal["entry"] = "entry"
    type: Literal["message.input"] = "message.input"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    id: str | None = None
    role: Literal["assistant", "user"] | str
    content: str | MessageInputContentChunks
    prefix: bool = False


MessageOutputContentChunks = list[
    TextChunk | ImageURLChunk | ToolFileChunk | DocumentURLChunk | ThinkChunk | ToolReferenceChunk,
]


class MessageOutputEntry(TaggedModel):
    """MessageOutputEntry"""

    object: Literal["entry"] = "entry"
    type: Literal["message.output"] = "message.output"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    agent_id: str | None = None
    model: str | None = None
    id: str | None = None
    role: Literal["assistant"] = "assistant"
    content: str | MessageOutputContentChunks


ToolExecutionInfo = dict[str, Any]


class ToolExecutionEntry(TaggedModel):
    """ToolExecutionEntry"""

    object: Literal["entry"] = "entry"
    type: Literal["tool.execution"] = "tool.execution"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    agent_id: str | None = None
    model: str | None = None
    id: str | None = None
    name: BuiltInConnectors | str
    arguments: str
    info: ToolExecutionInfo | None = None


InputEntries = list[
    (
        MessageInputEntry
        | MessageOutputEntry
        | FunctionResultEntry
        | FunctionCallEntry
        | ToolExecutionEntry
        | AgentHandoffEntry
    ),
]


ConversationInputs = str | InputEntries


class ToolCallConfirmation(BaseModel):
    """ToolCallConfirmation"""

    tool_call_id: str
    confirmation: Literal["allow", "deny"] | str


class AppendConversationRequest(BaseModel):
    """AppendConversationRequest"""

    inputs: ConversationInputs | None = None
    stream: bool = False
    """Whether to stream back partial progress. Otherwise, the server will hold the request open until
    the timeout or until completion, with the response containing the full result as JSON.
    """
    store: bool = True
    """Whether to store the results into our servers or not."""
    handoff_execution: Literal["client", "server"] | str = "server"
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at
    each message request.
    """
    tool_confirmations: list[ToolCallConfirmation] | None = None


class ConversationAppendRequest(BaseModel):
    """Request body of POST /v1/conversations/{conversation_id}."""

    inputs: ConversationInputs | None = None
    stream: Literal[False] = False
    store: bool = True
    """Whether to store the results into our servers or not."""
    handoff_execution: Literal["client", "server"] | str = "server"
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at
    each message request.
    """
    tool_confirmations: list[ToolCallConfirmation] | None = None


class ConversationAppendStreamRequest(BaseModel):
    """Request body of POST /v1/conversations/{conversation_id} (stream)."""

    inputs: ConversationInputs | None = None
    stream: Literal[True] = True
    store: bool = True
    """Whether to store the results into our servers or not."""
    handoff_execution: Literal["client", "server"] | str = "server"
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at
    each message request.
    """
    tool_confirmations: list[ToolCallConfirmation] | None = None


class FunctionCallEvent(TaggedModel):
    """FunctionCallEvent"""

    type: Literal["function.call.delta"] = "function.call.delta"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    model: str | None = None
    agent_id: str | None = None
    name: str
    tool_call_id: str
    arguments: str
    confirmation_status: Literal["pending", "allowed", "denied"] | str | None = None


OutputContentChunks = (
    TextChunk
    | ImageURLChunk
    | ToolFileChunk
    | DocumentURLChunk
    | ThinkChunk
    | ToolReferenceChunk
)


class MessageOutputEvent(TaggedModel):
    """MessageOutputEvent"""

    type: Literal["message.output.delta"] = "message.output.delta"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    content_index: int = 0
    model: str | None = None
    agent_id: str | None = None
    role: Literal["assistant"] = "assistant"
    content: str | OutputContentChunks


class ConversationUsageInfo(BaseModel):
    """ConversationUsageInfo"""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    connector_tokens: int | None = None
    connectors: dict[str, int] | None = None


class ResponseDoneEvent(TaggedModel):
    """ResponseDoneEvent"""

    type: Literal["conversation.response.done"] = "conversation.response.done"
    created_at: datetime | None = None
    usage: ConversationUsageInfo


class ResponseErrorEvent(TaggedModel):
    """ResponseErrorEvent"""

    type: Literal["conversation.response.error"] = "conversation.response.error"
    created_at: datetime | None = None
    message: str
    code: int


class ResponseStartedEvent(TaggedModel):
    """ResponseStartedEvent"""

    type: Literal["conversation.response.started"] = "conversation.response.started"
    created_at: datetime | None = None
    conversation_id: str


#: Server side events sent when streaming a conversation response.
SSETypes = Literal[
    "conversation.response.started", "conversation.response.done", "conversation.response.error",
    "message.output.delta", "tool.execution.started", "tool.execution.delta",
    "tool.execution.done", "agent.handoff.started", "agent.handoff.done", "function.call.delta",
]


class ToolExecutionDeltaEvent(TaggedModel):
    """ToolExecutionDeltaEvent"""

    type: Literal["tool.execution.delta"] = "tool.execution.delta"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    name: BuiltInConnectors | str
    arguments: str


class ToolExecutionDoneEvent(TaggedModel):
    """ToolExecutionDoneEvent"""

    type: Literal["tool.execution.done"] = "tool.execution.done"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    name: BuiltInConnectors | str
    info: ToolExecutionInfo | None = None


class ToolExecutionStartedEvent(TaggedModel):
    """ToolExecutionStartedEvent"""

    type: Literal["tool.execution.started"] = "tool.execution.started"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    model: str | None = None
    agent_id: str | None = None
    name: BuiltInConnectors | str
    arguments: str


class ConversationEvents(BaseModel):
    """Response of POST /v1/conversations (stream), POST /v1/conversations/{conversation_id} (stream),
    POST /v1/conversations/{conversation_id}/restart (stream).
    """

    event: SSETypes | str
    data: Annotated[
        Union[
            ResponseStartedEvent,
            ResponseDoneEvent,
            ResponseErrorEvent,
            ToolExecutionStartedEvent,
            ToolExecutionDeltaEvent,
            ToolExecutionDoneEvent,
            MessageOutputEvent,
            FunctionCallEvent,
            AgentHandoffStartedEvent,
            AgentHandoffDoneEvent,
        ],
        Field(discriminator="type"),
    ]


class ConversationHistory(TaggedModel):
    """Retrieve all entries in a conversation."""

    object: Literal["conversation.history"] = "conversation.history"
    conversation_id: str
    entries: list[
        (
            MessageInputEntry
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ),
    ]


MessageEntries = list[MessageInputEntry | MessageOutputEntry]


class ConversationMessages(TaggedModel):
    """Similar to the conversation history but only keep the messages"""

    object: Literal["conversation.messages"] = "conversation.messages"
    conversation_id: str
    messages: MessageEntries


class ConversationRequest(BaseModel):
    """Request body of POST /v1/conversations."""

    inputs: ConversationInputs
    stream: Literal[False] = False
    store: bool | None = None
    handoff_execution: Literal["client", "server"] | str | None = None
    instructions: str | None = None
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
    completion_args: CompletionArgs | None = None
    guardrails: list[GuardrailConfig] | None = None
    name: str | None = None
    description: str | None = None
    metadata: MetadataDict | None = None
    agent_id: str | None = None
    agent_version: str | int | None = None
    model: str | None = None


class ConversationRequestBase(BaseModel):
    """ConversationRequest"""

    inputs: ConversationInputs
    stream: bool | None = None
    store: bool | None = None
    handoff_execution: Literal["client", "server"] | str | None = None
    instructions: str | None = None
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
    completion_args: CompletionArgs | None = None
    guardrails: list[GuardrailConfig] | None = None
    name: str | None = None
    description: str | None = None
    metadata: MetadataDict | None = None
    agent_id: str | None = None
    agent_version: str | int | None = None
    model: str | None = None


class ConversationResponse(TaggedModel):
    """The response after appending new entries to the conversation."""

    object: Literal["conversation.response"] = "conversation.response"
    conversation_id: str
    outputs: list[MessageOutputEntry | ToolExecutionEntry | FunctionCallEntry | AgentHandoffEntry]
    usage: ConversationUsageInfo
    guardrails: list[dict[str, Any]] | None = None


class ConversationRestartRequest(BaseModel):
    """Request body of POST /v1/conversations/{conversation_id}/restart."""

    inputs: ConversationInputs | None = None
    stream: Literal[False] = False
    store: bool = True
    """Whether to store the results into our servers or not."""
    handoff_execution: Literal["client", "server"] | str = "server"
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at
    each message request.
    """
    guardrails: list[GuardrailConfig] | None = None
    metadata: MetadataDict | None = None
    """Custom metadata for the conversation."""
    from_entry_id: str
    agent_version: str | int | None = None
    """Specific version of the agent to use when restarting. If not provided, uses the current version.
    """


class ConversationRestartStreamRequest(BaseModel):
    """Request body of POST /v1/conversations/{conversation_id}/restart (stream)."""

    inputs: ConversationInputs | None = None
    stream: Literal[True] = True
    store: bool = True
    """Whether to store the results into our servers or not."""
    handoff_execution: Literal["client", "server"] | str = "server"
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at
    each message request.
    """
    guardrails: list[GuardrailConfig] | None = None
    metadata: MetadataDict | None = None
    """Custom metadata for the conversation."""
    from_entry_id: str
    agent_version: str | int | None = None
    """Specific version of the agent to use when restarting. If not provided, uses the current version.
    """


class ConversationStreamRequest(BaseModel):
    """Request body of POST /v1/conversations (stream)."""

    inputs: ConversationInputs
    stream: Literal[True] = True
    store: bool | None = None
    handoff_execution: Literal["client", "server"] | str | None = None
    instructions: str | None = None
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
    completion_args: CompletionArgs | None = None
    guardrails: list[GuardrailConfig] | None = None
    name: str | None = None
    description: str | None = None
    metadata: MetadataDict | None = None
    agent_id: str | None = None
    agent_version: str | int | None = None
    model: str | None = None


class RestartConversationRequest(BaseModel):
    """Request to restart a new conversation from a given entry in the conversation."""

    inputs: ConversationInputs | None = None
    stream: bool = False
    """Whether to stream back partial progress. Otherwise, the server will hold the request open until
    the timeout or until completion, with the response containing the full result as JSON.
    """
    store: bool = True
    """Whether to store the results into our servers or not."""
    handoff_execution: Literal["client", "server"] | str = "server"
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at
    each message request.
    """
    guardrails: list[GuardrailConfig] | None = None
    metadata: MetadataDict | None = None
    """Custom metadata for the conversation."""
    from_entry_id: str
    agent_version: str | int | None = None
    """Specific version of the agent to use when restarting. If not provided, uses the current version.
    """
