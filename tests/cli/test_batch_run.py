"""``mistralkit batch run`` output lines are the job's own result records: id, custom_id, real status, body, error."""

from __future__ import annotations

import json

from mistralkit.cli import exit_codes
from mistralkit.testing import emulated_client, emulator_app

MODEL = "mistral-small-latest"


def _write(tmp_path, lines):
    path = tmp_path / "requests.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def _job_records(emulator_dir):
    """Every batch job with its result records, downloaded with the library: {job id: (job, {custom_id: record})}."""
    app = emulator_app(data_dir=str(emulator_dir))
    found = {}
    try:
        with emulated_client(app) as client:
            for job in client.batch.jobs.list():
                records = {}
                for file_id in (job.output_file, job.error_file):
                    if file_id:
                        for line in client.files.download(file_id=file_id).text.splitlines():
                            if line.strip():
                                record = json.loads(line)
                                records[record["custom_id"]] = record
                found[job.id] = (job, records)
    finally:
        app.state.emulator.close()
    return found


def _lines(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


LINES = [
    {"custom_id": "zeta", "body": {"messages": [{"role": "user", "content": "first"}], "max_tokens": 4}},
    {"messages": [{"role": "user", "content": "second, a bare body"}], "max_tokens": 3},
    {"custom_id": "alpha", "body": {"messages": "not a list"}},  # the endpoint rejects it: an error record
    {"custom_id": "mid", "body": {"messages": [{"role": "user", "content": "fourth"}], "max_tokens": 2}},
]


def test_each_output_line_is_the_jobs_result_record(mk, tmp_path, emulator_dir):
    out = tmp_path / "results.jsonl"
    result = mk("batch", "run", str(_write(tmp_path, LINES)), "--model", MODEL, "--out", str(out))
    assert result.code == 0, result.err
    lines = _lines(out)
    ((job, records),) = _job_records(emulator_dir).values()
    assert job.output_file and job.error_file and (job.succeeded_requests, job.failed_requests) == (3, 1)
    assert [line["custom_id"] for line in lines] == ["zeta", "1", "alpha", "mid"]  # input order
    assert lines == [records[custom_id] for custom_id in ("zeta", "1", "alpha", "mid")]
    for line in lines:
        assert list(line)[:4] == ["id", "custom_id", "response", "error"]
        assert line["id"].startswith("batch-")
    assert len({line["id"] for line in lines}) == 4
    assert [line["response"]["status_code"] for line in lines] == [200, 200, 422, 200]
    failed = lines[2]
    assert failed["error"]["message"] and failed["response"]["body"]["message"]
    assert [line["error"] for line in lines if line is not failed] == [None, None, None]
    assert lines[0]["response"]["body"]["usage"]["completion_tokens"] == 4
    # Without --out, the same records go to stdout.
    again = mk("batch", "run", str(_write(tmp_path, LINES)), "--model", MODEL)
    assert again.code == 0, again.err
    jobs = _job_records(emulator_dir)
    (second,) = set(jobs) - {job.id}
    assert again.lines() == [jobs[second][1][custom_id] for custom_id in ("zeta", "1", "alpha", "mid")]
    assert all(line["id"].startswith(f"batch-{second}-") for line in again.lines())  # the second job's own ids


def test_a_resumed_run_writes_the_jobs_result_records(mk, tmp_path, emulator_dir, monkeypatch):
    requests = _write(tmp_path, LINES)
    state = tmp_path / "run.json"
    out = tmp_path / "results.jsonl"
    monkeypatch.setenv("MISTRALKIT_EMULATOR_JOB_SPEED", "0.01")  # queued for about 100 s
    first = mk("batch", "run", str(requests), "-m", MODEL, "--state", str(state), "--out", str(out), "--timeout", "0.3")
    assert first.code == exit_codes.JOB_FAILED and out.read_text() == ""

    monkeypatch.setenv("MISTRALKIT_EMULATOR_JOB_SPEED", "200")
    second = mk("batch", "run", str(requests), "-m", MODEL, "--state", str(state), "--out", str(out))
    assert second.code == 0, second.err
    ((job, records),) = _job_records(emulator_dir).values()  # one job: nothing was submitted again
    lines = _lines(out)
    assert lines == [records[custom_id] for custom_id in ("zeta", "1", "alpha", "mid")]
    assert [line["response"]["status_code"] for line in lines] == [200, 200, 422, 200]
    assert all(line["id"].startswith(f"batch-{job.id}-") for line in lines)


def test_requests_a_cancelled_job_never_ran_have_no_record(mk, tmp_path, emulator_dir, monkeypatch):
    requests = _write(tmp_path, LINES[:2])
    state = tmp_path / "run.json"
    out = tmp_path / "results.jsonl"
    monkeypatch.setenv("MISTRALKIT_EMULATOR_JOB_SPEED", "0.01")
    first = mk("batch", "run", str(requests), "-m", MODEL, "--state", str(state), "--timeout", "0.3")
    assert first.code == exit_codes.JOB_FAILED
    (job,) = mk("batch", "list", "--json").lines()
    assert mk("batch", "cancel", job["id"], "--wait").code == 0
    second = mk("batch", "run", str(requests), "-m", MODEL, "--state", str(state), "--out", str(out))
    assert second.code == exit_codes.JOB_FAILED and "CANCELLED" in second.err
    lines = _lines(out)
    assert [line["custom_id"] for line in lines] == ["zeta", "1"]
    for line in lines:
        assert line["id"] is None and line["response"] is None
        assert line["error"]["code"] == "missing_result" and job["id"] in line["error"]["message"]
