"""The factsheet as HTML: one template for the web page and the PDF, so the two never drift apart.

`body_html` renders `templates/factsheets/factsheet.html.j2` for one municipality. Links are written
against `base`: relative (`../../`) on the web page, the site URL in the PDF. Text from content is
escaped first and then read as limited Markdown (emphasis, links, lists), as on every other page.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path

import markdown as markdown_lib
from markupsafe import Markup

from ..compose.render import escape_text, render
from ..qr import qr_svg
from .data import Factsheet, document_titles, source_titles

TEMPLATE = "factsheets/factsheet.html.j2"
INDEX_TEMPLATE = "factsheets/index.html.j2"
_OUTER_P = re.compile(r"^<p>(.*)</p>$", re.DOTALL)


@lru_cache(maxsize=4096)
def _markdown(text: str) -> str:
    converter = markdown_lib.Markdown(extensions=["sane_lists"], output_format="html")
    return converter.convert(str(escape_text(text)))


def md(text: str | None) -> Markup:
    """Limited Markdown from content as HTML; content HTML shows as text."""
    if not text:
        return Markup("")
    return Markup(_markdown(text))


def md_inline(text: str | None) -> Markup:
    """As `md`, without the surrounding paragraph, for use inside a sentence or table cell."""
    rendered = str(md(text)).strip()
    match = _OUTER_P.match(rendered)
    return Markup(match.group(1) if match and "<p>" not in match.group(1) else rendered)


def attr(value: str) -> Markup:
    return Markup(html.escape(str(value), quote=True))


class SourceLine:
    """'Bron: …' lines with document titles and links, as HTML."""

    def __init__(self, content) -> None:
        self.content = content
        self.titles = document_titles(content)

    def __call__(self, *source_lists, label: str | None = None) -> Markup:
        sources = [s for group in source_lists for s in (group or ())]
        titles = source_titles(self.content, sources, self.titles)
        if not titles:
            return Markup("")
        word = label or ("Bron" if len(titles) == 1 else "Bronnen")
        parts = [f'<a href="{attr(url)}">{escape_text(title)}</a>' if url else str(escape_text(title)) for title, url in titles]
        return Markup(f'<span class="kb-bron">{word}: {"; ".join(parts)}</span>')

    def of(self, passages, label: str | None = None) -> Markup:
        return self(*(p.sources for p in passages if p is not None), label=label)


def body_html(root: Path, content, sheet: Factsheet, *, base: str, site_url: str, pdf_href: str | None, for_pdf: bool, sources: SourceLine | None = None) -> str:
    """The factsheet article. `base` prefixes site-relative links; `pdf_href` is the download link (web only)."""
    page_address = site_url.rstrip("/") + "/" + sheet.page_url
    return render(
        root,
        TEMPLATE,
        sheet=sheet,
        m=sheet.municipality,
        est=sheet.estimate,
        base=base,
        address=page_address,
        short_address=page_address.split("://", 1)[-1].rstrip("/"),
        qr=Markup(qr_svg(page_address, root)),
        pdf_href=pdf_href,
        for_pdf=for_pdf,
        md=md,
        md_inline=md_inline,
        attr=attr,
        bron=sources or SourceLine(content),
    )


def index_html(root: Path, sheets: list[Factsheet], *, provinces: list[str]) -> str:
    return render(root, INDEX_TEMPLATE, sheets=sheets, provinces=provinces, attr=attr)
