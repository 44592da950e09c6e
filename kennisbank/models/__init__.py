"""The content types. Each module in this package defines one, as `CONTENT_TYPE`.

A new content type is a new module here (model + `CONTENT_TYPE`) and a composer in
`kennisbank.compose`; nothing else needs registering.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import cache

from .common import ContentItem


@dataclass(frozen=True)
class ContentType:
    kind: str  # the value of `soort:` in the YAML
    folder: str  # folder under content/
    model: type[ContentItem]
    label: str  # Dutch name used in messages, e.g. "bouwsteen"
    description: str = ""  # Dutch, one sentence, for the editors' field reference


@cache
def content_types() -> tuple[ContentType, ...]:
    found = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        content_type = getattr(module, "CONTENT_TYPE", None)
        if content_type is not None:
            found.append(content_type)
        found.extend(getattr(module, "CONTENT_TYPES", ()))  # a module may define several kinds
    return tuple(found)


def by_kind() -> dict[str, ContentType]:
    return {t.kind: t for t in content_types()}


def kinds_in_folder(folder: str) -> list[ContentType]:
    """The content types whose files live in `folder` (a folder may hold more than one type)."""
    return [t for t in content_types() if t.folder == folder]
