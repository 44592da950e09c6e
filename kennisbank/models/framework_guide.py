"""The introduction of the young-child quality framework (kwaliteitskader): why it exists, how to use
it, the self-assessment scale, and the eight quality criteria of the step plan it builds on.

It lives in `content/framework/` next to the themes (one file, `kwaliteitskader.yaml`).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from . import ContentType
from .common import ContentItem, Model, Passage, Slug, Sources, Text


class Level(Model):
    """One step of the self-assessment scale."""

    id: Annotated[Slug, Field(alias="id", description="Korte naam van het niveau, bijvoorbeeld 'deels'.")]
    name: Annotated[str, Field(alias="naam", min_length=2, description="Het niveau zoals het op de pagina staat.")]
    meaning: Annotated[Text, Field(alias="uitleg", description="Wanneer u dit niveau kiest.")]


class StepPlanCriterion(Model):
    """One of the eight quality criteria for IVH in the step plan for municipalities (seed 003)."""

    number: Annotated[int, Field(alias="nummer", ge=1, le=8, description="Het nummer in de lijst van het stappenplan (1 t/m 8).")]
    text: Annotated[Text, Field(alias="tekst", description="Het criterium in eigen woorden.")]
    sources: Annotated[Sources, Field(alias="bron")]


class FrameworkGuide(ContentItem):
    kind: Annotated[Literal["kwaliteitskader"], Field(alias="soort")]
    reason: Annotated[list[Passage], Field(alias="aanleiding", min_length=1, description="Waarom er een kwaliteitskader is, met bronnen.")]
    steps: Annotated[list[Text], Field(alias="gebruik", min_length=1, description="Stappen om het kader te gebruiken, in volgorde.")]
    scale: Annotated[list[Level], Field(alias="schaal", min_length=2, description="De niveaus van de zelfscan, van laag naar hoog.")]
    step_plan: Annotated[
        list[StepPlanCriterion], Field(alias="stappenplan_criteria", description="De acht kwaliteitscriteria uit het stappenplan waar het kader op voortbouwt.")
    ] = []


CONTENT_TYPE: ContentType = ContentType(
    kind="kwaliteitskader",
    folder="framework",
    model=FrameworkGuide,
    label="kwaliteitskader",
    description="De uitleg bij het kwaliteitskader jonge kind: aanleiding, gebruik en schaal van de zelfscan.",
)
