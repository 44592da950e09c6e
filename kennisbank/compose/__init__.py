"""Pages from content: one module per content area, each with `compose(context) -> list[Page]`.

This package is plain Python and knows nothing of MkDocs, the factsheets or the editors' tools; the
registry of page families (`kennisbank.site`) calls the composers, and `kennisbank pages` writes
their output as Markdown files, so the site could move to another generator.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..validate import Content
from .. import dutch
from . import urls
from .citations import Citations
from .render import escape_text, render


@dataclass
class ComposeContext:
    content: Content
    cite: Citations
    root: Path

    def render(self, template: str, **values) -> str:
        return render(self.root, template, cite=self.cite, **values)

    def link(self, from_page: str, kind: str, item_id: str) -> str:
        """Relative Markdown link from page `from_page` to the page of content item (kind, id)."""
        return urls.link(from_page, kind, item_id)


def review_footer(review, changed=None) -> str:
    """The review line under a page; with the date of the last commit of its file when git knows it."""
    change = f" Laatst gewijzigd op {dutch.long_date(changed)}." if changed else ""
    return (
        f'\n<p class="kb-herzien">Inhoud laatst gecontroleerd op {dutch.long_date(review.date)} '
        f"door: {escape_text(review.by_role)}.{change}</p>\n"
    )
