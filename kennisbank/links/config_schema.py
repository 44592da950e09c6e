"""The schema of `site_config/links-allowlist.yaml`, validated by pydantic so that a mistake is
reported in Dutch at its line, like any content file. Imported only when the file changed since it
was last validated (see config.py): a cached link check does not pay for importing pydantic."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from ..models.common import Model


class Settings(Model):
    """How politely and how long the checker works."""

    max_age_hours: Annotated[float, Field(alias="cache_max_uren", gt=0, le=24 * 60, description="Hoe lang een uitslag geldig blijft voordat het adres opnieuw wordt opgevraagd.")] = 72
    timeout: Annotated[int, Field(alias="timeout_seconden", ge=1, le=120, description="Hoe lang op één antwoord wordt gewacht.")] = 20
    retries: Annotated[int, Field(alias="pogingen", ge=0, le=10, description="Hoe vaak een adres opnieuw wordt geprobeerd (bij 429 of time-out), met steeds langer wachten.")] = 3
    retry_wait: Annotated[int, Field(alias="wachttijd_seconden", ge=1, le=60, description="Eerste wachttijd vóór een nieuwe poging; Retry-After van de site gaat voor.")] = 2
    per_host: Annotated[int, Field(alias="per_host", ge=1, le=32, description="Hoogstens zoveel verzoeken tegelijk naar één site.")] = 4
    interval_ms: Annotated[int, Field(alias="tussentijd_ms", ge=0, le=10_000, description="Minimale tijd tussen twee verzoeken aan één site.")] = 100
    concurrency: Annotated[int, Field(alias="gelijktijdig", ge=1, le=256, description="Hoogstens zoveel verzoeken tegelijk in totaal.")] = 32
    total_seconds: Annotated[int, Field(alias="totale_tijd_seconden", ge=5, le=7200, description="Na deze tijd stopt de controle; wat niet af is, telt als onzeker.")] = 900
    max_redirects: Annotated[int, Field(alias="max_doorverwijzingen", ge=1, le=30)] = 10
    user_agent: Annotated[str, Field(alias="user_agent", min_length=3)] = (
        "Mozilla/5.0 (compatible; IVH-kennisbank-linkcontrole; +https://kennisbank.integralevroeghulp.nl/)"
    )


class Allowed(Model):
    """A known false positive: a link that works for people but not for a checker."""

    url: Annotated[str | None, Field(alias="url", pattern=r"^https?://\S+$", description="Precies dit adres.")] = None
    prefix: Annotated[str | None, Field(alias="begint_met", pattern=r"^https?://\S+$", description="Elk adres dat hiermee begint.")] = None
    reason: Annotated[str, Field(alias="reden", min_length=10, description="Waarom dit adres niet gecontroleerd hoeft te worden.")]

    @model_validator(mode="after")
    def _one_of(self):
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
