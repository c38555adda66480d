"""``mistralkit batch`` and ``mistralkit fine-tuning``: jobs created, listed, followed (--wait), cancelled."""

from __future__ import annotations

import json

from mistralkit.cli import exit_codes

TRAINING = (
    '{"messages": [{"role": "user", "content": "What is 2+2?"}, {"role": "assistant", "content": "4"}]}\n' * 6
)


def _requests(tmp_path, lines):
    path = tmp_path / "requests.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def test_batch_run_writes_results_in_input_order(mk, tmp_path):
    lines = [
        {"custom_id": "zeta", "body": {"messages": [{"role": "user", "content": "first"}], "max_tokens": 4}},
        {"messages": [{"role": "user", "content": "second, a bare body"}], "max_tokens": 3},
        {"custom_id": "alpha", "body": {"messages": "not a list"}},
        {"custom_id": "mid", "body": {"messages": [{"role": "user", "content": "fourth"}], "max_tokens": 2}},
    ]
    out = tmp_path / "results.jsonl"
    result = mk("batch", "run", str(_requests(tmp_path, lines)), "--model", "mistral-small-latest", "--out", str(out))
    assert result.code == 0, result.err
    results = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["custom_id"] for r in results] == ["zeta", "1", "alpha", "mid"]
    assert [r["response"]["status_code"] for r in results] == [200, 200, 422, 200]
    assert results[0]["response"]["body"]["usage"]["completion_tokens"] == 4
    assert results[2]["error"]["message"]
    assert "3 succeeded, 1 failed (SUCCESS)" in result.err
    # Without --out the same lines go to stdout.
    again = mk("batch", "run", str(_requests(tmp_path, lines)), "--model", "mistral-small-latest")
    assert [r["custom_id"] for r in again.lines()] == ["zeta", "1", "alpha", "mid"]


def test_batch_run_checks_the_file_before_sending(mk, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"custom_id": "a", "body": {}}\n{"custom_id": "a", "body": {}}\n')
    result = mk("batch", "run", str(bad), "--model", "mistral-small-latest")
    assert result.code == exit_codes.USAGE and "used twice" in result.err
    bad.write_text("not json\n")
    assert mk("batch", "run", str(bad), "--model", "m").code == exit_codes.USAGE
    assert mk("files", "list", "--json").out == ""  # nothing was uploaded


def test_batch_create_wait_get_list_cancel(mk, tmp_path):
    lines = [{"custom_id": str(i), "body": {"messages": [{"role": "user", "content": f"q{i}"}], "max_tokens": 2}}
             for i in range(5)]
    created = mk("batch", "create", "--requests", str(_requests(tmp_path, lines)), "-m", "mistral-small-latest",
                 "--metadata", "run=ci", "--wait", "--json")
    assert created.code == 0, created.err
    job = created.json()
    assert job["status"] == "SUCCESS" and job["succeeded_requests"] == 5 and job["metadata"] == {"run": "ci"}

    shown = mk("batch", "get", job["id"])
    assert "SUCCESS" in shown.out and "5/5 done" in shown.out
    listed = mk("batch", "list")
    assert listed.out.splitlines()[0].split()[:3] == ["ID", "STATUS", "DONE"]
    assert job["id"] in listed.out
    assert [j["id"] for j in mk("batch", "list", "--json", "--status", "SUCCESS").lines()] == [job["id"]]

    # A job cancelled at once ends CANCELLED; waiting on it with get --wait is a job failure (exit 5).
    queued = mk("batch", "create", "--input", job["input_files"][0], "-m", "mistral-small-latest", "--json").json()
    cancelled = mk("batch", "cancel", queued["id"], "--wait", "--json")
    assert cancelled.code == 0 and cancelled.json()["status"] == "CANCELLED"
    waited = mk("batch", "get", queued["id"], "--wait")
    assert waited.code == exit_codes.JOB_FAILED == 5 and "ended CANCELLED" in waited.err


def test_fine_tuning_create_wait_list_and_the_model_it_makes(mk, tmp_path):
    data = tmp_path / "train.jsonl"
    data.write_text(TRAINING)
    file_id = mk("files", "upload", str(data), "--purpose", "fine-tune", "--json").json()["id"]
    estimate = mk("fine-tuning", "create", "-m", "mistral-small-latest", "--training-file", file_id, "--dry-run",
                  "--json")
    assert estimate.code == 0 and "expected_duration_seconds" in estimate.out
    created = mk("fine-tuning", "create", "-m", "mistral-small-latest", "--training-file", file_id, "--steps", "3",
                 "--suffix", "cli", "--wait")
    assert created.code == 0, created.err
    assert "SUCCESS" in created.out and "3/3" in created.out
    jobs = mk("fine-tuning", "list", "--json").lines()
    assert len(jobs) == 1 and jobs[0]["status"] == "SUCCESS"
    model_id = jobs[0]["fine_tuned_model"]
    assert ":cli:" in model_id
    detail = mk("fine-tuning", "get", jobs[0]["id"], "--json").json()
    assert detail["checkpoints"]
    # The model: listed, renamed, archived, unarchived, deleted.
    assert model_id in mk("models").out
    assert mk("models", "get", model_id, "--json").json()["id"] == model_id
    assert mk("models", "update", model_id, "--name", "My model", "--json").json()["name"] == "My model"
    assert mk("models", "archive", model_id, "--json").json()["archived"] is True
    assert mk("models", "unarchive", model_id, "--json").json()["archived"] is False
    assert mk("models", "delete", model_id, "--json").json()["deleted"] is True


def test_fine_tuning_manual_start_and_cancel(mk, tmp_path):
    data = tmp_path / "train.jsonl"
    data.write_text(TRAINING)
    file_id = mk("files", "upload", str(data), "--purpose", "fine-tune", "--json").json()["id"]
    job = mk("fine-tuning", "create", "-m", "mistral-small-latest", "--training-file", file_id, "--steps", "2000",
             "--no-auto-start", "--wait", "--json").json()
    assert job["auto_start"] is False and job["status"] == "VALIDATED"
    started = mk("fine-tuning", "start", job["id"], "--json")
    assert started.code == 0
    cancelled = mk("fine-tuning", "cancel", job["id"], "--wait", "--json")
    assert cancelled.code == 0 and cancelled.json()["status"] == "CANCELLED"
    assert mk("fine-tuning", "get", job["id"], "--wait").code == exit_codes.JOB_FAILED


def test_a_job_left_running_goes_on_in_the_next_command(mk, tmp_path, monkeypatch):
    monkeypatch.setenv("MISTRALKIT_EMULATOR_JOB_SPEED", "5")
    lines = [{"custom_id": str(i), "body": {"messages": [{"role": "user", "content": "q"}], "max_tokens": 2}}
             for i in range(3)]
    job = mk("batch", "create", "--requests", str(_requests(tmp_path, lines)), "-m", "mistral-small-latest",
             "--json").json()
    assert job["status"] == "QUEUED"
    followed = mk("batch", "get", job["id"], "--wait", "--timeout", "60", "--json")
    assert followed.code == 0 and followed.json()["status"] == "SUCCESS"
    assert followed.json()["succeeded_requests"] == 3


def test_wait_timeout_exits_5_and_leaves_the_job_running(mk, tmp_path, monkeypatch):
    monkeypatch.setenv("MISTRALKIT_EMULATOR_JOB_SPEED", "0.01")  # queued for about 100 s
    lines = [{"custom_id": "0", "body": {"messages": [{"role": "user", "content": "q"}], "max_tokens": 2}}]
    job = mk("batch", "create", "--requests", str(_requests(tmp_path, lines)), "-m", "mistral-small-latest",
             "--json").json()
    waited = mk("batch", "get", job["id"], "--wait", "--timeout", "0.5")
    assert waited.code == exit_codes.JOB_FAILED
    assert "still QUEUED after 0.5 s (--timeout)" in waited.err
    assert mk("batch", "get", job["id"], "--json").json()["status"] == "QUEUED"


def test_batch_run_with_state_resumes_without_resubmitting(mk, tmp_path, monkeypatch):
    lines = [{"custom_id": f"r{i}", "body": {"messages": [{"role": "user", "content": f"q{i}"}], "max_tokens": 2}}
             for i in range(4)]
    requests = _requests(tmp_path, lines)
    state = tmp_path / "run.json"
    out = tmp_path / "results.jsonl"
    monkeypatch.setenv("MISTRALKIT_EMULATOR_JOB_SPEED", "0.01")  # queued for about 100 s
    first = mk("batch", "run", str(requests), "-m", "mistral-small-latest", "--state", str(state), "--out", str(out),
               "--timeout", "0.3")
    assert first.code == exit_codes.JOB_FAILED and "(--timeout)" in first.err
    assert state.exists() and out.read_text() == ""
    jobs = mk("batch", "list", "--json").lines()
    assert len(jobs) == 1 and jobs[0]["status"] == "QUEUED"

    # Started again with the same state file, the run follows the job it already submitted.
    monkeypatch.setenv("MISTRALKIT_EMULATOR_JOB_SPEED", "200")
    second = mk("batch", "run", str(requests), "-m", "mistral-small-latest", "--state", str(state), "--out", str(out))
    assert second.code == 0, second.err
    assert f"batch job {jobs[0]['id']}: 4 requests" in second.err
    assert [r["custom_id"] for r in (json.loads(line) for line in out.read_text().splitlines())] == ["r0", "r1", "r2", "r3"]
    assert [j["id"] for j in mk("batch", "list", "--json").lines()] == [jobs[0]["id"]]  # nothing resubmitted

    # A state file belongs to its run: other settings are refused before anything is sent.
    other = mk("batch", "run", str(requests), "-m", "other-model", "--state", str(state))
    assert other.code == exit_codes.USAGE and "belongs to another run" in other.err
    assert len(mk("batch", "list", "--json").lines()) == 1
