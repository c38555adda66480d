"""``/v1/agents``: agents kept in numbered versions, their aliases, and agents completions.

An agent is a model plus instructions, tools, completion arguments and
handoffs.  Every change makes a new version:

* ``POST /v1/agents`` creates version 0;
* ``PATCH /v1/agents/{id}`` copies the current version, applies the fields the
  request sends (a field sent as ``null`` is cleared; ``model`` and ``name``
  cannot be cleared) and saves the result as the next version number, which
  becomes the current one.  Older versions are kept;
* ``PATCH /v1/agents/{id}/version?version=N`` makes version N current again;
* ``GET /v1/agents/{id}/versions`` lists versions (newest first),
  ``GET /v1/agents/{id}/versions/{v}`` reads one (a number or an alias);
* ``PUT /v1/agents/{id}/aliases?alias=a&version=N`` points an alias at a
  version; aliases work wherever a version is accepted (``agent_version``);
* ``DELETE`` removes the agent with its versions and aliases (204).

``GET /v1/agents`` lists agents newest first (``page``, ``page_size``),
filtered by ``name`` (exact), ``search`` (a name substring or an exact id),
``id``, ``sources``, ``deployment_chat``, ``metadata`` (a JSON object: every
key must be present with an equal value) and ``model`` (exact; not declared by
the contract).

Unknown agents, versions and aliases are 404s.  An unknown or unsuitable
model, an invalid function ``parameters`` schema, duplicate function names, or
a ``handoffs`` entry that is not another existing agent are 400s.

``POST /v1/agents/completions`` answers like chat completions would for the
agent's model, with its ``instructions`` as a first system message, its
function tools and its ``completion_args`` (``temperature``, ``top_p``,
``max_tokens``, ``stop``, ``random_seed``, ``response_format``,
``tool_choice``...); fields of the request override the agent's.  Built-in
tools (web search, code interpreter...) only run in conversations and are not
offered to the model here.

Tables: ``agents`` (one row per agent: the current version, timestamps),
``agent_versions`` (the configuration of each version, as JSON) and
``agent_aliases``.
"""

from __future__ import annotations

import base64
import json
import secrets
import time
from datetime import datetime, timezone
from typing import Any

import anyio.to_thread
from starlette.responses import Response

from . import json_gen
from .chat import answer_with_engine
from .chat import check as chat_check
from .chat import generate as chat_generate
from .completion import response_body, stream_events
from .errors import ValidationFailed, bad_request, not_found
from .models_catalog import CHAT, require
from .responses import json_response
from .routes import Call
from .sse import sse_response

SCHEMA = """
CREATE TABLE IF NOT EXISTS agents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    version INTEGER NOT NULL,
    source TEXT NOT NULL DEFAULT 'api'
);
CREATE TABLE IF NOT EXISTS agent_versions (
    agent_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at REAL NOT NULL,
    config TEXT NOT NULL,
    PRIMARY KEY (agent_id, version)
);
CREATE TABLE IF NOT EXISTS agent_aliases (
    agent_id TEXT NOT NULL,
    alias TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    PRIMARY KEY (agent_id, alias)
);
"""

# The fields of a version, in the order an agent is rendered.
CONFIG_FIELDS = (
    "name",
    "description",
    "model",
    "instructions",
    "tools",
    "completion_args",
    "guardrails",
    "handoffs",
    "metadata",
    "deployment_chat",
    "version_message",
)
COMPLETION_ARGS_DEFAULTS: dict[str, Any] = {
    "stop": None,
    "presence_penalty": None,
    "frequency_penalty": None,
    "temperature": None,
    "top_p": None,
    "max_tokens": None,
    "random_seed": None,
    "prediction": None,
    "response_format": None,
    "tool_choice": "auto",
}
BUILTIN_TOOLS = ("web_search", "web_search_premium", "code_interpreter", "image_generation", "document_library")



# --------------------------------------------------------------------------
# small shared helpers (conversations use them too)


def new_id(prefix: str) -> str:
    """An id like the service's: ``<prefix>_`` + 32 hex digits, time first (so ids sort by creation)."""
    now = time.time()
    return f"{prefix}_{int(now):09x}{int((now % 1) * 0xFFFFFFF):07x}{secrets.token_hex(8)}"


def iso(ts: float) -> str:
    """An RFC 3339 UTC timestamp with microseconds, e.g. ``2025-05-27T11:34:39.175924Z``."""
    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def ensure_tables(state: Any) -> None:
    state.ensure_schema("agents", SCHEMA)


def parse_metadata_query(raw: Any) -> dict[str, Any] | None:
    """The ``metadata`` query parameter: a JSON object (422 if it is not one)."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, dict):
        return raw
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        raise ValidationFailed(
            [{"type": "json_invalid", "loc": ["query", "metadata"], "msg": "Invalid JSON", "input": raw}]
        ) from None
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValidationFailed(
            [
                {
                    "type": "dict_type",
                    "loc": ["query", "metadata"],
                    "msg": "Input should be a valid dictionary",
                    "input": value,
                }
            ]
        )
    return value


def metadata_matches(metadata: Any, wanted: dict[str, Any] | None) -> bool:
    """Every key of ``wanted`` is in ``metadata`` with an equal value."""
    if not wanted:
        return True
    if not isinstance(metadata, dict):
        return False
    return all(key in metadata and metadata[key] == value for key, value in wanted.items())


def normalize_tools(tools: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Tools with their ``type`` filled in (a tool sent without ``type`` is a function)."""
    out = []
    for tool in tools or []:
        tool = dict(tool)
        kind = tool.setdefault("type", "function")
        if kind == "function":
            fn = dict(tool.get("function") or {})
            fn.setdefault("strict", False)
            tool["function"] = fn
        out.append(tool)
    return out


def normalize_completion_args(args: dict[str, Any] | None) -> dict[str, Any]:
    out = dict(COMPLETION_ARGS_DEFAULTS)
    out.update({k: v for k, v in (args or {}).items()})
    if out.get("tool_choice") is None:
        out["tool_choice"] = "auto"
    return out


def check_tools(
    state: Any, model_name: str, tools: list[dict[str, Any]], args: dict[str, Any] | None, param: str = "tools"
) -> None:
    """400s for what the service rejects: the model, tools and completion arguments."""
    model = require(model_name, CHAT, state)
    seen: set[str] = set()
    for tool in tools:
        if tool.get("type", "function") != "function":
            continue
        fn = tool.get("function") or {}
        name = fn.get("name", "")
        if not name:
            raise bad_request("Function name must not be empty", param=param)
        if name in seen:
            raise bad_request(f"Duplicate function name: {name}", param=param)
        seen.add(name)
        try:
            json_gen.check_schema(fn.get("parameters") or {"type": "object"})
        except json_gen.SchemaError as exc:
            raise bad_request(f"Invalid parameters schema for function {name!r}: {exc}", param=param) from None
    if tools and not model.capabilities.get("function_calling"):
        raise bad_request(f"Model {model_name} does not support function calling", param=param, code="3051")
    fmt = (args or {}).get("response_format") or {}
    if fmt.get("type") == "json_schema":
        spec = fmt.get("json_schema")
        if not spec:
            raise bad_request(
                "response_format.json_schema is required when type is 'json_schema'", param="completion_args"
            )
        try:
            json_gen.check_schema(spec.get("schema"))
        except json_gen.SchemaError as exc:
            raise bad_request(f"Invalid JSON schema in response_format: {exc}", param="completion_args") from None


# --------------------------------------------------------------------------
# storage


def _agent_row(state: Any, agent_id: str) -> dict[str, Any]:
    rows = state.store.query("SELECT id, created_at, updated_at, version, source FROM agents WHERE id = ?", (agent_id,))
    if not rows:
        raise not_found(f"Agent not found: {agent_id}")
    return rows[0]


def _versions(state: Any, agent_id: str) -> list[int]:
    rows = state.store.query("SELECT version FROM agent_versions WHERE agent_id = ? ORDER BY version", (agent_id,))
    return [r["version"] for r in rows]


def resolve_version(state: Any, agent_id: str, spec: Any, current: int) -> int:
    """A version number from ``spec``: ``None`` (current), a number, a numeric string, or an alias."""
    if spec is None or spec == "":
        return current
    if isinstance(spec, bool):
        raise bad_request(f"Invalid agent version: {spec!r}", param="agent_version")
    if isinstance(spec, int):
        number = spec
    elif isinstance(spec, str) and spec.strip().lstrip("-").isdigit():
        number = int(spec.strip())
    else:
        rows = state.store.query(
            "SELECT version FROM agent_aliases WHERE agent_id = ? AND alias = ?", (agent_id, str(spec))
        )
        if not rows:
            raise not_found(f"Agent version alias not found: {spec} (agent {agent_id})")
        number = rows[0]["version"]
    found = state.store.query(
        "SELECT 1 FROM agent_versions WHERE agent_id = ? AND version = ?", (agent_id, number)
    )
    if not found:
        raise not_found(f"Agent version not found: {number} (agent {agent_id})")
    return number


def _config(state: Any, agent_id: str, version: int) -> tuple[dict[str, Any], float]:
    rows = state.store.query(
        "SELECT config, created_at FROM agent_versions WHERE agent_id = ? AND version = ?", (agent_id, version)
    )
    if not rows:
        raise not_found(f"Agent version not found: {version} (agent {agent_id})")
    return json.loads(rows[0]["config"]), rows[0]["created_at"]


def load_agent(state: Any, agent_id: str, version: Any = None) -> dict[str, Any]:
    """An agent as the API renders it, at ``version`` (default: the current one); 404 if unknown."""
    ensure_tables(state)
    row = _agent_row(state, agent_id)
    number = resolve_version(state, agent_id, version, row["version"])
    config, version_created = _config(state, agent_id, number)
    updated = row["updated_at"] if number == row["version"] else version_created
    return _render(row, number, config, _versions(state, agent_id), updated)


def _render(row: dict[str, Any], version: int, config: dict[str, Any], versions: list[int], updated: float) -> dict:
    out: dict[str, Any] = {"object": "agent", "id": row["id"]}
    for key in CONFIG_FIELDS:
        out[key] = config.get(key)
    out["tools"] = config.get("tools") or []
    out["completion_args"] = normalize_completion_args(config.get("completion_args"))
    out["deployment_chat"] = bool(config.get("deployment_chat", False))
    out.update(
        {
            "version": version,
            "versions": versions,
            "created_at": iso(row["created_at"]),
            "updated_at": iso(updated),
            "source": row["source"],
        }
    )
    return out


def _check_config(state: Any, config: dict[str, Any], agent_id: str | None) -> None:
    check_tools(state, config["model"], config.get("tools") or [], config.get("completion_args"))
    for target in config.get("handoffs") or []:
        if target == agent_id:
            raise bad_request("An agent cannot hand off to itself", param="handoffs")
        if not state.store.query("SELECT 1 FROM agents WHERE id = ?", (target,)):
            raise bad_request(f"Handoff agent not found: {target}", param="handoffs")


def _clean(body: dict[str, Any]) -> dict[str, Any]:
    config = {key: body[key] for key in CONFIG_FIELDS if key in body}
    if "tools" in config:
        config["tools"] = normalize_tools(config["tools"])
    if "completion_args" in config and config["completion_args"] is not None:
        config["completion_args"] = normalize_completion_args(config["completion_args"])
    return config


# --------------------------------------------------------------------------
# handlers


async def create_agent(call: Call) -> Response:
    state = call.state
    ensure_tables(state)
    config = {key: None for key in CONFIG_FIELDS}
    config.update(tools=[], completion_args=normalize_completion_args(None), deployment_chat=False)
    config.update(_clean(call.body))
    _check_config(state, config, None)
    now = time.time()
    agent_id = new_id("ag")
    row = {"id": agent_id, "created_at": now, "updated_at": now, "version": 0, "source": "api"}
    await anyio.to_thread.run_sync(
        state.store.transaction,
        [
            (
                "INSERT INTO agents (id, created_at, updated_at, version, source) VALUES (?, ?, ?, ?, ?)",
                (agent_id, now, now, 0, "api"),
            ),
            (
                "INSERT INTO agent_versions (agent_id, version, created_at, config) VALUES (?, ?, ?, ?)",
                (agent_id, 0, now, json.dumps(config)),
            ),
        ],
    )
    return json_response(_render(row, 0, config, [0], now))


async def list_agents(call: Call) -> Response:
    q = call.query
    page, page_size = q.get("page") or 0, q.get("page_size") or 20
    out = _matching_agents(call)
    return json_response(out[page * page_size : (page + 1) * page_size])


def _page_token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"agents:{offset}".encode()).decode().rstrip("=")


def _token_offset(token: str) -> int:
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        prefix, _, number = text.partition(":")
        if prefix == "agents" and number.isdigit():
            return int(number)
    except (ValueError, UnicodeDecodeError):
        pass
    raise bad_request("Invalid page_token: pass the next_page_token of a previous page", param="page_token")


async def list_agents_pages(call: Call) -> Response:
    """``GET /v1/agents/pages``: the same agents, by opaque cursor."""
    q = call.query
    size = q.get("page_size") or 20
    start = _token_offset(q["page_token"]) if q.get("page_token") else 0
    out = _matching_agents(call)
    more = start + size < len(out)
    return json_response(
        {"object": "list", "data": out[start : start + size], "next_page_token": _page_token(start + size) if more else None}
    )


def _matching_agents(call: Call) -> list[dict[str, Any]]:
    state = call.state
    ensure_tables(state)
    q = call.query
    wanted_meta = parse_metadata_query(q.get("metadata"))
    rows = state.store.query(
        "SELECT a.id, a.created_at, a.updated_at, a.version, a.source, v.config FROM agents a "
        "JOIN agent_versions v ON v.agent_id = a.id AND v.version = a.version "
        "ORDER BY a.created_at DESC, a.seq DESC"
    )
    versions: dict[str, list[int]] = {}
    for r in state.store.query("SELECT agent_id, version FROM agent_versions ORDER BY version"):
        versions.setdefault(r["agent_id"], []).append(r["version"])
    name, search, wanted_id = q.get("name"), q.get("search"), q.get("id")
    model = call.request.query_params.get("model")  # not declared by the contract; exact match
    sources = q.get("sources") or None
    deployment_chat = q.get("deployment_chat")
    out = []
    for row in rows:
        config = json.loads(row["config"])
        if name is not None and config.get("name") != name:
            continue
        if wanted_id is not None and row["id"] != wanted_id:
            continue
        if model and config.get("model") != model:
            continue
        if search:
            needle = search.lower()
            if needle not in (config.get("name") or "").lower() and needle != row["id"].lower():
                continue
        if sources and row["source"] not in sources:
            continue
        if deployment_chat is not None and bool(config.get("deployment_chat")) != deployment_chat:
            continue
        if not metadata_matches(config.get("metadata"), wanted_meta):
            continue
        out.append(_render(row, row["version"], config, versions.get(row["id"], []), row["updated_at"]))
    return out


async def get_agent(call: Call) -> Response:
    return json_response(load_agent(call.state, call.path["agent_id"], call.query.get("agent_version")))


def _update(state: Any, agent_id: str, body: dict[str, Any]) -> dict[str, Any]:
    with state.locks.agent_writes:  # version numbers are read-modify-write
        row = _agent_row(state, agent_id)
        config, _ = _config(state, agent_id, row["version"])
        changes = _clean(body)
        for key in ("model", "name"):
            if key in changes and changes[key] is None:
                del changes[key]
        if "tools" in changes and changes["tools"] is None:
            changes["tools"] = []
        if "completion_args" in changes and changes["completion_args"] is None:
            changes["completion_args"] = normalize_completion_args(None)
        if "deployment_chat" in changes and changes["deployment_chat"] is None:
            changes["deployment_chat"] = False
        config.update(changes)
        if "version_message" not in changes:
            config["version_message"] = None  # a message describes the version it was sent with
        _check_config(state, config, agent_id)
        versions = _versions(state, agent_id)
        number = max(versions) + 1
        now = time.time()
        state.store.transaction(
            [
                (
                    "INSERT INTO agent_versions (agent_id, version, created_at, config) VALUES (?, ?, ?, ?)",
                    (agent_id, number, now, json.dumps(config)),
                ),
                ("UPDATE agents SET version = ?, updated_at = ? WHERE id = ?", (number, now, agent_id)),
            ]
        )
        row = {**row, "version": number, "updated_at": now}
        return _render(row, number, config, versions + [number], now)


async def update_agent(call: Call) -> Response:
    ensure_tables(call.state)
    agent = await anyio.to_thread.run_sync(_update, call.state, call.path["agent_id"], call.body or {})
    return json_response(agent)


async def delete_agent(call: Call) -> Response:
    state = call.state
    ensure_tables(state)
    agent_id = call.path["agent_id"]
    _agent_row(state, agent_id)
    await anyio.to_thread.run_sync(
        state.store.transaction,
        [
            ("DELETE FROM agents WHERE id = ?", (agent_id,)),
            ("DELETE FROM agent_versions WHERE agent_id = ?", (agent_id,)),
            ("DELETE FROM agent_aliases WHERE agent_id = ?", (agent_id,)),
        ],
    )
    return Response(status_code=204)


def _switch(state: Any, agent_id: str, version: int) -> dict[str, Any]:
    with state.locks.agent_writes:  # version numbers are read-modify-write
        row = _agent_row(state, agent_id)
        config, _ = _config(state, agent_id, version)
        now = time.time()
        state.store.execute("UPDATE agents SET version = ?, updated_at = ? WHERE id = ?", (version, now, agent_id))
        row = {**row, "version": version, "updated_at": now}
        return _render(row, version, config, _versions(state, agent_id), now)


async def update_agent_version(call: Call) -> Response:
    ensure_tables(call.state)
    agent = await anyio.to_thread.run_sync(_switch, call.state, call.path["agent_id"], call.query["version"])
    return json_response(agent)


async def list_agent_versions(call: Call) -> Response:
    state = call.state
    ensure_tables(state)
    agent_id = call.path["agent_id"]
    row = _agent_row(state, agent_id)
    page, page_size = call.query.get("page") or 0, call.query.get("page_size") or 20
    versions = _versions(state, agent_id)
    rows = state.store.query(
        "SELECT version, created_at, config FROM agent_versions WHERE agent_id = ? "
        "ORDER BY version DESC LIMIT ? OFFSET ?",
        (agent_id, page_size, page * page_size),
    )
    out = []
    for r in rows:
        updated = row["updated_at"] if r["version"] == row["version"] else r["created_at"]
        out.append(_render(row, r["version"], json.loads(r["config"]), versions, updated))
    return json_response(out)


async def get_agent_version(call: Call) -> Response:
    return json_response(load_agent(call.state, call.path["agent_id"], call.path["version"]))


def _alias_out(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "alias": row["alias"],
        "version": row["version"],
        "created_at": iso(row["created_at"]),
        "updated_at": iso(row["updated_at"]),
    }


def _set_alias(state: Any, agent_id: str, alias: str, version: int) -> dict[str, Any]:
    with state.locks.agent_writes:  # version numbers are read-modify-write
        _agent_row(state, agent_id)
        _config(state, agent_id, version)  # 404 for an unknown version
        now = time.time()
        state.store.execute(
            "INSERT INTO agent_aliases (agent_id, alias, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (agent_id, alias) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at",
            (agent_id, alias, version, now, now),
        )
        rows = state.store.query(
            "SELECT alias, version, created_at, updated_at FROM agent_aliases WHERE agent_id = ? AND alias = ?",
            (agent_id, alias),
        )
        return _alias_out(rows[0])


async def create_or_update_alias(call: Call) -> Response:
    ensure_tables(call.state)
    out = await anyio.to_thread.run_sync(
        _set_alias, call.state, call.path["agent_id"], call.query["alias"], call.query["version"]
    )
    return json_response(out)


async def list_aliases(call: Call) -> Response:
    state = call.state
    ensure_tables(state)
    agent_id = call.path["agent_id"]
    _agent_row(state, agent_id)
    rows = state.store.query(
        "SELECT alias, version, created_at, updated_at FROM agent_aliases WHERE agent_id = ? ORDER BY alias",
        (agent_id,),
    )
    return json_response([_alias_out(r) for r in rows])


async def delete_alias(call: Call) -> Response:
    state = call.state
    ensure_tables(state)
    agent_id, alias = call.path["agent_id"], call.query["alias"]
    _agent_row(state, agent_id)
    changed = await anyio.to_thread.run_sync(
        state.store.execute, "DELETE FROM agent_aliases WHERE agent_id = ? AND alias = ?", (agent_id, alias)
    )
    if not changed:
        raise not_found(f"Agent version alias not found: {alias} (agent {agent_id})")
    return Response(status_code=204)


# --------------------------------------------------------------------------
# agents completions

# Request fields that override the agent's completion arguments.
_REQUEST_OVERRIDES = (
    "max_tokens",
    "stop",
    "random_seed",
    "response_format",
    "tool_choice",
    "presence_penalty",
    "frequency_penalty",
    "n",
    "prediction",
    "parallel_tool_calls",
    "prompt_mode",
    "metadata",
)
_AGENT_ARGS = (
    "temperature",
    "top_p",
    "max_tokens",
    "stop",
    "random_seed",
    "response_format",
    "presence_penalty",
    "frequency_penalty",
    "prediction",
)


def function_tools(tools: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """The function tools of an agent or conversation, in the chat completions shape."""
    out = []
    for tool in tools or []:
        if tool.get("type", "function") == "function":
            out.append({"type": "function", "function": tool["function"]})
    return out


def chat_body_for_agent(agent: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    """The chat completions request equivalent to an agents completions request."""
    messages = list(request["messages"])
    if agent.get("instructions"):
        messages.insert(0, {"role": "system", "content": agent["instructions"]})
    body: dict[str, Any] = {"model": agent["model"], "messages": messages}
    args = agent.get("completion_args") or {}
    for key in _AGENT_ARGS:
        if args.get(key) is not None:
            body[key] = args[key]
    tools = function_tools(agent.get("tools"))
    if tools:
        body["tools"] = tools
        body["tool_choice"] = args.get("tool_choice") or "auto"
    for key in _REQUEST_OVERRIDES:
        if request.get(key) is not None:
            body[key] = request[key]
    if request.get("tools") is not None:
        body["tools"] = request["tools"]
    return body


async def agents_completion(call: Call) -> Response:
    request: dict[str, Any] = call.body
    agent = load_agent(call.state, request["agent_id"])
    body = chat_body_for_agent(agent, request)
    if call.state.engine is not None:
        chat_check(body, call.state)
        return await answer_with_engine(call, {**body, "stream": bool(request.get("stream"))}, agent["model"])
    choices, prompt_tokens = chat_generate(body, call.state)
    if request.get("stream"):
        return sse_response(stream_events(call.request_id, agent["model"], choices, prompt_tokens), call.fault)
    return json_response(response_body(call.request_id, agent["model"], choices, prompt_tokens))


__all__ = [
    "agents_completion",
    "create_agent",
    "create_or_update_alias",
    "delete_agent",
    "delete_alias",
    "get_agent",
    "get_agent_version",
    "list_agent_versions",
    "list_agents",
    "list_aliases",
    "load_agent",
    "update_agent",
    "update_agent_version",
]
