"""The site's fonts are cut down to the characters its pages and scripts use (kennisbank/webfonts.py)."""

from __future__ import annotations

import shutil

from fontTools.ttLib import TTFont

from kennisbank import webfonts

from conftest import ROOT

FONTS = ROOT / "docs" / "assets" / "fonts"


def _site(tmp_path, text: str):
    site = tmp_path / "site"
    (site / "assets" / "fonts").mkdir(parents=True)
    (site / "assets" / "javascripts").mkdir(parents=True)
    shutil.copy(FONTS / "LiberationSans-Regular.woff2", site / "assets" / "fonts")
    (site / "index.html").write_text(f"<p>{text}</p>", encoding="utf-8")
    (site / "assets" / "javascripts" / "x.js").write_text('var t = "Geen gemeente gevonden – ‘probeer’";', encoding="utf-8")
    return site


def test_the_subset_has_every_used_character_and_little_else(tmp_path):
    site = _site(tmp_path, "Coördinatie &amp; financiën: € 2,07 – &#8220;één&#8221;")
    (done,) = webfonts.subset_fonts(site, tmp_path)
    assert done.after < done.before / 5
    cmap = TTFont(site / "assets" / "fonts" / "LiberationSans-Regular.woff2").getBestCmap()
    for char in "Coördinatie & financiën: € 2,07 – “één” ‘probeer’ {}[]~":
        assert ord(char) in cmap, char
    for char in "ЖΩß":  # Cyrillic, Greek, and a Latin letter no page uses
        assert ord(char) not in cmap, char


def test_an_unchanged_site_comes_from_the_cache(tmp_path):
    site = _site(tmp_path, "tekst")
    (first,) = webfonts.subset_fonts(site, tmp_path)
    shutil.copy(FONTS / "LiberationSans-Regular.woff2", site / "assets" / "fonts")  # a new build copies the full font
    (second,) = webfonts.subset_fonts(site, tmp_path)
    assert not first.cached and second.cached and first.after == second.after


def test_the_pdf_fonts_stay_complete():
    """The PDF factsheets are made from docs/assets/fonts: those files are never subset."""
    cmap = TTFont(FONTS / "LiberationSans-Regular.woff2").getBestCmap()
    assert ord("Ж") in cmap and len(cmap) > 2000
