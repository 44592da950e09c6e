"""The self-hosted fonts of the built site, cut down to the characters the site uses.

`docs/assets/fonts/` holds Liberation Sans in full (about 145 KB per style, with Greek, Cyrillic and
more): the PDF factsheets are made from those files. The website only needs the characters that appear
on its pages, in its scripts, and printable ASCII for anything a reader types. After a build, each WOFF2
in the site's `assets/fonts/` is replaced by such a subset (fontTools), keeping hinting, kerning and
ligatures: about 15 KB instead of 145 KB. A subset is kept in `.cache/fonts/` by the font and the set of
characters, so an unchanged site costs no subsetting.
"""

from __future__ import annotations

import hashlib
import html
import os
from dataclasses import dataclass
from pathlib import Path

OPTIONS_VERSION = 1  # raise when the subsetting options change
ASCII = {chr(code) for code in range(0x20, 0x7F)}


@dataclass(frozen=True)
class Subset:
    name: str
    before: int
    after: int
    cached: bool


def used_characters(site_dir: Path) -> set[str]:
    """Every character of the site's HTML pages (entities decoded) and of its scripts, plus printable ASCII."""
    found = set(ASCII)
    for path in site_dir.rglob("*.html"):
        found |= set(html.unescape(path.read_text(encoding="utf-8", errors="replace")))
    for path in (site_dir / "assets" / "javascripts").rglob("*.js"):
        if "lunr" not in path.parts and "workers" not in path.parts:
            found |= set(path.read_text(encoding="utf-8", errors="replace"))
    return {c for c in found if c.isprintable() or c == "\u00a0"}


def subset_fonts(site_dir: Path, cache_root: Path) -> list[Subset]:
    fonts = sorted((site_dir / "assets" / "fonts").glob("*.woff2"))
    if not fonts:
        return []
    characters = "".join(sorted(used_characters(site_dir)))
    done = []
    for font in fonts:
        data = font.read_bytes()
        key = hashlib.sha256(b"|".join([data, characters.encode("utf-8"), _fonttools_version().encode(), str(OPTIONS_VERSION).encode()])).hexdigest()[:32]
        cached = cache_root / ".cache" / "fonts" / f"{font.stem}-{key}.woff2"
        hit = cached.exists()
        if not hit:
            cached.parent.mkdir(parents=True, exist_ok=True)
            temporary = cached.with_suffix(f".{os.getpid()}.tmp")
            _subset(font, temporary, characters)
            os.replace(temporary, cached)
        subset = cached.read_bytes()
        font.write_bytes(subset)
        done.append(Subset(font.name, len(data), len(subset), hit))
    return done


def _fonttools_version() -> str:
    import fontTools

    version: str = fontTools.version  # fontTools has no type information
    return version


def _subset(source: Path, target: Path, characters: str) -> None:
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["kern", "liga", "clig", "calt"]
    options.name_IDs = ["*"]  # keep the names (and licence fields) as they are
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]  # a timestamp of the font editor; nothing reads it
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in characters])
    subsetter.subset(font)
    subset.save_font(font, str(target), options)
