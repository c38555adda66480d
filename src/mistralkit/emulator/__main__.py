"""``python -m mistralkit.emulator``: serve the emulator from a shell (the options of ``mistralkit serve``)."""

from __future__ import annotations

import sys
from typing import Optional, Sequence

from ..cli.plain import serve_main


def main(argv: Optional[Sequence[str]] = None) -> None:
    sys.exit(serve_main(sys.argv[1:] if argv is None else argv, prog="python -m mistralkit.emulator"))


if __name__ == "__main__":
    main()
