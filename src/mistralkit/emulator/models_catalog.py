"""The built-in model catalogue and the checks that tie models to endpoints.

Every model is listed under its dated id and under each alias (as the service
does); all names resolve to the same card data.  Capabilities are honest: a
model is only accepted on the endpoints its capabilities allow, anything else
is a 400, and an unknown name is ``Invalid model: <name>`` (code ``1500``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import APIError, invalid_model

# endpoint kinds
CHAT = "chat"
FIM = "fim"
EMBED = "embeddings"
MODERATION = "moderation"
CLASSIFICATION = "classification"
OCR = "ocr"
TRANSCRIPTION = "transcription"

_KIND_LABELS = {
    CHAT: "chat completions",
    FIM: "FIM completions",
    EMBED: "embeddings",
    MODERATION: "moderation",
    CLASSIFICATION: "classification",
    OCR: "OCR",
    TRANSCRIPTION: "audio transcription",
}


@dataclass(frozen=True)
class ModelSpec:
    id: str
    aliases: tuple[str, ...]
    kinds: frozenset[str]
    name: str
    description: str
    max_context_length: int
    created: int
    capabilities: dict[str, bool] = field(default_factory=dict)
    default_model_temperature: float | None = None
    embedding_dimensions: int = 0
    max_embedding_dimensions: int = 0

    def supports(self, kind: str) -> bool:
        return kind in self.kinds


def _caps(**flags: bool) -> dict[str, bool]:
    base = {
        "completion_chat": False,
        "function_calling": False,
        "completion_fim": False,
        "fine_tuning": False,
        "vision": False,
        "ocr": False,
        "classification": False,
        "moderation": False,
        "audio": False,
        "audio_transcription": False,
    }
    base.update(flags)
    return base


MODELS: tuple[ModelSpec, ...] = (
    ModelSpec(
        "mistral-large-2411",
        ("mistral-large-latest",),
        frozenset({CHAT}),
        "Mistral Large",
        "Large general-purpose model: chat, function calling and JSON output.",
        131072,
        1731888000,
        _caps(completion_chat=True, function_calling=True, fine_tuning=True),
        0.7,
    ),
    ModelSpec(
        "mistral-medium-2508",
        ("mistral-medium-latest", "mistral-medium"),
        frozenset({CHAT}),
        "Mistral Medium",
        "Medium multimodal model: chat, function calling, JSON output and images.",
        131072,
        1754352000,
        _caps(completion_chat=True, function_calling=True, vision=True),
        0.3,
    ),
    ModelSpec(
        "mistral-small-2506",
        ("mistral-small-latest",),
        frozenset({CHAT}),
        "Mistral Small",
        "Small multimodal model: chat, function calling, JSON output and images.",
        131072,
        1750118400,
        _caps(completion_chat=True, function_calling=True, vision=True, fine_tuning=True),
        0.3,
    ),
    ModelSpec(
        "ministral-8b-2410",
        ("ministral-8b-latest",),
        frozenset({CHAT}),
        "Ministral 8B",
        "Compact chat model with function calling.",
        131072,
        1728950400,
        _caps(completion_chat=True, function_calling=True, fine_tuning=True),
        0.3,
    ),
    ModelSpec(
        "open-mistral-nemo-2407",
        ("open-mistral-nemo",),
        frozenset({CHAT}),
        "Mistral Nemo",
        "Open-weights chat model with function calling.",
        131072,
        1721001600,
        _caps(completion_chat=True, function_calling=True, fine_tuning=True),
        0.3,
    ),
    ModelSpec(
        "codestral-2508",
        ("codestral-latest",),
        frozenset({CHAT, FIM}),
        "Codestral",
        "Code model: fill-in-the-middle and chat, with function calling.",
        256000,
        1754006400,
        _caps(completion_chat=True, completion_fim=True, function_calling=True, fine_tuning=True),
        0.3,
    ),
    ModelSpec(
        "mistral-embed-2312",
        ("mistral-embed",),
        frozenset({EMBED}),
        "Mistral Embed",
        "Text embeddings, 1024 dimensions.",
        8192,
        1702339200,
        _caps(),
        embedding_dimensions=1024,
        max_embedding_dimensions=1024,
    ),
    ModelSpec(
        "codestral-embed-2505",
        ("codestral-embed",),
        frozenset({EMBED}),
        "Codestral Embed",
        "Code embeddings, 1536 dimensions by default, up to 3072 (output_dimension).",
        8192,
        1748390400,
        _caps(),
        embedding_dimensions=1536,
        max_embedding_dimensions=3072,
    ),
    ModelSpec(
        "mistral-moderation-2411",
        ("mistral-moderation-latest",),
        frozenset({MODERATION, CLASSIFICATION}),
        "Mistral Moderation",
        "Text and conversation moderation over nine policy categories.",
        8192,
        1731456000,
        _caps(moderation=True, classification=True),
    ),
    ModelSpec(
        "mistral-ocr-2505",
        ("mistral-ocr-latest",),
        frozenset({OCR}),
        "Mistral OCR",
        "Document OCR: PDF text layers to markdown, page by page.",
        32768,
        1747008000,
        _caps(ocr=True),
    ),
    ModelSpec(
        "voxtral-mini-2507",
        ("voxtral-mini-latest",),
        frozenset({TRANSCRIPTION, CHAT}),
        "Voxtral Mini",
        "Speech model: audio transcription and chat.",
        32768,
        1752624000,
        _caps(completion_chat=True, audio=True, audio_transcription=True),
        0.2,
    ),
)

_BY_NAME: dict[str, ModelSpec] = {}
for _m in MODELS:
    _BY_NAME[_m.id] = _m
    for _alias in _m.aliases:
        _BY_NAME[_alias] = _m


def lookup(name: str) -> ModelSpec | None:
    return _BY_NAME.get(name)


# Models that belong to one emulator instance (fine-tuned models).  A module that
# creates such models registers a factory ``state -> provider``; a provider has
# ``spec(name) -> ModelSpec | None``, ``card(name) -> dict | None``,
# ``cards() -> list[dict]`` and ``delete(name) -> bool``.
_PROVIDERS: list[Callable[[Any], Any]] = []


def register_provider(factory: Callable[[Any], Any]) -> None:
    if factory not in _PROVIDERS:
        _PROVIDERS.append(factory)


def providers(state: Any) -> list[Any]:
    """The providers of instance-specific models for the emulator ``state``."""
    return [factory(state) for factory in _PROVIDERS]


def require(name: Any, kind: str, state: Any = None) -> ModelSpec:
    """The model called ``name``, if it serves ``kind``; else the service's 400.

    With ``state``, the models of that emulator instance (fine-tuned ones) are
    known too.
    """
    if not isinstance(name, str):
        raise invalid_model(str(name))
    spec = _BY_NAME.get(name)
    if spec is None and state is not None:
        spec = next((s for p in providers(state) if (s := p.spec(name)) is not None), None)
    if spec is None:
        raise invalid_model(name)
    if kind not in spec.kinds:
        raise APIError(
            400,
            f"Model {name} does not support {_KIND_LABELS[kind]}",
            type="invalid_request_error",
            param="model",
            code="3051",
        )
    return spec


def card(name: str) -> dict[str, Any]:
    """The ``BaseModelCard`` of the model known as ``name``."""
    spec = _BY_NAME[name]
    aliases = [n for n in (spec.id, *spec.aliases) if n != name]
    return {
        "id": name,
        "object": "model",
        "created": spec.created,
        "owned_by": "mistralai",
        "capabilities": dict(spec.capabilities),
        "name": spec.name,
        "description": spec.description,
        "max_context_length": spec.max_context_length,
        "aliases": aliases,
        "deprecation": None,
        "deprecation_replacement_model": None,
        "default_model_temperature": spec.default_model_temperature,
        "type": "base",
    }


def all_cards() -> list[dict[str, Any]]:
    names = []
    for spec in MODELS:
        names.append(spec.id)
        names.extend(spec.aliases)
    return [card(n) for n in names]
