"""Write ``tests/official_gaps.json``: what of the official SDK's method surface mistralkit still lacks.

    python tools/official_gaps.py [--check]

Runs the check of ``tests/test_parity_official.py`` over ``spec/official_sdk.json`` and records each
missing method (``"name"``) or keyword (``"name(keyword)"``) with the reason, so the test fails on
anything new that goes missing and on any listed gap that has been closed. Review the diff: the file
is the honest list of what a ported program cannot use yet.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "official_gaps.json"


def reasons() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "src"))
    spec = importlib.util.spec_from_file_location("parity_check", ROOT / "tests" / "test_parity_official.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from mistralkit.types._operations import OPERATIONS

    methods = {m["name"]: m for m in module.SURFACE["methods"]}
    twins = {m["async"]: m for m in module.SURFACE["methods"] if m.get("async")}
    out = {}
    for key, problem in sorted(module.find_gaps().items()):
        name = key.split("(")[0]
        method = methods.get(name) or twins.get(name) or {}
        operation = method.get("operation_id")
        if "(" in key:
            out[key] = f"{problem} by {name} ({'operation ' + operation if operation else 'an official helper'})"
        elif problem != "missing":
            out[key] = f"{problem}: the official SDK's {name} is awaited, even on its sync client"
        elif not operation:
            out[key] = f"{problem}: an official helper outside the API operations, not provided"
        elif operation not in OPERATIONS:
            out[key] = f"{problem}: operation {operation} is not in the public API spec mistralkit implements"
        else:
            out[key] = f"{problem}: operation {operation} has no method yet"
    return out


def main(argv: list[str]) -> int:
    text = json.dumps(reasons(), indent=1, sort_keys=True) + "\n"
    if "--check" in argv:
        return 0 if OUT.read_text() == text else 1
    OUT.write_text(text)
    print(f"wrote {OUT.relative_to(ROOT)}: {text.count(chr(10)) - 2} gaps")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
