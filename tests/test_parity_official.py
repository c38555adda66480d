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
        if method["is_coroutine"] and not inspect.iscoroutinefunction(sync):
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
        parameters = inspect.signature(sync).parameters
        takes_options = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
        for param in method["params"]:
            keyword = param["name"]
            if keyword in parameters and parameters[keyword].kind is not inspect.Parameter.POSITIONAL_ONLY:
                continue
            if takes_options and keyword in OPTION_NAMES:
                continue
            found[f"{name}({keyword})"] = "keyword not accepted"
    return found


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
