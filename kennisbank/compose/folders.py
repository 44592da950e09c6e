"""'Maak een folder': handouts an IVH coordinator adapts to the own region and prints on A4.

One page, `voor/folder-maken.md` (URL `/voor/folder-maken/`), in the 'Voor wie' section. Each handout
(`soort: folder`, `content/folders/`) names the audience page it draws on; its fixed text is composed
here, at build time, from that page's sections (by section id, see `PARTS`), from the target group and
from the trajectory. A change in that content changes the handouts. Only the local parts (region,
coordinating organisation, how to sign up, what to send along, when the MDO meets, local particulars)
are filled in the browser, by the scripts in `docs/assets/javascripts/folders/`, which put what the
coordinator types into the handout as text. The fields are declared once, in `FIELDS`: the form, the
handouts' slots and the browser code all come from that list.

The page also carries, as JSON, the municipal register (for the list of municipalities in a region) and
the regions that already have a `gemeentegegevens` file, so a coordinator can start from those. What a
coordinator fills in can be saved as such a file and added through a pull request; the next build then
offers it to everyone, and the factsheets of its municipalities show it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TypedDict

from markupsafe import Markup

from ..escape import json_for_html
from ..models.audience import AudiencePage, Section
from ..models.common import SeedRef, SourceRef, WebRef
from ..models.folder import Folder
from ..models.municipality import MunicipalityFacts, MunicipalityRegister
from ..models.source_document import SourceDocument
from ..models.target_group import TargetGroup
from ..models.trajectory import TrajectoryStep
from ..qr import qr_svg
from ..validate import Content
from . import ComposeContext, urls
from .citations import PARENT_QUOTE_SOURCE
from .page import Page
from .render import plural

PATH = urls.FOLDERS
SECTION = "doelgroepen"
SCRIPT = "assets/javascripts/folders/app.js"
FORMAT_VERSION = 1  # of the saved fields (browser storage and the JSON file); raise on an incompatible change
FACTS_FOLDER = "content/municipalities/gegevens"

# The sections of each audience page that its handouts use, by role on the handout -> section id.
# Whole sections, never single passages: what an editor adds to a section appears on the handout too.
PARTS: dict[str, dict[str, str]] = {
    "verwijzers": {"verwijzen": "hoe-verwijzen", "meesturen": "wat-meesturen", "daarna": "wat-u-terughoort"},
    "partners": {"mdo": "het-mdo", "gevraagd": "wat-vragen-we", "rollen": "rollen"},
    "ouders": {"voor_wie": "voor-wie", "stappen": "stap-voor-stap"},
    "gemeenten": {"oplevert": "wat-ivh-oplevert", "regelen": "wat-u-regelt", "wetten": "wettelijke-kaders", "inkoop": "inkoop-en-financiering"},
}
SHEETS = {"gemeenten": 2}  # A4 pages per handout; one unless named here


@dataclass(frozen=True)
class LocalField:
    """A local part of the handouts, filled in by the coordinator (and the key it has in a facts file)."""

    key: str
    label: str
    hint: str
    input: str  # "text", "tel", "url", "email", "textarea" or "gemeenten"
    max_length: int
    audiences: tuple[str, ...]  # the handouts that show it
    placeholder: str = ""  # shown in the empty slot of the preview
    autocomplete: str = "off"


ALL = ("verwijzers", "partners", "ouders", "gemeenten")
FIELDS: tuple[LocalField, ...] = (
    LocalField(
        "regio",
        "Naam van de regio of het IVH-netwerk",
        "Zoals het op de folder moet staan, bijvoorbeeld: IVH-netwerk Voorbeeldregio.",
        "text",
        80,
        ALL,
        "naam van de regio",
        "organization",
    ),
    LocalField(
        "organisatie",
        "Coördinerende organisatie",
        "De organisatie die IVH in uw regio coördineert. Geen naam van een persoon.",
        "text",
        80,
        ALL,
        "naam van de organisatie",
        "organization",
    ),
    LocalField(
        "telefoon",
        "Telefoonnummer voor aanmelden",
        "Het algemene nummer van de organisatie, bijvoorbeeld 020 123 45 67. Geen mobiel nummer van een persoon.",
        "tel",
        20,
        ALL,
        "telefoonnummer",
    ),
    LocalField("website", "Webadres", "Voluit, met https:// ervoor, bijvoorbeeld https://www.voorbeeld.nl/ivh.", "url", 200, ALL, "webadres"),
    LocalField(
        "email",
        "Algemeen e-mailadres (mag leeg blijven)",
        "Een adres van de organisatie, zoals info@… of aanmelden@…. Geen adres van een persoon.",
        "email",
        100,
        ALL,
        "e-mailadres",
    ),
    LocalField(
        "aanmelden",
        "Hoe meldt iemand een kind aan?",
        "Bijvoorbeeld: bel op werkdagen tussen 9 en 12 uur, of vul het formulier op de website in. Schrijf het in eenvoudige woorden: het staat ook op de folder voor ouders.",
        "textarea",
        200,
        ("verwijzers", "ouders"),
        "hoe u aanmeldt",
    ),
    LocalField(
        "meesturen",
        "Wat stuurt een verwijzer mee?",
        "Alleen als uw regio eigen afspraken heeft, bijvoorbeeld een aanmeldformulier. Het staat onder wat IVH altijd vraagt.",
        "textarea",
        160,
        ("verwijzers",),
        "wat u meestuurt",
    ),
    LocalField(
        "mdo",
        "Wanneer komt het MDO bijeen?",
        "Bijvoorbeeld: elke tweede dinsdag van de maand, van 13 tot 16 uur.",
        "textarea",
        160,
        ("partners", "gemeenten"),
        "wanneer het MDO bijeenkomt",
    ),
    LocalField(
        "bijzonderheden",
        "Bijzonderheden in uw regio (mag leeg blijven)",
        "Bijvoorbeeld een inloopspreekuur. Schrijf het in eenvoudige woorden: het staat op elke folder.",
        "textarea",
        200,
        ALL,
        "bijzonderheden",
    ),
    LocalField(
        "gemeenten",
        "Gemeenten in uw regio",
        "Nodig voor het bestand voor de kennisbank; de namen staan ook op de folder voor gemeenten.",
        "gemeenten",
        400,
        ("gemeenten",),
    ),
)
AUDIENCE_WORDS = {"verwijzers": "verwijzers", "partners": "partners", "ouders": "ouders", "gemeenten": "gemeenten"}


@dataclass
class Handout:
    folder: Folder
    audience: AudiencePage  # where the fixed text comes from
    parts: dict[str, Section | None]  # role on the handout -> the audience page's section (see PARTS)
    sheets: int
    page_url: str  # absolute address of the audience page (the QR code's target)
    short_address: str
    qr: Markup
    sources: list[str]
    sources_label: str  # 'Bron' or 'Bronnen'
    as_of: date
    missing: list[str] = field(default_factory=list)  # section ids of PARTS not found (a test keeps this empty)

    @property
    def id(self) -> str:
        return self.folder.id


def _section(audience: AudiencePage, section_id: str) -> Section | None:
    return next((s for s in audience.sections if s.id == section_id), None)


def _source_titles(content: Content, groups: Iterable[Iterable[SourceRef]]) -> list[str]:
    """Document titles (plain text) of every source used, each once, in order of first use."""
    documents: list[SourceDocument] = content.of("brondocument")
    titles = {doc.id: doc.short_title for doc in documents}
    seen: list[str] = []
    for sources in groups:
        for source in sources:
            if isinstance(source, SeedRef):
                label = titles.get(source.seed, source.seed)
            elif isinstance(source, WebRef):
                label = source.title or source.url
            else:  # pragma: no cover - the model admits no other kind
                continue
            if label not in seen:
                seen.append(label)
    return seen


def _used_sources(parts: Mapping[str, Section | None], extra: Iterable[list[SourceRef]]) -> list[list[SourceRef]]:
    """The source lists of everything a handout shows, in order."""
    groups = list(extra)
    for section in parts.values():
        if section is None:
            continue
        groups += [p.sources for p in section.passages]
        groups += [s.sources for s in section.steps]
        groups += [q.sources for q in section.questions]
        groups += [q.sources for q in section.quotes]
        if section.table:
            groups += [row.sources for row in section.table.rows]
    return groups


def page_url(markdown_path: str) -> str:
    """Site-relative URL of a Markdown page with directory URLs: 'voor/verwijzers.md' -> 'voor/verwijzers/'."""
    return Page(path=markdown_path, title="", markdown="", section="").url


def handouts(context: ComposeContext) -> list[Handout]:
    content = context.content
    audience_pages: list[AudiencePage] = content.of("doelgroeppagina")
    audiences = {a.id: a for a in audience_pages}
    target_groups: list[TargetGroup] = content.of("doelgroep")
    target_group = target_groups[0] if target_groups else None
    steps: list[TrajectoryStep] = sorted(content.of("trajectstap"), key=lambda s: s.order)
    site = context.inputs.site_url
    made: list[Handout] = []
    folders: list[Folder] = content.of("folder")
    for folder in sorted(folders, key=lambda f: (f.order, f.id)):
        audience = audiences.get(folder.audience)
        if audience is None:
            continue
        wanted = PARTS[folder.audience]
        parts = {role: _section(audience, section_id) for role, section_id in wanted.items()}
        address = site + page_url(urls.target("doelgroeppagina", audience.id))
        extra = [p.sources for p in folder.own_text]
        reviewed = [folder.review.date, audience.review.date]
        if folder.audience == "verwijzers" and target_group is not None:
            extra = [
                target_group.summary_sources,
                *extra,
                *(p.sources for p in target_group.indications),
                *(p.sources for p in target_group.contra_indications),
            ]
            reviewed.append(target_group.review.date)
        if folder.audience in ("verwijzers", "partners"):
            reviewed += [s.review.date for s in steps]
        made.append(
            Handout(
                folder=folder,
                audience=audience,
                parts=parts,
                sheets=SHEETS.get(folder.audience, 1),
                page_url=address,
                short_address=address.split("://", 1)[-1].rstrip("/"),
                qr=Markup(
                    qr_svg(address, context.inputs.qr_cache, label=f"QR-code naar de pagina '{audience.menu_title}' in de IVH-kennisbank", css_class="kb-fo-qr")
                ),
                sources=(sources := _source_titles(content, _used_sources(parts, extra))),
                sources_label=plural(len(sources), "Bron", "Bronnen"),
                as_of=max(reviewed),
                missing=[wanted[role] for role, section in parts.items() if section is None],
            )
        )
    return made


class Region(TypedDict):
    """A facts file already in the kennisbank, as the form's scripts read it."""

    id: str
    title: str
    example: bool
    file: str
    values: dict[str, str | list[str]]  # field key (see FIELDS) -> value; 'gemeenten' is a list of ids


class RegisterEntry(TypedDict):
    id: str
    name: str
    province: str


def _regions(content: Content) -> list[Region]:
    """Facts files already in the kennisbank, as starting points for the form (field key -> value)."""
    found: list[Region] = []
    all_facts: list[MunicipalityFacts] = content.of("gemeentegegevens")
    for facts in sorted(all_facts, key=lambda f: f.title.casefold()):
        contact = facts.contact
        values: dict[str, str | list[str]] = {
            "regio": facts.network.name if facts.network else "",
            "organisatie": facts.coordination.name if facts.coordination else (contact.organisation if contact else ""),
            "telefoon": (contact.phone or "") if contact else "",
            "website": (contact.website or "") if contact else "",
            "email": (contact.email or "") if contact else "",
            "aanmelden": facts.sign_up.text if facts.sign_up else "",
            "meesturen": facts.send_along.text if facts.send_along else "",
            "mdo": facts.mdo.text if facts.mdo else "",
            "bijzonderheden": facts.particulars.text if facts.particulars else "",
            "gemeenten": list(facts.municipalities),
        }
        found.append({"id": facts.id, "title": facts.title, "example": facts.example, "file": content.entry_of(facts).file, "values": values})
    return found


def _register(content: Content) -> list[RegisterEntry]:
    registers: list[MunicipalityRegister] = content.of("gemeentelijst")
    if not registers:
        return []
    return [{"id": m.id, "name": m.name, "province": m.province} for m in sorted(registers[0].municipalities, key=lambda m: _sort_key(m.name))]


def _sort_key(name: str) -> str:
    """'s-Gravenhage sorts under G, as in the municipal register's sort name."""
    return name.removeprefix("'s-").removeprefix("'t ").casefold()


def repository_links(base: str) -> dict[str, str | None]:
    """Where a coordinator uploads a facts file on GitHub, from `edit_base` in mkdocs.yml."""
    if "/edit/" not in base:
        return {"upload": None, "readme": None}
    repository, _, branch_path = base.partition("/edit/")
    branch = branch_path.strip("/").split("/")[0] or "main"
    return {
        "upload": f"{repository}/upload/{branch}/{FACTS_FOLDER}",
        "readme": f"{repository}/blob/{branch}/content/municipalities/README.md",
    }


def field_audiences(local: LocalField) -> str:
    """'Staat op de folders voor verwijzers en ouders.'"""
    words = [AUDIENCE_WORDS[a] for a in ALL if a in local.audiences]
    if len(words) == len(ALL):
        return "Staat op elke folder."
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]
    return f"Staat op de folder{'s' if len(words) > 1 or words[0] == 'verwijzers' else ''} voor {listed}."


def data_for_browser(context: ComposeContext, made: list[Handout]) -> dict[str, object]:
    return {
        "format": FORMAT_VERSION,
        "folders": [{"id": h.id, "label": h.folder.choice_label, "audience": h.folder.audience, "sheets": h.sheets, "title": h.folder.title} for h in made],
        "fields": [
            {"key": f.key, "label": f.label, "input": f.input, "maxLength": f.max_length, "audiences": list(f.audiences), "placeholder": f.placeholder}
            for f in FIELDS
        ],
        "municipalities": _register(context.content),
        "regions": _regions(context.content),
        "repository": repository_links(context.inputs.edit_base),
        "factsFolder": FACTS_FOLDER,
    }


def compose(context: ComposeContext) -> list[Page]:
    made = handouts(context)
    if not made:
        return []
    base = "../" * (PATH.count("/") + 1)  # from the page's URL voor/folder-maken/ to the site root
    data = data_for_browser(context, made)
    target_group: list[TargetGroup] = context.content.of("doelgroep")
    steps: list[TrajectoryStep] = context.content.of("trajectstap")
    markdown = context.render(
        "pages/folders.md.j2",
        handouts=made,
        fields=FIELDS,
        field_audiences=field_audiences,
        target_group=target_group[0] if target_group else None,
        steps=sorted(steps, key=lambda s: s.order),
        data=Markup(json_for_html(data)),
        script=Markup(f"{base}{SCRIPT}"),
        repository=data["repository"],
        facts_folder=FACTS_FOLDER,
        quote_source=PARENT_QUOTE_SOURCE,
    )
    return [
        Page(
            path=PATH,
            title="Maak een folder",
            markdown=markdown,
            section=SECTION,
            order=90,
            description="Maak een folder over Integrale Vroeghulp voor verwijzers, partners, ouders of gemeenten in uw regio: vul de gegevens van uw regio in, bekijk de folder op A4 en druk hem af of bewaar hem als pdf.",
        )
    ]
