"""Rendering templates from `templates/`, with every value from content escaped.

YAML text is passed to templates as data, never as template source, so `{{ 7*7 }}` in a field
stays literal. `finalize` escapes every printed value that is not explicitly `Markup`: HTML shows
as text, and braces cannot form Markdown attribute lists.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from .. import dutch
from ..escape import MarkdownText, html_attribute, markdown_plain, markdown_rich


def escape_text(value: Any) -> Any:
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


@cache
def environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
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
    return env


def render(root: Path, template: str, **context: Any) -> str:
    return environment(root / "templates").get_template(template).render(**context)
