"""The page "Het traject stap voor stap": every trajectory step, in order, as one numbered timeline.

The steps come from `content/trajectory/` (soort: trajectstap), sorted by `volgorde`. Each step gets
an anchor with its id, so other pages link to `ivh/traject.md#<id>`. The timeline is plain HTML and
CSS (`docs/assets/stylesheets/traject.css`), made at build time: an ordered list, readable by screen
readers, that wraps on narrow screens instead of scrolling sideways.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from collections.abc import Sequence

from ..models.target_group import TargetGroup
from ..models.trajectory import TrajectoryStep
from ..validate import Content
from . import ComposeContext, Index, urls
from .blocks import overview_title, parents_study_caveat
from .page import Page

PATH = urls.TRAJECTORY
TITLE = "Het traject stap voor stap"

# The label before a time limit, by its nature (TimeLimit.nature).
NATURE_LABELS = {"afspraak": "Afspraak", "streefdoel": "Streefdoel"}


@dataclass
class StepView:
    step: TrajectoryStep
    number: int  # position on the page (1, 2, 3 …), also when `volgorde` has gaps
    profiles: list[tuple[str, str]] = field(default_factory=list)
    blocks: list[tuple[str, str]] = field(default_factory=list)


def ordered_steps(content: Content) -> list[TrajectoryStep]:
    steps: list[TrajectoryStep] = content.of("trajectstap")
    return sorted(steps, key=lambda s: (s.order, s.title))


def compose(context: ComposeContext) -> list[Page]:
    steps = ordered_steps(context.content)
    if not steps:
        return []
    index = context.content.index()
    views = [
        StepView(
            step=step,
            number=number,
            profiles=_links(index, "competentieprofiel", step.who.profiles),
            blocks=_links(index, "bouwsteen", step.blocks),
        )
        for number, step in enumerate(steps, start=1)
    ]
    oldest_review = min((s.review for s in steps), key=lambda r: r.date)
    return [
        Page(
            path=PATH,
            title=TITLE,
            markdown=context.render(
                "pages/traject.md.j2",
                title=TITLE,
                steps=views,
                target_group=_target_group_link(context),
                caveat=parents_study_caveat(context.content),
                nature_labels=NATURE_LABELS,
                overview=urls.relative(PATH, "bouwstenen/index.md") if context.content.of("bouwsteen") else None,
                overview_title=overview_title(context.content),
            ),
            section="ivh",
            order=20,
            source=context.content.entry_of(steps[0]).file,
            review=oldest_review,
        )
    ]


def _links(index: Index, kind: str, ids: Sequence[str]) -> list[tuple[str, str]]:
    """(title, link) for every id that exists and has a page; others are left out, never a broken link."""
    if kind not in urls.PAGE_OF_KIND:
        return []
    found: list[tuple[str, str]] = []
    for item_id in ids:
        item = index.get(kind, {}).get(item_id)
        if item is None:
            continue
        title = item.title
        if kind == "bouwsteen":
            title = f"{item.number}. {title}"
        found.append((title, urls.link(PATH, kind, item_id)))
    return found


def _target_group_link(context: ComposeContext) -> tuple[str, str] | None:
    groups: list[TargetGroup] = context.content.of("doelgroep")
    if not groups:
        return None
    return groups[0].title, urls.link(PATH, "doelgroep", groups[0].id)
