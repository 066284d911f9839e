"""Entry script PyInstaller freezes: the same ``main()`` as the ``microcomm`` console script.

A separate file (rather than pointing the spec at ``microcomm_desktop/__main__.py``) keeps the frozen
program's ``__main__`` outside the package, so ``microcomm_desktop`` is imported as a normal package and
relative module lookups (tabs, commands, sample hooks imported by name) behave exactly as in source runs.
"""

from __future__ import annotations

import multiprocessing
import sys

from microcomm_desktop.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless when unused; required if a worker ever uses processes
    sys.exit(main())
