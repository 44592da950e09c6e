"""Pages from content. Each module here with a `compose(context)` function contributes pages; a
module may also define `files(context)` for other generated files (downloads).

This package is plain Python: the MkDocs hook calls it, and `kennisbank pages` writes its output as
Markdown files, so the site could move to another generator.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..validate import Content
from .citations import Citations
from .navigation import add_overflow_listings
from .page import GeneratedFile, Page
from .. import dutch
from . import urls
from .render import escape_text, render
from ..links.origins import record_link_origins

_INFRASTRUCTURE = {"page", "render", "citations", "navigation", "urls"}


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


@cache
def _modules() -> tuple:
    found = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module_info.name not in _INFRASTRUCTURE:
            found.append(importlib.import_module(f"{__name__}.{module_info.name}"))
    return tuple(found)


def composers() -> tuple:
    return tuple(module.compose for module in _modules() if hasattr(module, "compose"))


def compose_files(content: Content) -> list[GeneratedFile]:
    """Generated downloads from every composer module that defines `files(context)`."""
    context = ComposeContext(content, Citations(content), content.root)
    return [file for module in _modules() if hasattr(module, "files") for file in module.files(context)]


def compose_site(content: Content) -> list[Page]:
    context = ComposeContext(content, Citations(content), content.root)
    pages: list[Page] = []
    for compose in composers():
        pages.extend(compose(context))
    changed = _last_changed(content.root)
    for page in pages:
        if page.source and page.review is None:
            entry = content.entry_for_file(page.source)
            if entry is not None:
                page.review = entry.item.review
        if page.review is not None:
            page.markdown += review_footer(page.review, changed.get(page.source) if page.source else None)
    pages = add_overflow_listings(pages)
    record_link_origins(pages, content)  # which YAML line produced each link, for `kennisbank links`
    return pages


def review_footer(review, changed=None) -> str:
    """The review line under a page; with the date of the last commit of its file when git knows it."""
    change = f" Laatst gewijzigd op {dutch.long_date(changed)}." if changed else ""
    return (
        f'\n<p class="kb-herzien">Inhoud laatst gecontroleerd op {dutch.long_date(review.date)} '
        f"door: {escape_text(review.by_role)}.{change}</p>\n"
    )


def _last_changed(root: Path) -> dict:
    """Content file -> date of its last commit (one `git log` pass); empty without git."""
    try:
        from ..editors.history import last_changed

        return last_changed(root)
    except Exception:  # never fail a build over a date
        return {}
