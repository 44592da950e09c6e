"""The editors' pages: review list, real examples and error messages, the guide's table of contents."""

from __future__ import annotations

import re
from datetime import date

from kennisbank.compose import ComposeContext, SiteInputs
from kennisbank.editors import pages as editors_pages
from kennisbank.compose.citations import Citations
from kennisbank.editors import freshness
from kennisbank.validate import load_content

from .conftest import ROOT


def _context(root, today: date = date(2026, 11, 25)):
    content, problems = load_content(root)
    assert not [p for p in problems if p.is_error], problems
    return ComposeContext(content, Citations(content), root, SiteInputs(today=today))


def _review(root, term: str, day: str, months: int | None = None) -> None:
    path = root / "content" / "glossary" / term
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"datum: \S+", f"datum: {day}", text, count=1)
    if months:
        text = text.replace(f"datum: {day}", f"datum: {day}\n  interval_maanden: {months}")
    path.write_text(text, encoding="utf-8")


def test_review_page_lists_overdue_and_soon_due_content(small_project):
    _review(small_project, "mdo.yaml", "2025-06-30")  # 12 months: overdue from 1 juli 2026
    _review(small_project, "jgz.yaml", "2025-10-02", months=10)  # due from 1 september 2026
    page = editors_pages._review_page(_context(small_project, today=date(2026, 7, 15)))
    assert page.path == "redactie/te-herzien.md" and page.section == "redactie"
    text = page.markdown
    overdue, soon = text.split("## Te laat")[1].split("## Binnenkort aan de beurt")
    assert "[multidisciplinair overleg](../begrippen/index.md)" in overdue
    assert "30 juni 2025 door redactie kennisbank<br>13 maanden geleden; afspraak: elke 12 maanden" in overdue
    assert "jeugdgezondheidszorg" not in overdue.lower()
    assert "| 1 september 2026 | 2 oktober 2025 door redactie kennisbank |" in soon
    assert "Stand van 15 juli 2026." in text


def test_review_page_agrees_with_the_check_warning(small_project, monkeypatch):
    from datetime import date

    _review(small_project, "mdo.yaml", "2025-06-30")
    _, problems = load_content(small_project, today=date(2026, 7, 1))
    assert [p.location.file for p in problems if not p.is_error] == ["content/glossary/mdo.yaml"]
    _, problems = load_content(small_project, today=date(2026, 6, 30))
    assert not [p for p in problems if not p.is_error]
    content, _ = load_content(small_project)
    due = {s.file: s.due for s in freshness.statuses(content, date(2026, 6, 30))}
    assert due["content/glossary/mdo.yaml"] == date(2026, 7, 1)


def test_review_page_when_nothing_is_due(small_project):
    text = editors_pages._review_page(_context(small_project, today=date(2026, 11, 25))).markdown
    assert "Er is geen inhoud waarvan de controle te laat is." in text
    assert "Alle 8 bestanden" in text


def test_add_months_keeps_the_day_within_the_month():
    from datetime import date

    assert freshness.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert freshness.add_months(date(2026, 11, 1), 14) == date(2028, 1, 1)


def test_examples_page_shows_real_files_and_the_real_messages_for_typical_mistakes(small_project):
    page = editors_pages._examples_page(_context(small_project))
    text = page.markdown
    shortest = min((small_project / "content" / "glossary").glob("*.yaml"), key=lambda p: (len(p.read_text(encoding="utf-8").splitlines()), p.name))
    assert f"Bestand <code>content/glossary/{shortest.name}</code>:" in text
    for title in (
        "Een tikfout in een veldnaam",
        "Een verplicht veld vergeten",
        "Een dubbele punt in een tekst",
        "Een bronverwijzing in de verkeerde vorm",
        "Inspringen met een tab",
    ):
        assert f"### {title}" in text
    assert "**fout**: het veld 'tittel' bestaat niet op deze plek. Bedoelde u 'titel'?" in text
    assert "**fout**: het veld 'samenvatting' ontbreekt. Voeg toe: samenvatting: …" in text
    assert "**fout**: 'handboek blz. 12' is geen geldige bronverwijzing." in text
    assert "**fout**: deze regel springt in met een tab." in text
    assert "::error file=content/glossary/" in text
    assert "### Brondocument { #voorbeeld-brondocument }" in text


def test_code_cells_cannot_be_read_as_markdown():
    assert str(editors_pages.code("a|b *c* <d> {e}")) == "<code>a&#124;b &#42;c&#42; &#60;d&#62; &#123;e&#125;</code>"


def test_fence_is_longer_than_any_backtick_run_in_the_text():
    block = str(editors_pages._fence("tekst: ```niet sluiten```", "yaml"))
    assert block.startswith("````yaml\n") and block.endswith("\n````")


def test_index_lists_the_guide_pages_in_order_and_the_tools():
    context = _context(ROOT)
    pages = editors_pages.compose(context)
    index = next(p for p in pages if p.path == "redactie/index.md")
    guide = sorted((p for p in context.content.of("pagina") if p.section == "redactie"), key=lambda p: p.order)
    assert len(guide) >= 6
    positions = [index.markdown.index(f"[{p.title}](../{p.id}.md)") for p in guide]
    assert positions == sorted(positions)
    for path in ("velden.md", "te-herzien.md", "voorbeelden.md"):
        assert f"]({path})" in index.markdown
    assert "](../over/wijzigingen.md)" in index.markdown


def test_the_day_of_the_review_list_is_read_at_the_edge(small_project, monkeypatch):
    """`kennisbank.site.read_inputs` takes today from the clock, or from KENNISBANK_VANDAAG."""
    from kennisbank.site import read_inputs

    monkeypatch.setenv("KENNISBANK_VANDAAG", "2026-07-15")
    assert read_inputs(small_project).today == date(2026, 7, 15)
    monkeypatch.setenv("KENNISBANK_VANDAAG", "geen datum")
    assert read_inputs(small_project).today == date.today()
    assert read_inputs(small_project, today=date(2027, 1, 1)).today == date(2027, 1, 1)
