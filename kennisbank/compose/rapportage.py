"""The yearly-report page under the quality guideline, and the monitoring templates as downloads.

The page (`richtlijnen/kwaliteit/rapportage.md`, URL `/richtlijnen/kwaliteit/rapportage/`) is a
tool in the browser: the coordinator opens a filled-in template, the page checks every cell,
computes the six goals and fills in the guideline's report chapters. The file is read in the
browser and never sent anywhere. The logic is in `docs/assets/javascripts/rapportage/` (plain ES
modules); what it needs to know about the data set (fields, types, allowed values, goals, norms,
chapters) is embedded in the page as JSON made from the guideline, so a change in the data set
changes the tool and the templates alike.
"""

from __future__ import annotations

import posixpath
from typing import TypedDict

from markupsafe import Markup

from .. import monitoring_templates as templates
from ..escape import json_for_html
from ..models.guideline import QualityGuideline
from . import ComposeContext, urls
from .guidelines import MOMENT_LABELS, target_text
from .page import GeneratedFile, Page
from .render import counted

REPORT = "richtlijnen/kwaliteit/rapportage.md"
DOWNLOADS = "richtlijnen/kwaliteit/sjablonen"
SCRIPT = "assets/javascripts/rapportage/app.js"
SUPPRESS_BELOW = 10


class Download(TypedDict):
    """A template download as the guideline and report pages list it."""

    href: str  # relative to the page that lists it
    file: str
    label: str
    text: str


def _guide(context: ComposeContext) -> QualityGuideline | None:
    guides: list[QualityGuideline] = context.content.of("kwaliteitsrichtlijn")
    return guides[0] if guides else None


def files(context: ComposeContext) -> list[GeneratedFile]:
    guide = _guide(context)
    if guide is None:
        return []
    made = [GeneratedFile(f"{DOWNLOADS}/{templates.XLSX_FILE}", templates.xlsx_template(guide, MOMENT_LABELS))]
    for level in templates.levels(guide):
        made.append(GeneratedFile(f"{DOWNLOADS}/{templates.LEVELS[level]['file']}", templates.csv_template(guide, level)))
    return made


def downloads(from_page: str, guide: QualityGuideline) -> list[Download]:
    """The template downloads as links relative to `from_page`, with a short description each."""
    items: list[Download] = [
        {
            "href": posixpath.relpath(f"{DOWNLOADS}/{templates.XLSX_FILE}", posixpath.dirname(from_page)),
            "file": templates.XLSX_FILE,
            "label": "Excel-sjabloon (.xlsx)",
            "text": "met keuzelijsten, datumcellen en een blad met uitleg; "
            + " en ".join(f"blad '{templates.LEVELS[level]['sheet']}'" for level in templates.levels(guide)),
        }
    ]
    for level in templates.levels(guide):
        info = templates.LEVELS[level]
        items.append(
            {
                "href": posixpath.relpath(f"{DOWNLOADS}/{info['file']}", posixpath.dirname(from_page)),
                "file": info["file"],
                "label": f"CSV-sjabloon {info['sheet'].lower()} (.csv)",
                "text": f"alleen de kopregel; {info['row']}",
            }
        )
    return items


def report_link(from_page: str) -> str:
    return urls.relative(from_page, REPORT)


def dataset_definition(guide: QualityGuideline) -> dict[str, object]:
    """What the browser code needs to know about the data set, as plain data."""
    fields: list[dict[str, object]] = []
    for topic in guide.monitoring.topics:
        for f in topic.fields:
            fields.append(
                {
                    "id": f.id,
                    "label": f.label,
                    "type": f.type,
                    "unit": f.unit,
                    "values": list(f.values),
                    "scaleMin": f.scale_min,
                    "scaleMax": f.scale_max,
                    "level": topic.level,
                    "topic": topic.title,
                    "moment": f.moment,
                    "key": f.key,
                    "municipalityCode": f.unit == templates.MUNICIPALITY_CODE,
                    "hint": templates.field_hint(f),
                }
            )
    goals: list[dict[str, object]] = []
    for goal in sorted(guide.goals, key=lambda g: g.number):
        goals.append(
            {
                "id": goal.id,
                "number": goal.number,
                "title": goal.title,
                "group": goal.group,
                "explanation": " ".join(goal.explanation.text.split()),
                "fields": list(goal.fields),
                "targets": [
                    {
                        "subject": " ".join(t.subject.split()),
                        "text": target_text(t),
                        "numeric": t.numeric,
                        "percentage": t.percentage,
                        "score": t.score,
                        "scaleMin": t.scale_min,
                        "scaleMax": t.scale_max,
                        "average": t.average,
                        "count": t.count,
                        "perYears": t.per_years,
                        "withinMonths": t.within_months,
                    }
                    for t in goal.targets
                ],
            }
        )
    chapters = [
        {"number": c.number, "title": c.title, "contents": [" ".join(line.split()) for line in c.contents], "fields": list(c.fields), "goals": list(c.goals)}
        for c in sorted(guide.report.chapters, key=lambda c: c.number)
    ]
    levels = [
        {"id": level, "sheet": templates.LEVELS[level]["sheet"], "file": templates.LEVELS[level]["file"], "row": templates.LEVELS[level]["row"]}
        for level in templates.levels(guide)
    ]
    return {
        "version": templates.dataset_version(guide),
        "multiSeparator": templates.MULTI_SEPARATOR,
        "suppressBelow": SUPPRESS_BELOW,
        "levels": levels,
        "fields": fields,
        "goals": goals,
        "chapters": chapters,
    }


def embedded_json(data: object) -> Markup:
    """The data set as JSON inside <script type="application/json"> (escaped by `escape.json_for_html`)."""
    return Markup(json_for_html(data, sort_keys=True))


def compose(context: ComposeContext) -> list[Page]:
    guide = _guide(context)
    if guide is None:
        return []
    base = "../" * (REPORT.count("/") + 1)  # from the page's URL …/kwaliteit/rapportage/ to the site root
    markdown = context.render(
        "pages/rapportage.md.j2",
        guide=guide,
        data=embedded_json(dataset_definition(guide)),
        script=Markup(f'<script type="module" src="{base}{SCRIPT}"></script>'),
        downloads=downloads(REPORT, guide),
        guideline_link=urls.link(REPORT, "kwaliteitsrichtlijn", guide.id),
        guideline_url=_url_relative(REPORT, urls.target("kwaliteitsrichtlijn", guide.id)),
        version=templates.dataset_version(guide),
        suppress_below=SUPPRESS_BELOW,
        suppress_max=SUPPRESS_BELOW - 1,
        goals_text="de " + counted(len(guide.goals), "doel", "doelen", in_words=True),
        levels=[templates.LEVELS[level] for level in templates.levels(guide)],
    )
    return [
        Page(
            path=REPORT,
            title="Jaarverslag maken",
            markdown=markdown,
            section="richtlijnen",
            order=3,
            source=context.content.entry_of(guide).file,
        )
    ]


_url_relative = urls.html_relative
