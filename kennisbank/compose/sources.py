"""The sources page: every source document with its full title, publisher and year, what the
kennisbank uses it for, and what a reader should know about its reliability (from the
accountability file, soort: verantwoording)."""

from __future__ import annotations

from ..models.about import About
from ..models.source_document import SourceDocument
from . import ComposeContext, urls
from .page import Page

PATH = urls.SOURCES


def compose(context: ComposeContext) -> list[Page]:
    documents: list[SourceDocument] = sorted(context.content.of("brondocument"), key=lambda d: d.id)
    if not documents:
        return []
    accountability: list[About] = context.content.of("verantwoording")
    about = next(iter(accountability), None)
    uses = {use.document: use for use in about.sources} if about else {}
    return [
        Page(
            path=PATH,
            title="Bronnen",
            markdown=context.render(
                "pages/bronnen.md.j2",
                documents=[{"doc": d, "use": uses.get(d.id)} for d in documents],
            ),
            section="over",
            order=10,
            review=about.review if about else None,
        )
    ]
