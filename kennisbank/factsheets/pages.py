"""Factsheet pages: one per municipality in the register, and an index with a search field.

The municipality pages stay out of the navigation (`in_nav=False`): Material renders the navigation
into every page, and 342 entries would multiply the build time. The index page is in the menu and
links to all of them. The municipality pages are also left out of the site search (their text is the
same on every one); the index's own search field finds a municipality by name, code or province.

The factsheet itself is HTML from `templates/factsheets/`, shared with the PDF (see
kennisbank/factsheets/html.py), placed in the Markdown page as a raw HTML block.
"""

from __future__ import annotations

from ..compose import ComposeContext, urls
from ..compose.page import Page
from .data import build_all
from .html import SourceLine, body_html, index_html, region_pages, web_page_options

INDEX = "factsheets/index.md"
SCRIPT = '<script src="{base}assets/javascripts/factsheets.js" defer></script>'
ADAPT = '<script type="module" src="{base}assets/javascripts/folders/factsheet.js"></script>'  # 'Aanpassen': local fields in the browser


def compose(context: ComposeContext) -> list[Page]:
    sheets = build_all(context.content)
    if not sheets:
        return []
    sources = SourceLine(context.content)
    pages = []
    for sheet in sheets:
        path = urls.target("gemeente", sheet.id)
        body = body_html(context.root, context.content, sheet, **web_page_options(context, sheet.id, sources))
        title = f"Factsheet IVH {sheet.municipality.name}"
        description = f"Integrale Vroeghulp in de gemeente {sheet.municipality.name}: schatting, bouwstenen, financiering en contact."
        markdown = (
            f"---\nsearch:\n  exclude: true\nhide:\n  - navigation\n  - toc\n---\n\n{body}\n{SCRIPT.format(base='../../')}\n{ADAPT.format(base='../../')}\n"
        )
        pages.append(Page(path=path, title=title, markdown=markdown, section="factsheets", order=100, in_nav=False, description=description))

    regions = region_pages(context, sheets, sources, pages)
    provinces = sorted({s.municipality.province for s in sheets})
    index_body = index_html(context.root, sorted(sheets, key=lambda s: _sort_key(s.municipality.name)), provinces=provinces, regions=regions)
    pages.append(
        Page(
            path=INDEX,
            title="Factsheets per gemeente en regio",
            markdown=f"# Factsheets per gemeente en regio\n\n{index_body}\n{SCRIPT.format(base='../')}\n",
            section="factsheets",
            order=0,
        )
    )
    return pages


def _sort_key(name: str) -> str:
    """'s-Gravenhage sorts under G, as in the municipal register's sort name."""
    return name.removeprefix("'s-").removeprefix("'t ").casefold()
