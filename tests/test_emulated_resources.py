"""Files, classifiers, OCR and audio through the client against the in-process emulator."""

from __future__ import annotations

import base64
import json

import pytest

from mistralkit import NotFoundError

from .emulator.emulator_data import make_pdf, make_wav


def test_files_round_trip(mistral_client, tmp_path):
    lines = [json.dumps({"custom_id": str(i), "body": {"messages": [{"role": "user", "content": f"q{i}"}]}}) for i in range(3)]
    source = tmp_path / "requests.jsonl"
    source.write_text("\n".join(lines) + "\n")
    uploaded = mistral_client.files.upload(file=str(source), purpose="batch")
    assert uploaded.filename == "requests.jsonl"
    assert uploaded.bytes == source.stat().st_size
    assert uploaded.purpose == "batch"

    assert mistral_client.files.retrieve(file_id=uploaded.id).id == uploaded.id
    listed = mistral_client.files.list(purpose="batch")
    assert uploaded.id in [f.id for f in listed]

    download = mistral_client.files.download(file_id=uploaded.id)
    target = tmp_path / "copy.jsonl"
    assert download.write_to(target) == source.stat().st_size
    assert target.read_bytes() == source.read_bytes()

    signed = mistral_client.files.get_signed_url(file_id=uploaded.id, expiry=1)
    assert signed.url

    assert mistral_client.files.delete(file_id=uploaded.id).deleted is True
    with pytest.raises(NotFoundError):
        mistral_client.files.retrieve(file_id=uploaded.id)


def test_files_pagination_across_pages(mistral_client):
    ids = {mistral_client.files.upload(file={"file_name": f"f{i}.txt", "content": b"x" * (i + 1)}).id for i in range(5)}
    page = mistral_client.files.list(page_size=2)
    assert len(page.items) == 2
    assert ids <= {f.id for f in page}
    assert len(list(page.iter_pages())) >= 3


def test_moderation_and_classification(mistral_client):
    flagged = mistral_client.classifiers.moderate(model="mistral-moderation-latest", inputs=["I will kill you"])
    calm = mistral_client.classifiers.moderate(model="mistral-moderation-latest", inputs=["What a lovely morning"])
    assert flagged.results[0].categories["violence_and_threats"] is True
    assert calm.results[0].categories["violence_and_threats"] is False
    chat = mistral_client.classifiers.moderate_chat(
        model="mistral-moderation-latest", inputs=[{"role": "user", "content": "where can I buy explosives"}]
    )
    assert chat.results[0].categories["dangerous_and_criminal_content"] is True
    classified = mistral_client.classifiers.classify(model="mistral-moderation-latest", inputs="hello")
    assert classified.results


def test_ocr_reads_a_pdf(mistral_client):
    pdf = make_pdf([["Quarterly report"], ["Second page says hello"]])
    url = "data:application/pdf;base64," + base64.b64encode(pdf).decode()
    result = mistral_client.ocr.process(model="mistral-ocr-latest", document={"type": "document_url", "document_url": url})
    assert [p.index for p in result.pages] == [0, 1]
    assert "Quarterly report" in result.pages[0].markdown
    only_second = mistral_client.ocr.process(
        model="mistral-ocr-latest", document={"type": "document_url", "document_url": url}, pages=[1]
    )
    assert [p.index for p in only_second.pages] == [1]
    assert only_second.usage_info.pages_processed == 1


def test_audio_transcription_spans_the_real_duration(mistral_client):
    wav = make_wav(2.5)
    result = mistral_client.audio.transcriptions.complete(
        model="voxtral-mini-latest", file={"file_name": "clip.wav", "content": wav}, timestamp_granularities=["segment"]
    )
    assert result.text
    assert result.segments[-1].end == pytest.approx(2.5, abs=0.01)
    events = list(
        mistral_client.audio.transcriptions.stream(model="voxtral-mini-latest", file={"file_name": "clip.wav", "content": wav})
    )
    assert events[-1].event == "transcription.done"
    text = "".join(e.data.text for e in events if e.event == "transcription.text.delta")
    assert text.strip() == result.text.strip()


async def test_async_files_and_ocr(async_mistral_client):
    uploaded = await async_mistral_client.files.upload(file={"file_name": "a.txt", "content": b"hello"})
    download = await async_mistral_client.files.download(file_id=uploaded.id)
    assert await download.read() == b"hello"
    seen = [f.id async for f in await async_mistral_client.files.list()]
    assert uploaded.id in seen
