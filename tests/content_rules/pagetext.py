"""Reading a built site the way a reader does: the text of each page's main article, block by block.

Used by the content-rule tests (copy check, readability, privacy). Parsed with tinyhtml5, a small
pure-Python HTML5 parser (a test dependency).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from xml.etree.ElementTree import Element

import tinyhtml5

XHTML = "{http://www.w3.org/1999/xhtml}"

BLOCK_TAGS = {
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "dt",
    "dd",
    "figcaption",
    "summary",
    "blockquote",
    "div",
    "section",
    "nav",
    "ol",
    "ul",
    "table",
    "tr",
    "details",
    "pre",
    "caption",
}

# Never the reader's text: scripts, the edit button, permalink signs.
ALWAYS_SKIP_CLASSES = {"md-content__button", "headerlink"}
# Parents' own words, marked as quotation: excepted from the copy check.
QUOTE_CLASSES = {"kb-citaat"}
# Apparatus around our text: source lines, review footer, link lists, quote attributions.
APPARATUS_CLASSES = {"kb-bron", "kb-herzien", "kb-lees-verder", "kb-stap-link", "kb-citaat-bron", "kb-letters", "kb-inhoud"}


SVG = "{http://www.w3.org/2000/svg}"
# An image's text alternatives: each a block of its own (a map's title and description are two sentences).
SVG_TEXT_TAGS = {"svg:title", "svg:desc"}


def _tag(element: Element) -> str:
    if not isinstance(element.tag, str):
        return ""
    return element.tag.removeprefix(XHTML).replace(SVG, "svg:")


def _classes(element: Element) -> set[str]:
    return set((element.get("class") or "").split())


_ARTICLE_START = re.compile(r'<article\b[^>]*class="[^"]*\bmd-content__inner\b')


def article(html: str) -> Element | None:
    """The main article of a Material page (`article.md-content__inner`), or None.

    Only the article's own HTML is parsed (the navigation around it is most of a page, and parsing
    is the slow part); the whole page is parsed when the article cannot be cut out cleanly.
    """
    match = _ARTICLE_START.search(html)
    end = html.rfind("</article>")
    source = f"<html><body>{html[match.start() : end + len('</article>')]}</body></html>" if match and end > match.start() else html
    root = tinyhtml5.parse(source)
    for element in root.iter(f"{XHTML}article"):
        if "md-content__inner" in _classes(element):
            return element
    return None


@lru_cache(maxsize=None)
def _cached_blocks(path: str, mtime: float, skip_quotes: bool, skip_apparatus: bool) -> tuple[str, ...]:
    html = Path(path).read_text(encoding="utf-8")
    return tuple(blocks(article(html), skip_quotes=skip_quotes, skip_apparatus=skip_apparatus))


def page_blocks(path: Path, *, skip_quotes: bool = True, skip_apparatus: bool = False) -> list[str]:
    """`blocks(article(...))` of an HTML file, parsed once per test session."""
    return list(_cached_blocks(str(path), path.stat().st_mtime, skip_quotes, skip_apparatus))


def blocks(element: Element | None, *, skip_quotes: bool = True, skip_apparatus: bool = False, skip_code: bool = True) -> list[str]:
    """The text of `element`, split where block elements start and end; whitespace collapsed.

    `skip_code` leaves out <pre> and <code>: on the editors' pages they show YAML files and field
    values as data (a parent's quote in a `citaat:` field included). Every published text field is
    also rendered as prose on its own page, and checked there.
    """
    if element is None:
        return []
    skip = set(ALWAYS_SKIP_CLASSES)
    if skip_quotes:
        skip |= QUOTE_CLASSES
    if skip_apparatus:
        skip |= APPARATUS_CLASSES
    found: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = re.sub(r"\s+", " ", "".join(current)).strip()
        if text:
            found.append(text)
        current.clear()

    def walk(node: Element) -> None:
        tag = _tag(node)
        # a list to choose from (the 342 municipalities) is no running text
        skipped_tag = tag in {"script", "style", "template", "select"} or (skip_code and tag in {"pre", "code"})
        if skipped_tag or _classes(node) & skip or (skip_quotes and tag == "blockquote"):
            if node.tail:
                current.append(node.tail)
            return
        if tag == "br":
            current.append(" ")
        is_block = tag in BLOCK_TAGS or tag in SVG_TEXT_TAGS
        if is_block:
            flush()
        if node.text:
            current.append(node.text)
        for child in node:
            walk(child)
        if is_block:
            flush()
        if node.tail:
            current.append(node.tail)

    walk(element)
    flush()
    return found


def page_url(site: Path, html_file: Path) -> str:
    rel = html_file.relative_to(site).as_posix()
    return "/" + rel.removesuffix("index.html")


def site_pages(site: Path) -> list[Path]:
    """Every page but the 404 page; of the 384 factsheets, which share one template and differ in
    their figures, those of the sample (conftest.PDF_SAMPLE: the extremes of names and regions)."""
    from conftest import PDF_SAMPLE

    def wanted(page: Path) -> bool:
        parts = page.relative_to(site).parts
        return not (len(parts) == 3 and parts[0] == "factsheets" and parts[1] not in PDF_SAMPLE)

    return sorted(p for p in site.rglob("*.html") if p.name != "404.html" and wanted(p))


def words(text: str) -> list[str]:
    """Normalised words: lower case, accents removed, punctuation dropped; numbers kept as words."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", text)


def seed_words(text: str) -> list[str]:
    """Seed text is hyphenated at line ends ('uitvo-\\nering'): join those before taking words."""
    return words(re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text))


def shingles(tokens: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def copied_runs(tokens: list[str], seed_shingles: set[tuple[str, ...]], size: int) -> list[str]:
    """Maximal runs of `size` or more consecutive words of `tokens` that also occur in the seeds."""
    spans: list[list[int]] = []
    for i in range(len(tokens) - size + 1):
        if tuple(tokens[i : i + size]) in seed_shingles:
            if spans and i < spans[-1][1]:
                spans[-1][1] = i + size  # overlaps the previous run: extend it
            else:
                spans.append([i, i + size])
    return [" ".join(tokens[a:b]) for a, b in spans]
