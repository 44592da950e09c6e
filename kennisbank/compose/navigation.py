"""The site's navigation, built from the composed pages.

Material renders the whole navigation into every page, so a long section would make the build grow
quadratically with the number of pages. A section with more than `MAX_NAV_ITEMS` pages therefore
shows only its overview page in the menu; that overview links to all of them.
"""

from __future__ import annotations

from .page import Page

MAX_NAV_ITEMS = 25

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


def build_nav(pages: list[Page]) -> list:
    """The `nav` setting for MkDocs: sections in fixed order, pages by `order` then title."""
    nav: list = []
    titles = dict(SECTIONS)
    for key, title in SECTIONS:
        members = sorted((p for p in pages if p.section == key and p.in_nav), key=lambda p: (p.order, p.title))
        if not members:
            continue
        if key == "start":
            nav.extend({p.title: p.path} for p in members)
            continue
        index = [p for p in members if p.path.endswith("index.md")]
        others = [p for p in members if not p.path.endswith("index.md")]
        if len(others) > MAX_NAV_ITEMS and index:
            others = []
        nav.append({titles[key]: [p.path for p in index] + [{p.title: p.path} for p in others]})
    unknown = {p.section for p in pages} - set(titles)
    if unknown:
        raise ValueError(f"pages in unknown sections: {sorted(unknown)}")
    return nav
