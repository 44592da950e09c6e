"""Factsheets as PDF: tagged (PDF/UA-1), language-marked, fonts embedded, cached, in parallel.

The PDF presents the same HTML document as the web page (html.py, one template): `print_tree` hands
that document to Typst as data, and `templates/factsheets/factsheet.typ` lays it out on two A4 pages.
Typst lays out a factsheet in tens of milliseconds, where a CSS renderer (WeasyPrint, used until
December 2026) took half a second; see BENCHMARKS.md.

Cache: each PDF is stored in `.cache/factsheets/<key>.pdf`, where the key is a hash of everything
that goes into it: the complete HTML (all content, facts, version and addresses are in it), the
Typst layout, the tree conversion, the font files, the Typst version and this renderer's version. An
unchanged factsheet is copied from the cache instead of being rendered again. New work is spread
over the machine's cores with a process pool.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from ..compose.render import escape_text
from ..qr import QR_CACHE
from . import glyphs, print_tree
from .data import Factsheet, RegionSheet, build_all, build_regions
from .html import PageOptions, SourceLine, attr, body_html, region_body_html

if TYPE_CHECKING:
    from ..validate import Content
    from .data import Regions

RENDERER_VERSION = "4"  # raise when this module changes how a PDF is made
PDF_STANDARD = "ua-1"
LAYOUT_PATH = Path("templates/factsheets/factsheet.typ")
FONTS_DIR = Path("docs/assets/fonts")
CACHE_DIR = Path(".cache/factsheets")
OUTPUT_DIR = Path("factsheets/pdf")
CACHE_MAX_AGE_DAYS = 30
DOCUMENTS_PER_WORKER = 16  # a worker process costs about as much to start as laying out this many factsheets


class FactsheetError(Exception):
    """A factsheet could not be laid out as PDF: a fault in the layout, not in content. Its message is
    Dutch, names the factsheet and says what to do."""


@dataclass
class RenderStats:
    total: int = 0
    rendered: int = 0
    from_cache: int = 0
    seconds: float = 0.0
    missing: list[str] = field(default_factory=list)
    unprintable: dict[str, list[str]] = field(default_factory=dict)  # character -> the factsheets that have it

    def summary(self) -> str:
        return f"{self.total} factsheets als PDF: {self.rendered} nieuw gemaakt, {self.from_cache} uit de cache ({self.seconds:.1f} s)."


def document_html(
    root: Path, content: Content, sheet: Factsheet | RegionSheet, site_url: str, sources: SourceLine | None = None, regions: Regions | None = None
) -> str:
    """A complete HTML document for one factsheet (a municipality's or a region's), for the PDF."""
    # In the PDF every link is absolute and there is no download link.
    options: PageOptions = {"base": site_url, "site_url": site_url, "pdf_href": None, "for_pdf": True, "sources": sources, "qr_cache": root / QR_CACHE}
    if isinstance(sheet, RegionSheet):
        body = region_body_html(root, content, sheet, regions, **options)
        name, code = sheet.name, sheet.region.code
        title = f"Factsheet Integrale Vroeghulp – jeugdzorgregio {name}"
        description = f"Integrale Vroeghulp in jeugdzorgregio {name} ({code}): gemeenten, schatting, kaart en bouwstenen."
    else:
        body = body_html(root, content, sheet, **options)
        name, code = sheet.municipality.name, sheet.municipality.gm_code
        title = f"Factsheet Integrale Vroeghulp – gemeente {name}"
        description = f"Integrale Vroeghulp in de gemeente {name} ({code}): schatting, regio, bouwstenen, financiering en contact."
    return (
        "<!DOCTYPE html>\n"
        '<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape_text(title)}</title>\n"
        '<meta name="author" content="IVH-kennisbank">\n'
        f'<meta name="description" content="{attr(description)}">\n'
        f'<meta name="keywords" content="{attr(f"Integrale Vroeghulp, IVH, {name}, {code}, factsheet")}">\n'
        '<meta name="generator" content="IVH-kennisbank">\n'
        f'<meta name="dcterms.created" content="{sheet.content_date.isoformat()}">\n'
        f'<meta name="dcterms.modified" content="{sheet.content_date.isoformat()}">\n'
        "</head>\n<body>\n"
        f"{body}\n"
        "</body>\n</html>\n"
    )


def _file_digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _font_files(root: Path) -> list[Path]:
    return sorted(p for p in (root / FONTS_DIR).glob("*.woff2"))


def static_inputs_digest(root: Path) -> str:
    """Hash of what every PDF shares: the Typst layout, the tree conversion, the fonts and the versions."""
    digest = hashlib.sha256()
    digest.update(f"{RENDERER_VERSION}|{metadata.version('typst')}|{PDF_STANDARD}".encode())
    digest.update(_file_digest([root / LAYOUT_PATH]).encode())
    digest.update(_file_digest([Path(print_tree.__file__)]).encode())
    digest.update(_file_digest(_font_files(root)).encode())
    return digest.hexdigest()


def print_fonts(root: Path, cache: Path) -> Path:
    """The site's web fonts (WOFF2) as TrueType files for Typst, which reads no WOFF2: converted once
    with fontTools into a folder of the cache named after their hash."""
    sources = _font_files(root)
    folder = cache / f"fonts-{_file_digest(sources)[:16]}"
    if not folder.is_dir():
        from fontTools.ttLib import TTFont

        temporary = cache / f"{folder.name}.{os.getpid()}.tmp"
        temporary.mkdir(parents=True, exist_ok=True)
        for source in sources:
            font = TTFont(str(source))
            font.flavor = None
            font.save(str(temporary / f"{source.stem}.ttf"))
        try:
            temporary.rename(folder)
        except OSError:  # another process made it first
            shutil.rmtree(temporary, ignore_errors=True)
    return folder


def cache_key(static_digest: str, html: str) -> str:
    return hashlib.sha256(static_digest.encode() + b"\0" + html.encode("utf-8")).hexdigest()


# --- rendering (runs in worker processes) ---------------------------------------------------------


_compiler: list[Any] = []  # this process's typst.Compiler (its fonts and layout are loaded once)


def _init_worker(layout: str, fonts: str) -> None:
    import typst

    _compiler[:] = [typst.Compiler(input=layout, root=str(Path(layout).parent), font_paths=[fonts], ignore_system_fonts=True)]


def render_pdf(html: str) -> bytes:
    """One factsheet document (`document_html`) as a PDF."""
    data = json.dumps(print_tree.document_tree(html).as_data(), ensure_ascii=False)
    pdf: bytes = _compiler[0].compile(format="pdf", sys_inputs={"data": data}, pdf_standards=PDF_STANDARD)
    return pdf


def _render_job(job: tuple[str, str, str]) -> str:
    """Render one PDF into the cache; returns its cache path. Written atomically (temp file + rename)."""
    html, cache_path, name = job
    try:
        data = render_pdf(html)
    except Exception as error:  # typst.TypstError, or UnknownElement from the tree: a fault in the layout, not in content
        raise FactsheetError(
            f"de PDF van factsheet {name} kon niet worden gemaakt: {error}. Dit is een fout in de opmaak van de PDF "
            "(templates/factsheets/factsheet.typ), niet in de inhoud: meld het aan het ontwikkelteam."
        ) from None
    temporary = f"{cache_path}.{os.getpid()}.tmp"
    with open(temporary, "wb") as handle:
        handle.write(data)
    os.replace(temporary, cache_path)
    return cache_path


# --- the whole set -------------------------------------------------------------------------------


def cache_dir_for(root: Path) -> Path:
    """`.cache/factsheets` of the project; a throwaway copy without its own code (a test project)
    shares the cache of the checkout whose code renders it. Safe, because keys are content hashes."""
    override = os.environ.get("KENNISBANK_FACTSHEET_CACHE")
    if override:
        return Path(override)
    checkout = Path(__file__).resolve().parents[2]
    if (root / "kennisbank").is_dir() or not (checkout / "pyproject.toml").exists():
        return root / CACHE_DIR
    return checkout / CACHE_DIR


def select_sheets(municipalities: Sequence[Factsheet], regions: Sequence[RegionSheet], only: set[str] | None = None) -> list[Factsheet | RegionSheet]:
    """Every municipality's and youth-care region's factsheet, or those named in `only` (ids or CBS codes)."""
    sheets: list[Factsheet | RegionSheet] = [*municipalities, *regions]
    if not only:
        return sheets
    wanted = {w.lower() for w in only}
    return [s for s in sheets if s.id in wanted or getattr(getattr(s, "municipality", None), "code", None) in wanted]


def render_all(
    root: Path,
    content: Content,
    site_dir: Path,
    site_url: str,
    *,
    only: set[str] | None = None,
    jobs: int | None = None,
    cache_dir: Path | None = None,
) -> RenderStats:
    """Write `site_dir/factsheets/pdf/<id>.pdf` for every municipality (gm0363) and youth-care region (jz13),
    or for those in `only` (ids or CBS codes)."""
    started = time.perf_counter()
    municipalities = build_all(content)
    regions = build_regions(content, municipalities)
    regions_of = {s.regions.youth_care.id: s.regions for s in municipalities if s.regions is not None}
    sheets = select_sheets(municipalities, regions, only)
    stats = RenderStats(total=len(sheets), missing=municipalities[0].missing if municipalities else [])
    cache = cache_dir or cache_dir_for(root)
    cache.mkdir(parents=True, exist_ok=True)
    out = site_dir / OUTPUT_DIR
    out.mkdir(parents=True, exist_ok=True)
    static = static_inputs_digest(root)
    characters = glyphs.printable(tuple(_font_files(root)))
    sources = SourceLine(content)

    planned: list[tuple[Factsheet | RegionSheet, Path]] = []
    todo: list[tuple[str, str, str]] = []
    for sheet in sheets:
        html = document_html(root, content, sheet, site_url, sources, regions_of.get(sheet.id))
        if missing := glyphs.unprintable(html, characters):
            html = glyphs.substitute(html, missing)
            for character in missing:
                stats.unprintable.setdefault(character, []).append(sheet.id)
        cached = cache / f"{cache_key(static, html)}.pdf"
        planned.append((sheet, cached))
        if cached.exists():
            stats.from_cache += 1
        else:
            todo.append((html, str(cached), sheet.id))

    if todo:
        _render_many(root, cache, todo, jobs)
        stats.rendered = len(todo)

    now = time.time()
    for sheet, cached in planned:
        shutil.copyfile(cached, out / f"{sheet.id}.pdf")
        os.utime(cached, (now, now))
    _prune(cache, now)
    stats.seconds = time.perf_counter() - started
    return stats


def _render_many(root: Path, cache: Path, todo: list[tuple[str, str, str]], jobs: int | None) -> None:
    layout = str((root / LAYOUT_PATH).resolve())
    fonts = str(print_fonts(root, cache).resolve())
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo) // DOCUMENTS_PER_WORKER or 1))
    if workers == 1:
        _init_worker(layout, fonts)
        for job in todo:
            _render_job(job)
        return
    import multiprocessing

    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    chunk = max(1, len(todo) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(layout, fonts)) as pool:
        for _ in pool.map(_render_job, todo, chunksize=chunk):
            pass


def _prune(cache: Path, now: float) -> None:
    """Drop cached PDFs nobody used for CACHE_MAX_AGE_DAYS, so the cache does not grow without end."""
    limit = now - CACHE_MAX_AGE_DAYS * 86400
    for path in cache.glob("*.pdf"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except FileNotFoundError:
            pass
