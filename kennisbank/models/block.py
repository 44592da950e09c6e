"""A building block (bouwsteen) of IVH: one of the seven parts the method is made of."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from . import ContentType
from .common import ContentItem, Model, Passage, Quote, Ref, Sources, Text


class Involved(Model):
    profiles: Annotated[list[Ref("competentieprofiel")], Field(alias="profielen", description="Ids van de competentieprofielen van de rollen die dit doen.")] = []
    disciplines: Annotated[list[str], Field(alias="disciplines", description="Beroepen en organisaties die meedoen, in gewone woorden.")] = []
    explanation: Annotated[list[Passage], Field(alias="toelichting", min_length=1)]


class FirmPosition(Model):
    """Whether seed 003 names this block as one of the three to position firmly."""

    firm: Annotated[bool, Field(alias="stevig", description="true als dit een van de drie bouwstenen is die gemeenten stevig moeten neerzetten.")]
    explanation: Annotated[Passage, Field(alias="toelichting")]


class Usage(Model):
    least_used: Annotated[bool, Field(alias="minst_gebruikt", description="true voor de bouwsteen die gemeenten het minst inzetten.")] = False
    findings: Annotated[list[Passage], Field(alias="bevindingen", min_length=1, description="Wat het onderzoek van 2025 vond over het gebruik.")]


class ParentsView(Model):
    valued: Annotated[list[Passage], Field(alias="waarderen", description="Wat ouders waarderen.")] = []
    missed: Annotated[list[Passage], Field(alias="missen", description="Wat ouders missen of anders willen.")] = []
    quotes: Annotated[list[Quote], Field(alias="citaten", description="Korte, anonieme citaten van ouders.")] = []


class Related(Model):
    profiles: Annotated[list[Ref("competentieprofiel")], Field(alias="profielen")] = []
    criteria: Annotated[list[Ref("criterium")], Field(alias="criteria", description="Ids van criteria uit het kwaliteitskader.")] = []
    steps: Annotated[list[Ref("trajectstap")], Field(alias="stappen", description="Ids van stappen in het traject.")] = []
    blocks: Annotated[list[Ref("bouwsteen")], Field(alias="bouwstenen", description="Bouwstenen die hiermee samenhangen.")] = []


class Block(ContentItem):
    kind: Annotated[Literal["bouwsteen"], Field(alias="soort")]
    number: Annotated[int, Field(alias="nummer", ge=1, le=7, description="Het nummer van de bouwsteen (1 t/m 7).")]
    other_names: Annotated[list[str], Field(alias="andere_namen", description="Namen uit oudere documenten; de zoekfunctie vindt ze ook.")] = []
    summary_sources: Annotated[Sources, Field(alias="bron", description="Bronnen voor de samenvatting.")]
    what_and_why: Annotated[list[Passage], Field(alias="wat_en_waarom", min_length=1, description="Wat de bouwsteen is en waarom hij ertoe doet.")]
    what_happens: Annotated[list[Passage], Field(alias="wat_er_gebeurt", min_length=1)]
    who: Annotated[Involved, Field(alias="wie")]
    for_whom: Annotated[list[Passage], Field(alias="voor_wie", min_length=1)]
    financing: Annotated[list[Passage], Field(alias="financiering", min_length=1, description="Hoe dit deel wordt betaald (routes uit de VNG-factsheet).")]
    firm_position: Annotated[FirmPosition, Field(alias="stevig_positioneren")]
    usage: Annotated[Usage, Field(alias="gebruik")]
    parents: Annotated[ParentsView, Field(alias="ervaringen_ouders")]
    related: Annotated[Related, Field(alias="verwant")] = Related()
    note_for_editors: Annotated[Text | None, Field(alias="notitie_redactie", description="Alleen voor redacteuren; komt niet op de site.")] = None


CONTENT_TYPE = ContentType(
    kind="bouwsteen",
    folder="blocks",
    model=Block,
    label="bouwsteen",
    description="Een van de zeven bouwstenen van Integrale Vroeghulp.",
)
