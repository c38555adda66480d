"""Build ``spec/openapi.yaml``, the contract, from the current public spec plus the operations we keep.

The current Mistral API (``../shared/spec/mistral-openapi-2026-08.yaml``) no longer lists the five
``/v1/fine_tuning/jobs`` operations of the 2025 contract (``mistral-openapi-v1.yaml``); mistralkit keeps
them for users who still call them. They are copied in with every schema they reference that the current
spec lacks, and marked ``x-mistralkit-legacy: true``. A schema of the same name that the current spec
redefines keeps the current definition; the old one is copied under a ``Legacy`` prefix and the copied
operations point at it, so neither contract is bent.

    python tools/vendor_spec.py [--shared ../shared/spec] [--check]
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "spec" / "openapi.yaml"
CURRENT = "mistral-openapi-2026-08.yaml"
LEGACY = "mistral-openapi-v1.yaml"
LEGACY_PREFIX = "/v1/fine_tuning/jobs"
REF = "#/components/schemas/"


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF):
            found.add(ref[len(REF):])
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def _rewrite(node: Any, renames: dict[str, str]) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(REF) and value[len(REF):] in renames:
                out[key] = REF + renames[value[len(REF):]]
            else:
                out[key] = _rewrite(value, renames)
        return out
    if isinstance(node, list):
        return [_rewrite(v, renames) for v in node]
    return node


def build(shared: Path) -> dict[str, Any]:
    current = yaml.safe_load((shared / CURRENT).read_text(encoding="utf-8"))
    legacy = yaml.safe_load((shared / LEGACY).read_text(encoding="utf-8"))
    schemas = current["components"]["schemas"]
    old_schemas = legacy["components"]["schemas"]
    paths = {p: ops for p, ops in legacy["paths"].items() if p.startswith(LEGACY_PREFIX) and p not in current["paths"]}
    # Every schema the kept operations need, transitively.
    needed: set[str] = set()
    todo = list(_refs(paths))
    while todo:
        name = todo.pop()
        if name in needed:
            continue
        needed.add(name)
        todo.extend(_refs(old_schemas[name]))
    renames = {n: "Legacy" + n for n in needed if n in schemas and schemas[n] != old_schemas[n]}
    for name in sorted(needed):
        if name in schemas and name not in renames:
            continue
        target = renames.get(name, name)
        schema = _rewrite(copy.deepcopy(old_schemas[name]), renames)
        if "title" in schema and name in renames:
            schema["title"] = target
        schemas[target] = schema
    for path, ops in paths.items():
        ops = _rewrite(copy.deepcopy(ops), renames)
        for method, op in ops.items():
            if isinstance(op, dict) and "operationId" in op:
                op["x-mistralkit-legacy"] = True
                op["tags"] = ["fine_tuning.jobs"]
        current["paths"][path] = ops
    if not any(t.get("name") == "fine_tuning.jobs" for t in current.get("tags", [])):
        current.setdefault("tags", []).append(
            {"name": "fine_tuning.jobs", "description": "Fine-tuning jobs of the 2025 API, kept by mistralkit."}
        )
    return current


def render(spec: dict[str, Any]) -> str:
    header = (
        "# The contract of mistralkit: the current Mistral API spec plus the five /v1/fine_tuning/jobs\n"
        "# operations of the 2025 spec (x-mistralkit-legacy). Built by tools/vendor_spec.py; do not edit.\n"
    )
    return header + yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=120)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "spec")
    parser.add_argument("--check", action="store_true", help="exit 1 if spec/openapi.yaml is stale")
    args = parser.parse_args()
    text = render(build(args.shared))
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print("spec/openapi.yaml is stale: run python tools/vendor_spec.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
