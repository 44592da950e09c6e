"""`kennisbank factsheets`: make the PDF factsheets (the web pages come with `kennisbank build`).

kennisbank factsheets                      # all municipalities and youth-care regions, into site/factsheets/pdf/
kennisbank factsheets --gemeente gm0363    # one (or more) municipalities
kennisbank factsheets --regio jz13         # one (or more) youth-care regions
kennisbank factsheets --site-dir /tmp/site --jobs 2
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Subparsers


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("factsheets", help="maak de factsheets per gemeente en per jeugdzorgregio als PDF (A4, toegankelijk)")
    parser.add_argument("--site-dir", default="site", help="map van de gebouwde site (standaard: site)")
    parser.add_argument("--gemeente", action="append", default=[], metavar="CODE", help="alleen deze gemeente (gm0363 of 0363); mag vaker")
    parser.add_argument("--regio", action="append", default=[], metavar="CODE", help="alleen deze jeugdzorgregio (jz13 of JZ13); mag vaker")
    parser.add_argument("--jobs", type=int, default=None, help="aantal processen (standaard: alle kernen)")
    parser.set_defaults(handler=run)


def run(root: Path, args: argparse.Namespace) -> int:
    from ..site import mkdocs_addresses
    from ..errors import Severity, command_problem, format_problem, format_report
    from ..validate import load_content
    from ..factsheets import glyphs
    from ..factsheets.pdf import FactsheetError, render_all

    content, problems = load_content(root)
    if problems:
        print(format_report(problems), file=sys.stderr)
    if any(p.is_error for p in problems):
        return 1
    site_dir = Path(args.site_dir)
    if not site_dir.is_absolute():
        site_dir = root / site_dir
    wanted = {code.lower().removeprefix("gm") for code in args.gemeente}
    only = {f"gm{code}" for code in wanted} | {code.lower() for code in args.regio}
    try:
        stats = render_all(root, content, site_dir, mkdocs_addresses(root)[0], only=only or None, jobs=args.jobs)
    except FactsheetError as error:
        print(command_problem(str(error), "kb-factsheet-pdf"), file=sys.stderr)
        return 1
    if only and stats.total == 0:
        codes = ", ".join(sorted(args.gemeente + args.regio))
        message = f"geen gemeente of regio gevonden met code {codes}. Gebruik de CBS-code, bijvoorbeeld gm0363 of jz13."
        print(command_problem(message, "kb-gemeente-onbekend"), file=sys.stderr)
        return 1
    for problem in glyphs.problems(root, stats.unprintable):
        print(format_problem(problem), file=sys.stderr)
    for part in stats.missing:
        print(command_problem(f"onderdeel ontbreekt op de factsheets: {part}.", "kb-factsheet-onderdeel", Severity.WARNING), file=sys.stderr)
    print(stats.summary())
    print(f"De PDF's staan in {site_dir / 'factsheets' / 'pdf'}/.")
    return 0
