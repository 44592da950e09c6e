"""A key figure (kerncijfer): one number about IVH, kept in one place so every page uses the same.

Other content refers to a figure by id (`RefersTo("kerncijfer")`); pages print it with
`kennisbank.compose.key_figures.display(figure)`, in Dutch notation. Where sources disagree the
figure holds the newer value, and `alternatieven` keep the other with its source and a note.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from . import ContentType
from .common import ContentItem, EditorNote, Model, Passage, Sources, Text

_DUTCH_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_DUTCH_DECIMAL = re.compile(r"^\d+,\d+$")


def _plain_number(value: Any) -> Any:
    """Editors write numbers the way a computer reads them: 14000 and 2.07, not 14.000 or 2,07."""
    if isinstance(value, str):
        text = value.strip()
        if _DUTCH_THOUSANDS.match(text):
            raise PydanticCustomError(
                "kb_number_dots",
                "schrijf het getal zonder punten: {plain} in plaats van {value}. Op de site verschijnen de punten vanzelf.",
                {"value": text, "plain": text.replace(".", "")},
            )
        if _DUTCH_DECIMAL.match(text):
            raise PydanticCustomError(
                "kb_number_comma",
                "schrijf een decimaal getal met een punt: {plain} in plaats van {value}. Op de site verschijnt de komma vanzelf.",
                {"value": text, "plain": text.replace(",", ".")},
            )
    return value


Number = Annotated[int | float, BeforeValidator(_plain_number)]
ReferenceDate = Annotated[
    str,
    Field(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}–\d{4})$"),
]
Precision = Literal["precies", "ongeveer", "ten minste", "ruim", "bijna"]
Unit = Literal[
    "kinderen", "kinderen van 0–7 jaar", "procent", "euro", "uur", "jaar", "gemeenten", "IVH-coördinatoren", "kinderen per 100.000 inwoners", "rapportcijfer"
]


class Alternative(Model):
    """A value another source gives for the same figure, kept for editors, not shown as the figure."""

    value: Annotated[Number, Field(alias="waarde", description="Het andere getal, zonder punten (13000) en met een punt als decimaalteken.")]
    value_to: Annotated[Number | None, Field(alias="tot", description="Bovengrens, als de bron een bereik noemt.")] = None
    unit: Annotated[Unit | None, Field(alias="eenheid", description="Alleen invullen als die afwijkt van het kerncijfer.")] = None
    reference_date: Annotated[
        ReferenceDate | None, Field(alias="peildatum", description="Jaar of datum waar dit getal voor geldt (JJJJ, JJJJ-MM of JJJJ-MM-DD).")
    ] = None
    sources: Annotated[Sources, Field(alias="bron", description="Waar dit andere getal staat.")]
    note: Annotated[Text, Field(alias="notitie_redactie", description="Eén regel voor redacteuren: waarom dit getal niet op de site staat.")]


class KeyFigure(ContentItem):
    kind: Annotated[Literal["kerncijfer"], Field(alias="soort")]
    group: Annotated[
        Literal["doelgroep", "gebruik", "kosten-en-baten", "kwaliteit"],
        Field(alias="groep", description="Onder welk kopje het cijfer op de pagina Kerncijfers staat."),
    ]
    order: Annotated[int, Field(alias="volgorde", ge=0, description="Plaats binnen de groep: lager staat hoger.")] = 50
    value: Annotated[Number, Field(alias="waarde", description="Het getal, zonder punten (14000) en met een punt als decimaalteken (2.07).")]
    value_to: Annotated[Number | None, Field(alias="tot", description="Bovengrens, als het cijfer een bereik is (8,7 tot 9,5).")] = None
    precision: Annotated[Precision, Field(alias="nauwkeurigheid", description="Staat er 'ongeveer', 'ten minste', 'ruim' of 'bijna' voor het getal?")] = (
        "precies"
    )
    unit: Annotated[Unit, Field(alias="eenheid", description="Waar het getal over gaat.")]
    meaning: Annotated[Passage, Field(alias="betekenis", description="Wat het cijfer betekent, in een of twee zinnen, met de bron van het cijfer.")]
    reference_date: Annotated[
        ReferenceDate, Field(alias="peildatum", description="Jaar of datum waar het cijfer voor geldt: JJJJ, JJJJ-MM, JJJJ-MM-DD of een periode JJJJ–JJJJ.")
    ]
    caveat: Annotated[
        Passage | None, Field(alias="kanttekening", description="Wat een lezer moet weten om het cijfer goed te gebruiken; staat op de site.")
    ] = None
    publish: Annotated[bool, Field(alias="publiceren", description="false als het cijfer (nog) niet op de site mag, bijvoorbeeld omdat de bron ontbreekt.")] = (
        True
    )
    alternatives: Annotated[list[Alternative], Field(alias="alternatieven", description="Getallen uit andere bronnen die afwijken, met bron en notitie.")] = []
    note_for_editors: EditorNote = None


CONTENT_TYPE: ContentType = ContentType(
    kind="kerncijfer",
    folder="figures",
    model=KeyFigure,
    label="kerncijfer",
    description="Een kerncijfer over IVH met eenheid, peildatum, bron en afwijkende getallen uit andere bronnen.",
)
