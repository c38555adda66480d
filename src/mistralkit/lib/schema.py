"""JSON schemas for the API from Python: strict response formats from pydantic models, and
function tools from callables or pydantic models.

Mistral's strict mode wants every object closed (``additionalProperties: false``) and every property
listed in ``required`` (an optional field is one whose type admits ``null``).
"""

from __future__ import annotations

import copy
import inspect
import types
from collections.abc import Callable, Mapping
from typing import Any, Union, get_type_hints

import pydantic

from .docstrings import parse_docstring

__all__ = [
    "arguments_model",
    "function_tool",
    "response_format_from_pydantic_model",
    "strict_json_schema",
    "tool_name",
]

ToolSource = Union[Callable[..., Any], "type[pydantic.BaseModel]", Mapping[str, Any]]


def strict_json_schema(source: Any) -> dict[str, Any]:
    """A strict JSON schema for a pydantic model class (or any type pydantic knows, or a schema dict)."""
    if isinstance(source, Mapping):
        schema = copy.deepcopy(dict(source))
    elif isinstance(source, type) and issubclass(source, pydantic.BaseModel):
        schema = source.model_json_schema()
    else:
        schema = pydantic.TypeAdapter(source).json_schema()
    _make_strict(schema)
    return schema


def _make_strict(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _make_strict(item)
        return
    if not isinstance(node, dict):
        return
    props = node.get("properties")
    if node.get("type") == "object" or isinstance(props, dict):
        if isinstance(props, dict):
            node["required"] = list(props)
            # A free-form mapping (dict[str, X]) keeps its value schema; everything else is closed.
            if "additionalProperties" not in node or node["additionalProperties"] is True:
                node["additionalProperties"] = False
        elif "additionalProperties" not in node:
            node["additionalProperties"] = False
    for key, value in list(node.items()):
        if key in ("properties", "$defs", "definitions", "patternProperties") and isinstance(value, dict):
            for sub in value.values():
                _make_strict(sub)
        elif key == "default" and value is None:
            # Strict schemas carry no defaults: the model must produce each field, null included.
            del node[key]
        elif isinstance(value, (dict, list)):
            _make_strict(value)


def response_format_from_pydantic_model(model: type[pydantic.BaseModel]) -> dict[str, Any]:
    """The ``response_format`` asking the model for JSON that fits ``model`` (strict JSON schema)."""
    if not (isinstance(model, type) and issubclass(model, pydantic.BaseModel)):
        raise TypeError(f"response_format_from_pydantic_model expects a pydantic model class, not {model!r}")
    return {
        "type": "json_schema",
        "json_schema": {"name": model.__name__, "schema": strict_json_schema(model), "strict": True},
    }


def tool_name(source: Any) -> str:
    if isinstance(source, Mapping):
        function = source.get("function", source)
        return str(function["name"])
    return str(getattr(source, "__name__", type(source).__name__))


def function_tool(
    source: ToolSource,
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool | None = None,
) -> dict[str, Any]:
    """A ``{"type": "function", "function": {...}}`` tool for a callable or a pydantic model.

    - A callable: parameters from its signature and type hints (a parameter with a default is not
      required), descriptions from its docstring (Google, NumPy or reST style).
    - A pydantic model: its fields are the parameters; the model's docstring describes the tool.
      Strict by default (every field required, objects closed).
    - A dict: a tool definition as the API takes it, returned as is.
    """
    if isinstance(source, Mapping):
        return dict(source)
    if isinstance(source, type) and issubclass(source, pydantic.BaseModel):
        doc = parse_docstring(inspect.getdoc(source) or "")
        is_strict = True if strict is None else strict
        schema = strict_json_schema(source) if is_strict else source.model_json_schema()
        schema.pop("title", None)
        schema.pop("description", None)
        return _tool(name or source.__name__, description if description is not None else doc.summary, schema, is_strict)
    if not callable(source):
        raise TypeError(f"A tool must be a function, a pydantic model class or a dict, not {type(source).__name__}")
    model = arguments_model(source)
    doc = parse_docstring(inspect.getdoc(source) or "")
    schema = model.model_json_schema()
    schema.pop("title", None)
    schema.pop("description", None)
    if strict:
        _make_strict(schema)
    return _tool(name or tool_name(source), description if description is not None else doc.summary, schema, bool(strict))


def _tool(name: str, description: str, parameters: dict[str, Any], strict: bool) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {"name": name, "description": description, "parameters": parameters, "strict": strict},
    }


_MODELS: dict[Any, type[pydantic.BaseModel]] = {}


def arguments_model(func: Callable[..., Any]) -> type[pydantic.BaseModel]:
    """A pydantic model of ``func``'s parameters (cached): validates a tool call's arguments."""
    key = getattr(func, "__func__", func)
    cached = _MODELS.get(key)
    if cached is not None:
        return cached
    signature = inspect.signature(func)
    try:
        hints = get_type_hints(_parameters_only(func), include_extras=True)
    except (NameError, TypeError, AttributeError) as exc:
        raise TypeError(
            f"The type hints of {tool_name(func)} cannot be resolved ({exc}); define the names they use at module level"
        ) from exc
    doc = parse_docstring(inspect.getdoc(func) or "")
    fields: dict[str, Any] = {}
    for pname, param in signature.parameters.items():
        if param.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
            continue
        if pname in ("self", "cls") and param.annotation is inspect.Parameter.empty:
            continue
        annotation = hints.get(pname, param.annotation)
        if annotation is inspect.Parameter.empty:
            annotation = Any
        default = ... if param.default is inspect.Parameter.empty else param.default
        info = pydantic.Field(default, description=doc.params.get(pname))
        fields[pname] = (annotation, info)
    model = pydantic.create_model(
        f"{tool_name(func)}_arguments",
        __config__=pydantic.ConfigDict(arbitrary_types_allowed=True),
        **fields,
    )
    _MODELS[key] = model
    return model  # type: ignore[no-any-return]


def _parameters_only(func: Callable[..., Any]) -> Callable[..., Any]:
    """A stand-in with ``func``'s parameter annotations and globals, without the return annotation
    (which need not be resolvable for the schema)."""
    target = inspect.unwrap(getattr(func, "__func__", func))
    annotations = {k: v for k, v in getattr(target, "__annotations__", {}).items() if k != "return"}

    def stub() -> None: ...

    shim = types.FunctionType(stub.__code__, getattr(target, "__globals__", {}))
    shim.__annotations__ = annotations
    return shim
