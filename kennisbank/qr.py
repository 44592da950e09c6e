"""QR codes as inline SVG, made at build time with segno, so nothing is fetched from elsewhere.

Used by the municipality factsheets and the handouts ('Maak een folder'); it sits below both.
"""

from __future__ import annotations

import hashlib
import html
import os
from functools import lru_cache
from pathlib import Path

import segno

QR_CACHE = Path(".cache") / "qr"  # a project's folder for made codes (site.read_inputs, factsheets.pdf)
QR_VERSION = 2  # raise when what `_make_qr_svg` writes changes (2: the name and class are added after the cache)
DEFAULT_LABEL = "QR-code met het webadres van deze factsheet"


@lru_cache(maxsize=1024)
def qr_svg(url: str, cache_dir: Path | None = None, *, label: str = DEFAULT_LABEL, css_class: str = "kb-fs-qr") -> str:
    """A QR code of `url` as inline SVG with `role="img"`, an accessible name and a class.

    Kept on disk per URL and segno version: making 342 codes costs more than a third of a second
    on every build, and the codes only change when an address does. Without `cache_dir` the code is
    made every time.
    """
    cached = None
    if cache_dir is not None:
        key = hashlib.sha256(f"{segno.__version__}|{QR_VERSION}|{url}".encode()).hexdigest()[:32]
        cached = cache_dir / f"{key}.svg"
        if cached.exists():
            return _named(cached.read_text(encoding="utf-8"), label, css_class)
    svg = _make_qr_svg(url)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(svg, encoding="utf-8")
        os.replace(temporary, cached)
    return _named(svg, label, css_class)


def _make_qr_svg(url: str) -> str:
    # A fixed mask pattern: every mask gives a valid code; choosing the "best" one costs 6 ms a sheet.
    code = segno.make(url, error="m", micro=False, mask=2)
    return code.svg_inline(scale=2, border=2, dark="#000", light="#fff", omitsize=False)


def _named(svg: str, label: str, css_class: str) -> str:
    """Keep it scalable in CSS and give it a name for screen readers and tagged PDF."""
    svg = svg.replace(' class="segno"', "", 1)  # one class attribute, ours
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{html.escape(label)}" class="{html.escape(css_class)}" ', 1)
    end = svg.index(">") + 1  # WeasyPrint takes the figure's /Alt in the tagged PDF from the SVG's <title>
    return svg[:end] + f"<title>{html.escape(label)}</title>" + svg[end:]
