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
from typing import TYPE_CHECKING, Any, Iterable, NotRequired, Protocol, Sequence, TypedDict, Unpack

import markdown as markdown_lib
from markupsafe import Markup

from .. import dutch
from ..compose.render import children, counted, escape_text, plural, render
from ..compose.target_group import age_text
from ..models.municipality_data import YOUNGEST_BAND
from ..qr import qr_svg
from .data import RULE_PER_INHABITANTS, Factsheet, RegionSheet, document_titles, source_titles
from .kaart import MapMaker

if TYPE_CHECKING:
    from ..compose import ComposeContext
    from ..compose.page import Page
    from ..models.common import Passage
    from ..validate import Content
    from .data import Regions

TEMPLATE = "factsheets/factsheet.html.j2"
REGION_TEMPLATE = "factsheets/regio.html.j2"
INDEX_TEMPLATE = "factsheets/index.html.j2"
_OUTER_P = re.compile(r"^<p>(.*)</p>$", re.DOTALL)


@lru_cache(maxsize=4096)
def _markdown(text: str) -> str:
    converter = markdown_lib.Markdown(extensions=["sane_lists"], output_format="html")
    converted: str = converter.convert(str(escape_text(text)))  # Python-Markdown has no type hints
    return converted


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

    def __init__(self, content: Content) -> None:
        self.content = content
        self.titles_by_id = document_titles(content)

    def __call__(self, *source_lists: Iterable[object] | None, label: str | None = None) -> Markup:
        sources = [s for group in source_lists for s in (group or ())]
        titles = source_titles(self.content, sources, self.titles_by_id)
        if not titles:
            return Markup("")
        word = label or ("Bron" if len(titles) == 1 else "Bronnen")
        parts = [f'<a href="{attr(url)}">{escape_text(title)}</a>' if url else str(escape_text(title)) for title, url in titles]
        return Markup(f'<span class="kb-bron">{word}: {"; ".join(parts)}</span>')

    def of(self, passages: Iterable[Passage | None], label: str | None = None) -> Markup:
        return self(*(p.sources for p in passages if p is not None), label=label)

    def titles(self, sources: Iterable[object] | None) -> Markup:
        """The titles alone, linked where they are web pages, separated by semicolons (for the notes)."""
        titles = source_titles(self.content, list(sources or ()), self.titles_by_id)
        return Markup("; ".join(f'<a href="{attr(url)}">{escape_text(title)}</a>' if url else str(escape_text(title)) for title, url in titles))


_MAKERS: dict[tuple[str, str, str], MapMaker] = {}  # (root, regions file, boundaries' sha256) -> its maker


def map_maker(root: Path, regions: Regions | None) -> MapMaker | None:
    """One MapMaker per boundary file and build (kept, so each region is drawn once for all its sheets)."""
    if regions is None:
        return None
    boundaries = regions.division.boundaries
    key = (str(root.resolve()), regions.source_file, boundaries.sha256)
    if key not in _MAKERS:
        _MAKERS.clear()
        _MAKERS[key] = MapMaker.for_division(root, regions.source_file, regions.division)
    return _MAKERS[key]


class _Named(Protocol):
    @property
    def name(self) -> str: ...


def _names(items: Sequence[_Named]) -> str:
    names = [item.name for item in items]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def _the_members(n: int) -> str:
    """'de zeven gemeenten', or for a region of one municipality 'de enige gemeente'."""
    return "de enige gemeente" if n == 1 else "de " + counted(n, "gemeente", "gemeenten", in_words=True)


def health_region_members(sheet: RegionSheet) -> list[tuple[Any, str]]:
    """Each GGD region of a youth-care region with the members it serves, in words: 'Voor de zeven gemeenten van de
    regio.' when it serves them all (a region of one municipality names it), else 'Voor Beek en Stein.'"""
    rows = []
    for health, members in sheet.health:
        everyone = len(members) == len(sheet.members) and len(members) > 1
        rows.append((health, f"Voor {_the_members(len(members))} van de regio." if everyone else f"Voor {_names(members)}."))
    return rows


def municipality_map(root: Path, sheet: Factsheet) -> tuple[Markup | None, str]:
    """The locator map of a municipality and its caption, or (None, '') without regions or boundaries."""
    regions = sheet.regions
    maker = map_maker(root, regions)
    if maker is None or regions is None or sheet.municipality.id not in maker.boundaries.shapes:
        return None, ""
    name, region = sheet.municipality.name, regions.youth_care.name
    members = [sheet.municipality.id] + [m.id for m in regions.others if m.id in maker.boundaries.shapes]
    title = f"Kaart: {name} in jeugdzorgregio {region} en in Nederland"
    others = f", samen met {_names(regions.others)}" if regions.others else ""
    description = (
        f"{name} is donkerblauw gekleurd en ligt in jeugdzorgregio {region}{others} (lichtblauw). "
        f"Het kleine kaartje rechts toont de regio in Nederland; de ring geeft aan waar {name} ligt."
    )
    caption = (
        f"Donkerblauw: {name}. Lichtblauw: de andere gemeenten van jeugdzorgregio {region}. Rechts: de regio in Nederland, "
        f"met een ring om {name}. {regions.division.boundaries.credit}, grenzen {regions.year}, vereenvoudigd."
    )
    return maker.svg(members, highlight=sheet.municipality.id, title=title, description=description, element_id=f"kaart-{sheet.id}"), caption


def region_map(root: Path, sheet: RegionSheet, regions: Regions | None) -> tuple[Markup | None, str]:
    maker = map_maker(root, regions)
    if maker is None:
        return None, ""
    members = [row.municipality.id for row in sheet.members if row.municipality.id in maker.boundaries.shapes]
    if not members:
        return None, ""
    title = f"Kaart: jeugdzorgregio {sheet.name} en haar gemeenten, en de regio in Nederland"
    description = f"De gemeenten van jeugdzorgregio {sheet.name}: {_names([r.municipality for r in sheet.members])}. Het kleine kaartje rechts toont de regio in Nederland."
    caption = f"Links: {_the_members(len(members))} van jeugdzorgregio {sheet.name}. Rechts: de regio in Nederland. {sheet.division.boundaries.credit}, grenzen {sheet.division.reference_date.year}, vereenvoudigd."
    return maker.svg(members, highlight=None, title=title, description=description, element_id=f"kaart-{sheet.id}"), caption


def _qr(qr_cache: Path | None, page_address: str) -> Markup:
    return Markup(qr_svg(page_address, qr_cache))


def _ages_part(content: Content) -> dict[str, Any]:
    """The ages the factsheets name, from the data: the target group's ('van 0 tot 7 jaar', from its 'leeftijd'),
    the CBS age band ('0 tot en met 14 jaar') and the base of the rule of thumb ('100.000' inhabitants)."""
    ages = age_text(content)
    return {
        "ages_of": f"van {ages}" if ages else "in de leeftijd van de doelgroep",
        "band_ages": YOUNGEST_BAND,
        "rule_base": dutch.number(RULE_PER_INHABITANTS),
    }


def _blocks_part(sheet: Factsheet | RegionSheet) -> dict[str, Any]:
    """What the blocks table of either factsheet needs besides the rows: the count for its heading, the note on
    'stevig neerzetten' (from the factsheet notes, when there) and the sources of both for its source line."""
    firm_note = sheet.notes_text.firm if sheet.notes_text else None
    return {
        "block_count": counted(len(sheet.blocks), "bouwsteen", "bouwstenen", in_words=True),
        "firm_note": firm_note,
        "blocks_sources": [row.sources for row in sheet.blocks] + ([firm_note.sources] if firm_note else []),
    }


class PageOptions(TypedDict):
    """Where the factsheet is shown: the web page (links relative to `base`, a PDF download link) or the PDF."""

    base: str  # prefix of site-relative links
    site_url: str
    pdf_href: str | None  # the download link, on the web page only
    for_pdf: bool
    sources: NotRequired[SourceLine | None]
    qr_cache: NotRequired[Path | None]


def web_page_options(context: ComposeContext, sheet_id: str, sources: SourceLine) -> PageOptions:
    """The options of a factsheet's web page in the site (factsheets/<id>/, with its PDF in factsheets/pdf/)."""
    return {
        "base": "../../",
        "site_url": context.inputs.site_url,
        "pdf_href": f"../pdf/{sheet_id}.pdf",
        "for_pdf": False,
        "sources": sources,
        "qr_cache": context.inputs.qr_cache,
    }


def _page_part(content: Content, sheet: Factsheet | RegionSheet, options: PageOptions) -> dict[str, Any]:
    """What both factsheet templates receive besides their own data: addresses, QR code, helpers, blocks, ages."""
    page_address = options["site_url"].rstrip("/") + "/" + sheet.page_url
    return {
        "sheet": sheet,
        "base": options["base"],
        "address": page_address,
        "short_address": page_address.split("://", 1)[-1].rstrip("/"),
        "qr": _qr(options.get("qr_cache"), page_address),
        "pdf_href": options["pdf_href"],
        "for_pdf": options["for_pdf"],
        "md": md,
        "md_inline": md_inline,
        "attr": attr,
        "bron": options.get("sources") or SourceLine(content),
        "kinderen": children,
        **_blocks_part(sheet),
        **_ages_part(content),
    }


def region_body_html(root: Path, content: Content, sheet: RegionSheet, regions: Regions | None, **options: Unpack[PageOptions]) -> str:
    """A region's factsheet article; `regions` is the Regions of any member (for the map file)."""
    kaart, caption = region_map(root, sheet, regions)
    return render(
        root,
        REGION_TEMPLATE,
        kaart=kaart,
        kaart_onderschrift=caption,
        members_text=counted(len(sheet.members), "gemeente", "gemeenten"),
        provinces_label=plural(len(sheet.provinces), "provincie", "provincies"),
        health_rows=health_region_members(sheet),
        **_page_part(content, sheet, options),
    )


def body_html(root: Path, content: Content, sheet: Factsheet, **options: Unpack[PageOptions]) -> str:
    """A municipality's factsheet article."""
    kaart, caption = municipality_map(root, sheet)
    return render(
        root,
        TEMPLATE,
        m=sheet.municipality,
        est=sheet.estimate,
        kaart=kaart,
        kaart_onderschrift=caption,
        **_page_part(content, sheet, options),
    )


def index_html(root: Path, sheets: list[Factsheet], *, provinces: Sequence[str], regions: Sequence[RegionSheet] = ()) -> str:
    member_counts = {g.id: counted(len(g.members), "gemeente", "gemeenten") for g in regions}
    return render(root, INDEX_TEMPLATE, sheets=sheets, provinces=provinces, regions=list(regions), member_counts=member_counts, attr=attr)


def region_pages(context: ComposeContext, sheets: list[Factsheet], sources: SourceLine, pages: list[Page]) -> list[RegionSheet]:
    """Add one page per youth-care region (factsheets/jz13.md) to `pages`; returns the region sheets.

    Like the municipality pages they stay out of the navigation and the site search: the factsheet index
    finds them. Called by the factsheet composer.
    """
    from ..compose.page import Page
    from .data import build_regions

    regions = build_regions(context.content, sheets)
    regions_of = {s.regions.youth_care.id: s.regions for s in sheets if s.regions is not None}
    for sheet in regions:
        body = region_body_html(context.root, context.content, sheet, regions_of.get(sheet.id), **web_page_options(context, sheet.id, sources))
        markdown = (
            "---\n"
            "search:\n  exclude: true\n"
            "hide:\n  - navigation\n  - toc\n"
            "---\n\n"
            f'{body}\n<script src="../../assets/javascripts/factsheets.js" defer></script>\n'
        )
        pages.append(
            Page(
                path=f"factsheets/{sheet.id}.md",
                title=f"Factsheet IVH jeugdzorgregio {sheet.name}",
                markdown=markdown,
                section="factsheets",
                order=100,
                in_nav=False,
                description=f"Integrale Vroeghulp in jeugdzorgregio {sheet.name}: gemeenten, aantallen, kaart en bouwstenen.",
            )
        )
    return regions
