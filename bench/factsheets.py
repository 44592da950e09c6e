"""Benchmark: all PDF factsheets (342 municipalities and 42 youth-care regions), cold and warm, the
cost of the factsheet pages in the site build, and how many pages each PDF has.

Runs on a temporary copy of the project with its own empty cache, so it never touches `.cache/`:
- `cold`: every factsheet rendered (empty cache), in parallel over all cores;
- `warm, nothing changed`: the same again; every PDF comes from the cache;
- `warm, one municipality changed`: a facts file (example data) added for one municipality;
  only that PDF is rendered again.
- `compose`: composing the factsheet pages (HTML, maps included) that go into the MkDocs build;
- pages: the page count of every PDF, the most of all, and that of the longest municipality name
  (gm0820, Nuenen, Gerwen en Nederwetten) and the largest region (jz39, Zuidoost-Brabant, 21 municipalities).
Wall time and CPU time (this process and its workers) are printed as a Markdown table for
BENCHMARKS.md. On a busy machine wall time grows; CPU time shows the work itself.

    .venv/bin/python bench/factsheets.py [--jobs 2] [--only-warm]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kennisbank.compose import ComposeContext  # noqa: E402
from kennisbank.site import read_inputs  # noqa: E402
from kennisbank.compose.citations import Citations  # noqa: E402
from kennisbank.factsheets.pdf import render_all  # noqa: E402
from kennisbank.validate import load_content  # noqa: E402

SITE_URL = "https://kennisbank.integralevroeghulp.nl/"
CHANGED = "gm0096"
FACTS = """\
soort: gemeentegegevens
id: benchmark-voorbeeld
titel: Benchmark-voorbeeld
samenvatting: Voorbeeldgegevens om de benchmark één factsheet te laten wijzigen; geen echte cijfers.
voorbeeld: true
gemeenten: [{code}]
inwoners:
  aantal: 1000
  peildatum: 2025-01-01
  bron:
    - url: https://example.org/benchmark
      titel: Benchmarkbron
      gecontroleerd: 2026-11-25
beoordeeld:
  datum: 2026-11-25
  door: benchmark
"""


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True)
    for name in ("mkdocs.yml", "templates", "docs", "content"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy(source, target / name)
    return target


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(label: str, root: Path, site: Path, cache: Path, jobs: int | None) -> tuple[str, float, float, str]:
    content, problems = load_content(root)
    assert not [p for p in problems if p.is_error], problems
    cpu, wall = cpu_seconds(), time.perf_counter()
    stats = render_all(root, content, site, SITE_URL, jobs=jobs, cache_dir=cache)
    return label, time.perf_counter() - wall, cpu_seconds() - cpu, f"{stats.rendered} gemaakt, {stats.from_cache} uit cache"


def compose_time(root: Path) -> tuple[str, float, float, str]:
    from kennisbank.factsheets import pages as factsheets

    content, _problems = load_content(root)
    context = ComposeContext(content, Citations(content), root, read_inputs(root))
    factsheets.compose(context)  # warm Jinja and Markdown
    cpu, wall = cpu_seconds(), time.perf_counter()
    pages = factsheets.compose(context)
    return "compose: factsheet pages for the site (warm)", time.perf_counter() - wall, cpu_seconds() - cpu, f"{len(pages)} pagina's"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="kb-bench-fs-") as tmp:
        tmp_path = Path(tmp)
        project = copy_project(tmp_path / "project")
        cache, site = tmp_path / "cache", tmp_path / "site"
        rows.append(measure("cold: all PDFs, empty cache", project, site, cache, args.jobs))
        rows.append(measure("warm: nothing changed", project, site, cache, args.jobs))
        facts = project / "content" / "municipalities" / "gegevens" / "benchmark.yaml"
        facts.parent.mkdir(parents=True, exist_ok=True)
        facts.write_text(FACTS.format(code=CHANGED), encoding="utf-8")
        rows.append(measure(f"warm: one municipality changed ({CHANGED})", project, site, cache, args.jobs))
        rows.append(compose_time(project))
        pdfs = sorted((site / "factsheets" / "pdf").glob("*.pdf"))
        sizes = [p.stat().st_size for p in pdfs]
        pages = page_counts(pdfs)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, load average at the end {load:.1f}; "
        f"{len(sizes)} PDFs, {sum(sizes) / len(sizes) / 1024:.0f} KiB on average, {sum(sizes) / 1024 / 1024:.1f} MiB in all.\n"
    )
    print("| run | wall (s) | CPU (s) | result |")
    print("|---|---:|---:|---|")
    for label, wall, cpu, note in rows:
        print(f"| {label} | {wall:.1f} | {cpu:.1f} | {note} |")
    counts = sorted(set(pages.values()))
    print(
        f"\nPages per PDF: {', '.join(f'{n}: {sum(1 for v in pages.values() if v == n)} PDFs' for n in counts)}; "
        f"gm0820 (longest name): {pages.get('gm0820')}, jz39 (largest region): {pages.get('jz39')}, jz02: {pages.get('jz02')}."
    )
    return 0


def page_counts(pdfs: list[Path]) -> dict[str, int]:
    from pypdf import PdfReader

    return {p.stem: len(PdfReader(str(p)).pages) for p in pdfs}


if __name__ == "__main__":
    sys.exit(main())
