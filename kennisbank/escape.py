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
import re
from typing import Any, Callable, Iterator

from markupsafe import Markup

from .models.common import MarkdownText
from .url_policy import is_allowed, link_targets

__all__ = ["MarkdownText", "csv_cell", "html_attribute", "html_text", "json_for_html", "markdown_cell", "markdown_plain", "markdown_rich"]

_BRACES = {ord("{"): "&#123;", ord("}"): "&#125;"}
_PLAIN = {**_BRACES, ord("["): "&#91;", ord("]"): "&#93;", ord("`"): "&#96;"}


def html_text(value: Any) -> str:
    return html.escape(str(value), quote=False)


def html_attribute(value: Any) -> str:
    return html.escape(str(value), quote=True)


def markdown_plain(value: str) -> str:
    return html.escape(value, quote=False).translate(_PLAIN)


def markdown_rich(value: str) -> str:
    """Running text as limited Markdown. Code (`…` spans and ``` fences) keeps what was typed: Markdown
    escapes code content itself, so escaping it here too would show `&gt;` where `>` was typed."""
    text = "".join(_ESCAPE_PART[kind](part) for kind, part in code_parts(value))
    for match in reversed(link_targets(text)):
        if not is_allowed(match["url"]):
            text = _break_link(text, match.start())
    return text


def _running(text: str) -> str:
    """Text outside code: HTML shows as text, braces form no attribute lists, no images, and a backtick
    that does not delimit code of this text shows as itself (so it cannot pair with one elsewhere)."""
    return html.escape(text, quote=False).translate(_RUNNING).replace("![", "!&#91;")


_RUNNING = {**_BRACES, ord("`"): "&#96;"}
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
WORD_JOINER = "\u2060"


def _code(text: str) -> str:
    """Code content exactly as typed, for Markdown to escape. A '<' that could open a tag gets an invisible
    word joiner after it, so it stays text even where a template places the text outside Markdown."""
    return _TAG_START.sub("<" + WORD_JOINER, text)


def _as_typed(backticks: str) -> str:
    return backticks


_ESCAPE_PART: dict[str, Callable[[str], str]] = {"text": _running, "code": _code, "mark": _as_typed}

# Python-Markdown's own pattern for code spans (markdown.inlinepatterns.BACKTICK_RE), applied as it does:
# leftmost first, across line ends. Group 1: pairs of backslashes before backticks; 2: the backticks.
_BACKTICK = re.compile(r"(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)(`+)(.+?)(?<!`)\2(?!`))", re.DOTALL)
_FENCE_OPEN = re.compile(r"^(`{3,})[^`\n]*$")


def code_parts(value: str) -> list[tuple[str, str]]:
    """`value` cut into (kind, text) parts: "code" (the content of a fenced block or code span), "mark"
    (the backticks around it) and "text" (everything else).

    Only code that Markdown reads as code wherever a template puts the text counts:
    - a fenced block: a line of three or more backticks (and an optional language) at the start of a
      line, closed by a line of at least as many backticks, with no run of exactly that many inside
      (so even where Markdown does not see a fence, its backticks pair as one code span);
    - code spans on one line, when pairing the backticks line by line gives the same spans as pairing
      them across the whole text (as Markdown does). Otherwise no span counts.
    Every other backtick is text, so it can never pair with a backtick of a neighbouring text.
    """
    marks: list[tuple[int, int, str]] = []  # (start, end, kind) of code and marks, in order
    blanked = list(value)
    for mark_start, body_start, body_end, close_end in _fences(value):
        marks += [(mark_start, mark_start + _fence_size(value, mark_start), "mark"), (body_start, body_end, "code"), (body_end, close_end, "mark")]
        for i in range(mark_start, close_end):  # no spans inside a fence: blank it, keeping line ends
            if blanked[i] != "\n":
                blanked[i] = " "
    outside = "".join(blanked)
    spans = _spans(outside)
    by_line = [span for line_start, line in _lines(outside) for span in _spans(line, line_start)]
    if spans == by_line:
        for open_start, body_start, body_end, close_end in spans:
            marks += [(open_start, body_start, "mark"), (body_start, body_end, "code"), (body_end, close_end, "mark")]
    parts: list[tuple[str, str]] = []
    at = 0
    for start, end, kind in sorted(marks):
        parts += [("text", value[at:start]), (kind, value[start:end])]
        at = end
    parts.append(("text", value[at:]))
    return [(kind, text) for kind, text in parts if text]


def _fence_size(value: str, start: int) -> int:
    return len(value[start:]) - len(value[start:].lstrip("`"))


def _lines(text: str) -> Iterator[tuple[int, str]]:
    at = 0
    for line in text.split("\n"):
        yield at, line
        at += len(line) + 1


def _fences(value: str) -> list[tuple[int, int, int, int]]:
    """(opening, content start, content end, closing end) of each closed backtick fence at a line start."""
    lines = list(_lines(value))
    found = []
    i = 0
    while i < len(lines):
        start, line = lines[i]
        opening = _FENCE_OPEN.match(line)
        if opening and i + 1 < len(lines):
            size = len(opening.group(1))
            closing = re.compile(rf"^`{{{size},}}(?= *$)")
            for j in range(i + 1, len(lines)):
                close = closing.match(lines[j][1])
                if close:
                    body = value[lines[i + 1][0] : lines[j][0]]
                    if not re.search(rf"(?<!`)`{{{size}}}(?!`)", body):
                        found.append((start, lines[i + 1][0], lines[j][0], lines[j][0] + close.end()))
                        i = j
                    break
        i += 1
    return found


def _spans(text: str, offset: int = 0) -> list[tuple[int, int, int, int]]:
    """(opening, content start, content end, closing end) of each one-line code span, as Markdown pairs
    the backticks of `text`. A span across a line end is returned as (-1, …) so it never matches."""
    found = []
    at = 0
    while (match := _BACKTICK.search(text, at)) is not None:
        if match.group(2):
            span = (offset + match.start(), offset + match.start(3), offset + match.end(3), offset + match.end())
            found.append(span if "\n" not in match.group(3) else (-1, *span[1:]))
        at = match.end()
    return found


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
