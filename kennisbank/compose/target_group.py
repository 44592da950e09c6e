"""The page "Voor welke kinderen is IVH?" (ivh/doelgroep.md) from `content/target-group/`.

Size estimates are shown as figure cards. Figures replaced by a newer or corrected one
(`vervangen_door`) stay in the YAML with their note for editors but are not shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import dutch
from ..models.target_group import Figure, TargetGroup
from ..models.trajectory import TrajectoryStep
from ..validate import Content
from . import ComposeContext, urls
from .page import Page

PATH = urls.TARGET_GROUP


@dataclass
class FigureView:
    figure: Figure
    value: str  # in Dutch notation, e.g. "1,4 miljoen", "14.000", "1%"
    year: str  # "peiljaar 2025", "omstreeks 2019" or ""


def age_text(content: Content) -> str | None:
    """The ages of the target group as running text, '0 tot 7 jaar', from the target group's 'leeftijd'; None without one."""
    groups: list[TargetGroup] = content.of("doelgroep")
    return f"{groups[0].age.lowest} tot {groups[0].age.highest} jaar" if groups else None


def format_value(value: float, unit: str) -> str:
    """A figure in Dutch notation: 1,4 miljoen; 14.000; 73; 1%."""
    if value >= 1_000_000 and (value / 100_000).is_integer():
        text = f"{dutch.number(value / 1_000_000)} miljoen"
    else:
        text = dutch.number(int(value) if float(value).is_integer() else value)
    if unit == "%":
        return text + "%"
    return text


def figure_views(group: TargetGroup) -> list[FigureView]:
    views: list[FigureView] = []
    for figure in group.shown_figures():
        if figure.year is None:
            year = ""
        elif figure.year_inferred:
            year = f"omstreeks {figure.year}"
        else:
            year = f"peiljaar {figure.year}"
        value = ("ongeveer " if figure.approximate else "") + format_value(figure.value, figure.unit)
        views.append(FigureView(figure, value, year))
    return views


def compose(context: ComposeContext) -> list[Page]:
    groups: list[TargetGroup] = context.content.of("doelgroep")
    if not groups:
        return []
    group = groups[0]
    steps = _step_link(context, "eerste-contact")
    return [
        Page(
            path=PATH,
            title=group.title,
            markdown=context.render(
                "pages/doelgroep.md.j2",
                group=group,
                figures=figure_views(group),
                check_step=steps,
                trajectory=urls.relative(PATH, "ivh/traject.md") if context.content.of("trajectstap") else None,
            ),
            section="ivh",
            order=10,
            source=context.content.entry_of(group).file,
        )
    ]


def _step_link(context: ComposeContext, step_id: str) -> str | None:
    steps: list[TrajectoryStep] = context.content.of("trajectstap")
    known = {s.id for s in steps}
    if step_id in known:
        return urls.link(PATH, "trajectstap", step_id)
    return None
