"""The built-in model catalogue and the checks that tie models to endpoints.

The catalogue follows the service's public model list (the model pages of
docs.mistral.ai, as of 2026): dated ids, their aliases, capabilities, context
lengths, and deprecations (``deprecation`` is the date after which a model may
stop answering, ``deprecation_replacement_model`` what to use instead).
Retired models are not listed and are unknown, as on the service.

Every model is listed under its id and under each alias (as the service does);
all names resolve to the same card data.  Capabilities are honest: a model is
only accepted on the endpoints its capabilities allow, anything else is a 400
(code ``3051``), and an unknown name is the service's 400 ``Invalid model:
<name>`` (type ``invalid_model``, code ``1500``) on every route that takes a
model; ``GET``/``DELETE /v1/models/{id}`` answer 404 for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
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
SPEECH = "speech"

_KIND_LABELS = {
    CHAT: "chat completions",
    FIM: "FIM completions",
    EMBED: "embeddings",
    MODERATION: "moderation",
    CLASSIFICATION: "classification",
    OCR: "OCR",
    TRANSCRIPTION: "audio transcription",
    SPEECH: "speech generation",
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
    # ISO date after which the service may retire the model, and what replaces it.
    deprecation: str | None = None
    replacement: str | None = None

    def supports(self, kind: str) -> bool:
        return kind in self.kinds


def _caps(**flags: bool) -> dict[str, bool]:
    base = {
        "completion_chat": False,
        "function_calling": False,
        "reasoning": False,
        "completion_fim": False,
        "fine_tuning": False,
        "vision": False,
        "ocr": False,
        "classification": False,
        "moderation": False,
        "audio": False,
        "audio_transcription": False,
        "audio_transcription_realtime": False,
        "audio_speech": False,
    }
    base.update(flags)
    return base


def _ts(day: str) -> int:
    return int(datetime.fromisoformat(day).replace(tzinfo=timezone.utc).timestamp())


def _chat(
    id: str,
    aliases: tuple[str, ...],
    name: str,
    description: str,
    context: int,
    released: str,
    *,
    temperature: float = 0.3,
    fim: bool = False,
    deprecation: str | None = None,
    replacement: str | None = None,
    **caps: bool,
) -> ModelSpec:
    kinds = {CHAT, FIM} if fim else {CHAT}
    flags = {"completion_chat": True, "function_calling": True, "completion_fim": fim, **caps}
    return ModelSpec(
        id,
        aliases,
        frozenset(kinds),
        name,
        description,
        context,
        _ts(released),
        _caps(**flags),
        temperature,
        deprecation=deprecation,
        replacement=replacement,
    )


MODELS: tuple[ModelSpec, ...] = (
    # -- generalist -------------------------------------------------------------------
    _chat(
        "mistral-large-2512",
        ("mistral-large-latest",),
        "Mistral Large 3",
        "Open-weight general-purpose multimodal model: chat, function calling, JSON output and images.",
        262144,
        "2025-12-02",
        temperature=0.065,
        vision=True,
    ),
    _chat(
        "mistral-large-2411",
        (),
        "Mistral Large 2.1",
        "Large general-purpose model: chat, function calling and JSON output.",
        131072,
        "2024-11-18",
        temperature=0.7,
        fine_tuning=True,
        deprecation="2026-06-30",
        replacement="mistral-large-2512",
    ),
    _chat(
        "mistral-medium-3-5",
        ("mistral-medium-3.5", "mistral-medium-latest", "mistral-medium"),
        "Mistral Medium 3.5",
        "Frontier-class dense multimodal model for agents and coding, with configurable reasoning effort.",
        262144,
        "2026-04-29",
        vision=True,
        reasoning=True,
    ),
    _chat(
        "mistral-medium-2508",
        (),
        "Mistral Medium 3.1",
        "Frontier-class multimodal model: chat, function calling, JSON output and images.",
        131072,
        "2025-08-12",
        vision=True,
    ),
    _chat(
        "mistral-medium-2505",
        (),
        "Mistral Medium 3",
        "Multimodal model: chat, function calling, JSON output and images.",
        131072,
        "2025-05-07",
        vision=True,
        deprecation="2026-02-28",
        replacement="mistral-medium-2508",
    ),
    _chat(
        "mistral-small-2603",
        ("mistral-small-latest",),
        "Mistral Small 4",
        "Hybrid model: instruct, reasoning and coding in one efficient multimodal model.",
        262144,
        "2026-03-16",
        vision=True,
        reasoning=True,
        fine_tuning=True,
    ),
    _chat(
        "mistral-small-2506",
        (),
        "Mistral Small 3.2",
        "Small multimodal model: chat, function calling, JSON output and images.",
        131072,
        "2025-06-20",
        vision=True,
        fine_tuning=True,
    ),
    _chat(
        "magistral-medium-2509",
        ("magistral-medium-latest",),
        "Magistral Medium 1.2",
        "Reasoning model with vision: thinks before it answers.",
        131072,
        "2025-09-17",
        temperature=0.7,
        vision=True,
        reasoning=True,
    ),
    _chat(
        "magistral-small-2509",
        ("magistral-small-latest",),
        "Magistral Small 1.2",
        "Small reasoning model with vision.",
        131072,
        "2025-09-17",
        temperature=0.7,
        vision=True,
        reasoning=True,
    ),
    _chat(
        "ministral-14b-2512",
        ("ministral-14b-latest",),
        "Ministral 3 14B",
        "Edge model with vision and function calling.",
        262144,
        "2025-12-02",
        vision=True,
    ),
    _chat(
        "ministral-8b-2512",
        ("ministral-8b-latest",),
        "Ministral 3 8B",
        "Compact edge model with vision and function calling.",
        262144,
        "2025-12-02",
        vision=True,
        fine_tuning=True,
    ),
    _chat(
        "ministral-3b-2512",
        ("ministral-3b-latest",),
        "Ministral 3 3B",
        "Smallest edge model, with vision and function calling.",
        131072,
        "2025-12-02",
        vision=True,
        fine_tuning=True,
    ),
    _chat(
        "ministral-8b-2410",
        (),
        "Ministral 8B",
        "Compact chat model with function calling.",
        131072,
        "2024-10-16",
        fine_tuning=True,
        deprecation="2026-03-31",
        replacement="ministral-8b-2512",
    ),
    _chat(
        "ministral-3b-2410",
        (),
        "Ministral 3B",
        "Edge chat model with function calling.",
        131072,
        "2024-10-16",
        deprecation="2026-03-31",
        replacement="ministral-3b-2512",
    ),
    _chat(
        "open-mistral-nemo-2407",
        ("open-mistral-nemo", "mistral-tiny-2407", "mistral-tiny-latest", "mistral-tiny"),
        "Mistral Nemo",
        "Open-weights chat model with function calling.",
        131072,
        "2024-07-18",
        fine_tuning=True,
    ),
    _chat(
        "pixtral-large-2411",
        ("pixtral-large-latest", "mistral-large-pixtral-2411"),
        "Pixtral Large",
        "Large multimodal model: images and text.",
        131072,
        "2024-11-18",
        temperature=0.7,
        vision=True,
        deprecation="2026-06-30",
        replacement="mistral-large-2512",
    ),
    _chat(
        "pixtral-12b-2409",
        ("pixtral-12b", "pixtral-12b-latest"),
        "Pixtral 12B",
        "Multimodal model: images and text.",
        131072,
        "2024-09-17",
        temperature=0.7,
        vision=True,
        deprecation="2026-03-31",
        replacement="mistral-small-2603",
    ),
    # -- code -------------------------------------------------------------------------
    _chat(
        "codestral-2508",
        ("codestral-latest",),
        "Codestral",
        "Code model: fill-in-the-middle and chat, with function calling.",
        256000,
        "2025-07-30",
        fim=True,
        fine_tuning=True,
    ),
    _chat(
        "devstral-2512",
        ("devstral-latest", "devstral-medium-latest"),
        "Devstral 2",
        "Agentic coding model: explores codebases, edits files, uses tools.",
        262144,
        "2025-12-09",
        temperature=0.2,
    ),
    _chat(
        "devstral-small-2507",
        ("devstral-small-latest",),
        "Devstral Small 1.1",
        "Small agentic coding model.",
        131072,
        "2025-07-10",
        temperature=0.2,
    ),
    # -- embeddings, moderation, OCR ----------------------------------------------------
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
        "mistral-ocr-2512",
        ("mistral-ocr-latest",),
        frozenset({OCR}),
        "Mistral OCR 3",
        "Document OCR: PDF text layers and images to markdown, page by page.",
        32768,
        _ts("2025-12-18"),
        _caps(ocr=True),
    ),
    ModelSpec(
        "mistral-ocr-2505",
        (),
        frozenset({OCR}),
        "Mistral OCR",
        "Document OCR: PDF text layers to markdown, page by page.",
        32768,
        1747008000,
        _caps(ocr=True),
    ),
    # -- audio --------------------------------------------------------------------------
    ModelSpec(
        "voxtral-mini-2507",
        ("voxtral-mini-latest",),
        frozenset({TRANSCRIPTION, CHAT}),
        "Voxtral Mini",
        "Speech model: audio transcription and chat with audio input.",
        32768,
        1752624000,
        _caps(completion_chat=True, audio=True, audio_transcription=True),
        0.2,
    ),
    ModelSpec(
        "voxtral-small-2507",
        ("voxtral-small-latest",),
        frozenset({TRANSCRIPTION, CHAT}),
        "Voxtral Small",
        "Speech model: chat with audio input, function calling, and transcription.",
        32768,
        1752624000,
        _caps(completion_chat=True, function_calling=True, audio=True, audio_transcription=True),
        0.2,
    ),
    ModelSpec(
        "voxtral-mini-2602",
        (),
        frozenset({TRANSCRIPTION}),
        "Voxtral Mini Transcribe 2",
        "Transcription with diarization and timestamps.",
        32768,
        _ts("2026-02-04"),
        _caps(audio=True, audio_transcription=True),
        deprecation="2027-02-28",
        replacement="voxtral-mini-transcribe-3-0",
    ),
    ModelSpec(
        "voxtral-mini-transcribe-realtime-2602",
        (),
        frozenset(),
        "Voxtral Mini Transcribe Realtime 2",
        "Streaming transcription over the realtime API.",
        32768,
        _ts("2026-02-04"),
        _caps(audio=True, audio_transcription_realtime=True),
    ),
    ModelSpec(
        "voxtral-mini-transcribe-3-0",
        ("voxtral-mini-transcribe-3", "voxtral-mini-transcribe-latest"),
        frozenset({TRANSCRIPTION}),
        "Voxtral Mini Transcribe 3",
        "Transcription and diarization.",
        32768,
        _ts("2026-10-15"),
        _caps(audio=True, audio_transcription=True),
    ),
    ModelSpec(
        "voxtral-mini-tts-2603",
        ("voxtral-mini-tts-latest",),
        frozenset({SPEECH}),
        "Voxtral TTS",
        "Text to speech with preset and cloned voices.",
        8192,
        _ts("2026-03-26"),
        _caps(audio=True, audio_speech=True),
    ),
    ModelSpec(
        "voxtral-mini-tts-3-0",
        ("voxtral-mini-tts-3",),
        frozenset({SPEECH}),
        "Voxtral TTS 3",
        "Text to speech in 35+ languages, with preset and cloned voices.",
        8192,
        _ts("2026-10-15"),
        _caps(audio=True, audio_speech=True),
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
        "deprecation": f"{spec.deprecation}T00:00:00Z" if spec.deprecation else None,
        "deprecation_replacement_model": spec.replacement,
        "default_model_temperature": spec.default_model_temperature,
        "type": "base",
    }


def all_cards() -> list[dict[str, Any]]:
    names = []
    for spec in MODELS:
        names.append(spec.id)
        names.extend(spec.aliases)
    return [card(n) for n in names]
