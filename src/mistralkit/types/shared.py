# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used by the operations of several API tags (or by none)."""

from datetime import datetime
from typing import Annotated, Any, Literal, Union

from pydantic import AliasChoices, Field

from .._models import BaseModel, Binary, TaggedModel

__all__ = [
    "APIKeyAuth", "AliasList", "AssistantMessage", "AudioChunk", "BuiltInConnectors",
    "ChatCompletionChoice", "ChatCompletionResponse", "ChatCompletionResponseBase",
    "CodeInterpreterTool", "CompletionArgs", "CompletionArgsStop", "CompletionChunk",
    "CompletionEvent", "CompletionResponseStreamChoice", "ContentChunk", "CustomConnector",
    "DeltaMessage", "DocumentLibraryTool", "DocumentURLChunk", "FTClassifierLossFunction", "File",
    "FileChunk", "Function", "FunctionCall", "FunctionName", "FunctionTool", "GuardrailConfig",
    "HTTPValidationError", "ImageDetail", "ImageGenerationTool", "ImageURL", "ImageURLChunk",
    "JsonSchema", "ListSortDirection", "ListSortField", "MetadataDict", "MistralPromptMode",
    "ModerationLLMAction", "ModerationLLMV1CategoryThresholds", "ModerationLLMV1Config",
    "ModerationLLMV2CategoryThresholds", "ModerationLLMV2Config", "OAuth2TokenAuth", "Prediction",
    "ReasoningEffort", "ReferenceChunk", "RegistrySharingScope", "RequestedServiceTier",
    "ResponseBase", "ResponseFormat", "ResponseFormats", "SystemMessage",
    "SystemMessageContentChunks", "TextChunk", "ThinkChunk", "Timestamp", "Tool", "ToolCall",
    "ToolChoice", "ToolChoiceEnum", "ToolConfiguration", "ToolMessage", "ToolReferenceChunk",
    "ToolTypes", "UsageInfo", "UserMessage", "ValidationError", "WebSearchPremiumTool",
    "WebSearchTool",
]


class APIKeyAuth(TaggedModel):
    """APIKeyAuth"""

    type: Literal["api-key"] = "api-key"
    value: str


class AliasList(BaseModel):
    """Presence wrapper for a set of alias labels on update RPCs. As a message field it carries
    presence, so callers can distinguish "leave aliases unchanged" (field omitted) from "clear all
    aliases" (field set, empty ``values``).
    """

    values: list[str] | None = None


class AudioChunk(TaggedModel):
    """AudioChunk"""

    type: Literal["input_audio"] = "input_audio"
    input_audio: str | Binary


class DocumentURLChunk(TaggedModel):
    """DocumentURLChunk"""

    type: Literal["document_url"] = "document_url"
    document_url: str
    document_name: str | None = None
    """The filename of the document"""


class FileChunk(TaggedModel):
    """FileChunk"""

    type: Literal["file"] = "file"
    file_id: str


ImageDetail = Literal["low", "auto", "high"]


class ImageURL(BaseModel):
    """ImageURL"""

    url: str
    detail: ImageDetail | str | None = None


class ImageURLChunk(TaggedModel):
    """{"type":"image_url","image_url":"data:image/png;base64,iVBORw0"}"""

    type: Literal["image_url"] = "image_url"
    image_url: ImageURL | str


class ReferenceChunk(TaggedModel):
    """ReferenceChunk"""

    type: Literal["reference"] = "reference"
    reference_ids: list[int | str]


class TextChunk(TaggedModel):
    """TextChunk"""

    type: Literal["text"] = "text"
    text: str


BuiltInConnectors = Literal[
    "web_search", "web_search_premium", "code_interpreter", "image_generation", "document_library",
]


class ToolReferenceChunk(TaggedModel):
    """ToolReferenceChunk"""

    type: Literal["tool_reference"] = "tool_reference"
    tool: BuiltInConnectors | str
    title: str
    url: str | None = None
    favicon: str | None = None
    description: str | None = None


class ThinkChunk(TaggedModel):
    """ThinkChunk"""

    type: Literal["thinking"] = "thinking"
    thinking: list[TextChunk | ToolReferenceChunk | ReferenceChunk]
    signature: str | None = None
    """Signature to replay some reasoning blocks across turns."""
    closed: bool = True
    """Whether the thinking chunk is closed or not. Currently only used for prefixing."""


ContentChunk = Annotated[
    Union[
        TextChunk,
        ImageURLChunk,
        DocumentURLChunk,
        ReferenceChunk,
        FileChunk,
        ThinkChunk,
        AudioChunk,
    ],
    Field(discriminator="type"),
]


class FunctionCall(BaseModel):
    """FunctionCall"""

    name: str
    arguments: dict[str, Any] | str


ToolTypes = Literal["function"]


class ToolCall(BaseModel):
    """ToolCall"""

    id: str = "null"
    type: ToolTypes | str = "function"
    function: FunctionCall
    index: int = 0


class AssistantMessage(TaggedModel):
    """AssistantMessage"""

    role: Literal["assistant"] = "assistant"
    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None
    prefix: bool = False
    """Set this to `true` when adding an assistant message as prefix to condition the model response.
    The role of the prefix message is to force the model to start its answer by the content of the
    message.
    """


class DeltaMessage(BaseModel):
    """DeltaMessage"""

    role: str | None = None
    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None
    index: int | None = None
    """If the completion returns multiple messages, this is to specify which message this delta is for.
    """
    metadata: dict[str, Any] | None = None


class ChatCompletionChoice(BaseModel):
    """ChatCompletionChoice"""

    index: int
    message: AssistantMessage | None = None
    messages: list[DeltaMessage] | None = None
    finish_reason: Literal["stop", "length", "model_length", "error", "tool_calls"] | str


class UsageInfo(BaseModel):
    """UsageInfo"""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_audio_seconds: int | None = None
    service_tier: str | None = None
    """The service tier at which the request was processed: standard or priority."""


class ChatCompletionResponse(BaseModel):
    """Response of POST /v1/chat/completions, POST /v1/agents/completions."""

    id: str
    object: str
    model: str
    usage: UsageInfo
    created: int
    choices: list[ChatCompletionChoice]


class ChatCompletionResponseBase(BaseModel):
    """ChatCompletionResponseBase"""

    id: str | None = None
    object: str | None = None
    model: str | None = None
    usage: UsageInfo | None = None
    created: int | None = None


class ToolConfiguration(BaseModel):
    """ToolConfiguration"""

    exclude: list[str] | None = None
    include: list[str] | None = None
    requires_confirmation: list[str] | None = None


class CodeInterpreterTool(TaggedModel):
    """CodeInterpreterTool"""

    tool_configuration: ToolConfiguration | None = None
    type: Literal["code_interpreter"] = "code_interpreter"


CompletionArgsStop = str | list[str] | None


class Prediction(TaggedModel):
    """Enable users to specify an expected completion, optimizing response times by leveraging known or
    predictable content.
    """

    type: Literal["content"] = "content"
    content: str = ""


ReasoningEffort = Literal["none", "minimal", "low", "medium", "high", "xhigh"]


class JsonSchema(BaseModel):
    """JsonSchema"""

    name: str
    description: str | None = None
    schema_: dict[str, Any] = Field(alias="schema", validation_alias=AliasChoices("schema", "schema_", "schema_definition"))
    strict: bool = False

    @property
    def schema_definition(self) -> "dict[str, Any]":
        """``schema_`` under the official SDK's name."""
        return self.schema_


ResponseFormats = Literal["text", "json_object", "json_schema"]


class ResponseFormat(BaseModel):
    """Specify the format that the model must output. By default it will use `{ "type": "text" }`.
    Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model
    generates is in JSON. When using JSON mode you MUST also instruct the model to produce JSON
    yourself with a ...
    """

    type: ResponseFormats | str = "text"
    json_schema: JsonSchema | None = None


ToolChoiceEnum = Literal["auto", "none", "any", "required"]


class CompletionArgs(BaseModel):
    """White-listed arguments from the completion API"""

    stop: CompletionArgsStop | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    random_seed: int | None = None
    prediction: Prediction | None = None
    response_format: ResponseFormat | None = None
    tool_choice: ToolChoiceEnum | str = "auto"
    reasoning_effort: ReasoningEffort | str | None = None


class CompletionResponseStreamChoice(BaseModel):
    """CompletionResponseStreamChoice"""

    index: int
    delta: DeltaMessage
    finish_reason: Literal["stop", "length", "error", "tool_calls"] | str | None


class CompletionChunk(BaseModel):
    """CompletionChunk"""

    id: str
    object: str | None = None
    created: int | None = None
    model: str
    usage: UsageInfo | None = None
    choices: list[CompletionResponseStreamChoice]


class CompletionEvent(BaseModel):
    """Streamed event of POST /v1/chat/completions, POST /v1/fim/completions."""

    data: CompletionChunk


class OAuth2TokenAuth(TaggedModel):
    """OAuth2TokenAuth"""

    type: Literal["oauth2-token"] = "oauth2-token"
    value: str


class CustomConnector(TaggedModel):
    """CustomConnector"""

    type: Literal["connector"] = "connector"
    connector_id: str
    authorization: Annotated[Union[OAuth2TokenAuth, APIKeyAuth], Field(discriminator="type")] | None = None
    tool_configuration: ToolConfiguration | None = None


class DocumentLibraryTool(TaggedModel):
    """DocumentLibraryTool"""

    tool_configuration: ToolConfiguration | None = None
    type: Literal["document_library"] = "document_library"
    library_ids: list[str]
    """Ids of the library in which to search."""


FTClassifierLossFunction = Literal["single_class", "multi_class"]


#: The File object (not file name) to be uploaded. To upload a file and specify a custom file name
#: you should format your request as such: ```bash
#: file=@path/to/your/file.jsonl;filename=custom_name.jsonl ``` Otherwise, you can just keep the
#: original file name: ```bash file=@path/to/your/file.jsonl ```
File = Binary


class Function(BaseModel):
    """Function"""

    name: str
    description: str = ""
    strict: bool = False
    parameters: dict[str, Any]


class FunctionName(BaseModel):
    """this restriction of `Function` is used to select a specific function to call"""

    name: str


class FunctionTool(TaggedModel):
    """FunctionTool"""

    type: Literal["function"] = "function"
    function: Function


ModerationLLMAction = Literal["none", "block"]


class ModerationLLMV1CategoryThresholds(BaseModel):
    """ModerationLLMV1CategoryThresholds"""

    sexual: float | None = None
    hate_and_discrimination: float | None = None
    violence_and_threats: float | None = None
    dangerous_and_criminal_content: float | None = None
    selfharm: float | None = None
    health: float | None = None
    financial: float | None = None
    law: float | None = None
    pii: float | None = None


class ModerationLLMV1Config(BaseModel):
    """ModerationLLMV1Config"""

    model_name: str = "mistral-moderation-2411"
    """Override model name. Should be omitted in general."""
    custom_category_thresholds: ModerationLLMV1CategoryThresholds | None = None
    ignore_other_categories: bool = False
    """If true, only evaluate categories in custom_category_thresholds; others are ignored."""
    action: ModerationLLMAction | str = "none"
    """Action to take if any score is above the threshold for any category."""


class ModerationLLMV2CategoryThresholds(BaseModel):
    """ModerationLLMV2CategoryThresholds"""

    sexual: float | None = None
    hate_and_discrimination: float | None = None
    violence_and_threats: float | None = None
    dangerous: float | None = None
    criminal: float | None = None
    selfharm: float | None = None
    health: float | None = None
    financial: float | None = None
    law: float | None = None
    pii: float | None = None
    jailbreaking: float | None = None


class ModerationLLMV2Config(BaseModel):
    """ModerationLLMV2Config"""

    model_name: str = "mistral-moderation-2603"
    """Override model name. Should be omitted in general."""
    custom_category_thresholds: ModerationLLMV2CategoryThresholds | None = None
    ignore_other_categories: bool = False
    """If true, only evaluate categories in custom_category_thresholds; others are ignored."""
    action: ModerationLLMAction | str = "none"
    """Action to take if any score is above the threshold for any category."""


class GuardrailConfig(BaseModel):
    """GuardrailConfig"""

    block_on_error: bool = False
    """If true, return HTTP 403 and block request in the event of a server-side error"""
    moderation_llm_v1: ModerationLLMV1Config | None = None
    moderation_llm_v2: ModerationLLMV2Config | None = None


class ValidationError(BaseModel):
    """ValidationError"""

    loc: list[str | int]
    msg: str
    type: str
    input: Any | None = None
    ctx: dict[str, Any] | None = None


class HTTPValidationError(BaseModel):
    """HTTPValidationError"""

    detail: list[ValidationError] | None = None


class ImageGenerationTool(TaggedModel):
    """ImageGenerationTool"""

    tool_configuration: ToolConfiguration | None = None
    type: Literal["image_generation"] = "image_generation"


ListSortDirection = Literal[
    "list_sort_direction_unspecified", "list_sort_direction_asc", "list_sort_direction_desc",
]


ListSortField = Literal[
    "list_sort_field_unspecified", "list_sort_field_created_at",
    "list_sort_field_last_modified_at", "list_sort_field_name", "list_sort_field_title",
]


#: Custom type for metadata with embedded validation.
MetadataDict = dict[str, Any]


#: Available options to the prompt_mode argument on the chat completion endpoint. Values represent
#: high-level intent. Assignment to actual SPs is handled internally. System prompt may include
#: knowledge cutoff date, model capabilities, tone to use, safety guidelines, etc.
MistralPromptMode = Literal["reasoning"]


RegistrySharingScope = Literal["sharing_scope_unspecified", "private", "workspace"]


RequestedServiceTier = Literal["auto", "standard_only"]


class ResponseBase(BaseModel):
    """ResponseBase"""

    id: str | None = None
    object: str | None = None
    model: str | None = None
    usage: UsageInfo | None = None


SystemMessageContentChunks = Annotated[Union[TextChunk, ThinkChunk], Field(discriminator="type")]


class SystemMessage(TaggedModel):
    """SystemMessage"""

    role: Literal["system"] = "system"
    content: str | list[SystemMessageContentChunks]


#: RFC 3339 timestamp.
Timestamp = datetime


class Tool(TaggedModel):
    """Tool"""

    type: Literal["function"] = "function"
    function: Function


class ToolChoice(BaseModel):
    """ToolChoice is either a ToolChoiceEnum or a ToolChoice"""

    type: ToolTypes | str = "function"
    function: FunctionName


class ToolMessage(TaggedModel):
    """ToolMessage"""

    role: Literal["tool"] = "tool"
    content: str | list[ContentChunk] | None
    tool_call_id: str | None = None
    name: str | None = None


class UserMessage(TaggedModel):
    """UserMessage"""

    role: Literal["user"] = "user"
    content: str | list[ContentChunk] | None


class WebSearchPremiumTool(TaggedModel):
    """WebSearchPremiumTool"""

    tool_configuration: ToolConfiguration | None = None
    type: Literal["web_search_premium"] = "web_search_premium"


class WebSearchTool(TaggedModel):
    """WebSearchTool"""

    tool_configuration: ToolConfiguration | None = None
    type: Literal["web_search"] = "web_search"
