"""The zelfscan: the young-child quality framework as a form a municipality fills in with its partners.

One page, `kwaliteitskader/zelfscan.md`, in the framework's section. The form (a fieldset per
criterion, the scale's levels as radio buttons, the indicators as help) is composed here from the
framework's YAML, so it can be read and printed before any script runs, and a change in the
framework changes the tool. The scripts in `docs/assets/javascripts/zelfscan/` add keeping the
answers in the browser, export and import, combining partners' files, snapshots and the result.

The scripts read the framework from a JSON data block (`#kb-zelfscan-data`, not executed, so it is
allowed by a `script-src 'self'` policy). Its `version` is a content hash of what answers depend on:
the criteria ids and titles in order and the scale's level ids. Saved answers are kept under a key
with that version; when it changes, the scripts carry answers over by criterion id and say what was
added, renamed or removed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import TypedDict

from markupsafe import Markup

from .. import dutch
from ..escape import json_for_html
from ..models.framework import Theme
from ..models.framework_guide import FrameworkGuide, Level
from . import ComposeContext
from .page import Page
from .render import counted
from .target_group import age_text

PATH = "kwaliteitskader/zelfscan.md"
SECTION = "kwaliteitskader"
BASE = "../../"  # from kwaliteitskader/zelfscan/ to the site root


class _Answer(TypedDict):
    id: str
    name: str
    meaning: str


class LevelData(_Answer):
    """An answer of the form as the scripts read it; `rank` orders the scale's levels."""

    rank: int | None  # None for 'weet ik niet', which is not on the scale


UNKNOWN: _Answer = {
    "id": "weet-niet",
    "name": "Weet ik niet",
    "meaning": "Ik kan dit nu niet beoordelen. Zoek het uit; tot dan telt dit criterium niet mee in de score.",
}
from ..models.framework import INDICATOR_FORMS as FORMS


def framework_version(themes: Sequence[Theme], scale: Sequence[Level]) -> str:
    """Short content hash of the criteria (ids and titles, in order) and the scale's level ids."""
    basis = {
        "criteria": [[c.id, c.title] for t in themes for c in t.criteria],
        "scale": [level.id for level in scale],
    }
    text = json.dumps(basis, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def compose(context: ComposeContext) -> list[Page]:
    content = context.content
    themes: list[Theme] = sorted(content.of("kwaliteitsthema"), key=lambda t: (t.order, t.title))
    guides: list[FrameworkGuide] = content.of("kwaliteitskader")
    if not themes or not guides:
        return []
    guide = guides[0]
    version = framework_version(themes, guide.scale)
    levels: list[LevelData] = [{"id": level.id, "name": level.name, "meaning": level.meaning, "rank": rank} for rank, level in enumerate(guide.scale)]
    levels.append({**UNKNOWN, "rank": None})
    data = {
        "version": version,
        "reviewed": guide.review.date.isoformat(),
        "title": guide.title,
        "levels": levels,
        "themes": [{"id": t.id, "title": t.title, "criteria": [{"id": c.id, "title": c.title} for c in t.criteria]} for t in themes],
    }
    markdown = context.render(
        "pages/zelfscan.md.j2",
        guide=guide,
        themes=themes,
        levels=levels,
        forms=FORMS,
        version=version,
        reviewed=dutch.long_date(guide.review.date),
        criterion_count=sum(len(t.criteria) for t in themes),
        ages=age_text(context.content),
        indicator_counts={c.id: counted(len(c.indicators), "indicator", "indicatoren") for t in themes for c in t.criteria},
        data_json=Markup(json_for_html(data)),
        script=Markup(f"{BASE}assets/javascripts/zelfscan/app.js"),
    )
    return [
        Page(
            path=PATH,
            title="Zelfscan",
            markdown=markdown,
            section=SECTION,
            order=90,
            source=content.entry_of(guide).file,
        )
    ]
