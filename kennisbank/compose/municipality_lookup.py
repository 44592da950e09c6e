"""A choice of municipality on an audience page: 'Kies uw gemeente' (open its factsheet) and 'Waar meld ik
aan?' (the sign-up route of its IVH network).

A section of an audience page asks for one with `opzoeken: factsheet` or `opzoeken: aanmelden`
(models/audience.py); the audience composer places what `widget` renders at the end of that section.

One data source with the factsheets: the municipalities come from the register (`gemeentelijst`), the
sign-up route, network and contact point from the facts coordinators supplied (`gemeentegegevens`), with
the factsheets' rule: a municipality's own file wins over a regional one, field by field, files in path
order (kennisbank/factsheets/data.py; tests/content_audiences/test_municipality_lookup.py checks that both
give the same answer for every municipality). Where nothing is recorded the page says so, and gives the
general national contact point (`contactpunt` ivh-landelijk) with the date it was checked.

The choice works without a page per answer: every distinct recorded route is rendered once (escaped like
all content) and hidden; kb-gemeente.js shows the one that belongs to the chosen municipality. Without
JavaScript the national contact point and the link to all factsheets remain.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar, cast

from markupsafe import Markup

from ..models.common import Passage, SourceRef, WebRef
from ..models.contact_point import GeneralContact
from ..models.municipality import ContactPoint, MunicipalityFacts, MunicipalityRegister, Network
from ..validate import Content
from . import ComposeContext, urls

NATIONAL_CONTACT = "ivh-landelijk"
MODES = ("factsheet", "aanmelden")


@dataclass(frozen=True)
class Recorded:
    """What coordinators recorded for one municipality (own file first, then regional files)."""

    sign_up: Passage | None
    network: Network | None
    contact: ContactPoint | None
    example: bool

    @property
    def sources(self) -> list[SourceRef]:
        return [s for part in (self.sign_up, self.network, self.contact) if part is not None for s in part.sources]

    @property
    def checked(self) -> date | None:
        dates = [s.checked for s in self.sources if isinstance(s, WebRef)]
        return max(dates) if dates else None


@dataclass(frozen=True)
class Choice:
    id: str  # gm0363
    label: str  # as in the list: the preferred name first ("Den Haag ('s-Gravenhage)")
    route: str  # key of the recorded route block, "" when nothing is recorded


_Part = TypeVar("_Part")


def _first(facts_files: Sequence[MunicipalityFacts], part: Callable[[MunicipalityFacts], _Part | None]) -> _Part | None:
    """The part from the first file that has it (files in the order of precedence)."""
    return next((part(f) for f in facts_files if part(f) is not None), None)


def recorded(content: Content) -> dict[str, Recorded]:
    """Municipality id -> what is recorded for it; municipalities without any facts are left out."""
    entries = sorted((e for e in content.entries if e.content_type.kind == "gemeentegegevens"), key=lambda e: e.file)
    files: dict[str, list[MunicipalityFacts]] = {}
    for regional in (False, True):
        for entry in entries:
            facts = cast(MunicipalityFacts, entry.item)  # the model of kind 'gemeentegegevens'
            if (len(facts.municipalities) > 1) == regional:
                for municipality_id in facts.municipalities:
                    files.setdefault(municipality_id, []).append(facts)
    found: dict[str, Recorded] = {}
    for municipality_id, facts_files in files.items():
        found[municipality_id] = Recorded(
            _first(facts_files, lambda f: f.sign_up),
            _first(facts_files, lambda f: f.network),
            _first(facts_files, lambda f: f.contact),
            any(f.example for f in facts_files),
        )
    return found


def _sort_key(name: str) -> str:
    """'s-Gravenhage sorts under G, as in the municipal register."""
    return name.removeprefix("'s-").removeprefix("'t ").casefold()


def choices(content: Content) -> tuple[list[Choice], list[tuple[str, Recorded]]]:
    """Every municipality of the register, in alphabetical order, and the distinct recorded routes."""
    facts = recorded(content)
    routes: dict[tuple[int, int, int], tuple[str, Recorded]] = {}  # by the recorded objects themselves: a region's file is one route
    found: list[Choice] = []
    registers: list[MunicipalityRegister] = content.of("gemeentelijst")
    for register in registers:
        for municipality in register.municipalities:
            label = f"{municipality.preferred_name} ({municipality.name})" if municipality.preferred_name else municipality.name
            record = facts.get(municipality.id)
            key = ""
            if record is not None and (record.sign_up or record.contact):
                identity = (id(record.sign_up), id(record.network), id(record.contact))
                key = routes.setdefault(identity, (f"r{len(routes) + 1}", record))[0]
            found.append(Choice(municipality.id, label, key))
    found.sort(key=lambda c: _sort_key(c.label))
    return found, list(routes.values())


def widget(context: ComposeContext, page_path: str, mode: str, voice: str) -> Markup:
    """The municipality choice for a section of the page at `page_path` (Markdown with HTML, escaped)."""
    options, routes = choices(context.content)
    if not options:
        return Markup("")
    contacts: list[GeneralContact] = context.content.of("contactpunt")
    national = next((c for c in contacts if c.id == NATIONAL_CONTACT), None)
    factsheet_index = None
    if "gemeente" in urls.PAGE_OF_KIND:
        folder = posixpath.dirname(urls.target("gemeente", options[0].id))
        factsheet_index = urls.relative(page_path, f"{folder}/index.md")
    return Markup(
        context.render(
            "pages/gemeente-kiezen.md.j2",
            mode=mode,
            voice=voice,
            options=options,
            routes=routes,
            national=national,
            factsheet_index=factsheet_index,
        )
    )
