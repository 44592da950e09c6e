"""Pages for the competency profiles (one per role) and an overview comparing them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypedDict

from .. import dutch
from ..models.block import Block
from ..models.common import Passage
from ..models.guideline import Goal
from ..models.profile import Development, Profile, Registration
from . import ComposeContext, Index, urls
from .citations import PARENT_QUOTE_SOURCE
from .page import Page

OVERVIEW = "profielen/index.md"


from ..models.profile import REGISTRATION_RULES as REGISTRATION_LABELS


def development_text(norm: Development | None, *, short: bool = False) -> list[str]:
    """The professional-development target as Dutch lines, from its numeric fields."""
    if norm is None:
        return []
    intervision = "elk jaar intervisie" if norm.intervision_per_year == 1 else f"minimaal {norm.intervision_per_year} keer per jaar intervisie"
    if short:
        return [
            f"{norm.meetings} bijeenkomsten in {norm.per_years} jaar",
            intervision,
            f"eigen score minimaal {norm.self_score} (1–{norm.scale_max})",
        ]
    return [
        f"minimaal {norm.meetings} bijeenkomsten voor deskundigheidsbevordering in {norm.per_years} jaar",
        intervision,
        f"een eigen score voor de deskundigheid van minimaal {norm.self_score} op een schaal van 1 tot {norm.scale_max}",
    ]


html_href = urls.html_relative


def registration_text(registration: Registration) -> str:
    label = REGISTRATION_LABELS[registration.rule]
    if registration.registers:
        return f"{' of '.join(registration.registers)}: {label}"
    return label


def compose(context: ComposeContext) -> list[Page]:
    profiles: list[Profile] = sorted(context.content.of("competentieprofiel"), key=lambda p: (p.order, p.title))
    if not profiles:
        return []
    index = context.content.index()
    pages: list[Page] = []
    for profile in profiles:
        path = urls.target("competentieprofiel", profile.id)
        pages.append(
            Page(
                path=path,
                title=profile.title,
                markdown=context.render("pages/profiel.md.j2", profile=profile, **_profile_context(context, path, profile, profiles, index)),
                section="profielen",
                order=profile.order,
                source=context.content.entry_of(profile).file,
            )
        )
    rows = [
        {
            "profile": p,
            "href": urls.link(OVERVIEW, "competentieprofiel", p.id),
            "html_href": html_href(OVERVIEW, urls.target("competentieprofiel", p.id)),
            "registration": registration_text(p.registration),
            "development": development_text(p.development, short=True),
        }
        for p in profiles
    ]
    pages.append(
        Page(
            path=OVERVIEW,
            title="Competentieprofielen",
            markdown=context.render(
                "pages/profielen-overzicht.md.j2",
                rows=rows,
                quality_link=urls.link(OVERVIEW, "kwaliteitsrichtlijn", "kwaliteit") if context.content.of("kwaliteitsrichtlijn") else None,
            ),
            section="profielen",
            order=0,
        )
    )
    return pages


class ProfileContext(TypedDict):
    """What the profile template receives besides the profile itself."""

    registration: str
    development: list[str]
    goal: tuple[str, str, Passage] | None  # (text, link, how it is measured) of the quality goal the development target serves
    blocks: list[tuple[int, str, str]]  # (number, title, link) of the blocks this role works in
    others: list[tuple[str, str]]  # (title, link) of the other profiles
    overview: str
    quality_link: str | None
    number: Callable[[float], str]  # dutch.number, for the template
    quote_source: str


def _profile_context(context: ComposeContext, path: str, profile: Profile, profiles: Sequence[Profile], index: Index) -> ProfileContext:
    goal = None
    if profile.development is not None:
        target: Goal | None = index.get("doel", {}).get(profile.development.goal)
        if target is not None:
            goal = (f"doel {target.number}: {target.title}", urls.link(path, "doel", target.id), target.measured_via)
    all_blocks: list[Block] = context.content.of("bouwsteen")
    blocks = [
        (b.number, b.title, urls.link(path, "bouwsteen", b.id))
        for b in sorted(all_blocks, key=lambda b: b.number)
        if profile.id in b.who.profiles or profile.id in b.related.profiles
    ]
    others = [(p.title, urls.link(path, "competentieprofiel", p.id)) for p in profiles if p.id != profile.id]
    return {
        "registration": registration_text(profile.registration),
        "development": development_text(profile.development),
        "goal": goal,
        "blocks": blocks,
        "others": others,
        "overview": urls.relative(path, OVERVIEW),
        "quality_link": urls.link(path, "kwaliteitsrichtlijn", "kwaliteit") if context.content.of("kwaliteitsrichtlijn") else None,
        "number": dutch.number,
        "quote_source": PARENT_QUOTE_SOURCE,
    }
