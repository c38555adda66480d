"""``mistralkit files``: upload, list, get, download, url, delete; state kept across commands."""

from __future__ import annotations


def test_files_round_trip_across_commands(mk, tmp_path, emulator_dir):
    data = tmp_path / "requests.jsonl"
    data.write_bytes(b'{"custom_id": "1", "body": {"messages": []}}\n' * 40)
    uploaded = mk("files", "upload", str(data), "--purpose", "batch", "--json")
    assert uploaded.code == 0
    record = uploaded.json()
    assert record["filename"] == "requests.jsonl" and record["bytes"] == data.stat().st_size
    file_id = record["id"]
    # Another command, another process-level emulator: the file is still there (persistent data dir).
    assert emulator_dir.is_dir()
    listed = mk("files", "list")
    assert listed.code == 0
    header = listed.out.splitlines()[0].split()
    assert header[:4] == ["ID", "FILENAME", "SIZE", "PURPOSE"]
    assert file_id in listed.out and "requests.jsonl" in listed.out
    assert [item["id"] for item in mk("files", "list", "--json").lines()] == [file_id]

    shown = mk("files", "get", file_id)
    assert "requests.jsonl" in shown.out and "batch" in shown.out
    assert mk("files", "get", file_id, "--json").json()["id"] == file_id

    target = tmp_path / "copy.jsonl"
    fetched = mk("files", "download", file_id, "-o", str(target))
    assert fetched.code == 0 and target.read_bytes() == data.read_bytes()
    assert f"wrote {data.stat().st_size} bytes" in fetched.err
    to_stdout = mk("files", "download", file_id)
    assert to_stdout.out.encode() == data.read_bytes()

    url = mk("files", "url", file_id)
    assert url.code == 0 and url.out.startswith("http")

    deleted = mk("files", "delete", file_id, "--json")
    assert deleted.json() == {"id": file_id, "object": "file", "deleted": True}
    assert mk("files", "list", "--json").out == ""
    assert mk("files", "get", file_id).code == 1


def test_files_list_filters_by_purpose(mk, tmp_path):
    a = tmp_path / "a.jsonl"
    a.write_text('{"messages": [{"role": "user", "content": "x"}, {"role": "assistant", "content": "y"}]}\n')
    mk("files", "upload", str(a), "--purpose", "fine-tune")
    mk("files", "upload", str(a), "--purpose", "batch")
    batch_only = mk("files", "list", "--purpose", "batch", "--json").lines()
    assert [f["purpose"] for f in batch_only] == ["batch"]


def test_lists_page_and_all_walks_every_page(mk, tmp_path):
    ids = []
    for i in range(5):
        path = tmp_path / f"f{i}.jsonl"
        path.write_text(f'{{"custom_id": "{i}", "body": {{}}}}\n')
        ids.append(mk("files", "upload", str(path), "--purpose", "batch", "--json").json()["id"])
    first = mk("files", "list", "--page-size", "2", "--json").lines()
    second = mk("files", "list", "--page-size", "2", "--page", "1", "--json").lines()
    assert len(first) == len(second) == 2 and not {f["id"] for f in first} & {f["id"] for f in second}
    every = mk("files", "list", "--page-size", "2", "--all", "--json").lines()
    assert sorted(f["id"] for f in every) == sorted(ids)
    table = mk("files", "list", "--page-size", "2", "--all")
    assert all(file_id in table.out for file_id in ids)
