"""The MkDocs side: validate content, add composed pages, build atomically.

`site_config/hooks.py` re-exports these functions; MkDocs calls them. They only call into the
package: loading, validation and composition live elsewhere.

- `on_config` validates all content first. On any error it prints the Dutch report and stops,
  before anything is written, also for plain `mkdocs build` and `mkdocs serve`.
- `mkdocs build` writes into a temporary directory that replaces the site only when the build
  succeeded, so a failed build leaves the previous site byte-for-byte intact.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict
from urllib.parse import quote

import jinja2
from markupsafe import Markup
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files
from mkdocs.utils import meta as markdown_meta

from . import site_build, site_hooks
from .site import compose_files, compose_site, read_inputs
from .compose.glossary import abbreviation_definitions
from .compose.navigation import build_nav
from .compose.page import GeneratedFile, Page
from .compose.render import compiled_templates_cache
from .errors import Location, Problem, command_problem, crash_message, format_problem, format_report
from .escape import html_attribute
from .load import current_file
from .validate import Content, load_content

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page as MkDocsPage


class _BuildState(TypedDict, total=False):
    """What one MkDocs run keeps between its events."""

    command: str  # build, serve or gh-deploy
    content: Content
    pages: list[Page]  # composed from content
    files: list[GeneratedFile]  # downloads made at build time
    edit_base: str
    abbreviations: str
    final_site_dir: str  # where the site goes once the staged build succeeded (build only)
    composed: dict[str, Page]  # composed pages by their Markdown path
    sources: dict[str, str]  # Markdown path -> the content file it comes from


_state: _BuildState = {"command": "build"}


def on_startup(command: str, dirty: bool) -> None:
    _state["command"] = command


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    root = Path(config.config_file_path).parent
    try:
        content, problems = load_content(root)
    except Exception:  # our own bug: apologise, never a traceback
        if os.environ.get("KENNISBANK_DEBUG"):
            raise
        raise Abort(crash_message(current_file())) from None
    errors = [p for p in problems if p.is_error]
    if problems:
        print(format_report(problems), file=sys.stderr)
    if errors:
        raise Abort("De site is niet gebouwd: herstel eerst de fouten hierboven. De vorige versie van de site is ongewijzigd.")
    _state["content"] = content
    inputs = read_inputs(root)  # today, mkdocs.yml and git, read here once: the composers only compute
    _state["pages"] = compose_site(content, inputs)
    _state["files"] = compose_files(content, inputs)
    _add_stylesheets(config, root)
    _state["edit_base"] = (config.extra.get("kennisbank") or {}).get("edit_base", "")
    _state["abbreviations"] = abbreviation_definitions(content)
    if _state["command"] == "build":
        _state["final_site_dir"] = config.site_dir
        config.site_dir = site_build.start(config.site_dir)
    return config


def _add_stylesheets(config: MkDocsConfig, root: Path) -> None:
    """Every stylesheet in docs/assets/stylesheets/ is included, so a feature can ship its own file.

    Order: the first sheet listed in mkdocs.yml (the base), then the discovered feature sheets in
    name order, then the other listed sheets (the accessibility fixes), which must win.
    """
    folder = Path(config.docs_dir) / "assets" / "stylesheets"
    if not folder.is_absolute():
        folder = root / folder
    config.extra_css = stylesheet_order([str(css) for css in config.extra_css], folder)


def stylesheet_order(listed: list[str], folder: Path) -> list[str]:
    discovered = [f"assets/stylesheets/{css.name}" for css in sorted(folder.glob("*.css"))]
    features = [uri for uri in discovered if uri not in listed]
    return listed[:1] + features + listed[1:]


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    """Material's templates are compiled once and kept, like ours (compose.render.compiled_templates_cache)."""
    env.bytecode_cache = compiled_templates_cache(Path(config.config_file_path).parent)
    return env


def on_files(files: Files, config: MkDocsConfig) -> Files:
    pages: list[Page] = list(_state["pages"])
    handwritten = {file.src_uri for file in files}
    for page in pages:
        if page.path in handwritten:
            problem = Problem(
                Location(f"docs/{page.path}"), "Deze pagina wordt al gemaakt uit content/. Verwijder het bestand uit docs/.", code="kb-pagina-dubbel"
            )
            raise Abort(format_problem(problem))
        files.append(File.generated(config, page.path, content=page.markdown))
    for generated in _state["files"]:  # downloads made at build time (compose/page.py: GeneratedFile)
        files.append(File.generated(config, generated.path, content=generated.content))
    _state["composed"] = {p.path: p for p in pages}
    pages.extend(_handwritten_pages(files))
    _state["sources"] = {p.path: p.source for p in pages if p.source}
    config.nav = build_nav(pages)
    return files


def _handwritten_pages(files: Files) -> list[Page]:
    """Pages written as Markdown in docs/ place themselves in the nav with front matter `sectie`/`volgorde`."""
    found: list[Page] = []
    for file in files.documentation_pages():
        if file.generated_by or file.abs_src_path is None:
            continue
        _body, meta = markdown_meta.get_data(Path(file.abs_src_path).read_text(encoding="utf-8"))
        if "sectie" in meta:
            found.append(Page(file.src_uri, meta.get("title", file.name), "", meta["sectie"], int(meta.get("volgorde", 50))))
    return found


def on_page_markdown(markdown: str, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
    source = _state["sources"].get(page.file.src_uri)
    if source and _state["edit_base"]:
        page.edit_url = _state["edit_base"] + quote(source)
    composed = _state["composed"].get(page.file.src_uri)
    if composed is not None:
        # Material prints page.meta.title into <title> and the header unescaped (and page.title through
        # `striptags`, which turns entities back into tags), so the composed title enters them escaped.
        if not page.is_homepage:
            page.meta["title"] = Markup(html_attribute(composed.title))
        if composed.description:
            page.meta["description"] = Markup(html_attribute(composed.description))
    definitions = _state["abbreviations"]
    return f"{markdown}\n\n{definitions}\n" if definitions else markdown


def on_post_build(config: MkDocsConfig) -> None:
    staged = "final_site_dir" in _state
    if staged:
        _factsheet_pdfs(config)
    site_hooks.finish(config, _state.get("content"))  # search entries, links of the preview, fonts: on the whole site, before the swap
    if staged:
        site_build.finish(config.site_dir, _state.pop("final_site_dir"))


def _factsheet_pdfs(config: MkDocsConfig) -> None:
    """The PDF factsheets (kennisbank.factsheets), into the staging site before the swap; cached.

    KENNISBANK_FACTSHEET_PDF=0 skips them; a comma-separated list of ids or CBS codes
    (`gm0363,jz13,0096`) renders only those, for a quick preview of a few.
    """
    wanted = os.environ.get("KENNISBANK_FACTSHEET_PDF", "").strip()
    if wanted == "0":
        return
    import logging

    from .factsheets import glyphs
    from .factsheets.pdf import FactsheetError, render_all  # only when PDFs are made

    root = Path(config.config_file_path).parent
    only = {part.strip() for part in wanted.split(",") if part.strip()} or None
    try:
        stats = render_all(root, _state["content"], Path(config.site_dir), config.site_url or "/", only=only)
    except FactsheetError as error:
        raise Abort(command_problem(str(error), "kb-factsheet-pdf")) from None
    for problem in glyphs.problems(root, stats.unprintable):  # warnings, printed as validation's are
        print(format_problem(problem), file=sys.stderr)
    if stats.total:
        logging.getLogger("mkdocs.kennisbank.factsheets").info(stats.summary())


def on_build_error(error: Exception) -> None:
    if "final_site_dir" in _state:
        shutil.rmtree(site_build.staging_dir(_state.pop("final_site_dir")), ignore_errors=True)


def current_content() -> Content | None:
    """The validated content of the running build, for mkdocs-macros."""
    return _state.get("content")
