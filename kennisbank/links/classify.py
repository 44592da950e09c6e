"""What a result means for an editor: kapot, verhuisd, onzeker (or in orde), in Dutch.

- kapot     (error):   404, 410, unknown domain, connection refused, missing file or #anchor,
                       redirects that go round in a circle;
- verhuisd  (warning): a permanent redirect (301/308), with the new address to paste;
- onzeker   (warning): 403/429/999/5xx, time-outs, TLS problems: sites that block checkers.
                       Only after retries: lychee retries 429s and time-outs with growing waits,
                       honouring Retry-After; the rest get one more round after a pause (check.py).
                       Never a failure on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

from .lychee import Result

OK, KAPOT, VERHUISD, ONZEKER, TOEGESTAAN, OVERGESLAGEN = "in orde", "kapot", "verhuisd", "onzeker", "toegestaan", "overgeslagen"
PERMANENT = {301, 308}

ALLOWLIST_HINT = (
    "Controleer de link zelf in de browser. Werkt hij, zet hem dan met een reden in site_config/links-allowlist.yaml, dan meldt de controle hem niet meer."
)


class VerdictData(TypedDict):
    """A verdict as stored in the cache and written in the JSON report (Dutch keys)."""

    categorie: str
    reden: str
    advies: str
    nieuw_adres: str | None
    status: int | None


@dataclass(frozen=True)
class Verdict:
    category: str
    reason: str  # what is wrong, Dutch
    advice: str = ""  # what to do, Dutch
    new_url: str | None = None
    code: int | None = None

    def as_dict(self) -> VerdictData:
        return {"categorie": self.category, "reden": self.reason, "advies": self.advice, "nieuw_adres": self.new_url, "status": self.code}

    @classmethod
    def from_dict(cls, data: VerdictData) -> "Verdict":
        return cls(data["categorie"], data["reden"], data.get("advies", ""), data.get("nieuw_adres"), data.get("status"))


def new_address(chain: list[tuple[str, int]]) -> str | None:
    """Where a permanently moved address now lives: the final address if every hop is permanent,
    else the target of the last permanent hop (what follows is only temporary)."""
    permanent = [target for target, code in chain if code in PERMANENT]
    if not permanent:
        return None
    if all(code in PERMANENT for _t, code in chain):
        return chain[-1][0]
    return permanent[-1]


def _fragment(url: str) -> str:
    return url.partition("#")[2]


def classify(result: Result, *, timeout: int = 20, retries: int = 3) -> Verdict:
    code, said = result.code, f"{result.text} {result.details}"
    lower = said.lower()
    if result.state == "ok":
        moved = new_address(result.redirects)
        if moved and moved != result.url:
            first = next(c for _t, c in result.redirects if c in PERMANENT)
            return Verdict(
                VERHUISD,
                f"de pagina is verhuisd ({first} Permanent verplaatst)",
                f"Vervang het adres door: {moved}",
                moved,
                first,
            )
        return Verdict(OK, "bereikbaar", code=code)
    if result.state == "timeout":
        return Verdict(ONZEKER, f"de site antwoordde niet binnen {timeout} seconden, ook niet na {retries} nieuwe pogingen", ALLOWLIST_HINT)
    if result.state == "excluded":
        return Verdict(OVERGESLAGEN, "niet gecontroleerd: lychee slaat voorbeeld- en testadressen over (zoals example.com)")
    # errors
    if "cannot find fragment" in lower or "invalidfragment" in lower:
        return Verdict(
            KAPOT,
            f"het anker '#{_fragment(result.url)}' staat niet op de pagina",
            "Verwijs naar een kop die wel op de pagina staat, of laat het deel vanaf '#' weg.",
        )
    if code in (404, 410):
        reason = "de pagina bestaat niet (404 Niet gevonden)" if code == 404 else "de pagina is weggehaald (410 Verdwenen)"
        return Verdict(KAPOT, reason, "Zoek het nieuwe adres op de site van de organisatie, of haal de link weg.", code=code)
    if result.redirects and code is not None and 300 <= code < 400 or "too many redirects" in lower:
        targets = [t for t, _c in result.redirects]
        circle = len(set(targets) | {result.url}) < len(targets) + 1
        reason = "de doorverwijzingen lopen in een kringetje" if circle else f"te veel doorverwijzingen (meer dan {len(targets)})"
        return Verdict(KAPOT, reason, "Zoek het juiste adres op en vervang de link.", code=code)
    if "file not found" in lower or "cannot find index file" in lower or "invalid file path" in lower:
        return Verdict(KAPOT, "deze pagina of dit bestand bestaat niet in de site", "Verwijs naar een pagina die bestaat.")
    if "dns resolution failed" in lower or "failed to lookup address" in lower or "name resolution" in lower and "temporary" not in lower:
        return Verdict(KAPOT, "de website bestaat niet (de domeinnaam is onbekend)", "Controleer de spelling van het adres, of haal de link weg.")
    if "connection refused" in lower:
        return Verdict(KAPOT, "de server weigert de verbinding", "Controleer het adres; werkt de site niet meer, haal de link dan weg.")
    if code == 429:
        return Verdict(ONZEKER, f"de site vraagt om minder verzoeken (429), ook na {retries} nieuwe pogingen met wachten", ALLOWLIST_HINT, code=code)
    if code in (401, 403):
        return Verdict(ONZEKER, f"de site weigert de controle ({code}); voor mensen werkt de link vaak wel", ALLOWLIST_HINT, code=code)
    if code == 999:
        return Verdict(ONZEKER, "de site blokkeert linkcontroles (999)", ALLOWLIST_HINT, code=code)
    if "tls" in lower or "ssl" in lower or "certificate" in lower or "handshake" in lower:
        return Verdict(ONZEKER, "de beveiligde verbinding (TLS of certificaat) lukte niet", ALLOWLIST_HINT)
    if code is not None and code >= 500:
        return Verdict(ONZEKER, f"de server gaf een fout ({code}); vaak is dat tijdelijk", ALLOWLIST_HINT, code=code)
    if "timed out" in lower or "timeout" in lower:
        return Verdict(ONZEKER, f"de site antwoordde niet binnen {timeout} seconden", ALLOWLIST_HINT)
    shown = f"{code}" if code is not None else (result.details or result.text or "onbekende fout")
    return Verdict(ONZEKER, f"de controle lukte niet ({shown})", ALLOWLIST_HINT, code=code)
