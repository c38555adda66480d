"""The copy of spec/openapi.yaml that Prism serves: the vendored spec plus the smallest errata Prism needs.

Each erratum is a function changing the spec in place, with the reason Prism needs it. No erratum
removes an operation or loosens what a request must satisfy; the test that every operation is served
(``test_all_operations.py``) would notice a removed one.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, Callable

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC = REPO_ROOT / "spec" / "openapi.yaml"


def local_defs_to_components(spec: dict[str, Any]) -> None:
    """The speech response schema keeps its own ``$defs`` and refers to them as ``#/$defs/...``; Prism
    resolves such a pointer from the document root, where it does not exist, and refuses to load the spec.
    The definitions move to ``components.schemas`` (the same transformation the type generator makes)."""
    sys.path.insert(0, str(REPO_ROOT / "tools"))
    try:
        from generate import hoist_defs
    finally:
        sys.path.remove(str(REPO_ROOT / "tools"))
    hoist_defs(spec)


def fragment_paths_merged(spec: dict[str, Any]) -> None:
    """Two path keys differ only by a ``#fragment`` (``/v1/connectors/{connector_id_or_name}#idOrName`` and
    ``/v1/connectors/{connector_id}#id``): clients send the path without it, but Prism keeps the fragment
    in its routes and answers 404. The keys lose their fragment; items with the same template merge, the
    later ones' path parameter renamed to the first one's name (a name the client never sends)."""
    paths: dict[str, Any] = {}
    by_template: dict[str, str] = {}
    for key, item in spec["paths"].items():
        path = key.split("#", 1)[0] if "#" in key and not key.endswith("#stream") else key
        template = re.sub(r"{[^}]+}", "{}", path)
        if path != key and template in by_template and by_template[template] != path:
            first = by_template[template]
            old, new = re.findall(r"{([^}]+)}", path), re.findall(r"{([^}]+)}", first)
            for op in item.values():
                for param in op.get("parameters", []) if isinstance(op, dict) else []:
                    if param.get("in") == "path" and param["name"] in old:
                        param["name"] = new[old.index(param["name"])]
            path = first
        by_template.setdefault(template, path)
        paths.setdefault(path, {}).update(item)
    spec["paths"] = paths


def prefix_items_given_items(spec: dict[str, Any]) -> None:
    """Prism's response faker fails on a tuple schema (``prefixItems`` without ``items``: "missing items",
    500). Such arrays get ``items`` accepting any of their prefix items; requests are not concerned."""

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if "prefixItems" in node and "items" not in node:
                node["items"] = {"anyOf": list(node["prefixItems"])}
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(spec)


ERRATA: list[Callable[[dict[str, Any]], None]] = [local_defs_to_components, fragment_paths_merged, prefix_items_given_items]


def served_spec(directory: Path) -> Path:
    """Write the spec Prism serves into ``directory`` and return its path."""
    spec = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    for erratum in ERRATA:
        erratum(spec)
    path = directory / "openapi.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path
