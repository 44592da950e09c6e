"""Additions to Material's search index (search/search_index.json), after the search plugin wrote it.

**Municipalities.** The factsheet pages stay out of the index (their text is the same on each of 342
pages, so every search would list them all). Instead each municipality gets one small entry that leads
to its factsheet: the name as title, and as text only the word "Factsheet" and the province. A search
for "Deventer" finds the factsheet of Deventer; a search for anything else does not list factsheets,
except "factsheet" or a province, which is what the reader asked for. The entries carry a low boost, so
a page of the site about the same word ranks above them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TypedDict

from .compose import urls
from .escape import html_text as escape
from .models.municipality import MunicipalityRegister
from .validate import Content

MUNICIPALITY_BOOST = 0.5


class SearchEntry(TypedDict):
    """One document of Material's search index, as its search plugin writes them."""

    location: str
    title: str
    text: str
    boost: float


def factsheet_location(municipality_id: str, directory_urls: bool) -> str:
    stem = urls.target("gemeente", municipality_id).removesuffix(".md")
    return f"{stem}/" if directory_urls else f"{stem}.html"


def municipality_entries(content: Content, site_dir: Path, directory_urls: bool) -> list[SearchEntry]:
    """One entry per municipality whose factsheet page exists in the built site."""
    entries: list[SearchEntry] = []
    registers: list[MunicipalityRegister] = content.of("gemeentelijst")
    for register in registers:
        for municipality in register.municipalities:
            location = factsheet_location(municipality.id, directory_urls)
            page = site_dir / (location + "index.html" if directory_urls else location)
            if not page.exists():
                continue
            names = [municipality.preferred_name, municipality.name] if municipality.preferred_name else [municipality.name]
            entries.append(
                {
                    "location": location,
                    "title": html_text(" / ".join(names)),
                    "text": html_text(f"Factsheet · {municipality.province}"),
                    "boost": MUNICIPALITY_BOOST,
                }
            )
    return entries


def html_text(value: str) -> str:
    """Material shows titles and text of the index as HTML: escape them as the search plugin does."""
    return escape(value)


def add_entries(site_dir: Path, entries: Sequence[SearchEntry]) -> int:
    index_file = site_dir / "search" / "search_index.json"
    if not entries or not index_file.exists():
        return 0
    index = json.loads(index_file.read_text(encoding="utf-8"))
    known = {doc["location"] for doc in index["docs"]}
    new = [entry for entry in entries if entry["location"] not in known]
    index["docs"].extend(new)
    index_file.write_text(json.dumps(index, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    return len(new)
