"""The spec-driven stateful resource engine.

Every operation of the contract that has no hand-written handler is served here, from the
contract alone: :mod:`.plan` reads the paths, methods and schemas and gives each operation a
role (create, get, list, update, delete, an action on an item, a view of an item, a query or a
stream); :mod:`.records` keeps the resources in the emulator's SQLite database; :mod:`.render`
builds each answer from the response schema and the stored data; :mod:`.lifecycle` moves
long-running resources (workflow executions, SCIM sync runs) through their statuses at
the emulator's job speed; :mod:`.events` streams their events over SSE; :mod:`.handlers` ties it
together into one handler per operation.
"""

from __future__ import annotations

from .handlers import resource_handlers

__all__ = ["resource_handlers"]
