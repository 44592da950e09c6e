"""The zelfscan end to end, in Debian's Chromium: fill in a scan, reload and find it kept, export and
import it back identical, export CSV, print the report, clear all; three partners' files side by
side; a snapshot compared with now; a framework change; one criterion by keyboard only; axe in
light and dark at desktop width and at 320 px; no console errors and nothing inline.

One browser context (light, desktop) for the whole module; dark mode and 320 px are switched on the
same page (`emulate_media`, `set_viewport_size`). Screenshots, the printed PDF and its pages as PNG
go to $KENNISBANK_ZELFSCAN_SHOTS when set (to look at them), else to a temporary folder.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path

import pytest

from .conftest import DESKTOP, ToolPage, open_page, screenshot_folder, settle
from .test_accessibility import AXE_DONE, AXE_OPTIONS, START_AXE
from .test_keyboard import FOCUS_INFO, focus_ok

URL = "kwaliteitskader/zelfscan/"
NARROW = {"width": 320, "height": 700}
XSS = "<img src=x onerror=window.__xss=1>"

# criterion id -> (level, evidence, priority, actions)
ANSWERS = {
    "toegang-een-loket": (
        "deels",
        f"Het loket staat op de website, maar verwijzers kennen het niet. {XSS}",
        True,
        [("Folder voor verwijzers", "coördinator", "juni 2026"), ("Loket op de website van de JGZ", "JGZ", "")],
    ),
    "toegang-verwijzers-kennen-route": ("volledig", "Met alle groepen is een route afgesproken.", False, []),
    "advies-ouders-aan-tafel": ("niet", "", True, [("Ouders uitnodigen bij elk overleg", "JGZ", "direct")]),
    "leren-uitwisseling": ("weet-niet", "", False, []),
}


class Scan(ToolPage):
    url = URL
    ready = "#kb-zs-bediening:not([hidden])"
    storage_prefix = "kb-zelfscan:"

    def framework(self) -> dict:
        return self.page.evaluate("JSON.parse(document.getElementById('kb-zelfscan-data').textContent)")

    def shot(self, name: str, selector: str | None = None) -> None:
        settle(self.page)
        target = self.page.locator(selector) if selector else self.page
        target.screenshot(path=str(self.shots / name), animations="disabled")


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return screenshot_folder(tmp_path_factory, "KENNISBANK_ZELFSCAN_SHOTS", "zelfscan")


@pytest.fixture(scope="module")
def scan(site, new_context, shots) -> Scan:
    return Scan.start(site, new_context, shots)


def fill(page) -> None:
    page.fill("#kb-zs-gemeente", "Utrecht")
    page.fill("#kb-zs-datum", "2026-03-12")
    page.fill("#kb-zs-namens", "Gemeente")
    page.fill("#kb-zs-deelnemers", "An (beleid)\nBo (JGZ)\nCor (coördinator)")
    for cid, (level, evidence, priority, actions) in ANSWERS.items():
        page.check(f"#zs-{cid}-{level}")
        if evidence:
            page.fill(f"#zs-{cid}-bewijs", evidence)
        if priority:
            page.check(f"#zs-{cid}-prioriteit")
        for n, (what, who, when) in enumerate(actions, 1):
            if n > 1:
                page.locator(f"#{cid} [data-action='add-action']").click()
            page.fill(f"#zs-{cid}-actie-{n}-wat", what)
            page.fill(f"#zs-{cid}-actie-{n}-wie", who)
            page.fill(f"#zs-{cid}-actie-{n}-wanneer", when)


def scan_file(framework: dict, respondent: str, answers: dict, date: str = "2026-03-12", snapshots: list | None = None) -> dict:
    """A zelfscan JSON file as a partner's browser would write it."""
    return {
        "kind": "kb-zelfscan",
        "format": 1,
        "framework": {"version": framework["version"], "criteria": {c["id"]: c["title"] for t in framework["themes"] for c in t["criteria"]}},
        "meta": {"municipality": "Utrecht", "date": date, "respondent": respondent, "participants": []},
        "answers": {cid: {"level": level, "evidence": evidence, "priority": False, "actions": []} for cid, (level, evidence) in answers.items()},
        "snapshots": snapshots or [],
    }


def as_upload(name: str, data) -> dict:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return {"name": name, "mimeType": "application/json" if name.endswith(".json") else "text/csv", "buffer": text.encode("utf-8")}


def test_fill_in_keep_export_import_print_and_clear(scan):
    page = scan.page
    scan.open()
    version = scan.framework()["version"]
    assert page.locator("#kb-zs-zonder-script").is_hidden()
    assert "er gaat niets naar een server" in page.locator(".kb-zs-privacy").inner_text()
    assert scan.keys() == [], "nothing may be stored before the user starts"
    assert page.evaluate("document.cookie") == ""
    scan.shot("1-leeg.png")

    fill(page)
    assert scan.keys() == [f"kb-zelfscan:{version}"]
    assert page.locator("#kb-zs-begin").is_hidden()

    # close and come back: everything is still there
    open_page(page, scan.site.url(URL))
    assert page.input_value("#kb-zs-gemeente") == "Utrecht"
    assert page.input_value("#kb-zs-deelnemers") == "An (beleid)\nBo (JGZ)\nCor (coördinator)"
    for cid, (level, evidence, priority, actions) in ANSWERS.items():
        assert page.is_checked(f"#zs-{cid}-{level}"), cid
        assert page.input_value(f"#zs-{cid}-bewijs") == evidence
        assert page.is_checked(f"#zs-{cid}-prioriteit") == priority
        for n, (what, _, _) in enumerate(actions, 1):
            assert page.input_value(f"#zs-{cid}-actie-{n}-wat") == what
    assert "Uw scan is teruggezet" in page.inner_text("#kb-zs-bewaard")

    # the result: chart with a text alternative per theme, the same numbers in the table
    result = page.locator("#kb-zs-overzicht")
    assert result.locator("svg.kb-zs-balk[role=img]").count() == 6
    assert (
        result.locator("svg.kb-zs-balk").first.get_attribute("aria-label") == "Toegang en vroegsignalering: 1 volledig, 1 deels, 2 nog open (van 4 criteria)."
    )
    first_row = [c.strip() for c in result.locator("table.kb-zs-tabel tbody tr").first.locator("th, td").all_inner_texts()]
    assert first_row == ["Toegang en vroegsignalering", "1", "1", "0", "0", "2", "75 van 100"]
    assert result.locator("ol.kb-zs-prioriteiten li").count() == 2
    assert result.locator("table.kb-zs-actieplan tbody tr").count() == 3
    scan.shot("2-ingevuld-criterium.png", "#toegang-een-loket")
    scan.shot("2-ingevuld-resultaat.png", "#kb-zs-resultaat")

    # export JSON and CSV
    name, exported = scan.download("Opslaan als bestand (JSON)")
    assert name == "zelfscan-utrecht-2026-03-12.json"
    data = json.loads(exported)
    assert data["framework"]["version"] == version and data["meta"]["respondent"] == "Gemeente"
    assert data["answers"]["toegang-een-loket"]["actions"][1] == {"what": "Loket op de website van de JGZ", "who": "JGZ", "when": ""}
    name, csv_bytes = scan.download("Opslaan voor een rekenblad (CSV)")
    assert name.endswith(".csv") and csv_bytes.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(csv_bytes.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 23 + 1  # one extra row for the second action
    loket = [r for r in rows if r["criterium_id"] == "toegang-een-loket"]
    assert loket[0]["niveau"] == "Deels" and loket[0]["prioriteit"] == "ja" and loket[0]["gemeente"] == "Utrecht"
    assert loket[0]["hoe_weten_we_dat"] == ANSWERS["toegang-een-loket"][1]
    assert [r["actie_wat"] for r in loket] == ["Folder voor verwijzers", "Loket op de website van de JGZ"]

    # the printed report (A4, backgrounds off as in the browser's default print dialog)
    pdf = scan.shots / "verslag.pdf"
    page.pdf(path=str(pdf), format="A4")
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    for expected in (
        "Verslag van de zelfscan",
        "Utrecht",
        "12 maart 2026",
        "An (beleid), Bo (JGZ), Cor (coördinator)",
        "Prioriteiten",
        "Actieplan",
        "Folder voor verwijzers",
        "Met alle groepen is een route afgesproken.",
        "Eén herkenbaar loket",
        "Deels",
        "Weet ik niet",
        XSS,
    ):
        assert expected in text, f"not in the printed report: {expected}"
    assert "Gegevens van deze scan" not in text, "the report prints the answers, not the form"
    assert len(reader.pages) <= 8, f"{len(reader.pages)} pages"
    for old in scan.shots.glob("verslag-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(scan.shots / "verslag")], check=True)
    assert sorted(scan.shots.glob("verslag-*.png"))

    # clear all: cancel keeps everything, confirm removes everything
    page.once("dialog", lambda d: d.dismiss())
    page.get_by_role("button", name="Alles wissen").click()
    assert scan.keys() == [f"kb-zelfscan:{version}"]
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Alles wissen").click()
    assert scan.keys() == []
    assert page.input_value("#kb-zs-gemeente") == "" and not page.is_checked("#zs-toegang-een-loket-deels")
    assert page.locator("#kb-zs-overzicht svg").count() == 0
    open_page(page, scan.site.url(URL))
    assert scan.keys() == [] and page.input_value("#zs-toegang-een-loket-bewijs") == ""

    # import the exported file: the same scan, and exporting it again gives the same bytes
    page.set_input_files("#kb-zs-openen", as_upload("zelfscan-utrecht-2026-03-12.json", exported.decode("utf-8")))
    page.wait_for_function("document.getElementById('kb-zs-status').textContent.includes('is geopend')")
    assert page.is_checked("#zs-advies-ouders-aan-tafel-niet")
    assert scan.keys() == [f"kb-zelfscan:{version}"]
    assert scan.download("Opslaan als bestand (JSON)")[1] == exported

    # a broken file: a Dutch message with file, line and column; the scan stays as it was
    page.set_input_files("#kb-zs-openen", as_upload("kapot.json", '{\n  "kind": "kb-zelfscan",\n  "format": 1,,\n}'))
    page.wait_for_function("document.getElementById('kb-zs-status').textContent.includes('kapot.json')")
    assert re.search(r"bestand kapot\.json: regel 3, kolom \d+: dit is geen geldige JSON", page.inner_text("#kb-zs-status"))
    assert page.is_checked("#zs-advies-ouders-aan-tafel-niet")
    scan.check_clean()


def test_three_partners_side_by_side(scan):
    page = scan.page
    scan.open()
    framework = scan.framework()
    gemeente = scan_file(
        framework,
        "Gemeente",
        {"toegang-een-loket": ("deels", "Staat op de website."), "toegang-verwijzers-kennen-route": ("volledig", ""), "advies-ouders-aan-tafel": ("niet", "")},
    )
    jgz = scan_file(
        framework,
        "JGZ",
        {
            "toegang-een-loket": ("niet", f"Ouders vinden het loket niet. {XSS}"),
            "toegang-verwijzers-kennen-route": ("volledig", ""),
            "advies-ouders-aan-tafel": ("niet", ""),
        },
    )
    coordinator_csv = (
        "criterium_id;criterium;niveau;hoe_weten_we_dat;ingevuld_door;actie_wat;actie_wie;actie_wanneer\r\n"
        "toegang-een-loket;Eén herkenbaar loket;Deels;;Coördinator;;;\r\n"
        "toegang-verwijzers-kennen-route;Verwijzers kennen de route;volledig;;Coördinator;Voorlichting herhalen;coördinator;elk half jaar\r\n"
    )
    page.set_input_files(
        "#kb-zs-partnerbestanden",
        [
            as_upload("gemeente.json", gemeente),
            as_upload("jgz.json", jgz),
            as_upload("coordinator.csv", coordinator_csv),
            as_upload("kapot.json", "{niet af"),
            as_upload("raar.csv", "criterium_id;niveau\ntoegang-een-loket;half\n"),
        ],
    )
    page.wait_for_selector("#kb-zs-naast-elkaar")
    box = page.locator("#kb-zs-partners-uitkomst")
    errors = box.locator(".kb-zs-status--fout").inner_text()
    assert re.search(r"bestand kapot\.json: regel 1, kolom \d+", errors)
    assert "bestand raar.csv: regel 2, kolom niveau (2): „half” is geen niveau" in errors
    assert "3 scans naast elkaar: Gemeente, JGZ, Coördinator." in box.inner_text()

    def status(cid: str) -> str:
        return box.locator(f".kb-zs-naast[data-criterion='{cid}']").get_attribute("data-status")

    assert status("toegang-een-loket") == "differ"
    assert status("toegang-verwijzers-kennen-route") == "agree"
    assert status("advies-ouders-aan-tafel") == "partial"  # the coordinator left it open
    assert box.locator(".kb-zs-naast[data-criterion='leren-uitwisseling']").count() == 0, "criteria nobody filled in are only counted"
    assert "Niemand vulde in: 20 criteria" in box.inner_text()
    loket = box.locator(".kb-zs-naast[data-criterion='toegang-een-loket']")
    assert [t.strip() for t in loket.locator("dt").all_inner_texts()] == ["Gemeente", "JGZ", "Coördinator"]
    assert XSS in loket.inner_text()
    scan.shot("3-partners.png", "#kb-zs-naast-elkaar .kb-zs-naast-thema >> nth=0")

    page.check("#kb-zs-alleen-verschillen")
    assert loket.is_visible()
    assert box.locator(".kb-zs-naast[data-criterion='toegang-verwijzers-kennen-route']").is_hidden()
    scan.shot("3-partners-verschillen.png", "#kb-zs-partners-uitkomst")

    page.get_by_role("button", name="Uitkomst overnemen in mijn scan").click()
    evidence = page.input_value("#zs-toegang-een-loket-bewijs")
    assert "Verschil van mening: Gemeente: deels; JGZ: niet; Coördinator: deels." in evidence
    assert f"JGZ: Ouders vinden het loket niet. {XSS}" in evidence
    assert page.is_checked("#zs-toegang-verwijzers-kennen-route-volledig")
    assert page.is_checked("#zs-advies-ouders-aan-tafel-niet")
    assert not page.locator("#toegang-een-loket input[type=radio]:checked").count(), "no level where the partners differ"
    assert page.input_value("#zs-toegang-verwijzers-kennen-route-actie-1-wat") == "Voorlichting herhalen"
    scan.check_clean()


def test_snapshot_and_compare_over_time(scan):
    page = scan.page
    scan.open()
    page.get_by_role("button", name="Begin").click()  # starting explicitly also starts keeping
    assert scan.keys() == [f"kb-zelfscan:{scan.framework()['version']}"]
    assert page.evaluate("document.activeElement.id") == "kb-zs-gemeente"
    page.check("#zs-toegang-een-loket-niet")
    page.check("#zs-toegang-verwijzers-kennen-route-deels")
    page.check("#zs-leren-uitwisseling-volledig")
    page.fill("#kb-zs-meting-naam", "meting 2025")
    page.get_by_role("button", name="Meting bewaren").click()
    assert "meting 2025" in page.inner_text("#kb-zs-metingen-lijst")
    page.check("#zs-toegang-een-loket-volledig")
    page.check("#zs-toegang-verwijzers-kennen-route-niet")
    page.check("#zs-toegang-vroeg-in-beeld-deels")
    page.check("#zs-leren-uitwisseling-weet-niet")

    open_page(page, scan.site.url(URL))  # snapshots are kept too
    page.get_by_role("button", name="Vergelijken: meting 2025 met nu").click()
    table = page.locator("table.kb-zs-vergelijk")
    changes = {row.get_attribute("data-criterion"): row.get_attribute("data-change") for row in table.locator("tbody tr").all()}
    assert changes["toegang-een-loket"] == "up"
    assert changes["toegang-verwijzers-kennen-route"] == "down"
    assert changes["toegang-vroeg-in-beeld"] == "new"
    assert changes["leren-uitwisseling"] == "changed"
    assert len(changes) == 4, "criteria open both times are only counted"
    assert "beide keren open: 19" in page.inner_text("#kb-zs-vergelijking .kb-zs-samenvatting")
    assert list(changes)[:2] == ["toegang-een-loket", "toegang-verwijzers-kennen-route"], "what moved comes first"
    summary = page.inner_text("#kb-zs-vergelijking .kb-zs-samenvatting")
    assert "vooruit: 1, achteruit: 1, anders: 1, nu ingevuld: 1" in summary
    assert page.evaluate("document.activeElement.id") == "kb-zs-vergelijking-kop"
    scan.shot("4-vergelijking.png", "#kb-zs-vergelijking")

    # last year's file from another browser becomes a snapshot too
    last_year = scan_file(scan.framework(), "Gemeente", {"toegang-een-loket": ("niet", "")}, date="2025-03-01")
    page.set_input_files("#kb-zs-meting-bestand", as_upload("vorig-jaar.json", last_year))
    page.wait_for_function("document.getElementById('kb-zs-metingen-lijst').textContent.includes('meting Gemeente 2025-03-01')")
    scan.check_clean()


def test_framework_change_keeps_answers_by_id_and_says_what_changed(scan):
    page = scan.page
    scan.open()
    framework = scan.framework()
    old = scan_file(framework, "Gemeente", {"toegang-een-loket": ("deels", "Bewijs"), "toegang-oud": ("volledig", "")})
    old["framework"]["version"] = "oudeversie"
    old["framework"]["criteria"]["toegang-een-loket"] = "Eén loket"
    old["framework"]["criteria"]["toegang-oud"] = "Een oud criterium"
    del old["framework"]["criteria"]["leren-uitwisseling"]
    old["savedAt"] = "2025-03-01T10:00:00.000Z"
    page.evaluate("data => localStorage.setItem('kb-zelfscan:oudeversie', JSON.stringify(data))", old)
    open_page(page, scan.site.url(URL))
    notice = page.locator("#kb-zs-melding")
    assert notice.is_visible()
    text = notice.inner_text()
    assert "Nieuw in het kader: „Leren van andere regio's”." in text
    assert "Andere naam: „Eén loket” heet nu „Eén herkenbaar loket”. Uw antwoord is gebleven." in text
    assert "Niet meer in het kader: „Een oud criterium”. Uw antwoord (volledig) is daarom niet overgenomen." in text
    assert page.is_checked("#zs-toegang-een-loket-deels") and page.input_value("#zs-toegang-een-loket-bewijs") == "Bewijs"
    assert scan.keys() == [f"kb-zelfscan:{framework['version']}"], "the old key is replaced by the new one"
    scan.shot("5-kader-veranderd.png", "#kb-zs-bediening")
    page.get_by_role("button", name="Sluiten").click()
    assert notice.is_hidden()
    scan.check_clean()


FOCUS_HERE = """() => {
  const el = document.activeElement;
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return {id: el.id, tag: el.tagName, outline: s.outlineStyle !== 'none' ? parseFloat(s.outlineWidth) : 0,
          onScreen: r.bottom > 0 && r.top < innerHeight && r.width > 0};
}"""


def test_one_criterion_with_the_keyboard_only(scan):
    page = scan.page
    scan.open()
    cid = "advies-snel-en-begrijpelijk"
    page.focus(f"#{cid} summary")  # start at the criterion; from here on only keys

    def tab(expected_id: str, key: str = "Tab") -> None:
        page.keyboard.press(key)
        settle(page)
        focus = page.evaluate(FOCUS_HERE)
        assert focus["id"] == expected_id, focus
        assert focus["outline"] >= 2 and focus["onScreen"], f"focus not visible: {focus}"

    page.keyboard.press("Enter")  # open the indicators
    assert page.locator(f"#{cid} details").get_attribute("open") is not None
    tab(f"zs-{cid}-niet")  # into the radio group
    tab(f"zs-{cid}-deels", "ArrowRight")
    tab(f"zs-{cid}-volledig", "ArrowRight")
    assert page.is_checked(f"#zs-{cid}-volledig")
    tab(f"zs-{cid}-bewijs")
    page.keyboard.type("Advies binnen zes weken, in gewone taal.")
    tab(f"zs-{cid}-prioriteit")
    page.keyboard.press("Space")
    tab(f"zs-{cid}-actie-1-wat")
    page.keyboard.type("Adviesbrief laten lezen door ouders")
    tab(f"zs-{cid}-actie-1-wie")
    page.keyboard.type("coördinator")
    tab(f"zs-{cid}-actie-1-wanneer")
    page.keyboard.type("2026")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.action") == "add-action"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == f"zs-{cid}-actie-2-wat"
    page.keyboard.type("Tweede actie")
    stored = page.evaluate("JSON.parse(localStorage.getItem(Object.keys(localStorage).find(k => k.startsWith('kb-zelfscan:'))))")
    answer = stored["answers"][cid]
    assert answer["level"] == "volledig" and answer["priority"] is True
    assert answer["evidence"] == "Advies binnen zes weken, in gewone taal."
    assert answer["actions"] == [
        {"what": "Adviesbrief laten lezen door ouders", "who": "coördinator", "when": "2026"},
        {"what": "Tweede actie", "who": "", "when": ""},
    ]

    # every Tab stop shows where the focus is: from the top to the first criterion (details of the
    # scan, buttons, file field), and from the last theme to the end (result, partners, metingen)
    def walk(start: str, stop_at: str | None = None) -> tuple[int, list]:
        page.focus(start)
        stops, hidden = 0, []
        for _ in range(300):
            page.keyboard.press("Tab")
            info = page.evaluate(FOCUS_INFO)
            if info is None or info["skip"] or (stop_at and page.evaluate("document.activeElement.id") == stop_at):
                break
            stops += 1
            if not focus_ok(info):
                settle(page)
                if not focus_ok(info := page.evaluate(FOCUS_INFO)):
                    hidden.append(info)
        return stops, hidden

    top, hidden_top = walk("a.md-skip", "zs-toegang-een-loket-niet")
    end, hidden_end = walk("#leren-monitoringplan summary")
    assert top >= 10 and end >= 40, (top, end)
    assert not hidden_top + hidden_end, "focus not visible:\n" + "\n".join(map(str, hidden_top + hidden_end))
    scan.check_clean()


def run_axe(page) -> list[str]:
    page.evaluate(START_AXE, AXE_OPTIONS)
    page.wait_for_function(AXE_DONE, timeout=180_000, polling=100)
    return page.evaluate("window.__axeResult")


# Each colour scheme once and each width once: the scheme changes colours, the width the layout, and
# neither depends on the other on this page (its colours are the theme's, per kind of element).
@pytest.mark.parametrize("scheme, width", [("light", "desktop"), ("dark", "320")])
def test_axe_and_layout_with_everything_open(scan, scheme, width):
    """Filled in, partners side by side, a comparison shown: zero axe violations, no sideways scrolling."""
    page = scan.page
    viewport = DESKTOP if width == "desktop" else NARROW
    scan.open(scheme, viewport)
    framework = scan.framework()
    snapshot = scan_file(framework, "Gemeente", {"toegang-een-loket": ("niet", ""), "advies-ouders-aan-tafel": ("deels", "")}, date="2025-03-01")
    own = scan_file(
        framework,
        "Gemeente",
        {cid: (a[0], a[1]) for cid, a in ANSWERS.items()},
        snapshots=[{k: snapshot[k] for k in ("framework", "meta", "answers")} | {"name": "meting 2025", "savedAt": "2025-03-01T10:00:00.000Z"}],
    )
    own["answers"]["toegang-een-loket"]["priority"] = True
    own["answers"]["toegang-een-loket"]["actions"] = [{"what": "Folder voor verwijzers", "who": "coördinator", "when": "juni 2026"}]
    page.set_input_files("#kb-zs-openen", as_upload("eigen.json", own))
    page.wait_for_function("document.getElementById('kb-zs-status').textContent.includes('is geopend')")
    jgz = scan_file(framework, "JGZ", {"toegang-een-loket": ("niet", "Ouders vinden het niet."), "toegang-verwijzers-kennen-route": ("volledig", "")})
    page.set_input_files("#kb-zs-partnerbestanden", [as_upload("jgz.json", jgz)])
    page.wait_for_selector("#kb-zs-naast-elkaar")
    page.get_by_role("button", name="Vergelijken: meting 2025 met nu").click()
    settle(page)

    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow} px"
    assert page.locator(".md-content [style]").count() == 0, "style attributes in the content"
    name = f"6-{scheme}-{width}"
    if width == "desktop":
        scan.shot(f"{name}-resultaat.png", "#kb-zs-resultaat")
    else:
        scan.shot(f"{name}-criterium.png", "#toegang-een-loket")
        scan.shot(f"{name}-resultaat.png", "#kb-zs-overzicht .kb-zs-grafiek")
        scan.shot(f"{name}-partners.png", "#kb-zs-naast-elkaar .kb-zs-naast >> nth=0")
        scan.shot(f"{name}-vergelijking.png", "#kb-zs-vergelijking")
    if scheme == "dark" and width == "desktop":
        scan.shot(f"{name}-criterium.png", "#toegang-een-loket")
        scan.shot(f"{name}-partners.png", "#kb-zs-partners-uitkomst")
    found = run_axe(page)
    assert not found, f"axe violations ({scheme}, {width}):\n  " + "\n  ".join(found)
    scan.check_clean()


def test_page_html_has_no_inline_script_style_or_handlers(site):
    html = (site.root / URL / "index.html").read_text(encoding="utf-8")
    start = html.index('<article class="md-content__inner')
    article = html[start : html.index("</article>", start)]
    scripts = re.findall(r"<script\b[^>]*>", article)
    assert scripts == ['<script type="application/json" id="kb-zelfscan-data">', '<script type="module" src="../../assets/javascripts/zelfscan/app.js">']
    assert not re.search(r"\sstyle\s*=", article), "style attribute"
    assert not re.search(r"\son[a-z]+\s*=", article), "event handler attribute"
    assert "javascript:" not in article
    assert article.count('<fieldset class="kb-zs-criterium"') == 23
