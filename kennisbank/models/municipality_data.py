"""Public data about municipalities (CBS): inhabitants and age bands, the regions they belong to, and the
texts the factsheets put beside those numbers.

**Generated, not typed.** `bevolkingscijfers` and `regio-indeling` are made by
`python -m kennisbank.factsheets.cbs` from the CBS files in `../shared/data/` (see that module). Each file
says where its numbers come from (`herkomst`: publisher, table, reference date, licence, the source file
and its sha256). A test regenerates them and compares, so a hand edit shows up; an editor who changes a
number by hand still gets a Dutch message at the line when the age bands no longer add up to the total.

**Regions are referable.** A youth-care region (`jeugdregio`, id `jz13` for CBS code JZ13), a GGD region
(`ggdregio`, `gg3406`) and a zorgkantoor region (`zorgkantoorregio`, `zk02`) can be referred to by id from
other files, like a municipality (`gm0363`). Only one region division can be in content at a time: a second
one would declare the same ids, which `kennisbank check` reports.

**The texts** (`factsheettoelichting`, written by editors) explain what the estimate is and why the regions
matter, each with its source, so no claim is typed into a template.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Annotated, ClassVar, Literal, Self, get_args

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .. import dutch
from . import ContentType
from .common import ContentItem, Model, Passage, RefersTo, Slug, Sources, Text
from .municipality import Count

Licence = Literal["CC BY 4.0"]
LICENCES: dict[Licence, tuple[str, str]] = {  # the licence's name and web page, for every allowed licence
    "CC BY 4.0": ("Creative Commons Naamsvermelding 4.0", "https://creativecommons.org/licenses/by/4.0/deed.nl"),
}
if list(LICENCES) != list(get_args(Licence)):  # the Literal is written out for type checkers: keep the two in step
    raise TypeError(f"LICENCES {list(LICENCES)} do not match Licence {get_args(Licence)}")


class CbsProvenance(Model):
    """Where a CBS-derived file comes from: publisher, table, licence, the file it was made from."""

    publisher: Annotated[str, Field(alias="uitgever", min_length=2, description="Wie de cijfers publiceert, bijvoorbeeld CBS.")]
    table: Annotated[
        str, Field(alias="tabel", min_length=2, description="De naam van de tabel of het product, bijvoorbeeld Kerncijfers wijken en buurten 2025.")
    ]
    table_id: Annotated[str, Field(alias="tabelnummer", pattern=r"^\d{5}[A-Z]{3}$", description="Het nummer van de tabel in StatLine, bijvoorbeeld 86165NED.")]
    licence: Annotated[Licence, Field(alias="licentie", description="De licentie van de cijfers: CC BY 4.0 (noem de bron: CBS).")]
    sources: Annotated[Sources, Field(alias="bron", description="De tabel op het web, met de datum van controle.")]
    source_file: Annotated[
        str, Field(alias="bronbestand", pattern=r"^[\w.-]+\.csv$", description="Het bestand waaruit dit bestand is gemaakt (in ../shared/data/).")
    ]
    source_sha256: Annotated[str, Field(alias="bron_sha256", pattern=r"^[0-9a-f]{64}$", description="Controlegetal (sha256) van dat bestand.")]
    derivation: Annotated[Text, Field(alias="afleiding", description="Hoe de cijfers uit de bron zijn gehaald, en wat er gecontroleerd is.")]
    note: Annotated[Text | None, Field(alias="notitie", description="Wat er niet in staat, of waar u op moet letten.")] = None

    @property
    def licence_name(self) -> str:
        return LICENCES[self.licence][0]

    @property
    def licence_url(self) -> str:
        return LICENCES[self.licence][1]


# --- inhabitants and age bands ------------------------------------------------------------------------

AGE_BANDS = (
    ("age_0_14", "leeftijd_0_14"),
    ("age_15_24", "leeftijd_15_24"),
    ("age_25_44", "leeftijd_25_44"),
    ("age_45_64", "leeftijd_45_64"),
    ("age_65_79", "leeftijd_65_79"),
    ("age_80_plus", "leeftijd_80_plus"),
)
YOUNGEST_BAND_YEARS = 15  # leeftijd_0_14: the ages 0 up to and including 14
YOUNGEST_BAND = "0 tot en met 14 jaar"  # the same band as the factsheets write it


class Population(Model):
    """One municipality's inhabitants on the reference date, in total and per age band."""

    municipality: Annotated[Slug, RefersTo("gemeente"), Field(alias="gemeente", description="De gemeente, als code uit de gemeentelijst (gm0363).")]
    inhabitants: Annotated[Count, Field(alias="inwoners", description="Aantal inwoners.")]
    age_0_14: Annotated[Count, Field(alias="leeftijd_0_14", description="Aantal inwoners van 0 tot en met 14 jaar.")]
    age_15_24: Annotated[Count, Field(alias="leeftijd_15_24", description="Aantal inwoners van 15 tot en met 24 jaar.")]
    age_25_44: Annotated[Count, Field(alias="leeftijd_25_44", description="Aantal inwoners van 25 tot en met 44 jaar.")]
    age_45_64: Annotated[Count, Field(alias="leeftijd_45_64", description="Aantal inwoners van 45 tot en met 64 jaar.")]
    age_65_79: Annotated[Count, Field(alias="leeftijd_65_79", description="Aantal inwoners van 65 tot en met 79 jaar.")]
    age_80_plus: Annotated[Count, Field(alias="leeftijd_80_plus", description="Aantal inwoners van 80 of ouder jaar.")]

    @model_validator(mode="after")
    def _bands_add_up(self) -> Self:
        total = sum(getattr(self, name) for name, _key in AGE_BANDS)
        if total != self.inhabitants:
            raise PydanticCustomError(
                "kb_bands_total",
                "bij {municipality} tellen de leeftijdsgroepen op tot {total}, maar 'inwoners' is {inhabitants} "
                "(verschil {difference}). Neem de getallen over zoals het CBS ze geeft, of maak het bestand opnieuw "
                "met python -m kennisbank.factsheets.cbs.",
                {
                    "municipality": self.municipality,
                    "total": dutch.number(total),
                    "inhabitants": dutch.number(self.inhabitants),
                    "difference": f"{total - self.inhabitants:+d}",
                },
            )
        return self


def _unique(values: Iterable[str], what: str, kind: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise PydanticCustomError(
                "kb_duplicate_" + kind,
                "{what} '{value}' staat twee keer in dit bestand. Elke {what} mag maar één keer voorkomen.",
                {"what": what, "value": value},
            )
        seen.add(value)


class PopulationFigures(ContentItem):
    kind: Annotated[Literal["bevolkingscijfers"], Field(alias="soort")]
    reference_date: Annotated[date, Field(alias="peildatum", description="De datum waarop de aantallen gelden (JJJJ-MM-DD).")]
    provenance: Annotated[CbsProvenance, Field(alias="herkomst", description="Uitgever, tabel, licentie en bronbestand van de cijfers.")]
    municipalities: Annotated[list[Population], Field(alias="gemeenten", min_length=1, description="Per gemeente het aantal inwoners en de leeftijdsgroepen.")]

    @model_validator(mode="after")
    def _one_row_per_municipality(self) -> Self:
        _unique((row.municipality for row in self.municipalities), "de gemeente", "population_row")
        return self


# --- regions --------------------------------------------------------------------------------------------


class _Region(Model):
    code: str
    name: Annotated[str, Field(alias="naam", min_length=2, description="De naam van de regio, zoals het CBS die schrijft.")]

    @property
    def id(self) -> str:
        return self.code.lower()


class YouthCareRegion(_Region):
    """A youth-care region (jeugdzorgregio): municipalities that organise youth care together."""

    REF_KIND: ClassVar[str] = "jeugdregio"
    code: Annotated[str, Field(alias="code", pattern=r"^JZ\d{2}$", description="De CBS-code van de jeugdzorgregio, bijvoorbeeld JZ13.")]


class HealthRegion(_Region):
    """A GGD region: the municipalities that share one GGD."""

    REF_KIND: ClassVar[str] = "ggdregio"
    code: Annotated[str, Field(alias="code", pattern=r"^GG\d{4}$", description="De CBS-code van de GGD-regio, bijvoorbeeld GG3406.")]


class CareOfficeRegion(_Region):
    """A zorgkantoor region (for care under the Wlz)."""

    REF_KIND: ClassVar[str] = "zorgkantoorregio"
    code: Annotated[str, Field(alias="code", pattern=r"^ZK\d{2}$", description="De CBS-code van de zorgkantoorregio, bijvoorbeeld ZK02.")]


class Membership(Model):
    """The regions one municipality belongs to."""

    municipality: Annotated[Slug, RefersTo("gemeente"), Field(alias="gemeente", description="De gemeente, als code uit de gemeentelijst (gm0363).")]
    youth_care: Annotated[Slug, RefersTo("jeugdregio"), Field(alias="jeugdregio", description="De jeugdzorgregio, als id (jz13).")]
    health: Annotated[Slug, RefersTo("ggdregio"), Field(alias="ggdregio", description="De GGD-regio, als id (gg3406).")]
    care_office: Annotated[Slug, RefersTo("zorgkantoorregio"), Field(alias="zorgkantoorregio", description="De zorgkantoorregio, als id (zk02).")]


class BoundaryMap(Model):
    """The boundary file the locator maps are drawn from (TopoJSON in RD coordinates, beside this file)."""

    file: Annotated[
        str,
        Field(
            alias="bestand",
            pattern=r"^[\w./-]+\.topojson$",
            description="Pad van het kaartbestand, vanaf de map van dit bestand (kaart/gemeente_2025.topojson).",
        ),
    ]
    sha256: Annotated[str, Field(alias="sha256", pattern=r"^[0-9a-f]{64}$", description="Controlegetal (sha256) van het kaartbestand.")]
    layer: Annotated[str, Field(alias="laag", pattern=r"^[\w-]+$", description="De naam van de laag met gemeenten in het bestand (gemeente_2025).")]
    credit: Annotated[str, Field(alias="vermelding", min_length=2, description="Wat er bij de kaart staat als bronvermelding, bijvoorbeeld 'Kaart: CBS'.")]
    sources: Annotated[Sources, Field(alias="bron", description="Waar de grenzen vandaan komen, met de datum van controle.")]
    derivation: Annotated[Text, Field(alias="afleiding", description="Hoe het bestand is gemaakt (vereenvoudiging, herkomst).")]
    licence: Annotated[Licence, Field(alias="licentie", description="De licentie van de grenzen.")]


class RegionDivision(ContentItem):
    kind: Annotated[Literal["regio-indeling"], Field(alias="soort")]
    reference_date: Annotated[date, Field(alias="peildatum", description="De datum waarop de indeling geldt (JJJJ-MM-DD).")]
    provenance: Annotated[
        CbsProvenance, Field(alias="herkomst", description="Uitgever, tabel, licentie en bronbestand van de indeling, en hoe die is afgeleid.")
    ]
    boundaries: Annotated[BoundaryMap, Field(alias="kaart", description="Het kaartbestand met de grenzen van de gemeenten, voor de kaartjes op de factsheets.")]
    youth_care_regions: Annotated[list[YouthCareRegion], Field(alias="jeugdregios", min_length=1, description="De jeugdzorgregio's, elk met code en naam.")]
    health_regions: Annotated[list[HealthRegion], Field(alias="ggdregios", min_length=1, description="De GGD-regio's, elk met code en naam.")]
    care_office_regions: Annotated[
        list[CareOfficeRegion], Field(alias="zorgkantoorregios", min_length=1, description="De zorgkantoorregio's, elk met code en naam.")
    ]
    municipalities: Annotated[list[Membership], Field(alias="gemeenten", min_length=1, description="Per gemeente de regio's waar ze bij hoort.")]

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        _unique((row.municipality for row in self.municipalities), "de gemeente", "membership_row")
        for regions, field_name, key in (
            (self.youth_care_regions, "jeugdregio", "youth_care"),
            (self.health_regions, "ggdregio", "health"),
            (self.care_office_regions, "zorgkantoorregio", "care_office"),
        ):
            _unique((r.code for r in regions), "de regiocode", "region_code")
            used = {getattr(row, key) for row in self.municipalities}
            empty = [r.code for r in regions if r.id not in used]
            if empty:
                raise PydanticCustomError(
                    "kb_empty_region",
                    "de regio {code} heeft geen gemeenten: geen enkele gemeente heeft {field}: {id}. "
                    "Haal de regio weg of maak het bestand opnieuw met python -m kennisbank.factsheets.cbs.",
                    {"code": empty[0], "field": field_name, "id": empty[0].lower()},
                )
        return self


# --- texts beside the numbers ---------------------------------------------------------------------------


class AgeEstimate(Model):
    """The second estimate: from the youngest age band of the CBS figures, with its assumption in words."""

    birth_years: Annotated[
        int, Field(alias="geboortejaren", ge=1, le=15, description="Hoeveel leeftijden 'van 0 tot 7 jaar' telt (de kennisbank telt er acht: 0 tot en met 7).")
    ]
    assumption: Annotated[
        Passage, Field(alias="aanname", description="De aanname in woorden: hoe uit de groep van 0 tot en met 14 jaar het aantal van 0 tot 7 jaar volgt.")
    ]


class FactsheetNotes(ContentItem):
    kind: Annotated[Literal["factsheettoelichting"], Field(alias="soort")]
    moment: Annotated[Passage, Field(alias="moment", description="Dat de schatting een aantal kinderen op één moment is, geen aantal aanmeldingen per jaar.")]
    moment_heading: Annotated[
        str | None,
        Field(
            alias="moment_kop",
            min_length=2,
            description="Kort en vet voor de tekst bij 'moment', bijvoorbeeld 'Op één moment, niet per jaar.' (de bron is die van 'moment').",
        ),
    ] = None
    age_estimate: Annotated[
        AgeEstimate, Field(alias="schatting_uit_leeftijd", description="De tweede schatting, uit de leeftijdsgroep van 0 tot en met 14 jaar.")
    ]
    regional: Annotated[Passage, Field(alias="regionaal", description="Waarom de regio ertoe doet voor IVH (veel IVH-netwerken werken voor meer gemeenten).")]
    youth_care_region: Annotated[
        Text, Field(alias="jeugdzorgregio", description="Wat de jeugdzorgregio op de factsheet is, en dat een IVH-netwerk anders georganiseerd kan zijn.")
    ]
    health_region: Annotated[Passage, Field(alias="ggdregio", description="Waarom de GGD-regio ertoe doet (de JGZ als verwijzer).")]
    firm: Annotated[
        Passage | None,
        Field(alias="stevig_neerzetten", description="Onder de tabel met bouwstenen: wat het label 'stevig neerzetten' betekent, met bron."),
    ] = None
    own_figures_win: Annotated[
        Text, Field(alias="eigen_gegevens", description="Dat gegevens van de coördinatoren (gemeentegegevens) voorgaan op de CBS-cijfers.")
    ]


CONTENT_TYPES: tuple[ContentType, ...] = (
    ContentType(
        kind="bevolkingscijfers",
        folder="municipalities",
        model=PopulationFigures,
        label="bevolkingscijfers",
        description="Inwoners en leeftijdsgroepen per gemeente (CBS), met herkomst; gemaakt met python -m kennisbank.factsheets.cbs.",
    ),
    ContentType(
        kind="regio-indeling",
        folder="municipalities",
        model=RegionDivision,
        label="regio-indeling",
        description="De jeugdzorgregio, GGD-regio en zorgkantoorregio van elke gemeente (CBS), met herkomst en kaartbestand; gemaakt met python -m kennisbank.factsheets.cbs.",
    ),
    ContentType(
        kind="factsheettoelichting",
        folder="municipalities",
        model=FactsheetNotes,
        label="factsheettoelichting",
        description="De teksten naast de CBS-cijfers op de factsheets: wat de schatting is en waarom de regio's ertoe doen, met bron.",
    ),
)
