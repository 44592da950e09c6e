"""A general page (pagina): site text that is not one of the method's content types.

The home page (id `start`), the about page and similar pages are written as sections of text
with sources, like everything else.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from . import ContentType
from .common import ContentItem, Model, Passage, Slug, Text


class Section(Model):
    heading: Annotated[str, Field(alias="kop", min_length=2, description="Tussenkop van dit deel.")]
    passages: Annotated[list[Passage], Field(alias="tekst", description="Alinea's met hun bronnen.")] = []
    plain: Annotated[list[Text], Field(alias="tekst_zonder_bron", description="Alinea's zonder feiten (uitleg over de site zelf).")] = []


class InfoPage(ContentItem):
    kind: Annotated[Literal["pagina"], Field(alias="soort")]
    section: Annotated[Slug, Field(alias="sectie", description="In welk deel van het menu de pagina staat, bijvoorbeeld 'over'.")]
    order: Annotated[int, Field(alias="volgorde", ge=0, description="Plaats binnen dat deel: lager staat hoger.")] = 50
    sections: Annotated[list[Section], Field(alias="delen", min_length=1)]


CONTENT_TYPE: ContentType = ContentType(
    kind="pagina",
    folder="pages",
    model=InfoPage,
    label="pagina",
    description="Een algemene pagina met tekst in delen, zoals de startpagina of 'Over deze kennisbank'.",
)
