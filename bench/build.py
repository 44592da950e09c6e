"""Benchmark: validation and full build, ours versus plain MkDocs on the same pages.

For today's content and for synthetic content scaled to about 500 and 2,000 pages (generated in a
temporary directory), it measures:
- `validate`: loading and validating every content file (in process, best of 3);
- `ours`: `kennisbank build` (validate, compose, MkDocs + Material + macros, atomic swap);
- `plain`: `mkdocs build` of the very same composed pages written as static Markdown, with the
  same theme, extensions and nav, but without our hook and macros.
Each build is a fresh process, best of `--repeat` runs. Prints a Markdown table for BENCHMARKS.md.

    .venv/bin/python bench/build.py [--sizes today,500,2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kennisbank.site import compose_site, read_inputs  # noqa: E402
from kennisbank.compose.glossary import abbreviation_definitions  # noqa: E402
from kennisbank.compose.navigation import build_nav  # noqa: E402
from kennisbank.mkdocs_hook import stylesheet_order  # noqa: E402
from kennisbank.validate import content_files, load_content  # noqa: E402

SYNTHETIC = """\
soort: pagina
id: synthetisch-{n:04d}
titel: Synthetische pagina {n}
sectie: over
volgorde: {n}
samenvatting: Een gegenereerde pagina om de bouwtijd bij veel inhoud te meten, nummer {n}.
delen:
  - kop: Eerste deel
    tekst:
      - tekst: >-
          Bij vroegsignalering gaat het om het vroeg herkennen van kinderen met een achterstand in hun
          ontwikkeling. Dit is alinea een van pagina {n}, met wat extra woorden om op een echte pagina te lijken.
        bron: "002:366-368"
      - tekst: >-
          Een professional die zich zorgen maakt, bespreekt dat met de ouders en verwijst naar IVH. De JGZ
          heeft daarin een belangrijke rol, net als de kinderopvang en het onderwijs.
        bron: ["002:398-401", "000:1009-1012"]
  - kop: Tweede deel
    tekst:
      - tekst: >-
          In het MDO kijken deskundigen samen met de ouders naar het kind en geven een advies. De
          trajectbegeleider helpt daarna om de juiste hulp te vinden.
        bron: "002:432-438"
beoordeeld:
  datum: 2026-11-25
  door: redactie kennisbank
"""


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True)
    for name in ("mkdocs.yml", "templates", "docs", "macros", "site_config", "overrides", "content"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        elif source.exists():
            shutil.copy(source, target / name)
    return target


def page_count(root: Path) -> int:
    content, _ = load_content(root)
    return len(compose_site(content, read_inputs(content.root)))


def add_synthetic(root: Path, total_pages: int) -> None:
    missing = total_pages - page_count(root)
    folder = root / "content" / "pages"
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, max(0, missing) + 1):
        (folder / f"synthetisch-{n:04d}.yaml").write_text(SYNTHETIC.format(n=n), encoding="utf-8")


def plain_project(root: Path, target: Path) -> Path:
    """The composed pages as static Markdown with the same theme, extensions and nav, no hook or macros."""
    content, _ = load_content(root)
    pages = compose_site(content, read_inputs(content.root))
    docs = target / "docs"
    shutil.copytree(root / "docs", docs)
    abbreviations = abbreviation_definitions(content)
    for page in pages:
        path = docs / page.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{page.markdown}\n\n{abbreviations}\n", encoding="utf-8")  # as the hook does
    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8").replace("!!python", "#"))
    config.pop("hooks", None)
    if config.get("theme", {}).get("custom_dir"):
        config["theme"]["custom_dir"] = str(root / config["theme"]["custom_dir"])
    config.pop("watch", None)
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "macros" in p)]
    config["nav"] = _plain(build_nav(pages))
    config["extra_css"] = stylesheet_order(config["extra_css"], docs / "assets" / "stylesheets")
    (target / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def timed(command: list[str], cwd: Path, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        # PDFs are benchmarked on their own (bench/factsheets.py); here both builds make the same HTML.
        result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=dict(os.environ, KENNISBANK_FACTSHEET_PDF="0"))
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{result.stderr[-3000:]}")
        best = min(best, elapsed)
    return best


def time_validate(root: Path, repeat: int) -> tuple[float, int]:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        load_content(root)
        best = min(best, time.perf_counter() - start)
    return best, len(content_files(root))


def measure(size: str, repeat: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_project(Path(tmp) / "ours")
        if size != "today":
            add_synthetic(root, int(size))
        pages = page_count(root)
        validate_s, files = time_validate(root, repeat)
        ours = timed([sys.executable, "-m", "kennisbank.cli", "--root", str(root), "build"], root, repeat)
        plain_root = plain_project(root, Path(tmp) / "plain")
        plain = timed([sys.executable, "-m", "mkdocs", "build", "-q"], plain_root, repeat)
    return {"size": size, "files": files, "pages": pages, "validate": validate_s, "ours": ours, "plain": plain}


def _plain(value):
    """The nav with its (escaped) titles as plain strings, for yaml.safe_dump: MkDocs sees the same text."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return str(value)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="today,500,2000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = [measure(size, args.repeat) for size in args.sizes.split(",")]
    today = next((r for r in rows if r["size"] == "today"), rows[0])
    per_page_today = today["ours"] / today["pages"]
    print("| content | files | pages | validate (s) | ours (s) | plain MkDocs (s) | ours / plain | ms per page (ours) | per page vs today |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        per_page = r["ours"] / r["pages"]
        print(
            f"| {r['size']} | {r['files']} | {r['pages']} | {r['validate']:.3f} | {r['ours']:.2f} | {r['plain']:.2f} | "
            f"{r['ours'] / r['plain']:.2f}× | {per_page * 1000:.1f} | {per_page / per_page_today:.2f}× |"
        )


if __name__ == "__main__":
    main()
