"""Municipalities: the official register (gemeentelijst) and the facts coordinators supply (gemeentegegevens).

**The register.** One file, `content/municipalities/gemeenten-2025.yaml`, lists the 342 municipalities of
1 January 2025 with their CBS code, TOOI identifier, name and province, and says where that list comes
from. It is one data file rather than 342 small ones: the list is official data, changed only as a whole
(after a municipal merger), and stays reviewable in one place. Each municipality in it can be referred to
by its TOOI organisation code (`gm0363`), the code that ends its TOOI identifier, so files with facts from
coordinators are checked against it like any other reference. CBS codes stay text: `0363` keeps its
leading zero (load.py never turns scalars into numbers).

**Facts from coordinators.** A file in `content/municipalities/gegevens/` lists the municipalities it is
about. With one municipality it holds that municipality's own facts; with several it holds what is the
same for the whole IVH region (network, coordinating organisation, sign-up route, blocks, contact point).
On a factsheet a municipality's own file wins over a regional one, field by field. Nothing is required
beyond the list of municipalities: a fact that nobody supplied stays absent, and the factsheet shows it
as absent. Every fact carries its source. Numbers of inhabitants and children belong to one
municipality, so they are only allowed in a file about exactly one.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, ClassVar, Literal, Self

from pydantic import AfterValidator, BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from . import ContentType
from .common import ContentItem, Model, Passage, RefersTo, Slug, Sources, Text

Province = Literal[
    "Drenthe",
    "Flevoland",
    "Fryslân",
    "Gelderland",
    "Groningen",
    "Limburg",
    "Noord-Brabant",
    "Noord-Holland",
    "Overijssel",
    "Utrecht",
    "Zeeland",
    "Zuid-Holland",
]
TOOI_PREFIX = "https://identifier.overheid.nl/tooi/id/gemeente/gm"
_CODE = re.compile(r"^\d{4}$")


def _check_code(value: str) -> str:
    if not _CODE.match(value):
        raise PydanticCustomError(
            "kb_cbs_code",
            "'{value}' is geen CBS-gemeentecode. Schrijf de vier cijfers, met voorloopnullen, bijvoorbeeld 0363.",
            {"value": value},
        )
    return value


class Municipality(Model):
    """One municipality in the register. Referred to elsewhere by `id`, e.g. `gm0363`."""

    REF_KIND: ClassVar[str] = "gemeente"

    code: Annotated[str, AfterValidator(_check_code), Field(alias="code", description="De CBS-gemeentecode: vier cijfers, met voorloopnullen (0363).")]
    name: Annotated[str, Field(alias="naam", min_length=2, description="De officiële naam van de gemeente.")]
    province: Annotated[Province, Field(alias="provincie", description="De provincie waarin de gemeente ligt.")]
    preferred_name: Annotated[
        str | None,
        Field(alias="voorkeursnaam", min_length=2, description="De voorkeursnaam uit het register, als die afwijkt van de officiële naam (Den Haag)."),
    ] = None
    tooi: Annotated[
        str, Field(alias="tooi", pattern=r"^https://identifier\.overheid\.nl/tooi/id/gemeente/gm\d{4}$", description="De TOOI-identifier van de gemeente.")
    ]

    @model_validator(mode="after")
    def _tooi_matches_code(self) -> Self:
        if self.tooi != TOOI_PREFIX + self.code:
            raise PydanticCustomError(
                "kb_tooi_code",
                "de TOOI-identifier past niet bij code {code}. Verwacht: {expected}",
                {"code": self.code, "expected": TOOI_PREFIX + self.code},
            )
        return self

    @property
    def id(self) -> str:
        """The TOOI organisation code: 'gm' and the CBS code, e.g. 'gm0363'."""
        return "gm" + self.code

    @property
    def gm_code(self) -> str:
        """The CBS code as CBS writes it in tables: 'GM0363'."""
        return "GM" + self.code


class Provenance(Model):
    """Where the register comes from and how it was derived."""

    sources: Annotated[Sources, Field(alias="bron", description="De bron van de lijst, met url en de datum van controle.")]
    derivation: Annotated[Text, Field(alias="afleiding", description="Hoe de lijst uit de bron is gemaakt.")]
    source_version: Annotated[str, Field(alias="bronversie", min_length=1, description="Versie en publicatiedatum van de bron.")]
    source_sha256: Annotated[str, Field(alias="bron_sha256", pattern=r"^[0-9a-f]{64}$", description="Controlegetal (sha256) van het bronbestand.")]
    note: Annotated[Text | None, Field(alias="notitie", description="Wat er niet in de lijst staat, of waar u op moet letten.")] = None


class MunicipalityRegister(ContentItem):
    kind: Annotated[Literal["gemeentelijst"], Field(alias="soort")]
    reference_date: Annotated[date, Field(alias="peildatum", description="De datum waarop de lijst geldt (JJJJ-MM-DD).")]
    provenance: Annotated[Provenance, Field(alias="herkomst", description="Waar de lijst vandaan komt.")]
    municipalities: Annotated[
        list[Municipality], Field(alias="gemeenten", min_length=1, description="De gemeenten, elk met code, naam, provincie en TOOI-identifier.")
    ]

    @model_validator(mode="after")
    def _unique_codes(self) -> Self:
        seen: set[str] = set()
        for municipality in self.municipalities:
            if municipality.code in seen:
                raise PydanticCustomError(
                    "kb_duplicate_code",
                    "de code {code} staat twee keer in de lijst. Elke gemeente mag maar één keer voorkomen.",
                    {"code": municipality.code},
                )
            seen.add(municipality.code)
        return self


REGISTER_TYPE = ContentType(
    kind="gemeentelijst",
    folder="municipalities",
    model=MunicipalityRegister,
    label="gemeentelijst",
    description="De officiële lijst van gemeenten (code, naam, provincie, TOOI), met herkomst; elke gemeente krijgt een factsheet.",
)


_GROUPED = re.compile(r"^\d{1,3}(?:[.\s]\d{3})+$")
_PERSONAL_MAIL = re.compile(
    r"^[a-z]{1,2}\.[a-z-]+@|^[a-z]+\.[a-z]+(?:\.[a-z]+)?@", re.IGNORECASE | re.ASCII
)  # also in docs/assets/javascripts/folders/checks.js


def _dutch_integer(value: Any) -> Any:
    """Accept 12.345 (Dutch thousands separator) as well as 12345."""
    if isinstance(value, str) and _GROUPED.match(value.strip()):
        return re.sub(r"[.\s]", "", value.strip())
    return value


Count = Annotated[int, BeforeValidator(_dutch_integer), Field(ge=0)]


class Counted(Model):
    """A number with its reference date and source, e.g. inhabitants on 1 January 2025 (CBS)."""

    number: Annotated[Count, Field(alias="aantal", description="Het aantal, als heel getal (12345 of 12.345).")]
    reference_date: Annotated[date, Field(alias="peildatum", description="De datum waarop het aantal geldt (JJJJ-MM-DD).")]
    sources: Annotated[
        Sources, Field(alias="bron", description="Waar het getal vandaan komt, bijvoorbeeld CBS StatLine-tabel 03759ned (url en datum van controle).")
    ]


class Organisation(Model):
    """An organisation that does something for IVH here (never a person)."""

    name: Annotated[str, Field(alias="organisatie", min_length=2, description="Naam van de organisatie, geen persoon.")]
    sources: Annotated[Sources, Field(alias="bron", description="Waar dit staat.")]


class Network(Model):
    name: Annotated[str, Field(alias="naam", min_length=2, description="Naam van het IVH-netwerk of de IVH-regio.")]
    sources: Annotated[Sources, Field(alias="bron", description="Waar dit staat.")]


BlockStatus = Literal["aanwezig", "deels", "niet", "onbekend"]


class BlockInPlace(Model):
    """Whether one of the seven blocks is in place in this municipality or region, and who delivers it."""

    block: Annotated[Slug, RefersTo("bouwsteen"), Field(alias="bouwsteen", description="Id van de bouwsteen, bijvoorbeeld vroegsignalering.")]
    status: Annotated[BlockStatus, Field(alias="status", description="aanwezig, deels, niet of onbekend.")]
    by: Annotated[str | None, Field(alias="door", min_length=2, description="De organisatie(s) die dit uitvoeren.")] = None
    sources: Annotated[Sources, Field(alias="bron", description="Waar dit staat.")]


class ContactPoint(Model):
    """A general contact point of an organisation: never a person's name, number or address."""

    organisation: Annotated[str, Field(alias="organisatie", min_length=2, description="De organisatie die vragen beantwoordt.")]
    website: Annotated[str | None, Field(alias="website", pattern=r"^https?://\S+$", description="Webadres, voluit met https://.")] = None
    phone: Annotated[str | None, Field(alias="telefoon", pattern=r"^[0-9 +()-]{6,20}$", description="Algemeen telefoonnummer van de organisatie.")] = None
    email: Annotated[
        str | None, Field(alias="email", pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", description="Algemeen e-mailadres (zoals info@…), nooit dat van een persoon.")
    ] = None
    sources: Annotated[Sources, Field(alias="bron", description="Waar dit staat, met de datum van controle.")]

    @model_validator(mode="after")
    def _general_only(self) -> Self:
        if self.email and _PERSONAL_MAIL.match(self.email):
            raise PydanticCustomError(
                "kb_personal_email",
                "'{email}' lijkt het e-mailadres van een persoon. Gebruik een algemeen adres van de organisatie, zoals info@… of secretariaat@….",
                {"email": self.email},
            )
        if not (self.website or self.phone or self.email):
            raise PydanticCustomError(
                "kb_contact_empty",
                "bij 'contact' staat geen website, telefoon of email. Vul er minstens één in.",
                {},
            )
        return self


class MunicipalityFacts(ContentItem):
    kind: Annotated[Literal["gemeentegegevens"], Field(alias="soort")]
    municipalities: Annotated[
        list[Annotated[Slug, RefersTo("gemeente")]],
        Field(
            alias="gemeenten",
            min_length=1,
            description="De gemeenten waarover dit bestand gaat, als code uit de gemeentelijst (gm0363). Eén gemeente: haar eigen gegevens; meer: wat voor de hele regio geldt.",
        ),
    ]
    example: Annotated[
        bool, Field(alias="voorbeeld", description="true als dit voorbeeld- of testgegevens zijn; de factsheet zegt dat er dan duidelijk bij.")
    ] = False
    network: Annotated[Network | None, Field(alias="netwerk", description="Het IVH-netwerk of de IVH-regio waar de gemeente bij hoort.")] = None
    inhabitants: Annotated[Counted | None, Field(alias="inwoners", description="Aantal inwoners, met peildatum en bron.")] = None
    young_children: Annotated[
        Counted | None,
        Field(
            alias="kinderen_0_tot_7",
            description="Aantal kinderen van 0 tot 7 jaar (0 tot en met 7 jaar: acht geboortejaren, zoals de vuistregel telt), met peildatum en bron.",
        ),
    ] = None
    coordination: Annotated[Organisation | None, Field(alias="coordinatie", description="De organisatie die IVH hier coördineert.")] = None
    sign_up: Annotated[Passage | None, Field(alias="aanmelden", description="Hoe een professional of ouder een kind aanmeldt, met bron.")] = None
    blocks: Annotated[list[BlockInPlace], Field(alias="bouwstenen", description="Per bouwsteen: of hij er is en wie hem uitvoert.")] = []
    contact: Annotated[ContactPoint | None, Field(alias="contact", description="Algemeen contactpunt van een organisatie (geen persoon).")] = None
    send_along: Annotated[
        Passage | None,
        Field(
            alias="meesturen", description="Wat een verwijzer bij de aanmelding meestuurt of klaar heeft liggen, als de regio daar eigen afspraken over heeft."
        ),
    ] = None
    mdo: Annotated[Passage | None, Field(alias="mdo", description="Wanneer en hoe vaak het multidisciplinair overleg (MDO) in de regio bijeenkomt.")] = None
    particulars: Annotated[
        Passage | None,
        Field(
            alias="bijzonderheden",
            description="Wat verder in de regio bijzonder is, voor de folders (bijvoorbeeld een spreekuur of een eigen aanmeldformulier).",
        ),
    ] = None
    note_for_editors: Annotated[Text | None, Field(alias="notitie_redactie", description="Alleen voor redacteuren; komt niet op de site.")] = None

    @model_validator(mode="after")
    def _numbers_need_one_municipality(self) -> Self:
        numbers = [key for key, value in (("inwoners", self.inhabitants), ("kinderen_0_tot_7", self.young_children)) if value]
        if numbers and len(self.municipalities) != 1:
            raise PydanticCustomError(
                "kb_numbers_one_municipality",
                "'{field}' hoort bij één gemeente, maar dit bestand gaat over {count} gemeenten. Zet het getal in een eigen bestand per gemeente.",
                {"field": numbers[0], "count": len(self.municipalities)},
            )
        if len(set(self.municipalities)) != len(self.municipalities):
            raise PydanticCustomError("kb_duplicate_municipality", "een gemeente staat twee keer bij 'gemeenten'. Haal de dubbele weg.", {})
        seen: set[str] = set()
        for entry in self.blocks:
            if entry.block in seen:
                raise PydanticCustomError(
                    "kb_duplicate_block",
                    "de bouwsteen '{block}' staat twee keer bij 'bouwstenen'. Haal de dubbele weg.",
                    {"block": entry.block},
                )
            seen.add(entry.block)
        return self


FACTS_TYPE = ContentType(
    kind="gemeentegegevens",
    folder="municipalities",
    model=MunicipalityFacts,
    label="gemeentegegevens",
    description="Gegevens die een IVH-coördinator aanlevert voor één gemeente of een hele IVH-regio; ze komen op de factsheet.",
)


CONTENT_TYPES: tuple[ContentType, ...] = (REGISTER_TYPE, FACTS_TYPE)
