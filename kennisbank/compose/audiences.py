"""Audience pages (soort: doelgroeppagina): one page per group of readers, under 'Voor wie'."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from markupsafe import Markup

from ..escape import markdown_cell
from ..models.audience import AudiencePage, SeeAlso, Table
from . import ComposeContext, Index, municipality_lookup, urls
from .citations import PARENT_QUOTE_SOURCE, PARENT_QUOTE_SOURCE_FOR_PARENTS
from .page import Page


OVERVIEW = "voor/index.md"

# Kinds a section may link to, with the heading used for them, in the order they are shown.
_SEE_ALSO = [
    ("blocks", "bouwsteen"),
    ("steps", "trajectstap"),
    ("profiles", "competentieprofiel"),
    ("criteria", "criterium"),
    ("figures", "kerncijfer"),
    ("terms", "begrip"),
]


def compose(context: ComposeContext) -> list[Page]:
    audiences: list[AudiencePage] = sorted(context.content.of("doelgroeppagina"), key=lambda a: (a.order, a.id))
    index = context.content.index()
    pages: list[Page] = []
    for audience in audiences:
        path = urls.target("doelgroeppagina", audience.id)
        pages.append(
            Page(
                path=path,
                title=audience.menu_title,
                markdown=context.render(
                    "pages/doelgroeppagina.md.j2",
                    page=audience,
                    **_wording(audience.voice),
                    see_also={s.id: see_also_links(index, path, s.see_also) for s in audience.sections},
                    tables={s.id: table_cells(s.table) for s in audience.sections if s.table},
                    lookups={s.id: municipality_lookup.widget(context, path, s.lookup, audience.voice) for s in audience.sections if s.lookup},
                    step_links={(s.id, i): _resolve(index, path, "trajectstap", step.steps) for s in audience.sections for i, step in enumerate(s.steps)},
                ),
                section="doelgroepen",
                order=audience.order + 1,
                source=context.content.entry_of(audience).file,
            )
        )
    if audiences:
        pages.append(
            Page(
                path=OVERVIEW,
                title="Voor wie",
                markdown=context.render(
                    "pages/doelgroepen-overzicht.md.j2",
                    audiences=[(a, urls.relative(OVERVIEW, urls.target("doelgroeppagina", a.id))) for a in audiences],
                    folders=urls.relative(OVERVIEW, urls.FOLDERS) if context.content.of("folder") else None,
                ),
                section="doelgroepen",
                order=0,
            )
        )
    return pages


def _wording(voice: str) -> dict[str, str]:
    """Words of the page that depend on whom it addresses: parents ('je') or professionals ('u')."""
    if voice == "je":
        return {"quote_source": PARENT_QUOTE_SOURCE_FOR_PARENTS, "see_also_label": "Meer lezen, op pagina's voor professionals"}
    return {"quote_source": PARENT_QUOTE_SOURCE, "see_also_label": "Meer hierover"}


class TableCells(TypedDict):
    columns: list[Markup]
    rows: list[list[Markup]]


def table_cells(table: Table) -> TableCells:
    """Header and rows as safe Markdown table cells: escaped, pipes neutralised, on one line."""

    return {"columns": [markdown_cell(c) for c in table.columns], "rows": [[markdown_cell(c) for c in row.cells] for row in table.rows]}


def see_also_links(index: Index, path: str, see_also: SeeAlso) -> list[tuple[str, str]]:
    """(title, href) for everything a section points at that has a page; in a fixed order, one per title."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for attribute, kind in _SEE_ALSO:
        for title, href in _resolve(index, path, kind, getattr(see_also, attribute)):
            # a block or profile page and a glossary entry can share a name: show the page only
            if title.lower() not in seen:
                seen.add(title.lower())
                found.append((title, href))
    return found


def _resolve(index: Index, path: str, kind: str, ids: Sequence[str]) -> list[tuple[str, str]]:
    """Only kinds that have pages are linked; a reference to a kind without pages is left out."""
    if kind not in urls.PAGE_OF_KIND:
        return []
    known = index.get(kind, {})
    found: list[tuple[str, str]] = []
    for item_id in ids:
        target = known.get(item_id)
        if target is not None:
            found.append((getattr(target, "title", item_id), urls.link(path, kind, item_id)))
    return found
