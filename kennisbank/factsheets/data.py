"""What one municipality's factsheet says, gathered from the content (never from a copy of it).

`build_all(content)` gives one `Factsheet` per municipality in the register. Everything on it comes
from content items read by kind and id (see parts.py) or from the facts coordinators supplied for that
municipality or its region. What is missing stays missing: `None` here, "nog niet bekend" or a blank
to fill in on the page.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..models.common import Passage, SeedRef, WebRef
from ..models.municipality import Counted, Municipality, MunicipalityFacts
from ..validate import Content
from . import parts

STATUS_LABELS = {
    "aanwezig": "Aanwezig",
    "deels": "Deels aanwezig",
    "niet": "Niet aanwezig",
    "onbekend": "Onbekend",
}


@dataclass(frozen=True)
class Figure:
    """A key figure as the factsheet uses it: its value for arithmetic, how it reads, where it comes from."""

    id: str
    label: str
    value: float | None
    shown: str  # as in a sentence: "ongeveer 1%", "ongeveer 73 kinderen per 100.000 inwoners"
    sources: tuple
    note: str | None = None  # the figure's caveat, shown with it
    number: str = ""  # the number alone: "1%", "73"
    meaning: str | None = None
    reference: str = ""  # "2025", "2010–2012"


@dataclass(frozen=True)
class Sourced:
    """One fact with the file it came from and whether that file holds example data."""

    value: Any
    sources: tuple
    regional: bool  # from a file about several municipalities
    example: bool


@dataclass(frozen=True)
class Estimate:
    method: str  # "kinderen", "inwoners" or "invullen"
    base: Counted | None
    base_example: bool
    ratio: Figure | None
    result: int | None
    below_one: bool = False


@dataclass(frozen=True)
class BlockRow:
    number: int
    id: str
    title: str
    firm: bool
    status: str | None  # None: nobody said; the page shows a checklist
    by: str | None
    status_sources: tuple
    status_regional: bool
    financing: Passage | None
    who: Passage | None
    url: str
    firm_sources: tuple = ()

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status or "onbekend", "Onbekend")

    @property
    def sources(self) -> tuple:
        found = list(self.firm_sources)
        for passage in (self.financing, self.who):
            if passage is not None:
                found.extend(passage.sources)
        return tuple(found)


@dataclass(frozen=True)
class Criterion:
    id: str
    text: str
    sources: tuple


@dataclass
class Factsheet:
    municipality: Municipality
    register_date: date
    register_sources: tuple
    intro: list[Passage]
    intro_term: Any
    estimate: Estimate
    national_figure: Figure | None
    network: Sourced | None
    coordination: Sourced | None
    sign_up: Sourced | None
    contact: Sourced | None
    inhabitants: Sourced | None
    children: Sourced | None
    blocks: list[BlockRow]
    financing_intro: list[Passage]
    business_case: list[Figure]
    criteria: list[Any]
    more_pages: list[tuple[str, str]]  # (title, site-relative URL)
    has_example_data: bool
    content_date: date
    missing: list[str] = field(default_factory=list)
    version: str = ""

    @property
    def id(self) -> str:
        return self.municipality.id

    @property
    def page_url(self) -> str:
        return f"factsheets/{self.municipality.id}/"

    @property
    def pdf_url(self) -> str:
        return f"factsheets/pdf/{self.municipality.id}.pdf"

    @property
    def pdf_filename(self) -> str:
        return f"factsheet-ivh-{slugify(self.municipality.name)}-{self.municipality.id}.pdf"


def slugify(name: str) -> str:
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in ascii_name)
    return "-".join(part for part in cleaned.split("-") if part)


# --- reading content -------------------------------------------------------------------------------


def _get(content: Content, kind: str, item_id: str):
    for entry in content.entries:
        if entry.content_type.kind == kind and entry.item.id == item_id:
            return entry.item
    return None


def _first_attr(obj: Any, *names: str) -> Any:
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return None


def _sources_of(obj: Any) -> tuple:
    found = _first_attr(obj, "sources", "summary_sources")
    if found is None:
        return ()
    return tuple(found) if isinstance(found, (list, tuple)) else (found,)


def figure(content: Content, figure_id: str) -> Figure | None:
    """A published key figure by id, as the factsheet uses it, or None when it is not in the content."""
    from ..compose import key_figures

    item = content.index().get(parts.FIGURE_KIND, {}).get(figure_id)
    if item is None or not item.publish:
        return None
    caveat = item.caveat
    sources = tuple(item.meaning.sources) + (tuple(caveat.sources) if caveat else ())
    return Figure(
        id=figure_id,
        label=item.title,
        value=float(item.value),
        shown=key_figures.display(item),
        sources=sources,
        note=caveat.text if caveat else None,
        number=key_figures.value_text(item),
        meaning=item.meaning.text,
        reference=key_figures.reference_text(item.reference_date),
    )


def _audience_section(content: Content, section_id: str):
    page = _get(content, *parts.AUDIENCE)
    if page is None:
        return None
    for section in getattr(page, "sections", []) or []:
        if section.id == section_id:
            return section
    return None


def _criteria(content: Content) -> list[Criterion]:
    """Framework criteria that build on the step plan's criteria for IVH agreements, in framework order."""
    result = []
    for theme in sorted(content.of(parts.THEME_KIND), key=lambda t: t.order):
        for item in theme.criteria:
            if item.step_plan_criteria:
                sources = tuple(s for g in item.grounds for s in g.sources)
                result.append(Criterion(item.id, item.title, sources))
    return result


def site_url(markdown_target: str) -> str:
    """'bouwstenen/x.md#a' -> 'bouwstenen/x/#a': the site-relative URL with directory URLs."""
    path, _, anchor = markdown_target.partition("#")
    stem = path.removesuffix(".md")
    if stem == "index":
        url = ""
    elif stem.endswith("/index"):
        url = stem.removesuffix("index")
    else:
        url = stem + "/"
    return url + (f"#{anchor}" if anchor else "")


def _page_url(kind: str, item_id: str) -> str | None:
    from ..compose import urls

    if kind not in urls.PAGE_OF_KIND:
        return None
    return site_url(urls.target(kind, item_id))


# --- facts from coordinators -----------------------------------------------------------------------


def _facts_by_municipality(content: Content) -> dict[str, list[tuple[MunicipalityFacts, bool]]]:
    """For each municipality id: its facts files, own files first, then regional ones, each by file path."""
    entries = sorted((e for e in content.entries if e.content_type.kind == "gemeentegegevens"), key=lambda e: e.file)
    found: dict[str, list[tuple[MunicipalityFacts, bool]]] = {}
    for regional in (False, True):
        for entry in entries:
            facts = entry.item
            if (len(facts.municipalities) > 1) != regional:
                continue
            for municipality_id in facts.municipalities:
                found.setdefault(municipality_id, []).append((facts, regional))
    return found


def _pick(files: list[tuple[MunicipalityFacts, bool]], attribute: str) -> Sourced | None:
    for facts, regional in files:
        value = getattr(facts, attribute)
        if value is not None:
            return Sourced(value, tuple(getattr(value, "sources", ())), regional, facts.example)
    return None


def _block_status(files, block_id: str):
    for facts, regional in files:
        for entry in facts.blocks:
            if entry.block == block_id:
                return entry, regional, facts.example
    return None, False, False


# --- the estimate ----------------------------------------------------------------------------------


def _round(value: float) -> int:
    """Half up, as people round (Python's round() would make 36,5 into 36)."""
    return int(math.floor(value + 0.5))


def estimate(children: Sourced | None, inhabitants: Sourced | None, share: Figure | None, per_inhabitants: Figure | None) -> Estimate:
    """The number of children who may need IVH, from the municipality's own figure when one is recorded."""
    if children is not None and share is not None and share.value is not None:
        raw = children.value.number * share.value / 100
        return Estimate("kinderen", children.value, children.example, share, _round(raw), below_one=0 < raw < 0.5)
    if inhabitants is not None and per_inhabitants is not None and per_inhabitants.value is not None:
        raw = inhabitants.value.number * per_inhabitants.value / 100_000
        return Estimate("inwoners", inhabitants.value, inhabitants.example, per_inhabitants, _round(raw), below_one=0 < raw < 0.5)
    return Estimate("invullen", None, False, share, None)


# --- assembling --------------------------------------------------------------------------------------


def _review_date(item: Any) -> date | None:
    review = getattr(item, "review", None)
    return getattr(review, "date", None)


def build_all(content: Content) -> list[Factsheet]:
    registers = content.of("gemeentelijst")
    if not registers:
        return []
    shared = _shared(content)
    facts = _facts_by_municipality(content)
    sheets = []
    for register in registers:
        for municipality in register.municipalities:
            sheets.append(_build_one(content, register, municipality, facts.get(municipality.id, []), shared))
    sheets.sort(key=lambda s: s.municipality.code)
    return sheets


def _shared(content: Content) -> dict[str, Any]:
    """The parts that are the same on every factsheet, read once."""
    missing: list[str] = []
    term = _get(content, *parts.TERM_IVH)
    benefits = _audience_section(content, parts.AUDIENCE_SECTION_BENEFITS)
    financing = _audience_section(content, parts.AUDIENCE_SECTION_FINANCING)
    intro = list(benefits.passages[: parts.BENEFIT_PASSAGES]) if benefits else []
    if term is None:
        missing.append(f"begrip '{parts.TERM_IVH[1]}' (wat IVH is)")
    if benefits is None:
        missing.append(f"deel '{parts.AUDIENCE_SECTION_BENEFITS}' van de pagina voor gemeenten (wat IVH oplevert)")
    share = figure(content, parts.FIGURE_SHARE_OF_CHILDREN)
    per_inhabitants = figure(content, parts.FIGURE_PER_INHABITANTS)
    national = figure(content, parts.FIGURE_CHILDREN_NL)
    for figure_id, found in ((parts.FIGURE_SHARE_OF_CHILDREN, share), (parts.FIGURE_PER_INHABITANTS, per_inhabitants), (parts.FIGURE_CHILDREN_NL, national)):
        if found is None:
            missing.append(f"kerncijfer '{figure_id}'")
    business_case = [f for f in (figure(content, i) for i in parts.BUSINESS_CASE_FIGURES) if f is not None]
    if len(business_case) < len(parts.BUSINESS_CASE_FIGURES):
        have = {f.id for f in business_case}
        missing.extend(f"kerncijfer '{i}' (businesscase)" for i in parts.BUSINESS_CASE_FIGURES if i not in have)
    blocks = sorted(content.of("bouwsteen"), key=lambda b: b.number)
    if len(blocks) < 7:
        missing.append(f"bouwstenen: {len(blocks)} van de 7 gevonden")
    criteria = _criteria(content)
    if not criteria:
        missing.append("kwaliteitscriteria (soort criterium)")
    more = []
    for kind, item_id in parts.MORE_PAGES:
        item = _get(content, kind, item_id)
        url = _page_url(kind, item_id) if item is not None else None
        if item is not None and url is not None:
            more.append((item.title, url))
    used = [term, _get(content, *parts.AUDIENCE), *blocks, *(content.of(parts.FIGURE_KIND) or []), *content.of(parts.THEME_KIND)]
    dates = [d for d in (_review_date(i) for i in used if i is not None) if d]
    block_urls = {b.id: _page_url("bouwsteen", b.id) or "" for b in blocks}
    digest = hashlib.sha256(repr((term, intro, financing, share, per_inhabitants, national, business_case, blocks, criteria, more)).encode("utf-8")).hexdigest()
    return {
        "digest": digest,
        "block_urls": block_urls,
        "term": term,
        "intro": intro,
        "financing_intro": list(financing.passages[:1]) if financing else [],
        "share": share,
        "per_inhabitants": per_inhabitants,
        "national": national,
        "business_case": business_case,
        "blocks": blocks,
        "criteria": criteria,
        "more": more,
        "dates": dates,
        "missing": missing,
    }


def _build_one(content: Content, register, municipality: Municipality, files, shared: dict[str, Any]) -> Factsheet:
    rows = []
    for block in shared["blocks"]:
        entry, regional, example = _block_status(files, block.id)
        in_short = getattr(block, "in_short", None)
        financing = getattr(in_short, "financing", None)
        if financing is None:
            intended = getattr(getattr(block, "financing", None), "intended", None)
            financing = intended[0] if intended else None
        rows.append(
            BlockRow(
                number=block.number,
                id=block.id,
                title=block.title,
                firm=bool(block.firm_position.firm),
                status=entry.status if entry and entry.status != "onbekend" else None,
                by=entry.by if entry else None,
                status_sources=tuple(entry.sources) if entry else (),
                status_regional=regional,
                financing=financing,
                who=getattr(in_short, "who", None),
                url=shared["block_urls"][block.id],
                firm_sources=tuple(block.firm_position.explanation.sources) if block.firm_position.firm else (),
            )
        )
    children = _pick(files, "young_children")
    inhabitants = _pick(files, "inhabitants")
    facts_dates = [f.review.date for f, _ in files]
    sheet = Factsheet(
        municipality=municipality,
        register_date=register.reference_date,
        register_sources=tuple(register.provenance.sources),
        intro=shared["intro"],
        intro_term=shared["term"],
        estimate=estimate(children, inhabitants, shared["share"], shared["per_inhabitants"]),
        national_figure=shared["national"],
        network=_pick(files, "network"),
        coordination=_pick(files, "coordination"),
        sign_up=_pick(files, "sign_up"),
        contact=_pick(files, "contact"),
        inhabitants=inhabitants,
        children=children,
        blocks=rows,
        financing_intro=shared["financing_intro"],
        business_case=shared["business_case"],
        criteria=shared["criteria"],
        more_pages=shared["more"],
        has_example_data=any(f.example for f, _ in files),
        content_date=max([*shared["dates"], *facts_dates, register.review.date]),
        missing=shared["missing"],
    )
    own = repr((municipality, register.reference_date, [f for f, _ in files]))
    sheet.version = hashlib.sha256((shared["digest"] + own).encode("utf-8")).hexdigest()[:10]
    return sheet


def document_titles(content: Content) -> dict[str, str]:
    return {doc.id: doc.short_title for doc in content.of("brondocument")}


def source_titles(content: Content, sources, titles: dict[str, str] | None = None) -> list[tuple[str, str | None]]:
    """(title, url or None) for each distinct source, as readers see them."""
    titles = titles if titles is not None else document_titles(content)
    seen: list[tuple[str, str | None]] = []
    for source in sources:
        if isinstance(source, SeedRef):
            item = (titles.get(source.seed, f"document {source.seed}"), None)
        elif isinstance(source, WebRef):
            item = (source.title or source.url, source.url)
        else:
            continue
        if item not in seen:
            seen.append(item)
    return seen
