"""Where links come from: the YAML field, line and column of every URL, and which YAML line produced
a link on a generated page.

We walk the YAML parser's events ourselves (PyYAML, libyaml when present) to get the extent of
every scalar value, not just its start: a URL that lychee finds outside every value sits in a comment (or
a key) and is dropped; a URL inside a value gets the value's YAML path, e.g. `bron[0].url`.
"""

from __future__ import annotations

import bisect
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable
from urllib.parse import unquote

import yaml

from ..errors import Location

if TYPE_CHECKING:
    from ..compose.page import Page
    from ..validate import Content

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader

# absolute web addresses in running text; trailing punctuation belongs to the sentence
ABSOLUTE = re.compile(r"https?://[^\s<>\"'`\]\)]+")
MARKDOWN_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HTML_ATTR = re.compile(r"""(?:href|src)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_TRAILING = ".,;:!?"
_CODE = re.compile(r"```.*?(?:```|\Z)|`[^`\n]+`", re.DOTALL)


def clean(url: str) -> str:
    while url and url[-1] in _TRAILING:
        url = url[:-1]
    return url


# where a value stands in its file: mapping keys and sequence indexes, e.g. ("bron", 0, "url")
YamlPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Scalar:
    path: YamlPath
    start: int  # character offsets into the file text
    end: int


@dataclass(frozen=True)
class Found:
    url: str
    location: Location
    field: str  # the YAML path, readable: "bron[0].url"


def field_name(path: YamlPath) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


@dataclass(slots=True)
class _Open:
    """A mapping or sequence the parser is inside of, while walking its events."""

    is_mapping: bool
    path: YamlPath
    key: str | None = None  # a mapping: the key waiting for its value (None between entries)
    index: int = 0  # a sequence: the index of its next item


class YamlText:
    """One YAML file's text with the extents of its scalar values."""

    def __init__(self, text: str, display: str) -> None:
        self.text = text
        self.display = display
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.scalars: list[Scalar] = []
        try:
            self._scan(text)
        except yaml.YAMLError:
            pass  # a file the loader rejects is reported by `kennisbank check`; keep what was read
        self.scalars.sort(key=lambda s: s.start)
        self._starts = [s.start for s in self.scalars]

    @classmethod
    def read(cls, path: Path, display: str) -> "YamlText":
        return cls(path.read_text(encoding="utf-8", errors="replace").removeprefix("\ufeff"), display)

    def _scan(self, text: str) -> None:
        """Walk the parser's events (libyaml when present): no nodes built, no tags resolved."""
        stack: list[_Open] = []
        for event in yaml.parse(text, Loader=_Loader):
            kind = type(event)
            if kind in (yaml.MappingEndEvent, yaml.SequenceEndEvent):
                stack.pop()
                continue
            if kind not in (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.AliasEvent):
                continue
            path: YamlPath = ()
            if stack:
                top = stack[-1]
                if top.is_mapping:
                    if top.key is None:  # a mapping key
                        top.key = event.value if kind is yaml.ScalarEvent else "?"
                        if kind is yaml.ScalarEvent:
                            continue
                    else:
                        path, top.key = (*top.path, top.key), None
                else:
                    path, top.index = (*top.path, top.index), top.index + 1
            if kind is yaml.ScalarEvent:
                self.scalars.append(Scalar(path, event.start_mark.index, event.end_mark.index))
            elif kind is yaml.MappingStartEvent:
                stack.append(_Open(True, path))
            elif kind is yaml.SequenceStartEvent:
                stack.append(_Open(False, path))

    def offset(self, line: int, column: int) -> int:
        if not 1 <= line <= len(self._line_starts):
            return -1
        return self._line_starts[line - 1] + max(column, 1) - 1

    def position(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def value_at(self, line: int, column: int) -> Scalar | None:
        """The scalar value that contains (line, column), or None (a comment, a key, or nothing)."""
        offset = self.offset(line, column)
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and self.scalars[index].start <= offset < self.scalars[index].end:
            return self.scalars[index]
        return None

    def in_code(self, scalar: Scalar, line: int, column: int) -> bool:
        """Whether (line, column) is inside Markdown code in the value (a fenced block or `code`):
        shown verbatim on the site, not a link (lychee skips verbatim text in HTML too)."""
        offset = self.offset(line, column) - scalar.start
        raw = self.text[scalar.start : scalar.end]
        return any(m.start() <= offset < m.end() for m in _CODE.finditer(raw))

    def links(self) -> list[Found]:
        """Every link target inside a value: absolute URLs and Markdown link targets, in file order."""
        found: list[Found] = []
        for scalar in self.scalars:
            raw = self.text[scalar.start : scalar.end]
            seen_offsets: set[int] = set()
            for pattern in (MARKDOWN_TARGET, HTML_ATTR, ABSOLUTE):
                for match in pattern.finditer(raw):
                    group = 1 if pattern.groups else 0
                    start = scalar.start + match.start(group)
                    if start in seen_offsets:
                        continue
                    seen_offsets.add(start)
                    url = clean(match.group(group))
                    line, column = self.position(start)
                    found.append(Found(url, Location(self.display, line, column), field_name(scalar.path)))
        found.sort(key=lambda f: (f.location.line, f.location.column))
        return found


# --- links on generated pages ---------------------------------------------------------------------


def page_targets(markdown: str) -> set[str]:
    """Every link target written in a page's Markdown."""
    targets = {clean(m.group(1)) for m in MARKDOWN_TARGET.finditer(markdown)}
    targets |= {m.group(1) for m in HTML_ATTR.finditer(markdown)}
    targets |= {clean(m.group(0)) for m in ABSOLUTE.finditer(markdown)}
    return targets


def content_links(content: Content) -> dict[str, list[Found]]:
    """URL -> where it stands in the YAML, over all content files."""
    index: dict[str, list[Found]] = {}
    for entry in content.entries:
        path = content.root / entry.file
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8", errors="replace").removeprefix("\ufeff")
        if "://" not in text and "](" not in text and "href" not in text and "src" not in text:
            continue  # no link in this file: skip parsing it again
        for found in YamlText(text, entry.file).links():
            index.setdefault(found.url, []).append(found)
    return index


def record_link_origins(pages: Iterable[Page], content: Content) -> None:
    """Fill `Page.link_origins`: for each link on a page that comes from a YAML value, its location.

    When the same URL stands in several files, the page's own source file wins.
    """
    index = content_links(content)
    if not index:
        return
    for page in pages:
        for target in page_targets(page.markdown):
            places = index.get(target)
            if not places:
                continue
            own = [f for f in places if f.location.file == page.source]
            page.link_origins.setdefault(target, (own or places)[0].location)


def site_target(page_path: str, target: str) -> str:
    """A Markdown link target on page `page_path` as a site-relative URL with directory URLs.

    `../bouwstenen/vroegsignalering.md#doel` on `ouders/index.md` -> `bouwstenen/vroegsignalering/#doel`.
    Absolute URLs are returned unchanged.
    """
    if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):
        return target
    path, _, anchor = target.partition("#")
    if not path:
        resolved = page_path
    else:
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), unquote(path)))
    url = html_url(resolved)
    return url + (f"#{anchor}" if anchor else "")


def html_url(path: str) -> str:
    """Site-relative URL of a docs path or built file: 'a/b.md', 'a/b/index.html' -> 'a/b/'."""
    path = path[2:] if path.startswith("./") else path
    if path in (".", ""):
        return ""
    for suffix in ("index.html", "index.md"):
        if path == suffix:
            return ""
        if path.endswith("/" + suffix):
            return path[: -len(suffix)]
    if path.endswith(".md"):
        return path[:-3] + "/"
    return path
