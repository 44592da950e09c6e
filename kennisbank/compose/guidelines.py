"""Pages for the implementation and quality-assurance guidelines, and an overview of both.

Numbers on these pages (targets, the cost basis, business-case figures) come from typed fields and
are formatted here in Dutch notation; templates only place the resulting text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, TypedDict, TypeVar

from markupsafe import Markup

from .. import dutch
from ..models.framework_guide import FrameworkGuide
from ..models.guideline import (
    DataField,
    Figure,
    Goal,
    ImplementationGuideline,
    ImplementationStep,
    MonitoringTopic,
    QualityGuideline,
    ReportChapter,
    StartAction,
    Target,
)
from . import ComposeContext, urls
from .page import Page
from .render import counted

if TYPE_CHECKING:  # rapportage imports this module; at run time it is imported where it is used
    from .rapportage import Download

OVERVIEW = "richtlijnen/index.md"
IMPLEMENTATION = urls.IMPLEMENTATION
QUALITY = urls.QUALITY


TYPE_LABELS = {
    "datum": "datum (JJJJ-MM-DD)",
    "geheel-getal": "geheel getal",
    "decimaal-getal": "getal, met decimalen",
    "ja-nee": "ja / nee",
    "keuze": "één keuze uit",
    "meerkeuze": "een of meer van",
    "score": "score",
    "tekst": "tekst",
}

MOMENT_LABELS = {
    "aanmelding": "bij de aanmelding",
    "start-traject": "bij de start van het traject",
    "mdo": "bij het MDO",
    "adviesplan": "bij het adviesplan",
    "afsluiting": "bij de afsluiting",
    "evaluatie": "bij de evaluatie door ouders",
    "follow-up": "bij de follow-up",
    "doorlopend": "tijdens het traject",
    "jaarlijks": "één keer per jaar",
}

GROUP_LABELS = {"kind-en-ouders": "Voor kind en ouders", "professionals": "Voor de professionals"}

ROLE_LABELS = {"coordinator": "de coördinator", "gemeente": "de gemeente", "lokaal-team": "het lokale team"}

# A note under the fields of a monitoring topic, by the level its rows are kept at (the traject level needs none).
LEVEL_NOTES = {"professional": "Deze velden gaan over professionals, niet over trajecten: één regel per trajectbegeleider of coördinator per jaar."}

UNIT_LABELS = {"euro": "", "miljoen-euro": " miljoen", "uur": " uur", "jaar": " jaar", "maanden": " maanden", "procent": "%"}


_Guide = TypeVar("_Guide", ImplementationGuideline, QualityGuideline)


def _guide_page(
    context: ComposeContext,
    kind: str,
    guide: _Guide,
    template: str,
    page_context: Callable[[ComposeContext, str, _Guide], Mapping[str, object]],
    order: int,
) -> Page:
    path = urls.target(kind, guide.id)
    return Page(
        path=path,
        title=guide.title,
        markdown=context.render(template, guide=guide, **page_context(context, path, guide)),
        section="richtlijnen",
        order=order,
        source=context.content.entry_of(guide).file,
    )


def compose(context: ComposeContext) -> list[Page]:
    pages: list[Page] = []
    implementation: list[ImplementationGuideline] = context.content.of("implementatierichtlijn")
    quality: list[QualityGuideline] = context.content.of("kwaliteitsrichtlijn")
    # One helper per kind rather than one loop over both: each kind's context function takes its own model.
    for guide in implementation:
        pages.append(_guide_page(context, "implementatierichtlijn", guide, "pages/richtlijn-implementatie.md.j2", _implementation_context, 1))
    for quality_guide in quality:
        pages.append(_guide_page(context, "kwaliteitsrichtlijn", quality_guide, "pages/richtlijn-kwaliteit.md.j2", _quality_context, 2))
    guides: list[tuple[ImplementationGuideline | QualityGuideline, str]] = [(g, urls.link(OVERVIEW, "implementatierichtlijn", g.id)) for g in implementation]
    guides += [(g, urls.link(OVERVIEW, "kwaliteitsrichtlijn", g.id)) for g in quality]
    if guides:
        pages.append(
            Page(
                path=OVERVIEW,
                title="Richtlijnen",
                markdown=context.render(
                    "pages/richtlijnen-overzicht.md.j2",
                    guides=guides,
                    guides_count=counted(len(guides), "richtlijn", "richtlijnen", in_words=True).capitalize(),
                    sections=_overview_sections(context, implementation, quality),
                ),
                section="richtlijnen",
                order=0,
            )
        )
    return pages


# --- implementation --------------------------------------------------------------------------


class ImplementationContext(TypedDict):
    """What the implementation guideline's template receives besides the guideline."""

    actions: list[tuple[StartAction, ImplementationStep]]  # each first action with the step it belongs to
    profiles: dict[str, tuple[str, str]]  # role -> (title, link) of its competency profile
    role_labels: dict[str, str]
    models_heading: str  # 'Drie organisatiemodellen', counted from the models
    hours: str
    years: str
    figures: list[tuple[str, str, Figure]]  # (label, value in Dutch notation, the figure) of the business cases
    quality_link: str | None
    read_further: dict[str, Markup]


def _implementation_context(context: ComposeContext, path: str, guide: ImplementationGuideline) -> ImplementationContext:
    steps = {s.id: s for s in guide.steps}
    actions = [(a, steps[a.step]) for a in guide.start_actions]
    profiles: dict[str, tuple[str, str]] = {}
    index = context.content.index()
    for role in guide.choices.roles:
        if role.profile and role.profile in index.get("competentieprofiel", {}):
            profiles[role.role] = (index["competentieprofiel"][role.profile].title, urls.link(path, "competentieprofiel", role.profile))
    costs = guide.costs
    figures = [(f.label, _figure(f), f) for f in costs.business_cases]
    quality_link = urls.link(path, "kwaliteitsrichtlijn", "kwaliteit") if context.content.of("kwaliteitsrichtlijn") else None
    blocks_link = urls.relative(path, "bouwstenen/index.md") if context.content.of("bouwsteen") else None
    return {
        "actions": actions,
        "profiles": profiles,
        "role_labels": ROLE_LABELS,
        "models_heading": counted(len(guide.choices.models), "organisatiemodel", "organisatiemodellen", in_words=True).capitalize(),
        "hours": dutch.number(costs.hours_per_trajectory),
        "years": dutch.number(costs.years_per_trajectory),
        "figures": figures,
        "quality_link": quality_link,
        "read_further": _read_further(blocks_link, _framework_link(context, path), quality_link),
    }


def _read_further(blocks_link: str | None, framework_link: str | None, quality_link: str | None) -> dict[str, Markup]:
    """Where to read on after a step of the implementation guide, by step id: what comes after
    'Lees verder:' (Markdown). Only for the steps that another part of the site works out, and only
    when that part exists."""
    found: dict[str, Markup] = {}
    wanted: list[str] = []
    if blocks_link:
        wanted.append(f" [de bouwstenen]({blocks_link})")
    if framework_link:
        wanted.append(f" de kwaliteitscriteria in het [Kwaliteitskader jonge kind]({framework_link})")
    if wanted:
        found["gewenste-situatie"] = Markup(" en".join(wanted))
    if quality_link:
        found["borgen-en-monitoren"] = Markup(f" de [richtlijn kwaliteitsborging]({quality_link})")
    return found


def _figure(figure: Figure) -> str:
    qualifier = "" if figure.qualifier == "precies" else figure.qualifier + " "
    value = dutch.number(figure.value)
    if figure.unit in ("euro", "miljoen-euro"):
        return f"{qualifier}€ {value}{UNIT_LABELS[figure.unit]}"
    return f"{qualifier}{value}{UNIT_LABELS[figure.unit]}"


# --- quality ---------------------------------------------------------------------------------


def target_text(target: Target) -> str:
    """The norm of one target in plain Dutch, built from its numeric fields."""
    parts: list[str] = []
    if target.percentage is not None:
        parts.append(f"minimaal {target.percentage}%")
    if target.score is not None:
        scale = f"op een schaal van {target.scale_min} tot {target.scale_max}"
        score = dutch.number(target.score)
        if target.percentage is not None:
            parts.append(f"met een score van minstens {score} {scale}")
        else:
            parts.append(f"{'gemiddeld ' if target.average else ''}minimaal {score} {scale}")
    if target.count is not None:
        if target.per_years == 1:
            parts.append("elk jaar" if target.count == 1 else f"minimaal {target.count} keer per jaar")
        else:
            parts.append(f"minimaal {target.count} in {target.per_years} jaar")
    if target.within_months is not None:
        parts.append(f"binnen {target.within_months} maanden na de start")
    return ", ".join(parts) if parts else "norm zonder getal"


def _type_text(field: DataField) -> str:
    label = TYPE_LABELS[field.type]
    if field.type == "score":
        label = f"score van {field.scale_min} tot {field.scale_max}"
    if field.unit:
        label += f", in {field.unit}"
    return label


class GoalRow(TypedDict):
    goal: Goal
    group: str
    targets: list[tuple[str, str]]  # (subject, norm in words)
    fields: list[tuple[str, str]]  # (label, id) of the monitoring fields that measure the goal


class FieldRow(TypedDict):
    field: DataField
    type: str
    moment: str
    origin: str  # the source titles, or "" for a field the editors propose
    goals: list[tuple[int, str]]  # (number, id) of the goals the field measures


class ChapterRow(TypedDict):
    chapter: ReportChapter
    goals: list[tuple[int, str, str]]  # (number, title, id)
    fields: list[tuple[str, str]]  # (label, id)


class QualityContext(TypedDict):
    """What the quality guideline's template receives besides the guideline."""

    downloads: list[Download]
    report_link: str
    goal_rows: list[GoalRow]
    topics: list[tuple[MonitoringTopic, str | None, list[FieldRow]]]  # with the note for its level
    chapters: list[ChapterRow]
    profiles: list[tuple[str, str]]
    expertise_goal: Goal | None
    counts: dict[str, int | str]  # numbers, and counts written out in words ('zes doelen')
    goals_cite: Markup
    implementation_link: str | None
    framework_link: str | None


def _quality_context(context: ComposeContext, path: str, guide: QualityGuideline) -> QualityContext:
    fields = {f.id: f for topic in guide.monitoring.topics for f in topic.fields}
    goals = {g.id: g for g in guide.goals}
    goal_rows: list[GoalRow] = []
    for goal in sorted(guide.goals, key=lambda g: g.number):
        goal_rows.append(
            {
                "goal": goal,
                "group": GROUP_LABELS[goal.group],
                "targets": [(t.subject, target_text(t)) for t in goal.targets],
                "fields": [(fields[f].label, f) for f in goal.fields if f in fields],
            }
        )
    topics: list[tuple[MonitoringTopic, str | None, list[FieldRow]]] = []
    for topic in guide.monitoring.topics:
        rows: list[FieldRow] = []
        for field in topic.fields:
            origin = "; ".join(context.cite.titles(field.sources)) if field.sources else ""
            rows.append(
                {
                    "field": field,
                    "type": _type_text(field),
                    "moment": MOMENT_LABELS[field.moment],
                    "origin": origin,
                    "goals": [(g.number, g.id) for g in guide.goals if field.id in g.fields],
                }
            )
        topics.append((topic, LEVEL_NOTES.get(topic.level), rows))
    chapters: list[ChapterRow] = []
    for chapter in sorted(guide.report.chapters, key=lambda c: c.number):
        chapters.append(
            {
                "chapter": chapter,
                "goals": [(goals[g].number, goals[g].title, g) for g in chapter.goals if g in goals],
                "fields": [(fields[f].label, f) for f in chapter.fields if f in fields],
            }
        )
    index = context.content.index()
    profiles = [
        (index["competentieprofiel"][p].title, urls.link(path, "competentieprofiel", p))
        for p in guide.expertise.profiles
        if p in index.get("competentieprofiel", {})
    ]
    counts: dict[str, int | str] = {
        "fields": len(fields),
        "proposed": sum(1 for f in fields.values() if f.proposed),
        "topics": len(guide.monitoring.topics),
        "goals": len(guide.goals),
        "goals_words": counted(len(guide.goals), "doel", "doelen", in_words=True),
        "follow_up_ways": counted(len(guide.evaluation.follow_up), "manier", "manieren", in_words=True),
    }
    from . import rapportage  # the report page and the template downloads (it imports this module)

    return {
        "downloads": rapportage.downloads(path, guide),
        "report_link": rapportage.report_link(path),
        "goal_rows": goal_rows,
        "topics": topics,
        "chapters": chapters,
        "profiles": profiles,
        "expertise_goal": goals.get(guide.expertise.goal),
        "counts": counts,
        "goals_cite": context.cite.line(*[t.sources for g in guide.goals for t in g.targets], *[g.measured_via.sources for g in guide.goals]),
        "implementation_link": urls.link(path, "implementatierichtlijn", "implementatie") if context.content.of("implementatierichtlijn") else None,
        "framework_link": _framework_link(context, path),
    }


def _framework_link(context: ComposeContext, path: str) -> str | None:
    """Link to the young-child quality framework (with the quality criteria), when it exists."""
    frameworks: list[FrameworkGuide] = context.content.of("kwaliteitskader")
    if frameworks:
        return urls.link(path, "kwaliteitskader", frameworks[0].id)
    return None


def _overview_sections(
    context: ComposeContext, implementation: Sequence[ImplementationGuideline], quality: Sequence[QualityGuideline]
) -> dict[str, list[tuple[str, str]]]:
    """Which chapters each guideline page has, with their anchors, for the overview page."""
    sections: dict[str, list[tuple[str, str]]] = {}
    for guide in implementation:
        sections[guide.id] = [
            ("Het stappenplan", "stappenplan"),
            ("Eerste acties", "eerste-acties"),
            ("Keuzes voor uw gemeente", "keuzes"),
            ("Afspraken en budget", "afspraken"),
            ("Randvoorwaarden", "randvoorwaarden"),
            ("Risico's", "risicos"),
            ("Kosten en baten", "kosten-en-baten"),
        ]
    for quality_guide in quality:
        findings = quality_guide.findings
        sections[quality_guide.id] = [
            (f"Wat het {context.cite.study(findings.lacking, findings.practice, findings.wishes)} vond", "bevindingen"),
            ("Doelen en normen", "doelen"),
            ("De gedeelde dataset", "dataset"),
            ("Evaluatie en follow-up", "evaluatie"),
            ("Deskundigheid", "deskundigheid"),
            ("Opbouw van het jaarverslag", "jaarverslag"),
        ]
    return sections
