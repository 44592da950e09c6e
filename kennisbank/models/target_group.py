"""The target group of IVH (doelgroep): which children and parents, and how many.

One file, `content/target-group/doelgroep.yaml`. Size estimates are structured figures (value,
unit, reference year, source). Where sources disagree, the older or wrong figure stays in the file
with `vervangen_door` and a note for editors; the page shows only the current one.
"""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from . import ContentType
from .common import ContentItem, EditorNote, Model, Passage, Slug, Sources, Text


class Figure(Model):
    id: Annotated[Slug, Field(alias="id", description="Korte naam van het cijfer, bijvoorbeeld 'omvang-doelgroep'.")]
    label: Annotated[str, Field(alias="wat", min_length=3, description="Wat het cijfer telt, bijvoorbeeld 'kinderen in de doelgroep in Nederland'.")]
    value: Annotated[float, Field(alias="waarde", gt=0, description="Het getal zelf, met een punt als decimaalteken: 14000, 1.5.")]
    unit: Annotated[str, Field(alias="eenheid", min_length=1, description="Waarin het getal is uitgedrukt, bijvoorbeeld 'kinderen' of '%'.")]
    per: Annotated[str | None, Field(alias="per", description="Waarop het getal betrekking heeft, bijvoorbeeld '100.000 inwoners'.")] = None
    approximate: Annotated[bool, Field(alias="schatting", description="true als het een schatting is ('ongeveer').")] = True
    year: Annotated[int | None, Field(alias="peiljaar", ge=1990, le=2100, description="Het jaar waarop het cijfer slaat.")] = None
    year_inferred: Annotated[
        bool, Field(alias="peiljaar_afgeleid", description="true als de bron geen jaar noemt en het jaar is afgeleid (op de pagina: 'omstreeks').")
    ] = False
    explanation: Annotated[Text | None, Field(alias="toelichting", description="Korte uitleg die op de pagina bij het cijfer staat.")] = None
    sources: Annotated[Sources, Field(alias="bron", description="Waar het cijfer staat.")]
    replaced_by: Annotated[Slug | None, Field(alias="vervangen_door", description="Id van het cijfer dat op de pagina in plaats van dit cijfer staat.")] = None
    note: Annotated[
        Text | None, Field(alias="notitie", description="Eén regel voor redacteuren: waarom dit cijfer vervangen is of wat nog moet worden nagegaan.")
    ] = None


class AgeRange(Model):
    lowest: Annotated[int, Field(alias="van", ge=0, le=18, description="Jongste leeftijd in jaren.")]
    highest: Annotated[int, Field(alias="tot", ge=1, le=18, description="Oudste leeftijd in jaren.")]
    sources: Annotated[Sources, Field(alias="bron")]
    practice: Annotated[list[Passage], Field(alias="praktijk", description="Hoe gemeenten de leeftijdsgrens in de praktijk gebruiken.")] = []


class Diversity(Model):
    explanation: Annotated[Passage, Field(alias="toelichting", description="Dat de doelgroep divers is en wat IVH daarmee doet.")]
    measures: Annotated[list[Passage], Field(alias="maatregelen", min_length=1, description="Concrete maatregelen, één per item.")]


class Intermediaries(Model):
    groups: Annotated[list[str], Field(alias="groepen", min_length=1, description="De beroepsgroepen, in gewone woorden.")]
    explanation: Annotated[list[Passage], Field(alias="toelichting", min_length=1, description="Wat zij doen voor IVH.")]
    sources: Annotated[Sources, Field(alias="bron", description="Bron van de lijst met groepen.")]


class TargetGroup(ContentItem):
    kind: Annotated[Literal["doelgroep"], Field(alias="soort")]
    summary_sources: Annotated[Sources, Field(alias="bron", description="Bronnen voor de samenvatting.")]
    age: Annotated[AgeRange, Field(alias="leeftijd", description="De leeftijdsgrenzen van de doelgroep.")]
    children: Annotated[list[Passage], Field(alias="kinderen", min_length=1, description="Om welke kinderen het gaat.")]
    parents: Annotated[list[Passage], Field(alias="ouders", min_length=1, description="Wat het voor ouders betekent; ouders zijn ook doelgroep.")]
    problems: Annotated[list[Passage], Field(alias="problemen", min_length=1, description="Welke problemen en oorzaken er spelen.")]
    indications: Annotated[list[Passage], Field(alias="indicaties", min_length=1, description="Wanneer IVH past, één per item.")]
    contra_indications: Annotated[list[Passage], Field(alias="contra_indicaties", min_length=1, description="Wanneer IVH niet past, één per item.")]
    who_decides: Annotated[list[Passage], Field(alias="wie_beslist", min_length=1, description="Wie vaststelt of IVH past, en wanneer.")]
    grey_zone: Annotated[list[Passage], Field(alias="grijs_gebied", description="Waar de grens in de praktijk onduidelijk is.")] = []
    diversity: Annotated[Diversity, Field(alias="diversiteit", description="Diversiteit in de doelgroep en wat IVH daarmee doet.")]
    intermediaries: Annotated[Intermediaries, Field(alias="intermediaire_doelgroepen", description="De professionals via wie IVH de gezinnen bereikt.")]
    size: Annotated[list[Figure], Field(alias="omvang", min_length=1, description="Schattingen van de omvang, als losse cijfers met bron.")]
    size_explanation: Annotated[
        list[Passage], Field(alias="omvang_toelichting", description="Uitleg bij de cijfers: hoe je rekent voor je eigen gemeente.")
    ] = []
    note_for_editors: EditorNote = None

    @model_validator(mode="after")
    def _figures_consistent(self) -> Self:
        if self.age.highest <= self.age.lowest:
            raise PydanticCustomError("kb_age_range", "bij 'leeftijd' moet 'tot' groter zijn dan 'van'.", {})
        ids = [f.id for f in self.size]
        for figure in self.size:
            if ids.count(figure.id) > 1:
                raise PydanticCustomError("kb_figure_id", "het cijfer '{id}' staat twee keer bij 'omvang'. Geef elk cijfer een eigen id.", {"id": figure.id})
            if figure.replaced_by is None:
                continue
            if figure.replaced_by not in ids or figure.replaced_by == figure.id:
                raise PydanticCustomError(
                    "kb_figure_replaced",
                    "het cijfer '{id}' wordt vervangen door '{target}', maar dat cijfer staat niet bij 'omvang'. Bestaande ids: {known}.",
                    {"id": figure.id, "target": figure.replaced_by, "known": ", ".join(ids)},
                )
            if figure.note is None:
                raise PydanticCustomError(
                    "kb_figure_note",
                    "het cijfer '{id}' is vervangen; zet bij 'notitie' in één regel waarom. Voeg toe: notitie: …",
                    {"id": figure.id},
                )
        return self

    def shown_figures(self) -> list[Figure]:
        """The figures the page shows: those not replaced by another."""
        return [f for f in self.size if f.replaced_by is None]


CONTENT_TYPE: ContentType = ContentType(
    kind="doelgroep",
    folder="target-group",
    model=TargetGroup,
    label="doelgroep",
    description="De doelgroep van IVH: leeftijd, problemen, indicaties, diversiteit en omvang met bronnen.",
)
