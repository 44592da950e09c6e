"""The glossary page, and the abbreviation list that gives every page its tooltips."""

from __future__ import annotations

from .page import Page
from .render import escape_text

PATH = "begrippen/index.md"


def compose(context) -> list[Page]:
    terms = sorted(context.content.of("begrip"), key=lambda t: t.title.lower())
    if not terms:
        return []
    return [
        Page(
            path=PATH,
            title="Begrippen en afkortingen",
            markdown=context.render("pages/begrippen.md.j2", terms=terms),
            section="begrippen",
            order=0,
        )
    ]


def abbreviation_definitions(content) -> str:
    """Markdown abbreviation lines (`*[MDO]: multidisciplinair overleg`) for every page."""
    lines = []
    for term in content.of("begrip"):
        if term.abbreviation:
            lines.append(f"*[{term.abbreviation}]: {escape_text(term.title)}")
    return "\n".join(lines)
