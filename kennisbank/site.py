"""The registry of page families: every kind of page the site has, declared once, in one table.

Each family names its composer; where each content kind's page lives is the static table in
`kennisbank.compose.urls`. `compose_site` is the one place that runs the composers, for the MkDocs
hook, `kennisbank pages` and the link checker. Nothing registers itself by being imported.

This module sits above the content composers, the factsheets and the editors' tools (it assembles
their pages) and below the MkDocs hook and the command line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from .compose import ComposeContext, SiteInputs, about, audiences, blocks, folders, framework, glossary, guidelines, info_pages
from .compose import key_figures, profiles, rapportage, review_footer, sources, target_group, trajectory, zelfscan
from .compose.citations import Citations
from .compose.navigation import add_overflow_listings
from .compose.page import GeneratedFile, Page
from .compose.urls import SITE_URL_FALLBACK
from .editors import pages as editor_pages
from .editors import history
from .factsheets import pages as factsheet_pages
from .links.origins import record_link_origins
from .qr import QR_CACHE
from .validate import Content


@dataclass(frozen=True)
class PageFamily:
    name: str
    compose: Callable[[ComposeContext], list[Page]]
    kinds: tuple[str, ...] = ()  # content kinds whose pages this family makes (see compose.urls)
    files: Callable[[ComposeContext], list[GeneratedFile]] | None = None  # downloads made at build time


PAGE_FAMILIES: tuple[PageFamily, ...] = (
    PageFamily("verantwoording", about.compose, ("verantwoording",)),
    PageFamily("doelgroeppagina's", audiences.compose, ("doelgroeppagina",)),
    PageFamily("bouwstenen", blocks.compose, ("bouwsteen",)),
    PageFamily("redactie", editor_pages.compose),
    PageFamily("factsheets", factsheet_pages.compose, ("gemeente",)),
    PageFamily("folders", folders.compose, ("folder",)),
    PageFamily("kwaliteitskader", framework.compose, ("kwaliteitskader", "kwaliteitsthema", "criterium")),
    PageFamily("begrippen", glossary.compose, ("begrip",)),
    PageFamily(
        "richtlijnen",
        guidelines.compose,
        ("implementatierichtlijn", "kwaliteitsrichtlijn", "implementatiestap", "organisatiemodel", "rolkeuze", "doel", "monitoringveld"),
    ),
    PageFamily("algemene pagina's", info_pages.compose, ("pagina",)),
    PageFamily("kerncijfers", key_figures.compose, ("kerncijfer",)),
    PageFamily("competentieprofielen", profiles.compose, ("competentieprofiel",)),
    PageFamily("bronnen", sources.compose, ("brondocument",)),
    PageFamily("jaarrapportage", rapportage.compose, files=rapportage.files),
    PageFamily("doelgroep", target_group.compose, ("doelgroep",)),
    PageFamily("traject", trajectory.compose, ("trajectstap",)),
    PageFamily("zelfscan", zelfscan.compose),
)


def read_inputs(root: Path, today: date | None = None) -> SiteInputs:
    """What the composers need from outside the content: today, mkdocs.yml and git. Called at the edge
    (the MkDocs hook, `kennisbank pages`, `kennisbank links`), once per build."""
    site_url, edit_base = mkdocs_addresses(root)
    try:
        commits, changed = tuple(history.content_commits(root)), history.last_changed(root)
    except Exception:  # never fail a build over a date
        commits, changed = (), {}
    return SiteInputs(today=today or _today(), site_url=site_url, edit_base=edit_base, commits=commits, last_changed=changed, qr_cache=root / QR_CACHE)


def _today() -> date:
    """Today, or KENNISBANK_VANDAAG (JJJJ-MM-DD) to see the review list as on another day."""
    override = os.environ.get("KENNISBANK_VANDAAG")
    if override:
        try:
            return date.fromisoformat(override)
        except ValueError:
            pass
    return date.today()


def mkdocs_addresses(root: Path) -> tuple[str, str]:
    """`site_url` (ending in '/') and `edit_base` from mkdocs.yml, read as text: the file has MkDocs-only tags."""
    site_url, edit_base = "", ""
    config = root / "mkdocs.yml"
    if config.exists():
        for line in config.read_text(encoding="utf-8").splitlines():
            if line.startswith("site_url:"):
                site_url = site_url or line.split(":", 1)[1].strip().strip("'\"")
            elif line.strip().startswith("edit_base:"):
                edit_base = line.split(":", 1)[1].strip().strip("'\"")
    if not site_url:
        return SITE_URL_FALLBACK, edit_base
    return (site_url if site_url.endswith("/") else site_url + "/"), edit_base


def compose_site(content: Content, inputs: SiteInputs, families: tuple[PageFamily, ...] = PAGE_FAMILIES) -> list[Page]:
    context = ComposeContext(content, Citations(content), content.root, inputs)
    pages: list[Page] = []
    for family in families:
        pages.extend(family.compose(context))
    for page in pages:
        if page.source and page.review is None:
            entry = content.entry_for_file(page.source)
            if entry is not None:
                page.review = entry.item.review
        if page.review is not None:
            page.markdown += review_footer(page.review, inputs.last_changed.get(page.source) if page.source else None)
    pages = add_overflow_listings(pages)
    record_link_origins(pages, content)  # which YAML line produced each link, for `kennisbank links`
    return pages


def compose_files(content: Content, inputs: SiteInputs, families: tuple[PageFamily, ...] = PAGE_FAMILIES) -> list[GeneratedFile]:
    """The downloads (templates, exports) of every family that makes them."""
    context = ComposeContext(content, Citations(content), content.root, inputs)
    return [file for family in families if family.files for file in family.files(context)]
