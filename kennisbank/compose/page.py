"""A page composed from content, as Markdown, with where it sits in the site and where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Location
from .urls import directory_url
from ..models.common import Review


@dataclass
class Page:
    path: str  # Markdown path inside docs, e.g. "bouwstenen/vroegsignalering.md"
    title: str  # plain text, exactly as in the content; escaped where it enters each output
    markdown: str
    section: str  # key in navigation.SECTIONS
    order: int = 50
    source: str | None = None  # the content file this page comes from, for the edit link
    review: Review | None = None
    in_nav: bool = True
    description: str | None = None  # the page's meta description, plain text
    link_origins: dict[str, Location] = field(default_factory=dict)  # URL -> YAML location that produced it

    @property
    def url(self) -> str:
        """Site-relative URL of the page with directory URLs, e.g. 'bouwstenen/vroegsignalering/'."""
        return directory_url(self.path)


@dataclass(frozen=True)
class GeneratedFile:
    """A file other than a page made at build time (a download such as a template), placed at `path`
    inside the site. Composer modules may define `files(context) -> list[GeneratedFile]`."""

    path: str  # e.g. "richtlijnen/kwaliteit/sjablonen/ivh-monitoring.xlsx"
    content: bytes
