"""Write ``spec/official_sdk.json``: the public method surface of the official ``mistralai`` SDK client.

The official SDK is read, never imported: its modules are parsed with ``ast``. Starting at the
``Mistral`` class, every namespace reachable from it (``_sub_sdk_map``, ``_init_sdks`` assignments and
``@property`` accessors that return a namespace object) is visited, and each public method is recorded
with its parameters (name, required, annotation as written), its ``*_async`` twin and the API
``operation_id`` its body passes to the request hook. The JSON is data only; regenerate it with

    python tools/official_surface.py [--sdk PATH/TO/mistralai] [--check]

``--sdk`` defaults to the ``mistralai`` package importable by this interpreter (e.g. a throw-away venv
with ``pip install mistralai==3.7.0``) or ``/tmp/sdk/sdk/mistralai`` (an unpacked wheel).
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "spec" / "official_sdk.json"
FALLBACK = Path("/tmp/sdk/sdk/mistralai")
SKIP_METHODS = {"dynamic_import"}  # loader plumbing of the SDK, not API surface


class Surface:
    def __init__(self, package: Path) -> None:
        self.package = package  # the directory of the ``mistralai`` package
        self._trees: dict[str, ast.Module] = {}

    # ------------------------------------------------------------------ modules and classes

    def tree(self, module: str) -> ast.Module | None:
        if module not in self._trees:
            parts = module.split(".")
            assert parts[0] == "mistralai", module
            base = self.package.joinpath(*parts[1:])
            for candidate in (base.with_suffix(".py"), base / "__init__.py"):
                if candidate.is_file():
                    self._trees[module] = ast.parse(candidate.read_text(encoding="utf-8"))
                    break
            else:
                return None
        return self._trees[module]

    def find_class(self, module: str, name: str) -> tuple[str, ast.ClassDef] | None:
        tree = self.tree(module)
        if tree is None:
            return None
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == name:
                return module, node
        # re-exported: follow ``from x import name`` (also inside ``if TYPE_CHECKING:``)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    if (alias.asname or alias.name) == name:
                        target = self._absolute(module, node)
                        return self.find_class(target, alias.name)
        return None

    def _absolute(self, module: str, node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        is_package = self.package.joinpath(*module.split(".")[1:], "__init__.py").is_file()
        parts = module.split(".")
        base = parts if is_package else parts[:-1]
        base = base[: len(base) - (node.level - 1)]
        return ".".join(base + ([node.module] if node.module else []))

    def resolve(self, module: str, name: str) -> tuple[str, ast.ClassDef] | None:
        """A class name as seen from ``module``: defined there or imported (lazily too)."""
        found = self.find_class(module, name)
        if found is not None:
            return found
        tree = self.tree(module)
        assert tree is not None
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if (alias.asname or alias.name) == name:
                        return self.find_class(self._absolute(module, node), alias.name)
        return None

    # ------------------------------------------------------------------ namespaces

    def children(self, module: str, cls: ast.ClassDef) -> dict[str, tuple[str, ast.ClassDef]]:
        found: dict[str, tuple[str, ast.ClassDef]] = {}
        for node in cls.body:
            # _sub_sdk_map = {"name": ("module", "Class"), ...}
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "_sub_sdk_map" for t in node.targets
            ):
                mapping = ast.literal_eval(node.value)
                for attr, (mod, clsname) in mapping.items():
                    target = self.find_class(mod, clsname)
                    if target is not None:
                        found[attr] = target
            # def _init_sdks(self): self.name = Class(...)
            if isinstance(node, ast.FunctionDef) and node.name == "_init_sdks":
                for stmt in ast.walk(node):
                    if (
                        isinstance(stmt, ast.Assign)
                        and isinstance(stmt.targets[0], ast.Attribute)
                        and isinstance(stmt.targets[0].value, ast.Name)
                        and stmt.targets[0].value.id == "self"
                        and isinstance(stmt.value, ast.Call)
                        and isinstance(stmt.value.func, ast.Name)
                    ):
                        target = self.resolve(module, stmt.value.func.id)
                        if target is not None:
                            found[stmt.targets[0].attr] = target
            # @property def name(self) -> "Class": a namespace built on first use
            if (
                isinstance(node, ast.FunctionDef)
                and not node.name.startswith("_")
                and any(isinstance(d, ast.Name) and d.id == "property" for d in node.decorator_list)
                and node.returns is not None
            ):
                ret = node.returns
                name = ret.value if isinstance(ret, ast.Constant) else ast.unparse(ret)
                if isinstance(name, str) and name.isidentifier():
                    target = self.resolve(module, name)
                    if target is None:
                        for sub in ast.walk(node):
                            if isinstance(sub, ast.ImportFrom):
                                for alias in sub.names:
                                    if (alias.asname or alias.name) == name:
                                        target = self.find_class(self._absolute(module, sub), alias.name)
                    if target is not None:
                        found[node.name] = target
        return found

    def methods(self, cls: ast.ClassDef) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
        out: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
        for node in cls.body:
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if node.name.startswith("_") or node.name in SKIP_METHODS:
                continue
            if any(isinstance(d, ast.Name) and d.id in ("property", "staticmethod") for d in node.decorator_list):
                continue
            if any(isinstance(d, ast.Attribute) and d.attr in ("setter", "getter") for d in node.decorator_list):
                continue
            out[node.name] = node
        return out


def _params(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[dict[str, Any]]:
    args = fn.args
    params: list[dict[str, Any]] = []
    positional = args.posonlyargs + args.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for arg, default in zip(positional, defaults):
        if arg.arg in ("self", "cls"):
            continue
        params.append(_param(arg, default, "positional"))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        params.append(_param(arg, default, "keyword"))
    if args.kwarg is not None:
        params.append({"name": "**" + args.kwarg.arg, "required": False, "kind": "var_keyword", "annotation": None})
    return params


def _param(arg: ast.arg, default: ast.expr | None, kind: str) -> dict[str, Any]:
    return {
        "name": arg.arg,
        "required": default is None,
        "kind": kind,
        "annotation": " ".join(ast.unparse(arg.annotation).split()) if arg.annotation is not None else None,
        "default": None if default is None else ast.unparse(default),
    }


def _operation_ids(fn: ast.AST) -> list[str]:
    ids: list[str] = []
    for node in ast.walk(fn):
        if isinstance(node, ast.keyword) and node.arg == "operation_id" and isinstance(node.value, ast.Constant):
            if node.value.value not in ids:
                ids.append(node.value.value)
    return ids


def collect(package: Path) -> dict[str, Any]:
    surface = Surface(package)
    root = surface.find_class("mistralai.client.sdk", "Mistral")
    if root is None:
        raise SystemExit(f"{package}: no mistralai.client.sdk.Mistral")
    namespaces: dict[str, dict[str, Any]] = {}
    methods: list[dict[str, Any]] = []
    todo: list[tuple[str, str, ast.ClassDef]] = [("", *root)]
    seen: set[str] = set()
    while todo:
        path, module, cls = todo.pop(0)
        if path in seen:
            continue
        seen.add(path)
        namespaces[path or "<client>"] = {"class": cls.name, "module": module}
        found = surface.methods(cls)
        for name in sorted(found):
            if name.endswith("_async") and name[: -len("_async")] in found:
                continue  # recorded with its sync twin
            fn = found[name]
            twin = found.get(name + "_async")
            methods.append(
                {
                    "name": f"{path}.{name}" if path else name,
                    "async": f"{path}.{name}_async" if path and twin is not None else (name + "_async" if twin else None),
                    "is_coroutine": isinstance(fn, ast.AsyncFunctionDef),
                    "operation_id": (_operation_ids(fn) or [None])[0],
                    "operation_ids": _operation_ids(fn),
                    "params": _params(fn),
                }
            )
        for attr, (mod, child) in sorted(surface.children(module, cls).items()):
            todo.append((f"{path}.{attr}" if path else attr, mod, child))
    version = "unknown"
    for version_module in ("mistralai.client._version", "mistralai._version"):
        version_tree = surface.tree(version_module)
        if version_tree is None:
            continue
        for node in version_tree.body:
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0] if isinstance(node, ast.Assign) else None
            if isinstance(target, ast.Name) and target.id == "__version__" and node.value is not None:
                version = ast.literal_eval(node.value)
        break
    methods.sort(key=lambda m: m["name"])
    return {
        "sdk": "mistralai",
        "version": version,
        "generated_by": "tools/official_surface.py",
        "namespaces": dict(sorted(namespaces.items())),
        "methods": methods,
    }


def _default_package() -> Path:
    spec = importlib.util.find_spec("mistralai")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return FALLBACK


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sdk", type=Path, default=None, help="directory of the mistralai package")
    parser.add_argument("--check", action="store_true", help="exit 1 if spec/official_sdk.json is stale")
    args = parser.parse_args(argv)
    package = args.sdk or _default_package()
    if not (package / "client" / "sdk.py").is_file():
        print(f"{package}: not the mistralai package (no client/sdk.py)", file=sys.stderr)
        return 2
    text = render(collect(package))
    if args.check:
        if not OUT.is_file() or OUT.read_text(encoding="utf-8") != text:
            print("spec/official_sdk.json is stale: run python tools/official_surface.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
