"""Command line: `kennisbank check | build | serve | pages`.

Exit codes: 0 fine, 1 problems in the content (reported in Dutch), 2 our own failure (an apology,
never a traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .errors import crash_message, format_json, format_report

from .errors import EXIT_CONTENT, EXIT_CRASH, EXIT_OK
from .mkdocs_run import MkDocsOptions, run_mkdocs

if TYPE_CHECKING:
    from .commands import Subparsers

# a command: the project root and the parsed arguments in, the exit code out
Handler = Callable[[Path, argparse.Namespace], int]


def find_root(start: Path) -> Path:
    for candidate in (start, *start.parents):
        if (candidate / "mkdocs.yml").exists() and (candidate / "content").is_dir():
            return candidate
    return start


def cmd_check(root: Path, args: argparse.Namespace) -> int:
    from .validate import load_content

    _content, problems = load_content(root)
    if getattr(args, "json", False):
        print(format_json(problems))
        return EXIT_CONTENT if any(p.is_error for p in problems) else EXIT_OK
    if problems:
        print(format_report(problems), file=sys.stderr)
    if getattr(args, "github", False) or os.environ.get("GITHUB_ACTIONS") == "true":
        from .editors.annotations import annotation_lines, write_step_summary

        for line in annotation_lines(problems):
            print(line)
        if getattr(args, "github", False):
            write_step_summary(problems)
    if any(p.is_error for p in problems):
        return EXIT_CONTENT
    print("Alle inhoud is in orde.")
    return EXIT_OK


def cmd_build(root: Path, args: argparse.Namespace) -> int:
    options: MkDocsOptions = {"site_dir": str(Path(args.site_dir).resolve())} if args.site_dir else {}
    code = run_mkdocs(root, "build", **options)
    if code == EXIT_OK:
        print(f"De site staat klaar in {args.site_dir or 'site'}/.")
    return code


def cmd_serve(root: Path, args: argparse.Namespace) -> int:
    return run_mkdocs(root, "serve", dev_addr=f"127.0.0.1:{args.port}", livereload=True)


def cmd_pages(root: Path, args: argparse.Namespace) -> int:
    """Write the composed pages as Markdown files, and the generated downloads: the site without MkDocs."""
    from .site import compose_files, compose_site, read_inputs
    from .validate import load_content

    content, problems = load_content(root)
    if problems:
        print(format_report(problems), file=sys.stderr)
    if any(p.is_error for p in problems):
        return EXIT_CONTENT
    out = Path(args.out)
    inputs = read_inputs(root)
    for page in compose_site(content, inputs):
        target = out / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, encoding="utf-8")
    for generated in compose_files(content, inputs):
        target = out / generated.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(generated.content)
    print(f"Pagina's geschreven naar {out}/.")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kennisbank", description="IVH-kennisbank: controleren, bouwen en bekijken.")
    parser.add_argument("--root", default=None, help="projectmap (standaard: gevonden vanaf de huidige map)")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="controleer alle inhoud in content/")
    check.add_argument("--github", action="store_true", help="meld problemen ook als GitHub-annotaties (::error file=…,line=…::…)")
    check.add_argument("--json", action="store_true", help="meld problemen als JSON (bestand, regel, kolom, ernst, code, melding)")
    build = sub.add_parser("build", help="controleer en bouw de site (alleen bij succes wordt site/ vervangen)")
    build.add_argument("--site-dir", default=None)
    serve = sub.add_parser("serve", help="bekijk de site lokaal; herlaadt bij wijzigingen in content/")
    serve.add_argument("--port", type=int, default=8000)
    pages = sub.add_parser("pages", help="schrijf de samengestelde pagina's als Markdown-bestanden")
    pages.add_argument("--out", default="build/pages")
    _register_extra_commands(sub)
    args = parser.parse_args(argv)
    root = Path(args.root).resolve() if args.root else find_root(Path.cwd())
    handler: Handler = args.handler if hasattr(args, "handler") else COMMANDS[args.command]
    try:
        return handler(root, args)
    except KeyboardInterrupt:
        return EXIT_CRASH
    except Exception:
        if os.environ.get("KENNISBANK_DEBUG"):
            raise
        from .load import current_file

        print(crash_message(current_file()), file=sys.stderr)
        return EXIT_CRASH


COMMANDS: dict[str, Handler] = {"check": cmd_check, "build": cmd_build, "serve": cmd_serve, "pages": cmd_pages}


def _register_extra_commands(sub: Subparsers) -> None:
    """Commands of other parts of the package (links, factsheets, …) register themselves here."""
    import importlib

    for module_name in ("kennisbank.commands.links", "kennisbank.commands.factsheets", "kennisbank.commands.editors"):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        module.register(sub)


if __name__ == "__main__":
    sys.exit(main())
