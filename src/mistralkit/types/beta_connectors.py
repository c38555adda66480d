# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.connectors operations."""

from datetime import datetime
from typing import Any, Literal

from pydantic import AliasChoices, Field

from .._models import BaseModel, TaggedModel
from .shared import Tool

__all__ = [
    "Annotations", "AudioContent", "AuthData", "AuthDirection", "AuthStatus", "AuthUrlResponse",
    "AuthenticationConfiguration", "AuthenticationMethodCreateOrUpdateRequest",
    "BlobResourceContents", "ClientCapabilities", "ClientTasksCapability",
    "ClientTasksRequestsCapability", "CompletionsCapability", "ConnectionConfigType",
    "ConnectionCredentials", "ConnectionPreference", "Connector", "ConnectorAuthenticationHeader",
    "ConnectorCallToolRequest", "ConnectorGetAuthenticationMethodsV1Response",
    "ConnectorListToolsV1Response", "ConnectorLocale", "ConnectorProtocol",
    "ConnectorSupportedLanguage", "ConnectorTool", "ConnectorToolCallMetadata",
    "ConnectorToolCallResponse", "ConnectorToolLocale", "ConnectorToolResultMetadata",
    "ConnectorsQueryFilters", "ConsumerType", "CreateConnectorRequest",
    "CredentialsCreateOrUpdate", "CredentialsResponse", "CredentialsStatus",
    "CredentialsStatusErrorReason", "ElicitationCapability", "EmbeddedResource", "ExecutionConfig",
    "ExecutionTool", "ExtendedOAuthServerMetadata", "FormElicitationCapability",
    "GlobalHeaderValue", "HTTPStatus", "ImageContent", "InboundAuthenticationType",
    "LoggingCapability", "LogicalExpression", "MCPPrompt", "MCPResource",
    "MCPServerAuthenticationRequirement", "MCPServerCard", "MCPServerCardMeta",
    "MCPServerCardTool", "MCPServerIcon", "MCPServerRemote", "MCPServerRemoteHeader",
    "MCPServerRepository", "MCPSupportedLanguage", "MCPTool", "MCPToolMeta", "MCPUIToolMeta",
    "MessageResponse", "OAuth2Token", "OAuthMetadataSource", "Oauth2MetadataSecrets",
    "OutboundAuthenticationType", "PaginatedConnectors", "PaginationResponse", "PromptArgument",
    "PromptsCapability", "PublicAuthenticationMethod", "PublicConnectionConfig",
    "PublicConnectorExecutionData", "PublicExecutionConnectionConfig", "PublicExecutionConnector",
    "PublicExecutionEnv", "PublicResourceVisibility", "ResourceLink", "ResourceVisibility",
    "ResourcesCapability", "RootsCapability", "SamplingCapability", "SamplingContextCapability",
    "SamplingToolsCapability", "ServerCapabilities", "ServerLocale", "ServerTasksCapability",
    "ServerTasksRequestsCapability", "TasksCallCapability", "TasksCancelCapability",
    "TasksCreateElicitationCapability", "TasksCreateMessageCapability",
    "TasksElicitationCapability", "TasksListCapability", "TasksSamplingCapability",
    "TasksToolsCapability", "TextContent", "TextResourceContents", "ToolAnnotations",
    "ToolExecution", "ToolExecutionConfiguration", "ToolProperties", "ToolType", "ToolsCapability",
    "TurbineMeta", "TurbineToolLocale", "TurbineToolMeta", "UpdateConnectorRequest",
    "UrlElicitationCapability",
]


class Annotations(BaseModel):
    """Annotations"""

    audience: list[Literal["user", "assistant"] | str] | None = None
    priority: float | None = None


class AudioContent(TaggedModel):
    """Audio content for a message."""

    type: Literal["audio"] = "audio"
    data: str
    mimeType: str = Field(alias="mimeType", validation_alias=AliasChoices("mimeType", "mime_type"))
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(None, alias="_meta")

    @property
    def mime_type(self) -> "str":
        """``mimeType`` under the official SDK's name."""
        return self.mimeType


class AuthData(BaseModel):
    """AuthData"""

    client_id: str
    client_secret: str | None = None


AuthDirection = Literal["inbound", "outbound"]


AuthStatus = Literal["valid", "invalid", "error"]


class AuthUrlResponse(BaseModel):
    """Response of GET /v1/connectors/{connector_id_or_name}/auth_url."""

    auth_url: str
    ttl: int


ConsumerType = Literal["user", "org", "workspace", "system"]


CredentialsStatusErrorReason = Literal[
    "oauth expired", "oauth near expiry", "empty credentials", "unparsable credentials",
    "you need to reconnect", "oauth refresh error", "MCP server unreachable",
    "MCP server timed out", "MCP server error", "unknown error",
]


#: HTTP status codes and reason phrases
HTTPStatus = Literal[
    100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304,
    305, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415,
    416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505,
    506, 507, 508, 510, 511,
]


class CredentialsStatus(BaseModel):
    """CredentialsStatus"""

    status_type: AuthStatus | str
    last_checked_at: datetime | None = None
    error_http_code: HTTPStatus | None = None
    error_message: CredentialsStatusErrorReason | str | None = None


OutboundAuthenticationType = Literal["oauth2", "bearer", "none", "github_app", "slack_app"]


class AuthenticationConfiguration(BaseModel):
    """AuthenticationConfiguration"""

    name: str
    title: str | None = None
    authentication_type: OutboundAuthenticationType | str
    scope: ConsumerType | str
    status: CredentialsStatus | None = None
    is_default: bool = False


class ConnectorAuthenticationHeader(BaseModel):
    """ConnectorAuthenticationHeader"""

    name: str
    is_required: bool = True
    is_secret: bool = True


#: How a connector's OAuth server metadata was obtained.
OAuthMetadataSource = Literal["autodiscovery", "provided"]


class ExtendedOAuthServerMetadata(BaseModel):
    """Custom superset of RFC 8414 OAuth 2.0 Authorization Server Metadata."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    registration_endpoint: str | None = None
    scopes_supported: list[str] | None = None
    response_types_supported: list[str] | None = None
    response_modes_supported: list[str] | None = None
    grant_types_supported: list[str] | None = None
    token_endpoint_auth_methods_supported: list[str] | None = None
    token_endpoint_auth_signing_alg_values_supported: list[str] | None = None
    service_documentation: str | None = None
    ui_locales_supported: list[str] | None = None
    op_policy_uri: str | None = None
    op_tos_uri: str | None = None
    revocation_endpoint: str | None = None
    revocation_endpoint_auth_methods_supported: list[str] | None = None
    revocation_endpoint_auth_signing_alg_values_supported: list[str] | None = None
    introspection_endpoint: str | None = None
    introspection_endpoint_auth_methods_supported: list[str] | None = None
    introspection_endpoint_auth_signing_alg_values_supported: list[str] | None = None
    code_challenge_methods_supported: list[str] | None = None
    client_id_metadata_document_supported: bool | None = None
    x_source: OAuthMetadataSource | str | None = None
    x_resource_url: str | None = None
    x_scope: str | None = None


class GlobalHeaderValue(BaseModel):
    """Value of a connector-wide header. ``value`` is plaintext in memory so create round-trips and
    encryption-at-rest keep the real value; secrets are redacted only on JSON serialization (API
    responses).
    """

    is_secret: bool = True
    value: str


InboundAuthenticationType = Literal["webhook"]


class Oauth2MetadataSecrets(BaseModel):
    """OAuth2 client credentials stored alongside a connector's authentication method."""

    client_id: str | None = None
    client_secret: str | None = None
    client_id_issued_at: int | None = None
    client_secret_expires_at: int | None = None


class AuthenticationMethodCreateOrUpdateRequest(BaseModel):
    """AuthenticationMethodCreateOrUpdateRequest"""

    method_type: OutboundAuthenticationType | str | InboundAuthenticationType
    """The type of authentication method (e.g. oauth2, bearer, none)."""
    auth_direction: AuthDirection | str = "outbound"
    """Whether the authentication method is for outbound or inbound requests."""
    headers: list[ConnectorAuthenticationHeader] | None = None
    """Set of headers to connect to the connector"""
    global_headers: dict[str, GlobalHeaderValue] = {}
    """Connector-wide headers keyed by header name, applied to every credential. Secret values are
    encrypted at rest and never returned in clear.
    """
    oauth2_metadata_secrets: Oauth2MetadataSecrets | None = None
    """New OAuth2 client credentials (client_id and client_secret)."""
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None = None
    """New OAuth2 authorization server metadata."""


class BlobResourceContents(BaseModel):
    """Binary contents of a resource."""

    uri: str
    mimeType: str | None = Field(None, alias="mimeType", validation_alias=AliasChoices("mimeType", "mime_type"))
    meta: dict[str, Any] | None = Field(None, alias="_meta")
    blob: str

    @property
    def mime_type(self) -> "str | None":
        """``mimeType`` under the official SDK's name."""
        return self.mimeType


#: Capability for tasks create elicitation operations.
TasksCreateElicitationCapability = dict[str, Any]


class TasksElicitationCapability(BaseModel):
    """Capability for tasks elicitation operations."""

    create: TasksCreateElicitationCapability | None = None


#: Capability for tasks create messages.
TasksCreateMessageCapability = dict[str, Any]


class TasksSamplingCapability(BaseModel):
    """Capability for tasks sampling operations."""

    createMessage: TasksCreateMessageCapability | None = Field(None, alias="createMessage", validation_alias=AliasChoices("createMessage", "create_message"))

    @property
    def create_message(self) -> "TasksCreateMessageCapability | None":
        """``createMessage`` under the official SDK's name."""
        return self.createMessage


class ClientTasksRequestsCapability(BaseModel):
    """Capability for tasks requests operations."""

    sampling: TasksSamplingCapability | None = None
    elicitation: TasksElicitationCapability | None = None


#: Capability for tasks cancel operations.
TasksCancelCapability = dict[str, Any]


#: Capability for tasks listing operations.
TasksListCapability = dict[str, Any]


class ClientTasksCapability(BaseModel):
    """Capability for client tasks operations."""

    list_: TasksListCapability | None = Field(None, alias="list")
    cancel: TasksCancelCapability | None = None
    requests: ClientTasksRequestsCapability | None = None


#: Capability for form mode elicitation.
FormElicitationCapability = dict[str, Any]


#: Capability for URL mode elicitation.
UrlElicitationCapability = dict[str, Any]


class ElicitationCapability(BaseModel):
    """Capability for elicitation operations."""

    form: FormElicitationCapability | None = None
    url: UrlElicitationCapability | None = None


class RootsCapability(BaseModel):
    """Capability for root operations."""

    listChanged: bool | None = Field(None, alias="listChanged", validation_alias=AliasChoices("listChanged", "list_changed"))

    @property
    def list_changed(self) -> "bool | None":
        """``listChanged`` under the official SDK's name."""
        return self.listChanged


#: Capability for context inclusion during sampling.
SamplingContextCapability = dict[str, Any]


#: Capability indicating support for tool calling during sampling.
SamplingToolsCapability = dict[str, Any]


class SamplingCapability(BaseModel):
    """Sampling capability structure, allowing fine-grained capability advertisement."""

    context: SamplingContextCapability | None = None
    tools: SamplingToolsCapability | None = None


class ClientCapabilities(BaseModel):
    """Capabilities a client may support."""

    experimental: dict[str, dict[str, Any]] | None = None
    sampling: SamplingCapability | None = None
    elicitation: ElicitationCapability | None = None
    roots: RootsCapability | None = None
    tasks: ClientTasksCapability | None = None


#: Capability for completions operations.
CompletionsCapability = dict[str, Any]


ConnectionConfigType = Literal["mcp", "turbine", "eolienne"]


class OAuth2Token(TaggedModel):
    """OAuth2Token"""

    access_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int | None = None
    scope: str | None = None
    refresh_token: str | None = None
    expires_at: datetime | None = None


class ConnectionCredentials(BaseModel):
    """ConnectionCredentials"""

    oauth: OAuth2Token | None = None
    headers: dict[str, str] | None = None
    bearer_token: str | None = None
    github_installation_id: str | None = None


class ToolProperties(BaseModel):
    """ToolProperties"""

    read_only: bool | None


class LogicalExpression(BaseModel):
    """LogicalExpression"""

    type: Literal["and", "or"] | str
    expressions: "list[list[str] | LogicalExpression | ToolProperties]"


class ToolExecutionConfiguration(BaseModel):
    """ToolExecutionConfiguration"""

    requires_confirmation: list[str] | LogicalExpression | ToolProperties | None = None
    skip_confirmation: list[str] | LogicalExpression | ToolProperties | None = None
    include: list[str] | None = None
    exclude: list[str] | None = None


class ConnectionPreference(BaseModel):
    """ConnectionPreference"""

    name: str
    tool_configuration: ToolExecutionConfiguration
    is_default: bool | None = None
    consumer_type: ConsumerType | str | None = None


class ConnectorLocale(BaseModel):
    """ConnectorLocale"""

    name: dict[str, str]
    description: dict[str, str]
    usage_sentence: dict[str, str]


ConnectorProtocol = Literal["mcp", "http", "turbine"]


class ConnectorToolLocale(BaseModel):
    """ConnectorToolLocale"""

    name: dict[str, str]
    description: dict[str, str]
    usage_sentence: dict[str, str]


class ExecutionConfig(BaseModel):
    """Not typed since mcp config can changed / not stable we allow all extra fields and this is a dict
    TODO: once mcp is stable, we need to type this
    """

    type: str


ResourceVisibility = Literal["shared_global", "shared_org", "shared_workspace", "private"]


class ConnectorTool(BaseModel):
    """ConnectorTool"""

    id: str
    name: str
    description: str
    system_prompt: str | None = None
    locale: ConnectorToolLocale | None = None
    jsonschema: dict[str, Any] | None = None
    execution_config: ExecutionConfig | None
    visibility: ResourceVisibility | str
    created_at: datetime
    modified_at: datetime
    active: bool | None = None


class MCPServerIcon(BaseModel):
    """An icon for display in user interfaces."""

    src: str
    mimeType: str | None = Field(None, alias="mimeType", validation_alias=AliasChoices("mimeType", "mime_type"))
    sizes: list[str] | None = None

    @property
    def mime_type(self) -> "str | None":
        """``mimeType`` under the official SDK's name."""
        return self.mimeType


class PromptArgument(BaseModel):
    """An argument for a prompt template."""

    name: str
    description: str | None = None
    required: bool | None = None


class MCPPrompt(BaseModel):
    """MCPPrompt"""

    name: str
    title: str | None = None
    description: str | None = None
    arguments: list[PromptArgument] | None = None
    icons: list[MCPServerIcon] | None = None
    meta: dict[str, Any] | None = Field(None, alias="_meta")


class MCPResource(BaseModel):
    """MCPResource"""

    name: str
    title: str | None = None
    uri: str
    description: str | None = None
    mimeType: str | None = Field(None, alias="mimeType", validation_alias=AliasChoices("mimeType", "mime_type"))
    size: int | None = None
    icons: list[MCPServerIcon] | None = None
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(None, alias="_meta")

    @property
    def mime_type(self) -> "str | None":
        """``mimeType`` under the official SDK's name."""
        return self.mimeType


class ServerLocale(BaseModel):
    """ServerLocale"""

    name: dict[str, str] | None = None
    description: dict[str, str] | None = None
    usage_sentence: dict[str, str] | None = None
    working_description: dict[str, str] | None = None
    done_description: dict[str, str] | None = None


class TurbineMeta(BaseModel):
    """TurbineMeta"""

    system_prompt_name: str | None = None
    locale: ServerLocale | None = None


class MCPServerCardMeta(BaseModel):
    """Typed _meta for MCP server cards."""

    ai_mistral_turbine: TurbineMeta | None = Field(None, alias="ai.mistral/turbine")


class MCPUIToolMeta(BaseModel):
    """UI metadata for tools that reference UI resources."""

    resourceUri: str | None = Field(None, alias="resourceUri", validation_alias=AliasChoices("resourceUri", "resource_uri"))
    visibility: list[Literal["model", "app"] | str] | None = None

    @property
    def resource_uri(self) -> "str | None":
        """``resourceUri`` under the official SDK's name."""
        return self.resourceUri


ToolType = Literal["rag", "image", "code", "event"]


class TurbineToolLocale(BaseModel):
    """TurbineToolLocale"""

    name: dict[str, str] | None = None
    description: dict[str, str] | None = None
    usage_sentence: dict[str, str] | None = None
    working_description: dict[str, str] | None = None
    done_description: dict[str, str] | None = None


class TurbineToolMeta(BaseModel):
    """TurbineToolMeta"""

    locale: TurbineToolLocale | None = None
    tool_type: ToolType | str | None = None
    timeout: float | None = None
    private_execution: bool | None = None


class MCPToolMeta(BaseModel):
    """Typed _meta for MCP tools."""

    ui: MCPUIToolMeta | None = None
    ai_mistral_turbine: TurbineToolMeta | None = Field(None, alias="ai.mistral/turbine")


class ToolAnnotations(BaseModel):
    """Additional properties describing a Tool to clients."""

    title: str | None = None
    readOnlyHint: bool | None = Field(None, alias="readOnlyHint", validation_alias=AliasChoices("readOnlyHint", "read_only_hint"))
    destructiveHint: bool | None = Field(None, alias="destructiveHint", validation_alias=AliasChoices("destructiveHint", "destructive_hint"))
    idempotentHint: bool | None = Field(None, alias="idempotentHint", validation_alias=AliasChoices("idempotentHint", "idempotent_hint"))
    openWorldHint: bool | None = Field(None, alias="openWorldHint", validation_alias=AliasChoices("openWorldHint", "open_world_hint"))

    @property
    def read_only_hint(self) -> "bool | None":
        """``readOnlyHint`` under the official SDK's name."""
        return self.readOnlyHint

    @property
    def destructive_hint(self) -> "bool | None":
        """``destructiveHint`` under the official SDK's name."""
        return self.destructiveHint

    @property
    def idempotent_hint(self) -> "bool | None":
        """``idempotentHint`` under the official SDK's name."""
        return self.idempotentHint

    @property
    def open_world_hint(self) -> "bool | None":
        """``openWorldHint`` under the official SDK's name."""
        return self.openWorldHint


class ToolExecution(BaseModel):
    """Execution-related properties for a tool."""

    taskSupport: Literal["forbidden", "optional", "required"] | str | None = Field(None, alias="taskSupport", validation_alias=AliasChoices("taskSupport", "task_support"))

    @property
    def task_support(self) -> "Literal[\"forbidden\", \"optional\", \"required\"] | str | None":
        """``taskSupport`` under the official SDK's name."""
        return self.taskSupport


class MCPServerCardTool(BaseModel):
    """MCPServerCardTool"""

    name: str
    title: str | None = None
    description: str | None = None
    inputSchema: dict[str, Any] = Field(alias="inputSchema", validation_alias=AliasChoices("inputSchema", "input_schema"))
    outputSchema: dict[str, Any] | None = Field(None, alias="outputSchema", validation_alias=AliasChoices("outputSchema", "output_schema"))
    icons: list[MCPServerIcon] | None = None
    annotations: ToolAnnotations | None = None
    meta: MCPToolMeta | None = Field(None, alias="_meta")
    execution: ToolExecution | None = None

    @property
    def input_schema(self) -> "dict[str, Any]":
        """``inputSchema`` under the official SDK's name."""
        return self.inputSchema

    @property
    def output_schema(self) -> "dict[str, Any] | None":
        """``outputSchema`` under the official SDK's name."""
        return self.outputSchema


class MCPServerAuthenticationRequirement(BaseModel):
    """Authentication requirements for a remote transport (SEP-2127)."""

    required: bool
    """Whether authentication is mandatory"""
    schemes: list[str] = []
    """Supported schemes (e.g. ['bearer', 'oauth2'])"""


class MCPServerRemoteHeader(BaseModel):
    """Header definition for a remote transport (SEP-2127)."""

    name: str
    """Header name"""
    description: str
    """Human-readable description of the header"""
    isRequired: bool | None = Field(None, alias="isRequired", validation_alias=AliasChoices("isRequired", "is_required"))
    isSecret: bool | None = Field(None, alias="isSecret", validation_alias=AliasChoices("isSecret", "is_secret"))
    default: str | None = None
    choices: list[str] | None = None

    @property
    def is_required(self) -> "bool | None":
        """``isRequired`` under the official SDK's name."""
        return self.isRequired

    @property
    def is_secret(self) -> "bool | None":
        """``isSecret`` under the official SDK's name."""
        return self.isSecret


class MCPServerRemote(BaseModel):
    """Remote transport endpoint (SEP-2127)."""

    type: Literal["streamable-http", "sse"] | str
    """Transport type"""
    url: str
    """Transport endpoint URL"""
    supportedProtocolVersions: list[str] | None = Field(None, alias="supportedProtocolVersions", validation_alias=AliasChoices("supportedProtocolVersions", "supported_protocol_versions"))
    headers: list[MCPServerRemoteHeader] | None = None
    authentication: MCPServerAuthenticationRequirement | None = None

    @property
    def supported_protocol_versions(self) -> "list[str] | None":
        """``supportedProtocolVersions`` under the official SDK's name."""
        return self.supportedProtocolVersions


class MCPServerRepository(BaseModel):
    """Source repository information (SEP-2127)."""

    url: str
    """Repository URL"""
    source: str
    """Source identifier (e.g. 'github')"""
    subfolder: str | None = None


#: Capability for logging operations.
LoggingCapability = dict[str, Any]


class PromptsCapability(BaseModel):
    """Capability for prompts operations."""

    listChanged: bool | None = Field(None, alias="listChanged", validation_alias=AliasChoices("listChanged", "list_changed"))

    @property
    def list_changed(self) -> "bool | None":
        """``listChanged`` under the official SDK's name."""
        return self.listChanged


class ResourcesCapability(BaseModel):
    """Capability for resources operations."""

    subscribe: bool | None = None
    listChanged: bool | None = Field(None, alias="listChanged", validation_alias=AliasChoices("listChanged", "list_changed"))

    @property
    def list_changed(self) -> "bool | None":
        """``listChanged`` under the official SDK's name."""
        return self.listChanged


#: Capability for tasks call operations.
TasksCallCapability = dict[str, Any]


class TasksToolsCapability(BaseModel):
    """Capability for tasks tools operations."""

    call: TasksCallCapability | None = None


class ServerTasksRequestsCapability(BaseModel):
    """Capability for tasks requests operations."""

    tools: TasksToolsCapability | None = None


class ServerTasksCapability(BaseModel):
    """Capability for server tasks operations."""

    list_: TasksListCapability | None = Field(None, alias="list")
    cancel: TasksCancelCapability | None = None
    requests: ServerTasksRequestsCapability | None = None


class ToolsCapability(BaseModel):
    """Capability for tools operations."""

    listChanged: bool | None = Field(None, alias="listChanged", validation_alias=AliasChoices("listChanged", "list_changed"))

    @property
    def list_changed(self) -> "bool | None":
        """``listChanged`` under the official SDK's name."""
        return self.listChanged


class ServerCapabilities(BaseModel):
    """Capabilities that a server may support."""

    experimental: dict[str, dict[str, Any]] | None = None
    logging: LoggingCapability | None = None
    prompts: PromptsCapability | None = None
    resources: ResourcesCapability | None = None
    tools: ToolsCapability | None = None
    completions: CompletionsCapability | None = None
    tasks: ServerTasksCapability | None = None


class MCPServerCard(BaseModel):
    """MCPServerCard"""

    schema_: str | None = Field("https://static.modelcontextprotocol.io/schemas/v1/server-card.schema.json", alias="$schema", validation_alias=AliasChoices("$schema", "schema_", "dollar_schema"))
    """URL to the JSON schema definition"""
    name: str
    """Server identifier in reverse-DNS format with exactly one /"""
    version: str
    """Server version (semantic versioning preferred)"""
    capabilities: ServerCapabilities | None = None
    title: str | None = None
    description: str | None = None
    websiteUrl: str | None = Field(None, alias="websiteUrl", validation_alias=AliasChoices("websiteUrl", "website_url"))
    repository: MCPServerRepository | None = None
    icons: list[MCPServerIcon] | None = None
    remotes: list[MCPServerRemote] | None = None
    requires: ClientCapabilities | None = None
    resources: Literal["dynamic"] | list[MCPResource] | None = None
    tools: Literal["dynamic"] | list[MCPServerCardTool] | None = None
    prompts: Literal["dynamic"] | list[MCPPrompt] | None = None
    meta: MCPServerCardMeta | None = Field(None, alias="_meta")

    @property
    def dollar_schema(self) -> "str | None":
        """``schema_`` under the official SDK's name."""
        return self.schema_

    @property
    def website_url(self) -> "str | None":
        """``websiteUrl`` under the official SDK's name."""
        return self.websiteUrl


class PublicAuthenticationMethod(BaseModel):
    """Public view of an authentication method, without secrets."""

    method_type: OutboundAuthenticationType | str
    headers: list[ConnectorAuthenticationHeader] | None = None
    global_headers: dict[str, GlobalHeaderValue] = {}
    has_default_credentials: bool
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None = None


class PublicConnectionConfig(BaseModel):
    """PublicConnectionConfig"""

    type: ConnectionConfigType | str = "mcp"
    base_url: str | None = None
    headers: dict[str, str] | None = None
    signed: bool | None = False


class ExecutionTool(BaseModel):
    """ExecutionTool"""

    name: str
    integration_id: str
    execution_config: ExecutionConfig | None


class PublicExecutionConnectionConfig(BaseModel):
    """Connection config exposed in the public, unauthenticated /connectors/mistral response."""

    type: ConnectionConfigType | str
    server: str | None = None
    name: str | None = None
    id: str | None = None
    tool_configuration: ToolExecutionConfiguration | None = None
    hosted_internally: bool = False


class PublicExecutionConnector(BaseModel):
    """PublicExecutionConnector"""

    id: str
    name: str
    connection_config: PublicExecutionConnectionConfig | None


class PublicConnectorExecutionData(BaseModel):
    """PublicConnectorExecutionData"""

    integrations: list[PublicExecutionConnector]
    tools: list[ExecutionTool]
    use_connectors_gateway: bool = False


class PublicExecutionEnv(BaseModel):
    """Credentials-free projection of ExecutionEnv for the public /connectors/mistral response."""

    tools: list[Tool]
    tool_execution_data: PublicConnectorExecutionData
    errors: list[str]


class Connector(BaseModel):
    """Response of POST /v1/connectors, GET /v1/connectors/{connector_id_or_name}, PATCH
    /v1/connectors/{connector_id}.
    """

    id: str
    name: str
    title: str | None = None
    description: str
    created_at: datetime
    modified_at: datetime
    server: str | None = None
    protocol: ConnectorProtocol | str = "mcp"
    icon_url: str | None = None
    server_card: MCPServerCard | None = None
    owner_id: str | None = None
    owner_type: ConsumerType | str
    visibility: ResourceVisibility | str
    creator_id: str | None = None
    locale: ConnectorLocale | None = None
    system_prompt: str | None = None
    supported_auth_methods: list[PublicAuthenticationMethod] | None = None
    connection_preferences: list[ConnectionPreference] | None = None
    connection_credentials: list[AuthenticationConfiguration] | None = None
    active: bool | None = None
    private_tool_execution: bool
    mistral: bool = False
    is_authenticated: bool | None = None
    tools: list[ConnectorTool] | None = None
    system_prompt_route: str | None = None
    connection_config: PublicConnectionConfig | None = None
    execution_env: PublicExecutionEnv | None = None


class ConnectorCallToolRequest(BaseModel):
    """Request body for calling an MCP tool."""

    arguments: dict[str, Any] | None = None


#: Response of GET /v1/connectors/{connector_id_or_name}/authentication_methods.
ConnectorGetAuthenticationMethodsV1Response = list[PublicAuthenticationMethod]


class MCPTool(BaseModel):
    """MCPTool"""

    name: str
    title: str | None = None
    description: str | None = None
    inputSchema: dict[str, Any] = Field(alias="inputSchema", validation_alias=AliasChoices("inputSchema", "input_schema"))
    outputSchema: dict[str, Any] | None = Field(None, alias="outputSchema", validation_alias=AliasChoices("outputSchema", "output_schema"))
    icons: list[MCPServerIcon] | None = None
    annotations: ToolAnnotations | None = None
    meta: MCPToolMeta | None = Field(None, alias="_meta")
    execution: ToolExecution | None = None

    @property
    def input_schema(self) -> "dict[str, Any]":
        """``inputSchema`` under the official SDK's name."""
        return self.inputSchema

    @property
    def output_schema(self) -> "dict[str, Any] | None":
        """``outputSchema`` under the official SDK's name."""
        return self.outputSchema


#: Response of GET /v1/connectors/{connector_id_or_name}/tools.
ConnectorListToolsV1Response = list[MCPTool] | list[dict[str, Any]]


ConnectorSupportedLanguage = Literal["en", "fr", "ar", "es", "de", "pl", "pt-BR", "it", "nl"]


class ConnectorToolResultMetadata(BaseModel):
    """MCP-specific result metadata (isError, structuredContent, _meta)."""

    isError: bool = Field(False, alias="isError", validation_alias=AliasChoices("isError", "is_error"))
    structuredContent: dict[str, Any] | None = Field(None, alias="structuredContent", validation_alias=AliasChoices("structuredContent", "structured_content"))
    meta: dict[str, Any] | None = Field(None, alias="_meta")

    @property
    def is_error(self) -> "bool":
        """``isError`` under the official SDK's name."""
        return self.isError

    @property
    def structured_content(self) -> "dict[str, Any] | None":
        """``structuredContent`` under the official SDK's name."""
        return self.structuredContent


class ConnectorToolCallMetadata(BaseModel):
    """Metadata wrapper for MCP tool call responses."""

    mcp_meta: ConnectorToolResultMetadata | None = None


class TextResourceContents(BaseModel):
    """Text contents of a resource."""

    uri: str
    mimeType: str | None = Field(None, alias="mimeType", validation_alias=AliasChoices("mimeType", "mime_type"))
    meta: dict[str, Any] | None = Field(None, alias="_meta")
    text: str

    @property
    def mime_type(self) -> "str | None":
        """``mimeType`` under the official SDK's name."""
        return self.mimeType


class EmbeddedResource(TaggedModel):
    """The contents of a resource, embedded into a prompt or tool call result."""

    type: Literal["resource"] = "resource"
    resource: TextResourceContents | BlobResourceContents
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(None, alias="_meta")


class ImageContent(TaggedModel):
    """Image content for a message."""

    type: Literal["image"] = "image"
    data: str
    mimeType: str = Field(alias="mimeType", validation_alias=AliasChoices("mimeType", "mime_type"))
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(None, alias="_meta")

    @property
    def mime_type(self) -> "str":
        """``mimeType`` under the official SDK's name."""
        return self.mimeType


class ResourceLink(TaggedModel):
    """A resource that the server is capable of reading, included in a prompt or tool call result.
    """

    name: str
    title: str | None = None
    uri: str
    description: str | None = None
    mimeType: str | None = Field(None, alias="mimeType", validation_alias=AliasChoices("mimeType", "mime_type"))
    size: int | None = None
    icons: list[MCPServerIcon] | None = None
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(None, alias="_meta")
    type: Literal["resource_link"] = "resource_link"

    @property
    def mime_type(self) -> "str | None":
        """``mimeType`` under the official SDK's name."""
        return self.mimeType


class TextContent(TaggedModel):
    """Text content for a message."""

    type: Literal["text"] = "text"
    text: str
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(None, alias="_meta")


class ConnectorToolCallResponse(BaseModel):
    """Response from calling an MCP tool."""

    content: list[TextContent | ImageContent | AudioContent | ResourceLink | EmbeddedResource]
    metadata: ConnectorToolCallMetadata | None = None


class ConnectorsQueryFilters(BaseModel):
    """ConnectorsQueryFilters"""

    active: bool | None = None
    """Filter for active connectors for a given user, workspace and organization."""


#: Visibility options available to public API callers.
PublicResourceVisibility = Literal["shared_org", "shared_workspace", "private"]


class CreateConnectorRequest(TaggedModel):
    """Public create schema for MCP connectors."""

    protocol: Literal["mcp"] = "mcp"
    """Protocol of the connector. Only 'mcp' is supported on the public endpoint; creating HTTP
    connectors here is explicitly refused.
    """
    name: str
    """The name of the connector. Should be 64 char length maximum, alphanumeric, only
    underscores/dashes.
    """
    title: str | None = None
    """Optional human-readable title for the connector."""
    description: str
    """The description of the connector."""
    icon_url: str | None = None
    """The optional url of the icon you want to associate to the connector."""
    visibility: PublicResourceVisibility | str = "private"
    """Visibility of the connector. Use 'shared_workspace' for workspace scoped connectors, or
    'private' for private connectors.
    """
    server: str
    """The url of the MCP server."""
    headers: dict[str, Any] | None = None
    """Optional organization-level headers to be sent with the request to the mcp server."""
    global_headers: dict[str, GlobalHeaderValue] = {}
    """Optional connector-wide headers, keyed by header name, set at creation and applied to every
    credential. Secret values are encrypted at rest and never returned in clear.
    """
    auth_data: AuthData | None = None
    """Optional additional authentication data for the connector."""
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None = None
    """Optional OAuth2 authorization server metadata (authorization_endpoint, token_endpoint, etc.).
    When provided, skips .well-known discovery and uses these endpoints directly.
    """
    oauth2_server_metadata_url: str | None = None
    """Optional URL to fetch OAuth2 authorization server metadata from (RFC 8414). When provided, the
    metadata is fetched from this URL and used instead of .well-known discovery. Mutually exclusive
    with oauth2_server_metadata.
    """
    system_prompt: str | None = None
    """Optional system prompt for the connector."""


class CredentialsCreateOrUpdate(BaseModel):
    """Request to create or update non-OAuth2 credentials for a connector."""

    name: str
    """Name of the credentials. Use this name to access or modify your credentials."""
    title: str | None = None
    """Human-readable title for the credentials."""
    is_default: bool | None = None
    """Controls whether this credential is the default for its auth method. On creation: if no
    credential exists yet for this auth method, the credential is automatically set as default when
    is_default is true or omitted; setting is_default to false is rejected because a default must
    exist. If other ...
    """
    credentials: ConnectionCredentials | None = None
    """The credential data (headers, bearer_token)."""


class CredentialsResponse(BaseModel):
    """Response of GET /v1/connectors/{connector_id_or_name}/organization/credentials, GET
    /v1/connectors/{connector_id_or_name}/workspace/credentials, GET
    /v1/connectors/{connector_id_or_name}/user/credentials.
    """

    credentials: list[AuthenticationConfiguration]
    connector_preset_credentials_for_auth: list[OutboundAuthenticationType | str] = []


MCPSupportedLanguage = Literal["en", "fr", "de", "es", "pl", "it", "ar", "pt-BR", "nl"]


class MessageResponse(BaseModel):
    """Response of PUT /v1/connectors/{connector_id}/share, DELETE /v1/connectors/{connector_id}/share,
    POST /v1/connectors/{connector_id}/{consumer_scope}/activate, ....
    """

    message: str


class PaginationResponse(BaseModel):
    """PaginationResponse"""

    next_cursor: str | None = None
    page_size: int


class PaginatedConnectors(BaseModel):
    """Response of GET /v1/connectors."""

    items: list[Connector]
    pagination: PaginationResponse


class UpdateConnectorRequest(TaggedModel):
    """Request body of PATCH /v1/connectors/{connector_id}."""

    title: str | None = None
    """Optional human-readable title for the connector."""
    name: str | None = None
    """The name of the connector."""
    description: str | None = None
    """The description of the connector."""
    icon_url: str | None = None
    """The optional url of the icon you want to associate to the connector."""
    system_prompt: str | None = None
    """Optional system prompt for the connector."""
    protocol: Literal["mcp"] = "mcp"
    server: str | None = None
    """New server url for your mcp connector."""
    auth_methods: list[AuthenticationMethodCreateOrUpdateRequest] | None = None
    """list of authentication methods to add to the connector or to update"""
