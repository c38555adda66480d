"""Base model and parsing helpers used by the generated types in ``mistralkit.types``.

This module is hand-written; ``mistralkit.types`` is generated from the OpenAPI
spec by ``tools/generate.py`` and imports from here.

Parsing strategy for server responses:

* :func:`parse_json` / :func:`parse_obj` validate with a cached pydantic-core
  validator (the fast path, no Python-level work per field).
* If validation fails, the data is rebuilt by :func:`lenient`, which never
  raises: whatever matches the schema becomes a model, whatever does not is kept
  as the raw Python value. A successful API response is never turned into an
  exception because the server sent something the spec did not announce.

Request bodies go the other way: :func:`validate_request` is strict (raises
``pydantic.ValidationError``) and :func:`dump_request` produces the wire dict.
"""

from __future__ import annotations

import json
import logging
import types
import typing
from typing import Any, Literal, Union

import pydantic
from pydantic import ConfigDict, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

__all__ = [
    "BaseModel",
    "Binary",
    "TaggedModel",
    "adapter",
    "discriminated_by",
    "dump_request",
    "lenient",
    "parse_json",
    "parse_obj",
    "validate_request",
]

logger = logging.getLogger("mistralkit")


class BaseModel(pydantic.BaseModel):
    """Base class of every generated model.

    Unknown fields sent by the server are kept (``model_extra`` and attribute
    access); fields can be populated by their Python name or their wire alias;
    validators are built lazily on first use.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
        protected_namespaces=(),
    )


class TaggedModel(BaseModel):
    """Base of generated models that have constant tag fields (``role``, ``type``, ``object``...).

    A tag is typed ``Literal[x]`` with default ``x``, so it can be omitted when building
    the model; it is still always serialized (also with ``exclude_unset=True``, unless
    explicitly excluded) so the server can tell union variants apart.
    """

    @pydantic.model_serializer(mode="wrap")
    def _serialize_with_tags(
        self, handler: pydantic.SerializerFunctionWrapHandler, info: pydantic.SerializationInfo
    ) -> Any:
        data = handler(self)
        if (info.exclude_unset or info.exclude_defaults) and isinstance(data, dict):
            missing = None
            excluded = info.exclude
            for name, alias, value in _tag_fields(type(self)):
                key = alias if info.by_alias else name
                if key not in data and not (excluded and name in excluded):
                    if missing is None:
                        missing = {}
                    missing[key] = value
            if missing:
                return {**missing, **data}
        return data


_TAGS: dict[type, tuple[tuple[str, str, Any], ...]] = {}


def _tag_fields(cls: type[pydantic.BaseModel]) -> tuple[tuple[str, str, Any], ...]:
    """(name, wire name, value) of the fields typed ``Literal[x]`` with default ``x``."""
    try:
        return _TAGS[cls]
    except KeyError:
        tags = []
        for name, info in cls.model_fields.items():
            if typing.get_origin(info.annotation) is Literal:
                values = typing.get_args(info.annotation)
                if len(values) == 1 and info.default == values[0]:
                    tags.append((name, info.alias or name, values[0]))
        result = _TAGS[cls] = tuple(tags)
        return result


class _BinaryMarker:
    """Annotation marker for ``format: binary`` fields (multipart file uploads)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "BINARY"


_BINARY = _BinaryMarker()

#: Type of ``format: binary`` values: file contents or file-like objects sent as
#: multipart parts. Not validated; kept as-is when dumping.
Binary = typing.Annotated[Any, _BINARY]


def discriminated_by(prop: str, tags: dict[Any, str]) -> pydantic.Discriminator:
    """Callable discriminator for unions whose variants do not declare a Literal tag.

    ``tags`` maps a wire value of ``prop`` to the ``Tag`` of a variant; each variant
    is tagged with its class name, so model instances resolve by class too.
    """
    names = frozenset(tags.values())

    def _tag(value: Any) -> str | None:
        if isinstance(value, dict):
            return tags.get(value.get(prop))
        name = type(value).__name__
        if name in names:
            return name
        return tags.get(getattr(value, prop, None))

    expected = ", ".join(repr(t) for t in tags)
    return pydantic.Discriminator(
        _tag,
        custom_error_type="union_tag_unknown",
        custom_error_message=f"Input tag found using {prop!r} does not match any of the expected tags: {expected}",
    )


# --------------------------------------------------------------------------- adapters

_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}
_VALIDATORS: dict[Any, Any] = {}
_UNHASHABLE: dict[int, tuple[Any, TypeAdapter[Any]]] = {}


def _new_adapter(tp: Any) -> TypeAdapter[Any]:
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel) and not tp.__pydantic_complete__:
        # Complete the model class itself first: the adapter then reuses its schema. Otherwise the
        # adapter would build one, and the class (still deferred) another on its first serialization:
        # the same tens of milliseconds twice for a large body such as a chat request.
        tp.model_rebuild()
    ta: TypeAdapter[Any] = TypeAdapter(tp)
    if not ta.pydantic_complete:
        # Deferred models give a placeholder validator that re-dispatches on every
        # call; build the real one now so the cached adapter is on the fast path.
        ta.rebuild()
    return ta


def adapter(tp: Any) -> TypeAdapter[Any]:
    """Return a ``TypeAdapter`` for ``tp`` (a model, union, ``list[...]``...), cached per type."""
    try:
        return _ADAPTERS[tp]
    except KeyError:
        ta = _ADAPTERS[tp] = _new_adapter(tp)
        return ta
    except TypeError:  # unhashable annotation: cache by identity, keeping tp alive
        hit = _UNHASHABLE.get(id(tp))
        if hit is not None and hit[0] is tp:
            return hit[1]
        ta = _new_adapter(tp)
        _UNHASHABLE[id(tp)] = (tp, ta)
        return ta


def _validator(tp: Any) -> Any:
    """The pydantic-core validator behind ``adapter(tp)`` (skips TypeAdapter call overhead)."""
    try:
        return _VALIDATORS[tp]
    except KeyError:
        validator = adapter(tp).validator
        _VALIDATORS[tp] = validator
        return validator
    except TypeError:
        return adapter(tp).validator


# --------------------------------------------------------------------------- responses


def parse_json(tp: Any, data: bytes | bytearray | str) -> Any:
    """Parse a JSON response body into ``tp``.

    Fast path: pydantic-core ``validate_json``. If the payload does not match the
    schema, it is decoded and rebuilt with :func:`lenient` (never raises). Only a
    body that is not JSON at all raises (the original ``ValidationError``).
    """
    try:
        return _validator(tp).validate_json(data)
    except ValidationError as exc:
        try:
            obj = json.loads(data)
        except ValueError:
            raise exc from None
        return _fallback(tp, obj, exc)


def parse_obj(tp: Any, obj: Any) -> Any:
    """Like :func:`parse_json` for already-decoded Python data."""
    try:
        return _validator(tp).validate_python(obj)
    except ValidationError as exc:
        return _fallback(tp, obj, exc)


def lenient(tp: Any, obj: Any) -> Any:
    """Build ``tp`` from ``obj`` as well as possible; never raises.

    Valid data gives the same result as strict validation. Otherwise models are
    built recursively with ``model_construct``: fields present are converted
    (recursively, leniently), missing required fields are ``None`` (and not in
    ``model_fields_set``), unknown fields are kept as extras, and values that do
    not fit their annotation (wrong type, unknown discriminator tag) are kept as
    the raw Python value. Union variants are chosen by discriminator when the
    union has one, otherwise by the best structural match.
    """
    try:
        return _validator(tp).validate_python(obj)
    except ValidationError as exc:
        return _fallback(tp, obj, exc)
    except Exception as exc:  # noqa: BLE001 - e.g. a type pydantic cannot build
        logger.debug("cannot validate %s (%s); keeping raw value", _type_name(tp), type(exc).__name__)
        return obj


def _fallback(tp: Any, obj: Any, exc: ValidationError) -> Any:
    if logger.isEnabledFor(logging.DEBUG):
        errors = exc.errors(include_input=False, include_url=False)[:5]
        problems = "; ".join(f"{'.'.join(map(str, err['loc'])) or '<root>'}: {err['type']}" for err in errors)
        logger.debug(
            "lenient parse of %s after %d validation error(s): %s",
            _type_name(tp),
            exc.error_count(),
            problems,
        )
    try:
        return _repair(tp, obj, None)
    except Exception as err:  # noqa: BLE001 - never raise on a successful response
        logger.debug("lenient parse of %s failed (%s); keeping raw value", _type_name(tp), type(err).__name__)
        return obj


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", None) or repr(tp)


_UNION_ORIGINS = (Union, types.UnionType)
_NONE_TYPE = type(None)


def _build(tp: Any, value: Any) -> Any:
    """Strict validation if it passes, otherwise a lenient repair of ``value``."""
    if tp is Any:
        return value
    try:
        return _validator(tp).validate_python(value)
    except ValidationError:
        return _repair(tp, value, None)
    except Exception:  # noqa: BLE001
        return value


def _repair(tp: Any, value: Any, disc: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        base, *meta = typing.get_args(tp)
        for item in meta:
            if isinstance(item, FieldInfo) and item.discriminator is not None:
                disc = item.discriminator
            elif isinstance(item, pydantic.Discriminator):
                disc = item
        return _repair(base, value, disc)
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return _construct(tp, value) if isinstance(value, dict) else value
    if origin in _UNION_ORIGINS:
        return _repair_union(typing.get_args(tp), value, disc)
    if origin in (list, tuple, set, frozenset) and isinstance(value, list):
        args = typing.get_args(tp)
        item_tp = args[0] if args else Any
        return [_build(item_tp, v) for v in value]
    if origin is dict and isinstance(value, dict):
        args = typing.get_args(tp)
        value_tp = args[1] if len(args) == 2 else Any
        return {k: _build(value_tp, v) for k, v in value.items()}
    return value


_FIELD_TYPES: dict[tuple[type, str], Any] = {}


def _field_type(cls: type[pydantic.BaseModel], name: str, info: FieldInfo) -> Any:
    """The annotation of a field, with its discriminator re-attached (cached)."""
    key = (cls, name)
    try:
        return _FIELD_TYPES[key]
    except KeyError:
        tp = info.annotation
        meta: list[Any] = [m for m in info.metadata if isinstance(m, pydantic.Discriminator)]
        disc = info.discriminator
        if disc is not None:
            meta.append(disc if isinstance(disc, pydantic.Discriminator) else pydantic.Field(discriminator=disc))
        if meta:
            annotated_args = (tp, *meta)
            tp = typing.Annotated[annotated_args]  # type: ignore[assignment]
        elif any(m is _BINARY for m in info.metadata):
            tp = Any
        _FIELD_TYPES[key] = tp
        return tp


def _construct(cls: type[pydantic.BaseModel], data: dict[str, Any]) -> pydantic.BaseModel:
    values: dict[str, Any] = {}
    fields_set: set[str] = set()
    consumed: set[str] = set()
    for name, info in cls.model_fields.items():
        key = info.alias or name
        if key in data:
            raw = data[key]
        elif name in data:
            key = name
            raw = data[name]
        else:
            if info.is_required():
                values[name] = None
            continue
        consumed.add(key)
        values[name] = _build(_field_type(cls, name, info), raw)
        fields_set.add(name)
    for key, raw in data.items():
        if key not in consumed and key not in values:
            values[key] = raw
    return cls.model_construct(_fields_set=fields_set, **values)


def _variant(arg: Any) -> tuple[Any, str | None]:
    """(base type, pydantic Tag or None) of a union member."""
    if typing.get_origin(arg) is typing.Annotated:
        base, *meta = typing.get_args(arg)
        for item in meta:
            if isinstance(item, pydantic.Tag):
                return base, item.tag
        return base, None
    return arg, None


def _model_field(cls: type[pydantic.BaseModel], key: str) -> FieldInfo | None:
    fields = cls.model_fields
    info = fields.get(key)
    if info is not None:
        return info
    for info in fields.values():
        if info.alias == key:
            return info
    return None


def _literal_values(cls: Any, key: str) -> tuple[Any, ...] | None:
    if not (isinstance(cls, type) and issubclass(cls, pydantic.BaseModel)):
        return None
    info = _model_field(cls, key)
    if info is None or typing.get_origin(info.annotation) is not Literal:
        return None
    return typing.get_args(info.annotation)


def _repair_union(args: tuple[Any, ...], value: Any, disc: Any) -> Any:
    if value is None and _NONE_TYPE in args:
        return None
    if disc is not None:
        if isinstance(disc, pydantic.Discriminator):
            if callable(disc.discriminator):
                tag = disc.discriminator(value)
                for arg in args:
                    base, arg_tag = _variant(arg)
                    if tag is not None and arg_tag == tag:
                        return _build(base, value)
                return value
            disc = disc.discriminator
        if isinstance(value, dict):
            tag = value.get(disc)
            for arg in args:
                base, _ = _variant(arg)
                literals = _literal_values(base, disc)
                if literals is not None and tag in literals:
                    return _build(base, value)
        # Unknown or missing tag: keep the raw value.
        return value
    # A plain (smart) union already tried every member; pick by shape instead.
    if isinstance(value, dict):
        best, best_score = None, -1
        for arg in args:
            base, _ = _variant(arg)
            if not (isinstance(base, type) and issubclass(base, pydantic.BaseModel)):
                continue
            score = 0
            conflict = False
            for key, item in value.items():
                info = _model_field(base, key)
                if info is None:
                    continue
                if typing.get_origin(info.annotation) is Literal and item not in typing.get_args(info.annotation):
                    conflict = True
                    break
                score += 1
            if not conflict and score > best_score:
                best, best_score = base, score
        if best is not None:
            return _construct(best, value)
        for arg in args:
            base, _ = _variant(arg)
            if base is dict or typing.get_origin(base) is dict:
                return _repair(base, value, None)
        return value
    if isinstance(value, list):
        for arg in args:
            base, _ = _variant(arg)
            if typing.get_origin(base) in (list, tuple, set, frozenset) or base is list:
                return _repair(base, value, None)
    return value


# --------------------------------------------------------------------------- requests


def validate_request(tp: Any, data: Any) -> Any:
    """Strictly validate a request body (a dict, or a model instance) into ``tp``.

    Nested values may already be model instances. Raises ``pydantic.ValidationError``.
    """
    return _validator(tp).validate_python(data)


_BINARY_MODELS: dict[type, bool] = {}


def _contains_binary(tp: Any) -> bool:
    if typing.get_origin(tp) is typing.Annotated and any(m is _BINARY for m in typing.get_args(tp)[1:]):
        return True
    return any(_contains_binary(arg) for arg in typing.get_args(tp))


def _has_binary(cls: type[pydantic.BaseModel]) -> bool:
    try:
        return _BINARY_MODELS[cls]
    except KeyError:
        found = any(
            any(m is _BINARY for m in info.metadata) or _contains_binary(info.annotation)
            for info in cls.model_fields.values()
        )
        _BINARY_MODELS[cls] = found
        return found


def dump_request(obj: Any) -> Any:
    """Convert a request body to wire data.

    Models are dumped with ``by_alias=True, exclude_unset=True, mode="json"``
    (constant tags such as ``role``/``type`` are always included, see
    :class:`TaggedModel`). Lists and dicts are converted recursively, other values
    pass through. Models with ``format: binary`` fields (multipart forms) are
    dumped in Python mode so file objects and bytes are kept as-is.
    """
    if isinstance(obj, pydantic.BaseModel):
        mode = "python" if _has_binary(type(obj)) else "json"
        return obj.model_dump(by_alias=True, exclude_unset=True, mode=mode, warnings=False)
    if isinstance(obj, (list, tuple)):
        return [dump_request(v) for v in obj]
    if isinstance(obj, dict):
        return {k: dump_request(v) for k, v in obj.items()}
    return obj

