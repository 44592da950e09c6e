"""A building block (bouwsteen) of IVH: one of the seven parts the method is made of."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from . import ContentType
from .common import ContentItem, EditorNote, Model, Passage, Quote, RefersTo, Slug, Sources


class Involved(Model):
    profiles: Annotated[
        list[Annotated[Slug, RefersTo("competentieprofiel")]],
        Field(alias="profielen", description="Ids van de competentieprofielen van de rollen die dit doen."),
    ] = []
    disciplines: Annotated[list[str], Field(alias="disciplines", description="Beroepen en organisaties die meedoen, in gewone woorden.")] = []
    explanation: Annotated[list[Passage], Field(alias="toelichting", min_length=1, description="Wie wat doet, in een paar zinnen.")]


class InShort(Model):
    """Two one-line facts for the table on the overview page, where the blocks stand side by side."""

    who: Annotated[Passage, Field(alias="wie", description="In één korte regel: wie voert dit uit.")]
    financing: Annotated[Passage, Field(alias="betaling", description="In één korte regel: waaruit wordt dit betaald.")]


class Pairing(Model):
    """Two blocks that the sources treat as one step (2 and 3 in the handbook)."""

    block: Annotated[Slug, RefersTo("bouwsteen"), Field(alias="bouwsteen", description="Id van de bouwsteen waar deze bij hoort.")]
    explanation: Annotated[Passage, Field(alias="toelichting", description="Waarom ze bij elkaar horen.")]


class Financing(Model):
    """How the block is paid for: the routes as intended, and what the 2025 study saw in practice."""

    intended: Annotated[
        list[Passage], Field(alias="bedoeld", min_length=1, description="De financieringsroute zoals die bedoeld is (VNG-factsheet, handboek).")
    ]
    practice: Annotated[list[Passage], Field(alias="praktijk", description="Wat het onderzoek van 2025 ziet; gaat voor waar het botst met 'bedoeld'.")] = []


class FirmPosition(Model):
    """Whether seed 003 names this block as one of the three to position firmly."""

    firm: Annotated[bool, Field(alias="stevig", description="true als dit een van de drie bouwstenen is die gemeenten stevig moeten neerzetten.")]
    explanation: Annotated[Passage, Field(alias="toelichting", description="Waarom wel of niet, met bron.")]


class Usage(Model):
    least_used: Annotated[bool, Field(alias="minst_gebruikt", description="true voor de bouwsteen die gemeenten het minst inzetten.")] = False
    findings: Annotated[list[Passage], Field(alias="bevindingen", min_length=1, description="Wat het onderzoek van 2025 vond over het gebruik.")]


class ParentsView(Model):
    valued: Annotated[list[Passage], Field(alias="waarderen", description="Wat ouders waarderen.")] = []
    missed: Annotated[list[Passage], Field(alias="missen", description="Wat ouders missen of anders willen.")] = []
    quotes: Annotated[list[Quote], Field(alias="citaten", max_length=3, description="Hoogstens drie korte, anonieme citaten van ouders.")] = []


class Related(Model):
    profiles: Annotated[list[Annotated[Slug, RefersTo("competentieprofiel")]], Field(alias="profielen", description="Ids van competentieprofielen.")] = []
    criteria: Annotated[list[Annotated[Slug, RefersTo("criterium")]], Field(alias="criteria", description="Ids van criteria uit het kwaliteitskader.")] = []
    steps: Annotated[list[Annotated[Slug, RefersTo("trajectstap")]], Field(alias="stappen", description="Ids van stappen in het traject.")] = []
    blocks: Annotated[list[Annotated[Slug, RefersTo("bouwsteen")]], Field(alias="bouwstenen", description="Bouwstenen die hiermee samenhangen.")] = []


class Block(ContentItem):
    kind: Annotated[Literal["bouwsteen"], Field(alias="soort")]
    number: Annotated[int, Field(alias="nummer", ge=1, le=7, description="Het nummer van de bouwsteen (1 t/m 7).")]
    other_names: Annotated[list[str], Field(alias="andere_namen", description="Namen uit oudere documenten; de zoekfunctie vindt ze ook.")] = []
    summary_sources: Annotated[Sources, Field(alias="bron", description="Bronnen voor de samenvatting.")]
    in_short: Annotated[InShort, Field(alias="in_het_kort", description="Wie en betaling in één regel, voor het overzicht.")]
    pairing: Annotated[Pairing | None, Field(alias="hoort_samen_met", description="Alleen als de bronnen deze bouwsteen met een andere als één stap zien.")] = (
        None
    )
    what_and_why: Annotated[list[Passage], Field(alias="wat_en_waarom", min_length=1, description="Wat de bouwsteen is en waarom hij ertoe doet.")]
    what_happens: Annotated[list[Passage], Field(alias="wat_er_gebeurt", min_length=1, description="Wat er in de praktijk gebeurt.")]
    who: Annotated[Involved, Field(alias="wie", description="Wie het doet: rollen, disciplines en organisaties.")]
    for_whom: Annotated[list[Passage], Field(alias="voor_wie", min_length=1, description="Voor welke kinderen, ouders of professionals.")]
    financing: Annotated[
        Financing, Field(alias="financiering", description="Hoe dit deel wordt betaald (routes uit de VNG-factsheet; de praktijk uit het onderzoek van 2025).")
    ]
    firm_position: Annotated[FirmPosition, Field(alias="stevig_positioneren", description="Of dit een van de drie bouwstenen is om stevig neer te zetten.")]
    usage: Annotated[Usage, Field(alias="gebruik", description="Hoe vaak gemeenten de bouwsteen inzetten.")]
    parents: Annotated[ParentsView, Field(alias="ervaringen_ouders", description="Wat ouders waarderen en missen.")]
    related: Annotated[Related, Field(alias="verwant", description="Verwijzingen naar profielen, criteria, stappen en bouwstenen.")] = Related()
    note_for_editors: EditorNote = None


CONTENT_TYPE: ContentType = ContentType(
    kind="bouwsteen",
    folder="blocks",
    model=Block,
    label="bouwsteen",
    description="Een van de zeven bouwstenen van Integrale Vroeghulp.",
)
