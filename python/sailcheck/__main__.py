"""``python3 -m sailcheck FILE...``: the command line, with the binary's output and exit codes."""

from __future__ import annotations

import os
import sys
from typing import List, Optional

from ._sailcheck import _run


def main(argv: Optional[List[str]] = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        tty = sys.stdout.isatty()
    except (AttributeError, ValueError):
        tty = False
    status, out, err = _run(args, tty)
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(out)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`python3 -m sailcheck ... | head -1`): end quietly, as the
        # binary does, without Python's own complaint when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.stderr.flush()
    sys.stderr.buffer.write(err)
    sys.stderr.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
