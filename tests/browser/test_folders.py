"""Issue 16, 'Maak een folder', end to end in Debian's Chromium.

- Each handout filled in with a region's details: the preview shows them, and the printed PDF has the
  right number of A4 pages, the typed details and the QR code (its text alternative in the tagged PDF).
- Too much local text is flagged before printing; wrong phone numbers, web addresses and personal
  e-mail addresses get Dutch messages; typed HTML stays text.
- Nothing is kept before the coordinator starts; afterwards a reload finds everything; 'Alles wissen'
  removes it. The JSON file opens again as it was saved; the gemeentegegevens file passes
  `kennisbank check` in a copy of the project.
- The form works with the keyboard alone, with a visible focus ring at every stop; axe finds nothing
  in light and dark, at desktop width and at 390 px; no console errors.

Screenshots, the printed PDFs and their pages as PNG (60 dpi) go to $KENNISBANK_FOLDERS_SHOTS when set
(to look at them), else to a temporary folder.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make_project

from .conftest import DESKTOP, ToolPage, open_page, screenshot_folder, settle
from .test_accessibility import AXE_DONE, AXE_OPTIONS, START_AXE
from .test_keyboard import FOCUS_INFO, focus_ok

URL = "voor/folder-maken/"
NARROW = {"width": 390, "height": 844}
XSS = '<img src=x onerror="window.__xss=1">'
VALUES = {
    "regio": "IVH-netwerk Voorbeeldregio",
    "organisatie": "Stichting Voorbeeld Jeugd",
    "telefoon": "020 123 45 67",
    "website": "https://www.voorbeeld.nl/ivh",
    "email": "info@voorbeeld.nl",
    "aanmelden": "Bel op werkdagen tussen 9 en 12 uur, of vul het formulier op de website in.",
    "meesturen": "Het aanmeldformulier van de regio, ingevuld en ondertekend door de ouders.",
    "mdo": "Elke tweede dinsdag van de maand, van 13 tot 16 uur.",
    "bijzonderheden": "Op woensdagochtend is er een inloopspreekuur in het CJG.",
}
MUNICIPALITIES = ["Amsterdam", "Amstelveen", "Ouder-Amstel"]


class Tool(ToolPage):
    url = URL
    ready = "#kb-fo-invullen:not([hidden])"
    storage_prefix = "kb-folders"

    def data(self) -> dict:
        return self.page.evaluate("JSON.parse(document.getElementById('kb-folders-data').textContent)")

    def fill(self, values: dict | None = None, municipalities: list[str] | None = None) -> None:
        for key, value in (values or VALUES).items():
            self.page.fill(f"#kb-fo-{key}", value)
            self.page.locator(f"#kb-fo-{key}").dispatch_event("change")
        for name in municipalities if municipalities is not None else MUNICIPALITIES:
            self.page.fill("#kb-fo-gemeente-zoek", name)
            self.page.get_by_role("button", name="Toevoegen").click()

    def choose(self, folder_id: str) -> None:
        self.page.check(f"#kb-fo-keuze-{folder_id}")
        self.page.wait_for_function("id => !document.querySelector(`[data-folder='${id}']`).hidden", arg=folder_id)
        settle(self.page)

    def shown(self):
        return self.page.locator(".kb-fo-folder:not([hidden])")

    def shot(self, name: str, selector: str | None = None, full_page: bool = True) -> None:
        settle(self.page)
        if selector:
            self.page.locator(selector).screenshot(path=str(self.shots / name), animations="disabled")
        else:
            self.page.screenshot(path=str(self.shots / name), full_page=full_page, animations="disabled")


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return screenshot_folder(tmp_path_factory, "KENNISBANK_FOLDERS_SHOTS", "folders")


@pytest.fixture(scope="module")
def tool(site, new_context, shots) -> Tool:
    return Tool.start(site, new_context, shots)


def structure_alt_texts(reader) -> list[str]:
    """Every /Alt in the structure tree of a tagged PDF."""
    found, stack, seen = [], [reader.trailer["/Root"].get("/StructTreeRoot")], set()
    while stack:
        node = stack.pop()
        if node is None:
            continue
        node = node.get_object()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, list):
            stack.extend(node)
        elif hasattr(node, "get"):
            if "/Alt" in node:
                found.append(str(node["/Alt"]))
            kids = node.get("/K")
            if kids is not None:
                stack.extend(kids if isinstance(kids, list) else [kids])
    return found


def test_each_handout_in_the_preview_and_printed_on_a4(tool):
    from pypdf import PdfReader

    page = tool.page
    tool.open()
    tool.fill()
    folders = tool.data()["folders"]
    assert {f["audience"] for f in folders} == {"verwijzers", "partners", "ouders", "gemeenten"}
    assert len([f for f in folders if f["audience"] == "verwijzers"]) == 3
    for folder in folders:
        tool.choose(folder["id"])
        shown = tool.shown()
        assert shown.count() == 1 and shown.get_attribute("data-folder") == folder["id"]
        preview = shown.inner_text()
        for expected in ("IVH-netwerk Voorbeeldregio", "Stichting Voorbeeld Jeugd", "020 123 45 67", "www.voorbeeld.nl/ivh", "info@voorbeeld.nl"):
            assert expected in preview, f"{folder['id']}: {expected} not in the preview"
        assert shown.locator("svg.kb-fo-qr[role=img]").count() == 1
        assert shown.locator(".kb-fo-blad").count() == folder["sheets"]
        assert shown.locator(".kb-fo-blad--te-vol").count() == 0, f"{folder['id']} does not fit with ordinary local text"
        assert "past niet" not in page.inner_text("#kb-fo-status")

        pdf = page.pdf(format="A4", tagged=True)
        path = tool.shots / f"folder-{folder['id']}.pdf"
        path.write_bytes(pdf)
        reader = PdfReader(str(path))
        assert len(reader.pages) == folder["sheets"], f"{folder['id']}: {len(reader.pages)} pages"
        size = reader.pages[0].mediabox
        assert abs(float(size.width) - 595.3) < 1.5 and abs(float(size.height) - 841.9) < 1.5, f"not A4: {size}"
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
        for expected in [
            "IVH-netwerk Voorbeeldregio",
            "Stichting Voorbeeld Jeugd",
            "020 123 45 67",
            "www.voorbeeld.nl/ivh",
            folder["title"],
            "kennisbank.integralevroeghulp.nl/voor/",
        ]:
            assert expected in text, f"{folder['id']}: {expected} not in the PDF"
        if folder["audience"] == "verwijzers":
            assert VALUES["meesturen"] in text and VALUES["aanmelden"] in text
        if folder["audience"] in ("partners", "gemeenten"):
            assert VALUES["mdo"] in text
        if folder["audience"] == "gemeenten":
            assert "Amsterdam, Amstelveen en Ouder-Amstel" in text
        assert VALUES["bijzonderheden"] in text
        assert "Kies voor wie de folder is" not in text and "Maak een folder" not in text, "only the handout is printed"
        alts = structure_alt_texts(reader)
        assert any(alt.startswith("QR-code naar de pagina") for alt in alts), f"{folder['id']}: no QR code in the PDF ({alts[:5]})"
        for old in tool.shots.glob(f"folder-{folder['id']}-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tool.shots / f"folder-{folder['id']}")], check=True)
        assert len(list(tool.shots.glob(f"folder-{folder['id']}-*.png"))) == folder["sheets"]
    tool.check_clean()


def test_too_much_local_text_is_flagged_before_printing(tool):
    page = tool.page
    tool.open()
    tool.fill()
    tool.choose("verwijzers-lokaal-team")
    # the longest text each field takes fits; many short lines do not
    longest = {
        key: ("Een lange zin over de regio " * 20)[: int(page.get_attribute(f"#kb-fo-{key}", "maxlength"))].strip()
        for key in ("aanmelden", "meesturen", "bijzonderheden")
    }
    tool.fill(longest, municipalities=[])
    page.wait_for_timeout(300)
    assert "past niet meer" not in page.inner_text("#kb-fo-status")
    long = longest | {"bijzonderheden": "Spreekuur:\n" + "\n".join(f"- dag {n}" for n in range(1, 25))}
    tool.fill(long, municipalities=[])
    page.wait_for_function("() => document.getElementById('kb-fo-status').textContent.includes('past niet meer')")
    status = page.inner_text("#kb-fo-status")
    assert "De folder past niet meer op één A4" in status and "‘Bijzonderheden in uw regio (mag leeg blijven)’" in status
    assert tool.shown().locator(".kb-fo-blad--te-vol").count() == 1
    tool.shot("te-vol.png", ".kb-fo-folder:not([hidden])")
    tool.fill({key: VALUES[key] for key in long}, municipalities=[])
    page.wait_for_function("() => !document.getElementById('kb-fo-status').textContent.includes('past niet meer')")
    assert tool.shown().locator(".kb-fo-blad--te-vol").count() == 0
    tool.check_clean()


def test_dutch_messages_for_phone_web_address_and_personal_email(tool):
    page = tool.page
    tool.open()
    tool.fill(municipalities=[])
    cases = [
        ("telefoon", "06 12 34 56 78", "Dit lijkt een mobiel nummer (06). Gebruik het algemene nummer van de organisatie."),
        ("telefoon", "020 12", "Dit nummer heeft niet genoeg of te veel cijfers."),
        ("website", "www.voorbeeld.nl/ivh", "Schrijf het webadres voluit, met https:// ervoor: https://www.voorbeeld.nl/ivh"),
        ("website", "javascript:alert(1)", "Een webadres begint met https:// (of http://)."),
        ("email", "j.jansen@voorbeeld.nl", "j.jansen@voorbeeld.nl lijkt het e-mailadres van een persoon."),
        ("bijzonderheden", "Zie www.voorbeeld.nl", "Het webadres www.voorbeeld.nl mist https://."),
    ]
    for key, value, message in cases:
        page.fill(f"#kb-fo-{key}", value)
        page.locator(f"#kb-fo-{key}").dispatch_event("change")
        assert message in page.inner_text(f"#kb-fo-{key}-fout"), (key, value)
        assert page.get_attribute(f"#kb-fo-{key}", "aria-invalid") == "true"
        assert f"kb-fo-{key}-fout" in page.get_attribute(f"#kb-fo-{key}", "aria-describedby")
        assert tool.shown().locator(f"[data-veld={key}]").first.text_content() == "", "a wrong value is not put on the handout"
    # printing waits until the mistakes are put right, and says which
    page.get_by_role("button", name="Afdrukken of bewaren als pdf").click()
    status = page.inner_text("#kb-fo-status")
    assert "Verbeter eerst" in status and "Algemeen e-mailadres (mag leeg blijven): j.jansen@voorbeeld.nl lijkt" in status
    assert page.evaluate("document.activeElement.id") == "kb-fo-telefoon"
    tool.shot("foutmeldingen.png", "#kb-fo-invullen")
    # an organisation's general address is fine; a message goes as soon as the field is right
    for key in ("telefoon", "website", "email", "bijzonderheden"):
        page.fill(f"#kb-fo-{key}", VALUES[key])
        assert page.inner_text(f"#kb-fo-{key}-fout") == ""
        assert page.get_attribute(f"#kb-fo-{key}", "aria-invalid") is None
    # an unknown municipality
    page.fill("#kb-fo-gemeente-zoek", "Atlantis")
    page.get_by_role("button", name="Toevoegen").click()
    assert "Er is geen gemeente ‘Atlantis’" in page.inner_text("#kb-fo-gemeenten-fout")
    tool.check_clean()


def test_typed_html_stays_text(tool):
    page = tool.page
    tool.open()
    tool.fill({"regio": XSS, "bijzonderheden": f"Let op: {XSS} & {{{{ 7*7 }}}}"}, municipalities=[])
    for folder_id in ("verwijzers-jgz", "ouders"):
        tool.choose(folder_id)
        shown = tool.shown()
        assert shown.locator("img").count() == 0
        assert shown.locator("[data-veld=regio]").first.text_content() == XSS
        assert shown.locator("[data-veld=bijzonderheden]").text_content() == f"Let op: {XSS} & {{{{ 7*7 }}}}"
    page.wait_for_timeout(200)
    assert page.evaluate("window.__xss") is None
    tool.check_clean()


def test_kept_only_after_starting_restored_after_reload_and_cleared(tool):
    page = tool.page
    tool.open()
    assert tool.keys() == [], "nothing may be stored before the coordinator starts"
    assert page.evaluate("document.cookie") == ""
    assert "bewaart nog niets" in page.inner_text("#kb-fo-bewaard")
    assert page.locator("#kb-fo-zonder-script").is_hidden()
    tool.choose("partners")
    assert tool.keys() == [], "choosing a handout is not yet starting"
    tool.fill()
    assert tool.keys() == ["kb-folders:gegevens"]
    assert "Bewaard in deze browser" in page.inner_text("#kb-fo-bewaard")
    tool.choose("partners")

    tool.open(keep=True)
    for key, value in VALUES.items():
        assert page.input_value(f"#kb-fo-{key}") == value
    assert page.is_checked("#kb-fo-keuze-partners") and tool.shown().get_attribute("data-folder") == "partners"
    assert page.locator("#kb-fo-gekozen li").all_inner_texts() == [f"{n}\nweghalen" for n in MUNICIPALITIES] or [
        t.split()[0] for t in page.locator("#kb-fo-gekozen li").all_inner_texts()
    ] == ["Amsterdam", "Amstelveen", "Ouder-Amstel"]
    assert "teruggezet" in page.inner_text("#kb-fo-bewaard")

    page.once("dialog", lambda d: d.dismiss())
    page.get_by_role("button", name="Alles wissen").click()
    assert tool.keys() == ["kb-folders:gegevens"] and page.input_value("#kb-fo-regio") == VALUES["regio"]
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Alles wissen").click()
    assert tool.keys() == []
    assert all(page.input_value(f"#kb-fo-{key}") == "" for key in VALUES)
    assert page.locator("#kb-fo-gekozen li").count() == 0
    assert tool.shown().locator("[data-veld=regio]").first.text_content() == ""
    tool.open(keep=True)
    assert tool.keys() == [] and page.input_value("#kb-fo-regio") == ""
    tool.check_clean()


def test_the_json_file_opens_again_as_it_was_saved(tool):
    page = tool.page
    tool.open()
    tool.fill()
    tool.choose("gemeenten")
    name, saved = tool.download("Gegevens opslaan als bestand")
    assert name == "folder-gegevens-ivh-netwerk-voorbeeldregio.json"
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Alles wissen").click()
    tool.choose("ouders")
    page.set_input_files("#kb-fo-openen", {"name": name, "mimeType": "application/json", "buffer": saved})
    page.wait_for_function("() => document.getElementById('kb-fo-bestand-status').textContent.includes('staan nu in het formulier')")
    for key, value in VALUES.items():
        assert page.input_value(f"#kb-fo-{key}") == value
    assert page.is_checked("#kb-fo-keuze-gemeenten")
    assert "Amsterdam, Amstelveen en Ouder-Amstel" in tool.shown().inner_text()
    page.set_input_files("#kb-fo-openen", {"name": "ander.json", "mimeType": "application/json", "buffer": b'{"kind": "kb-zelfscan"}'})
    page.wait_for_function("() => document.getElementById('kb-fo-bestand-status').textContent.includes('ander.json')")
    assert "komt niet van de pagina" in page.inner_text("#kb-fo-bestand-status")
    tool.check_clean()


def test_the_file_for_the_kennisbank_passes_kennisbank_check(tool, tmp_path):
    page = tool.page
    tool.open()
    tool.fill({"regio": "IVH-netwerk Voorbeeldregio"}, municipalities=[])
    page.get_by_role("button", name="Bestand voor de kennisbank opslaan").click()
    status = page.inner_text("#kb-fo-yaml-status")
    assert "nog niet gemaakt" in status and "Vul de coördinerende organisatie in." in status and "Kies minstens één gemeente" in status
    tool.fill()
    name, text = tool.download("Bestand voor de kennisbank opslaan")
    assert name == "ivh-netwerk-voorbeeldregio.yaml"
    assert page.text_content("#kb-fo-yaml-tekst") == text.decode("utf-8")
    assert "staat in uw downloads" in page.inner_text("#kb-fo-yaml-status")
    (tmp_path / "project").mkdir()
    project = make_project(tmp_path / "project", {f"content/municipalities/gegevens/{name}": text.decode("utf-8")})
    result = subprocess.run([sys.executable, "-m", "kennisbank.cli", "--root", str(project), "check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Alle inhoud is in orde." in result.stdout
    tool.check_clean()


def test_the_form_works_with_the_keyboard_alone(tool):
    page = tool.page
    tool.open()
    first = tool.data()["folders"][0]["id"]
    page.focus(f"#kb-fo-keuze-{first}")
    page.keyboard.press("ArrowDown")
    second = tool.data()["folders"][1]["id"]
    assert page.is_checked(f"#kb-fo-keuze-{second}") and tool.shown().get_attribute("data-folder") == second
    stops = []
    for _ in range(40):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUS_INFO)
        assert focus_ok(info), f"no visible focus at {info}"
        active = page.evaluate("document.activeElement.id || document.activeElement.dataset.actie || ''")
        stops.append(active)
        if active == "kb-fo-regio":
            page.keyboard.type("IVH-netwerk Toetsenbord")
        if active == "kb-fo-gemeente-zoek":
            page.keyboard.type("Amsterdam")
            page.keyboard.press("Enter")
            assert page.locator("#kb-fo-gekozen li").count() == 1
        if active == "afdrukken":
            break
    assert stops[0] == "kb-fo-regio" and "kb-fo-telefoon" in stops and "gemeente-toevoegen" in stops and "wissen" in stops
    assert stops[-1] == "afdrukken", stops
    assert "IVH-netwerk Toetsenbord" in tool.shown().inner_text()
    # the chosen municipality's 'weghalen' button, with Enter; focus returns to the search field
    page.focus("#kb-fo-gekozen button")
    page.keyboard.press("Enter")
    assert page.locator("#kb-fo-gekozen li").count() == 0
    assert page.evaluate("document.activeElement.id") == "kb-fo-gemeente-zoek"
    tool.check_clean()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", ["desktop", "narrow"])
def test_no_axe_violations_and_screenshots(tool, scheme, width):
    page = tool.page
    tool.open(scheme, DESKTOP if width == "desktop" else NARROW)
    tool.fill()
    page.fill("#kb-fo-email", "j.jansen@voorbeeld.nl")  # with an error message showing
    page.locator("#kb-fo-email").dispatch_event("change")
    tool.choose("verwijzers-kinderopvang-school")
    page.evaluate(START_AXE, AXE_OPTIONS)
    page.wait_for_function(AXE_DONE, timeout=180_000, polling=100)
    found = page.evaluate("window.__axeResult")
    assert not found, f"axe ({scheme}, {width}):\n  " + "\n  ".join(found)
    tool.shot(f"pagina-{width}-{scheme}.png")
    page.set_viewport_size(DESKTOP if width == "desktop" else NARROW)
    tool.shot(f"bovenaan-{width}-{scheme}.png", full_page=False)
    tool.shot(f"voorbeeld-{width}-{scheme}.png", ".kb-fo-folder:not([hidden])")
    tool.check_clean()


def test_a_region_name_reaches_every_slot(tool):
    """Every slot of every handout is filled: none keeps its placeholder once all fields are filled."""
    page = tool.page
    tool.open()
    tool.fill()
    empty = page.evaluate("[...document.querySelectorAll('#kb-fo-voorbeeld [data-veld]')].filter(s => s.textContent === '').map(s => s.dataset.veld)")
    assert empty == [], empty
    assert re.search(r"\S", page.inner_text("#kb-fo-gekozen"))
    tool.check_clean()


FACTSHEET = "factsheets/gm0363/"  # Amsterdam
OTHER = "factsheets/gm0362/"  # Amstelveen


def test_the_factsheet_prints_complete_with_the_regions_details(tool):
    """Issue 16, point 3: 'Aanpassen' on a municipality's factsheet, kept with the folder page's fields."""
    from pypdf import PdfReader

    page = tool.page
    tool.open()  # empties local storage
    open_page(page, tool.site.url(FACTSHEET))
    rows = page.locator("dt[data-aanpassen] + dd")
    assert rows.count() == 4
    before = rows.all_inner_texts()
    assert tool.keys() == []
    toggle = page.get_by_role("button", name="Aanpassen")
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and page.locator("#kb-fs-aanpassen").is_visible()
    assert page.evaluate("document.activeElement.id") == "kb-fs-aanpassen-regio"
    assert tool.keys() == [], "opening the form is not yet starting"
    for key in ("regio", "organisatie", "aanmelden", "telefoon", "website", "email"):
        page.fill(f"#kb-fs-aanpassen-{key}", VALUES[key])
    page.fill("#kb-fs-aanpassen-email", "j.jansen@voorbeeld.nl")
    assert "lijkt het e-mailadres van een persoon" in page.inner_text("#kb-fs-aanpassen-email-fout")
    texts = rows.all_inner_texts()
    assert texts[0].startswith("IVH-netwerk Voorbeeldregio") and texts[1].startswith("Stichting Voorbeeld Jeugd")
    assert texts[2].startswith(VALUES["aanmelden"])
    assert texts[3].startswith("Stichting Voorbeeld Jeugd · www.voorbeeld.nl/ivh · tel. 020 123 45 67") and "jansen" not in texts[3]
    assert all("(ingevuld door de regio)" in t for t in texts)
    page.fill("#kb-fs-aanpassen-email", "info@voorbeeld.nl")
    assert tool.keys() == ["kb-folders:gegevens"]
    page.evaluate(START_AXE, AXE_OPTIONS)
    page.wait_for_function(AXE_DONE, timeout=180_000, polling=100)
    assert not page.evaluate("window.__axeResult"), page.evaluate("window.__axeResult")
    tool.shot("factsheet-aanpassen.png", "#kb-fs-aanpassen")

    # a reload finds it; the printed factsheet carries it, without the form
    open_page(page, tool.site.url(FACTSHEET))
    assert rows.nth(0).inner_text().startswith("IVH-netwerk Voorbeeldregio")
    pdf = tool.shots / "factsheet-aangepast.pdf"
    pdf.write_bytes(page.pdf(format="A4"))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages)
    for expected in (
        "IVH-netwerk Voorbeeldregio",
        "Stichting Voorbeeld Jeugd",
        "020 123 45 67",
        "www.voorbeeld.nl/ivh",
        "info@voorbeeld.nl",
        VALUES["aanmelden"],
    ):
        assert expected in text, expected
    assert "Gegevens van uw regio invullen" not in text
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tool.shots / "factsheet-aangepast")], check=True)

    # the folder page starts from the same details
    open_page(page, tool.site.url(URL))
    assert page.input_value("#kb-fo-regio") == "IVH-netwerk Voorbeeldregio" and page.input_value("#kb-fo-email") == "info@voorbeeld.nl"
    assert [t.split()[0] for t in page.locator("#kb-fo-gekozen li").all_inner_texts()] == ["Amsterdam"]

    # another municipality shows the kennisbank's details until the coordinator uses the region's
    open_page(page, tool.site.url(OTHER))
    assert "(ingevuld door de regio)" not in page.locator(".kb-fs-lokaal").inner_text()
    page.get_by_role("button", name="Aanpassen").click()
    page.get_by_role("button", name="Gegevens van IVH-netwerk Voorbeeldregio gebruiken").click()
    assert rows.nth(1).inner_text().startswith("Stichting Voorbeeld Jeugd")
    assert page.input_value("#kb-fs-aanpassen-telefoon") == "020 123 45 67"
    # and back to the kennisbank's details, for this municipality only
    page.get_by_role("button", name="Gegevens van de kennisbank tonen").click()
    open_page(page, tool.site.url(OTHER))
    assert "(ingevuld door de regio)" not in page.locator(".kb-fs-lokaal").inner_text()
    open_page(page, tool.site.url(FACTSHEET))
    assert rows.nth(0).inner_text().startswith("IVH-netwerk Voorbeeldregio")
    page.evaluate("localStorage.clear()")
    open_page(page, tool.site.url(FACTSHEET))
    assert rows.all_inner_texts() == before
    tool.check_clean()


def test_text_typed_on_the_factsheet_stays_text(tool):
    page = tool.page
    tool.open()
    open_page(page, tool.site.url(FACTSHEET))
    page.get_by_role("button", name="Aanpassen").click()
    page.fill("#kb-fs-aanpassen-regio", XSS)
    dd = page.locator("dt[data-aanpassen=netwerk] + dd")
    assert dd.locator("img").count() == 0 and dd.inner_text().startswith(XSS)
    page.wait_for_timeout(200)
    page.evaluate("localStorage.clear()")
    tool.check_clean()


@pytest.mark.parametrize("width", ["desktop", "narrow"])
def test_the_factsheet_form_has_no_axe_violations_in_dark_mode(tool, width):
    page = tool.page
    tool.open("dark", DESKTOP if width == "desktop" else NARROW)
    open_page(page, tool.site.url(FACTSHEET))
    page.get_by_role("button", name="Aanpassen").click()
    page.fill("#kb-fs-aanpassen-regio", VALUES["regio"])
    page.fill("#kb-fs-aanpassen-telefoon", "06 12345678")  # with an error message showing
    page.evaluate(START_AXE, AXE_OPTIONS)
    page.wait_for_function(AXE_DONE, timeout=180_000, polling=100)
    found = page.evaluate("window.__axeResult")
    assert not found, "\n  ".join(found)
    tool.shot(f"factsheet-aanpassen-{width}-dark.png", "#kb-fs-aanpassen")
    page.evaluate("localStorage.clear()")
    tool.check_clean()
