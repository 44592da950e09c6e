"""The young-child quality framework: an overview page and one page per theme.

A criterion's id starts with its theme's id (`toegang-een-loket` belongs to theme `toegang`; the
model checks this), so its link target follows from the id alone and other composers can link to
criteria before this one has run.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

from . import ComposeContext, urls
from ..escape import csv_cell, markdown_cell
from ..models.block import Block
from ..models.framework import Theme
from ..models.framework_guide import FrameworkGuide, Level
from .page import Page
from .render import counted

SECTION = "kwaliteitskader"
OVERVIEW = urls.FRAMEWORK
EXPORT = "kwaliteitskader/kwaliteitskader-jonge-kind.csv"

from ..models.framework import INDICATOR_FORMS as FORMS


def compose(context: ComposeContext) -> list[Page]:
    content = context.content
    themes: list[Theme] = sorted(content.of("kwaliteitsthema"), key=lambda t: (t.order, t.title))
    guides: list[FrameworkGuide] = content.of("kwaliteitskader")
    if not themes:
        return []
    all_blocks: list[Block] = content.of("bouwsteen")
    blocks = {b.id: b for b in all_blocks}
    scale: list[Level] = guides[0].scale if guides else []
    pages: list[Page] = []
    for theme in themes:
        path = urls.target("kwaliteitsthema", theme.id)
        criteria = [
            {
                "criterion": c,
                "cell_title": markdown_cell(c.title),
                "blocks": [(blocks[b].title, urls.link(path, "bouwsteen", b)) for b in c.blocks if b in blocks],
                "step_plan": " en ".join(str(n) for n in sorted(c.step_plan_criteria)),
            }
            for c in theme.criteria
        ]
        pages.append(
            Page(
                path=path,
                title=theme.title,
                markdown=context.render(
                    "pages/kwaliteitsthema.md.j2",
                    theme=theme,
                    criteria=criteria,
                    scale=scale,
                    forms=FORMS,
                    theme_count=len(themes),
                    overview_href=urls.relative(path, OVERVIEW),
                ),
                section=SECTION,
                order=theme.order,
                source=content.entry_of(theme).file,
            )
        )
    if guides:
        guide = guides[0]
        pages.append(_overview(context, guide, themes))
        pages.append(_export(guide, themes, blocks))
    return pages


def _overview(context: ComposeContext, guide: FrameworkGuide, themes: Sequence[Theme]) -> Page:
    all_criteria = [c for t in themes for c in t.criteria]
    step_plan = [
        {
            "number": item.number,
            "text": markdown_cell(item.text),
            "criteria": [(markdown_cell(c.title), urls.link(OVERVIEW, "criterium", c.id)) for c in all_criteria if item.number in c.step_plan_criteria],
        }
        for item in sorted(guide.step_plan, key=lambda i: i.number)
    ]
    names = [level.name.lower() for level in guide.scale]
    return Page(
        path=OVERVIEW,
        title=guide.title,
        markdown=context.render(
            "pages/kwaliteitskader.md.j2",
            guide=guide,
            themes=[
                {
                    "theme": t,
                    "href": urls.link(OVERVIEW, "kwaliteitsthema", t.id),
                    "criteria": [(c.title, urls.link(OVERVIEW, "criterium", c.id)) for c in t.criteria],
                }
                for t in themes
            ],
            criterion_count=len(all_criteria),
            scale_names=", ".join(names[:-1]) + " of " + names[-1] if len(names) > 1 else "".join(names),
            step_plan=step_plan,
            step_plan_count=counted(len(step_plan), "kwaliteitscriterium", "kwaliteitscriteria", in_words=True),
            step_plan_covered=all(row["criteria"] for row in step_plan),
            step_plan_sources=[s for item in guide.step_plan for s in item.sources],
            export_href=urls.relative(OVERVIEW, EXPORT),
        ),
        section=SECTION,
        order=0,
        source=context.content.entry_of(guide).file,
    )


def export_rows(themes: Sequence[Theme], blocks: Mapping[str, Block]) -> list[dict[str, str]]:
    """One row per indicator: the framework as a table, for a spreadsheet self-assessment."""
    rows: list[dict[str, str]] = []
    for theme in themes:
        for criterion in theme.criteria:
            for indicator in criterion.indicators:
                rows.append(
                    {
                        "thema": theme.title,
                        "criterium_id": criterion.id,
                        "criterium": criterion.title,
                        "norm": " ".join(criterion.statement.split()),
                        "bouwstenen": "; ".join(blocks[b].title if b in blocks else b for b in criterion.blocks),
                        "indicator_id": indicator.id,
                        "indicator": " ".join(indicator.what.split()),
                        "hoe_meten": " ".join(indicator.how.split()),
                        "vorm": FORMS[indicator.form],
                        "streefwaarde": " ".join(indicator.target.text.split()) if indicator.target else "",
                        "score": "",
                        "toelichting": "",
                    }
                )
    return rows


def _export(guide: FrameworkGuide, themes: Sequence[Theme], blocks: Mapping[str, Block]) -> Page:
    rows = export_rows(themes, blocks)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else ["thema"], delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)
    return Page(
        path=EXPORT,
        title="Kwaliteitskader jonge kind (CSV)",
        markdown="\ufeff" + buffer.getvalue(),  # byte-order mark: spreadsheet programs then read UTF-8 correctly
        section=SECTION,
        in_nav=False,
    )
