"""tools/vendor_spec.py: the committed contract is exactly what the script builds from the shared specs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CANDIDATES = [ROOT.parent / "shared" / "spec", ROOT.parent.parent / "shared" / "spec"]
SHARED = next((p for p in CANDIDATES if (p / "mistral-openapi-2026-08.yaml").is_file()), None)


@pytest.mark.skipif(SHARED is None, reason="../shared/spec (the upstream specs) is not present")
def test_vendored_spec_is_fresh():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "vendor_spec.py"), "--shared", str(SHARED), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr


def test_vendored_spec_keeps_the_legacy_fine_tuning_jobs():
    import yaml

    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    ops = {
        op["operationId"]: op
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert len(ops) == 293
    legacy = sorted(k for k, op in ops.items() if op.get("x-mistralkit-legacy"))
    assert len(legacy) == 5 and all(k.startswith("jobs_api_routes_fine_tuning_") for k in legacy), legacy
