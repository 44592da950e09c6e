"""Settings and allow-list of the link checker: `site_config/links-allowlist.yaml`.

The file is read with our own YAML loader (positions kept) and validated by the pydantic schema in
`config_schema.py`, so a mistake is reported in Dutch at its line, like any content file. The
validated result is kept in `.cache/links/instellingen.json` with the file's SHA-256: as long as the
file is unchanged, a run reads that instead and never imports pydantic (a cached run of 2,000 URLs
should take well under a second, and importing pydantic is a good part of that).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from ..errors import Location, Problem

CONFIG_PATH = "site_config/links-allowlist.yaml"
VALIDATED = ".cache/links/instellingen.json"


@dataclass(frozen=True)
class Settings:
    """How politely and how long the checker works (defaults: see config_schema.Settings)."""

    max_age_hours: float = 72
    timeout: int = 20
    retries: int = 3
    retry_wait: int = 2
    per_host: int = 4
    interval_ms: int = 100
    concurrency: int = 32
    total_seconds: int = 900
    max_redirects: int = 10
    user_agent: str = "Mozilla/5.0 (compatible; IVH-kennisbank-linkcontrole; +https://kennisbank.integralevroeghulp.nl/)"


@dataclass(frozen=True)
class Allowed:
    """A known false positive: a link that works for people but not for a checker."""

    reason: str
    url: str | None = None
    prefix: str | None = None

    def matches(self, url: str) -> bool:
        return url == self.url if self.url is not None else url.startswith(self.prefix or "\0")


@dataclass(frozen=True)
class MadeLater:
    """A folder of the site that a later step fills (after the MkDocs build), e.g. the factsheet PDFs."""

    path: str
    reason: str


@dataclass(frozen=True)
class NotALink:
    """A field whose values are web addresses used as names (identifiers), not links on the site."""

    field: str
    reason: str


@dataclass(frozen=True)
class LinkConfig:
    settings: Settings = field(default_factory=Settings)
    allowed: tuple[Allowed, ...] = ()
    made_later: tuple[MadeLater, ...] = ()
    not_links: tuple[NotALink, ...] = ()

    def allowed_for(self, url: str) -> Allowed | None:
        return next((a for a in self.allowed if a.matches(url)), None)

    def made_later_for(self, site_path: str) -> MadeLater | None:
        return next((m for m in self.made_later if site_path.startswith(m.path)), None)

    def is_identifier(self, path: tuple) -> bool:
        keys = [part for part in path if isinstance(part, str)]
        return bool(keys) and keys[-1] in {n.field for n in self.not_links}

    @classmethod
    def from_dump(cls, data: dict) -> "LinkConfig":
        """From the schema's `model_dump()` (attribute names, not the Dutch keys)."""
        return cls(
            Settings(**data.get("settings", {})),
            tuple(Allowed(**a) for a in data.get("allowed", [])),
            tuple(MadeLater(**m) for m in data.get("made_later", [])),
            tuple(NotALink(**n) for n in data.get("not_links", [])),
        )

    @classmethod
    def parse(cls, data: dict) -> "LinkConfig":
        """Validate data with the Dutch keys of the YAML file (raises pydantic's ValidationError)."""
        from .config_schema import LinkConfig as Schema

        return cls.from_dump(Schema.model_validate(data).model_dump())


def load_config(root: Path, path: Path | None = None) -> tuple[LinkConfig, list[Problem]]:
    """The configuration, or the defaults plus Dutch problems at their lines when the file is wrong."""
    file = path or root / CONFIG_PATH
    if not file.exists():
        return LinkConfig(), []
    raw = file.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    remembered = root / VALIDATED
    try:
        kept = json.loads(remembered.read_text(encoding="utf-8"))
        if kept.get("sha256") == digest:
            return LinkConfig.from_dump(kept["instellingen"]), []
    except (OSError, ValueError, KeyError, TypeError):
        pass
    config, problems, dump = _validate(root, file)
    if not problems:
        try:
            remembered.parent.mkdir(parents=True, exist_ok=True)
            temporary = remembered.with_suffix(".tmp")
            temporary.write_text(json.dumps({"sha256": digest, "instellingen": dump}, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, remembered)
        except OSError:
            pass  # a read-only checkout still works, it just validates every time
    return config, problems


def _validate(root: Path, file: Path) -> tuple[LinkConfig, list[Problem], dict]:
    from pydantic import ValidationError

    from ..load import load_document
    from ..translate import translate_error
    from .config_schema import LinkConfig as Schema

    try:
        display = file.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        display = file.as_posix()
    document, problems = load_document(file, display)
    if document is None or problems:
        return LinkConfig(), problems, {}
    if not isinstance(document.data, dict):
        return LinkConfig(), [Problem(Location(display, 1, 1), "dit bestand moet velden bevatten, zoals 'instellingen:' en 'toegestaan:'.")], {}
    try:
        dump = Schema.model_validate(document.data).model_dump()
    except ValidationError as exc:
        owner = SimpleNamespace(model=Schema, label="linkinstellingen")
        return LinkConfig(), [translate_error(e, document.data, document.positions, owner) for e in exc.errors()], {}
    return LinkConfig.from_dump(dump), [], dump
