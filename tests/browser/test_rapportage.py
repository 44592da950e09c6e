"""Issue 17 end to end: the yearly-report page in the browser.

A coordinator downloads the template, fills in a (fictitious) year, opens it, sees every mistake with
row and column, gets the report with the six goals against their norms, prints it, exports the
yearly figures, and compares them with a second region's. Along the way: zero axe violations in
every state, light and dark; no horizontal scrolling at 320 px; the printed A4 report holds the report
and nothing else; the page works under the site's Content-Security-Policy.

Fixtures (tests/browser/fixtures/rapportage/): a year of invented trajectories of "Regio Noord" as
CSV with ten deliberate mistakes, and its professionals. The Excel round trip fills the template the
site offers with a second invented region ("Regio Zuid") and two mistakes of its own.

Screenshots and the rendered PDF pages are written to KENNISBANK_RAPPORTAGE_BEELDEN (a folder) when
that is set, else to a temporary folder; the path is printed.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from axe_playwright_python.base import AXE_SCRIPT

from .conftest import DESKTOP, open_page
from .test_accessibility import AXE_DONE, AXE_OPTIONS, START_AXE

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rapportage"
PAGE = "richtlijnen/kwaliteit/rapportage/"
GUIDELINE = "richtlijnen/kwaliteit/"
PEILDATUM = "2026-03-31"
NARROW = {"width": 320, "height": 700}
REPORT_READY = "#kb-rap-jaarverslag:not([hidden])"

spec = importlib.util.spec_from_file_location("rapportage_fixtures", FIXTURES / "make_fixtures.py")
fixtures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fixtures)

XLSX_ERRORS = [
    (3, "Datum adviesplan", "n.v.t.", "rij 5, kolom 'Datum adviesplan': 'n.v.t.' is geen datum"),
    (6, "Score betrokkenheid", 12, "rij 8, kolom 'Score betrokkenheid': 12 valt buiten de schaal van 1 tot en met 10."),
]


@pytest.fixture(scope="module")
def pictures(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("KENNISBANK_RAPPORTAGE_BEELDEN") or tmp_path_factory.mktemp("rapportage-beelden"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nschermafdrukken en pdf-pagina's: {folder}")
    return folder


def _watch(page) -> list[str]:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.on("console", lambda m: m.type == "error" and errors.append(f"console: {m.text}"))
    return errors


def _open(new_context, site, scheme="light", viewport=None):
    page = new_context(scheme, viewport or DESKTOP).new_page()
    errors = _watch(page)
    open_page(page, site.url(PAGE))
    page.wait_for_function("document.querySelector('#kb-rap-definities h3') !== null")
    return page, errors


def _load_csv(page, region="Regio Noord"):
    page.fill("#kb-rap-regio", region)
    page.fill("#kb-rap-peildatum", PEILDATUM)
    page.set_input_files("#kb-rap-bestand", [str(FIXTURES / "trajecten-2025.csv"), str(FIXTURES / "professionals-2025.csv")])
    page.wait_for_selector(REPORT_READY, timeout=15_000)


def _fill_template(template: Path, target: Path) -> None:
    """Fill the downloaded Excel template as a coordinator would: real date cells, numbers, text."""
    from openpyxl import load_workbook

    book = load_workbook(template)
    sheet = book["Trajecten"]
    headers = [c.value for c in sheet[1]]
    rows = fixtures.records(seed=2, count=60, prefix="Z25")
    for index, column, wrong, _ in XLSX_ERRORS:
        rows[index][column] = wrong
    for r, record in enumerate(rows, start=2):
        for c, header in enumerate(headers, start=1):
            value = record.get(header)
            if value is not None:
                sheet.cell(row=r, column=c, value=value)
    sheet = book["Professionals"]
    headers = [c.value for c in sheet[1]]
    for r, record in enumerate(fixtures.professionals(seed=2, count=12), start=2):
        for c, header in enumerate(headers, start=1):
            sheet.cell(row=r, column=c, value=record.get(header))
    book.save(target)


def _download(page, selector, folder: Path) -> Path:
    with page.expect_download() as info:
        page.click(selector)
    download = info.value
    path = folder / download.suggested_filename
    download.save_as(path)
    return path


def _axe(page) -> list[str]:
    page.evaluate(AXE_SCRIPT)
    page.evaluate(START_AXE, AXE_OPTIONS)
    page.wait_for_function(AXE_DONE, timeout=180_000, polling=100)
    return page.evaluate("window.__axeResult")


# --- downloads -----------------------------------------------------------------------------------


def test_templates_download_from_the_guideline_and_the_report_page(site, new_context, tmp_path):
    from openpyxl import load_workbook

    page = new_context("light", DESKTOP).new_page()
    open_page(page, site.url(GUIDELINE))
    xlsx = _download(page, "a[href$='ivh-monitoring.xlsx']", tmp_path)
    assert load_workbook(xlsx).sheetnames == ["Toelichting", "Trajecten", "Professionals", "Keuzelijsten"]
    trajects = _download(page, "a[href$='ivh-monitoring-trajecten.csv']", tmp_path)
    assert trajects.read_bytes().decode("utf-8-sig").startswith("Trajectnummer;Datum aanmelding;Woongemeente;")
    assert page.locator("a[href$='rapportage/']").count() >= 1, "the guideline page links the report page"
    open_page(page, site.url(PAGE))
    assert _download(page, "a[href$='ivh-monitoring.xlsx']", tmp_path).read_bytes() == xlsx.read_bytes()


# --- checks and report ------------------------------------------------------------------------------


def _expected_goal_1() -> tuple[int, int]:
    """Goal 1 counted here independently from the fixture file, with the rules on the page."""
    text = (FIXTURES / "trajecten-2025.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    bad = {(index, column) for index, column, _, _ in fixtures.ERRORS}
    seen, numerator, denominator = set(), 0, 0
    peil = date.fromisoformat(PEILDATUM)

    def day(i, column):
        value = rows[i][column]
        if (i, column) in bad or not value:
            return None
        d, m, y = map(int, value.split("-"))
        result = date(y, m, d)
        return result if result <= peil else None

    def plus_months(d, months):
        import calendar

        y, m = divmod(d.month - 1 + months, 12)
        y, m = d.year + y, m + 1
        return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

    for i, row in enumerate(rows):
        number = row["Trajectnummer"]
        if number and number in seen:
            continue  # the duplicate row does not count
        seen.add(number)
        start, advice, closed = day(i, "Datum start traject"), day(i, "Datum adviesplan"), day(i, "Datum afsluiting")
        if not start or (advice and advice < start):
            continue
        deadline = plus_months(start, 6)
        if advice:
            denominator += 1
            numerator += advice <= deadline
        elif deadline <= peil or closed:
            denominator += 1
    return numerator, denominator


def test_csv_every_mistake_with_row_and_column_and_the_report(site, new_context, pictures):
    page, errors = _open(new_context, site)
    page.screenshot(path=str(pictures / "1-leeg.png"))
    _load_csv(page)
    problems = page.inner_text("#kb-rap-problemen")
    for index, column, _wrong, message in fixtures.ERRORS:
        expected = f"rij {index + 2}, kolom '{column}': {message}"
        assert expected in problems, f"missing: {expected}\n---\n{problems}"
    assert page.locator("#kb-rap-problemen li.kb-rap-fout").count() == len(fixtures.ERRORS)
    assert "trajecten-2025.csv: 83 regels gelezen; professionals-2025.csv: 14 regels gelezen." in problems
    status = page.inner_text("#kb-rap-status")
    assert "10 fouten" in status

    report = page.locator("#kb-rap-verslag")
    assert page.inner_text("#jaarverslag") == "Jaarverslag IVH Regio Noord 2025"
    chapters = report.locator("section.kb-rap-hoofdstuk h3").all_inner_texts()
    assert chapters == [
        "1. Het jaar in het kort",
        "2. Het netwerk",
        "3. Bereik en verwijzing",
        "4. Het traject en het advies",
        "5. Ervaringen van ouders",
        "6. Na IVH",
        "7. Deskundigheid en samenwerking",
        "8. Knelpunten en plannen",
        "9. Over de cijfers",
    ]
    summary = report.locator("table.kb-rap-tabel--doelen tbody tr")
    assert summary.count() == 10, "one row per norm of the six goals"
    rows = summary.all_inner_texts()
    assert rows[0].startswith("1. Betere ontwikkelingskansen voor het kind")
    assert "minimaal 80%, binnen 6 maanden na de start" in rows[0]
    numerator, denominator = _expected_goal_1()
    percent = round(100 * numerator / denominator)
    card = report.locator(".kb-rap-doel", has_text="Doel 1: Betere ontwikkelingskansen voor het kind")
    assert f"Uitkomst: {percent}%: {numerator} van {denominator} trajecten." in card.inner_text()
    assert "Teller" in card.inner_text() and "Noemer" in card.inner_text() and "Telt niet mee" in card.inner_text()
    for number in range(1, 7):
        assert report.locator(".kb-rap-doel h4", has_text=f"Doel {number}:").count() >= 1, f"goal {number} has its card"
    assert "< 10" in report.inner_text(), "small counts are shown as '< 10'"
    assert report.locator("svg.kb-rap-grafiek[role=img] title").count() >= 8
    assert report.locator("svg.kb-rap-grafiek").count() <= report.locator("table.kb-rap-tabel").count(), "every chart has its table"
    page.screenshot(path=str(pictures / "2-fouten.png"))
    page.locator("#kb-rap-jaarverslag").screenshot(path=str(pictures / "3-verslag.png"))
    assert not errors, errors


def test_xlsx_round_trip_from_the_sites_own_template(site, new_context, tmp_path):
    page, errors = _open(new_context, site)
    template = _download(page, "a[href$='ivh-monitoring.xlsx']", tmp_path)
    filled = tmp_path / "ivh-monitoring-zuid.xlsx"
    _fill_template(template, filled)
    page.fill("#kb-rap-regio", "Regio Zuid")
    page.fill("#kb-rap-peildatum", PEILDATUM)
    page.set_input_files("#kb-rap-bestand", str(filled))
    page.wait_for_selector(REPORT_READY, timeout=15_000)
    problems = page.inner_text("#kb-rap-problemen")
    assert "ivh-monitoring-zuid.xlsx, blad 'Trajecten'" in problems
    for _index, _column, _wrong, message in XLSX_ERRORS:
        assert message in problems, f"missing: {message}\n---\n{problems}"
    assert page.locator("#kb-rap-problemen li.kb-rap-fout").count() == len(XLSX_ERRORS), problems
    assert "blad 'Trajecten': 60 regels gelezen" in problems and "blad 'Professionals': 12 regels gelezen" in problems
    assert page.inner_text("#jaarverslag") == "Jaarverslag IVH Regio Zuid 2025"
    assert not errors, errors


def test_unreadable_files_give_dutch_messages(site, new_context, tmp_path):
    page, errors = _open(new_context, site)
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 dit is geen werkmap")
    old = tmp_path / "oud.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 20)
    page.set_input_files("#kb-rap-bestand", [str(broken), str(old)])
    page.wait_for_selector("#kb-rap-controle:not([hidden])")
    text = page.inner_text("#kb-rap-problemen")
    assert "Dit Excel-bestand kon niet worden gelezen" in text
    assert "Dit is een oud Excel-bestand (.xls)" in text
    assert page.locator(REPORT_READY).count() == 0
    assert "Er is geen jaarverslag gemaakt" in page.inner_text("#kb-rap-status")
    page.set_input_files("#kb-rap-aggregaten", [str(broken)])
    page.wait_for_selector("#kb-rap-vergelijking li")
    assert "geen exportbestand met jaarcijfers" in page.inner_text("#kb-rap-vergelijking")
    assert not errors, errors


# --- export and comparison -----------------------------------------------------------------------------


def test_export_holds_no_personal_data_and_two_regions_compare(site, new_context, tmp_path, pictures):
    page, errors = _open(new_context, site)
    _load_csv(page, "Regio Noord")
    north = _download(page, "#kb-rap-export", tmp_path)
    assert north.name == "ivh-jaarcijfers-regio-noord-2025.json"
    data = json.loads(north.read_text(encoding="utf-8"))
    assert (data["soort"], data["regio"], data["jaar"], data["peildatum"]) == ("ivh-jaarcijfers", "Regio Noord", 2025, PEILDATUM)
    text = north.read_text(encoding="utf-8")
    assert "T25-" not in text, "no trajectory numbers"
    assert not re.search(r"\d{2}-\d{2}-\d{4}", text), "no dates of records"
    assert set(re.findall(r"\d{4}-\d{2}-\d{2}", text)) == {PEILDATUM}, "the only date is the reference date"
    for code in fixtures.MUNICIPALITIES:
        assert code not in text, "no municipality codes"
    for goal in data["doelen"]:
        for norm in goal["normen"]:
            for key in ("teller", "noemer", "aantal"):
                value = norm.get(key)
                assert value in (None, "< 10", "afgeschermd") or value == 0 or value >= 10, (goal["id"], key, value)

    # last year's figures next to this year's in chapter 1 (here: the same file, as a stand-in)
    page.set_input_files("#kb-rap-vorig", str(north))
    page.wait_for_function("document.querySelectorAll('#kb-rap-h1 ~ .kb-rap-blok table thead th').length >= 8")
    first_chapter = page.locator("section[aria-labelledby=kb-rap-h1]")
    assert first_chapter.locator("table").first.locator("thead th").all_inner_texts() == ["Kerncijfer", "2025", "2025 (Regio Noord)"]
    assert first_chapter.locator("table.kb-rap-tabel--doelen thead th").all_inner_texts()[-1] == "2025"

    template = _download(page, "a[href$='ivh-monitoring.xlsx']", tmp_path)
    filled = tmp_path / "zuid.xlsx"
    _fill_template(template, filled)
    page.fill("#kb-rap-regio", "Regio Zuid")
    page.set_input_files("#kb-rap-bestand", str(filled))
    page.wait_for_function("document.getElementById('jaarverslag').textContent.includes('Regio Zuid')")
    south = _download(page, "#kb-rap-export", tmp_path)

    page.set_input_files("#kb-rap-aggregaten", [str(north), str(south)])
    page.wait_for_selector("#kb-rap-vergelijking table")
    assert "2 regio's geopend." in page.inner_text("#kb-rap-vergelijk-status")
    head = page.locator("#kb-rap-vergelijking thead th").all_inner_texts()
    assert head == ["Doel en norm", "Norm", "Regio Noord 2025", "Regio Zuid 2025"]
    body = page.locator("#kb-rap-vergelijking tbody tr")
    assert body.count() == 10
    first = body.nth(0).locator("td").all_inner_texts()
    assert re.match(r"\d+% \((gehaald|niet gehaald)\)", first[1]) and re.match(r"\d+% \((gehaald|niet gehaald)\)", first[2]), first
    assert page.locator("#kb-rap-vergelijking svg.kb-rap-grafiek").count() == 10
    page.locator("#kb-rap-vergelijken").screenshot(path=str(pictures / "4-vergelijking.png"))
    # the same file again replaces, never duplicates
    page.set_input_files("#kb-rap-aggregaten", [str(north)])
    assert page.locator("#kb-rap-vergelijking thead th").count() == 4
    assert not errors, errors


# --- accessibility, layout, print -----------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_in_every_state(site, new_context, tmp_path, scheme):
    page, errors = _open(new_context, site, scheme)
    found = {"leeg": _axe(page)}
    _load_csv(page)
    page.fill("#kb-rap-tekst-8", "Eigen tekst van de coördinator.")
    found["fouten en verslag"] = _axe(page)
    north = _download(page, "#kb-rap-export", tmp_path)
    copy = tmp_path / "kopie.json"
    copy.write_text(north.read_text(encoding="utf-8").replace("Regio Noord", "Regio West"), encoding="utf-8")
    page.set_input_files("#kb-rap-aggregaten", [str(north), str(copy)])
    page.wait_for_selector("#kb-rap-vergelijking table")
    found["vergelijking"] = _axe(page)
    problems = {state: v for state, v in found.items() if v}
    assert not problems, f"axe ({scheme}): {json.dumps(problems, indent=1, ensure_ascii=False)}"
    assert not errors, errors


def test_320px_and_dark(site, new_context, pictures):
    page, errors = _open(new_context, site, "dark", NARROW)
    _load_csv(page)
    page.set_input_files("#kb-rap-aggregaten", [])
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{overflow} px horizontal scrolling at 320 px"
    page.screenshot(path=str(pictures / "5-donker-320px.png"), full_page=False)
    page.locator("#kb-rap-jaarverslag").screenshot(path=str(pictures / "6-verslag-donker-320px.png"))
    axe = _axe(page)
    assert not axe, "\n".join(axe)
    assert not errors, errors


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_printed_report_on_a4(site, new_context, pictures, scheme):
    from pypdf import PdfReader

    page, errors = _open(new_context, site, scheme)
    _load_csv(page)
    page.fill("#kb-rap-tekst-8", "Wachtlijsten bij de logopedie bleven het grootste knelpunt.")
    pdf = page.pdf(format="A4", print_background=False)
    path = pictures / f"verslag-{scheme}.pdf"
    path.write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    flat = " ".join(text.split())
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2, f"A4, not {box.width} x {box.height}"
    assert "Jaarverslag IVH Regio Noord 2025" in flat
    for title in ("1. Het jaar in het kort", "4. Het traject en het advies", "6. Na IVH", "9. Over de cijfers"):
        assert title in flat, title
    assert "Wachtlijsten bij de logopedie bleven het grootste knelpunt." in flat
    assert "< 10" in flat and "Kleine aantallen" in flat
    for not_printed in (
        "Zo werkt het",
        "Bestand openen",
        "Regio's vergelijken",
        "Wat in dit hoofdstuk hoort",
        "Toelichting bij hoofdstuk",
        "Jaarcijfers exporteren",
    ):
        assert not_printed not in flat, f"'{not_printed}' should not be printed"
    assert len(reader.pages) < 40
    if shutil.which("pdftoppm"):
        prefix = pictures / f"pdf-{scheme}"
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(prefix)], check=True)
        pngs = sorted(pictures.glob(f"pdf-{scheme}-*.png"))
        assert pngs
        from PIL import Image, ImageStat

        brightness = ImageStat.Stat(Image.open(pngs[0]).convert("L")).mean[0]
        assert brightness > 200, f"printed page 1 is dark ({brightness:.0f}): dark mode must print black on white"
    assert not errors, errors


# --- content security policy --------------------------------------------------------------------------

CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; worker-src 'self'; font-src 'self'"


def test_works_under_the_content_security_policy(site, new_context, tmp_path):
    """The report page's own code needs nothing the policy forbids: no inline code, no eval, no blob
    workers, no style attributes. (Material's own inline snippets are the site-wide policy's business.)"""
    context = new_context("light", DESKTOP)
    context.add_init_script(
        script="window.__csp = []; document.addEventListener('securitypolicyviolation', e => "
        "window.__csp.push({directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, sample: e.sample}));"
    )

    def with_policy(route):
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": CSP})

    context.route(re.compile(r".*/richtlijnen/kwaliteit/rapportage/(index\.html)?$"), with_policy)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(e.stack or str(e)))
    open_page(page, site.url(PAGE))
    page.wait_for_function("document.querySelector('#kb-rap-definities h3') !== null")
    template = _download(page, "a[href$='ivh-monitoring.xlsx']", tmp_path)
    filled = tmp_path / "zuid.xlsx"
    _fill_template(template, filled)
    page.fill("#kb-rap-peildatum", PEILDATUM)
    page.set_input_files("#kb-rap-bestand", str(filled))
    page.wait_for_selector(REPORT_READY, timeout=15_000)
    exported = _download(page, "#kb-rap-export", tmp_path)
    page.set_input_files("#kb-rap-aggregaten", [str(exported)])
    page.wait_for_selector("#kb-rap-vergelijking table")
    _download(page, "#kb-rap-html", tmp_path)
    violations = page.evaluate("window.__csp")
    ours = [
        v
        for v in violations
        if re.search(r"/javascripts/(rapportage|vendor)/", v["source"] or "") or v["blocked"] in ("eval", "blob") or v["directive"].startswith("worker-src")
    ]
    assert not ours, ours
    assert not [e for e in errors if re.search(r"/javascripts/(rapportage|vendor)/", e)], errors


def test_downloaded_report_is_a_standalone_file_without_records(site, new_context, tmp_path):
    page, errors = _open(new_context, site)
    _load_csv(page)
    page.fill("#kb-rap-tekst-1", "Een goed jaar <b>met</b> groei.")
    saved = _download(page, "#kb-rap-html", tmp_path)
    html = saved.read_text(encoding="utf-8")
    assert saved.name == "jaarverslag-ivh-regio-noord-2025.html"
    assert html.startswith("<!doctype html>") and "<style>" in html and "<script" not in html
    assert "Een goed jaar &lt;b&gt;met&lt;/b&gt; groei." in html, "typed text stays text"
    assert "T25-" not in html and "textarea" not in html
    assert "9. Over de cijfers" in html
    assert not errors, errors


def test_every_focus_stop_on_the_page_is_visible(site, new_context):
    """With the report open, Tab through the whole content: every stop shows a focus ring of at least 2 px."""
    from .test_keyboard import focus_ok, tab

    page, errors = _open(new_context, site)
    _load_csv(page)
    page.focus("#kb-rap-bestand")
    seen, bad = 0, []
    for _ in range(400):
        info = tab(page)
        if info is None or not info["inContent"]:
            break
        seen += 1
        if not focus_ok(info):
            bad.append(info)
    assert seen > 40, f"only {seen} focus stops in the content"
    assert not bad, "focus not visible:\n" + "\n".join(json.dumps(b, ensure_ascii=False) for b in bad[:10])
    assert not errors, errors
