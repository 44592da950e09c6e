"""A competency profile (competentieprofiel): what a role in IVH asks of the professional.

One file per role in `content/profiles/`: the IVH coordinator, the trajectbegeleider (casemanager)
and the members of the multidisciplinary team. The professional-development target is data, so
the page and the quality guideline's goal 6 cannot drift apart.
"""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import Field, model_validator

from . import ContentType
from .common import ContentItem, EditorNote, Labels, Model, Passage, Quote, RefersTo, Slug, Sources

RegistrationRule = Literal["verplicht", "waar-van-toepassing", "niet-vastgelegd"]
REGISTRATION_RULES: dict[RegistrationRule, str] = {
    "verplicht": "verplicht",
    "waar-van-toepassing": "als die voor het beroep geldt",
    "niet-vastgelegd": "niet vastgelegd in het handboek",
}


class Registration(Model):
    rule: Annotated[
        RegistrationRule,
        Labels.of(RegistrationRule, REGISTRATION_RULES),
        Field(alias="eis", description="verplicht, waar-van-toepassing of niet-vastgelegd."),
    ]
    registers: Annotated[list[Literal["BIG", "SKJ"]], Field(alias="registers", description="Welke registers: BIG en/of SKJ.")] = []
    explanation: Annotated[Passage, Field(alias="toelichting", description="Uitleg, met bron.")]

    @model_validator(mode="after")
    def _registers_named(self) -> Self:
        if self.rule != "niet-vastgelegd" and not self.registers:
            raise ValueError("noem onder 'registers' welk register geldt (BIG of SKJ), of zet 'eis: niet-vastgelegd'.")
        return self


class Development(Model):
    """The professional-development target of the handbook (goal 6)."""

    meetings: Annotated[int, Field(alias="bijeenkomsten", ge=1, description="Minimaal aantal deskundigheidsbevorderende bijeenkomsten.")]
    per_years: Annotated[int, Field(alias="per_jaren", ge=1, description="In hoeveel jaar.")]
    intervision_per_year: Annotated[int, Field(alias="intervisie_per_jaar", ge=1, description="Hoe vaak per jaar intervisie, minimaal.")]
    self_score: Annotated[int, Field(alias="zelfscore_minimaal", ge=1, description="Minimale score die de professional de eigen deskundigheid geeft.")]
    scale_max: Annotated[int, Field(alias="schaal_tot", ge=2, description="Hoogste waarde van de schaal (laagste is 1).")]
    goal: Annotated[Slug, RefersTo("doel"), Field(alias="doel", description="Id van het doel in de kwaliteitsrichtlijn.")]
    sources: Annotated[Sources, Field(alias="bron", description="Waar dit vandaan komt, bijvoorbeeld '002:654-661'.")]


class Profile(ContentItem):
    kind: Annotated[Literal["competentieprofiel"], Field(alias="soort", description="Het soort inhoud; moet passen bij de map.")]
    order: Annotated[int, Field(alias="volgorde", ge=0, description="Plaats in het overzicht: lager staat hoger.")] = 50
    other_names: Annotated[list[str], Field(alias="andere_namen", description="Andere namen voor deze rol; de zoekfunctie vindt ze ook.")] = []
    name_note: Annotated[Passage | None, Field(alias="over_de_naam", description="Uitleg over de naam of synoniemen van de rol.")] = None
    role: Annotated[list[Passage], Field(alias="rol", min_length=1, description="Wat deze rol in IVH doet.")]
    education: Annotated[list[Passage], Field(alias="opleiding", min_length=1, description="Gevraagde opleiding.")]
    experience: Annotated[list[Passage], Field(alias="ervaring", description="Gevraagde werkervaring.")] = []
    registration: Annotated[Registration, Field(alias="registratie", description="Of registratie in het BIG- of SKJ-register nodig is.")]
    knowledge: Annotated[list[Passage], Field(alias="kennis", min_length=1, description="Gevraagde kennis.")]
    skills: Annotated[list[Passage], Field(alias="vaardigheden", min_length=1, description="Gevraagde vaardigheden.")]
    attitude: Annotated[list[Passage], Field(alias="houding", min_length=1, description="Gevraagde houding en persoonskenmerken.")]
    training_themes: Annotated[list[Passage], Field(alias="themas_scholing", min_length=1, description="Thema's voor scholing.")]
    intervision_themes: Annotated[list[Passage], Field(alias="themas_intervisie", description="Thema's voor intervisie.")] = []
    development: Annotated[
        Development | None, Field(alias="deskundigheidsnorm", description="De norm voor deskundigheidsbevordering, als het handboek die voor deze rol stelt.")
    ] = None
    development_note: Annotated[
        Passage | None, Field(alias="deskundigheid_toelichting", description="Uitleg als er geen norm is, of wat er verder bij hoort.")
    ] = None
    onboarding: Annotated[list[Passage], Field(alias="inwerken", description="Hoe nieuwe mensen in deze rol beginnen.")] = []
    in_practice: Annotated[list[Passage], Field(alias="in_de_praktijk", description="Wat het onderzoek van 2025 over deze rol zag.")] = []
    parents: Annotated[list[Passage], Field(alias="wat_ouders_belangrijk_vinden", description="Wat ouders aan deze rol waarderen.")] = []
    quotes: Annotated[list[Quote], Field(alias="citaten", description="Korte, anonieme citaten van ouders.")] = []
    summary_sources: Annotated[Sources, Field(alias="bron", description="Bronnen voor de samenvatting.")]
    note_for_editors: EditorNote = None

    @model_validator(mode="after")
    def _development_explained(self) -> Self:
        if self.development is None and self.development_note is None:
            raise ValueError("vul 'deskundigheidsnorm' in, of leg onder 'deskundigheid_toelichting' uit waarom er geen norm is.")
        return self


CONTENT_TYPE: ContentType = ContentType(
    kind="competentieprofiel",
    folder="profiles",
    model=Profile,
    label="competentieprofiel",
    description="Wat een rol in IVH vraagt: opleiding, registratie, kennis, vaardigheden, houding en deskundigheidsbevordering.",
)
