"""Rendering templates from `templates/`, with every value from content escaped.

YAML text is passed to templates as data, never as template source, so `{{ 7*7 }}` in a field
stays literal. `finalize` escapes every printed value that is not explicitly `Markup`: HTML shows
as text, and braces cannot form Markdown attribute lists.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar, overload

import jinja2
import markdown as markdown_lib
from markupsafe import Markup

from .. import dutch
from ..escape import MarkdownText, html_attribute, html_text, markdown_plain, markdown_rich


_T = TypeVar("_T")


# Text in, text out; any other value (a number, a date) passes through unchanged for Jinja to print.
@overload
def escape_text(value: str | None) -> str: ...
@overload
def escape_text(value: _T) -> _T: ...


def escape_text(value: object) -> object:
    """Every value printed by a template: running text as limited Markdown, any other text exactly as typed."""
    if value is None:
        return ""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    if isinstance(value, MarkdownText):
        return markdown_rich(value)
    return markdown_plain(value)


def _indent_block(value: Any, width: int = 4) -> str:
    """Indent continuation lines so multi-line text stays inside a Markdown list item or admonition."""
    text = str(escape_text(value))
    pad = " " * width
    return Markup(text.replace("\n", "\n" + pad))


_LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.DOTALL)
_OUTER_P = re.compile(r"^<p>(.*)</p>$", re.DOTALL)


_NUMBERED = re.compile(r"^(\d+)\.(\s)")


@lru_cache(maxsize=2048)
def _paper_html(text: str, inline: bool) -> str:
    converter = markdown_lib.Markdown(extensions=["sane_lists"], output_format="html")
    escaped = str(escape_text(text))
    if inline:  # '1. Vroegsignalering' in a table cell is a name, not a list
        escaped = _NUMBERED.sub(r"\1\\.\2", escaped)
    return _LINK.sub(r"\1", converter.convert(escaped))


def paper_html(value: Any, inline: bool = False) -> Markup:
    """Text from content as HTML for paper (the handouts): running text keeps emphasis and lists,
    links become their text (an address cannot be followed on paper, and raw HTML inside a page is
    not rewritten by MkDocs); content HTML shows as text. `inline` drops a single outer paragraph."""
    if value is None or value == "":
        return Markup("")
    if not isinstance(value, MarkdownText):
        text = html_text(value)
        return Markup(text if inline else f"<p>{text}</p>")
    rendered = _paper_html(value, inline).strip()
    if inline:
        match = _OUTER_P.match(rendered)
        if match and "<p>" not in match.group(1):
            rendered = match.group(1)
    return Markup(rendered)


def plural(n: int, one: str, many: str) -> str:
    """The word for `n` things: `one` for exactly one, else `many` ('Bron' / 'Bronnen')."""
    return one if n == 1 else many


def counted(n: int, one: str, many: str, *, in_words: bool = False) -> str:
    """A number with the word for it: '1 gemeente', '12 gemeenten'; `in_words` writes a small count
    as running text does: 'één gemeente', 'zeven bouwstenen'. Templates get this ready-made."""
    return f"{dutch.word(n) if in_words else dutch.number(n)} {plural(n, one, many)}"


def children(count: int, below_one: bool = False) -> str:
    """An estimated number of children: 'minder dan 1 kind', '1 kind', '1.234 kinderen'."""
    return "minder dan 1 kind" if below_one else counted(count, "kind", "kinderen")


def compiled_templates_cache(root: Path) -> jinja2.BytecodeCache | None:
    """Jinja's cache of compiled templates in the project's `.cache/jinja`, keyed by each template's
    source: a build does not compile the same templates again (about half a second of every build).
    None where the folder cannot be made (a read-only checkout): templates are then compiled as before."""
    folder = root / ".cache" / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


@cache
def environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        bytecode_cache=compiled_templates_cache(templates_dir.parent),
        autoescape=False,
        finalize=escape_text,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["inspringen"] = _indent_block
    env.filters["attr"] = lambda value: Markup(html_attribute(value))  # text inside an HTML attribute
    env.filters["getal"] = dutch.number
    env.filters["geld"] = dutch.money
    env.filters["datum"] = dutch.long_date
    env.filters["papier"] = paper_html  # running text as HTML on the handouts (see `paper_html`)
    return env


def render(root: Path, template: str, **context: Any) -> str:
    return environment(root / "templates").get_template(template).render(**context)
