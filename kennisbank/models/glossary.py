"""A glossary term (begrip): every abbreviation and term a reader may not know."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from . import ContentType
from .common import ContentItem, EditorNote, RefersTo, Slug, Sources, Text


class GlossaryTerm(ContentItem):
    kind: Annotated[Literal["begrip"], Field(alias="soort")]
    abbreviation: Annotated[
        str | None,
        Field(
            alias="afkorting",
            pattern=r"^[A-Za-z0-9&/.'’-]{2,12}$",
            description="De afkorting zoals die in teksten staat, bijvoorbeeld MDO. Krijgt overal een uitleg bij aanwijzen.",
        ),
    ] = None
    synonyms: Annotated[
        list[str],
        Field(
            alias="synoniemen",
            description="Andere woorden voor hetzelfde, ook namen uit oudere documenten; ze staan op de pagina, dus de zoekfunctie vindt ze.",
        ),
    ] = []
    explanation: Annotated[Text, Field(alias="uitleg", description="Uitleg in gewone woorden.")]
    sources: Annotated[Sources, Field(alias="bron")]
    block: Annotated[
        Annotated[Slug, RefersTo("bouwsteen")] | None,
        Field(alias="bouwsteen", description="Id van de bouwsteen waar dit begrip over gaat; de begrippenlijst linkt ernaar."),
    ] = None
    note_for_editors: EditorNote = None


CONTENT_TYPE: ContentType = ContentType(
    kind="begrip",
    folder="glossary",
    model=GlossaryTerm,
    label="begrip",
    description="Een afkorting of begrip met uitleg; afkortingen krijgen op elke pagina een uitleg bij aanwijzen.",
)
