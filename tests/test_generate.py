"""tools/generate.py: determinism, staleness check, module layout, and a synthetic spec end to end."""

from __future__ import annotations

import ast
import copy
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

import pydantic
import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
if str(ROOT / "tools") not in sys.path:
    sys.path.insert(0, str(ROOT / "tools"))

import generate  # noqa: E402  (tools/generate.py)

TYPES_DIR = ROOT / "src" / "mistralkit" / "types"


@pytest.fixture(scope="module")
def spec():
    return generate.load_spec(generate.SPEC_PATH)


@pytest.fixture(scope="module")
def files(spec):
    return generate.generate(copy.deepcopy(spec))


# --------------------------------------------------------------------------- the committed output


def test_committed_output_is_not_stale():
    """``tools/generate.py --check`` passes on the working tree (and writes nothing)."""
    before = {p.name: p.read_bytes() for p in TYPES_DIR.glob("*.py")}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert {p.name: p.read_bytes() for p in TYPES_DIR.glob("*.py")} == before


def test_generation_is_deterministic(spec, files):
    again = generate.generate(copy.deepcopy(spec))
    assert again == files
    assert list(again) == list(files)
    for name, text in files.items():
        assert (TYPES_DIR / name).read_text(encoding="utf-8") == text, name


def test_check_reports_stale_and_extra_files(tmp_path, files, capsys):
    out = tmp_path / "types"
    assert generate.main(["--out", str(out)]) == 0
    assert generate.main(["--check", "--out", str(out)]) == 0
    (out / "chat.py").write_text((out / "chat.py").read_text() + "# edited\n")
    (out / "gone.py").write_text(generate.HEADER)
    (out / "shared.py").unlink()
    capsys.readouterr()
    assert generate.main(["--check", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "chat.py" in err and "gone.py" in err and "shared.py" in err
    assert "fim.py" not in err
    # --check writes nothing
    assert (out / "chat.py").read_text().endswith("# edited\n")
    assert not (out / "shared.py").exists()
    # a normal run repairs everything and removes the stale generated file
    assert generate.main(["--out", str(out)]) == 0
    assert generate.main(["--check", "--out", str(out)]) == 0
    assert not (out / "gone.py").exists()


def test_files_have_header_and_stay_compact(files):
    for name, text in files.items():
        assert text.startswith(generate.HEADER), name
        compile(text, name, "exec")
    total = sum(text.count("\n") for text in files.values())
    assert total < 20000, total


def test_every_component_schema_is_generated_once(spec, files):
    names = set(spec["components"]["schemas"])
    assert len(names) == 779
    defined: dict[str, str] = {}
    for fname, text in files.items():
        if fname.startswith("_"):
            continue
        tree = ast.parse(text)
        for node in tree.body:
            target = None
            if isinstance(node, ast.ClassDef):
                target = node.name
            elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                target = node.targets[0].id
                if target == "__all__":
                    continue
            if target is not None:
                assert target not in defined, (target, fname, defined.get(target))
                defined[target] = fname
    assert names <= set(defined)


def _module_imports(text: str) -> list[tuple[int, str | None]]:
    return [(n.level, n.module) for n in ast.walk(ast.parse(text)) if isinstance(n, ast.ImportFrom) and n.level]


def test_modules_import_only_shared_and_their_group(spec, files):
    modules = {name[:-3] for name in files if not name.startswith("_")}
    assert "shared" in modules
    tags = {t for item in spec["paths"].values() for op in item.values() if isinstance(op, dict) for t in op.get("tags", [])}
    expected = {generate.module_for_tag(t) for t in tags}
    groups = {generate.group_module(generate.tag_group(t)) for t in tags}
    assert {"chat", "beta_conversations", "workflows_executions", "beta_prompts", "fine_tuning_jobs"} <= expected
    assert {"shared_workflows", "shared_beta_observability"} <= modules - expected <= groups | {"shared"}
    group_of = {generate.module_for_tag(t): generate.group_module(generate.tag_group(t)) for t in tags}
    for module in modules:
        for level, name in _module_imports(files[f"{module}.py"]):
            if level == 2:
                assert name == "_models"
                continue
            assert level == 1 and module != "shared", (module, name)
            # a tag module imports shared and its area's shared module; an area's module imports shared
            assert name == "shared" or (name == group_of.get(module) and name != module), (module, name)
    assert _module_imports(files["_operations.py"]) == []
    assert "import " not in files["_operations.py"]


def test_module_assignment_follows_tag_reachability(spec):
    gen = generate.Generator(copy.deepcopy(spec))
    m = gen.module_of
    assert m["ChatCompletionRequest"] == "chat"
    assert m["ChatCompletionResponse"] == "shared"  # chat, fim and agents
    assert m["HTTPValidationError"] == "shared"
    reached: set[str] = set()
    todo = [d for _, roots in gen.op_roots.values() for d in roots]
    while todo:
        key = todo.pop()
        if key not in reached:
            reached.add(key)
            todo.extend(generate.collect_refs(gen.schemas[key], set()))
    assert {m[k] for k in set(gen.schemas) - reached} <= {"shared"}  # reached by no operation
    assert m["ConversationEvents"] == "beta_conversations"
    assert m["JobIn"] == "fine_tuning_jobs"  # the kept 2025 operations
    assert m["Document"] == "beta_libraries_documents"
    assert m["SpeechStreamAudioDelta"] == "audio_speech"  # hoisted from the response's local $defs
    assert m["ModelList"] == "models"
    assert m["TranscriptionStreamEvents"] == "audio_transcriptions"
    assert m["FilesApiRoutesUploadFileBody"] == "files"  # inline multipart body
    # closure: a schema only depends on its own module, its area's shared module, or shared
    for key, schema in gen.schemas.items():
        for dep in generate.collect_refs(schema, set()):
            assert m[dep] in gen.allowed(m[key]), (key, dep)
    assert m["ExecutionLogRecord"] in ("workflows_executions", "shared_workflows")
    assert generate.tag_group("beta.observability.datasets.records") == "beta_observability"
    assert generate.tag_group("events") == "workflows" and generate.tag_group("chat") == "chat"


def test_module_names_from_tags():
    assert generate.module_for_tag("beta.libraries.documents") == "beta_libraries_documents"
    assert generate.module_for_tag("deprecated.fine-tuning") == "fine_tuning"
    assert generate.module_for_tag("audio.transcriptions") == "audio_transcriptions"
    assert generate.module_for_tag("Chat") == "chat"


# --------------------------------------------------------------------------- a synthetic spec


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict) -> dict:
    return {"content": {"application/json": {"schema": schema}}}


SYNTHETIC = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/v1/things": {
            "post": {
                "operationId": "create_thing",
                "tags": ["things"],
                "requestBody": {"required": True, **_json(_ref("ThingIn"))},
                "responses": {"200": _json(_ref("Thing")), "422": _json(_ref("Problem"))},
            },
            "get": {
                "operationId": "list_things",
                "tags": ["things"],
                "parameters": [
                    {"name": "page", "in": "query", "required": False, "schema": {"type": "integer"}},
                    {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}},
                ],
                "responses": {"200": _json({"type": "array", "items": _ref("Thing")})},
            },
        },
        "/v1/things#stream": {
            "post": {
                "operationId": "stream_things",
                "tags": ["things"],
                "responses": {"200": {"content": {"text/event-stream": {"schema": _ref("Event")}}}},
            }
        },
        "/v1/things/{thing_id}/file": {
            "post": {
                "operationId": "upload_thing_file",
                "tags": ["deprecated.Thing-Files"],
                "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "properties": {"file": {"type": "string", "format": "binary"}, "label": {"type": "string"}},
                                "required": ["file"],
                            }
                        }
                    },
                },
                "responses": {"201": {"description": "created"}, "422": _json(_ref("Problem"))},
            },
            "get": {
                "operationId": "download_thing_file",
                "tags": ["deprecated.Thing-Files"],
                "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}},
            },
        },
    },
    "components": {
        "schemas": {
            "Problem": {"type": "object", "properties": {"detail": {"type": "string"}}},
            "Orphan": {"type": "object", "properties": {"part": _ref("Part")}},
            "Part": {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]},
            "Thing": {
                "type": "object",
                "description": "A thing.\n\nSecond paragraph is dropped.",
                "properties": {
                    "id": {"type": "string"},
                    "class": {"type": "string"},
                    "schema": {"type": "object"},
                    "foo-bar": {"type": "integer"},
                    "json": {"type": "boolean"},
                    "model_type": {"type": "string"},
                    "status": {"type": "string", "enum": ["on", "off"]},
                    "when": {"type": "string", "format": "date-time"},
                    "parts": {"type": "array", "items": _ref("Part")},
                    "shape": {
                        "oneOf": [_ref("Circle"), _ref("Square")],
                        "discriminator": {
                            "propertyName": "kind",
                            "mapping": {"circle": "#/components/schemas/Circle", "square": "#/components/schemas/Square"},
                        },
                    },
                    "children": {"type": "array", "items": _ref("Thing")},
                    "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "size": {"type": "number", "default": 1.5},
                },
                "required": ["id", "shape", "ghost"],
            },
            "Circle": {"type": "object", "properties": {"kind": {"type": "string"}, "r": {"type": "number"}}, "required": ["r"]},
            "Square": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["square"]}, "side": {"type": "number"}}},
            "ThingBase": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]},
            "ThingIn": {
                "allOf": [
                    _ref("ThingBase"),
                    {"type": "object", "properties": {"extra": {"type": "integer"}}, "required": ["extra"]},
                ]
            },
            "Event": {"type": "object", "properties": {"data": {"type": "string"}}},
        }
    },
}


@pytest.fixture
def synthetic(tmp_path):
    """Generate the synthetic spec into an importable throw-away package ``mkgen``."""
    pkg = tmp_path / "mkgen"
    (pkg / "types").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    shutil.copy(ROOT / "src" / "mistralkit" / "_models.py", pkg / "_models.py")
    files = generate.generate(copy.deepcopy(SYNTHETIC))
    generate.write(files, pkg / "types")
    sys.path.insert(0, str(tmp_path))
    try:
        yield importlib.import_module("mkgen.types"), files
    finally:
        sys.path.remove(str(tmp_path))
        for name in [n for n in sys.modules if n == "mkgen" or n.startswith("mkgen.")]:
            del sys.modules[name]


def test_synthetic_layout(synthetic):
    types, files = synthetic
    assert sorted(files) == ["__init__.py", "_operations.py", "shared.py", "thing_files.py", "things.py"]
    assert types._MODULES["Problem"] == "shared"  # two tags
    assert types._MODULES["Orphan"] == "shared"  # no operation
    assert types._MODULES["Part"] == "shared"  # one tag, but referenced from shared
    assert types._MODULES["Thing"] == "things"
    assert types._MODULES["UploadThingFileBody"] == "thing_files"
    assert types._MODULES["ListThingsResponse"] == "things"
    ops = importlib.import_module("mkgen.types._operations").OPERATIONS
    assert ops["stream_things"] == {
        "method": "POST",
        "path": "/v1/things",
        "tag": "things",
        "stream": True,
        "path_params": (),
        "query_params": (),
        "body": None,
        "body_content_type": None,
        "body_required": False,
        "success_status": 200,
        "response": "Event",
        "response_content_type": "text/event-stream",
        "event_response": "Event",
    }
    assert ops["list_things"]["query_params"] == (("page", False), ("q", True))
    assert ops["list_things"]["response"] == "ListThingsResponse"
    upload = ops["upload_thing_file"]
    assert (upload["body"], upload["body_content_type"], upload["success_status"], upload["response"]) == (
        "UploadThingFileBody",
        "multipart/form-data",
        201,
        None,
    )
    assert upload["path_params"] == ("thing_id",)
    download = ops["download_thing_file"]
    assert (download["response"], download["response_content_type"]) == (None, "application/octet-stream")


def test_synthetic_field_names_and_aliases(synthetic):
    types, _ = synthetic
    Thing = types.Thing
    fields = Thing.model_fields
    assert fields["class_"].alias == "class"
    assert fields["schema_"].alias == "schema"
    assert fields["json_"].alias == "json"
    assert fields["foo_bar"].alias == "foo-bar"
    assert "model_type" in fields and fields["model_type"].alias is None  # no BaseModel attribute shadowed
    assert "ghost" not in fields  # required but not a property
    assert {n for n, f in fields.items() if f.is_required()} == {"id", "shape"}
    assert fields["size"].default == 1.5
    assert Thing.__doc__ == "A thing."
    t = Thing.model_validate(
        {"id": "1", "class": "c", "schema": {}, "foo-bar": 2, "json": True, "shape": {"kind": "square", "side": 2}}
    )
    assert (t.class_, t.foo_bar, t.json_) == ("c", 2, True)
    assert t.model_dump(by_alias=True, exclude_unset=True) == {
        "id": "1", "class": "c", "schema": {}, "foo-bar": 2, "json": True, "shape": {"kind": "square", "side": 2.0},
    }  # fmt: skip
    # populate by python name too
    assert Thing(id="1", class_="x", shape={"kind": "circle", "r": 1}).class_ == "x"


def test_synthetic_callable_discriminator(synthetic):
    """Circle.kind is a plain string: the union is resolved by a callable discriminator."""
    types, files = synthetic
    assert "discriminated_by(" in files["things.py"]
    Thing = types.Thing
    circle = Thing(id="1", shape={"kind": "circle", "r": 2}).shape
    square = Thing(id="1", shape={"kind": "square", "side": 3}).shape
    assert type(circle).__name__ == "Circle" and circle.r == 2.0
    assert type(square).__name__ == "Square"
    assert type(Thing(id="1", shape=types.Circle(r=1)).shape).__name__ == "Circle"
    with pytest.raises(pydantic.ValidationError, match="kind"):
        Thing(id="1", shape={"kind": "hexagon"})
    models = importlib.import_module("mkgen._models")
    lenient = models.parse_obj(Thing, {"id": "1", "shape": {"kind": "hexagon", "n": 6}})
    assert lenient.shape == {"kind": "hexagon", "n": 6}


def test_synthetic_recursion_and_allof(synthetic):
    types, files = synthetic
    thing = types.Thing.model_validate(
        {"id": "a", "shape": {"kind": "circle", "r": 1}, "children": [{"id": "b", "shape": {"kind": "circle", "r": 2}}]}
    )
    assert isinstance(thing.children[0], types.Thing)
    assert '"list[Thing] | None"' in files["things.py"]  # self reference as a lazily resolved string
    types.ThingIn(name="n", extra=1)
    assert set(types.ThingIn.model_fields) == {"name", "extra"}
    with pytest.raises(pydantic.ValidationError):
        types.ThingIn(name="n")


def test_synthetic_binary_body(synthetic):
    types, _ = synthetic
    models = importlib.import_module("mkgen._models")
    body = models.validate_request(types.UploadThingFileBody, {"file": b"\xff\x00raw", "label": "x"})
    assert models.dump_request(body) == {"file": b"\xff\x00raw", "label": "x"}


def test_inline_objects_and_local_defs_become_named_models(tmp_path):
    spec = copy.deepcopy(SYNTHETIC)
    part = spec["components"]["schemas"]["Part"]
    part["properties"]["inline"] = {"type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"]}
    part["properties"]["many"] = {"type": "array", "items": {"type": "object", "properties": {"y": {"type": "string"}}}}
    part["properties"]["local"] = {"$ref": "#/$defs/Local"}
    part["$defs"] = {"Local": {"type": "object", "properties": {"z": {"type": "boolean"}}}}
    files = generate.generate(spec)
    shared = files["shared.py"]
    assert "class PartInline(BaseModel):" in shared and "class PartManyItem(BaseModel):" in shared
    assert "class Local(BaseModel):" in shared
    assert "inline: PartInline | None = None" in shared and "local: Local | None = None" in shared
    assert generate.generate(copy.deepcopy(spec)) == files  # still deterministic


def test_unsupported_constructs_fail_loudly(tmp_path, capsys):
    spec = copy.deepcopy(SYNTHETIC)
    spec["components"]["schemas"]["Part"]["properties"]["inline"] = True
    with pytest.raises(generate.GenerationError, match="Part.inline"):
        generate.generate(spec)
    spec_path = tmp_path / "spec.yaml"
    import yaml

    spec_path.write_text(yaml.safe_dump(spec))
    assert generate.main(["--spec", str(spec_path), "--out", str(tmp_path / "out")]) == 2
    assert not (tmp_path / "out").exists()
