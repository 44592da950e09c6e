"""A general contact point (contactpunt): an organisation's own address, number or site, never a person.

Pages that cannot name a local contact fall back on one of these, for example the national address of
IVH in the handbook. Besides its source it carries the date someone last checked it still works
(`gecontroleerd`), which the page shows.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import Field

from . import ContentType
from .common import ContentItem, Text
from .municipality import ContactPoint


class GeneralContact(ContentItem):
    kind: Annotated[Literal["contactpunt"], Field(alias="soort")]
    contact: Annotated[ContactPoint, Field(alias="contact", description="De organisatie met haar algemene website, telefoonnummer of e-mailadres, en de bron.")]
    address: Annotated[str | None, Field(alias="adres", min_length=5, description="Het postadres van de organisatie, op één regel.")] = None
    checked: Annotated[date, Field(alias="gecontroleerd", description="De datum waarop iemand naging dat dit contactpunt nog klopt (JJJJ-MM-DD).")]
    note_for_editors: Annotated[Text | None, Field(alias="notitie_redactie", description="Alleen voor redacteuren; komt niet op de site.")] = None


CONTENT_TYPE: ContentType = ContentType(
    kind="contactpunt",
    folder="contacts",
    model=GeneralContact,
    label="contactpunt",
    description="Een algemeen contactpunt van een organisatie (nooit een persoon), met bron en de datum van controle.",
)
