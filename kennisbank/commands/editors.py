"""Editors' commands, registered into `kennisbank` by `kennisbank.cli`.

kennisbank schemas             schrijf schemas/<soort>.schema.json opnieuw uit de modellen
kennisbank schemas --controle  faal als schemas/ niet meer past bij de modellen
kennisbank schemas --stempel   zet de regel '# yaml-language-server: $schema=…' bovenaan elk inhoudsbestand
kennisbank velden [soort]      toon de veldenlijst (dezelfde als op de site) als tekst
kennisbank voorbeeld           bouw de site om zonder webserver te bekijken (index.html openen)
kennisbank pr-overzicht        welke pagina's een pull request verandert, als Markdown (voor GitHub)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Location, Problem, command_problem, format_github, format_report, sorted_problems

from ..errors import EXIT_CONTENT as EXIT_PROBLEMS
from ..errors import EXIT_OK

if TYPE_CHECKING:
    from . import Subparsers


def register(subparsers: Subparsers) -> None:
    schemas = subparsers.add_parser("schemas", help="maak de JSON-schema's voor VS Code en github.dev uit de modellen")
    schemas.add_argument("--controle", action="store_true", help="schrijf niets; faal als schemas/ verouderd is")
    schemas.add_argument("--stempel", action="store_true", help="zet of verbeter de schema-regel bovenaan inhoudsbestanden")
    schemas.add_argument("bestanden", nargs="*", help="alleen deze inhoudsbestanden stempelen (standaard: alles in content/)")
    schemas.set_defaults(handler=cmd_schemas)
    fields = subparsers.add_parser("velden", help="toon alle velden per soort inhoud, met uitleg")
    fields.add_argument("soort", nargs="?", default=None)
    fields.set_defaults(handler=cmd_fields)
    preview = subparsers.add_parser("voorbeeld", help="bouw de site als losse bestanden: uitpakken en index.html openen")
    preview.add_argument("--site-dir", default="site-voorbeeld")
    preview.set_defaults(handler=cmd_preview)
    summary = subparsers.add_parser("pr-overzicht", help="welke pagina's veranderen sinds een commit, als Markdown")
    summary.add_argument("--basis", required=True, help="commit of branch om mee te vergelijken, bijvoorbeeld origin/main")
    summary.add_argument("--uit", default=None, help="schrijf naar dit bestand (aanvullen), bijvoorbeeld $GITHUB_STEP_SUMMARY")
    summary.set_defaults(handler=cmd_pr_summary)


def cmd_schemas(root: Path, args: argparse.Namespace) -> int:
    from ..validate import content_files
    from ..editors import schemas

    if args.controle:
        problems = [
            Problem(Location(f"{schemas.SCHEMA_DIR}/{name}"), "past niet meer bij de modellen. Voer uit: kennisbank schemas") for name in schemas.stale(root)
        ]
        if args.stempel:
            problems += [
                Problem(
                    Location(path, 1, 1),
                    f"de eerste regel van dit bestand moet zijn: {header} (die regel geeft VS Code en github.dev de "
                    "uitleg bij de velden). Zet hem bovenaan, of voer uit: kennisbank schemas --stempel",
                )
                for path, header in _unstamped(root, content_files(root))
            ]
        if problems:
            print(format_report(problems), file=sys.stderr)
            if os.environ.get("GITHUB_ACTIONS") == "true":
                for problem in sorted_problems(problems):
                    print(format_github(problem))
            return EXIT_PROBLEMS
        print("De schema's zijn actueel." + (" Elk inhoudsbestand heeft de schemaregel." if args.stempel else ""))
        return EXIT_OK
    changed = schemas.write_all(root)
    print(f"Schema's bijgewerkt: {', '.join(changed)}." if changed else "De schema's waren al actueel.")
    if args.stempel:
        targets = [Path(p).resolve() for p in args.bestanden] if args.bestanden else content_files(root)
        stamped = schemas.stamp_files(root, targets)
        print(f"Schema-regel gezet in {len(stamped)} bestand(en).")
        for path in stamped:
            print(f"  {path.relative_to(root).as_posix()}")
    return EXIT_OK


def _unstamped(root: Path, paths: list[Path]) -> list[tuple[str, str]]:
    from ..editors import schemas

    found = []
    for path in paths:
        header = schemas.check_header(root, path)
        if header:
            found.append((path.relative_to(root).as_posix(), header))
    return found


def cmd_fields(root: Path, args: argparse.Namespace) -> int:
    from ..editors import field_reference

    reference = field_reference.build(root)
    types = [t for t in reference if args.soort in (None, t.kind)]
    if not types:
        known = ", ".join(t.kind for t in reference)
        print(command_problem(f"'{args.soort}' is geen soort inhoud. Kies uit: {known}.", "kb-soort-onbekend"), file=sys.stderr)
        return EXIT_PROBLEMS
    print(field_reference.as_text(types))
    return EXIT_OK


def cmd_preview(root: Path, args: argparse.Namespace) -> int:
    """The site with `.html` links, so it works from a folder on disk (the pull request's artifact)."""
    from ..mkdocs_run import run_mkdocs

    target = Path(args.site_dir).resolve()
    code = run_mkdocs(root, "build", site_dir=str(target), use_directory_urls=False)
    if code == EXIT_OK:
        print(f"De voorbeeldsite staat in {args.site_dir}/. Open daar index.html in uw browser.")
    return code


def cmd_pr_summary(root: Path, args: argparse.Namespace) -> int:
    from ..editors import pr_summary

    text = pr_summary.markdown(root, args.basis)
    if args.uit:
        with open(args.uit, "a", encoding="utf-8") as out:
            out.write(text + "\n")
    else:
        print(text)
    return EXIT_OK
