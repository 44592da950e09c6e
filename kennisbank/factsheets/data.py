"""What one municipality's factsheet says, gathered from the content (never from a copy of it).

`build_all(content)` gives one `Factsheet` per municipality in the register, `build_regions(content,
sheets)` one `RegionSheet` per youth-care region. Everything on them comes from content items read by kind
and id (see parts.py), from the CBS figures and regions imported into content (`bevolkingscijfers`,
`regio-indeling`) or from the facts coordinators supplied for a municipality or its region; the
coordinators' facts win. What is missing stays missing: `None` here, "nog niet bekend" or a blank to fill
in on the page.

Every number gets a note (`Notes`): its source and reference date, printed at the foot of the factsheet.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, Iterable, Iterator, Literal, TypedDict, TypeVar, cast, overload

from .. import dutch
from ..models.common import Passage, SeedRef, WebRef
from ..models.municipality import Counted, Municipality, MunicipalityFacts
from ..models.municipality_data import YOUNGEST_BAND_YEARS, FactsheetNotes, Population, RegionDivision

RULE_PER_INHABITANTS = 100_000  # the rule of thumb counts children per this many inhabitants (its unit says so)
from ..validate import Content
from . import parts

if TYPE_CHECKING:
    from ..models.audience import AudiencePage, Section
    from ..models.block import Block
    from ..models.common import ContentItem
    from ..models.glossary import GlossaryTerm
    from ..models.municipality import BlockInPlace, ContactPoint, MunicipalityRegister, Network, Organisation
    from ..models.municipality_data import CareOfficeRegion, CbsProvenance, HealthRegion, PopulationFigures, YouthCareRegion
    from ..validate import Entry

Source = SeedRef | WebRef  # one source reference, as the models hold it
Sources = tuple[Source, ...]
T = TypeVar("T")
M = TypeVar("M", bound="Municipality | None")

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
    value: float
    shown: str  # as in a sentence: "ongeveer 1%", "ongeveer 73 kinderen per 100.000 inwoners"
    sources: Sources
    note: str | None = None  # the figure's caveat, shown with it
    number: str = ""  # the number alone: "1%", "73"
    meaning: str | None = None
    reference: str = ""  # "2025", "2010–2012"


@dataclass(frozen=True)
class Sourced(Generic[T]):
    """One fact with the file it came from and whether that file holds example data."""

    value: T
    sources: Sources
    regional: bool  # from a file about several municipalities
    example: bool


@dataclass(frozen=True)
class Estimate:
    method: str  # "kinderen", "inwoners" or "invullen"
    base: Counted | None
    base_example: bool
    ratio: Figure | None
    result: int | None  # rounded as shown: whole numbers below 100, two significant digits above
    below_one: bool = False
    raw: float | None = None
    from_cbs: bool = False  # the base is the CBS figure, not one a coordinator recorded


@dataclass(frozen=True)
class AgeEstimate:
    """The second estimate: 0–14 band × birth years of the target age / years in the band × share."""

    band: int  # children aged 0 to 14 (CBS)
    birth_years: int  # 8: 0 up to and including 7
    band_years: int  # 15
    children: float  # estimated children aged 0 to 7
    share: Figure
    raw: float
    result: int
    below_one: bool
    assumption: Passage


@dataclass(frozen=True)
class BlockRow:
    number: int
    id: str
    title: str
    firm: bool
    status: str | None  # None: nobody said; the page shows a checklist
    by: str | None
    status_sources: Sources
    status_regional: bool
    financing: Passage | None
    who: Passage | None
    url: str
    firm_sources: Sources = ()

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status or "onbekend", "Onbekend")

    @property
    def sources(self) -> Sources:
        found = list(self.firm_sources)
        for passage in (self.financing, self.who):
            if passage is not None:
                found.extend(passage.sources)
        return tuple(found)


@dataclass(frozen=True)
class Criterion:
    id: str
    text: str
    sources: Sources


@dataclass
class Factsheet:
    municipality: Municipality
    register_date: date
    register_sources: Sources
    intro: list[Passage]
    intro_term: GlossaryTerm | None
    estimate: Estimate
    national_figure: Figure | None
    network: Sourced[Network] | None
    coordination: Sourced[Organisation] | None
    sign_up: Sourced[Passage] | None
    contact: Sourced[ContactPoint] | None
    inhabitants: Sourced[Counted] | None
    children: Sourced[Counted] | None
    blocks: list[BlockRow]
    financing_intro: list[Passage]
    business_case: list[Figure]
    criteria: list[Criterion]
    more_pages: list[tuple[str, str]]  # (title, site-relative URL)
    has_example_data: bool
    content_date: date
    missing: list[str] = field(default_factory=list)
    version: str = ""
    population: Population | None = None  # the CBS row
    population_date: date | None = None
    age_estimate: AgeEstimate | None = None
    regions: Regions | None = None
    network_members: list[Municipality] = field(default_factory=list)  # the coordinators' network, when recorded
    notes_text: FactsheetNotes | None = None
    notes: Notes | None = None

    @property
    def id(self) -> str:
        return self.municipality.id

    @property
    def kind(self) -> str:
        return "gemeente"

    @property
    def page_url(self) -> str:
        return f"factsheets/{self.municipality.id}/"

    @property
    def pdf_url(self) -> str:
        return f"factsheets/pdf/{self.municipality.id}.pdf"

    @property
    def pdf_filename(self) -> str:
        return f"factsheet-ivh-{slugify(self.municipality.name)}-{self.municipality.id}.pdf"


@dataclass(frozen=True)
class Regions:
    """The regions a municipality belongs to (CBS), and the other municipalities of its youth-care region."""

    division: RegionDivision
    youth_care: YouthCareRegion
    others: list[Municipality]  # the other municipalities of the youth-care region, by name
    health: HealthRegion
    care_office: CareOfficeRegion
    source_file: str  # the regio-indeling file, for the map file beside it

    @property
    def year(self) -> int:
        return self.division.reference_date.year

    @property
    def region_url(self) -> str:
        return f"factsheets/{self.youth_care.id}/"


@dataclass(frozen=True)
class Note:
    key: str
    number: int
    label: str
    sources: Sources
    reference: str  # "1 januari 2025", "2019"
    licence: tuple[str, str] | None = None  # (name, url) of the licence of public data (CBS)


class Notes:
    """The sources and reference dates of the numbers on one factsheet, numbered in order of first use."""

    def __init__(self) -> None:
        self._notes: dict[str, Note] = {}

    def add(self, key: str, label: str, sources: Iterable[Source] | None, reference: str, licence: tuple[str, str] | None = None) -> None:
        if key not in self._notes:
            self._notes[key] = Note(key, len(self._notes) + 1, label, tuple(sources or ()), reference, licence)

    @property
    def licences(self) -> list[tuple[str, str]]:
        """The licences of the public data among the notes, each once (said once under the notes)."""
        found: list[tuple[str, str]] = []
        for note in self._notes.values():
            if note.licence and note.licence not in found:
                found.append(note.licence)
        return found

    def number(self, key: str) -> int | None:
        note = self._notes.get(key)
        return note.number if note else None

    def __iter__(self) -> Iterator[Note]:
        return iter(self._notes.values())

    def __len__(self) -> int:
        return len(self._notes)

    def __contains__(self, key: str) -> bool:
        return key in self._notes

    def __repr__(self) -> str:
        return repr(list(self._notes.values()))


def slugify(name: str) -> str:
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in ascii_name)
    return "-".join(part for part in cleaned.split("-") if part)


# --- reading content -------------------------------------------------------------------------------


def _get(content: Content, kind: str, item_id: str) -> ContentItem | None:
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


def _audience_section(content: Content, section_id: str) -> Section | None:
    page = cast("AudiencePage | None", _get(content, *parts.AUDIENCE))  # the kind decides the model
    if page is None:
        return None
    sections: list[Section] = getattr(page, "sections", []) or []
    for section in sections:
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
            facts = cast(MunicipalityFacts, entry.item)  # the kind decides the model
            if (len(facts.municipalities) > 1) != regional:
                continue
            for municipality_id in facts.municipalities:
                found.setdefault(municipality_id, []).append((facts, regional))
    return found


def _pick(files: list[tuple[MunicipalityFacts, bool]], attribute: str) -> Sourced[Any] | None:
    """The first file's value of a field, by name: its type is that field's, which the caller's annotation names."""
    for facts, regional in files:
        value = getattr(facts, attribute)
        if value is not None:
            return Sourced(value, tuple(getattr(value, "sources", ())), regional, facts.example)
    return None


def _network_members(files: list[tuple[MunicipalityFacts, bool]], register_by_id: dict[str, Municipality]) -> list[Municipality]:
    """The municipalities of the coordinators' file that names the network (when it is a regional file)."""
    for facts, regional in files:
        if facts.network is not None:
            members = [register_by_id[m] for m in facts.municipalities if m in register_by_id]
            return sorted(members, key=lambda m: sort_key(m.name)) if regional else []
    return []


def sort_key(name: str) -> str:
    """'s-Gravenhage sorts under G, as in the municipal register's sort name."""
    return name.removeprefix("'s-").removeprefix("'t ").casefold()


def _block_status(files: list[tuple[MunicipalityFacts, bool]], block_id: str) -> tuple[BlockInPlace | None, bool, bool]:
    for facts, regional in files:
        for entry in facts.blocks:
            if entry.block == block_id:
                return entry, regional, facts.example
    return None, False, False


# --- the estimate ----------------------------------------------------------------------------------


def _round(value: float) -> int:
    """Half up, as people round (Python's round() would make 36,5 into 36)."""
    return int(math.floor(value + 0.5))


def rounded(raw: float) -> int:
    """An estimate as it is shown: whole numbers below 100, two significant digits from 100 on (682 -> 680,
    13.172 -> 13.000), so a rough rule does not look precise."""
    whole = _round(raw)
    if whole < 100:
        return whole
    step: int = 10 ** (len(str(whole)) - 2)  # whole >= 100, so a positive power: an int
    return _round(raw / step) * step


def estimate(
    children: Sourced[Counted] | None, inhabitants: Sourced[Counted] | None, share: Figure | None, per_inhabitants: Figure | None, *, from_cbs: bool = False
) -> Estimate:
    """The number of children who may need IVH, from the municipality's own figure when one is recorded."""
    if children is not None and share is not None:
        raw = children.value.number * share.value / 100
        return Estimate("kinderen", children.value, children.example, share, rounded(raw), below_one=0 < raw < 0.5, raw=raw)
    if inhabitants is not None and per_inhabitants is not None:
        raw = inhabitants.value.number * per_inhabitants.value / RULE_PER_INHABITANTS
        return Estimate("inwoners", inhabitants.value, inhabitants.example, per_inhabitants, rounded(raw), below_one=0 < raw < 0.5, raw=raw, from_cbs=from_cbs)
    return Estimate("invullen", None, False, share, None)


def age_estimate(population: Population | None, notes: FactsheetNotes | None, share: Figure | None) -> AgeEstimate | None:
    """The second estimate, from the CBS band of 0 to 14 years, when the content states its assumption."""
    if population is None or notes is None or share is None:
        return None
    years = notes.age_estimate.birth_years
    children = population.age_0_14 * years / YOUNGEST_BAND_YEARS
    raw = children * share.value / 100
    return AgeEstimate(population.age_0_14, years, YOUNGEST_BAND_YEARS, children, share, raw, rounded(raw), 0 < raw < 0.5, notes.age_estimate.assumption)


def cbs_count(number: int, reference: date, provenance: CbsProvenance) -> Counted:
    """A CBS figure in the shape coordinators record theirs (number, reference date, source)."""
    return Counted.model_validate(
        {"aantal": str(number), "peildatum": reference.isoformat(), "bron": [s.model_dump(by_alias=True) for s in provenance.sources]}
    )


# --- assembling --------------------------------------------------------------------------------------


def _review_date(item: Any) -> date | None:
    review = getattr(item, "review", None)
    return getattr(review, "date", None)


def build_all(content: Content) -> list[Factsheet]:
    registers: list[MunicipalityRegister] = content.of("gemeentelijst")
    if not registers:
        return []
    shared = _shared(content)
    facts = _facts_by_municipality(content)
    register_by_id = {m.id: m for register in registers for m in register.municipalities}
    public = _public_data(content, register_by_id)
    sheets = []
    for register in registers:
        for municipality in register.municipalities:
            sheets.append(_build_one(content, register, municipality, facts.get(municipality.id, []), shared, public, register_by_id))
    sheets.sort(key=lambda s: s.municipality.code)
    return sheets


@overload
def _latest(content: Content, kind: Literal["bevolkingscijfers"]) -> tuple[PopulationFigures, Entry] | tuple[None, None]: ...
@overload
def _latest(content: Content, kind: Literal["regio-indeling"]) -> tuple[RegionDivision, Entry] | tuple[None, None]: ...
def _latest(content: Content, kind: str) -> tuple[PopulationFigures | RegionDivision, Entry] | tuple[None, None]:
    """The item of `kind` with the latest reference date, and its entry (file), or (None, None)."""

    def dated(entry: Entry) -> PopulationFigures | RegionDivision:
        return cast("PopulationFigures | RegionDivision", entry.item)  # the kind decides the model

    entries = sorted((e for e in content.entries if e.content_type.kind == kind), key=lambda e: dated(e).reference_date)
    return (dated(entries[-1]), entries[-1]) if entries else (None, None)


class _Public(TypedDict):
    """The CBS figures and regions, and the texts beside them (each None when not in the content)."""

    population: PopulationFigures | None
    division: RegionDivision | None
    rows: dict[str, Population]  # municipality id -> its CBS row
    regions: dict[str, Regions]  # municipality id -> its regions
    notes: FactsheetNotes | None
    digest: str  # of what every sheet shares of these


def _public_data(content: Content, register_by_id: dict[str, Municipality]) -> _Public:
    """The CBS figures and regions by municipality id, and the texts beside them (all optional)."""
    population, _entry = _latest(content, "bevolkingscijfers")
    division, division_entry = _latest(content, "regio-indeling")
    notes: list[FactsheetNotes] = content.of("factsheettoelichting")
    notes_item = notes[0] if notes else None
    # What every sheet shares of these (provenance, texts), hashed once: the version of a sheet changes with it.
    shared_parts = (
        population.provenance if population else None,
        population.reference_date if population else None,
        (division.provenance, division.boundaries, division.reference_date) if division else None,
        notes_item,
    )
    found: _Public = {
        "population": population,
        "division": division,
        "rows": {},
        "regions": {},
        "notes": notes_item,
        "digest": hashlib.sha256(repr(shared_parts).encode("utf-8")).hexdigest(),
    }
    if population is not None:
        found["rows"] = {row.municipality: row for row in population.municipalities}
    if division is not None and division_entry is not None:  # both or neither
        youth = {r.id: r for r in division.youth_care_regions}
        health = {r.id: r for r in division.health_regions}
        care = {r.id: r for r in division.care_office_regions}
        members: dict[str, list[Municipality]] = {}
        for row in division.municipalities:
            if row.municipality in register_by_id:
                members.setdefault(row.youth_care, []).append(register_by_id[row.municipality])
        for row in division.municipalities:
            others = [m for m in members.get(row.youth_care, []) if m.id != row.municipality]
            found["regions"][row.municipality] = Regions(
                division, youth[row.youth_care], sorted(others, key=lambda m: sort_key(m.name)), health[row.health], care[row.care_office], division_entry.file
            )
    return found


class _Shared(TypedDict):
    """The parts that are the same on every factsheet."""

    digest: str  # of all of them: part of every sheet's version
    block_urls: dict[str, str]  # block id -> site-relative URL of its page
    term: GlossaryTerm | None
    intro: list[Passage]
    financing_intro: list[Passage]
    share: Figure | None
    per_inhabitants: Figure | None
    national: Figure | None
    business_case: list[Figure]
    blocks: list[Block]
    criteria: list[Criterion]
    more: list[tuple[str, str]]  # (title, site-relative URL)
    dates: list[date]  # review dates of everything used
    missing: list[str]


def _shared(content: Content) -> _Shared:
    """The parts that are the same on every factsheet, read once."""
    missing: list[str] = []
    term = cast("GlossaryTerm | None", _get(content, *parts.TERM_IVH))  # the kind decides the model
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
    blocks: list[Block] = sorted(content.of("bouwsteen"), key=lambda b: b.number)
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


def block_rows(shared: _Shared, files: list[tuple[MunicipalityFacts, bool]]) -> list[BlockRow]:
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
    return rows


def _build_one(
    content: Content,
    register: MunicipalityRegister,
    municipality: Municipality,
    files: list[tuple[MunicipalityFacts, bool]],
    shared: _Shared,
    public: _Public,
    register_by_id: dict[str, Municipality],
) -> Factsheet:
    rows = block_rows(shared, files)
    children = _pick(files, "young_children")
    own_inhabitants = _pick(files, "inhabitants")
    population_row = public["rows"].get(municipality.id)
    population = public["population"]
    cbs_inhabitants = None
    if population_row is not None and population is not None:  # a row comes from the population figures
        counted = cbs_count(population_row.inhabitants, population.reference_date, population.provenance)
        cbs_inhabitants = Sourced(counted, tuple(counted.sources), False, False)
    inhabitants = own_inhabitants or cbs_inhabitants
    from_cbs = own_inhabitants is None and cbs_inhabitants is not None
    the_estimate = estimate(children, inhabitants, shared["share"], shared["per_inhabitants"], from_cbs=from_cbs)
    second = age_estimate(population_row, public["notes"], shared["share"]) if the_estimate.from_cbs else None
    regions = public["regions"].get(municipality.id)
    notes = Notes()
    ratio = the_estimate.ratio  # always there, unless the estimate is left to fill in
    if the_estimate.method != "invullen" and ratio is not None:  # numbered in the order the page shows them
        notes.add("regel", _figure_label(ratio), ratio.sources, ratio.reference)
        _note_base(notes, the_estimate, population)
    if second is not None:
        notes.add("aandeel", _figure_label(second.share), second.share.sources, second.share.reference)
    if shared["national"] is not None and the_estimate.ratio is not None:
        national = shared["national"]
        notes.add("landelijk", _figure_label(national), national.sources, national.reference)
    if own_inhabitants is None and cbs_inhabitants is not None:
        _note_base(notes, Estimate("inwoners", cbs_inhabitants.value, False, None, None, from_cbs=True), population)
    if regions is not None:
        _note_regions(notes, regions.division)
    if shared["business_case"]:  # one note for the business case: each figure with its year, their sources together
        figures = shared["business_case"]
        label = "Businesscase: " + "; ".join(f"{f.number} ({f.reference})" for f in figures)
        notes.add("businesscase", label, tuple(s for f in figures for s in f.sources), "peiljaar bij elk getal")
    facts_dates = [f.review.date for f, _ in files]
    sheet = Factsheet(
        municipality=municipality,
        register_date=register.reference_date,
        register_sources=tuple(register.provenance.sources),
        intro=shared["intro"],
        intro_term=shared["term"],
        estimate=the_estimate,
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
        content_date=max([*shared["dates"], *facts_dates, register.review.date, *_public_dates(public)]),
        missing=shared["missing"] + _public_missing(public, municipality),
        population=population_row,
        population_date=population.reference_date if population_row is not None and population is not None else None,
        age_estimate=second,
        regions=regions,
        network_members=_network_members(files, register_by_id),
        notes_text=public["notes"],
        notes=notes,
    )
    region_key = (regions.youth_care, [m.id for m in regions.others], regions.health, regions.care_office) if regions else None
    own = repr((municipality, register.reference_date, [f for f, _ in files], population_row, region_key, public["digest"], notes))
    sheet.version = hashlib.sha256((shared["digest"] + own).encode("utf-8")).hexdigest()[:10]
    return sheet


def _figure_label(item: Figure) -> str:
    """A key figure in a note: its title, and its number where the title does not say it ('1%')."""
    return item.label if item.number in item.label else f"{item.label}, {item.number}"


def _note_base(notes: Notes, the_estimate: Estimate, population: PopulationFigures | None) -> None:
    if the_estimate.from_cbs and population is not None:
        provenance = population.provenance
        notes.add(
            "bevolking",
            "Inwoners en leeftijden",
            provenance.sources,
            dutch.long_date(population.reference_date),
            (provenance.licence_name, provenance.licence_url),
        )
    elif the_estimate.base is not None:
        what = "Aantal kinderen van 0 tot 7 jaar" if the_estimate.method == "kinderen" else "Aantal inwoners"
        notes.add("eigen", f"{what}, vastgelegd voor deze factsheet", the_estimate.base.sources, dutch.long_date(the_estimate.base.reference_date))


def _note_regions(notes: Notes, division: RegionDivision) -> None:
    provenance = division.provenance
    notes.add(
        "regio",
        f"Jeugdzorgregio en GGD-regio: indeling van het {provenance.publisher}, afgeleid uit de grenzen; {division.boundaries.credit[:1].lower() + division.boundaries.credit[1:]}",
        provenance.sources,
        f"indeling {division.reference_date.year}",
        (provenance.licence_name, provenance.licence_url),
    )


def _public_dates(public: _Public) -> list[date]:
    items = (public["population"], public["division"], public["notes"])
    return [item.review.date for item in items if item is not None]


def _public_missing(public: _Public, municipality: Municipality) -> list[str]:
    missing = []
    if public["population"] is None:
        missing.append("bevolkingscijfers van het CBS (python -m kennisbank.factsheets.cbs)")
    elif municipality.id not in public["rows"]:
        missing.append(f"inwoners van {municipality.id} in de bevolkingscijfers")
    if public["division"] is None:
        missing.append("regio-indeling van het CBS (python -m kennisbank.factsheets.cbs)")
    elif municipality.id not in public["regions"]:
        missing.append(f"regio's van {municipality.id} in de regio-indeling")
    if public["notes"] is None:
        missing.append("factsheettoelichting (de teksten bij de cijfers)")
    return missing


def document_titles(content: Content) -> dict[str, str]:
    return {doc.id: doc.short_title for doc in content.of("brondocument")}


def source_titles(content: Content, sources: Iterable[object], titles: dict[str, str] | None = None) -> list[tuple[str, str | None]]:
    """(title, url or None) for each distinct source, as readers see them."""
    titles = titles if titles is not None else document_titles(content)
    seen: list[tuple[str, str | None]] = []
    for source in sources:
        item: tuple[str, str | None]
        if isinstance(source, SeedRef):
            item = (titles.get(source.seed, f"document {source.seed}"), None)
        elif isinstance(source, WebRef):
            item = (source.title or source.url, source.url)
        else:
            continue
        if item not in seen:
            seen.append(item)
    return seen


# --- one factsheet per youth-care region ---------------------------------------------------------------


@dataclass(frozen=True)
class MemberRow(Generic[M]):
    """One municipality in a region's table, or the region's total (municipality None)."""

    municipality: M
    inhabitants: int
    band: int  # 0 to 14 years
    estimate_raw: float
    age_raw: float | None

    @property
    def estimate(self) -> int:
        return rounded(self.estimate_raw)

    @property
    def age_estimate(self) -> int | None:
        return None if self.age_raw is None else rounded(self.age_raw)


@dataclass
class RegionSheet:
    region: YouthCareRegion
    division: RegionDivision
    members: list[MemberRow[Municipality]]
    total: MemberRow[None]
    health: list[tuple[HealthRegion, list[Municipality]]]  # GGD regions with the members in each
    provinces: list[str]
    population_date: date | None
    per_inhabitants: Figure | None
    share: Figure | None
    national_figure: Figure | None
    birth_years: int | None
    band_years: int
    intro_term: GlossaryTerm | None
    blocks: list[BlockRow]
    financing_intro: list[Passage]
    more_pages: list[tuple[str, str]]
    notes_text: FactsheetNotes | None
    notes: Notes
    content_date: date
    register_date: date
    missing: list[str] = field(default_factory=list)
    version: str = ""

    @property
    def id(self) -> str:
        return self.region.id

    @property
    def kind(self) -> str:
        return "regio"

    @property
    def name(self) -> str:
        return self.region.name

    @property
    def page_url(self) -> str:
        return f"factsheets/{self.region.id}/"

    @property
    def pdf_url(self) -> str:
        return f"factsheets/pdf/{self.region.id}.pdf"

    @property
    def pdf_filename(self) -> str:
        return f"factsheet-ivh-regio-{slugify(self.region.name)}-{self.region.id}.pdf"


def build_regions(content: Content, sheets: list[Factsheet]) -> list[RegionSheet]:
    """One sheet per youth-care region of the region division, with its members' CBS figures and the total."""
    division, _entry = _latest(content, "regio-indeling")
    if division is None or not sheets:
        return []
    shared = _shared(content)
    per_inhabitants, share = shared["per_inhabitants"], shared["share"]
    notes_items: list[FactsheetNotes] = content.of("factsheettoelichting")
    notes_text = notes_items[0] if notes_items else None
    years = notes_text.age_estimate.birth_years if notes_text else None
    population, _ = _latest(content, "bevolkingscijfers")
    by_region: dict[str, list[Factsheet]] = {}
    for sheet in sheets:
        if sheet.regions is not None:
            by_region.setdefault(sheet.regions.youth_care.id, []).append(sheet)
    register_date = sheets[0].register_date
    result: list[RegionSheet] = []
    for region in division.youth_care_regions:
        members = sorted(by_region.get(region.id, []), key=lambda s: sort_key(s.municipality.name))
        rows: list[MemberRow[Municipality]] = []
        for sheet in members:
            row = sheet.population
            if row is None:
                continue
            raw = row.inhabitants * per_inhabitants.value / RULE_PER_INHABITANTS if per_inhabitants else 0.0
            age = row.age_0_14 * years / YOUNGEST_BAND_YEARS * share.value / 100 if (years and share) else None
            rows.append(MemberRow(sheet.municipality, row.inhabitants, row.age_0_14, raw, age))
        ages = [r.age_raw for r in rows if r.age_raw is not None]
        total = MemberRow(
            None,
            sum(r.inhabitants for r in rows),
            sum(r.band for r in rows),
            sum(r.estimate_raw for r in rows),
            sum(ages) if rows and len(ages) == len(rows) else None,
        )
        health: dict[str, tuple[HealthRegion, list[Municipality]]] = {}
        for sheet in members:
            regions = sheet.regions
            assert regions is not None  # by_region holds only sheets with regions
            health.setdefault(regions.health.id, (regions.health, []))[1].append(sheet.municipality)
        notes = Notes()
        if per_inhabitants is not None:
            notes.add("regel", _figure_label(per_inhabitants), per_inhabitants.sources, per_inhabitants.reference)
        if population is not None:
            _note_base(notes, Estimate("inwoners", None, False, None, None, from_cbs=True), population)
        for key, figure_item in (("aandeel", share), ("landelijk", shared["national"])):
            if figure_item is not None:
                notes.add(key, _figure_label(figure_item), figure_item.sources, figure_item.reference)
        _note_regions(notes, division)
        region_sheet = RegionSheet(
            region=region,
            division=division,
            members=rows,
            total=total,
            health=sorted(health.values(), key=lambda h: h[0].name),
            provinces=sorted({s.municipality.province for s in members}),
            population_date=population.reference_date if population is not None else None,
            per_inhabitants=per_inhabitants,
            share=share,
            national_figure=shared["national"],
            birth_years=years,
            band_years=YOUNGEST_BAND_YEARS,
            intro_term=shared["term"],
            blocks=block_rows(shared, []),
            financing_intro=shared["financing_intro"],
            more_pages=shared["more"],
            notes_text=notes_text,
            notes=notes,
            content_date=max(s.content_date for s in members) if members else max(shared["dates"]),
            register_date=register_date,
            missing=list(members[0].missing) if members else ["gemeenten in de regio"],
        )
        own = repr(
            (region, [(r.municipality.id, r.inhabitants, r.band) for r in rows], sorted(health), notes_text, notes, division.provenance, division.boundaries)
        )
        region_sheet.version = hashlib.sha256((shared["digest"] + own).encode("utf-8")).hexdigest()[:10]
        result.append(region_sheet)
    return result
