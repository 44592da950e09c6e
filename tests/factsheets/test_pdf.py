"""The PDF factsheets: one per municipality, at most two A4 pages, tagged, Dutch, fonts embedded, right numbers."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from .conftest import SITE_URL

pytestmark = pytest.mark.full  # builds sites, renders PDFs or runs long: the full suite

A4 = (595.28, 841.89)


def text_of(path: Path) -> str:
    """The PDF's text in content order (poppler's pdftotext -raw), whitespace collapsed. (The reading-order mode
    guesses columns and may glue a word to a neighbour across the two columns of a page.)"""
    result = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(result.stdout.split())


def embedded_fonts_ok(reader: PdfReader) -> list[str]:
    """Names of fonts that are used but not embedded (should be none)."""
    missing = []
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            for target in targets:
                descriptor = target.get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor else {}
                if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.append(str(font.get("/BaseFont")))
    return missing


@pytest.fixture(scope="module")
def real_regions(real_content, real_sheets):
    from kennisbank.factsheets.data import build_regions

    return build_regions(real_content, real_sheets)


def test_one_pdf_per_municipality_and_per_region(all_pdfs, real_sheets, real_regions):
    from conftest import PDF_SAMPLE
    from kennisbank.factsheets.pdf import select_sheets

    assert len(real_regions) == 42
    every = select_sheets(real_sheets, real_regions)
    assert sorted(s.id for s in every) == sorted([s.id for s in real_sheets] + [r.id for r in real_regions])
    assert [s.id for s in select_sheets(real_sheets, real_regions, {"0096", "JZ13"})] == ["gm0096", "jz13"]
    # the test site was built with KENNISBANK_FACTSHEET_PDF=<the sample>: exactly those were made
    assert sorted(p.stem for p in all_pdfs.glob("*.pdf")) == sorted(set(PDF_SAMPLE))


def pdf_info(path: Path) -> dict[str, str]:
    """poppler's pdfinfo as a dict: Pages, Page size, Tagged, … (a tenth of pypdf's time for these)."""
    result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in result.stdout.splitlines())}


def test_every_pdf_is_two_a4_pages_at_most_tagged_and_names_its_place(all_pdfs, real_sheets, real_regions):
    folder = all_pdfs
    failures = []
    made = {p.stem for p in folder.glob("*.pdf")}
    for sheet in [s for s in [*real_sheets, *real_regions] if s.id in made]:
        path = folder / f"{sheet.id}.pdf"
        info = pdf_info(path)
        problems = []
        if not 1 <= int(info["Pages"]) <= 2:
            problems.append(f"{info['Pages']} pagina's")
        if not info["Page size"].endswith("(A4)"):
            problems.append(f"geen A4: {info['Page size']}")
        if info["Tagged"] != "yes":
            problems.append("niet getagd")
        text = text_of(path)
        needed_texts = (sheet.municipality.name, sheet.municipality.gm_code) if sheet.kind == "gemeente" else (sheet.name, sheet.region.code)
        for needed in needed_texts:
            if needed not in text:
                problems.append(f"'{needed}' ontbreekt")
        if problems:
            failures.append(f"{sheet.id}: {', '.join(problems)}")
    assert not failures, failures[:10]


def test_pdfs_are_dutch_with_a_structure_tree_and_embedded_fonts(all_pdfs, real_sheets, real_regions):
    """Properties of the renderer, the same for every factsheet."""
    sample = {p.stem for p in all_pdfs.glob("*.pdf")}
    failures = []
    for sheet_id in sorted(sample):
        reader = PdfReader(str(all_pdfs / f"{sheet_id}.pdf"))
        catalog = reader.trailer["/Root"]
        problems = []
        if catalog.get("/Lang") != "nl":
            problems.append(f"/Lang {catalog.get('/Lang')}")
        if not (catalog.get("/MarkInfo") or {}).get("/Marked") or "/StructTreeRoot" not in catalog:
            problems.append("niet getagd")
        if missing := embedded_fonts_ok(reader):
            problems.append(f"niet ingesloten: {missing}")
        if problems:
            failures.append(f"{sheet_id}: {', '.join(problems)}")
    assert len(sample) > 10 and not failures, failures[:10]


def test_pdf_title_and_metadata(all_pdfs):
    folder = all_pdfs
    reader = PdfReader(str(folder / "gm0363.pdf"))
    assert reader.metadata.title == "Factsheet Integrale Vroeghulp – gemeente Amsterdam"
    text = text_of(folder / "gm0363.pdf")
    assert "kennisbank.integralevroeghulp.nl/factsheets/gm0363" in text  # the short address under the QR code
    assert "Naar schatting 680 kinderen van 0 tot 7 jaar" in text and "934.526 inwoners" in text
    assert "Tweede schatting, uit de leeftijden: 640 kinderen" in text
    assert "Amsterdam-Amstelland" in text and "GGD Amsterdam" in text
    assert "Bronnen en peildata van de getallen" in text and "Kerncijfers wijken en buurten 2025" in text


def test_the_map_is_a_figure_with_its_text_alternative(all_pdfs):
    """Tagged PDF: the map is a Figure whose /Alt is the SVG's <title>; the QR code has one too."""
    folder = all_pdfs
    reader = PdfReader(str(folder / "gm0088.pdf"))
    alts = []
    stack = [reader.trailer["/Root"]["/StructTreeRoot"]]
    while stack:
        node = stack.pop()
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, dict):
            if node.get("/S") == "/Figure":
                alts.append(str(node.get("/Alt", "")))
            kids = node.get("/K")
            stack.extend(kids if isinstance(kids, list) else [kids] if kids is not None else [])
        elif isinstance(node, list):
            stack.extend(node)
    assert any(a.startswith("Kaart: Schiermonnikoog in jeugdzorgregio Friesland (Fryslân)") for a in alts), alts
    assert all(alts), alts


def test_longest_name_and_largest_region_fit_two_pages(all_pdfs):
    folder = all_pdfs
    for code, name in (("gm0820", "Nuenen, Gerwen en Nederwetten"), ("jz39", "Zuidoost-Brabant"), ("jz02", "Friesland (Fryslân)")):
        reader = PdfReader(str(folder / f"{code}.pdf"))
        assert len(reader.pages) == 2, code
        assert name in text_of(folder / f"{code}.pdf")


def words_per_page(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """(x0, y0, x1, y1, word) of every word poppler finds on each page."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
    return [[(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in word.findall(page)] for page in re.findall(r"<page .*?</page>", out, re.S)]


def drawn_over(path: Path, share: float = 0.25) -> list[tuple[int, str, str]]:
    """Pairs of words on one page whose boxes cover each other by more than `share` of the smaller box."""
    found = []
    for number, words in enumerate(words_per_page(path), 1):
        words.sort()
        for i, a in enumerate(words):
            for b in words[i + 1 :]:
                if b[0] >= a[2]:
                    break
                width, height = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
                smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
                if width > 0 and height > 0 and width * height > share * smaller:
                    found.append((number, a[4], b[4]))
    return found


def test_no_text_is_drawn_over_other_text(all_pdfs):
    """WeasyPrint once drew the next section over the facts and the map (a flow-root box that did not hold
    its floats), and the licence line over the notes: every word must stand on its own."""
    overlapping = {path.stem: found[:3] for path in sorted(all_pdfs.glob("*.pdf")) if (found := drawn_over(path))}
    assert not overlapping, overlapping


def test_notes_are_numbered_on_across_their_columns(all_pdfs):
    """The notes stand in three lists side by side; the second and third go on from the first (`<ol start>`)."""
    layout = subprocess.run(["pdftotext", "-layout", str(all_pdfs / "gm0820.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    notes = layout[layout.index("Bronnen en peildata van de getallen") :]
    assert re.search(r"\b3\. Aandeel jonge kinderen", notes) and re.search(r"\b6\. Businesscase", notes), notes[:600]


def test_region_pdf_lists_members_and_total(all_pdfs, real_regions):
    folder = all_pdfs
    sheet = next(r for r in real_regions if r.id == "jz13")
    text = text_of(folder / "jz13.pdf")
    for row in sheet.members:
        assert row.municipality.name in text
    assert "Regio Amsterdam-Amstelland 1.143.473" in text


def test_recorded_children_give_the_right_estimate(example_pdfs):
    text = text_of(example_pdfs / "gm0363.pdf")
    assert "Voorbeeldgegevens" in text
    assert "Naar schatting 54 kinderen" in text
    assert "5.432 kinderen van 0 tot 7 jaar in Amsterdam" in text
    assert "Testnetwerk Amstelland" in text and "Testorganisatie Coördinatie" in text


def test_recorded_inhabitants_give_the_rule_of_thumb_estimate(example_pdfs):
    text = text_of(example_pdfs / "gm0096.pdf")
    assert "Naar schatting 37 kinderen" in text
    assert "50.000 inwoners" in text


def test_without_recorded_figures_the_cbs_figures_are_used(example_pdfs):
    for municipality, inhabitants in (("gm0362", "95.822"), ("gm0088", "971")):
        text = text_of(example_pdfs / f"{municipality}.pdf")
        assert "Naar schatting" in text and f"{inhabitants} inwoners" in text
        assert "nog geen aantal kinderen vastgelegd" not in text
    assert "Voorbeeldgegevens" in text_of(example_pdfs / "gm0362.pdf")  # regional example data is marked too
    assert "Voorbeeldgegevens" not in text_of(example_pdfs / "gm0088.pdf")


def test_a_pdf_page_renders_to_an_image(example_pdfs, tmp_path):
    from PIL import Image

    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(example_pdfs / "gm0363.pdf"), str(tmp_path / "page")], check=True)
    (png,) = tmp_path.glob("page*.png")
    image = Image.open(png).convert("L")
    width, height = image.size
    assert abs(width / height - A4[0] / A4[1]) < 0.01
    dark = sum(image.histogram()[:128])
    assert dark > 0.02 * width * height  # text and the table, not an empty page


def test_unchanged_factsheets_come_from_the_cache(tmp_path, real_content, example_project, example_content):
    from conftest import ROOT
    from kennisbank.factsheets.pdf import render_all

    cache, site = tmp_path / "cache", tmp_path / "site"
    some = {"gm0014", "gm0363", "gm0096"}
    first = render_all(ROOT, real_content, site, SITE_URL, only=some, cache_dir=cache)
    assert (first.rendered, first.from_cache) == (3, 0)
    again = render_all(ROOT, real_content, site, SITE_URL, only=some, cache_dir=cache)
    assert (again.rendered, again.from_cache) == (0, 3)
    changed = render_all(example_project, example_content, site, SITE_URL, only=some, cache_dir=cache)
    assert (changed.rendered, changed.from_cache) == (2, 1)  # Amsterdam and Vlieland got facts; Groningen did not


def test_cli_renders_one_municipality(tmp_path):
    import os
    import sys

    from conftest import ROOT

    env = dict(os.environ, KENNISBANK_FACTSHEET_CACHE=str(tmp_path / "cache"))
    result = subprocess.run(
        [sys.executable, "-m", "kennisbank.cli", "--root", str(ROOT), "factsheets", "--site-dir", str(tmp_path / "site"), "--gemeente", "0096"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "1 factsheets als PDF" in result.stdout
    assert (tmp_path / "site" / "factsheets" / "pdf" / "gm0096.pdf").exists()
    wrong = subprocess.run(
        [sys.executable, "-m", "kennisbank.cli", "--root", str(ROOT), "factsheets", "--site-dir", str(tmp_path / "site"), "--gemeente", "9999"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert wrong.returncode == 1 and "geen gemeente of regio gevonden" in wrong.stderr
    region = subprocess.run(
        [sys.executable, "-m", "kennisbank.cli", "--root", str(ROOT), "factsheets", "--site-dir", str(tmp_path / "site"), "--regio", "JZ13"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert region.returncode == 0, region.stderr
    assert (tmp_path / "site" / "factsheets" / "pdf" / "jz13.pdf").exists()


def letters_and_digits(text: str) -> Counter[str]:
    """How often each letter and digit occurs, in any case: independent of line breaks, hyphens at the end
    of a line, columns, reading order and text set in capitals."""
    return Counter(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


def drawn_by_the_layout(nodes: list) -> str:
    """What the PDF may add to the page's text: page numbers, the numbers of numbered lists, and a table's
    header row repeated on the next page."""
    from kennisbank.factsheets.print_tree import plain_text

    added = ["pagina 1 van 2 pagina 2 van 2"]
    stack = list(nodes)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node["t"] == "ol":
                first = int(node.get("start", 1))
                added += [str(n) for n in range(first, first + len(node["k"]))]
            if node["t"] == "thead":
                added.append(plain_text([node]))
            stack.extend(node.get("k", []))
    return " ".join(added)


@pytest.mark.parametrize("sheet_id", ["gm0363", "gm0096", "gm0362", "gm0088"])
def test_the_pdf_says_what_the_web_page_says(example_project, example_content, example_pdfs, sheet_id):
    """The PDF is laid out (Typst) from the factsheet's HTML document, the one template of the web page:
    every letter and digit of that document is on paper, and nothing else but what the layout numbers."""
    from kennisbank.factsheets.data import build_all
    from kennisbank.factsheets.html import SourceLine
    from kennisbank.factsheets.pdf import document_html
    from kennisbank.factsheets.print_tree import document_tree, plain_text

    sheet = next(s for s in build_all(example_content) if s.id == sheet_id)
    html = document_html(example_project, example_content, sheet, SITE_URL, SourceLine(example_content))
    body = document_tree(html).body
    page_text = plain_text(body)
    assert sheet.municipality.name in page_text and "Bronnen en peildata van de getallen" in page_text
    on_paper = letters_and_digits(subprocess.run(["pdftotext", str(example_pdfs / f"{sheet_id}.pdf"), "-"], capture_output=True, text=True, check=True).stdout)
    expected = letters_and_digits(page_text)
    assert expected - on_paper == Counter(), "missing from the PDF"
    assert (on_paper - expected) - letters_and_digits(drawn_by_the_layout(body)) == Counter(), "only in the PDF"


def test_a_character_the_typeface_lacks_is_a_question_mark_and_a_warning_at_its_line(tmp_path):
    import os
    import sys

    from conftest import make_project

    from .conftest import EXAMPLE_REGION

    (tmp_path / "project").mkdir()
    project = make_project(
        tmp_path / "project", {"content/municipalities/gegevens/test-regio.yaml": EXAMPLE_REGION.replace("Testnetwerk Amstelland", "Testnetwerk 🙂 Amstelland")}
    )
    result = subprocess.run(
        [sys.executable, "-m", "kennisbank.cli", "--root", str(project), "factsheets", "--site-dir", str(tmp_path / "site"), "--gemeente", "gm0363"],
        capture_output=True,
        text=True,
        env=dict(os.environ, KENNISBANK_FACTSHEET_CACHE=str(tmp_path / "cache")),
    )
    assert result.returncode == 0, result.stderr
    line = next(n for n, text in enumerate(EXAMPLE_REGION.splitlines(), 1) if "Testnetwerk" in text)
    assert f"content/municipalities/gegevens/test-regio.yaml:{line}:" in result.stderr
    assert "waarschuwing: het teken '🙂' (U+1F642) staat niet in het lettertype van de PDF-factsheets (gm0363)" in result.stderr
    assert "Testnetwerk ? Amstelland" in text_of(tmp_path / "site" / "factsheets" / "pdf" / "gm0363.pdf")
