"""A source document (brondocument): one of the seeds every fact is traced to."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from . import ContentType
from .common import ContentItem, Model


class Publication(Model):
    publisher: Annotated[str, Field(alias="uitgever", description="Organisatie die het document uitgaf.")]
    year: Annotated[str, Field(alias="jaar", pattern=r"^(\d{4}|ca\. \d{4}(–\d{4})?)$", description="Jaar, of 'ca. 2019' als het document geen datum noemt.")]
    dated_note: Annotated[str | None, Field(alias="toelichting_datum", description="Hoe het jaar is afgeleid, als het niet in het document staat.")] = None


class SourceDocument(ContentItem):
    kind: Annotated[Literal["brondocument"], Field(alias="soort")]
    short_title: Annotated[str, Field(alias="korte_titel", description="Korte naam voor bronregels op pagina's, bijvoorbeeld 'Handboek IVH (2025)'.")]
    publication: Annotated[Publication, Field(alias="uitgave")]
    line_count: Annotated[int, Field(alias="regels", ge=1, description="Aantal regels van het tekstbestand; bronverwijzingen mogen niet verder gaan.")]
    file: Annotated[str, Field(alias="bestand", pattern=r"^\d{3}_[0-9a-f]+\.txt$", description="Naam van het tekstbestand van de bron.")]


CONTENT_TYPE: ContentType = ContentType(
    kind="brondocument",
    folder="sources",
    model=SourceDocument,
    label="brondocument",
    description="Een van de brondocumenten waar elk feit naar verwijst.",
)
