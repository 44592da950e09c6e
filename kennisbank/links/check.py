"""One run of the link checker: external URLs from the YAML (and the built site), internal links of
the built site offline, each occurrence classified and placed at its YAML line."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence
from urllib.parse import unquote, urlparse

from ..errors import Location, relative_path
from . import lychee
from .cache import ResultCache
from .classify import KAPOT, ONZEKER, OVERGESLAGEN, TOEGESTAAN, Verdict, classify
from .config import LinkConfig
from .origins import Scalar, YamlText, field_name, html_url, site_target

if TYPE_CHECKING:
    # compose is only imported when a broken link needs its YAML origin; see _LazyPages
    from ..compose.page import Page

    # the composed pages, or a function that composes them on first use
    PageSource = Sequence[Page] | Callable[[], Sequence[Page]]

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


def check_external(
    root: Path,
    config: LinkConfig,
    cache: ResultCache,
    outcome: Outcome,
    *,
    files: list[Path] | None = None,
    site_dir: Path | None = None,
    skip_prefixes: tuple[str, ...] = (),
) -> None:
    """Every http(s) URL in the YAML files (and, with `site_dir`, external links of the built site
    that do not come from YAML), checked online.

    Two lychee runs: the first, offline, only finds every URL with its file, line and column; the
    second requests each distinct URL that is neither allow-listed nor fresh in our cache, once.
    """
    settings = config.settings
    files = files if files is not None else content_files(root)
    texts = {str(p.resolve()): YamlText.read(p, relative_path(p, root)) for p in files}
    html = sorted(site_dir.rglob("*.html")) if site_dir else []
    started = time.monotonic()
    located = lychee.run([*files, *html], settings, offline=True, schemes=("http", "https"), time_limit=settings.total_seconds)
    occurrences = [r for r in located.results if r.url.startswith(("http://", "https://"))]
    occurrences = [r for r in occurrences if not any(r.url.startswith(p) for p in skip_prefixes)]
    # (result, YamlText or None, scalar or None); URLs in YAML comments are dropped here
    placed: list[tuple[lychee.Result, YamlText | None, Scalar | None]] = []
    for result in sorted(occurrences, key=lambda r: (r.source not in texts, r.source, r.line, r.column)):
        text = texts.get(result.source)
        if text is None:
            placed.append((result, None, None))
            continue
        scalar = text.value_at(result.line, result.column)
        if scalar is None or text.in_code(scalar, result.line, result.column) or config.is_identifier(scalar.path):
            continue  # in a YAML comment, in Markdown code, or an identifier: not a link on the site
        placed.append((result, text, scalar))

    fresh = cache.fresh()
    verdicts: dict[str, Verdict] = {}
    cached_urls: set[str] = set()
    to_check: list[str] = []
    for url in dict.fromkeys(r.url for r, _t, _s in placed):
        allowed = config.allowed_for(url)
        if allowed is not None:
            verdicts[url] = Verdict(TOEGESTAAN, f"op de uitzonderingslijst: {allowed.reason}")
        elif url in fresh:
            verdicts[url] = fresh.verdict(url)
            cached_urls.add(url)
        else:
            to_check.append(url)
    if to_check:
        remaining = max(settings.total_seconds - (time.monotonic() - started), 1)
        run = lychee.run_urls(to_check, settings, time_limit=remaining)
        outcome.requested += len({r.url for r in run.results if r.state != "excluded"})
        again: list[str] = []
        for result in run.results:
            if result.url not in verdicts:
                verdicts[result.url] = verdict = classify(result, timeout=settings.timeout, retries=settings.retries)
                cache.store(result.url, verdict)
                if _worth_another_round(result, verdict):
                    again.append(result.url)
        remaining = settings.total_seconds - (time.monotonic() - started)
        if again and not run.timed_out and remaining > settings.retry_wait + settings.timeout:
            # lychee retries 429s (honouring Retry-After) and time-outs itself; 403, 999, 5xx and TLS
            # failures get one more round here, after a pause, before they are called onzeker
            time.sleep(settings.retry_wait)
            second = lychee.run_urls(again, settings, time_limit=remaining - settings.retry_wait)
            for result in second.results:
                verdict = classify(result, timeout=settings.timeout, retries=settings.retries)
                if verdict.category != ONZEKER:
                    verdicts[result.url] = verdict
                    cache.store(result.url, verdict)
        if run.timed_out:
            outcome.timed_out = True
            outcome.notes.append(
                f"De controle van externe links duurde langer dan {settings.total_seconds} seconden en is gestopt; "
                "wat niet af was, staat hieronder als onzeker."
            )
        for url in to_check:
            verdicts.setdefault(
                url, Verdict(ONZEKER, "niet gecontroleerd: de tijd voor de controle was op" if run.timed_out else "lychee gaf voor dit adres geen uitslag")
            )
    outcome.seconds += time.monotonic() - started

    yaml_urls: set[str] = set()
    for result, text, scalar in placed:
        verdict, cached = verdicts[result.url], result.url in cached_urls
        if text is not None and scalar is not None:  # both or neither, see `placed`
            yaml_urls.add(result.url)
            finding = Finding(EXTERN, result.url, verdict, Location(text.display, result.line, result.column), field_name(scalar.path), cached=cached)
        else:
            if result.url in yaml_urls:
                continue  # already reported at its YAML line
            # not in any YAML value, so not from content: a template or hand-written page
            page_url = html_url(relative_path(Path(result.source), site_dir)) if site_dir else None
            finding = Finding(EXTERN, result.url, verdict, page=page_url, cached=cached)
        outcome.findings.append(finding)
        outcome.from_cache += cached
        outcome.checked[EXTERN] = outcome.checked.get(EXTERN, 0) + 1


def _worth_another_round(result: lychee.Result, verdict: Verdict) -> bool:
    return verdict.category == ONZEKER and result.state == "error" and result.code != 429


def content_files(root: Path) -> list[Path]:
    """The YAML files under content/, by the same rule as `validate.content_files` (which we do not
    import here: it pulls in every pydantic model, and a cached run should stay fast)."""
    base = root / "content"
    return sorted(p for p in base.rglob("*") if p.suffix in {".yaml", ".yml"} and p.is_file())


class _LazyPages:
    """Composed pages by URL, composed only when a link needs its YAML origin (composing the whole
    site takes seconds; a clean run never needs it). `pages` is a list or a function returning one."""

    def __init__(self, pages: PageSource) -> None:
        self._source = pages
        self._by_url: dict[str, Page] | None = None

    def get(self, url: str) -> Page | None:
        if self._by_url is None:
            pages = self._source() if callable(self._source) else self._source
            self._by_url = {page.url: page for page in pages}
        return self._by_url.get(url)


def normalize_site_url(url: str) -> str:
    """'over/bronnen/index.html#x', 'over/bronnen/#x', 'over/bronnen#x' -> 'over/bronnen#x'."""
    path, hash_, anchor = url.partition("#")
    path = path.removesuffix("index.html").rstrip("/")
    return path + (f"#{anchor}" if hash_ else "")


def check_internal(site_dir: Path, config: LinkConfig, outcome: Outcome, *, pages: PageSource = ()) -> None:
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
    by_url = _LazyPages(pages)
    for result in run.results:
        if not result.url.startswith("file:"):
            continue
        outcome.checked[INTERN] = outcome.checked.get(INTERN, 0) + 1
        if result.state == "ok":
            continue
        page_url = html_url(Path(result.source).resolve().relative_to(site_dir).as_posix())
        target = _site_relative(result.url, site_dir)
        verdict = classify(result)
        later = config.made_later_for(target) if target else None
        if later is not None and verdict.category == KAPOT and not (site_dir / later.path.strip("/")).exists():
            verdict = Verdict(OVERGESLAGEN, f"nog niet gemaakt: {later.reason}")
        if verdict.category == ONZEKER:  # offline, nothing is uncertain: a local file exists or not
            verdict = Verdict(KAPOT, f"de link werkt niet in de gebouwde site ({result.details or result.text})", "Verwijs naar een pagina die bestaat.")
        origin, field_path = _origin(by_url.get(page_url), target) if verdict.category == KAPOT else (None, None)
        shown = target if target is not None else result.url
        outcome.findings.append(Finding(INTERN, shown, verdict, origin, field_path, page=page_url))


def _site_relative(url: str, site_dir: Path) -> str | None:
    parsed = urlparse(url)
    path = Path(unquote(parsed.path))
    try:
        relative = path.relative_to(site_dir).as_posix()
    except ValueError:
        return None
    relative = "" if relative == "." else relative.removesuffix("index.html")
    return "/" + relative + (f"#{parsed.fragment}" if parsed.fragment else "")


def _origin(page: Page | None, target: str | None) -> tuple[Location | None, str | None]:
    if page is None or target is None:
        return None, None
    wanted = normalize_site_url(target.lstrip("/"))
    for written, location in page.link_origins.items():
        if normalize_site_url(site_target(page.path, written)) == wanted:
            return location, None
    return None, None
