"""A handout (folder) that an IVH coordinator makes for the own region on the page 'Maak een folder'.

One file per handout in `content/folders/`. The handout takes its fixed text from one audience page
(`doelgroeppagina`) and from the target group and the trajectory, chosen by section in
`kennisbank/compose/folders.py`, so a change in that content changes the handout. This file holds
only what belongs to the handout itself: its name in the chooser, the readers it addresses and,
for a variant such as referrers in day care and schools, a few passages of its own with their
sources. The local parts (region, organisation, how to sign up) are filled in by the coordinator
in the browser, or come from a `gemeentegegevens` file.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from . import ContentType
from .common import ContentItem, Labels, Passage, Text

FolderAudience = Literal["verwijzers", "partners", "ouders", "gemeenten"]
AUDIENCES: dict[FolderAudience, str] = {
    "verwijzers": "verwijzers (u-vorm; vaste tekst van de pagina 'Voor verwijzers', de doelgroep en het traject)",
    "partners": "partners in het MDO (u-vorm; vaste tekst van de pagina 'Voor partners' en het traject)",
    "ouders": "ouders (je-vorm, taalniveau B1; vaste tekst van de pagina 'Voor ouders')",
    "gemeenten": "gemeenten (u-vorm, twee A4'tjes; vaste tekst van de pagina 'Voor gemeenten')",
}


class Folder(ContentItem):
    kind: Annotated[Literal["folder"], Field(alias="soort")]
    audience: Annotated[
        FolderAudience,
        Labels.of(FolderAudience, AUDIENCES),
        Field(
            alias="doelgroeppagina",
            description="Uit welke doelgroeppagina de folder zijn vaste tekst en aanspreekvorm haalt; de QR-code wijst naar die pagina.",
        ),
    ]
    choice_label: Annotated[
        str,
        Field(
            alias="keuzenaam",
            min_length=2,
            max_length=60,
            description="De naam in de keuzelijst op de pagina 'Maak een folder', bijvoorbeeld 'Verwijzers: JGZ'.",
        ),
    ]
    readers: Annotated[
        str,
        Field(
            alias="voor",
            min_length=2,
            max_length=120,
            description="Voor wie de folder is, zoals het bovenaan staat, zonder 'voor': 'jeugdartsen en jeugdverpleegkundigen (JGZ)'.",
        ),
    ]
    order: Annotated[int, Field(alias="volgorde", ge=0, description="Plaats in de keuzelijst: lager staat eerder.")] = 50
    own_text: Annotated[
        list[Passage],
        Field(
            alias="eigen_tekst",
            max_length=3,
            description="Wat alleen in deze folder staat (hoogstens drie alinea's, elk met bron), bijvoorbeeld voor één soort verwijzer. De rest komt van de doelgroeppagina.",
        ),
    ] = []
    note_for_editors: Annotated[Text | None, Field(alias="notitie_redactie", description="Alleen voor redacteuren; komt niet op de site.")] = None


CONTENT_TYPE: ContentType = ContentType(
    kind="folder",
    folder="folders",
    model=Folder,
    label="folder",
    description="Een folder die een IVH-coördinator voor de eigen regio maakt: voor wie hij is en de eigen tekst; de rest komt van een doelgroeppagina.",
)
