"""Every public method of the official SDK 3.7 (``spec/official_sdk.json``) exists on ``Mistral``, with
its ``*_async`` twin and every keyword argument the official method accepts.

``tests/official_gaps.json`` lists what is known to be missing, each with the reason; anything else
missing fails the test, and so does a listed gap that is no longer missing (keep the list true):
after adding methods, run ``python tools/official_gaps.py`` and review the diff. The surface itself
comes from ``python tools/official_surface.py``.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any

from mistralkit import Mistral
from mistralkit._request import OPTION_NAMES

ROOT = Path(__file__).resolve().parent.parent
SURFACE = json.loads((ROOT / "spec" / "official_sdk.json").read_text())
GAPS: dict[str, str] = json.loads((Path(__file__).parent / "official_gaps.json").read_text())


def _resolve(client: Any, dotted: str) -> Any:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def find_gaps() -> dict[str, str]:
    """``"method"`` or ``"method(keyword)"`` -> what is wrong, for the whole official surface."""
    client = Mistral(api_key="parity-check", server_url="https://api.test")
    found: dict[str, str] = {}
    for method in SURFACE["methods"]:
        name = method["name"]
        try:
            sync = _resolve(client, name)
        except AttributeError:
            found[name] = "missing"
            continue
        # A sync method may also answer in the async form inside a running event loop (it says so with
        # a mark): official programs await it even on the sync client.
        awaitable = inspect.iscoroutinefunction(sync) or getattr(sync, "__mistralkit_awaitable__", False)
        if method["is_coroutine"] and not awaitable:
            found[name] = "not a coroutine function"
        twin_name = method.get("async")
        if twin_name:
            try:
                twin = _resolve(client, twin_name)
            except AttributeError:
                found[twin_name] = "missing"
            else:
                if not callable(twin):
                    found[twin_name] = "not callable"
        found.update(_parameter_gaps(name, method["params"], inspect.signature(sync)))
    return found


def _parameter_gaps(name: str, official: list[dict[str, Any]], signature: inspect.Signature) -> dict[str, str]:
    parameters = signature.parameters
    var_keyword = next((p for p in parameters.values() if p.kind is inspect.Parameter.VAR_KEYWORD), None)
    # ``**options: Unpack[RequestOptions]`` takes the per-call options only; a plain ``**kwargs`` anything.
    only_options = var_keyword is not None and "RequestOptions" in str(var_keyword.annotation)
    positional = [
        p.name for p in parameters.values()
        if p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]  # fmt: skip
    gaps = {}
    official_positional = [p["name"] for p in official if p["kind"] == "positional"]
    for param in official:
        keyword = param["name"]
        if param["kind"] == "var_keyword":
            if var_keyword is None or only_options:
                gaps[f"{name}(**{keyword})"] = "arbitrary keywords not accepted"
            continue
        if param["kind"] == "positional" and param["required"]:  # what programs pass by position
            index = official_positional.index(keyword)
            if index >= len(positional) or positional[index] != keyword:
                gaps[f"{name}({keyword})"] = f"not accepted as positional argument {index + 1}"
                continue
        if keyword in parameters and parameters[keyword].kind is not inspect.Parameter.POSITIONAL_ONLY:
            continue
        if var_keyword is not None and (not only_options or keyword in OPTION_NAMES):
            continue
        gaps[f"{name}({keyword})"] = "keyword not accepted"
    return gaps


def test_official_surface_data_is_there() -> None:
    assert SURFACE["sdk"] == "mistralai" and SURFACE["version"].startswith("3.7")
    assert len(SURFACE["methods"]) > 250


def test_no_official_method_or_keyword_is_missing_beyond_the_known_gaps() -> None:
    found = find_gaps()
    unexplained = sorted(set(found) - set(GAPS))
    assert unexplained == [], f"{len(unexplained)} official methods/keywords missing: {unexplained[:40]}"


def test_known_gaps_are_still_gaps() -> None:
    fixed = sorted(set(GAPS) - set(find_gaps()))
    assert fixed == [], f"remove these from tests/official_gaps.json, they work now: {fixed[:40]}"


def test_twins_mirror_their_sync_method_signature() -> None:
    client = Mistral(api_key="parity-check", server_url="https://api.test")
    checked = 0
    for method in SURFACE["methods"]:
        twin_name = method.get("async")
        if not twin_name or method["name"] in GAPS or twin_name in GAPS:
            continue
        sync, twin = _resolve(client, method["name"]), _resolve(client, twin_name)
        if inspect.iscoroutinefunction(twin):
            assert list(inspect.signature(twin).parameters) == list(inspect.signature(sync).parameters), twin_name
            checked += 1
    assert checked > 50
