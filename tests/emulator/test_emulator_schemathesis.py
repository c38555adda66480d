"""A bounded property-based run of schemathesis against the emulator over HTTP.

For every operation of the contract (with the documented errata applied), schemathesis generates
valid requests and invalid ones; the emulator must never answer 5xx, and every response it
documents must match its schema and content type.  The hand-written areas get more examples than
the operations the resource engine serves (one code path, tested in
test_emulator_resource_engine.py), to keep the run short on a small machine.
"""

from __future__ import annotations

import copy
import os

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
)

from mistralkit.emulator import BackgroundServer, implemented_operations  # noqa: E402
from mistralkit.emulator.app import HANDLERS  # noqa: E402

from .emulator_contract import patched_spec  # noqa: E402

EXAMPLES = int(os.environ.get("MISTRALKIT_SCHEMATHESIS_EXAMPLES", "8"))
ENGINE_EXAMPLES = int(os.environ.get("MISTRALKIT_SCHEMATHESIS_ENGINE_EXAMPLES", "3"))



def _fuzz_spec() -> dict:
    # The contract describes an SSE event's `data` as an object; on the wire it is a JSON text, which
    # schemathesis validates as a string. Event payloads are checked by the emulator's own contract
    # tests (JSON-decoded), so here an event-stream body is only required to be an event stream.
    spec = copy.deepcopy(patched_spec())
    for item in spec["paths"].values():
        for operation in item.values():
            for response in operation.get("responses", {}).values():
                if "text/event-stream" in response.get("content", {}):
                    response["content"]["text/event-stream"] = {"schema": {}}
    return spec


_all = schemathesis.openapi.from_dict(_fuzz_spec()).include(operation_id=implemented_operations())
OPERATIONS = [result.ok() for result in _all.get_all_operations()]


def _examples(operation) -> int:  # type: ignore[no-untyped-def]
    return EXAMPLES if operation.definition.raw["operationId"] in HANDLERS else ENGINE_EXAMPLES


@pytest.fixture(scope="module")
def emulator_url():
    with BackgroundServer(job_speed=1000.0) as server:
        yield server.url


def test_every_operation_is_fuzzed() -> None:
    assert len(OPERATIONS) == 293


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda m: m.value)
def test_emulator_conforms(operation, mode, emulator_url) -> None:  # type: ignore[no-untyped-def]
    @settings(
        max_examples=_examples(operation),
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(operation.as_strategy(generation_mode=mode))
    def run(case):  # type: ignore[no-untyped-def]
        response = case.call(base_url=emulator_url, headers={"Authorization": "Bearer fuzz"}, timeout=30)
        case.validate_response(
            response,
            checks=[not_a_server_error, response_schema_conformance, content_type_conformance],
        )

    run()
