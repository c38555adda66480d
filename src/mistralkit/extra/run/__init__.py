"""The official SDK's ``mistralai.extra.run``: conversation runs, as aliases of ``mistralkit.lib.run``."""
