"""API resources. ``_async/`` is written by hand; ``_sync/`` is generated from it by tools/unasync.py."""
