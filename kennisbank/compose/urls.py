"""Where each content item's page lives: one static table, so links between pages never drift.

Every kind that has a page (or a place on a page) is listed here, and only here. Composers, the
factsheets, the pull-request summary and the link checker all read this table; nothing registers
itself by being imported. Links are written to Markdown source paths (`../bouwstenen/vroegsignalering.md`),
so MkDocs checks them at build time and rewrites them to the right URL.
"""

from __future__ import annotations

import posixpath
from typing import Callable

Pattern = str | Callable[[str], str]
"""A page pattern with `{id}`, or a function from an id to its target (for items, such as the
criteria of the quality framework, whose page depends on more than their own id)."""

HOME = "index.md"
TRAJECTORY = "ivh/traject.md"
TARGET_GROUP = "ivh/doelgroep.md"
GLOSSARY = "begrippen/index.md"
KEY_FIGURES = "begrippen/kerncijfers.md"
ABOUT = "over/index.md"
SOURCES = "over/bronnen.md"
IMPLEMENTATION = "richtlijnen/implementatie.md"
QUALITY = "richtlijnen/kwaliteit.md"
FRAMEWORK = "kwaliteitskader/index.md"
FOLDERS = "voor/folder-maken.md"
HOME_PAGE_ID = "start"


SITE_URL_FALLBACK = "https://kennisbank.integralevroeghulp.nl/"


def info_page(item_id: str) -> str:
    """The home page is the site's index; other general pages live at '<id>.md'."""
    return HOME if item_id == HOME_PAGE_ID else f"{item_id}.md"


def criterion(criterion_id: str) -> str:
    """A criterion's id starts with its theme's id (checked by the model), so its page follows from it."""
    theme = criterion_id.split("-", 1)[0]
    return f"kwaliteitskader/{theme}.md#{criterion_id}"


PAGE_OF_KIND: dict[str, Pattern] = {
    "pagina": info_page,
    "bouwsteen": "bouwstenen/{id}.md",
    "trajectstap": TRAJECTORY + "#{id}",
    "doelgroep": TARGET_GROUP,
    "doelgroeppagina": "voor/{id}.md",
    "begrip": GLOSSARY + "#{id}",
    "kerncijfer": KEY_FIGURES + "#{id}",
    "brondocument": SOURCES + "#bron-{id}",
    "verantwoording": ABOUT,
    "implementatierichtlijn": "richtlijnen/{id}.md",
    "kwaliteitsrichtlijn": "richtlijnen/{id}.md",
    "implementatiestap": IMPLEMENTATION + "#stap-{id}",
    "organisatiemodel": IMPLEMENTATION + "#model-{id}",
    "rolkeuze": IMPLEMENTATION + "#optie-{id}",
    "doel": QUALITY + "#doel-{id}",
    "monitoringveld": QUALITY + "#veld-{id}",
    "competentieprofiel": "profielen/{id}.md",
    "kwaliteitskader": FRAMEWORK,
    "kwaliteitsthema": "kwaliteitskader/{id}.md",
    "criterium": criterion,
    "gemeente": "factsheets/{id}.md",
    "folder": FOLDERS + "#folder-{id}",
}


def target(kind: str, item_id: str) -> str:
    pattern = PAGE_OF_KIND[kind]
    return pattern(item_id) if callable(pattern) else pattern.format(id=item_id)


def relative(from_page: str, to_target: str) -> str:
    """Relative Markdown link from one page's source path to another target (path plus optional #anchor)."""
    path, _, anchor = to_target.partition("#")
    rel = posixpath.relpath(path, posixpath.dirname(from_page) or ".")
    return rel + (f"#{anchor}" if anchor else "")


def link(from_page: str, kind: str, item_id: str) -> str:
    return relative(from_page, target(kind, item_id))


def directory_url(markdown_target: str) -> str:
    """'bouwstenen/x.md#a' -> 'bouwstenen/x/#a': the site-relative URL with directory URLs."""
    path, _, anchor = markdown_target.partition("#")
    stem = path.removesuffix(".md")
    url = "" if stem == "index" else stem.removesuffix("index") if stem.endswith("/index") else stem + "/"
    return url + (f"#{anchor}" if anchor else "")


def html_relative(from_page: str, to_page: str) -> str:
    """A link for raw HTML, which MkDocs does not rewrite: from one page's URL to another's."""
    return posixpath.relpath(directory_url(to_page) or ".", directory_url(from_page) or ".") + "/"
