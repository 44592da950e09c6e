"""The factsheet as HTML: one template for the web page and the PDF, so the two never drift apart.

`body_html` renders `templates/factsheets/factsheet.html.j2` for one municipality. Links are written
against `base`: relative (`../../`) on the web page, the site URL in the PDF. Text from content is
escaped first and then read as limited Markdown (emphasis, links, lists), as on every other page.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from functools import lru_cache
from pathlib import Path

import markdown as markdown_lib
import segno
from markupsafe import Markup

from ..compose.render import escape_text, render
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


QR_CACHE = Path(".cache") / "qr"


@lru_cache(maxsize=1024)
def qr_svg(url: str, cache_root: Path | None = None) -> str:
    """A QR code of `url` as inline SVG, made here (segno), so nothing is fetched from elsewhere.

    Kept on disk per URL and segno version: making 342 codes costs more than a third of a second
    on every build, and the codes only change when an address does.
    """
    cached = None
    if cache_root is not None:
        key = hashlib.sha256(f"{segno.__version__}|{QR_VERSION}|{url}".encode()).hexdigest()[:32]
        cached = cache_root / QR_CACHE / f"{key}.svg"
        if cached.exists():
            return cached.read_text(encoding="utf-8")
    svg = _make_qr_svg(url)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(svg, encoding="utf-8")
        os.replace(temporary, cached)
    return svg


QR_VERSION = 1  # raise when the settings below change


def _make_qr_svg(url: str) -> str:
    # A fixed mask pattern: every mask gives a valid code; choosing the "best" one costs 6 ms a sheet.
    code = segno.make(url, error="m", micro=False, mask=2)
    svg = code.svg_inline(scale=2, border=2, dark="#000", light="#fff", omitsize=False)
    # Keep it scalable in CSS and give it a name for screen readers and tagged PDF.
    return svg.replace("<svg ", '<svg role="img" aria-label="QR-code met het webadres van deze factsheet" class="kb-fs-qr" ', 1)


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
