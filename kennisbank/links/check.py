"""One run of the link checker: external URLs from the YAML (and the built site), internal links of
the built site offline, each occurrence classified and placed at its YAML line."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from ..errors import Location, relative_path
from ..validate import content_files
from . import lychee
from .cache import ResultCache
from .classify import KAPOT, ONZEKER, OVERGESLAGEN, TOEGESTAAN, Verdict, classify
from .config import LinkConfig
from .origins import YamlText, field_name, html_url, site_target

EXTERN, INTERN = "extern", "intern"


@dataclass
class Finding:
    scope: str  # extern | intern
    url: str
    verdict: Verdict
    location: Location | None = None  # the YAML line it stands on (or that produced it)
    field: str | None = None  # YAML path, e.g. "bron[0].url"
    page: str | None = None  # site-relative URL of the page it stands on (built site)
    cached: bool = False


@dataclass
class Outcome:
    findings: list[Finding] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)  # scope -> occurrences looked at
    requested: int = 0  # distinct URLs lychee actually requested (not excluded)
    from_cache: int = 0
    seconds: float = 0.0
    timed_out: bool = False
    notes: list[str] = field(default_factory=list)


def _exact(url: str) -> str:
    return "^" + re.escape(url) + "$"


def check_external(root: Path, config: LinkConfig, cache: ResultCache, outcome: Outcome, *,
                   files: list[Path] | None = None, site_dir: Path | None = None, pages=(),
                   skip_prefixes: tuple[str, ...] = ()) -> None:
    """Every http(s) URL in the YAML files (and, with `site_dir`, external links of the built site
    that do not come from YAML), checked online; cached and allow-listed URLs are not requested."""
    settings = config.settings
    files = files if files is not None else content_files(root)
    texts = {str(p.resolve()): YamlText.read(p, relative_path(p, root)) for p in files}
    fresh = cache.fresh()
    exclude = [_exact(url) for url in fresh]
    exclude += [_exact(a.url) if a.url else "^" + re.escape(a.prefix) for a in config.allowed]
    exclude += ["^" + re.escape(prefix) for prefix in skip_prefixes]
    html = sorted(site_dir.rglob("*.html")) if site_dir else []
    started = time.monotonic()
    run = lychee.run([*files, *html], settings, exclude=exclude, schemes=("http", "https"), time_limit=settings.total_seconds)
    outcome.seconds += time.monotonic() - started
    if run.timed_out:
        outcome.timed_out = True
        outcome.notes.append(
            f"De controle van externe links duurde langer dan {settings.total_seconds} seconden en is gestopt; "
            "wat niet af was, staat hieronder als onzeker."
        )
        _unfinished(texts, fresh, config, outcome)
        return
    yaml_urls: set[str] = set()
    verdicts: dict[str, Verdict] = {}
    html_results = []
    for result in sorted(run.results, key=lambda r: (r.source, r.line, r.column)):
        text = texts.get(result.source)
        if text is None:
            html_results.append(result)
            continue
        scalar = text.value_at(result.line, result.column)
        if scalar is None:
            continue  # in a YAML comment or a key: not a link on the site
        yaml_urls.add(result.url)
        verdict, cached = _verdict(result, verdicts, fresh, config, cache)
        outcome.from_cache += cached
        outcome.findings.append(
            Finding(EXTERN, result.url, verdict, Location(text.display, result.line, result.column), field_name(scalar.path), cached=cached)
        )
        outcome.checked[EXTERN] = outcome.checked.get(EXTERN, 0) + 1
    site_pages = {page.url: page for page in pages}
    for result in html_results:
        if result.url in yaml_urls or any(result.url.startswith(p) for p in skip_prefixes):
            continue
        page_url = html_url(relative_path(Path(result.source), site_dir)) if site_dir else None
        verdict, cached = _verdict(result, verdicts, fresh, config, cache)
        page = site_pages.get(page_url)
        origin = page.link_origins.get(result.url) if page is not None else None
        outcome.findings.append(Finding(EXTERN, result.url, verdict, origin, page=page_url, cached=cached))
        outcome.checked[EXTERN] = outcome.checked.get(EXTERN, 0) + 1
    outcome.requested += sum(1 for r in {r.url: r for r in run.results}.values() if r.state != "excluded")


def _verdict(result, verdicts: dict, fresh: dict, config: LinkConfig, cache: ResultCache) -> tuple[Verdict, bool]:
    if result.url in verdicts:
        return verdicts[result.url], result.state == "excluded" and result.url in fresh
    cached = False
    if result.state == "excluded":
        allowed = config.allowed_for(result.url)
        if allowed is not None:
            verdict = Verdict(TOEGESTAAN, f"op de uitzonderingslijst: {allowed.reason}")
        elif result.url in fresh:
            verdict, cached = fresh[result.url], True
        else:
            verdict = Verdict(OVERGESLAGEN, "niet gecontroleerd (lychee slaat dit soort adres over)")
    else:
        verdict = classify(result, timeout=config.settings.timeout, retries=config.settings.retries)
        cache.store(result.url, verdict)
    verdicts[result.url] = verdict
    return verdict, cached


def _unfinished(texts: dict[str, YamlText], fresh: dict, config: LinkConfig, outcome: Outcome) -> None:
    """After the time bound: every URL in a YAML value, with what we know (cache, allow-list) or onzeker."""
    for text in texts.values():
        for found in text.links():
            if not found.url.startswith(("http://", "https://")):
                continue
            allowed = config.allowed_for(found.url)
            if allowed is not None:
                verdict = Verdict(TOEGESTAAN, f"op de uitzonderingslijst: {allowed.reason}")
            elif found.url in fresh:
                verdict = fresh[found.url]
            else:
                verdict = Verdict(ONZEKER, "niet gecontroleerd: de tijd voor de controle was op")
            outcome.findings.append(Finding(EXTERN, found.url, verdict, found.location, found.field, cached=found.url in fresh))
            outcome.checked[EXTERN] = outcome.checked.get(EXTERN, 0) + 1


def normalize_site_url(url: str) -> str:
    """'over/bronnen/index.html#x', 'over/bronnen/#x', 'over/bronnen#x' -> 'over/bronnen#x'."""
    path, hash_, anchor = url.partition("#")
    path = path.removesuffix("index.html").rstrip("/")
    return path + (f"#{anchor}" if hash_ else "")


def check_internal(site_dir: Path, config: LinkConfig, outcome: Outcome, *, pages=()) -> None:
    """Every link, image and #anchor between files of the built site, offline."""
    site_dir = site_dir.resolve()
    html = sorted(site_dir.rglob("*.html"))
    if not html:
        outcome.notes.append(f"In {site_dir} staan geen HTML-bestanden: de interne links zijn niet gecontroleerd.")
        return
    started = time.monotonic()
    run = lychee.run(html, config.settings, offline=True, root_dir=site_dir, time_limit=config.settings.total_seconds)
    outcome.seconds += time.monotonic() - started
    if run.timed_out:
        outcome.timed_out = True
        outcome.notes.append("De controle van de interne links duurde te lang en is gestopt.")
        return
    by_url = {page.url: page for page in pages}
    for result in run.results:
        if not result.url.startswith("file:"):
            continue
        outcome.checked[INTERN] = outcome.checked.get(INTERN, 0) + 1
        if result.state == "ok":
            continue
        page_url = html_url(Path(result.source).resolve().relative_to(site_dir).as_posix())
        target = _site_relative(result.url, site_dir)
        verdict = classify(result)
        if verdict.category == ONZEKER:  # offline, nothing is uncertain: a local file exists or not
            verdict = Verdict(KAPOT, f"de link werkt niet in de gebouwde site ({result.details or result.text})", "Verwijs naar een pagina die bestaat.")
        origin, field_path = _origin(by_url.get(page_url), target)
        shown = target if target is not None else result.url
        outcome.findings.append(Finding(INTERN, shown, verdict, origin, field_path, page=page_url or "/"))


def _site_relative(url: str, site_dir: Path) -> str | None:
    parsed = urlparse(url)
    path = Path(unquote(parsed.path))
    try:
        relative = path.relative_to(site_dir).as_posix()
    except ValueError:
        return None
    relative = "" if relative == "." else relative.removesuffix("index.html")
    return "/" + relative + (f"#{parsed.fragment}" if parsed.fragment else "")


def _origin(page, target: str | None):
    if page is None or target is None:
        return None, None
    wanted = normalize_site_url(target.lstrip("/"))
    for written, location in page.link_origins.items():
        if normalize_site_url(site_target(page.path, written)) == wanted:
            return location, None
    return None, None
