"""The implementation and quality guidelines: numbers match the handbook, the data set is defined
field by field, proposals are marked, and the pages show what the issue asks for."""

from __future__ import annotations

import re

import pytest

from kennisbank.compose.guidelines import target_text
from kennisbank.validate import load_content

from conftest import make_project

SEED_002 = "002"


def _goal(quality, goal_id):
    return next(g for g in quality.goals if g.id == goal_id)


def test_goal_targets_match_the_handbook(quality):
    """Seed 002 §2.3: 80% within 6 months; 100% of MDOs and ≥ 7; 80% with ≥ 4 (1–5); 90% within
    9 months; 3 meetings per 5 years, yearly intervision, ≥ 7 (1–10)."""
    goals = {g.number: g for g in quality.goals}
    assert sorted(goals) == [1, 2, 3, 4, 5, 6]

    (t1,) = goals[1].targets
    assert (t1.percentage, t1.within_months) == (80, 6)

    presence, score = goals[2].targets
    assert presence.percentage == 100
    assert (score.score, score.scale_min, score.scale_max, score.average) == (7, 1, 10, True)

    (t3,) = goals[3].targets
    assert (t3.percentage, t3.score, t3.scale_min, t3.scale_max) == (80, 4, 1, 5)

    (t4,) = goals[4].targets
    assert (t4.percentage, t4.within_months) == (90, 9)

    assert not any(t.numeric for t in goals[5].targets), "goal 5 has no number in the handbook"

    meetings, intervision, self_score = goals[6].targets
    assert (meetings.count, meetings.per_years) == (3, 5)
    assert (intervision.count, intervision.per_years) == (1, 1)
    assert (self_score.score, self_score.scale_max) == (7, 10)


def test_every_target_cites_the_handbook_section_on_goals(quality):
    for goal in quality.goals:
        for target in goal.targets:
            assert all(s.seed == SEED_002 and 150 <= s.start <= s.end <= 191 for s in target.sources), goal.id


def test_target_text_is_dutch_and_built_from_the_numbers(quality):
    texts = {g.number: [target_text(t) for t in g.targets] for g in quality.goals}
    assert texts[1] == ["minimaal 80%, binnen 6 maanden na de start"]
    assert texts[2] == ["minimaal 100%", "gemiddeld minimaal 7 op een schaal van 1 tot 10"]
    assert texts[3] == ["minimaal 80%, met een score van minstens 4 op een schaal van 1 tot 5"]
    assert texts[4] == ["minimaal 90%, binnen 9 maanden na de start"]
    assert texts[6] == ["minimaal 3 in 5 jaar", "elk jaar", "minimaal 7 op een schaal van 1 tot 10"]


def test_every_data_set_field_is_defined(quality):
    fields = [f for topic in quality.monitoring.topics for f in topic.fields]
    assert len(fields) >= 25
    ids = [f.id for f in fields]
    assert len(ids) == len(set(ids)), "field ids must be unique"
    for field in fields:
        assert len(field.definition.split()) >= 5, f"{field.id}: definition too short"
        assert field.type, field.id
        assert field.moment, field.id
        if field.type in ("keuze", "meerkeuze"):
            assert len(field.values) >= 2, field.id
        if field.type == "score":
            assert field.scale_min is not None and field.scale_max is not None, field.id
        assert field.sources or field.proposed, f"{field.id}: neither a source nor marked as proposed"


def test_data_set_covers_the_six_topics(quality):
    titles = " ".join(t.title.lower() for t in quality.monitoring.topics)
    for topic in ("bereik", "verwijzing", "doorlooptijd", "advies", "tevredenheid", "follow-up"):
        assert topic in titles


def test_goals_and_fields_are_referable(content):
    index = content.index()
    assert {"ontwikkelingsperspectief", "ouderbetrokkenheid", "opvoedvaardigheden", "toegang-voorzieningen", "samenwerking", "deskundigheid"} <= set(
        index["doel"]
    )
    assert "datum-aanmelding" in index["monitoringveld"]
    from kennisbank.compose import urls
    import kennisbank.compose.guidelines  # noqa: F401 - registers the URL patterns

    assert urls.link("factsheets/x.md", "doel", "samenwerking") == "../richtlijnen/kwaliteit.md#doel-samenwerking"
    assert urls.link("factsheets/x.md", "monitoringveld", "verwijzer") == "../richtlijnen/kwaliteit.md#veld-verwijzer"


def test_each_goal_is_measured_by_fields_of_the_data_set(quality):
    fields = {f.id for topic in quality.monitoring.topics for f in topic.fields}
    for goal in quality.goals:
        assert goal.fields, goal.id
        assert set(goal.fields) <= fields


def test_quality_page_shows_goals_data_set_and_yearly_report(composed, quality):
    page = composed["richtlijnen/kwaliteit.md"].markdown
    assert "<caption" in page and 'scope="col"' in page
    for goal in quality.goals:
        assert f'id="doel-{goal.id}"' in page
    for topic in quality.monitoring.topics:
        for field in topic.fields:
            assert f'id="veld-{field.id}"' in page
    assert "## Opbouw van het jaarverslag" in page
    assert page.count("Voorstel van de redactie") >= 2
    for chapter in quality.report.chapters:
        assert f"{chapter.number}. **{chapter.title}**" in page
    assert "80%" in page and "binnen 9 maanden" in page
    assert "nieuw voorgesteld" in page


def test_yearly_report_rests_on_goals_and_fields(quality):
    referenced_goals = {g for c in quality.report.chapters for g in c.goals}
    assert referenced_goals == {g.id for g in quality.goals}, "every goal is reported on"
    referenced_fields = {f for c in quality.report.chapters for f in c.fields}
    all_fields = {f.id for t in quality.monitoring.topics for f in t.fields}
    missing = all_fields - referenced_fields - {"trajectnummer"}
    assert not missing, f"fields collected but never reported: {sorted(missing)}"


def test_role_options_are_options_and_marked_as_proposal(implementation, composed):
    roles = {r.role for r in implementation.choices.roles}
    assert {"coordinator", "gemeente"} <= roles
    for role in implementation.choices.roles:
        assert len(role.options) >= 2
        for option in role.options:
            assert option.seen, option.id
    page = composed["richtlijnen/implementatie.md"].markdown
    assert "Voorstel van de redactie" in page
    assert "Optie A" in page and "Optie B" in page


def test_step_plan_follows_the_four_steps_and_maps_to_the_handbook(implementation):
    assert [s.number for s in implementation.steps] == [1, 2, 3, 4]
    for step in implementation.steps:
        assert any(src.seed == "002" for src in step.handbook.sources), step.id
        assert any(src.seed == "003" for p in step.what for src in p.sources), step.id


def test_organisational_models_vp_jgz_ggj(implementation):
    assert [m.abbreviation for m in implementation.choices.models] == ["VP", "JGZ", "GGJ"]


def test_cost_basis_matches_the_handbook(implementation, composed):
    costs = implementation.costs
    assert (costs.hours_per_trajectory, costs.years_per_trajectory) == (96, 2)
    assert [s.label() for s in costs.basis_sources] == ["002:663-664"]
    gouda = costs.business_cases[0]
    assert (gouda.value, gouda.unit) == (2.07, "euro")
    page = composed["richtlijnen/implementatie.md"].markdown
    assert "96 uur" in page and "€ 2,07" in page and "€ 68 miljoen" in page and "ruim € 100 miljoen" in page
    assert "Gebruik deze cijfers met voorzichtigheid" in page


def test_overview_links_to_both_guidelines(composed):
    page = composed["richtlijnen/index.md"].markdown
    assert "(implementatie.md)" in page and "(kwaliteit.md)" in page
    assert "kwaliteit.md#jaarverslag" in page


def _project_with(tmp_path, replace: str, by: str):
    project = make_project(tmp_path)
    path = project / "content" / "guidelines" / "kwaliteit.yaml"
    text = path.read_text(encoding="utf-8")
    assert replace in text
    path.write_text(text.replace(replace, by, 1), encoding="utf-8")
    return project


@pytest.mark.parametrize(
    ("replace", "by", "message"),
    [
        ("          type: keuze\n", "          type: tekst\n", "heeft 'waarden', maar is geen keuze"),
        ('          bron: "000:918-919"\n', "", "heeft geen bron"),
        ("        percentage: 90\n", "        percentage: 190\n", "hoogstens 100"),
        ("        aantal: 3\n", "", "'aantal' en 'per_jaren' horen samen"),
        ("velden: [datum-start-traject, datum-adviesplan]", "velden: [datum-start, datum-adviesplan]", "er bestaat geen monitoringveld met id 'datum-start'"),
    ],
)
def test_editors_get_a_dutch_message_at_the_right_line(tmp_path, replace, by, message):
    project = _project_with(tmp_path, replace, by)
    _content, problems = load_content(project)
    errors = [p for p in problems if p.is_error and "kwaliteit.yaml" in str(p.location.file)]
    assert errors, "expected an error"
    assert any(message in p.message for p in errors), [p.message for p in errors]
    assert all(p.location.line for p in errors)


def test_html_has_captions_header_scopes_and_anchors(small_site):
    html = (small_site / "richtlijnen" / "kwaliteit" / "index.html").read_text(encoding="utf-8")
    assert html.count("<caption") >= 8  # goals + 7 topics
    assert len(re.findall(r'<th scope="col"[ >]', html)) >= 30  # the stacked-table roles may follow the scope
    assert 'id="jaarverslag"' in html and 'id="doel-deskundigheid"' in html and 'id="veld-verwijzer"' in html
    impl = (small_site / "richtlijnen" / "implementatie" / "index.html").read_text(encoding="utf-8")
    assert 'id="optie-gemeente-aan-tafel"' in impl and 'id="stap-analyse"' in impl


def test_pages_do_not_scroll_sideways_at_320px(small_site, browser):
    """Reflow: the wide tables turn into cards; nothing sticks out of the page at 320 px."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(small_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    problems = []
    try:
        page = browser.new_page(viewport={"width": 320, "height": 640})
        for url in ("richtlijnen/", "richtlijnen/kwaliteit/", "richtlijnen/implementatie/", "profielen/", "profielen/trajectbegeleider/"):
            page.goto(base + url)
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            if overflow > 0:
                problems.append(f"{url}: {overflow}px")
        page.close()
    finally:
        server.shutdown()
    assert not problems, problems
