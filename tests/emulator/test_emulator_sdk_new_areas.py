"""The official SDK (``mistralai`` 3.7) drives the new areas of the emulator without an error."""

from __future__ import annotations

import base64
import io

import pytest

mistralai_client = pytest.importorskip("mistralai.client")
av = pytest.importorskip("av")

from mistralkit.emulator import BackgroundServer  # noqa: E402


@pytest.fixture(scope="module")
def sdk():  # type: ignore[no-untyped-def]
    with BackgroundServer(job_speed=1000.0) as server:
        with mistralai_client.Mistral(api_key="sdk-key", server_url=server.url) as client:
            yield client


def test_speech_and_voices(sdk) -> None:  # type: ignore[no-untyped-def]
    speech = sdk.audio.speech.complete(input="Hello from the official SDK", response_format="wav")
    audio = base64.b64decode(speech.audio_data)
    with av.open(io.BytesIO(audio)) as container:
        assert container.format.name == "wav"
    voice = sdk.audio.voices.create(name="Narrator", sample_audio=speech.audio_data, languages=["en"])
    assert sdk.audio.voices.get(voice_id=voice.id).name == "Narrator"
    assert sdk.audio.voices.update(voice_id=voice.id, name="Teller").name == "Teller"
    assert [v.id for v in sdk.audio.voices.list().items] == [voice.id]
    sdk.audio.voices.delete(voice_id=voice.id)


def test_prompts(sdk) -> None:  # type: ignore[no-untyped-def]
    prompt = sdk.beta.prompts.create(name="greeting", definition={"content": "Hello {name}"}, aliases=["prod"])
    assert prompt.version == 1
    created = sdk.beta.prompts.create_version(prompt_id=prompt.id, definition={"content": "Hi {name}"})
    assert created.version == 2
    assert sdk.beta.prompts.get(prompt_id=prompt.id).definition.content == "Hi {name}"
    assert [v.version for v in sdk.beta.prompts.list_versions(prompt_id=prompt.id).data] == [1, 2]
    sdk.beta.prompts.delete(prompt_id=prompt.id)


def test_observability_judges(sdk) -> None:  # type: ignore[no-untyped-def]
    judge = sdk.beta.observability.judges.create(
        name="Politeness",
        description="Is the answer polite?",
        model_name="mistral-small-latest",
        output={"type": "CLASSIFICATION", "options": [{"value": "yes", "description": "polite"}]},
        instructions="Say yes when polite.",
        tools=[],
    )
    assert sdk.beta.observability.judges.fetch(judge_id=judge.id).name == "Politeness"
    sdk.beta.observability.judges.delete(judge_id=judge.id)


def test_observability_datasets(sdk) -> None:  # type: ignore[no-untyped-def]
    datasets = sdk.beta.observability.datasets
    dataset = datasets.create(name="Support answers", description="Graded replies")
    fetched = datasets.fetch(dataset_id=dataset.id)
    assert (fetched.name, fetched.slug) == ("Support answers", dataset.slug)
    record = datasets.create_record(dataset_id=dataset.id, payload={"messages": []}, properties={"grade": "A"})
    assert record.dataset_id == dataset.id
    assert record.id in [r.id for r in datasets.list_records(dataset_id=dataset.id).records.results]
    datasets.delete(dataset_id=dataset.id)


def test_workflow_execution(sdk) -> None:  # type: ignore[no-untyped-def]
    started = sdk.workflows.execute_workflow(workflow_identifier="invoice-check", input={"invoice": "A-1"})
    done = sdk.workflows.wait_for_workflow_completion(started.execution_id, polling_interval=0)
    assert done.status == "COMPLETED"
    assert sdk.workflows.executions.get_workflow_execution(execution_id=started.execution_id).status == "COMPLETED"
