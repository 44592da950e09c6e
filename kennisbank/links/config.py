"""Settings and allow-list of the link checker: `site_config/links-allowlist.yaml`.

One pydantic model describes the file and is what the checker uses: the file is read with our own
YAML loader (positions kept), so a mistake is reported in Dutch at its line with its code, like any
content file. The validated result is kept in `.cache/links/instellingen.json` (with the Dutch keys)
under the file's SHA-256: as long as the file is unchanged, a run reads that instead of parsing the
YAML again.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Annotated, Any, Self

from pydantic import Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from ..errors import Location, Problem
from ..load import load_document
from ..models.common import Model
from ..translate import translate_error

if TYPE_CHECKING:
    from .origins import YamlPath

CONFIG_PATH = "site_config/links-allowlist.yaml"
VALIDATED = ".cache/links/instellingen.json"


class Settings(Model):
    """How politely and how long the checker works."""

    max_age_hours: Annotated[
        float, Field(alias="cache_max_uren", gt=0, le=24 * 60, description="Hoe lang een uitslag geldig blijft voordat het adres opnieuw wordt opgevraagd.")
    ] = 72
    timeout: Annotated[int, Field(alias="timeout_seconden", ge=1, le=120, description="Hoe lang op één antwoord wordt gewacht.")] = 20
    retries: Annotated[
        int, Field(alias="pogingen", ge=0, le=10, description="Hoe vaak een adres opnieuw wordt geprobeerd (bij 429 of time-out), met steeds langer wachten.")
    ] = 3
    retry_wait: Annotated[
        int, Field(alias="wachttijd_seconden", ge=1, le=60, description="Eerste wachttijd vóór een nieuwe poging; Retry-After van de site gaat voor.")
    ] = 2
    per_host: Annotated[int, Field(alias="per_host", ge=1, le=32, description="Hoogstens zoveel verzoeken tegelijk naar één site.")] = 4
    interval_ms: Annotated[int, Field(alias="tussentijd_ms", ge=0, le=10_000, description="Minimale tijd tussen twee verzoeken aan één site.")] = 100
    concurrency: Annotated[int, Field(alias="gelijktijdig", ge=1, le=256, description="Hoogstens zoveel verzoeken tegelijk in totaal.")] = 32
    total_seconds: Annotated[
        int, Field(alias="totale_tijd_seconden", ge=5, le=7200, description="Na deze tijd stopt de controle; wat niet af is, telt als onzeker.")
    ] = 900
    max_redirects: Annotated[int, Field(alias="max_doorverwijzingen", ge=1, le=30)] = 10
    user_agent: Annotated[str, Field(alias="user_agent", min_length=3)] = (
        "Mozilla/5.0 (compatible; IVH-kennisbank-linkcontrole; +https://kennisbank.integralevroeghulp.nl/)"
    )


class Allowed(Model):
    """A known false positive: a link that works for people but not for a checker."""

    url: Annotated[str | None, Field(alias="url", pattern=r"^https?://\S+$", description="Precies dit adres.")] = None
    prefix: Annotated[str | None, Field(alias="begint_met", pattern=r"^https?://\S+$", description="Elk adres dat hiermee begint.")] = None
    reason: Annotated[str, Field(alias="reden", min_length=10, description="Waarom dit adres niet gecontroleerd hoeft te worden.")]

    def matches(self, url: str) -> bool:
        return url == self.url if self.url is not None else url.startswith(self.prefix or "\0")

    @model_validator(mode="after")
    def _one_of(self) -> Self:
        if (self.url is None) == (self.prefix is None):
            raise PydanticCustomError(
                "kb_allow_one",
                "geef bij elke uitzondering óf 'url:' (precies dit adres) óf 'begint_met:' (alle adressen die zo beginnen), niet allebei en niet geen van beide.",
            )
        return self


class MadeLater(Model):
    """Files of the site that a later step writes (after the MkDocs build), e.g. the factsheet PDFs."""

    path: Annotated[str, Field(alias="pad", pattern=r"^/\S*/$", description="Map in de site, met / aan begin en eind, bijvoorbeeld /factsheets/pdf/.")]
    reason: Annotated[str, Field(alias="reden", min_length=10, description="Welke stap deze bestanden maakt.")]


class NotALink(Model):
    """A field whose values are web addresses used as names (identifiers), not links on the site."""

    field: Annotated[str, Field(alias="veld", min_length=1, description="De naam van het veld, bijvoorbeeld tooi.")]
    reason: Annotated[str, Field(alias="reden", min_length=10)]


class LinkConfig(Model):
    """The whole file; every part has defaults, so a missing file means `LinkConfig()`."""

    settings: Annotated[Settings, Field(alias="instellingen")] = Settings()
    allowed: Annotated[list[Allowed], Field(alias="toegestaan", description="Bekende valse meldingen, elk met een reden.")] = []
    made_later: Annotated[
        list[MadeLater],
        Field(
            alias="later_gemaakt",
            description="Mappen die pas na de bouw worden gevuld. Ontbreekt de hele map, dan worden links erheen "
            "overgeslagen; bestaat de map wel, dan telt elk ontbrekend bestand als kapot.",
        ),
    ] = []

    not_links: Annotated[list[NotALink], Field(alias="geen_links", description="Velden met webadressen die namen zijn, geen links.")] = []

    def allowed_for(self, url: str) -> Allowed | None:
        return next((a for a in self.allowed if a.matches(url)), None)

    def made_later_for(self, site_path: str) -> MadeLater | None:
        return next((m for m in self.made_later if site_path.startswith(m.path)), None)

    def is_identifier(self, path: YamlPath) -> bool:
        keys = [part for part in path if isinstance(part, str)]
        return bool(keys) and keys[-1] in {n.field for n in self.not_links}


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
            return LinkConfig.model_validate(kept["instellingen"]), []
    except (OSError, ValueError, KeyError, TypeError):  # pydantic's ValidationError is a ValueError
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


def _validate(root: Path, file: Path) -> tuple[LinkConfig, list[Problem], dict[str, Any]]:
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
        config = LinkConfig.model_validate(document.data)
    except ValidationError as exc:
        owner = SimpleNamespace(model=LinkConfig, label="linkinstellingen")
        return LinkConfig(), [translate_error(e, document.data, document.positions, owner) for e in exc.errors()], {}
    return config, [], config.model_dump(by_alias=True)
