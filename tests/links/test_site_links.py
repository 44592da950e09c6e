"""Links, images and #anchors in the built site, offline, with the page and the YAML line behind them."""

from __future__ import annotations

import json
import shutil

import pytest
from types import SimpleNamespace

from kennisbank.compose.page import Page
from kennisbank.errors import Location
from kennisbank.links.check import INTERN, Outcome, check_internal
from kennisbank.links import report
from kennisbank.links.config import LinkConfig
from kennisbank.links.origins import YamlText, record_link_origins, site_target

from .conftest import run_links

HOME = """<!doctype html><html><body><h1 id="welkom">Welkom</h1>
<a href="over/">Over</a> <a href="over/#team">Team</a> <a href="#nergens">Nergens</a>
</body></html>"""

ABOUT = """<!doctype html><html><body><h1 id="over">Over</h1><h2 id="team">Team</h2>
<a href="../">Start</a>
<a href="../#welkom">Welkom</a>
<a href="../#bestaat-niet">Kapot anker</a>
<a href="../bouwstenen/vroegsignalering/">Uit YAML</a>
<a href="#geen-kop">Kapot anker op deze pagina</a>
<img src="../assets/weg.png" alt="">
<a href="../factsheets/pdf/gm0363.pdf">PDF</a>
</body></html>"""


def _site(tmp_path):
    site = tmp_path / "site"
    (site / "over").mkdir(parents=True)
    (site / "index.html").write_text(HOME, encoding="utf-8")
    (site / "over" / "index.html").write_text(ABOUT, encoding="utf-8")
    return site


def test_internal_links_and_anchors_are_checked_offline(tmp_path):
    site = _site(tmp_path)
    origin = Location("content/pages/over.yaml", 14, 9)
    pages = [
        Page("index.md", "Start", "", "start"),
        Page("over/index.md", "Over", "", "over", link_origins={"../bouwstenen/vroegsignalering.md": origin}),
    ]
    outcome = Outcome()
    check_internal(site, LinkConfig(), outcome, pages=pages)
    broken = {f.url: f for f in outcome.findings}
    home = broken.pop("/#nergens")
    assert home.page == ""  # the home page
    assert set(broken) == {"/#bestaat-niet", "/bouwstenen/vroegsignalering", "/over/#geen-kop", "/assets/weg.png", "/factsheets/pdf/gm0363.pdf"}
    assert all(f.scope == INTERN and f.verdict.category == "kapot" and f.page == "over/" for f in broken.values())
    assert "'#bestaat-niet' staat niet op de pagina" in broken["/#bestaat-niet"].verdict.reason
    # the link that a YAML text produced points back at that YAML line
    assert broken["/bouwstenen/vroegsignalering"].location == origin
    assert report.line(broken["/bouwstenen/vroegsignalering"]).startswith(
        "content/pages/over.yaml:14:9: fout: interne link kapot: /bouwstenen/vroegsignalering (op pagina /over/) – "
    )
    assert broken["/assets/weg.png"].location is None
    assert outcome.checked[INTERN] >= 8


def test_files_made_after_the_build_are_skipped_only_while_their_folder_is_missing(tmp_path):
    site = _site(tmp_path)
    config = LinkConfig.model_validate({"later_gemaakt": [{"pad": "/factsheets/pdf/", "reden": "gemaakt door kennisbank factsheets"}]})
    outcome = Outcome()
    check_internal(site, config, outcome)
    pdf = next(f for f in outcome.findings if f.url == "/factsheets/pdf/gm0363.pdf")
    assert pdf.verdict.category == "overgeslagen" and "kennisbank factsheets" in pdf.verdict.reason
    (site / "factsheets" / "pdf").mkdir(parents=True)  # the step ran, but this PDF is missing: broken
    outcome = Outcome()
    check_internal(site, config, outcome)
    pdf = next(f for f in outcome.findings if f.url == "/factsheets/pdf/gm0363.pdf")
    assert pdf.verdict.category == "kapot"


def test_cli_fails_on_a_broken_internal_link_even_without_schedule(tmp_path):
    site = _site(tmp_path)
    code, out, err = run_links(tmp_path, "--intern", "--site", str(site))
    # tmp_path has no content/: the pages list is empty, the site is still checked
    assert code == 1, err
    assert "site /over/: fout: interne link kapot: /assets/weg.png – deze pagina of dit bestand bestaat niet in de site." in out
    assert "site /: fout: interne link kapot: /#nergens – het anker '#nergens' staat niet op de pagina." in out


def test_link_origins_point_at_the_yaml_line_of_the_text_that_holds_the_link(tmp_path):
    text = (
        "soort: pagina\nid: over\ntekst:\n  - tekst: >-\n      Lees eerst over\n"
        "      [vroegsignalering](../bouwstenen/vroegsignalering.md#doel) en kijk op\n"
        "      https://www.ncj.nl/ivh voor de landelijke informatie.\n"
    )
    (tmp_path / "content" / "pages").mkdir(parents=True)
    (tmp_path / "content" / "pages" / "over.yaml").write_text(text, encoding="utf-8")
    content = SimpleNamespace(root=tmp_path, entries=[SimpleNamespace(file="content/pages/over.yaml")])
    markdown = "Lees eerst over [vroegsignalering](../bouwstenen/vroegsignalering.md#doel) en kijk op https://www.ncj.nl/ivh."
    page = Page("over/index.md", "Over", markdown, "over", source="content/pages/over.yaml")
    record_link_origins([page], content)
    assert page.link_origins["../bouwstenen/vroegsignalering.md#doel"] == Location("content/pages/over.yaml", 6, 26)
    assert page.link_origins["https://www.ncj.nl/ivh"] == Location("content/pages/over.yaml", 7, 7)
    assert site_target("over/index.md", "../bouwstenen/vroegsignalering.md#doel") == "bouwstenen/vroegsignalering/#doel"


def test_positions_count_characters_not_bytes():
    text = 'a: "één – x"\n# café https://c.test/x\nb: >-\n  Zie ’t café – https://een.test/p en\n  https://twee.test/q\n'
    yaml_text = YamlText(text, "x.yaml")
    assert yaml_text.value_at(2, 8) is None  # lychee: https://c.test/x at 2:8, in a comment
    assert yaml_text.value_at(4, 17).path == ("b",)  # lychee: https://een.test/p at 4:17
    assert [(f.url, f.location.line, f.location.column) for f in yaml_text.links()] == [
        ("https://een.test/p", 4, 17),
        ("https://twee.test/q", 5, 3),
    ]


def test_yaml_values_and_comments_are_told_apart():
    text = "a: https://een.test/  # https://commentaar.test/\n# https://ook-commentaar.test/\nb: >-\n  tekst https://twee.test/x.\n"
    yaml_text = YamlText(text, "x.yaml")
    assert yaml_text.value_at(1, 4).path == ("a",)
    assert yaml_text.value_at(1, 26) is None
    assert yaml_text.value_at(2, 3) is None
    assert yaml_text.value_at(4, 9).path == ("b",)
    assert [(f.url, f.location.line, f.location.column) for f in yaml_text.links()] == [
        ("https://een.test/", 1, 4),
        ("https://twee.test/x", 4, 9),
    ]


def test_the_real_site_has_no_broken_internal_links_and_a_broken_anchor_names_its_page(built_site, tmp_path, project_root):
    """One lychee run over a copy of the real site with one anchor broken on purpose: that is the only
    broken link found (so the real site has none), reported on its page; the build fails on it."""
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    # the test site has the PDFs of a sample of the factsheets (conftest.PDF_SAMPLE); stand-ins for the rest
    pdfs = site / "factsheets" / "pdf"
    for page in (site / "factsheets").glob("*/index.html"):
        (pdfs / f"{page.parent.name}.pdf").touch(exist_ok=True)
    page = site / "over" / "bronnen" / "index.html"
    html = page.read_text(encoding="utf-8")
    page.write_text(html.replace("</article>", '<a href="../../#geen-anker">x</a></article>', 1), encoding="utf-8")
    report = tmp_path / "intern.json"
    code, out, err = run_links(project_root, "--intern", "--site", str(site), "--json", str(report))
    assert code == 1, out + err
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["samenvatting"]["intern_gecontroleerd"] > 50
    broken = [f for f in data["bevindingen"] if f["categorie"] == "kapot"]
    assert [(f["url"], f["pagina"]) for f in broken] == [("/#geen-anker", "/over/bronnen/")], out
    assert "site /over/bronnen/: fout: interne link kapot: /#geen-anker" in out


@pytest.mark.full  # builds a site
def test_default_run_builds_the_site_itself_and_checks_both(tmp_path):
    """`kennisbank links` without options: builds into a temporary folder, checks the YAML and the site.

    A project without content has no home page, so every link to '/' is broken: the build-and-check
    path finds that. Every external address is allow-listed here, so nothing leaves this machine."""
    import string

    from conftest import make_project  # tests/conftest.py, on the path like for the other test folders

    (tmp_path / "project").mkdir()
    root = make_project(tmp_path / "project", with_content=False)
    lines = ["toegestaan:"]
    for scheme in ("http", "https"):
        for first in string.ascii_lowercase + string.digits:
            lines += [f'  - begint_met: "{scheme}://{first}"', "    reden: deze test gebruikt geen internet"]
    config = tmp_path / "links.yaml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = tmp_path / "r.json"
    code, out, err = run_links(root, "--config", str(config), "--json", str(report))
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["samenvatting"]["opgevraagd"] == 0
    assert data["samenvatting"]["intern_gecontroleerd"] > 10
    assert code == 1, out + err
    assert "site /404.html: fout: interne link kapot: / – deze pagina of dit bestand bestaat niet in de site." in out
    assert not (root / "site").exists()  # built in a temporary folder, not over the real site/
