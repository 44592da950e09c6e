"""Pages from content: one module per content area, each with `compose(context) -> list[Page]`.

This package is plain Python and knows nothing of MkDocs, the factsheets or the editors' tools; the
registry of page families (`kennisbank.site`) calls the composers, and `kennisbank pages` writes
their output as Markdown files, so the site could move to another generator.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..models.common import Review
from ..validate import Content
from .. import dutch
from . import urls
from .citations import Citations
from .render import escape_text, render


Index = Mapping[str, Mapping[str, Any]]
"""`Content.index()`: kind -> id -> the item or nested object. What an entry is depends on its kind (a block,
a criterion, a goal …), so the values are `Any`; a composer reads the fields of the kind it asked for."""


@dataclass(frozen=True)
class SiteInputs:
    """What composition needs from outside the content, read once at the edge and passed in.

    `kennisbank.site.read_inputs` fills it for the MkDocs hook and the commands (git, the clock,
    mkdocs.yml); composers only read these fields, so a test can pass a fixed day or history.
    """

    today: date
    site_url: str = urls.SITE_URL_FALLBACK  # `site_url` of mkdocs.yml, ending in '/'
    edit_base: str = ""  # `extra.kennisbank.edit_base` of mkdocs.yml: the repository's edit address
    commits: tuple[Any, ...] = ()  # editors.history.Commit for content/, newest first; empty without git
    last_changed: Mapping[str, date] = field(default_factory=dict)  # content file -> day of its last commit
    qr_cache: Path | None = None  # folder where made QR codes are kept (the project's .cache/qr); None: made each time


@dataclass
class ComposeContext:
    content: Content
    cite: Citations
    root: Path
    inputs: SiteInputs

    def render(self, template: str, **values: Any) -> str:
        return render(self.root, template, cite=self.cite, **values)

    def link(self, from_page: str, kind: str, item_id: str) -> str:
        """Relative Markdown link from page `from_page` to the page of content item (kind, id)."""
        return urls.link(from_page, kind, item_id)


def review_footer(review: Review, changed: date | None = None) -> str:
    """The review line under a page; with the date of the last commit of its file when git knows it."""
    change = f" Laatst gewijzigd op {dutch.long_date(changed)}." if changed else ""
    return f'\n<p class="kb-herzien">Inhoud laatst gecontroleerd op {dutch.long_date(review.date)} door: {escape_text(review.by_role)}.{change}</p>\n'
