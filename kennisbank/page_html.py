"""Changes to a page's HTML after Markdown, for reading on a phone (kennisbank/site_hooks.py calls these).

- `contents_list`: a long page gets "Op deze pagina", a list of its sections, before its first section.
  On a wide screen Material shows the same list beside the text (the stylesheet hides ours there); on a
  phone that list is hidden in the menu, so ours is the way to the section a reader needs.
- `label_tables`: on a narrow screen a wide table is shown as one small card per row. Each cell then
  carries the name of its column (`data-label`, shown by the stylesheet), and the table keeps its table
  semantics for screen readers through explicit roles, which `display: block` would otherwise remove.

Everything shown comes from the page's own headings, already escaped; it is escaped again as an attribute.
"""

from __future__ import annotations

import html
import re

LONG_PAGE_WORDS = 700
LONG_PAGE_SECTIONS = 4
STACK_COLUMNS = 3  # tables with fewer columns fit a phone as they are

_H2 = re.compile(r'<h2 id="(?P<id>[^"]+)"[^>]*>(?P<title>.*?)</h2>', re.S)
_TAGS = re.compile(r"<[^>]+>")
_OWN_CONTENTS = ('class="kb-stappen-kort"', 'class="kb-inhoud"')


def text_of(fragment: str) -> str:
    return " ".join(html.unescape(_TAGS.sub(" ", fragment)).split())


def contents_list(page_html: str) -> str:
    """`page_html` with an in-page contents list before its first h2, if the page is long."""
    if any(marker in page_html for marker in _OWN_CONTENTS):
        return page_html
    headings = list(_H2.finditer(page_html))
    sections = [(m["id"], text_of(m["title"])) for m in headings]
    if len(sections) < LONG_PAGE_SECTIONS or len(text_of(page_html).split()) < LONG_PAGE_WORDS:
        return page_html
    items = "".join(f'<li><a href="#{html.escape(anchor, quote=True)}">{html.escape(title, quote=False)}</a></li>' for anchor, title in sections)
    block = (
        '<nav class="kb-inhoud" aria-labelledby="kb-inhoud-kop" data-search-exclude>'  # the headings are indexed already
        f'<p class="kb-inhoud__kop" id="kb-inhoud-kop">Op deze pagina</p><ol>{items}</ol></nav>\n'
    )
    first = headings[0]
    return page_html[: first.start()] + block + page_html[first.start() :]


_TABLE = re.compile(r"<table(?P<attrs>[^>]*)>(?P<body>.*?)</table>", re.S)
_CELL = re.compile(r"<(?P<tag>td|th)(?P<attrs>(?:\s[^>]*)?)>(?P<inner>.*?)</(?P=tag)>", re.S)


def label_tables(page_html: str) -> str:
    return _TABLE.sub(_label_table, page_html)


def _label_table(match: re.Match[str]) -> str:
    attrs, body = match["attrs"], match["body"]
    head = re.search(r"<thead>(.*?)</thead>", body, re.S)
    if head is None or "colspan" in body or "rowspan" in body or "role=" in attrs:
        return match.group(0)
    caption = re.search(r"<caption\b.*?</caption>", body, re.S)
    if caption is not None and "<a " in caption.group(0):
        return match.group(0)  # with explicit roles, axe counts a link in the caption as a child of the table
    labels = [text_of(cell["inner"]) for cell in _CELL.finditer(head.group(1))]
    own_layout = "kb-tabel" in attrs  # the guideline tables: own card layout and labels already
    if len(labels) < STACK_COLUMNS and not own_layout:
        return match.group(0)

    def row(row_match: re.Match[str]) -> str:
        in_head = row_match.start() < head.end() and row_match.start() >= head.start()
        column = iter(range(len(labels) + 100))

        def cell(cell_match: re.Match[str]) -> str:
            index = next(column)
            tag, cell_attrs = cell_match["tag"], cell_match["attrs"]
            role = "columnheader" if in_head else ("rowheader" if tag == "th" else "cell")
            extra = f' role="{role}"'
            if tag == "td" and "data-label" not in cell_attrs and index < len(labels) and labels[index]:
                extra += f' data-label="{html.escape(labels[index], quote=True)}"'
            return f"<{tag}{cell_attrs}{extra}>{cell_match['inner']}</{tag}>"

        return f'<tr{row_match["attrs"]} role="row">{_CELL.sub(cell, row_match["inner"])}</tr>'

    body = re.sub(r"<tr(?P<attrs>(?:\s[^>]*)?)>(?P<inner>.*?)</tr>", row, body, flags=re.S)
    body = body.replace("<thead>", '<thead role="rowgroup">').replace("<tbody>", '<tbody role="rowgroup">').replace("<tfoot>", '<tfoot role="rowgroup">')
    stack = "" if own_layout else " data-kb-stapel"
    return f'<table{attrs} role="table"{stack}>{body}</table>'
