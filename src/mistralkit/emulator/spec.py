"""The OpenAPI contract the emulator serves, loaded once per process.

The emulator ships its own copy of the contract as ``openapi.json`` next to this
module, so that an installed wheel works without the repository's
``spec/openapi.yaml``.  That copy is generated from the YAML file with::

    python -m mistralkit.emulator.spec spec/openapi.yaml

and a test checks that both stay identical.  JSON is used because it loads in a
few milliseconds where the YAML takes a noticeable fraction of a second.

An operation whose path key ends in ``#stream`` is the streaming twin of the
operation at the same URL: it is selected by ``stream: true`` in the request.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SPEC_FILE = Path(__file__).with_name("openapi.json")
SCHEMA_PREFIX = "#/components/schemas/"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Operation:
    """One operation of the contract."""

    operation_id: str
    method: str  # upper case
    path: str  # URL template, without any "#..." suffix
    stream_twin: bool  # True for the "#stream" variant of an operation
    raw: dict[str, Any] = field(repr=False, compare=False, hash=False)
    key: str = ""  # the key of ``paths`` in the contract (the URL template with its "#..." suffix)

    @property
    def request_content_type(self) -> str | None:
        body = self.raw.get("requestBody")
        if not body:
            return None
        return next(iter(body["content"]))

    @property
    def request_schema(self) -> dict[str, Any] | None:
        body = self.raw.get("requestBody")
        if not body:
            return None
        return next(iter(body["content"].values()))["schema"]

    @property
    def request_body_required(self) -> bool:
        body = self.raw.get("requestBody")
        return bool(body and body.get("required"))

    @property
    def parameters(self) -> list[dict[str, Any]]:
        return list(self.raw.get("parameters", []))

    def response_schema(self, status: int, content_type: str = "application/json") -> dict[str, Any] | None:
        responses = self.raw.get("responses", {})
        entry = responses.get(str(status))
        if entry is None:
            return None
        return entry.get("content", {}).get(content_type, {}).get("schema")


@functools.lru_cache(maxsize=1)
def load_spec() -> dict[str, Any]:
    """Return the parsed contract (cached: parsed once per process)."""
    with SPEC_FILE.open("rb") as fh:
        return json.load(fh)


@functools.lru_cache(maxsize=1)
def operations() -> tuple[Operation, ...]:
    """Every operation of the contract, in document order."""
    out = []
    for key, item in load_spec()["paths"].items():
        # A "#suffix" tells apart two entries for one URL: "#stream" marks a streaming twin, any
        # other suffix (e.g. "#idOrName") an entry whose path parameter has another name.
        path, _, suffix = key.partition("#")
        twin = suffix == "stream"
        for method in HTTP_METHODS:
            if method in item:
                out.append(Operation(item[method]["operationId"], method.upper(), path, twin, item[method], key))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def operations_by_id() -> dict[str, Operation]:
    return {op.operation_id: op for op in operations()}


def component(name: str) -> dict[str, Any]:
    """The schema ``#/components/schemas/<name>``."""
    return load_spec()["components"]["schemas"][name]


def load_yaml(yaml_path: str | Path) -> Any:
    """Parse the YAML contract with YAML 1.2 numbers (needs PyYAML).

    PyYAML follows YAML 1.1, where ``1e+09`` (no dot) is a string; the contract means a number.
    """
    import yaml  # only needed by maintainers

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc,valid-type]
        pass

    Loader.add_implicit_resolver(
        "tag:yaml.org,2002:float",
        re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][-+]?[0-9]+$"),
        list("-+0123456789."),
    )
    with open(yaml_path, "rb") as fh:
        return yaml.load(fh, Loader=Loader)


def _add_audio_purpose(spec: dict[str, Any]) -> None:
    enum = spec["components"]["schemas"]["FilePurpose"]["enum"]
    if "audio" not in enum:
        enum.append("audio")


def _add_voice_type(spec: dict[str, Any]) -> None:
    props = spec["components"]["schemas"]["VoiceResponse"]["properties"]
    props.setdefault(
        "type",
        {"type": "string", "title": "Type", "enum": ["preset", "custom"], "default": "custom",
         "description": "Whether the voice is one of the service's presets or a voice of your own."},
    )


def _add_dataset_slug(spec: dict[str, Any]) -> None:
    for name in ("Dataset", "DatasetPreview"):
        _add_slug(spec["components"]["schemas"][name])


def _add_slug(schema: dict[str, Any]) -> None:
    schema["properties"].setdefault(
        "slug",
        {"type": "string", "title": "Slug", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
         "description": "The dataset's name as a URL-safe identifier."},
    )
    if "slug" not in schema.get("required", []):
        schema.setdefault("required", []).append("slug")


# Where the contract's schemas contradict its own descriptions and the service, the emulator
# follows the service. Each entry names the fix and applies it to the parsed contract.
ERRATA = {
    # "currently supports fine-tuning (`fine-tune`), OCR (`ocr`), Audio/Transcription (`audio`)
    # and batch inference (`batch`)", but the FilePurpose enum lacks "audio".
    "FilePurpose.audio": _add_audio_purpose,
    # GET /v1/audio/voices filters by type (custom or preset), and the service's voices say
    # which they are, but VoiceResponse has no "type" (the official SDK requires it).
    "VoiceResponse.type": _add_voice_type,
    # The service's datasets carry a "slug" (the official SDK requires it); the contract omits it
    # from Dataset and DatasetPreview.
    "Dataset.slug": _add_dataset_slug,
}


def with_errata(spec: dict[str, Any]) -> dict[str, Any]:
    for fix in ERRATA.values():
        fix(spec)
    return spec


def regenerate(yaml_path: str | Path, out: str | Path = SPEC_FILE) -> None:
    """Rewrite the packaged JSON copy from the YAML contract (needs PyYAML), with :data:`ERRATA` applied."""
    text = json.dumps(with_errata(load_yaml(yaml_path)), ensure_ascii=False, separators=(",", ":"))
    Path(out).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover - maintenance entry point
    regenerate(sys.argv[1] if len(sys.argv) > 1 else "spec/openapi.yaml")
    load_spec.cache_clear()
    print(f"wrote {SPEC_FILE} ({len(operations())} operations)")
