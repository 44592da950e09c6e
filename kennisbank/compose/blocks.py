"""Pages for the seven building blocks, and an overview showing them side by side."""

from __future__ import annotations

from . import urls
from .page import Page

OVERVIEW = "bouwstenen/index.md"


def compose(context) -> list[Page]:
    blocks = sorted(context.content.of("bouwsteen"), key=lambda b: b.number)
    pages = []
    for block in blocks:
        path = urls.target("bouwsteen", block.id)
        entry = context.content.entry_of(block)
        pages.append(
            Page(
                path=path,
                title=block.title,
                markdown=context.render("pages/bouwsteen.md.j2", block=block, links=_related_links(context, path, block)),
                section="bouwstenen",
                order=block.number,
                source=entry.file,
            )
        )
    if blocks:
        pages.append(
            Page(
                path=OVERVIEW,
                title="De zeven bouwstenen",
                markdown=context.render(
                    "pages/bouwstenen-overzicht.md.j2",
                    blocks=blocks,
                    hrefs={b.id: urls.link(OVERVIEW, "bouwsteen", b.id) for b in blocks},
                ),
                section="bouwstenen",
                order=0,
            )
        )
    return pages


def _related_links(context, path: str, block) -> dict[str, list[tuple[str, str]]]:
    """Titles and links of everything the block points at, grouped for the 'Zie ook' section."""
    index = context.content.index()

    def resolve(kind: str, ids: list[str]) -> list[tuple[str, str]]:
        found = []
        for item_id in ids:
            target = index.get(kind, {}).get(item_id)
            if target is not None and kind in urls.PAGE_OF_KIND:
                found.append((getattr(target, "title", item_id), urls.link(path, kind, item_id)))
        return found

    profiles = list(dict.fromkeys([*block.who.profiles, *block.related.profiles]))
    return {
        "Competentieprofielen": resolve("competentieprofiel", profiles),
        "Kwaliteitscriteria": resolve("criterium", block.related.criteria),
        "Stappen in het traject": resolve("trajectstap", block.related.steps),
        "Samenhangende bouwstenen": resolve("bouwsteen", block.related.blocks),
    }
