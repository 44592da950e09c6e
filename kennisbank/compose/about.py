"""'Over deze beschrijving': version and date, why the description was renewed, what changed since 2014."""

from __future__ import annotations

from .. import dutch
from ..models.about import About, Change
from ..validate import Content
from . import ComposeContext, urls
from .page import Page

PATH = urls.ABOUT

from ..models.about import CHANGE_KINDS


def current(content: Content) -> About | None:
    """The accountability item (there is one), or None."""
    items: list[About] = content.of("verantwoording")
    return items[0] if items else None


def _links(context: ComposeContext, change: Change) -> list[tuple[str, str]]:
    """Titles and links of the pages a change points at (only pages that exist)."""
    index = context.content.index()
    wanted: list[tuple[str, str | None]] = [("bouwsteen", change.see_block), ("kerncijfer", change.see_figure)]
    if change.see_framework:
        wanted += [("kwaliteitskader", g.id) for g in context.content.of("kwaliteitskader")]
    found: list[tuple[str, str]] = []
    for kind, item_id in wanted:
        if not item_id:  # the change names no item of this kind
            continue
        item = index.get(kind, {}).get(item_id)
        if item is not None and kind in urls.PAGE_OF_KIND:
            found.append((item.title, urls.link(PATH, kind, item_id)))
    return found


def compose(context: ComposeContext) -> list[Page]:
    about = current(context.content)
    if about is None:
        return []
    changes = [{"change": c, "label": CHANGE_KINDS[c.change_kind], "links": _links(context, c)} for c in about.changes]
    counts = {label: sum(1 for c in about.changes if CHANGE_KINDS[c.change_kind] == label) for label in CHANGE_KINDS.values()}
    return [
        Page(
            path=PATH,
            title=about.title,
            markdown=context.render(
                "pages/verantwoording.md.j2",
                about=about,
                version_date=dutch.long_date(about.version_date),
                since=str(about.previous.year) if about.previous else "de vorige beschrijving",
                changes=changes,
                counts=[(label, n) for label, n in counts.items() if n],
                sources_href=urls.relative(PATH, "over/bronnen.md"),
            ),
            section="over",
            order=0,
            source=context.content.entry_of(about).file,
        )
    ]
