"""The trajectory step by step: ten steps in order, time limits as in the handbook, and a page that
renders them as one ordered list with an anchor per step (checked in the HTML MkDocs built)."""

from __future__ import annotations

from html.parser import HTMLParser

EXPECTED = [
    "signalering",
    "aanmelding",
    "eerste-contact",
    "huisbezoek",
    "mdo",
    "adviesplan",
    "opvolging",
    "afsluiting",
    "evaluatie",
    "nazorg",
]


def _steps(content):
    return sorted(content.of("trajectstap"), key=lambda s: s.order)


def test_ten_steps_in_the_handbook_order(content):
    steps = _steps(content)
    assert [s.id for s in steps] == EXPECTED
    assert len({s.order for s in steps}) == len(steps), "twee stappen hebben dezelfde volgorde"


def test_time_limits_match_the_handbook(content, seed_lines):
    limits = {(s.id, t.nature, t.months, t.percentage) for s in _steps(content) for t in s.time_limits}
    assert ("opvolging", "afspraak", 3, None) in limits  # contact after 3 months
    assert ("evaluatie", "afspraak", 3, None) in limits  # evaluation within 3 months
    assert ("adviesplan", "streefdoel", 6, 80) in limits  # advice within 6 months for 80%
    assert ("opvolging", "streefdoel", 9, 90) in limits  # access within 9 months for 90%
    assert ("mdo", "streefdoel", None, 100) in limits  # a parent at every MDO
    for step in _steps(content):
        for limit in step.time_limits:
            text = " ".join(" ".join(line for s in limit.sources for line in seed_lines[s.seed][s.start - 1 : s.end]).split())
            if limit.months:
                assert f"{limit.months} maanden" in text, (step.id, limit.text)
            if limit.percentage:
                assert f"{limit.percentage}%" in text, (step.id, limit.text)


def test_consent_moments_are_recorded(content):
    with_consent = [s.id for s in _steps(content) if s.consent]
    assert with_consent == ["aanmelding", "huisbezoek", "adviesplan", "nazorg"]


class _Timeline(HTMLParser):
    """Collects the ordered list of class kb-traject: the ids of the headings of its direct items."""

    def __init__(self):
        super().__init__()
        self.depth = 0  # nesting inside the timeline <ol>, 0 = outside
        self.found = False
        self.item_ids: list[str] = []
        self.items = 0
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "ol" and "kb-traject" in (attrs.get("class") or "").split() and not self.found:
            self.found, self.depth = True, 1
            self.stack = ["ol"]
            return
        if self.depth:
            if tag == "li" and self.stack == ["ol"]:
                self.items += 1
            if tag == "h2" and self.stack[:2] == ["ol", "li"] and len(self.stack) == 2:
                self.item_ids.append(attrs.get("id"))
            if tag not in ("br", "img", "hr", "input", "meta", "link"):
                self.stack.append(tag)

    def handle_endtag(self, tag):
        if self.depth and self.stack:
            while self.stack and self.stack[-1] != tag:
                self.stack.pop()
            if self.stack:
                self.stack.pop()
            if not self.stack:
                self.depth = 0


def test_trajectory_page_is_an_ordered_list_in_step_order(blocks_site, content):
    html = (blocks_site / "ivh" / "traject" / "index.html").read_text(encoding="utf-8")
    timeline = _Timeline()
    timeline.feed(html)
    assert timeline.found, "geen <ol class='kb-traject'> op de trajectpagina"
    assert timeline.items == len(EXPECTED)
    assert timeline.item_ids == [s.id for s in _steps(content)] == EXPECTED
    assert 'aria-label="De stappen in het kort"' in html
    assert "Stap 1: " in html  # the number is in the text for screen readers, not only in the circle


def test_blocks_link_to_step_anchors_that_exist(blocks_site):
    page = (blocks_site / "bouwstenen" / "multidisciplinaire-diagnostiek" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../ivh/traject/#mdo"' in page


def test_parents_text_uses_je_form(content):
    for step in _steps(content):
        text = " ".join(p.text for p in step.for_parents).lower()
        assert " je " in f" {text} " or " jij " in f" {text} " or "jouw" in text, step.id
        assert " u " not in f" {text} ", step.id
