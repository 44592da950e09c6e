"""The factsheet web pages in the built site: findable from the index, not in the menu, printable."""

from __future__ import annotations

import functools
import http.server
import json
import re
import threading

import pytest

SEARCH_LABEL = "Zoek uw gemeente op naam, CBS-code, provincie of regio"


def test_every_municipality_has_a_page_and_the_index_links_to_each(built_site, real_sheets):
    index = (built_site / "factsheets" / "index.html").read_text(encoding="utf-8")
    assert '<label for="kb-fs-zoekveld">' in index and 'id="kb-fs-zoekveld"' in index
    page_links = re.findall(r'href="(gm\d{4})/"', index)
    assert sorted(page_links) == sorted(s.id for s in real_sheets)
    for sheet in real_sheets:
        page = built_site / "factsheets" / sheet.id / "index.html"
        html = page.read_text(encoding="utf-8")
        assert f"Integrale Vroeghulp in {sheet.municipality.name}".replace("'", "&#x27;") in html or f"Integrale Vroeghulp in {sheet.municipality.name}" in html
        assert sheet.municipality.gm_code in html
        assert f'href="../pdf/{sheet.id}.pdf"' in html


def test_the_pdfs_are_in_the_site(built_site, real_sheets):
    """The build puts the PDFs next to the pages (the test site gets a sample: conftest.PDF_SAMPLE;
    that a full build makes all 384 is in test_pdf.py)."""
    from conftest import PDF_SAMPLE

    folder = built_site / "factsheets" / "pdf"
    regions = sorted({s.regions.youth_care.id for s in real_sheets})
    assert len(regions) == 42
    assert sorted(p.stem for p in folder.glob("*.pdf")) == sorted(set(PDF_SAMPLE))


def test_every_region_has_a_page_linked_from_the_index_and_from_its_municipalities(built_site, real_sheets):
    index = (built_site / "factsheets" / "index.html").read_text(encoding="utf-8")
    regions = sorted({s.regions.youth_care.id for s in real_sheets})
    assert sorted(re.findall(r'href="(jz\d{2})/"', index)) == regions
    for region in regions:
        html = (built_site / "factsheets" / region / "index.html").read_text(encoding="utf-8")
        assert "Integrale Vroeghulp in jeugdzorgregio" in html and f'href="../pdf/{region}.pdf"' in html
    amsterdam = (built_site / "factsheets" / "gm0363" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../factsheets/jz13/"' in amsterdam


def test_links_on_a_factsheet_page_resolve(built_site):
    page = built_site / "factsheets" / "gm0363" / "index.html"
    html = page.read_text(encoding="utf-8")
    article = html[html.index('<article class="kb-factsheet"') : html.index("</article>")]
    relative = [h for h in re.findall(r'href="([^"#]+)"', article) if not h.startswith(("http", "mailto:"))]
    assert relative
    for href in relative:
        target = (page.parent / href).resolve()
        if target.is_dir():
            target = target / "index.html"
        assert target.exists(), href
    assert (built_site / "assets" / "javascripts" / "factsheets.js").exists()
    assert (built_site / "assets" / "fonts" / "LiberationSans-Regular.woff2").exists()


def test_municipality_pages_stay_out_of_menu_and_site_search(built_site):
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert "factsheets/gm0363" not in home and "factsheets/" in home  # the index is in the menu, the 342 pages are not
    search = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in search["docs"]]
    assert any(loc.startswith("factsheets/") for loc in locations)
    # The pages' own text stays out of the search; each municipality has one small entry with its name
    # (issue 18: a search for "Deventer" finds its factsheet; kennisbank/site_search.py).
    sheets = [doc for doc in search["docs"] if re.match(r"factsheets/gm\d{4}/", doc["location"])]
    assert len(sheets) == len({doc["location"] for doc in sheets}) == 342
    deventer = next(doc for doc in sheets if doc["location"] == "factsheets/gm0150/")
    assert deventer["title"] == "Deventer" and deventer["text"] == "Factsheet · Overijssel"


@pytest.fixture(scope="module")
def served(built_site):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(built_site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def page(served, browser):
    tab = browser.new_page(viewport={"width": 1280, "height": 900})
    yield tab
    tab.close()


def test_search_finds_a_municipality_by_name_code_or_preferred_name(served, page):
    page.goto(served + "factsheets/")
    field = page.get_by_label(SEARCH_LABEL)
    field.fill("vlie")
    assert page.locator("#kb-fs-lijst li:visible").all_inner_texts()[0].startswith("Vlieland")
    assert page.locator("#kb-fs-lijst li:visible").count() == 1
    assert page.locator("#kb-fs-aantal").inner_text() == "1 gemeente gevonden"
    field.fill("sudwest fryslan")  # without accents
    assert page.locator("#kb-fs-lijst li:visible").all_inner_texts()[0].startswith("Súdwest-Fryslân")
    field.fill("den haag")  # the register's preferred name
    assert "'s-Gravenhage" in page.locator("#kb-fs-lijst li:visible").all_inner_texts()[0]
    assert page.locator("#kb-fs-lijst li:visible").count() == 1  # not Delft, whose region Haaglanden holds "den" and "haag"
    field.fill("venhage")  # no word starts so: then inside a word
    assert "'s-Gravenhage" in page.locator("#kb-fs-lijst li:visible").all_inner_texts()[0]
    field.fill("rijk van nijmegen")  # a region: the region itself and its seven municipalities
    assert page.locator("#kb-fs-regios li:visible").all_inner_texts()[0].startswith("Rijk van Nijmegen")
    assert page.locator("#kb-fs-lijst li:visible").count() == 7
    assert page.locator("#kb-fs-aantal").inner_text() == "7 gemeenten en 1 regio gevonden"
    field.fill("xyzzy")
    assert page.locator("#kb-fs-lijst li:visible").count() == 0
    assert page.locator("#kb-fs-geen").is_visible()
    field.fill("0363")
    with page.expect_navigation():
        field.press("Enter")
    assert page.url.endswith("/factsheets/gm0363/")


def test_printed_page_is_the_factsheet_alone_on_a4(served, page, tmp_path):
    from pypdf import PdfReader

    page.goto(served + "factsheets/gm0096/")
    assert page.get_by_role("button", name="Printen").is_visible()  # shown by the script
    assert page.get_by_role("link", name="Download PDF (A4)").get_attribute("href") == "../pdf/gm0096.pdf"
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".kb-fs-acties"):
        assert not page.locator(chrome).first.is_visible(), chrome
    out = tmp_path / "print.pdf"
    out.write_bytes(page.pdf(prefer_css_page_size=True, print_background=True))
    reader = PdfReader(str(out))
    assert 1 <= len(reader.pages) <= 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    text = " ".join("".join(p.extract_text() for p in reader.pages).split())
    assert "Integrale Vroeghulp in Vlieland" in text and "GM0096" in text
    assert "pagina 2 van 2" in text or len(reader.pages) == 1
    page.emulate_media(media="screen")


def test_other_pages_print_as_before(served, page, tmp_path):
    """The factsheet's print rules are scoped to its named page: another page gets no factsheet footer."""
    from pypdf import PdfReader

    page.goto(served + "bouwstenen/")
    page.emulate_media(media="print")
    out = tmp_path / "other.pdf"
    out.write_bytes(page.pdf(prefer_css_page_size=True))
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "De zeven bouwstenen" in text
    assert "pagina 1 van" not in text
    page.emulate_media(media="screen")
