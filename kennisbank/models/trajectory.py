"""A step of the IVH trajectory (trajectstap): from the first signal to follow-up after closure.

One file per step in `content/trajectory/`; `volgorde` puts them in order. The composer makes one
page with all steps, each with its own anchor, so other pages link to `ivh/traject.md#<id>`.
"""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from . import ContentType
from .common import ContentItem, EditorNote, Model, Passage, RefersTo, Slug, Sources, Text


class StepRoles(Model):
    profiles: Annotated[
        list[Annotated[Slug, RefersTo("competentieprofiel")]],
        Field(alias="profielen", description="Ids van de competentieprofielen van de rollen in deze stap."),
    ] = []
    roles: Annotated[list[str], Field(alias="rollen", min_length=1, description="Wie er meedoet, in gewone woorden, bijvoorbeeld 'trajectbegeleider'.")]
    explanation: Annotated[list[Passage], Field(alias="toelichting", description="Wie wat doet in deze stap.")] = []


class TimeLimit(Model):
    """An agreed time limit or a target from the handbook, with its number kept apart for tests and tables."""

    text: Annotated[Text, Field(alias="tekst", description="De termijn of het streefdoel in één zin.")]
    nature: Annotated[
        Literal["afspraak", "streefdoel"],
        Field(alias="aard", description="'afspraak' voor een vaste termijn in de werkwijze, 'streefdoel' voor een doel uit het handboek."),
    ]
    months: Annotated[int | None, Field(alias="maanden", ge=1, le=60, description="De termijn in maanden, als die er is.")] = None
    percentage: Annotated[int | None, Field(alias="percentage", ge=1, le=100, description="Het percentage uit een streefdoel, als dat er is.")] = None
    sources: Annotated[Sources, Field(alias="bron", description="Waar de termijn staat.")]


class StepDocument(Model):
    name: Annotated[str, Field(alias="naam", min_length=2, description="Naam van het document, bijvoorbeeld 'afsluitbrief'.")]
    explanation: Annotated[Text, Field(alias="toelichting", description="Wat erin staat en wie het krijgt.")]
    sources: Annotated[Sources, Field(alias="bron")]


class TrajectoryStep(ContentItem):
    kind: Annotated[Literal["trajectstap"], Field(alias="soort")]
    order: Annotated[int, Field(alias="volgorde", ge=1, le=99, description="Plaats van de stap in het traject: 1 is de eerste.")]
    other_names: Annotated[list[str], Field(alias="andere_namen", description="Andere woorden voor deze stap; de zoekfunctie vindt ze ook.")] = []
    summary_sources: Annotated[Sources, Field(alias="bron", description="Bronnen voor de samenvatting.")]
    who: Annotated[StepRoles, Field(alias="wie", description="Wie er in deze stap meedoen.")]
    what_happens: Annotated[list[Passage], Field(alias="wat_er_gebeurt", min_length=1, description="Wat er in deze stap gebeurt.")]
    time_limits: Annotated[list[TimeLimit], Field(alias="termijnen", description="Vaste termijnen en streefdoelen voor deze stap.")] = []
    no_time_limit: Annotated[Passage | None, Field(alias="geen_termijn", description="Als de bronnen uitdrukkelijk geen termijn geven: zeg dat, met bron.")] = (
        None
    )
    consent: Annotated[list[Passage], Field(alias="toestemming", description="Waarvoor in deze stap toestemming van de ouders nodig is.")] = []
    documents: Annotated[list[StepDocument], Field(alias="documenten", description="Gegevens en documenten die in deze stap ontstaan.")] = []
    for_parents: Annotated[list[Passage], Field(alias="voor_ouders", min_length=1, description="Wat ouders kunnen verwachten, in je-vorm en eenvoudige taal.")]
    in_practice: Annotated[list[Passage], Field(alias="in_de_praktijk", description="Wat in de praktijk opvalt: knelpunten en ervaringen.")] = []
    blocks: Annotated[
        list[Annotated[Slug, RefersTo("bouwsteen")]], Field(alias="bouwstenen", description="Ids van de bouwstenen waar deze stap bij hoort.")
    ] = []
    note_for_editors: EditorNote = None

    @model_validator(mode="after")
    def _limit_or_none(self) -> Self:
        if self.time_limits and self.no_time_limit is not None:
            raise PydanticCustomError(
                "kb_step_limits",
                "deze stap heeft zowel 'termijnen' als 'geen_termijn'. Kies er één.",
                {},
            )
        return self


CONTENT_TYPE: ContentType = ContentType(
    kind="trajectstap",
    folder="trajectory",
    model=TrajectoryStep,
    label="trajectstap",
    description="Een stap in het IVH-traject, van signaleren tot nazorg; de volgorde bepaalt de plaats.",
)
