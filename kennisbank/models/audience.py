"""An audience page (doelgroeppagina): what one group of readers needs to know about IVH, in their voice.

There is one file per audience: municipalities, referrers, partners (MDO members) and parents. A page is
a list of sections; a section has running text and may add numbered steps, questions with answers,
short quotations of parents, and links to the building blocks (and, once they exist, other items).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from . import ContentType
from .common import ContentItem, EditorNote, Model, Passage, Quote, RefersTo, Slug, Sources, Text


class Step(Model):
    """One step in a numbered sequence, such as 'what happens after the sign-up'."""

    heading: Annotated[str, Field(alias="kop", min_length=2, description="Korte naam van de stap, bijvoorbeeld 'Het huisbezoek'.")]
    text: Annotated[Text, Field(alias="tekst", description="Wat er in deze stap gebeurt, in eigen woorden.")]
    sources: Annotated[Sources, Field(alias="bron", description="Waar de feiten vandaan komen, bijvoorbeeld '002:424-430'.")]
    steps: Annotated[
        list[Annotated[Slug, RefersTo("trajectstap")]], Field(alias="trajectstappen", description="Ids van de stappen in het traject waar deze stap over gaat.")
    ] = []


class Question(Model):
    """A question a reader of this audience asks, with the answer."""

    question: Annotated[str, Field(alias="vraag", min_length=5, description="De vraag zoals de lezer die stelt.")]
    answer: Annotated[Text, Field(alias="antwoord", description="Het antwoord, kort en in eigen woorden.")]
    sources: Annotated[Sources, Field(alias="bron", description="Waar de feiten in het antwoord vandaan komen.")]


class TableRow(Model):
    cells: Annotated[list[Text], Field(alias="cellen", min_length=2, description="De tekst per kolom, in dezelfde volgorde als de kolommen.")]
    sources: Annotated[Sources, Field(alias="bron", description="Waar de feiten in deze rij vandaan komen.")]


class Table(Model):
    """A small table, for facts that compare side by side (for example: how each block is paid for)."""

    caption: Annotated[str, Field(alias="bijschrift", min_length=2, description="Wat de tabel laat zien, in één zin.")]
    columns: Annotated[list[str], Field(alias="kolommen", min_length=2, description="De kopjes van de kolommen.")]
    rows: Annotated[list[TableRow], Field(alias="rijen", min_length=1, description="De rijen van de tabel.")]

    @model_validator(mode="after")
    def _rows_fit_columns(self) -> "Table":
        for number, row in enumerate(self.rows, start=1):
            if len(row.cells) != len(self.columns):
                raise PydanticCustomError(
                    "kb_table_row",
                    "rij {number} heeft {cells} cellen, maar de tabel heeft {columns} kolommen. Geef elke rij evenveel cellen als er kolommen zijn.",
                    {"number": number, "cells": len(row.cells), "columns": len(self.columns)},
                )
        return self


class OtherVersion(Model):
    """What another source says where the sources disagree. Kept for editors; never shown on the site."""

    text: Annotated[Text, Field(alias="tekst", description="Wat de andere bron zegt.")]
    sources: Annotated[Sources, Field(alias="bron", description="De bron van die andere versie.")]
    note: Annotated[Text, Field(alias="notitie", description="Eén regel: waarom de pagina de andere versie toont.")]


class SeeAlso(Model):
    blocks: Annotated[list[Annotated[Slug, RefersTo("bouwsteen")]], Field(alias="bouwstenen", description="Ids van bouwstenen waar dit deel over gaat.")] = []
    steps: Annotated[list[Annotated[Slug, RefersTo("trajectstap")]], Field(alias="trajectstappen", description="Ids van stappen in het traject.")] = []
    profiles: Annotated[list[Annotated[Slug, RefersTo("competentieprofiel")]], Field(alias="profielen", description="Ids van competentieprofielen.")] = []
    criteria: Annotated[list[Annotated[Slug, RefersTo("criterium")]], Field(alias="criteria", description="Ids van criteria uit het kwaliteitskader.")] = []
    figures: Annotated[
        list[Annotated[Slug, RefersTo("kerncijfer")]], Field(alias="kerncijfers", description="Ids van kerncijfers die in dit deel genoemd worden.")
    ] = []
    terms: Annotated[list[Annotated[Slug, RefersTo("begrip")]], Field(alias="begrippen", description="Ids van begrippen uit de begrippenlijst.")] = []


class Section(Model):
    """A section of an audience page, under its own heading."""

    id: Annotated[Slug, Field(alias="id", description="Korte naam van dit deel; wordt het anker in het webadres (#id).")]
    heading: Annotated[str, Field(alias="kop", min_length=2, description="Tussenkop, bij voorkeur als vraag van de lezer.")]
    passages: Annotated[list[Passage], Field(alias="tekst", description="Alinea's met hun bronnen.")] = []
    steps: Annotated[list[Step], Field(alias="stappen", description="Genummerde stappen, in volgorde.")] = []
    questions: Annotated[list[Question], Field(alias="vragen", description="Vragen en antwoorden.")] = []
    table: Annotated[Table | None, Field(alias="tabel", description="Een tabel na de alinea's, voor feiten die naast elkaar staan.")] = None
    quotes: Annotated[list[Quote], Field(alias="citaten", description="Korte, anonieme citaten van ouders (uit het onderzoek onder ouders).")] = []
    see_also: Annotated[SeeAlso, Field(alias="zie_ook", description="Pagina's waar de lezer meer leest.")] = SeeAlso()
    lookup: Annotated[
        Literal["factsheet", "aanmelden"] | None,
        Field(
            alias="opzoeken",
            description="Een keuzelijst van gemeenten aan het eind van dit deel: 'factsheet' opent de factsheet van de gekozen gemeente, 'aanmelden' toont waar een kind in die gemeente wordt aangemeld.",
        ),
    ] = None
    other_versions: Annotated[
        list[OtherVersion], Field(alias="andere_versies", description="Waar bronnen elkaar tegenspreken: de versie die niet op de pagina staat.")
    ] = []


class AudiencePage(ContentItem):
    kind: Annotated[Literal["doelgroeppagina"], Field(alias="soort")]
    voice: Annotated[Literal["je", "u"], Field(alias="aanspreekvorm", description="Hoe de pagina de lezer aanspreekt: 'je' (ouders) of 'u' (professionals).")]
    order: Annotated[int, Field(alias="volgorde", ge=0, description="Plaats in het menu en op de startpagina: lager staat eerder.")] = 50
    menu_title: Annotated[str, Field(alias="menutitel", min_length=2, description="Korte naam in het menu, bijvoorbeeld 'Voor ouders'.")]
    card_text: Annotated[
        str | None,
        Field(
            alias="kaarttekst",
            min_length=5,
            max_length=60,
            description="Een paar woorden onder de naam op de kaart op de startpagina, bijvoorbeeld 'Wat er gebeurt en wie je helpt'.",
        ),
    ] = None
    in_short: Annotated[
        list[Passage],
        Field(
            alias="in_het_kort", max_length=3, description="Hoogstens drie korte regels bovenaan de pagina: het belangrijkste voor deze lezer, elk met bron."
        ),
    ] = []
    sections: Annotated[list[Section], Field(alias="delen", min_length=1, description="De delen van de pagina, in volgorde.")]
    note_for_editors: EditorNote = None

    @model_validator(mode="after")
    def _unique_section_ids(self) -> "AudiencePage":
        seen: set[str] = set()
        for section in self.sections:
            if section.id in seen:
                raise PydanticCustomError(
                    "kb_duplicate_section",
                    "twee delen hebben de id '{id}'. Geef elk deel een eigen id; die wordt het anker in het webadres.",
                    {"id": section.id},
                )
            seen.add(section.id)
        return self


CONTENT_TYPE: ContentType = ContentType(
    kind="doelgroeppagina",
    folder="audiences",
    model=AudiencePage,
    label="doelgroeppagina",
    description="Een pagina voor één groep lezers (gemeenten, verwijzers, partners of ouders), in hun eigen aanspreekvorm.",
)
