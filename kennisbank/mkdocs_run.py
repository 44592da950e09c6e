"""Run MkDocs (build or serve) in this process, with its warnings shown and Dutch messages on failure.

Used by `kennisbank build`, `serve`, `links` and `voorbeeld`; the MkDocs hook (`mkdocs_hook.py`) does
the validation and composition inside the build.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TextIO, TypedDict, Unpack

from .errors import EXIT_CONTENT, EXIT_OK, command_problem


class MkDocsOptions(TypedDict, total=False):
    """Settings that override mkdocs.yml for one run (`serve` takes the last two)."""

    site_dir: str
    use_directory_urls: bool
    dev_addr: str
    livereload: bool


def run_mkdocs(root: Path, command: str, **options: Unpack[MkDocsOptions]) -> int:
    from mkdocs import config as mkdocs_config
    from mkdocs.commands import build as mkdocs_build
    from mkdocs.commands import serve as mkdocs_serve
    from mkdocs.exceptions import Abort, MkDocsException

    os.chdir(root)
    show_mkdocs_warnings()
    try:
        if command == "build":
            cfg = mkdocs_config.load_config(str(root / "mkdocs.yml"), **options)
            cfg.plugins.on_startup(command="build", dirty=False)
            try:
                mkdocs_build.build(cfg)
            finally:
                cfg.plugins.on_shutdown()
        else:
            mkdocs_serve.serve(str(root / "mkdocs.yml"), **options)
    except Abort as exc:
        print(exc.format_message(), file=sys.stderr)
        return EXIT_CONTENT
    except MkDocsException as exc:
        print(command_problem(f"de site kon niet worden gebouwd: {exc.format_message()}", "kb-build"), file=sys.stderr)
        return EXIT_CONTENT
    return EXIT_OK


class _WarningsHandler(logging.StreamHandler[TextIO]):
    _kennisbank = True  # our mark: the handler is added once, however often MkDocs runs in this process


def show_mkdocs_warnings() -> None:
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_kennisbank", False) for h in logger.handlers):
        handler = _WarningsHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        handler.setLevel(logging.WARNING)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
