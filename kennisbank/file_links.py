"""A site built to open from disk (the editors' preview, `kennisbank voorbeeld`: no directory URLs) links to
files, never to folders: a browser shows a folder as a file listing instead of its index.html.

MkDocs rewrites the links it reads from Markdown, but not addresses inside HTML that templates write
(the factsheets, for example). After such a build, every relative link to a folder that holds an
index.html is pointed at that file.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote

_HREF = re.compile(r'(\shref=")([^"]*)(")')
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _fixed(page: Path, href: str) -> str | None:
    if not href or href.startswith(("#", "/", "?")) or _SCHEME.match(href):
        return None
    path, mark, rest = (re.split(r"([?#])", href, maxsplit=1) + ["", ""])[:3]
    if path.endswith(".html") or not path:
        return None
    folder = page.parent / unquote(posixpath.normpath(path))
    if not (folder / "index.html").is_file():
        return None
    return path.rstrip("/") + "/index.html" + mark + rest if path not in (".", "./") else "index.html" + mark + rest


def link_files(site_dir: Path) -> int:
    """Point every relative link to a folder at the folder's index.html; returns how many were changed."""
    changed = 0
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        count = 0

        def fix(match: re.Match) -> str:
            nonlocal count
            new = _fixed(page, match.group(2))
            if new is None:
                return match.group(0)
            count += 1
            return match.group(1) + new + match.group(3)

        result = _HREF.sub(fix, text)
        if count:
            page.write_text(result, encoding="utf-8")
            changed += count
    return changed
