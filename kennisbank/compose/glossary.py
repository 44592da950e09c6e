"""The glossary page, and the abbreviation list that gives every page its tooltips.

Terms are grouped by their first letter; an abbreviation sorts under its own letter (VWS under V),
because that is what a reader looks for. Synonyms and older names are printed with each term, so
the site search finds the glossary for 'casemanager' as well as for 'trajectbegeleider'.
"""

from __future__ import annotations

import unicodedata
from itertools import groupby

from ..models.glossary import GlossaryTerm
from ..validate import Content
from . import ComposeContext, urls
from .page import Page
from .render import escape_text

PATH = urls.GLOSSARY


def sort_key(term: GlossaryTerm) -> str:
    """The word a reader looks for: the abbreviation if there is one, else the title; accents ignored."""
    word = term.abbreviation or term.title
    word = word.lstrip("(")
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def heading(term: GlossaryTerm) -> str:
    """'CJG – Centrum voor Jeugd en Gezin', or just the title when there is no (different) abbreviation."""
    if term.abbreviation and not term.title.startswith(term.abbreviation):
        return f"{term.abbreviation} – {term.title}"
    return term.title


def letter_group(term: GlossaryTerm) -> tuple[str, str]:
    """(label, anchor) of the letter a term is listed under; terms not starting with a letter go under "Overig"."""
    first = sort_key(term)[:1]
    return (first.upper(), f"letter-{first}") if "a" <= first <= "z" else ("Overig", "letter-overig")


def compose(context: ComposeContext) -> list[Page]:
    terms: list[GlossaryTerm] = sorted(context.content.of("begrip"), key=sort_key)
    if not terms:
        return []
    groups = [(label, anchor, list(members)) for (label, anchor), members in groupby(terms, key=letter_group)]
    block_links = {t.id: urls.link(PATH, "bouwsteen", t.block) for t in terms if t.block}
    return [
        Page(
            path=PATH,
            title="Begrippen en afkortingen",
            markdown=context.render(
                "pages/begrippen.md.j2",
                groups=groups,
                headings={t.id: heading(t) for t in terms},
                block_links=block_links,
            ),
            section="begrippen",
            order=0,
        )
    ]


def tooltip(term: GlossaryTerm) -> str:
    """What the tooltip says: the full name, or the short description when the 'abbreviation' is a name."""
    return term.title if term.title != term.abbreviation else term.summary


def abbreviation_definitions(content: Content) -> str:
    """Markdown abbreviation lines (`*[MDO]: multidisciplinair overleg`) for every page."""
    lines: list[str] = []
    terms: list[GlossaryTerm] = content.of("begrip")
    for term in terms:
        if term.abbreviation:
            lines.append(f"*[{term.abbreviation}]: {escape_text(tooltip(term))}")
    return "\n".join(lines)
