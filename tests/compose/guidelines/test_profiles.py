"""Competency profiles: the three roles, their requirements, and the development target of goal 6."""

from __future__ import annotations

PROFILE_IDS = ("ivh-coordinator", "trajectbegeleider", "mdo-lid")


def test_the_three_profiles_exist_with_pages(content, composed):
    ids = {p.id for p in content.of("competentieprofiel")}
    assert set(PROFILE_IDS) <= ids
    for profile_id in PROFILE_IDS:
        assert f"profielen/{profile_id}.md" in composed
    assert "profielen/index.md" in composed


def test_profile_html_pages_are_built(small_site):
    for profile_id in PROFILE_IDS:
        html = (small_site / "profielen" / profile_id / "index.html").read_text(encoding="utf-8")
        assert "Competentieprofiel" in html


def test_trajectbegeleider_explains_casemanager(content, composed):
    profile = content.get("competentieprofiel", "trajectbegeleider")
    assert "casemanager" in profile.other_names
    assert profile.name_note is not None and "casemanager" in profile.name_note.text
    page = composed["profielen/trajectbegeleider.md"].markdown
    assert "casemanager" in page.split("## Wat houdt de rol in")[0]


def test_registration_per_role(content):
    get = lambda i: content.get("competentieprofiel", i).registration  # noqa: E731
    assert (get("trajectbegeleider").rule, get("trajectbegeleider").registers) == ("verplicht", ["BIG", "SKJ"])
    assert get("mdo-lid").rule == "waar-van-toepassing"
    assert get("ivh-coordinator").rule == "niet-vastgelegd"


def test_development_target_matches_goal_6(content, composed):
    goal = content.index()["doel"]["deskundigheid"]
    meetings, intervision, self_score = goal.targets
    for profile_id in ("ivh-coordinator", "trajectbegeleider"):
        norm = content.get("competentieprofiel", profile_id).development
        assert (norm.meetings, norm.per_years) == (meetings.count, meetings.per_years) == (3, 5)
        assert norm.intervision_per_year == intervision.count == 1
        assert norm.self_score == self_score.score == 7
        page = composed[f"profielen/{profile_id}.md"].markdown
        assert "minimaal 3 bijeenkomsten voor deskundigheidsbevordering in 5 jaar" in page
        assert "elk jaar intervisie" in page
        assert "../richtlijnen/kwaliteit.md#doel-deskundigheid" in page
    mdo = content.get("competentieprofiel", "mdo-lid")
    assert mdo.development is None and mdo.development_note is not None


def test_profiles_cover_knowledge_skills_attitude_and_training(content):
    for profile_id in PROFILE_IDS:
        profile = content.get("competentieprofiel", profile_id)
        assert profile.education and profile.knowledge and profile.skills and profile.attitude
        assert profile.training_themes


def test_overview_compares_the_roles(composed):
    page = composed["profielen/index.md"].markdown
    assert "<caption" in page
    assert "BIG of SKJ: verplicht" in page
