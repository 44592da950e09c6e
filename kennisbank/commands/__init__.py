"""The subcommands of `kennisbank` beyond check, build, serve and pages: the link checker, the editors'
tools and the factsheet PDFs. They sit at the top with `kennisbank.cli`: they may use every layer."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    # what `ArgumentParser.add_subparsers()` returns; each command module adds its parsers to it
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]
