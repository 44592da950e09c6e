"""The factsheet's HTML document as a tree of plain data, for the PDF renderer (Typst).

The PDF is not laid out from a second template: the one HTML template (html.py) decides every word,
link and number, and this module hands its result to `templates/factsheets/factsheet.typ` as JSON.
The Typst file only presents: it maps each element and class onto paper. So the web page and the PDF
say the same things by construction, and content stays data: text reaches Typst as JSON strings,
which Typst shows and never evaluates.

A node is `{"t": tag, "c": classes, "k": [children]}` plus the attributes the PDF needs (`href`,
`start`); text is a plain string with HTML's whitespace rules already applied. An inline SVG
(the map, the QR code) becomes `{"t": "svg", "svg": markup, "alt": text, "ratio": height / width}`.
An element this module does not know is an error, so a template change cannot silently drop text
from the PDF.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

# Elements that hold other blocks: whitespace between their children is not text.
CONTAINERS = frozenset({"article", "header", "footer", "section", "div", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "figure"})
# Elements that hold a line of text (their outer whitespace is trimmed).
TEXT_BLOCKS = frozenset({"p", "h1", "h2", "h3", "li", "dt", "dd", "th", "td", "caption", "figcaption"})
INLINE = frozenset({"a", "strong", "em", "b", "i", "span", "sup", "sub", "code", "br"})
KNOWN = CONTAINERS | TEXT_BLOCKS | INLINE
KEPT_ATTRIBUTES = ("href", "start")
VOID = frozenset({"br", "meta", "img", "hr", "link", "input"})
# The print stylesheet hides these as well: text for screen readers, the buttons, the "Kruis aan:" the
# table caption already says on paper.
HIDDEN_IN_PRINT = (
    "kb-fs-verborgen",
    "kb-fs-acties",
    "kb-fs-onbekend",
)

_SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)
_SVG_PLACEHOLDER = '<kb-svg data-i="{}"></kb-svg>'
_SPACES = re.compile(r"[ \t\n\r\f]+")
_VIEWBOX = re.compile(r'viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"')
_SIZE = re.compile(r'\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"')
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.DOTALL)
_LABEL = re.compile(r'aria-label="([^"]*)"')


class UnknownElement(ValueError):
    """The factsheet template used an element the PDF renderer does not present."""


@dataclass
class Document:
    """A factsheet document: its metadata and its body as data for Typst."""

    title: str = ""
    lang: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    body: list[Any] = field(default_factory=list)

    def as_data(self) -> dict[str, Any]:
        return {"title": self.title, "lang": self.lang, "meta": self.meta, "body": self.body}


def svg_node(markup: str) -> dict[str, Any]:
    """An inline SVG as an image for Typst: standalone markup, its text alternative and its proportions."""
    if "xmlns=" not in markup[: markup.index(">")]:
        markup = markup.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"', 1)
    head = markup[: markup.index(">")]
    label = _LABEL.search(head)
    title = _TITLE.search(markup)
    alt = html.unescape(label.group(1) if label else title.group(1) if title else "")
    size = _VIEWBOX.search(head) or _SIZE.search(head)
    ratio = float(size.group(2)) / float(size.group(1)) if size else 1.0
    classes = re.search(r'\bclass="([^"]*)"', head)
    return {"t": "svg", "c": classes.group(1) if classes else "", "svg": markup, "alt": " ".join(alt.split()), "ratio": round(ratio, 4)}


class _Builder(HTMLParser):
    def __init__(self, svgs: list[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.svgs = svgs
        self.document = Document()
        self.stack: list[dict[str, Any]] = [{"t": "root", "k": []}]
        self.in_head = False
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "html":
            self.document.lang = values.get("lang", "")
        elif tag == "head":
            self.in_head = True
        elif tag == "title":
            self.in_title = True
        elif tag == "meta" and self.in_head and "name" in values:
            self.document.meta[values["name"]] = values.get("content", "")
        elif tag == "body" or self.in_head:
            return
        elif tag == "kb-svg":
            self.stack[-1]["k"].append(svg_node(self.svgs[int(values["data-i"])]))
        elif tag not in KNOWN:
            raise UnknownElement(f"<{tag}> is not presented in the PDF; add it to print_tree.py and factsheet.typ")
        else:
            node: dict[str, Any] = {"t": tag, "c": values.get("class", ""), "k": []}
            node.update({name: values[name] for name in KEPT_ATTRIBUTES if name in values})
            self.stack[-1]["k"].append(node)
            if tag not in VOID:
                self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False
        elif tag == "title":
            self.in_title = False
        elif tag in KNOWN and tag not in VOID:
            if self.stack[-1]["t"] != tag:
                raise UnknownElement(f"</{tag}> closes <{self.stack[-1]['t']}>: the factsheet HTML is not well nested")
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.document.title += data
        elif not self.in_head and len(self.stack) > 1:
            self.stack[-1]["k"].append(data)


def _hidden(node: Any) -> bool:
    return isinstance(node, dict) and any(c in node.get("c", "").split() for c in HIDDEN_IN_PRINT)


def _normalise(node: dict[str, Any]) -> None:
    """HTML's whitespace rules: runs of white space are one space, none between blocks, none at the
    edges of a line of text; elements hidden in print are left out."""
    kids = [k for k in node.get("k", []) if not _hidden(k)]
    kids = [_SPACES.sub(" ", k) if isinstance(k, str) else k for k in kids]
    if node["t"] in CONTAINERS or node["t"] == "root":
        kids = [k for k in kids if not (isinstance(k, str) and not k.strip())]
    for kid in kids:
        if isinstance(kid, dict):
            _normalise(kid)
    node["k"] = kids
    if node["t"] in TEXT_BLOCKS:
        _trim(node, start=True)
        _trim(node, start=False)


def _trim(node: dict[str, Any], *, start: bool) -> None:
    kids = node.get("k", [])
    while kids:
        index = 0 if start else -1
        kid = kids[index]
        if isinstance(kid, str):
            trimmed = kid.lstrip(" ") if start else kid.rstrip(" ")
            if trimmed:
                kids[index] = trimmed
                return
            kids.pop(index)
        elif kid["t"] == "br" or kid["t"] == "svg":
            return
        else:
            _trim(kid, start=start)
            return


def document_tree(document_html: str) -> Document:
    """The factsheet document (`pdf.document_html`) as metadata and a body of nodes."""
    svgs: list[str] = []

    def keep(match: re.Match[str]) -> str:
        svgs.append(match.group(0))
        return _SVG_PLACEHOLDER.format(len(svgs) - 1)

    builder = _Builder(svgs)
    builder.feed(_SVG.sub(keep, document_html))
    builder.close()
    root = builder.stack[0]
    _normalise(root)
    builder.document.body = root["k"]
    return builder.document


def plain_text(nodes: list[Any]) -> str:
    """The words of a tree in document order, for comparing what the PDF shows with what the page says."""
    words: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, str):
            words.append(node)
        elif node["t"] == "br":
            words.append(" ")
        elif node["t"] != "svg":
            for kid in node.get("k", []):
                walk(kid)
            if node["t"] in TEXT_BLOCKS or node["t"] in CONTAINERS:
                words.append(" ")

    for node in nodes:
        walk(node)
    return " ".join("".join(words).split())
