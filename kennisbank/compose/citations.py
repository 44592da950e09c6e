"""Source lines on pages: readers see document titles, not file names or line numbers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from markupsafe import Markup

from ..models.common import SeedRef, SourceRef, WebRef
from ..models.source_document import SourceDocument
from ..validate import Content
from .render import escape_text


# The line under a parent's quote, saying who said it. The quotes come from the research among parents;
# pages that speak to parents themselves ('je') leave out the word research.
PARENT_QUOTE_SOURCE = "Een ouder, in het onderzoek naar ervaringen van ouders"
PARENT_QUOTE_SOURCE_FOR_PARENTS = "Een ouder over Integrale Vroeghulp"


class Sourced(Protocol):
    """Anything that carries its sources: a passage, a quote, a step, a table row."""

    @property  # read-only, so frozen models and subclasses with narrower lists match
    def sources(self) -> Sequence[SourceRef]: ...


class Citations:
    def __init__(self, content: Content) -> None:
        documents: list[SourceDocument] = content.of("brondocument")
        self._titles = {doc.id: doc.short_title for doc in documents}
        self._years = {doc.id: doc.publication.year for doc in documents}

    def titles(self, *source_lists: Iterable[SourceRef]) -> list[str]:
        seen: list[str] = []
        for sources in source_lists:
            for source in sources:
                if isinstance(source, SeedRef):
                    label = escape_text(self._titles.get(source.seed, source.seed))
                elif isinstance(source, WebRef):
                    label = f"[{escape_text(source.title or source.url)}]({source.url})"
                else:  # pragma: no cover - the model admits no other kind
                    continue
                if label not in seen:
                    seen.append(label)
        return seen

    def line(self, *source_lists: Iterable[SourceRef]) -> Markup:
        """'Bron: Handboek IVH (2025)' for the given lists of sources (Markdown, safe)."""
        titles = self.titles(*source_lists)
        if not titles:
            return Markup("")
        word = "Bron" if len(titles) == 1 else "Bronnen"
        return Markup(f'<span class="kb-bron">{word}: {"; ".join(titles)}</span>')

    def study(self, *groups: Iterable[Sourced]) -> str:
        """'onderzoek van 2025': the study that passages or quotes come from, named by the year of its document when
        they all cite one document with a plain year; else 'onderzoek'. Headings use it, so no year is typed."""
        seeds = {s.seed for group in groups for item in group for s in item.sources if isinstance(s, SeedRef)}
        year = self._years.get(next(iter(seeds))) if len(seeds) == 1 else None
        return f"onderzoek van {year}" if year and year.isdigit() else "onderzoek"

    def of(self, *groups: Iterable[Sourced]) -> Markup:
        """Source line for one or more lists of passages or quotes."""
        return self.line(*(item.sources for group in groups for item in group))
