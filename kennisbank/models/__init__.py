"""The content types: one table, `CONTENT_TYPES`, in the order files are reported.

A new content type is a module here (a model and its `CONTENT_TYPE`), one line in the table below,
a page family in `kennisbank/site.py` and, if its items have pages, a URL pattern in
`kennisbank/compose/urls.py`. Nothing registers itself by being imported.
"""

from __future__ import annotations

from dataclasses import dataclass

from .common import ContentItem


@dataclass(frozen=True)
class ContentType:
    kind: str  # the value of `soort:` in the YAML
    folder: str  # folder under content/
    model: type[ContentItem]
    label: str  # Dutch name used in messages, e.g. "bouwsteen"
    description: str = ""  # Dutch, one sentence, for the editors' field reference


# The modules below import ContentType from this package, so they come after its definition.
from . import (  # noqa: E402
    about,
    audience,
    block,
    block_overview,
    contact_point,
    folder,
    framework,
    framework_guide,
    glossary,
    guideline,
    info_page,
    key_figure,
    municipality,
    municipality_data,
    profile,
    source_document,
    target_group,
    trajectory,
)

CONTENT_TYPES: tuple[ContentType, ...] = (
    about.CONTENT_TYPE,
    audience.CONTENT_TYPE,
    block.CONTENT_TYPE,
    block_overview.CONTENT_TYPE,
    contact_point.CONTENT_TYPE,
    folder.CONTENT_TYPE,
    framework.CONTENT_TYPE,
    framework_guide.CONTENT_TYPE,
    glossary.CONTENT_TYPE,
    *guideline.CONTENT_TYPES,
    info_page.CONTENT_TYPE,
    key_figure.CONTENT_TYPE,
    *municipality.CONTENT_TYPES,
    *municipality_data.CONTENT_TYPES,
    profile.CONTENT_TYPE,
    source_document.CONTENT_TYPE,
    target_group.CONTENT_TYPE,
    trajectory.CONTENT_TYPE,
)


def content_types() -> tuple[ContentType, ...]:
    return CONTENT_TYPES


def by_kind() -> dict[str, ContentType]:
    return {t.kind: t for t in CONTENT_TYPES}


def kinds_in_folder(folder: str) -> list[ContentType]:
    """The content types whose files live in `folder` (a folder may hold more than one type)."""
    return [t for t in CONTENT_TYPES if t.folder == folder]
