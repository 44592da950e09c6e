"""The overview of the seven building blocks (bouwstenenoverzicht): what holds for all of them together.

One file, `content/blocks/overzicht.yaml`, next to the seven blocks: the introduction, how the
three blocks to position firmly relate to the full seven, and how many blocks municipalities use.
"""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from . import ContentType
from .common import ContentItem, Model, Passage, Sources


class UsageBand(Model):
    label: Annotated[str, Field(alias="bouwstenen", min_length=2, description="Hoeveel bouwstenen, in woorden, bijvoorbeeld 'alle zeven' of 'vier of minder'.")]
    municipalities: Annotated[int, Field(alias="gemeenten", ge=0, description="Aantal gemeenten in deze groep.")]


class UsageSpread(Model):
    explanation: Annotated[Passage, Field(alias="toelichting", description="Wat de cijfers zijn en waar ze vandaan komen.")]
    total: Annotated[int, Field(alias="totaal", ge=1, description="Het aantal gemeenten waarover de cijfers gaan.")]
    bands: Annotated[list[UsageBand], Field(alias="verdeling", min_length=2, description="Groepen gemeenten naar het aantal bouwstenen dat ze inzetten.")]
    sources: Annotated[Sources, Field(alias="bron", description="Bron van de verdeling.")]
    reasons: Annotated[list[Passage], Field(alias="redenen", description="Waarom gemeenten een bouwsteen niet inzetten.")] = []

    @model_validator(mode="after")
    def _bands_add_up(self) -> Self:
        counted = sum(b.municipalities for b in self.bands)
        if counted != self.total:
            raise PydanticCustomError(
                "kb_usage_total",
                "de aantallen bij 'verdeling' tellen op tot {counted}, maar 'totaal' is {total}. Maak ze gelijk.",
                {"counted": counted, "total": self.total},
            )
        return self


class BlockOverview(ContentItem):
    kind: Annotated[Literal["bouwstenenoverzicht"], Field(alias="soort")]
    intro: Annotated[list[Passage], Field(alias="inleiding", min_length=1, description="Wat de zeven bouwstenen samen zijn.")]
    three_and_seven: Annotated[
        list[Passage], Field(alias="drie_en_zeven", min_length=1, description="Hoe de drie stevig neer te zetten bouwstenen zich verhouden tot alle zeven.")
    ]
    usage: Annotated[UsageSpread, Field(alias="gebruik_door_gemeenten", description="Hoeveel bouwstenen gemeenten inzetten.")]
    parents_study_caveat: Annotated[
        Passage | None,
        Field(alias="kanttekening_ouderonderzoek", description="Kanttekening bij het onderzoek onder ouders; staat bij elk deel over ervaringen van ouders."),
    ] = None


CONTENT_TYPE: ContentType = ContentType(
    kind="bouwstenenoverzicht",
    folder="blocks",
    model=BlockOverview,
    label="overzicht van de bouwstenen",
    description="Wat voor alle zeven bouwstenen samen geldt: inleiding, de drie stevige bouwstenen en het gebruik door gemeenten.",
)
