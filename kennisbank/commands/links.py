"""`kennisbank links`: check every link, report in Dutch at the YAML line, exit codes for CI.

Exit codes: 0 nothing that fails the chosen policy; 1 broken internal links or anchors (always),
broken external links with `--gepland` (the weekly scheduled check), or a wrong allow-list file;
2 our own failure. `onzeker` never fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import command_problem, format_report
from ..links.cache import ResultCache
from ..links.check import EXTERN, INTERN, Outcome, check_external, check_internal
from ..links.classify import KAPOT
from ..links.config import load_config
from ..links import report
from ..site import mkdocs_addresses

if TYPE_CHECKING:
    from ..compose.page import Page
    from . import Subparsers

EXIT_OK, EXIT_FAIL, EXIT_CRASH = 0, 1, 2


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "links",
        help="controleer alle links: webadressen in de YAML en links en ankers in de gebouwde site",
        description=(
            "Controleert elk webadres in content/ (gemeld op bestand, regel en kolom) en elke link, afbeelding "
            "en #anker in de gebouwde site. Kapotte interne links laten de controle altijd mislukken; kapotte "
            "externe links alleen met --gepland. 'Onzeker' laat nooit iets mislukken."
        ),
    )
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--extern", action="store_true", help="alleen de webadressen (online)")
    scope.add_argument("--intern", action="store_true", help="alleen de links en ankers binnen de gebouwde site (offline)")
    parser.add_argument("--gepland", action="store_true", help="beleid van de wekelijkse controle: kapotte externe links laten de controle mislukken")
    parser.add_argument("--site", metavar="MAP", default=None, help="een gebouwde site om te controleren (standaard: eerst bouwen in een tijdelijke map)")
    parser.add_argument("--json", metavar="PAD", default=None, help="schrijf het rapport als JSON")
    parser.add_argument("--rapport", metavar="PAD", default=None, help="schrijf het linkrapport (.md voor Markdown, anders HTML; een map krijgt index.html)")
    parser.add_argument("--config", metavar="PAD", default=None, help="ander instellingenbestand dan site_config/links-allowlist.yaml")
    parser.add_argument("--geen-cache", action="store_true", help="vraag alles opnieuw op; gebruik en vul de cache niet")
    parser.add_argument("bestanden", nargs="*", metavar="PAD", help="alleen deze YAML-bestanden of mappen (standaard: alles in content/)")
    parser.set_defaults(handler=run_command)


def _yaml_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in {".yaml", ".yml"} and p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(name)
    return files


def run_command(root: Path, args: argparse.Namespace) -> int:
    from ..links.lychee import LycheeMissing

    config, problems = load_config(root, Path(args.config) if args.config else None)
    if problems:
        print(format_report(problems), file=sys.stderr)
        return EXIT_FAIL
    try:
        files = _yaml_files(args.bestanden) if args.bestanden else None
    except FileNotFoundError as exc:
        print(command_problem(f"'{exc.args[0]}' bestaat niet. Geef een YAML-bestand of een map.", "kb-pad-onbekend"), file=sys.stderr)
        return EXIT_FAIL
    do_extern = not args.intern
    do_intern = not args.extern and not args.bestanden
    cache = ResultCache.at(root, config.settings.max_age_hours, enabled=not args.geen_cache)
    outcome = Outcome()
    try:
        with tempfile.TemporaryDirectory(prefix="kb-links-site-") as tmp:
            site_dir = Path(args.site).resolve() if args.site else None
            pages = _LazyComposition(root, outcome)
            if do_intern or (do_extern and site_dir is not None):
                if site_dir is None:
                    site_dir = Path(tmp) / "site"
                    code = _build(root, site_dir)
                    if code:
                        return code
                elif not site_dir.is_dir():
                    print(command_problem(f"de map {args.site} bestaat niet. Bouw eerst de site (kennisbank build).", "kb-site-ontbreekt"), file=sys.stderr)
                    return EXIT_FAIL
            if do_extern:
                check_external(root, config, cache, outcome, files=files, site_dir=site_dir if not files else None, skip_prefixes=_own_prefixes(root))
                cache.save()
            if do_intern and site_dir is not None:
                check_internal(site_dir, config, outcome, pages=pages)
    except LycheeMissing:
        print("Sorry, het programma lychee ontbreekt. Installeer de afhankelijkheden opnieuw (scripts/build-site).", file=sys.stderr)
        return EXIT_CRASH
    print(report.terminal(outcome))
    if args.json:
        _write(Path(args.json), report.as_json(outcome))
    if args.rapport:
        target = Path(args.rapport)
        if target.suffix == ".md":
            _write(target, report.markdown(outcome))
        else:
            _write(target / "index.html" if target.suffix != ".html" else target, report.html_page(outcome))
    return exit_code(outcome, scheduled=args.gepland)


def exit_code(outcome: Outcome, *, scheduled: bool) -> int:
    broken = {f.scope for f in outcome.findings if f.verdict.category == KAPOT}
    if INTERN in broken or (scheduled and EXTERN in broken):
        return EXIT_FAIL
    return EXIT_OK


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


class _LazyComposition:
    """The composed pages with their link origins, made on first use (only when a link is broken)."""

    def __init__(self, root: Path, outcome: Outcome) -> None:
        self.root, self.outcome = root, outcome
        self.pages: list[Page] | None = None

    def __call__(self) -> list[Page]:
        if self.pages is None:
            self.pages = self._compose()
        return self.pages

    def _compose(self) -> list[Page]:
        from ..site import compose_site, read_inputs
        from ..validate import load_content
        from ..links.origins import record_link_origins

        if not (self.root / "content").is_dir():
            return []  # no content here (a bare site was given): no YAML origins to record
        content, problems = load_content(self.root)
        if any(p.is_error for p in problems):
            self.outcome.notes.append("De inhoud heeft fouten (zie kennisbank check): bij links in de site staat daarom geen YAML-regel.")
            return []
        pages = compose_site(content, read_inputs(self.root))
        record_link_origins(pages, content)  # no-op when compose_site already did it
        return pages


def _build(root: Path, site_dir: Path) -> int:
    import contextlib
    import io
    import os

    from ..mkdocs_run import run_mkdocs

    here = os.getcwd()
    noise = io.StringIO()
    try:
        with contextlib.redirect_stdout(noise):
            code = run_mkdocs(root, "build", site_dir=str(site_dir))
    finally:
        os.chdir(here)
    if code:
        print("De site kon niet worden gebouwd, dus de interne links zijn niet gecontroleerd.", file=sys.stderr)
    return code


def _own_prefixes(root: Path) -> tuple[str, ...]:
    """The site's own address and its edit links: not content links, and not live before publishing."""
    return tuple(address for address in mkdocs_addresses(root) if address)
