"""The site's navigation, built from the composed pages.

Material renders the whole navigation into every page, so a long section would make the build grow
quadratically with the number of pages. A section with more than `MAX_NAV_ITEMS` pages therefore
shows only its overview page in the menu; that overview links to all of them.
"""

from __future__ import annotations

import posixpath

from .page import Page
from markupsafe import Markup

from ..escape import html_attribute
from .render import escape_text

MAX_NAV_ITEMS = 25

# The shape of MkDocs' `nav` setting as built here: a page is {title: path}, its title escaped `Markup`
# (see `nav_title`); a section is {section title: [paths of its overview pages, then its pages]}.
NavPage = dict[Markup, str]
NavSection = dict[str, list[str | NavPage]]
Nav = list[NavPage | NavSection]

SECTIONS: list[tuple[str, str]] = [
    ("start", "Start"),
    ("ivh", "Over IVH"),
    ("bouwstenen", "Bouwstenen"),
    ("richtlijnen", "Richtlijnen"),
    ("profielen", "Competentieprofielen"),
    ("kwaliteitskader", "Kwaliteitskader jonge kind"),
    ("doelgroepen", "Voor wie"),
    ("factsheets", "Factsheets"),
    ("begrippen", "Begrippen en cijfers"),
    ("over", "Over deze kennisbank"),
    ("redactie", "Redactie"),
]


# Sections with their own way in: not in the public menu, but one entry (their overview page) at the end
# of another section. The editors' guide is for editors, and should not compete with pages for readers.
SEPARATE_SECTIONS: dict[str, str] = {"redactie": "over"}


def add_overflow_listings(pages: list[Page]) -> list[Page]:
    """Sections too long for the menu get a listing of all their pages on their overview page.

    The overview page (`<section>/index.md`) is created when the section has none, so every page
    stays reachable from the menu in two clicks however many files editors add.
    """
    result = list(pages)
    for key, title in SECTIONS:
        members = sorted((p for p in pages if p.section == key and p.in_nav and not p.path.endswith("index.md")), key=lambda p: (p.order, p.title))
        if len(members) <= MAX_NAV_ITEMS:
            continue
        index = next((p for p in pages if p.section == key and p.path.endswith("index.md")), None)
        if index is None:
            index = Page(path=f"{key}/index.md", title=title, markdown=f"# {title}\n", section=key, order=0)
            result.append(index)
        folder = posixpath.dirname(index.path)
        listing = "\n".join(f"- [{escape_text(p.title)}]({posixpath.relpath(p.path, folder or '.')})" for p in members)
        index.markdown += f"\n\n## Alle pagina's in dit deel\n\n{listing}\n"
    return result


def nav_title(page: Page) -> Markup:
    """The title as MkDocs receives it. Material prints navigation titles into HTML unescaped (and
    escapes them again with `| e` in a few attributes): as escaped `Markup` it is right in both."""
    return Markup(html_attribute(page.title))


def build_nav(pages: list[Page]) -> Nav:
    """The `nav` setting for MkDocs: sections in fixed order, pages by `order` then title."""
    nav: Nav = []
    titles = dict(SECTIONS)
    doors: dict[str, list[Page]] = {}
    for key, host in SEPARATE_SECTIONS.items():
        overview = [p for p in pages if p.section == key and p.in_nav and p.path.endswith("index.md")]
        doors.setdefault(host, []).extend(overview[:1])
    for key, _title in SECTIONS:
        if key in SEPARATE_SECTIONS:
            continue
        members = sorted((p for p in pages if p.section == key and p.in_nav), key=lambda p: (p.order, p.title))
        members += doors.get(key, [])
        if not members:
            continue
        if key == "start":
            nav.extend({nav_title(p): p.path} for p in members)
            continue
        index = [p for p in members if p.path.endswith("index.md") and p.section == key]
        others = [p for p in members if not (p.path.endswith("index.md") and p.section == key)]
        if len(others) > MAX_NAV_ITEMS and index:
            others = []
        nav.append({titles[key]: [p.path for p in index] + [{nav_title(p): p.path} for p in others]})
    unknown = {p.section for p in pages} - set(titles)
    if unknown:
        raise ValueError(f"pages in unknown sections: {sorted(unknown)}")
    return nav
