"""Where each content item's page lives. One table, so links between pages never drift.

Links are written to Markdown source paths (`../bouwstenen/vroegsignalering.md`), so MkDocs checks
them at build time and rewrites them to the right URL.
"""

from __future__ import annotations

import posixpath
from typing import Callable

Pattern = str | Callable[[str], str]
"""A page pattern with `{id}`, or a function from an id to its target (for items, such as the
criteria of the quality framework, whose page depends on more than their own id)."""

PAGE_OF_KIND: dict[str, Pattern] = {
    "bouwsteen": "bouwstenen/{id}.md",
    "begrip": "begrippen/index.md#{id}",
    "brondocument": "over/bronnen.md#bron-{id}",
    "pagina": "{id}.md",
}


def register(kind: str, pattern: Pattern) -> None:
    """Content-type composers declare where their items' pages live."""
    PAGE_OF_KIND[kind] = pattern


def target(kind: str, item_id: str) -> str:
    pattern = PAGE_OF_KIND[kind]
    return pattern(item_id) if callable(pattern) else pattern.format(id=item_id)


def relative(from_page: str, to_target: str) -> str:
    """Relative Markdown link from one page's source path to another target (path plus optional #anchor)."""
    path, _, anchor = to_target.partition("#")
    rel = posixpath.relpath(path, posixpath.dirname(from_page) or ".")
    return rel + (f"#{anchor}" if anchor else "")


def link(from_page: str, kind: str, item_id: str) -> str:
    return relative(from_page, target(kind, item_id))
