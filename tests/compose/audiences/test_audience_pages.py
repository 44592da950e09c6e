"""Audience pages (doelgroeppagina), the home page's routes, and the glossary as built."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import make_project
from content_rules.pagetext import article, blocks, page_blocks, site_pages

AUDIENCES = ["gemeenten", "verwijzers", "partners", "ouders"]


def _html(site: Path, page: str) -> str:
    path = site / page / "index.html" if page else site / "index.html"
    assert path.exists(), f"pagina ontbreekt: {path.relative_to(site)}"
    return path.read_text(encoding="utf-8")


def _text(site: Path, page: str) -> str:
    return " ".join(blocks(article(_html(site, page)), skip_apparatus=True))


@pytest.mark.parametrize("audience", AUDIENCES)
def test_each_audience_has_its_page_in_the_menu(built_site, audience):
    html = _html(built_site, f"voor/{audience}")
    assert 'class="kb-herzien"' in html  # content page with review date
    assert f"/edit/main/content/audiences/{audience}.yaml" in html
    home = _html(built_site, "")
    assert f'href="voor/{audience}/"' in home, "de startpagina leidt niet naar deze doelgroep"


def test_menu_has_a_section_for_the_audiences_in_order(built_site):
    html = _html(built_site, "voor")
    positions = [html.find(f'href="{a}/"') for a in AUDIENCES]
    assert -1 not in positions
    assert positions == sorted(positions), "volgorde: gemeenten, verwijzers, partners, ouders"


def test_home_explains_ivh_and_shows_the_blocks(built_site, content):
    home = _html(built_site, "")
    text = _text(built_site, "")
    assert "zeven bouwstenen" in text
    for block in content.of("bouwsteen"):
        assert f'href="bouwstenen/{block.id}/"' in home


def test_parents_page_is_warm_and_complete(built_site):
    text = _text(built_site, "voor/ouders")
    assert "trajectbegeleider" in text and "casemanager" in text, "noem de contactpersoon, ook als casemanager"
    assert "verzorgers" in text, "zeg dat ouders ook verzorgers zijn"
    assert "toestemming" in text
    html = _html(built_site, "voor/ouders")
    assert 'class="kb-stappen"' in html and html.count("<li>") >= 8, "de stappen staan als genummerde lijst"
    assert '<blockquote class="kb-citaat">' in html, "citaten van ouders zijn als citaat gemarkeerd"


_YOU_FORMAL = re.compile(r"\b(?:u|uw)\b")
_YOU_INFORMAL = re.compile(r"\b(?:je|jij|jou|jouw|jullie)\b", re.IGNORECASE)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_voice_is_consistent(content, built_site, audience):
    """'je' pages never say 'u'/'uw'; 'u' pages never say 'je'/'jij'/'jouw' (quotations excepted)."""
    voice = content.get("doelgroeppagina", audience).voice
    text = _text(built_site, f"voor/{audience}")
    wrong = _YOU_FORMAL if voice == "je" else _YOU_INFORMAL
    found = sorted({m.group(0) for m in wrong.finditer(text)})
    assert not found, f"de pagina spreekt de lezer aan met '{voice}', maar gebruikt ook: {found}"


@pytest.mark.parametrize("audience", AUDIENCES)
def test_casemanager_is_named_where_the_trajectbegeleider_is(built_site, audience):
    """conventions.md: readers who only know 'casemanager' find it on every page about the role."""
    text = _text(built_site, f"voor/{audience}").lower()
    if "trajectbegeleid" in text:
        assert "casemanager" in text


@pytest.mark.parametrize("audience", AUDIENCES)
def test_mdo_is_written_out_at_first_use(built_site, audience):
    text = _text(built_site, f"voor/{audience}")
    first = text.find("MDO")
    if first == -1:
        pytest.fail("MDO komt niet voor")
    assert "multidisciplinair overleg" in text[: first + 10].lower()


def test_a_section_links_to_the_blocks_it_names(built_site, content):
    if not content.of("bouwsteen"):
        pytest.fail("nog geen bouwstenen")
    html = _html(built_site, "voor/verwijzers")
    assert 'href="../../bouwstenen/vroegsignalering/"' in html


def test_glossary_synonyms_are_on_the_page_for_search(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    glossary = " ".join(d["text"] + " " + d["title"] for d in index["docs"] if d["location"].startswith("begrippen/")).lower()
    for word in ["casemanager", "multidisciplinair overleg", "ketenregisseur", "vroegsignalering en doorverwijzing", "ketensamenwerking"]:
        assert word in glossary, f"zoeken op '{word}' vindt de begrippenlijst niet"


def test_every_abbreviation_term_has_an_anchor_and_a_tooltip(built_site, content):
    html = _html(built_site, "begrippen")
    for term in content.of("begrip"):
        assert f'id="{term.id}"' in html
    assert '<abbr title="multidisciplinair overleg">MDO</abbr>' in html


ALLOWED_CAPITALS = {
    "JJJJ",  # date format shown to editors
    "YAML",
    "GitHub",
    "CSV",
    "PDF",
    "URL",
    "HTML",
    "CSS",
    "QR",  # technical words on editors' and factsheet pages
    "NL",  # part of the name 'MEE NL'
    "NH",  # part of a municipality's name: Bergen (NH)
    "WCAG",
    "AA",  # accessibility statement: written out there at first use; no seed defines them
    "JavaScript",
    "JSON",  # the zelfscan: what works without scripts, and its file format
}
# Pages for editors (redactie…) and the change log, which quotes commit messages, are not for readers.
SKIP_PAGES = ("redactie", "over/wijzigingen/", "404.html", "assets/", "search/")


def test_every_abbreviation_used_on_the_site_is_in_the_glossary(built_site, content):
    """Public pages only: the editors' pages and the change log speak to editors, not to readers."""
    known = set(ALLOWED_CAPITALS)
    for term in content.of("begrip"):
        if term.abbreviation:
            known.add(term.abbreviation)
        for synonym in term.synonyms:
            known.update(re.findall(r"[\w'’]+", synonym))
    token = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*[A-Z][A-Za-z'’]*(?!\w)")
    missing: dict[str, str] = {}
    for page in site_pages(built_site):  # of the factsheets a sample: they differ only in names and figures
        relative = page.relative_to(built_site).as_posix()
        if relative.startswith(SKIP_PAGES):
            continue
        for text in page_blocks(page):
            for word in token.findall(text):
                if re.fullmatch(r"IJ[a-z]+", word):  # the Dutch IJ: IJssel, IJsselstein
                    continue
                base = re.sub(r"(?:['’]?s)$", "", word)  # plurals: MDO's, MDOs
                if word not in known and base not in known:
                    missing.setdefault(word, page.relative_to(built_site).parent.as_posix())
    assert not missing, "afkortingen zonder uitleg in de begrippenlijst (content/glossary/): " + ", ".join(
        f"{w} (op /{p}/)" for w, p in sorted(missing.items())
    )


def _build(project: Path, site: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kennisbank.cli", "--root", str(project), "build", "--site-dir", str(site)],
        capture_output=True,
        text=True,
    )


AUDIENCE_YAML = textwrap.dedent(
    """\
    soort: doelgroeppagina
    id: proef
    titel: Proefpagina
    menutitel: Voor proef
    aanspreekvorm: u
    samenvatting: Een proef.
    delen:
      - id: eerste
        kop: Over het MDO
        tekst:
          - tekst: Het multidisciplinair overleg (MDO) bespreekt het kind.
            bron: "002:432-438"
        stappen:
          - kop: Het MDO plannen
            tekst: De coördinator plant het MDO.
            bron: "002:432-434"
        vragen:
          - vraag: Wie zit in het MDO?
            antwoord: Deskundigen uit verschillende vakgebieden.
            bron: "002:292-300"
    beoordeeld:
      datum: 2026-11-25
      door: redactie kennisbank
    """
)
TABLE_PAGE = "---\nsectie: over\n---\n# Tabel\n\n| afkorting | betekenis |\n|---|---|\n| MDO | overleg |\n"


@pytest.fixture(scope="module")
def small_site(tmp_path_factory) -> Path:
    """A small project: sources, the MDO term, one audience page, one hand-written page with a table."""
    project = make_project(
        tmp_path_factory.mktemp("proj"),
        {
            "content/audiences/proef.yaml": AUDIENCE_YAML,
            "docs/tabel.md": TABLE_PAGE,
        },
        with_content=False,
    )
    root = Path(__file__).resolve().parents[3]
    for name in ["sources"]:
        import shutil

        shutil.copytree(root / "content" / name, project / "content" / name)
    (project / "content" / "glossary").mkdir()
    (project / "content" / "glossary" / "mdo.yaml").write_text((root / "content" / "glossary" / "mdo.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    site = project / "site"
    result = _build(project, site)
    assert result.returncode == 0, result.stderr
    return site


def test_tooltips_work_in_headings_lists_and_tables(small_site):
    page = (small_site / "voor" / "proef" / "index.html").read_text(encoding="utf-8")
    abbr = '<abbr title="multidisciplinair overleg">MDO</abbr>'
    assert re.search(rf"<h2[^>]*>Over het {re.escape(abbr)}", page), "afkorting in een kop"
    assert re.search(rf"<strong>Het {re.escape(abbr)} plannen</strong>", page), "afkorting in een lijst (stap)"
    assert re.search(rf"<h3[^>]*>Wie zit in het {re.escape(abbr)}\?", page), "afkorting in een vraag"
    table = (small_site / "tabel" / "index.html").read_text(encoding="utf-8")
    assert f"<td>{abbr}</td>" in table, "afkorting in een tabel"


def test_an_audience_page_appears_from_its_yaml_alone(small_site):
    page = (small_site / "voor" / "proef" / "index.html").read_text(encoding="utf-8")
    assert "Proefpagina" in page and 'id="eerste"' in page
    assert "Bron: Handboek" in page or "Bron: " in page
    overview = (small_site / "voor" / "index.html").read_text(encoding="utf-8")
    assert 'href="proef/"' in overview


def test_duplicate_section_ids_are_an_editor_error(tmp_path):
    from kennisbank.validate import load_content

    project = make_project(
        tmp_path,
        {"content/audiences/dubbel.yaml": AUDIENCE_YAML.replace("id: proef", "id: dubbel").replace("    beoordeeld:", "", 0) + ""},
        with_content=False,
    )
    root = Path(__file__).resolve().parents[3]
    import shutil

    shutil.copytree(root / "content" / "sources", project / "content" / "sources")
    text = (project / "content" / "audiences" / "dubbel.yaml").read_text(encoding="utf-8")
    text = text.replace("beoordeeld:", "  - id: eerste\n    kop: Nog een keer\nbeoordeeld:", 1)
    (project / "content" / "audiences" / "dubbel.yaml").write_text(text, encoding="utf-8")
    _content, problems = load_content(project)
    messages = [p.message for p in problems if p.is_error]
    assert any("twee delen hebben de id 'eerste'" in m for m in messages), messages


def test_voice_must_be_je_or_u(tmp_path):
    from kennisbank.validate import load_content

    project = make_project(tmp_path, {"content/audiences/proef.yaml": AUDIENCE_YAML.replace("aanspreekvorm: u", "aanspreekvorm: jullie")}, with_content=False)
    root = Path(__file__).resolve().parents[3]
    import shutil

    shutil.copytree(root / "content" / "sources", project / "content" / "sources")
    _content, problems = load_content(project)
    errors = [p for p in problems if p.is_error]
    assert errors and "aanspreekvorm" in str(errors[0].location) + errors[0].message


def test_a_table_row_with_too_few_cells_is_an_editor_error(tmp_path):
    from kennisbank.validate import load_content

    table = (
        "    tabel:\n"
        "      bijschrift: Proef.\n"
        "      kolommen: [Bouwsteen, Betaling, Afspraak]\n"
        "      rijen:\n"
        "        - cellen: [Vroegsignalering, Uit het eigen budget]\n"
        '          bron: "001:42"\n'
    )
    yaml_text = AUDIENCE_YAML.replace("beoordeeld:", table + "beoordeeld:", 1)
    project = make_project(tmp_path, {"content/audiences/proef.yaml": yaml_text}, with_content=False)
    import shutil

    shutil.copytree(Path(__file__).resolve().parents[3] / "content" / "sources", project / "content" / "sources")
    _content, problems = load_content(project)
    messages = [p.message for p in problems if p.is_error]
    assert any("rij 1 heeft 2 cellen, maar de tabel heeft 3 kolommen" in m for m in messages), messages


def test_municipalities_see_financing_per_block_in_a_table(built_site):
    html = _html(built_site, "voor/gemeenten")
    table = html[html.find('class="kb-tabel"') :]
    assert "<table" in table
    for number in range(1, 8):
        assert f"{number}" in table
    assert "Gemeentefonds" in table and "Wmo" in table
