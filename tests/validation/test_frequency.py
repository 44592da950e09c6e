"""The frequency-word prompt: a text with 'vaak', 'altijd', … whose cited lines give no frequency or number."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from kennisbank.errors import Severity, format_problem
from kennisbank.frequency import frequency_words, says_how_often, unsupported_frequency_words
from kennisbank.validate import load_content

ROOT = Path(__file__).resolve().parents[2]


def test_warns_when_the_cited_line_gives_no_frequency():
    assert unsupported_frequency_words("Ouders vinden IVH vaak zelf.", ["Ook vinden ouders soms zelf IVH."]) == ["vaak"]


def test_no_warning_when_the_cited_line_says_vaak():
    assert unsupported_frequency_words("Oudere kinderen komen vaak via school.", ["dan komen ze vaak via school"]) == []


@pytest.mark.parametrize(
    "line", ["Vijf respondenten spraken over een duidelijke uitleg.", "In 27 gemeenten zitten vijf of meer partijen.", "in 96% van de gemeenten"]
)
def test_no_warning_when_the_cited_line_has_a_number(line):
    assert unsupported_frequency_words("Alle ouders waren positief.", [line]) == []


def test_whole_words_only():
    assert frequency_words("Alleen de ouders, allemaal samen, de vaakst genoemde partij.") == []
    assert frequency_words("Niet alle ouders; alle-drie telt niet.") == ["alle"]


def test_case_and_spacing_do_not_matter_and_each_word_is_reported_once():
    assert frequency_words("Altijd? De\n  meeste kinderen, en NOOIT altijd.") == ["altijd", "de meeste", "nooit"]


def test_a_weak_word_in_the_source_does_not_carry_a_strong_one():
    assert not says_how_often(["Soms vinden ouders IVH zelf.", "Sommige coördinatoren zien weinig."])
    assert unsupported_frequency_words("Meestal melden ouders zich zelf.", ["Soms vinden ouders IVH zelf."]) == ["meestal"]


def test_synonyms_in_the_source_count():
    assert says_how_often(["wordt doorgaans niet meegenomen"])
    assert says_how_often(["bereikt de gezinnen grotendeels via professionals"])
    assert says_how_often(["bij al deze bouwstenen"])


def test_a_word_split_over_two_seed_lines_is_read_whole():
    assert says_how_often(["de trajectbegeleider is er al-", "tijd bij"])


def test_a_text_without_frequency_words_never_warns():
    assert unsupported_frequency_words("Ouders kunnen zich zelf melden.", ["geen getal hier"]) == []


TERM = """\
soort: begrip
id: proef
titel: proefbegrip
samenvatting: Een korte samenvatting.
uitleg: >-
  Ouders vinden IVH vaak
  zelf.
bron: "{bron}"
beoordeeld:
  datum: 2026-11-01
  door: redactie
"""


def _project(tmp_path: Path, bron: str, *, with_seeds: bool = True) -> Path:
    root = tmp_path / "kennisbank"
    shutil.copytree(ROOT / "content" / "sources", root / "content" / "sources")
    (root / "content" / "glossary").mkdir(parents=True)
    (root / "content" / "glossary" / "proef.yaml").write_text(TERM.format(bron=bron), encoding="utf-8")
    if with_seeds:
        seeds = tmp_path / "shared" / "seeds"
        seeds.mkdir(parents=True)
        lines = ["regel"] * 20
        lines[4] = "Ook vinden ouders soms zelf IVH."  # line 5
        lines[5] = "Vijf ouders meldden zich zelf."  # line 6
        (seeds / "002_c06038e77fd33b0f.txt").write_text("\n".join(lines), encoding="utf-8")
    return root


def test_check_warns_with_file_and_line_of_the_text(tmp_path):
    _content, problems = load_content(_project(tmp_path, "002:5"), today=date(2026, 11, 25))
    assert len(problems) == 1, [format_problem(p) for p in problems]
    problem = problems[0]
    assert problem.severity is Severity.WARNING
    assert (problem.location.file, problem.location.line) == ("content/glossary/proef.yaml", 5)
    assert format_problem(problem).startswith(
        "content/glossary/proef.yaml:5:9: waarschuwing: 'uitleg' zegt 'vaak', maar de bronregels (002:5) noemen geen aantal"
    )


def test_check_is_quiet_when_a_cited_line_has_a_number(tmp_path):
    _content, problems = load_content(_project(tmp_path, "002:5-6"), today=date(2026, 11, 25))
    assert problems == []


def test_check_is_quiet_when_the_seed_texts_are_not_there(tmp_path):
    _content, problems = load_content(_project(tmp_path, "002:5", with_seeds=False), today=date(2026, 11, 25))
    assert problems == []
