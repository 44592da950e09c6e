"""A site built to open from disk (the editors' preview, `kennisbank voorbeeld`: no directory URLs) links to
files, never to folders: a browser shows a folder as a file listing instead of its index.html.

MkDocs rewrites the links it reads from Markdown, but not addresses inside HTML that templates write (the
factsheets, for example), and those are written for the published site, where `a/b.md` is the folder
`a/b/`. After such a build every relative link is made to work from the file: a link to a folder points
at its index.html, and a link that only resolves from the page's published folder (`a/b/`) is rewritten
relative to the file (`a/b.html`), to the page's file when it points at a page's folder.
"""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote

_HREF = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _target(folder: Path, path: str) -> Path | None:
    """The file a link resolves to from `folder`: the file itself, a folder's index.html, or for a folder
    address (`a/b/`) the page that is `a/b.html` when there are no directory URLs."""
    found = Path(os.path.normpath(folder / unquote(path)))
    if found.is_file():
        return found
    if (found / "index.html").is_file():
        return found / "index.html"
    page = found.parent / f"{found.name}.html"
    if path.endswith("/") and page.is_file():
        return page
    return None


def _fixed(site_dir: Path, page: Path, href: str) -> str | None:
    if not href or href.startswith(("#", "/", "?")) or _SCHEME.match(href):
        return None
    path, mark, rest = (re.split(r"([?#])", href, maxsplit=1) + ["", ""])[:3]
    if not path:
        return None
    here = _target(page.parent, path)
    if here is not None and here.name == Path(path).name and not path.endswith("/"):
        return None  # already a file
    published = page.with_suffix("") if page.name != "index.html" else None
    target = here or (_target(published, path) if published is not None else None)
    if target is None or site_dir.resolve() not in target.resolve().parents:
        return None
    return posixpath.relpath(target.as_posix(), page.parent.as_posix()) + mark + rest


def link_files(site_dir: Path) -> int:
    """Make every relative link (and script or image address) of every page work from the file; returns
    how many were changed."""
    changed = 0
    for page in site_dir.rglob("*.html"):
        if page.name == "404.html" and page.parent == site_dir:
            continue  # served by a web server for any address: its links start at the site root
        text = page.read_text(encoding="utf-8")
        count = 0

        def fix(match: re.Match[str], page: Path = page) -> str:
            nonlocal count
            new = _fixed(site_dir, page, match.group(2))
            if new is None or new == match.group(2):
                return match.group(0)
            count += 1
            return match.group(1) + new + match.group(3)

        result = _HREF.sub(fix, text)
        if count:
            page.write_text(result, encoding="utf-8")
            changed += count
    return changed
