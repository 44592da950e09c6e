"""General pages (soort: pagina), including the home page (id `start`)."""

from __future__ import annotations

from ..models.audience import AudiencePage
from ..models.block import Block
from ..models.info_page import InfoPage
from . import ComposeContext, urls
from .page import Page

HOME = urls.HOME_PAGE_ID
GUIDE_INDEX = "redactie/index.md"  # the editors' guide (editors/pages.py), for the way back from its pages


def compose(context: ComposeContext) -> list[Page]:
    pages: list[Page] = []
    infos: list[InfoPage] = context.content.of("pagina")
    for info in infos:
        path = urls.target("pagina", info.id)
        extra: dict[str, object] = _home_context(context, path) if info.id == HOME else {"blocks": [], "audiences": []}
        extra["guide"] = urls.relative(path, GUIDE_INDEX) if info.section == "redactie" else None
        extra["editors_search"] = info.section == "redactie"  # pages of the editors' guide carry its search box
        pages.append(
            Page(
                path=path,
                title=info.title,
                markdown=context.render("pages/pagina.md.j2", page=info, **extra),
                section="start" if info.id == HOME else info.section,
                order=info.order,
                source=context.content.entry_of(info).file,
            )
        )
    return pages


def _home_context(context: ComposeContext, path: str) -> dict[str, object]:
    blocks: list[Block] = sorted(context.content.of("bouwsteen"), key=lambda b: b.number)
    audiences: list[AudiencePage] = sorted(context.content.of("doelgroeppagina"), key=lambda a: (a.order, a.id))
    return {
        "blocks": [(b, urls.link(path, "bouwsteen", b.id)) for b in blocks],
        "audiences": [(a, urls.link(path, "doelgroeppagina", a.id)) for a in audiences],
    }
