"""Pages for the seven building blocks, and an overview showing them side by side.

The overview takes its introduction and the usage figures from `content/blocks/overzicht.yaml`
(soort: bouwstenenoverzicht) when that file exists; without it the overview still lists the blocks.
Blocks that belong together (`hoort_samen_met`, blocks 2 and 3) are grouped on the overview.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypedDict

from .. import dutch
from ..models.block import Block
from ..models.block_overview import BlockOverview
from ..models.common import Passage
from ..models.trajectory import TrajectoryStep
from ..validate import Content
from . import ComposeContext, urls
from .citations import PARENT_QUOTE_SOURCE
from .page import Page
from .render import counted

OVERVIEW = "bouwstenen/index.md"


@dataclass
class Pair:
    number: int
    title: str
    href: str


class UsageRow(TypedDict):
    """One band of the usage figures on the overview: how many municipalities use that many blocks."""

    label: str
    count: int
    percent: int


def compose(context: ComposeContext) -> list[Page]:
    blocks: list[Block] = sorted(context.content.of("bouwsteen"), key=lambda b: b.number)
    by_id = {b.id: b for b in blocks}
    firm_count = dutch.word(len(firm_groups(groups_of(blocks, by_id))))
    pages: list[Page] = []
    for block in blocks:
        path = urls.target("bouwsteen", block.id)
        entry = context.content.entry_of(block)
        pages.append(
            Page(
                path=path,
                title=block.title,
                markdown=context.render(
                    "pages/bouwsteen.md.j2",
                    block=block,
                    pair=_pair(block, by_id, path),
                    steps=_steps(context, path, block),
                    links=_related_links(context, path, block),
                    caveat=parents_study_caveat(context.content),
                    quote_source=PARENT_QUOTE_SOURCE,
                    firm_count=firm_count,
                ),
                section="bouwstenen",
                order=block.number,
                source=entry.file,
            )
        )
    if blocks:
        pages.append(_overview(context, blocks, by_id))
    return pages


def overview_title(content: Content) -> str:
    """The title of the overview of the blocks: the overview file's, else 'De zeven bouwstenen' counted from the blocks."""
    overviews: list[BlockOverview] = content.of("bouwstenenoverzicht")
    if overviews:
        return overviews[0].title
    return "De " + counted(len(content.of("bouwsteen")), "bouwsteen", "bouwstenen", in_words=True)


def firm_groups(groups: Sequence[Sequence[Block]]) -> list[list[Block]]:
    """The blocks to position firmly, per group: blocks that belong together count as one (seed 003's 'three')."""
    firm = [[b for b in g if b.firm_position.firm] for g in groups]
    return [g for g in firm if g]


def parents_study_caveat(content: Content) -> Passage | None:
    """The caveat about the small study of parents (seed 004), from the overview file, if any."""
    overviews: list[BlockOverview] = content.of("bouwstenenoverzicht")
    return overviews[0].parents_study_caveat if overviews else None


def _pair(block: Block, by_id: Mapping[str, Block], path: str) -> Pair | None:
    if block.pairing is None or block.pairing.block not in by_id:
        return None
    other = by_id[block.pairing.block]
    return Pair(other.number, other.title, urls.link(path, "bouwsteen", other.id))


def _steps(context: ComposeContext, path: str, block: Block) -> list[tuple[str, str]]:
    """The trajectory steps that name this block (from the steps' side), in trajectory order."""
    all_steps: list[TrajectoryStep] = context.content.of("trajectstap")
    steps = sorted((s for s in all_steps if block.id in s.blocks), key=lambda s: s.order)
    return [(f"{s.order}. {s.title}", urls.link(path, "trajectstap", s.id)) for s in steps]


def groups_of(blocks: Sequence[Block], by_id: Mapping[str, Block]) -> list[list[Block]]:
    """Blocks in number order, with blocks that belong together (both ways or one way) in one group."""
    groups: list[list[Block]] = []
    placed: set[str] = set()
    for block in blocks:
        if block.id in placed:
            continue
        group = [block]
        partner = by_id.get(block.pairing.block) if block.pairing else None
        if partner is None:
            partner = next((b for b in blocks if b.pairing and b.pairing.block == block.id and b.id not in placed), None)
        if partner is not None and partner.id not in placed and partner is not block:
            group = sorted([block, partner], key=lambda b: b.number)
        placed.update(b.id for b in group)
        groups.append(group)
    return groups


def wide_singles(groups: Sequence[Sequence[Block]]) -> set[str]:
    """Ids of single blocks that take a whole row in the two-column grid, so a pair never leaves a gap."""
    wide: set[str] = set()
    column = 0
    for position, group in enumerate(groups):
        if len(group) > 1:
            column = 0
            continue
        following = groups[position + 1] if position + 1 < len(groups) else None
        if column == 0 and following is not None and len(following) > 1:
            wide.add(group[0].id)
            continue
        column = (column + 1) % 2
    return wide


def _overview(context: ComposeContext, blocks: list[Block], by_id: Mapping[str, Block]) -> Page:
    overviews: list[BlockOverview] = context.content.of("bouwstenenoverzicht")
    overview = overviews[0] if overviews else None
    usage: list[UsageRow] | None = None
    if overview is not None:
        total = overview.usage.total
        usage = [{"label": band.label, "count": band.municipalities, "percent": round(100 * band.municipalities / total)} for band in overview.usage.bands]
    groups = groups_of(blocks, by_id)
    firm = firm_groups(groups)
    title = overview_title(context.content)
    return Page(
        path=OVERVIEW,
        title=title,
        markdown=context.render(
            "pages/bouwstenen-overzicht.md.j2",
            title=title,
            overview=overview,
            firm_heading=f"{dutch.word(len(firm)).capitalize()} stevig neerzetten, alle {dutch.word(len(blocks))} inzetten",
            firm_lead=f"De {counted(len(firm), 'bouwsteen', 'bouwstenen', in_words=True)} om stevig neer te zetten:",
            blocks=blocks,
            groups=groups,
            wide=wide_singles(groups),
            firm=firm,
            usage=usage,
            table_sources=[s for b in blocks for s in (b.in_short.who.sources, b.in_short.financing.sources, b.firm_position.explanation.sources)],
            hrefs={b.id: urls.link(OVERVIEW, "bouwsteen", b.id) for b in blocks},
        ),
        section="bouwstenen",
        order=0,
        source=context.content.entry_of(overview).file if overview else None,
    )


def _related_links(context: ComposeContext, path: str, block: Block) -> dict[str, list[tuple[str, str]]]:
    """Titles and links of everything the block points at, grouped for the 'Zie ook' section."""
    index = context.content.index()

    def resolve(kind: str, ids: list[str]) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for item_id in ids:
            target = index.get(kind, {}).get(item_id)
            if target is not None and kind in urls.PAGE_OF_KIND:
                title = getattr(target, "title", item_id)
                if kind == "bouwsteen":
                    title = f"{target.number}. {title}"
                elif kind == "trajectstap":
                    title = f"Stap {target.order}: {title}"
                found.append((title, urls.link(path, kind, item_id)))
        return found

    profiles = list(dict.fromkeys([*block.who.profiles, *block.related.profiles]))
    criteria = list(dict.fromkeys([*block.related.criteria, *_criteria_pointing_here(context, block)]))
    return {
        "Competentieprofielen": resolve("competentieprofiel", profiles),
        "Kwaliteitscriteria": resolve("criterium", criteria),
        "Stappen in het traject": resolve("trajectstap", block.related.steps),
        "Samenhangende bouwstenen": resolve("bouwsteen", block.related.blocks),
    }


def _criteria_pointing_here(context: ComposeContext, block: Block) -> list[str]:
    """Ids of criteria that name this block from their side (the framework links criteria to blocks)."""
    found: list[str] = []
    for kind_objects in (context.content.index().get("criterium", {}),):
        for criterion_id, criterion in kind_objects.items():
            for attr in ("blocks", "bouwstenen"):
                if block.id in (getattr(criterion, attr, None) or []):
                    found.append(criterion_id)
    return found
