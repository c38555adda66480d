# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Connectors API - manage your connectors"""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import (
    AuthUrlResponse,
    Connector,
    ConnectorCallToolRequest,
    ConnectorGetAuthenticationMethodsV1Response,
    ConnectorListToolsV1Response,
    ConnectorToolCallResponse,
    CreateConnectorRequest,
    CredentialsCreateOrUpdate,
    CredentialsResponse,
    MessageResponse,
    PaginatedConnectors,
    UpdateConnectorRequest,
)
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaConnectors"]


class BetaConnectors(Resource):
    """(beta) Connectors API - manage your connectors"""

    def activate_for_consumer(
        self,
        *,
        connector_id: str,
        consumer_scope: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Activate a connector for the given consumer (organization, workspace, user)."""
        return self._call(Call(
            "POST",
            f"/v1/connectors/{path_param('connector_id', connector_id)}/{path_param('consumer_scope', consumer_scope)}/activate",
            cast=MessageResponse,
            options=options,
        ))

    def call_tool(
        self,
        *,
        tool_name: str,
        connector_id_or_name: str,
        credentials_name: Optional[str] = None,
        arguments: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> ConnectorToolCallResponse:
        """Call a tool on an MCP connector."""
        query = {"credentials_name": credentials_name}
        payload = present({"arguments": arguments})
        return self._call(Call(
            "POST",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}/tools/{path_param('tool_name', tool_name)}/call",
            cast=ConnectorToolCallResponse,
            query=query,
            body=payload,
            body_type=ConnectorCallToolRequest,
            options=options,
        ))

    def create(
        self,
        *,
        name: str,
        description: str,
        server: str,
        request: Any,
        protocol: Optional[str] = None,
        title: Optional[str] = None,
        icon_url: Optional[str] = None,
        visibility: Optional[str] = None,
        headers: Optional[Any] = None,
        global_headers: Optional[Any] = None,
        auth_data: Optional[Any] = None,
        oauth2_server_metadata: Optional[Any] = None,
        oauth2_server_metadata_url: Optional[str] = None,
        system_prompt: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """Create a new MCP connector."""
        payload = present({
            "protocol": protocol,
            "name": name,
            "title": title,
            "description": description,
            "icon_url": icon_url,
            "visibility": visibility,
            "server": server,
            "headers": headers,
            "global_headers": global_headers,
            "auth_data": auth_data,
            "oauth2_server_metadata": oauth2_server_metadata,
            "oauth2_server_metadata_url": oauth2_server_metadata_url,
            "system_prompt": system_prompt,
        })
        if request is not None:
            payload = request
        return self._call(Call(
            "POST",
            "/v1/connectors",
            cast=Connector,
            body=payload,
            body_type=CreateConnectorRequest,
            options=options,
        ))

    def create_or_update_organization_credentials(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: Optional[str] = None,
        is_default: Optional[bool] = None,
        credentials: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Create or update credentials at the organization level for a given connector."""
        payload = present({
            "name": name,
            "title": title,
            "is_default": is_default,
            "credentials": credentials,
        })
        return self._call(Call(
            "POST",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}/organization/credentials",
            cast=MessageResponse,
            body=payload,
            body_type=CredentialsCreateOrUpdate,
            options=options,
        ))

    def create_or_update_user_credentials(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: Optional[str] = None,
        is_default: Optional[bool] = None,
        credentials: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Create or update credentials at the user level for a given connector."""
        payload = present({
            "name": name,
            "title": title,
            "is_default": is_default,
            "credentials": credentials,
        })
        return self._call(Call(
            "POST",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}/user/credentials",
            cast=MessageResponse,
            body=payload,
            body_type=CredentialsCreateOrUpdate,
            options=options,
        ))

    def create_or_update_workspace_credentials(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: Optional[str] = None,
        is_default: Optional[bool] = None,
        credentials: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Create or update credentials at the workspace level for a given connector."""
        payload = present({
            "name": name,
            "title": title,
            "is_default": is_default,
            "credentials": credentials,
        })
        return self._call(Call(
            "POST",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}/workspace/credentials",
            cast=MessageResponse,
            body=payload,
            body_type=CredentialsCreateOrUpdate,
            options=options,
        ))

    def deactivate_for_consumer(
        self,
        *,
        connector_id: str,
        consumer_scope: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Deactivate a connector for the current consumer (at organization, workspace or user level)."""
        return self._call(Call(
            "POST",
            f"/v1/connectors/{path_param('connector_id', connector_id)}/{path_param('consumer_scope', consumer_scope)}/deactivate",
            cast=MessageResponse,
            options=options,
        ))

    def delete(
        self,
        *,
        connector_id: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete a connector by its ID."""
        return self._call(Call(
            "DELETE",
            f"/v1/connectors/{path_param('connector_id', connector_id)}",
            cast=MessageResponse,
            options=options,
        ))

    def delete_all_user_credentials(
        self,
        *,
        connector_id_or_name: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete all credentials configured at the user level for a given connector."""
        return self._call(Call(
            "DELETE",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}/user/credentials",
            cast=MessageResponse,
            options=options,
        ))

    def delete_organization_credentials(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete credentials at the organization level for a given connector."""
        return self._call(Call(
            "DELETE",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}/organization/credentials/{path_param('credentials_name', credentials_name)}",
            cast=MessageResponse,
            options=options,
        ))

    def delete_user_credentials(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete credentials at the user level for a given connector."""
        return self._call(Call(
            "DELETE",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}/user/credentials/{path_param('credentials_name', credentials_name)}",
            cast=MessageResponse,
            options=options,
        ))

    def delete_workspace_credentials(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete credentials at the workspace level for a given connector."""
        return self._call(Call(
            "DELETE",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}/workspace/credentials/{path_param('credentials_name', credentials_name)}",
            cast=MessageResponse,
            options=options,
        ))

    def get(
        self,
        *,
        connector_id_or_name: str,
        fetch_user_data: Optional[bool] = None,
        fetch_customer_data: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """Get a connector by its ID or name."""
        query = {"fetch_user_data": fetch_user_data, "fetch_customer_data": fetch_customer_data}
        return self._call(Call(
            "GET",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}",
            cast=Connector,
            query=query,
            options=options,
        ))

    def get_auth_url(
        self,
        *,
        connector_id_or_name: str,
        app_return_url: Optional[str] = None,
        method_type: Optional[str] = None,
        credentials_name: Optional[str] = None,
        credentials_title: Optional[str] = None,
        github_installation_link: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> AuthUrlResponse:
        """Get the OAuth2 authorization URL for a connector to initiate user authentication."""
        query = {
            "app_return_url": app_return_url,
            "method_type": method_type,
            "credentials_name": credentials_name,
            "credentials_title": credentials_title,
            "github_installation_link": github_installation_link,
        }
        return self._call(Call(
            "GET",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}/auth_url",
            cast=AuthUrlResponse,
            query=query,
            options=options,
        ))

    def get_authentication_methods(
        self,
        *,
        connector_id_or_name: str,
        **options: Unpack[RequestOptions],
    ) -> ConnectorGetAuthenticationMethodsV1Response:
        """Get the authentication schema for a connector."""
        return self._call(Call(
            "GET",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}/authentication_methods",
            cast=ConnectorGetAuthenticationMethodsV1Response,
            options=options,
        ))

    def list(
        self,
        *,
        query_filters: Optional[Any] = None,
        cursor: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """List all your custom connectors with keyset pagination and filters."""
        query = {"query_filters": query_filters, "cursor": cursor, "page_size": page_size}
        args = {"query_filters": query_filters, "cursor": cursor, "page_size": page_size}
        result = self._call(Call(
            "GET",
            "/v1/connectors",
            cast=PaginatedConnectors,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list(**{**args, "cursor": value}, **options),
            page_size=page_size,
            items="items",
            cursor="pagination.next_cursor",
        )

    def list_organization_credentials(
        self,
        *,
        connector_id_or_name: str,
        auth_type: Optional[str] = None,
        fetch_default: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> CredentialsResponse:
        """List all credentials configured at the organization level for a given connector."""
        query = {"auth_type": auth_type, "fetch_default": fetch_default}
        return self._call(Call(
            "GET",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}/organization/credentials",
            cast=CredentialsResponse,
            query=query,
            options=options,
        ))

    def list_tools(
        self,
        *,
        connector_id_or_name: str,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        refresh: Optional[bool] = None,
        pretty: Optional[bool] = None,
        credentials_name: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ConnectorListToolsV1Response:
        """List all tools available for an MCP connector."""
        query = {
            "page": page,
            "page_size": page_size,
            "refresh": refresh,
            "pretty": pretty,
            "credentials_name": credentials_name,
        }
        return self._call(Call(
            "GET",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}/tools",
            cast=ConnectorListToolsV1Response,
            query=query,
            options=options,
        ))

    def list_user_credentials(
        self,
        *,
        connector_id_or_name: str,
        auth_type: Optional[str] = None,
        fetch_default: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> CredentialsResponse:
        """List all credentials configured at the user level for a given connector."""
        query = {"auth_type": auth_type, "fetch_default": fetch_default}
        return self._call(Call(
            "GET",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}/user/credentials",
            cast=CredentialsResponse,
            query=query,
            options=options,
        ))

    def list_workspace_credentials(
        self,
        *,
        connector_id_or_name: str,
        auth_type: Optional[str] = None,
        fetch_default: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> CredentialsResponse:
        """List all credentials configured at the workspace level for a given connector."""
        query = {"auth_type": auth_type, "fetch_default": fetch_default}
        return self._call(Call(
            "GET",
            f"/v1/connectors/{path_param('connector_id_or_name', connector_id_or_name)}/workspace/credentials",
            cast=CredentialsResponse,
            query=query,
            options=options,
        ))

    def share(
        self,
        *,
        connector_id: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Transfers ownership of a private user-owned connector to the current workspace, making it available to all workspace members.
        """
        return self._call(Call(
            "PUT",
            f"/v1/connectors/{path_param('connector_id', connector_id)}/share",
            cast=MessageResponse,
            options=options,
        ))

    def unshare(
        self,
        *,
        connector_id: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Reverts a workspace-shared connector back to a private, creator-owned connector."""
        return self._call(Call(
            "DELETE",
            f"/v1/connectors/{path_param('connector_id', connector_id)}/share",
            cast=MessageResponse,
            options=options,
        ))

    def update(
        self,
        *,
        connector_id: str,
        request_body: Any,
        title: Optional[str] = None,
        name: Optional[str] = None,
        description: Optional[str] = None,
        icon_url: Optional[str] = None,
        system_prompt: Optional[str] = None,
        protocol: Optional[str] = None,
        server: Optional[str] = None,
        auth_methods: Optional[Sequence[Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """Update a connector by its ID."""
        payload = present({
            "title": title,
            "name": name,
            "description": description,
            "icon_url": icon_url,
            "system_prompt": system_prompt,
            "protocol": protocol,
            "server": server,
            "auth_methods": auth_methods,
        })
        if request_body is not None:
            payload = request_body
        return self._call(Call(
            "PATCH",
            f"/v1/connectors/{path_param('connector_id', connector_id)}",
            cast=Connector,
            body=payload,
            body_type=UpdateConnectorRequest,
            options=options,
        ))

    async def activate_for_consumer_async(
        self,
        *,
        connector_id: str,
        consumer_scope: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """The awaitable twin of ``activate_for_consumer``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).activate_for_consumer(
            connector_id=connector_id,
            consumer_scope=consumer_scope,
            **options,
        )

    async def call_tool_async(
        self,
        *,
        tool_name: str,
        connector_id_or_name: str,
        credentials_name: Optional[str] = None,
        arguments: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> ConnectorToolCallResponse:
        """The awaitable twin of ``call_tool``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).call_tool(
            tool_name=tool_name,
            connector_id_or_name=connector_id_or_name,
            credentials_name=credentials_name,
            arguments=arguments,
            **options,
        )

    async def create_async(
        self,
        *,
        name: str,
        description: str,
        server: str,
        request: Any,
        protocol: Optional[str] = None,
        title: Optional[str] = None,
        icon_url: Optional[str] = None,
        visibility: Optional[str] = None,
        headers: Optional[Any] = None,
        global_headers: Optional[Any] = None,
        auth_data: Optional[Any] = None,
        oauth2_server_metadata: Optional[Any] = None,
        oauth2_server_metadata_url: Optional[str] = None,
        system_prompt: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).create(
            name=name,
            description=description,
            server=server,
            request=request,
            protocol=protocol,
            title=title,
            icon_url=icon_url,
            visibility=visibility,
            headers=headers,
            global_headers=global_headers,
            auth_data=auth_data,
            oauth2_server_metadata=oauth2_server_metadata,
            oauth2_server_metadata_url=oauth2_server_metadata_url,
            system_prompt=system_prompt,
            **options,
        )

    async def create_or_update_organization_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: Optional[str] = None,
        is_default: Optional[bool] = None,
        credentials: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """The awaitable twin of ``create_or_update_organization_credentials``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).create_or_update_organization_credentials(
            connector_id_or_name=connector_id_or_name,
            name=name,
            title=title,
            is_default=is_default,
            credentials=credentials,
            **options,
        )

    async def create_or_update_user_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: Optional[str] = None,
        is_default: Optional[bool] = None,
        credentials: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """The awaitable twin of ``create_or_update_user_credentials``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).create_or_update_user_credentials(
            connector_id_or_name=connector_id_or_name,
            name=name,
            title=title,
            is_default=is_default,
            credentials=credentials,
            **options,
        )

    async def create_or_update_workspace_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: Optional[str] = None,
        is_default: Optional[bool] = None,
        credentials: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """The awaitable twin of ``create_or_update_workspace_credentials``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).create_or_update_workspace_credentials(
            connector_id_or_name=connector_id_or_name,
            name=name,
            title=title,
            is_default=is_default,
            credentials=credentials,
            **options,
        )

    async def deactivate_for_consumer_async(
        self,
        *,
        connector_id: str,
        consumer_scope: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """The awaitable twin of ``deactivate_for_consumer``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).deactivate_for_consumer(
            connector_id=connector_id,
            consumer_scope=consumer_scope,
            **options,
        )

    async def delete_async(
        self,
        *,
        connector_id: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).delete(connector_id=connector_id, **options)

    async def delete_all_user_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """The awaitable twin of ``delete_all_user_credentials``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).delete_all_user_credentials(
            connector_id_or_name=connector_id_or_name,
            **options,
        )

    async def delete_organization_credentials_async(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """The awaitable twin of ``delete_organization_credentials``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).delete_organization_credentials(
            credentials_name=credentials_name,
            connector_id_or_name=connector_id_or_name,
            **options,
        )

    async def delete_user_credentials_async(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """The awaitable twin of ``delete_user_credentials``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).delete_user_credentials(
            credentials_name=credentials_name,
            connector_id_or_name=connector_id_or_name,
            **options,
        )

    async def delete_workspace_credentials_async(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """The awaitable twin of ``delete_workspace_credentials``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).delete_workspace_credentials(
            credentials_name=credentials_name,
            connector_id_or_name=connector_id_or_name,
            **options,
        )

    async def get_async(
        self,
        *,
        connector_id_or_name: str,
        fetch_user_data: Optional[bool] = None,
        fetch_customer_data: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """The awaitable twin of ``get``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).get(
            connector_id_or_name=connector_id_or_name,
            fetch_user_data=fetch_user_data,
            fetch_customer_data=fetch_customer_data,
            **options,
        )

    async def get_auth_url_async(
        self,
        *,
        connector_id_or_name: str,
        app_return_url: Optional[str] = None,
        method_type: Optional[str] = None,
        credentials_name: Optional[str] = None,
        credentials_title: Optional[str] = None,
        github_installation_link: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> AuthUrlResponse:
        """The awaitable twin of ``get_auth_url``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).get_auth_url(
            connector_id_or_name=connector_id_or_name,
            app_return_url=app_return_url,
            method_type=method_type,
            credentials_name=credentials_name,
            credentials_title=credentials_title,
            github_installation_link=github_installation_link,
            **options,
        )

    async def get_authentication_methods_async(
        self,
        *,
        connector_id_or_name: str,
        **options: Unpack[RequestOptions],
    ) -> ConnectorGetAuthenticationMethodsV1Response:
        """The awaitable twin of ``get_authentication_methods``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).get_authentication_methods(
            connector_id_or_name=connector_id_or_name,
            **options,
        )

    async def list_async(
        self,
        *,
        query_filters: Optional[Any] = None,
        cursor: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).list(
            query_filters=query_filters,
            cursor=cursor,
            page_size=page_size,
            **options,
        )

    async def list_organization_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        auth_type: Optional[str] = None,
        fetch_default: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> CredentialsResponse:
        """The awaitable twin of ``list_organization_credentials``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).list_organization_credentials(
            connector_id_or_name=connector_id_or_name,
            auth_type=auth_type,
            fetch_default=fetch_default,
            **options,
        )

    async def list_tools_async(
        self,
        *,
        connector_id_or_name: str,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        refresh: Optional[bool] = None,
        pretty: Optional[bool] = None,
        credentials_name: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ConnectorListToolsV1Response:
        """The awaitable twin of ``list_tools``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).list_tools(
            connector_id_or_name=connector_id_or_name,
            page=page,
            page_size=page_size,
            refresh=refresh,
            pretty=pretty,
            credentials_name=credentials_name,
            **options,
        )

    async def list_user_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        auth_type: Optional[str] = None,
        fetch_default: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> CredentialsResponse:
        """The awaitable twin of ``list_user_credentials``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).list_user_credentials(
            connector_id_or_name=connector_id_or_name,
            auth_type=auth_type,
            fetch_default=fetch_default,
            **options,
        )

    async def list_workspace_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        auth_type: Optional[str] = None,
        fetch_default: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> CredentialsResponse:
        """The awaitable twin of ``list_workspace_credentials``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).list_workspace_credentials(
            connector_id_or_name=connector_id_or_name,
            auth_type=auth_type,
            fetch_default=fetch_default,
            **options,
        )

    async def share_async(
        self,
        *,
        connector_id: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """The awaitable twin of ``share``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).share(connector_id=connector_id, **options)

    async def unshare_async(
        self,
        *,
        connector_id: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """The awaitable twin of ``unshare``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).unshare(connector_id=connector_id, **options)

    async def update_async(
        self,
        *,
        connector_id: str,
        request_body: Any,
        title: Optional[str] = None,
        name: Optional[str] = None,
        description: Optional[str] = None,
        icon_url: Optional[str] = None,
        system_prompt: Optional[str] = None,
        protocol: Optional[str] = None,
        server: Optional[str] = None,
        auth_methods: Optional[Sequence[Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """The awaitable twin of ``update``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_connectors import AsyncBetaConnectors

        return await twin(self, AsyncBetaConnectors).update(
            connector_id=connector_id,
            request_body=request_body,
            title=title,
            name=name,
            description=description,
            icon_url=icon_url,
            system_prompt=system_prompt,
            protocol=protocol,
            server=server,
            auth_methods=auth_methods,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
