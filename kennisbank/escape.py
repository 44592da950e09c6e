"""One escaper per output language. Content and user input are data: each value is escaped where it
enters its output, by the function for that output's language.

- `markdown_plain`: a plain text field (a title, a name) inside Markdown: shows exactly as typed.
- `markdown_cell`: either of those inside a Markdown table cell (one line, no column breaks).
- `markdown_rich`: running text (`MarkdownText`, the models' `Text`) inside Markdown: emphasis and
  links with an allowed address work; HTML shows as text; braces never form attribute lists;
  a link or image whose address is not allowed is shown as text (validation refuses it first).
- `html_text`, `html_attribute`: HTML outside Markdown (factsheets, tool pages, the title handed to MkDocs).
- `csv_cell`: a spreadsheet cell that can never become a formula.
- `json_for_html`: JSON inside an HTML `<script type="application/json">` block.
"""

from __future__ import annotations

import html
import json
from typing import Any

from markupsafe import Markup

from .models.common import MarkdownText
from .url_policy import is_allowed, link_targets

__all__ = ["MarkdownText", "csv_cell", "html_attribute", "html_text", "json_for_html", "markdown_cell", "markdown_plain", "markdown_rich"]

_BRACES = {ord("{"): "&#123;", ord("}"): "&#125;"}
_PLAIN = {**_BRACES, ord("["): "&#91;", ord("]"): "&#93;"}


def html_text(value: Any) -> str:
    return html.escape(str(value), quote=False)


def html_attribute(value: Any) -> str:
    return html.escape(str(value), quote=True)


def markdown_plain(value: str) -> str:
    return html.escape(value, quote=False).translate(_PLAIN)


def markdown_rich(value: str) -> str:
    text = html.escape(value, quote=False).translate(_BRACES).replace("![", "!&#91;")  # no images from text
    for match in reversed(link_targets(text)):
        if not is_allowed(match["url"]):
            text = _break_link(text, match.start())
    return text


def _break_link(text: str, start: int) -> str:
    """Make the link starting at `start` plain text: break `](` of an inline link, `[` of a definition."""
    at = start if text[start] == "]" else text.index("[", start)
    return text[:at] + ("&#93;" if text[at] == "]" else "&#91;") + text[at + 1 :]


def markdown_cell(value: Any) -> Markup:
    """Text for a Markdown table cell: escaped as its kind of text, on one line, pipes as `&#124;`."""
    escaped = markdown_rich(value) if isinstance(value, MarkdownText) else markdown_plain(str(value))
    return Markup(" ".join(escaped.split()).replace("|", "&#124;"))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_cell(value: Any) -> str:
    """A cell a spreadsheet shows as text: a leading =, +, -, @ or control character gets a quote first."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def json_for_html(value: Any, *, sort_keys: bool = False) -> str:
    """Compact JSON that cannot end its <script> block or open a comment: <, > and & as \\u escapes."""
    return (
        json.dumps(value, ensure_ascii=False, sort_keys=sort_keys, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
