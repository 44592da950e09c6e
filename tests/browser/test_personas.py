"""Issue 18: five people, each with a real task, on a phone (390 px) and on a desktop. Each task is done the
way that person would do it, in few taps, so the ways in stay true.

1. A policy officer of Deventer: from the home page to the factsheet of Deventer; a search for "Deventer"
   finds it, and other searches are not flooded with factsheets.
2. A JGZ nurse on a phone: whether the child fits, consent, what to send, and where to sign up in the
   child's municipality (the recorded route where there is one, otherwise honestly not, with a national
   contact point and the date it was checked).
3. A parent with low literacy on a phone: the parents' card on the first screen, a short summary, "Kost het
   geld?", who to call, abbreviations that explain themselves on a tap or with the keyboard, and links
   that stay at B1 or say they lead to a page for professionals.
4. A new coordinator: a search for "indicatoren" shows pages for readers before pages for editors, and
   the quality framework links to the monitoring data set.
5. An editor adding the term "TLV" by following the guide literally: search first, the folder link, a
   template that parses, and the guide in its own section, out of the public menu.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from .conftest import DESKTOP, open_page, search, settle

PHONE = {"width": 390, "height": 700}  # a 390 px phone with the browser's own bars taking part of the screen
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
REPOSITORY = "https://github.com/integrale-vroeghulp/kennisbank"


@pytest.fixture(params=list(VIEWPORTS))
def reader(request, new_context):
    """A fresh browser tab on a phone (touch) or a desktop."""
    phone = request.param == "phone"
    context = new_context("light", VIEWPORTS[request.param], has_touch=phone, is_mobile=phone)
    page = context.new_page()
    page.kb_phone = phone
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert not errors, f"script errors: {errors}"


def tap(page, locator) -> None:
    """A tap on a phone, a click on a desktop; then wait until the page has settled."""
    locator.scroll_into_view_if_needed()
    if page.kb_phone:
        locator.tap()
    else:
        locator.click()
    for _ in range(3):  # a tap on a link may still be navigating: wait until the new page has settled
        try:
            page.wait_for_load_state("load")
            settle(page)
            return
        except PlaywrightError:
            page.wait_for_timeout(200)


def path_of(page, site) -> str:
    parts = urlsplit(page.url)
    return parts.path.removeprefix(urlsplit(site.base).path) + (f"#{parts.fragment}" if parts.fragment else "")


def in_first_screen(page, locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= page.viewport_size["height"]


def card(page, name: str):
    return page.locator("nav.kb-routes a", has_text=name)


# 1. The policy officer of Deventer ----------------------------------------------------------------------


def test_policy_officer_opens_the_factsheet_of_deventer(site, reader):
    open_page(reader, site.url(""))
    tap(reader, card(reader, "Voor gemeenten"))  # tap 1
    assert path_of(reader, site) == "voor/gemeenten/"
    picker = reader.get_by_label("Kies uw gemeente")
    expect(picker).to_be_visible()  # waits: on a busy machine the page's script may still be starting
    picker.select_option(label="Deventer")
    tap(reader, reader.get_by_role("button", name="Open de factsheet"))  # tap 2
    assert path_of(reader, site) == "factsheets/gm0150/"
    assert "Deventer" in reader.locator("h1").inner_text()


def test_searching_a_municipality_finds_its_factsheet_first(site, reader):
    open_page(reader, site.url(""))
    results = search(reader, "Deventer")
    assert results and urlsplit(results[0]["href"]).path.endswith("/factsheets/gm0150/"), results[:3]


@pytest.mark.parametrize("query", ["ouders", "financiering", "gemeente", "IVH", "trajectbegeleider", "kosten"])
def test_other_searches_are_not_flooded_with_factsheets(site, new_context, query):
    page = new_context("light", DESKTOP).new_page()
    open_page(page, site.url(""))
    results = search(page, query)
    factsheets = [r["href"] for r in results[:10] if "/factsheets/gm" in r["href"]]
    assert results and not factsheets, f"{query!r}: {factsheets}"


# 2. The JGZ nurse ----------------------------------------------------------------------------------------


def test_nurse_finds_fit_consent_what_to_send_and_where_to_sign_up(site, reader):
    open_page(reader, site.url(""))
    tap(reader, card(reader, "Voor verwijzers"))  # tap 1
    assert path_of(reader, site) == "voor/verwijzers/"
    assert reader.locator(".kb-kort").is_visible()
    if reader.kb_phone:  # the page's own contents list: every answer one tap away
        contents = reader.locator("nav.kb-inhoud")
        assert contents.is_visible()
        for section in ("Wanneer verwijst u wel, en wanneer niet?", "Wat stuurt u mee?", "Wanneer is toestemming van ouders nodig?", "Waar meld ik aan?"):
            assert contents.get_by_role("link", name=section).count() == 1, section
        tap(reader, contents.get_by_role("link", name="Waar meld ik aan?"))  # tap 2
    lookup = reader.get_by_label("In welke gemeente woont het kind?")
    assert lookup.is_visible()
    lookup.select_option(label="Deventer")
    answer = reader.locator(".kb-gemeente__uitkomst")
    assert "Voor Deventer is de aanmeldroute nog niet vastgelegd op deze site" in answer.inner_text()
    national = reader.locator(".kb-gemeente__landelijk")
    assert national.is_visible()
    text = national.inner_text()
    assert "Nederlands Centrum Jeugdgezondheid" in text and "030-760 04 05" in text and "Gecontroleerd op" in text
    assert national.locator('a[href^="tel:"]').count() == 1 and national.locator('a[href="mailto:secretariaat@ncj.nl"]').count() == 1


def test_nurse_sees_the_recorded_route_where_coordinators_recorded_one(site, reader, tmp_path):
    """The real site has no recorded route yet: a page composed with example facts (the same template and
    script) shows the route of the chosen municipality, a municipality's own contact, or the honest answer."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "compose" / "audiences"))
    from test_municipality_lookup import load, page_html, project_with

    body = page_html(load(project_with(tmp_path)), "voor/verwijzers.md")
    document = (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title>'
        '<link rel="stylesheet" href="/assets/stylesheets/gemeente.css"></head>'
        f'<body><main class="md-content md-typeset">{body}</main>'
        '<script type="module" src="/assets/javascripts/kb-gemeente.js"></script></body></html>'
    )
    address = site.url("kb-proef/verwijzers.html")
    reader.route(address, lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=document))
    reader.goto(address)
    choose = reader.get_by_label("In welke gemeente woont het kind?")
    answer = reader.locator(".kb-gemeente__uitkomst")
    choose.select_option(label="Deventer")
    shown = answer.locator(":scope > :not([hidden])")
    assert shown.count() == 1
    text = shown.inner_text()
    assert "Aanmelden in Deventer (Testnetwerk Salland):" in text and "Bel het testnummer" in text
    assert "Testorganisatie Salland" in text and "Gecontroleerd op 25 november 2026" in text and "Voorbeeldgegevens" in text
    choose.select_option(label="Raalte")
    assert "Eigen testorganisatie Raalte" in answer.inner_text() and "Aanmelden in Raalte" in answer.inner_text()
    choose.select_option(label="Groningen")
    assert answer.inner_text().startswith("Voor Groningen is de aanmeldroute nog niet vastgelegd")
    choose.select_option(value="")
    assert answer.locator(":scope > :not([hidden])").count() == 0


def test_the_trajectory_page_has_its_steps_in_the_first_screens_on_a_phone(site, new_context):
    page = new_context("light", PHONE).new_page()
    open_page(page, site.url("ivh/traject/"))
    steps = page.locator("nav.kb-stappen-kort a")
    assert steps.count() >= 8 and steps.first.is_visible()
    assert steps.first.bounding_box()["y"] < 2 * PHONE["height"]


# 3. The parent -------------------------------------------------------------------------------------------


def test_home_shows_all_four_ways_in_on_the_first_screen(site, new_context):
    page = new_context("light", PHONE, has_touch=True, is_mobile=True).new_page()
    open_page(page, site.url(""))
    for name in ("Voor gemeenten", "Voor verwijzers", "Voor partners", "Voor ouders"):
        assert in_first_screen(page, page.locator("nav.kb-routes li").filter(has_text=name)), name


def test_parent_finds_cost_and_who_to_call_in_two_taps(site, reader):
    open_page(reader, site.url(""))
    tap(reader, card(reader, "Voor ouders"))  # tap 1
    assert path_of(reader, site) == "voor/ouders/"
    summary = reader.locator(".kb-kort")
    assert summary.locator("li").count() == 3
    if reader.kb_phone:
        assert in_first_screen(reader, summary)
        contents = reader.locator("nav.kb-inhoud")
        tap(reader, contents.get_by_role("link", name="Kost het geld?"))  # tap 2
    else:
        tap(reader, reader.locator(".md-sidebar--secondary").get_by_role("link", name="Kost het geld?"))
    assert path_of(reader, site) == "voor/ouders/#kosten"
    cost = reader.locator("#kosten ~ p").first.inner_text()
    assert "staat niet in de bronnen" in cost
    assert "De gemeente betaalt een deel" in reader.locator("#kosten ~ p").nth(1).inner_text()
    # who to call: one tap from the summary at the top
    reader.goto(site.url("voor/ouders/"))
    tap(reader, summary.get_by_role("link", name="Waar meld ik aan?"))
    reader.get_by_label("In welke gemeente woon je?").select_option(label="Zwolle")
    assert "Voor Zwolle staat op deze site nog niet waar je aanmeldt" in reader.locator(".kb-gemeente__uitkomst").inner_text()
    assert reader.locator(".kb-gemeente__landelijk a[href^='tel:']").is_visible()


def test_a_search_for_the_cost_lands_on_the_parents_page(site, new_context):
    page = new_context("light", DESKTOP).new_page()
    open_page(page, site.url(""))
    results = search(page, "kost het geld")
    assert results and urlsplit(results[0]["href"]).path.endswith("/voor/ouders/"), results[:3]


def test_an_abbreviation_explains_itself_on_a_tap(site, reader):
    open_page(reader, site.url("voor/ouders/"))
    later_use = reader.locator("article p > abbr", has_text="IVH").first  # not the first use: no button here
    assert later_use.locator("button").count() == 0
    tap(reader, later_use)
    box = reader.locator(".kb-afk-uitleg")
    assert box.is_visible() and box.inner_text() == "IVH: Integrale Vroeghulp"
    assert box.get_attribute("role") == "status"
    tap(reader, reader.locator("h1"))
    assert not box.is_visible()


def test_an_abbreviation_explains_itself_with_the_keyboard(site, new_context):
    page = new_context("light", DESKTOP).new_page()
    open_page(page, site.url("voor/ouders/"))
    button = page.locator("article button.kb-afk", has_text="IVH").first
    assert button.get_attribute("aria-describedby")
    meaning = page.locator(f"#{button.get_attribute('aria-describedby')}")
    assert meaning.text_content() == "Integrale Vroeghulp"  # read by a screen reader as the description
    page.keyboard.press("Tab")  # the skip link "Ga naar inhoud"
    page.keyboard.press("Enter")
    for _ in range(20):  # Tab through the text like a keyboard user until the abbreviation has focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('kb-afk')"):
            break
    assert page.evaluate("document.activeElement.textContent") == "IVH"
    page.keyboard.press("Enter")
    box = page.locator(".kb-afk-uitleg")
    assert box.is_visible() and box.inner_text() == "IVH: Integrale Vroeghulp"
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "true"
    page.keyboard.press("Escape")
    assert not box.is_visible()


B1_PAGES = ("voor/ouders/", "voorbeeld-amy/")


def test_links_from_the_parents_page_stay_at_b1_or_say_they_are_for_professionals(site, new_context):
    page = new_context("light", DESKTOP).new_page()
    open_page(page, site.url("voor/ouders/"))
    links = page.evaluate(
        """() => [...document.querySelectorAll('article a[href]')].filter(a => !a.closest('.md-content__button, .kb-bron, .kb-herzien'))
             .map(a => ({href: a.href, text: a.textContent.trim(),
                         around: (a.closest('p, li, div') || a).textContent}))"""
    )
    assert len(links) > 10
    wrong = []
    for link in links:
        href = link["href"]
        if href.startswith(("tel:", "mailto:")):
            continue
        target = urlsplit(href).path.removeprefix(urlsplit(site.base).path)
        if target in B1_PAGES or "voor professionals" in link["around"]:
            continue
        wrong.append(f"{link['text']} -> {target}")
    assert not wrong, "links to pages for professionals that do not say so:\n" + "\n".join(wrong)


# 4. The new coordinator ----------------------------------------------------------------------------------


def test_coordinator_sees_readers_pages_before_editors_pages(site, new_context):
    page = new_context("light", DESKTOP).new_page()
    open_page(page, site.url(""))
    results = search(page, "indicatoren")
    pages = []
    for result in results:
        path = urlsplit(result["page"]).path.removeprefix(urlsplit(site.base).path)
        if path not in pages:
            pages.append(path)
    editors = [i for i, p in enumerate(pages) if p.startswith("redactie")]
    readers = [i for i, p in enumerate(pages) if not p.startswith("redactie")]
    assert readers and readers[0] == 0, pages[:5]
    assert not editors or max(readers) < min(editors), pages


def test_the_framework_links_to_the_monitoring_data_set(site, reader):
    open_page(reader, site.url("kwaliteitskader/"))
    link = reader.get_by_role("link", name="gedeelde dataset voor monitoring")
    tap(reader, link)
    assert path_of(reader, site) == "richtlijnen/kwaliteit/#dataset"
    assert reader.locator("#dataset").is_visible()


# 5. The editor -------------------------------------------------------------------------------------------


def test_editor_follows_the_guide_to_add_tlv(site, reader):
    open_page(reader, site.url(""))
    nav = reader.locator("nav.md-nav--primary")
    assert nav.get_by_text("Redactie", exact=True).count() == 0, "the editors' section is not in the public menu"
    guide = nav.locator("a.md-nav__link", has_text="Handleiding voor de redactie")
    assert guide.count() == 1, "one way in, under 'Over deze kennisbank'"
    reader.goto(site.url(guide.get_attribute("href")))
    tap(reader, reader.locator("article").get_by_role("link", name="Een begrip toevoegen"))
    assert path_of(reader, site) == "redactie-begrip-toevoegen/"
    headings = reader.locator("article h2").all_inner_texts()
    assert headings[0] == "Stap 1. Zoek eerst of het begrip al bestaat" and headings[1] == "Stap 2. Een nieuw bestand maken"

    # step 1, literally: search for the abbreviation and the word
    def term(result) -> bool:
        parts = urlsplit(result["href"])
        return parts.path.endswith("/begrippen/") and parts.fragment == "toelaatbaarheidsverklaring"

    assert not [r for r in search(reader, "TLV") if term(r)], "TLV is not yet an abbreviation of the term"
    assert any(term(r) for r in search(reader, "toelaatbaarheidsverklaring")), "the term exists: add TLV to it"
    reader.keyboard.press("Escape")
    # the folder to edit, directly
    folders = [a for a in reader.locator("article a[href^='https://github.com/']").evaluate_all("els => els.map(a => a.href)")]
    assert f"{REPOSITORY}/tree/main/content/glossary" in folders and f"{REPOSITORY}/new/main/content/glossary" in folders
    # the template as shown: copy it, and it parses and validates as a term
    template = reader.locator("article .language-yaml code").first.text_content()
    assert "uitleg: >-" in template and "&gt;" not in template
    from kennisbank.load import parse_yaml
    from kennisbank.models.glossary import GlossaryTerm

    document, problems = parse_yaml(template.replace("synoniemen: [wachttijd]", "afkorting: TLV\nsynoniemen: [wachttijd]"), "sjabloon.yaml")
    assert not problems
    assert GlossaryTerm.model_validate(document.data).abbreviation == "TLV"
    # the edit pencil says who it is for
    pencil = reader.locator("a.md-content__button[rel=edit]")
    assert "voor de redactie" in pencil.get_attribute("title")
    # and the way back
    assert reader.locator(".kb-kruimel a", has_text="Handleiding voor de redactie").count() == 1


def test_every_folder_link_in_the_guide_points_at_a_folder_of_this_repository(site):
    root = Path(__file__).resolve().parents[2]
    edit_base = re.search(r"edit_base:\s*(\S+)", (root / "mkdocs.yml").read_text(encoding="utf-8")).group(1)
    assert edit_base.startswith(REPOSITORY + "/edit/main/")
    found = 0
    for page in site.root.glob("redactie*/**/*.html"):
        for href in re.findall(r'href="(https://github\.com/[^"]+)"', page.read_text(encoding="utf-8")):
            match = re.match(rf"{re.escape(REPOSITORY)}/(tree|new|edit|blob)/main/(.+)$", href)
            if match is None:
                continue
            found += 1
            assert (root / match.group(2)).exists(), f"{page.relative_to(site.root)}: {href}"
    assert found >= 5
