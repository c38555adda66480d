"""``/v1/conversations``: server-side conversations with a model or an agent.

A conversation is a list of **entries** kept by the server:

================== ============== ===================================================
type               id prefix      what
================== ============== ===================================================
``message.input``  ``msg_``       a user message (or an assistant message, e.g. a prefix)
``message.output`` ``msg_``       an answer; ``content`` is a string, or a list of
                                  chunks when it cites sources or files
``function.call``  ``fc_``        the model calls one of your function tools
``function.result`` ``fr_``       your result for a call (you send it as an input)
``tool.execution`` ``tool_exec_`` a built-in tool ran on the server; ``info`` is its output
``agent.handoff``  ``handoff_``   an agent passed the conversation to another agent
================== ============== ===================================================

One request (start, append, restart) is one **turn**: the inputs are stored as
entries, then the conversation's agent (or model) produces outputs:

1. **Handoff**: an agent with ``handoffs`` hands off when the last user message
   mentions a word of a target agent's name or description (generic words such
   as *agent* and *assistant* do not count).  With ``handoff_execution:
   "server"`` (the default) the target then answers in the same turn (up to 3
   handoffs); with ``"client"`` the turn ends at the ``agent.handoff`` entry.
   Every turn starts with the conversation's own agent.
2. **Built-in tools** (see :mod:`.builtin_tools`) run on the server: a
   ``tool.execution`` entry each, then a ``message.output`` whose content cites
   them with ``tool_reference`` (or ``tool_file``) chunks.  A tool whose
   ``tool_configuration.requires_confirmation`` lists its name is first
   returned as a ``function.call`` with ``confirmation_status: "pending"``;
   append ``tool_confirmations`` (``allow``/``deny``) to continue.
3. **Function calls**: a function tool is called when the last user message
   is about it (see :mod:`..tools`; or ``tool_choice`` is ``any``/``required``), exactly like chat
   completions: ``function.call`` entries with arguments valid against the
   tool's ``parameters``.  The turn ends there; append ``function.result``
   entries (``{"tool_call_id": ..., "result": ...}``) to get the answer.
4. Otherwise a ``message.output``, built like a chat completion's answer for
   the same messages (instructions as a system message, then the history).

Determinism: the answer depends on the content of the conversation (not on ids
or timestamps), the model or agent, and the completion arguments, like chat
completions.  Usage: ``prompt_tokens`` adds, for each agent that acted in the
turn, the chat prompt count of what it saw (instructions, history, tool
definitions); ``completion_tokens`` counts what was generated (message text,
one per non-text chunk, function names and arguments, tool arguments, the
name of a handoff's target); ``connector_tokens`` counts the built-in tools'
outputs and ``connectors`` how many times each ran; ``total_tokens`` is the sum
of the three.

``store: false`` answers without saving anything (a later ``GET`` is a 404).
Restart copies the entries up to and including ``from_entry_id`` (same ids and
timestamps) into a new conversation, then runs a turn with the new inputs.

Streams (``stream: true``) send named events, without ``[DONE]``:
``conversation.response.started``, then per output entry
``message.output.delta`` (one per token of text, one per other chunk; text
deltas carry strings, ``content_index`` is the chunk's index),
``tool.execution.started`` (empty ``arguments``) / ``.delta`` (the arguments,
one token each) / ``.done`` (``info``), ``function.call.delta`` (the
arguments, one token each), ``agent.handoff.started`` / ``.done``; and last
``conversation.response.done`` with the usage.  The turn is saved before the
first event is sent.  An injected ``stream-error`` fault sends a
``conversation.response.error`` event.

Tables: ``conversations`` (settings as JSON) and ``conversation_entries`` (the
entries, as JSON, in order).
"""

from .routes import (
    append_conversation,
    conversation_history,
    conversation_messages,
    delete_conversation,
    get_conversation,
    list_conversations,
    restart_conversation,
    start_conversation,
)

__all__ = [
    "append_conversation",
    "conversation_history",
    "conversation_messages",
    "delete_conversation",
    "get_conversation",
    "list_conversations",
    "restart_conversation",
    "start_conversation",
]
