"""The sources page: every source document, with its publisher and year."""

from __future__ import annotations

from .page import Page

PATH = "over/bronnen.md"


def compose(context) -> list[Page]:
    documents = sorted(context.content.of("brondocument"), key=lambda d: d.id)
    if not documents:
        return []
    return [
        Page(
            path=PATH,
            title="Bronnen",
            markdown=context.render("pages/bronnen.md.j2", documents=documents),
            section="over",
            order=10,
        )
    ]
