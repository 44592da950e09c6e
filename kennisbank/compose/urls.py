"""Where each content item's page lives. One table, so links between pages never drift.

Links are written to Markdown source paths (`../bouwstenen/vroegsignalering.md`), so MkDocs checks
them at build time and rewrites them to the right URL.
"""

from __future__ import annotations

import posixpath

PAGE_OF_KIND: dict[str, str] = {
    "bouwsteen": "bouwstenen/{id}.md",
    "begrip": "begrippen/index.md#{id}",
    "brondocument": "over/bronnen.md#bron-{id}",
    "pagina": "{id}.md",
}


def register(kind: str, pattern: str) -> None:
    """Content-type composers declare where their items' pages live."""
    PAGE_OF_KIND[kind] = pattern


def target(kind: str, item_id: str) -> str:
    return PAGE_OF_KIND[kind].format(id=item_id)


def relative(from_page: str, to_target: str) -> str:
    """Relative Markdown link from one page's source path to another target (path plus optional #anchor)."""
    path, _, anchor = to_target.partition("#")
    rel = posixpath.relpath(path, posixpath.dirname(from_page) or ".")
    return rel + (f"#{anchor}" if anchor else "")


def link(from_page: str, kind: str, item_id: str) -> str:
    return relative(from_page, target(kind, item_id))
