"""``mistralkit agents``, ``conversations`` and ``libraries`` (with documents)."""

from __future__ import annotations

from mistralkit.cli import exit_codes


def test_agents_crud(mk):
    created = mk("agents", "create", "--name", "Helper", "--instructions", "Be brief.", "--tool", "web_search",
                 "--json").json()
    agent_id = created["id"]
    assert created["name"] == "Helper" and created["tools"][0]["type"] == "web_search"
    listed = mk("agents", "list")
    assert listed.out.splitlines()[0].split()[:3] == ["ID", "NAME", "MODEL"]
    assert agent_id in listed.out and "Helper" in listed.out
    assert [a["id"] for a in mk("agents", "list", "--json").lines()] == [agent_id]
    updated = mk("agents", "update", agent_id, "--description", "Answers briefly", "--json").json()
    assert updated["version"] == created["version"] + 1 and updated["description"] == "Answers briefly"
    first = mk("agents", "get", agent_id, "--version", str(created["version"]), "--json").json()
    assert first.get("description") is None
    shown = mk("agents", "get", agent_id)
    assert "Answers briefly" in shown.out and "web_search" in shown.out
    assert mk("agents", "update", agent_id).code == exit_codes.USAGE
    deleted = mk("agents", "delete", agent_id)
    assert deleted.code == 0 and f"deleted {agent_id}" in deleted.err
    assert mk("agents", "get", agent_id).code == exit_codes.API_ERROR


def test_conversations_start_append_history_delete(mk):
    started = mk("conversations", "start", "Tell me about tides", "--no-stream", "--json").json()
    conversation_id = started["conversation_id"]
    assert started["outputs"][0]["type"] == "message.output"
    streamed = mk("conversations", "append", conversation_id, "And the moon?")
    assert streamed.code == 0 and streamed.out.strip() and f"conversation {conversation_id}" in streamed.err
    events = mk("conversations", "append", conversation_id, "Thanks", "--json").lines()
    assert events[0]["type"] == "conversation.response.started" and events[-1]["type"] == "conversation.response.done"
    history = mk("conversations", "history", conversation_id)
    assert "user: Tell me about tides" in history.out and "user: And the moon?" in history.out
    messages = mk("conversations", "messages", conversation_id, "--json").json()
    assert len(messages["messages"]) == 6
    entries = mk("conversations", "history", conversation_id, "--json").json()["entries"]
    branched = mk("conversations", "restart", conversation_id, entries[1]["id"], "Tell me about waves", "--no-stream")
    assert branched.code == 0 and branched.out.strip()
    new_id = branched.err.strip().split()[-1]
    assert new_id != conversation_id
    new_history = mk("conversations", "history", new_id)
    assert "user: Tell me about waves" in new_history.out and "And the moon?" not in new_history.out
    assert conversation_id in mk("conversations", "list").out
    assert mk("conversations", "get", conversation_id, "--json").json()["id"] == conversation_id
    assert mk("conversations", "delete", conversation_id).code == 0
    assert mk("conversations", "get", conversation_id).code == exit_codes.API_ERROR


def test_conversation_with_an_agent(mk):
    agent_id = mk("agents", "create", "--name", "Guide", "--json").json()["id"]
    answer = mk("conversations", "start", "Hello", "--agent", agent_id)
    assert answer.code == 0 and answer.out.strip()
    listed = mk("conversations", "list", "--json").lines()
    assert listed[0]["agent_id"] == agent_id
    assert mk("conversations", "start", "x", "--agent", agent_id, "--model", "m").code == exit_codes.USAGE


def test_libraries_and_documents(mk, tmp_path):
    library = mk("libraries", "create", "--name", "Handbook", "--description", "Team docs", "--json").json()
    library_id = library["id"]
    doc = tmp_path / "tides.md"
    doc.write_text("# Tides\n\nThe moon pulls the sea twice a day.\n")
    uploaded = mk("libraries", "documents", "upload", library_id, str(doc), "--wait", "--json")
    assert uploaded.code == 0, uploaded.err
    document = uploaded.json()
    assert document["process_status"] == "done" and document["name"] == "tides.md"
    document_id = document["id"]
    listed = mk("libraries", "documents", "list", library_id)
    assert listed.out.splitlines()[0].split()[:3] == ["ID", "NAME", "STATUS"]
    assert "tides.md" in listed.out and "Completed" in listed.out
    text = mk("libraries", "documents", "text", library_id, document_id)
    assert "The moon pulls the sea" in text.out
    assert mk("libraries", "documents", "status", library_id, document_id, "--wait").out.strip() == "Completed (done)"
    renamed = mk("libraries", "documents", "update", library_id, document_id, "--name", "moon.md",
                 "--attribute", "team=ops", "--json").json()
    assert renamed["name"] == "moon.md" and renamed["attributes"] == {"team": "ops"}
    assert mk("libraries", "documents", "get", library_id, document_id, "--json").json()["name"] == "moon.md"
    again = mk("libraries", "documents", "reprocess", library_id, document_id, "--wait", "--json")
    assert again.code == 0 and again.json()["process_status"] == "done"
    url = mk("libraries", "documents", "url", library_id, document_id)
    assert url.code == 0 and url.out.startswith("http")
    text_url = mk("libraries", "documents", "url", library_id, document_id, "--text", "--json")
    assert text_url.json().startswith("http") and text_url.json() != url.out.strip()

    libraries = mk("libraries", "list")
    assert libraries.out.splitlines()[0].split()[:3] == ["ID", "NAME", "DOCUMENTS"]
    assert "Handbook" in libraries.out
    assert mk("libraries", "get", library_id, "--json").json()["nb_documents"] == 1
    assert mk("libraries", "update", library_id, "--name", "Manual", "--json").json()["name"] == "Manual"

    assert mk("libraries", "documents", "delete", library_id, document_id).code == 0
    assert mk("libraries", "documents", "list", library_id, "--json").out == ""
    assert mk("libraries", "delete", library_id, "--json").json()["id"] == library_id
    assert mk("libraries", "get", library_id).code == exit_codes.API_ERROR


def test_library_access_share_list_unshare(mk):
    library_id = mk("libraries", "create", "--name", "Shared", "--json").json()["id"]
    owners = mk("libraries", "access", "list", library_id, "--json").lines()
    assert [e["role"] for e in owners] == ["Owner"]
    user = "11111111-1111-4111-8111-111111111111"
    shared = mk("libraries", "access", "share", library_id, "--with", user, "--level", "Editor", "--json").json()
    assert shared["share_with_uuid"] == user and shared["role"] == "Editor"
    listed = mk("libraries", "access", "list", library_id)
    assert listed.out.splitlines()[0].split() == ["TYPE", "WITH", "ROLE"] and user in listed.out
    assert mk("libraries", "access", "unshare", library_id, "--with", user).code == 0
    assert [e["role"] for e in mk("libraries", "access", "list", library_id, "--json").lines()] == ["Owner"]


def test_agent_versions_and_aliases(mk):
    agent_id = mk("agents", "create", "--name", "Versioned", "--json").json()["id"]
    mk("agents", "update", agent_id, "--description", "second")
    versions = mk("agents", "versions", agent_id, "--json").lines()
    assert sorted(v["version"] for v in versions) == [0, 1]
    assert mk("agents", "versions", agent_id).out.splitlines()[0].split()[:2] == ["VERSION", "MODEL"]
    assert mk("agents", "use-version", agent_id, "0", "--json").json()["version"] == 0
    assert mk("agents", "alias", agent_id, "prod", "1", "--json").json()["version"] == 1
    assert [(a["alias"], a["version"]) for a in mk("agents", "aliases", agent_id, "--json").lines()] == [("prod", 1)]
    assert mk("agents", "alias", agent_id, "prod").code == exit_codes.USAGE
    assert mk("agents", "alias", agent_id, "prod", "--delete").code == 0
    assert mk("agents", "aliases", agent_id, "--json").out == ""
