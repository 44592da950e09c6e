"""The accountability of this description (verantwoording): its version and date, why it was renewed,
what changed since the 2014 description, and how each source document is used and how far it can
be trusted. Feeds the pages 'Over deze beschrijving' and 'Bronnen'.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import Field

from . import ContentType
from .common import ContentItem, Labels, Model, Passage, RefersTo, Slug, Sources, Text

ChangeKind = Literal["nieuw", "aangepast", "geactualiseerd"]
CHANGE_KINDS: dict[ChangeKind, str] = {"nieuw": "Nieuw", "aangepast": "Aangepast", "geactualiseerd": "Geactualiseerd"}


class Change(Model):
    """One change since the 2014 method description."""

    topic: Annotated[str, Field(alias="onderwerp", min_length=2, description="Waar de wijziging over gaat, kort.")]
    change_kind: Annotated[
        ChangeKind,
        Labels.of(ChangeKind, CHANGE_KINDS),
        Field(alias="soort_wijziging", description="nieuw (stond er niet in), aangepast (werkt nu anders) of geactualiseerd (nieuwere cijfers of namen)."),
    ]
    before: Annotated[Passage | None, Field(alias="was", description="Hoe het was in 2014 of in de oudere documenten, met bron.")] = None
    now: Annotated[Passage, Field(alias="nu", description="Hoe het nu is, met bron.")]
    see_block: Annotated[
        Annotated[Slug, RefersTo("bouwsteen")] | None, Field(alias="zie_bouwsteen", description="Id van een bouwsteen waar de wijziging vooral over gaat.")
    ] = None
    see_figure: Annotated[
        Annotated[Slug, RefersTo("kerncijfer")] | None, Field(alias="zie_kerncijfer", description="Id van een kerncijfer waar de wijziging over gaat.")
    ] = None
    see_framework: Annotated[
        bool, Field(alias="zie_kwaliteitskader", description="true als de wijziging over het kwaliteitskader jonge kind gaat; de pagina krijgt dan een link.")
    ] = False


class PreviousDescription(Model):
    """The method description this one renews: the year it dates from, with its source."""

    year: Annotated[int, Field(alias="jaar", ge=1990, le=2100, description="Het jaar van de vorige beschrijving van IVH, bijvoorbeeld 2014.")]
    sources: Annotated[Sources, Field(alias="bron", description="Waar dat jaar staat, bijvoorbeeld '000:1865'.")]


class SourceUse(Model):
    """How one source document is used on the site, and what a reader should know about it."""

    document: Annotated[Slug, RefersTo("brondocument"), Field(alias="document", description="Id van het brondocument, bijvoorbeeld '002'.")]
    used_for: Annotated[Text, Field(alias="gebruikt_voor", description="Waarvoor de kennisbank dit document gebruikt.")]
    caveats: Annotated[list[Passage], Field(alias="kanttekeningen", description="Wat de lezer moet weten over de betrouwbaarheid, met bron.")] = []


class About(ContentItem):
    kind: Annotated[Literal["verantwoording"], Field(alias="soort")]
    version: Annotated[str, Field(alias="versie", pattern=r"^\d+\.\d+$", description="Versienummer van deze beschrijving, bijvoorbeeld 1.0.")]
    version_date: Annotated[date, Field(alias="versiedatum", description="Datum van deze versie (JJJJ-MM-DD).")]
    reason: Annotated[list[Passage], Field(alias="aanleiding", min_length=1, description="Waarom de beschrijving is vernieuwd, met bronnen.")]
    approach: Annotated[
        list[Text], Field(alias="werkwijze", min_length=1, description="Hoe deze beschrijving is gemaakt (uitleg over de kennisbank zelf, zonder feiten).")
    ]
    previous: Annotated[
        PreviousDescription | None,
        Field(alias="vorige_beschrijving", description="De vorige beschrijving van IVH: uit welk jaar, met bron. De kop boven de wijzigingen noemt dat jaar."),
    ] = None
    changes: Annotated[list[Change], Field(alias="wijzigingen", min_length=1, description="Wat er is veranderd sinds de beschrijving van 2014.")]
    sources: Annotated[list[SourceUse], Field(alias="bronnen", description="Per brondocument: waarvoor het gebruikt wordt en de kanttekeningen.")] = []


CONTENT_TYPE: ContentType = ContentType(
    kind="verantwoording",
    folder="about",
    model=About,
    label="verantwoording",
    description="Versie, datum en verantwoording van deze beschrijving, met de wijzigingen sinds 2014 en het gebruik van de bronnen.",
)
