"""Our cache of classified results: `.cache/links/resultaten.json`.

lychee's own `--cache` keeps only successes and forgets redirect targets, so a cached run could not
say where a page moved to. We keep every definite verdict (in orde, verhuisd, kapot) with the time it
was made; `onzeker` is never cached, so such a link is tried again on the next run. A cached URL is
passed to lychee as an exclusion: lychee still reports where it stands (file, line, column) but does
not request it.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import TypedDict

from .classify import KAPOT, OK, VERHUISD, Verdict, VerdictData

CACHE_DIR = ".cache/links"
CACHE_FILE = "resultaten.json"
CACHEABLE = {OK, VERHUISD, KAPOT}
VERSION = 1


class CacheEntry(TypedDict):
    tijd: float  # when the verdict was made, seconds since the epoch
    uitslag: VerdictData


class ResultCache:
    def __init__(self, path: Path | None, max_age_hours: float, *, now: float | None = None) -> None:
        self.path = path
        self.max_age = max_age_hours * 3600
        self.now = now if now is not None else time.time()
        self.entries: dict[str, CacheEntry] = {}
        self.changed = False
        if path is not None and path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if data.get("versie") == VERSION:
                    self.entries = data.get("urls", {})
            except (ValueError, OSError):
                self.entries = {}  # a damaged cache is simply rebuilt

    @classmethod
    def at(cls, root: Path, max_age_hours: float, *, enabled: bool = True) -> "ResultCache":
        return cls(root / CACHE_DIR / CACHE_FILE if enabled else None, max_age_hours)

    def fresh(self) -> "Fresh":
        return Fresh({url: entry for url, entry in self.entries.items() if self.now - entry.get("tijd", 0) <= self.max_age})

    def store(self, url: str, verdict: Verdict) -> None:
        if verdict.category in CACHEABLE:
            self.entries[url] = {"tijd": self.now, "uitslag": verdict.as_dict()}
            self.changed = True

    def save(self) -> None:
        if self.path is None:
            return
        expired = [u for u, e in self.entries.items() if self.now - e.get("tijd", 0) > self.max_age]
        if not expired and not self.changed:
            return
        for url in expired:
            del self.entries[url]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"versie": VERSION, "urls": self.entries}, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, self.path)


class Fresh(dict[str, CacheEntry]):
    """URL -> cache entry that is still within the maximum age; verdicts are built on demand."""

    def verdict(self, url: str) -> Verdict:
        return Verdict.from_dict(self[url]["uitslag"])
