"""The editors' error catalogue: every mistake gives a Dutch message at the right file and line."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from kennisbank.errors import format_problem, format_report
from kennisbank.validate import load_content

ROOT = Path(__file__).resolve().parents[2]

TERM = """\
soort: begrip
id: mdo
titel: multidisciplinair overleg
afkorting: MDO
samenvatting: Overleg van deskundigen over één kind.
uitleg: Deskundigen uit verschillende vakgebieden overleggen samen met de ouders.
bron: "002:432-438"
beoordeeld:
  datum: 2026-11-01
  door: redactie
"""

BLOCK = """\
soort: bouwsteen
id: proefblok
nummer: 1
titel: Proefblok
samenvatting: Een korte samenvatting.
bron: "002:366-368"
in_het_kort:
  wie: {tekst: De jeugdgezondheidszorg., bron: "002:398"}
  betaling: {tekst: Uit het eigen budget., bron: "001:42"}
wat_en_waarom: [{tekst: De JGZ signaleert., bron: "002:366"}]
wat_er_gebeurt: [{tekst: Uitleg., bron: "002:366"}]
wie:
  toelichting: [{tekst: Uitleg., bron: "002:366"}]
voor_wie: [{tekst: Uitleg., bron: "002:366"}]
financiering:
  bedoeld: [{tekst: Uitleg., bron: "001:42"}]
stevig_positioneren:
  stevig: false
  toelichting: {tekst: Uitleg., bron: "003:41"}
gebruik:
  bevindingen: [{tekst: Uitleg., bron: "000:847-849"}]
ervaringen_ouders: {}
verwant:
  bouwstenen: [proefblok]
beoordeeld:
  datum: 2026-11-01
  door: IVH-coördinator
"""


def project(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    shutil.copytree(ROOT / "content" / "sources", tmp_path / "content" / "sources")
    for relative, text in files.items():
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(text, encoding="utf-8")
    return tmp_path


def problems_for(tmp_path: Path, files: dict[str, str | bytes]):
    _content, problems = load_content(project(tmp_path, files), today=date(2026, 11, 25))
    return problems


def only(problems):
    assert len(problems) == 1, [format_problem(p) for p in problems]
    return problems[0]


def line_of(text: str, needle: str) -> int:
    """1-based number of the first line containing `needle`, so tests survive fixture edits."""
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


def where(problem):
    return problem.location.file, problem.location.line, problem.location.column


def test_valid_files_give_no_problems(tmp_path):
    assert problems_for(tmp_path, {"content/glossary/mdo.yaml": TERM, "content/blocks/proefblok.yaml": BLOCK}) == []


def test_missing_required_field_names_it_and_says_what_to_add(tmp_path):
    text = TERM.replace("titel: multidisciplinair overleg\n", "")
    p = only(problems_for(tmp_path, {"content/glossary/mdo.yaml": text}))
    assert format_problem(p) == "content/glossary/mdo.yaml:1:1: fout: het veld 'titel' ontbreekt. Voeg toe: titel: …"


def test_missing_nested_field_points_at_its_block(tmp_path):
    text = TERM.replace("  door: redactie\n", "")
    p = only(problems_for(tmp_path, {"content/glossary/mdo.yaml": text}))
    assert where(p) == ("content/glossary/mdo.yaml", 9, 3)
    assert p.message == "het veld 'door' ontbreekt. Voeg toe: door: …"


def test_unknown_field_suggests_the_nearest_name(tmp_path):
    text = TERM.replace("samenvatting:", "samenvating:")
    found = problems_for(tmp_path, {"content/glossary/mdo.yaml": text})
    unknown = next(p for p in found if "bestaat niet" in p.message)
    assert where(unknown) == ("content/glossary/mdo.yaml", 5, 1)
    assert unknown.message == "het veld 'samenvating' bestaat niet op deze plek. Bedoelde u 'samenvatting'?"


def test_wrong_type_names_field_and_expected_form(tmp_path):
    text = BLOCK.replace("nummer: 1", "nummer: een")
    p = only(problems_for(tmp_path, {"content/blocks/proefblok.yaml": text}))
    assert where(p) == ("content/blocks/proefblok.yaml", 3, 9)
    assert p.message == "'nummer' moet een heel getal zijn (zoals 12), maar hier staat 'een'."


def test_boolean_field_accepts_true_false_and_rejects_other_words(tmp_path):
    text = BLOCK.replace("stevig: false", "stevig: misschien")
    p = only(problems_for(tmp_path, {"content/blocks/proefblok.yaml": text}))
    assert where(p)[1] == line_of(text, "stevig: misschien")
    assert "moet ja of nee zijn: schrijf true of false" in p.message


def test_wrong_date(tmp_path):
    text = TERM.replace("datum: 2026-11-01", "datum: 1 november 2026")
    p = only(problems_for(tmp_path, {"content/glossary/mdo.yaml": text}))
    assert where(p) == ("content/glossary/mdo.yaml", 9, 10)
    assert "JJJJ-MM-DD" in p.message


def test_list_expected(tmp_path):
    text = BLOCK.replace("verwant:\n  bouwstenen: [proefblok]", "verwant:\n  bouwstenen: proefblok")
    p = only(problems_for(tmp_path, {"content/blocks/proefblok.yaml": text}))
    assert where(p)[1] == line_of(text, "bouwstenen: proefblok")
    assert "'bouwstenen' moet een lijst zijn" in p.message


def test_empty_file(tmp_path):
    p = only(problems_for(tmp_path, {"content/glossary/leeg.yaml": "\n"}))
    assert where(p) == ("content/glossary/leeg.yaml", 1, 1)
    assert "dit bestand is leeg" in p.message


def test_syntax_error_and_tabs_and_duplicate_keys_are_all_reported_in_one_run(tmp_path):
    found = problems_for(
        tmp_path,
        {
            "content/glossary/a.yaml": TERM.replace("titel: multidisciplinair overleg", "titel: Let op: fout"),
            "content/glossary/b.yaml": TERM.replace("  door: redactie", "\tdoor: redactie"),
            "content/glossary/c.yaml": TERM + "titel: nog een keer\n",
        },
    )
    report = format_report(found).splitlines()
    assert report[0].startswith("content/glossary/a.yaml:3:")
    assert "niet te lezen" in report[0]
    assert report[1].startswith("content/glossary/b.yaml:10:1: fout: deze regel springt in met een tab")
    assert report[2].startswith("content/glossary/c.yaml:11:1: fout: het veld 'titel' staat hier voor de tweede keer")
    assert report[-1] == "3 fouten, 0 waarschuwingen."


def test_non_utf8_file(tmp_path):
    p = only(problems_for(tmp_path, {"content/glossary/mdo.yaml": TERM.encode().replace(b"\xc3\xa9\xc3\xa9n", b"\xe9\xe9n")}))
    assert where(p)[:2] == ("content/glossary/mdo.yaml", 5)
    assert "UTF-8" in p.message


def test_duplicate_ids_across_files(tmp_path):
    found = problems_for(tmp_path, {"content/glossary/a.yaml": TERM, "content/glossary/b.yaml": TERM})
    p = only(found)
    assert where(p) == ("content/glossary/b.yaml", 2, 5)
    assert p.message == "de id 'mdo' wordt al gebruikt in content/glossary/a.yaml. Geef dit bestand een andere id."


def test_dangling_reference_with_suggestion(tmp_path):
    text = BLOCK.replace("bouwstenen: [proefblok]", "bouwstenen: [proefblk]")
    p = only(problems_for(tmp_path, {"content/blocks/proefblok.yaml": text}))
    assert where(p) == ("content/blocks/proefblok.yaml", line_of(text, "[proefblk]"), 16)
    assert p.message == "er bestaat geen bouwsteen met id 'proefblk'. Bedoelde u 'proefblok'?"


def test_source_pointing_at_unknown_seed(tmp_path):
    text = TERM.replace('bron: "002:432-438"', 'bron: "009:1-2"')
    p = only(problems_for(tmp_path, {"content/glossary/mdo.yaml": text}))
    assert where(p) == ("content/glossary/mdo.yaml", 7, 7)
    assert "verwijst naar document 009, maar dat bestaat niet" in p.message


def test_source_past_the_last_line_of_its_seed(tmp_path):
    text = TERM.replace('bron: "002:432-438"', 'bron: "003:100-140"')
    p = only(problems_for(tmp_path, {"content/glossary/mdo.yaml": text}))
    assert where(p) == ("content/glossary/mdo.yaml", 7, 7)
    assert "gaat voorbij de laatste regel van Stappenplan voor gemeenten (ca. 2019) (dat heeft 105 regels)" in p.message


def test_malformed_source_reference(tmp_path):
    text = TERM.replace('bron: "002:432-438"', 'bron: "handboek blz 4"')
    p = only(problems_for(tmp_path, {"content/glossary/mdo.yaml": text}))
    assert where(p)[1] == 7
    assert "is geen geldige bronverwijzing" in p.message


def test_file_in_the_wrong_folder(tmp_path):
    p = only(problems_for(tmp_path, {"content/blocks/mdo.yaml": TERM}))
    assert where(p) == ("content/blocks/mdo.yaml", 1, 8)
    assert p.message == "dit bestand is een begrip, maar staat in de map 'content/blocks'. Verplaats het naar content/glossary/."


def test_unknown_kind_suggests(tmp_path):
    p = only(problems_for(tmp_path, {"content/glossary/mdo.yaml": TERM.replace("soort: begrip", "soort: begrp")}))
    assert "'begrp' is geen bekende soort inhoud. Bedoelde u 'begrip'?" in p.message


def test_bare_www_address_in_text_is_caught(tmp_path):
    text = TERM.replace("met de ouders.", "met de ouders, zie www.ncj.nl.")
    p = only(problems_for(tmp_path, {"content/glossary/mdo.yaml": text}))
    assert where(p)[1] == 6
    assert p.message == "het webadres 'www.ncj.nl' mist 'https://'. Schrijf het voluit: https://www.ncj.nl"


def test_overdue_review_is_a_warning_not_an_error(tmp_path):
    text = TERM.replace("datum: 2026-11-01", "datum: 2024-01-15")
    p = only(problems_for(tmp_path, {"content/glossary/mdo.yaml": text}))
    assert not p.is_error
    assert format_problem(p).startswith("content/glossary/mdo.yaml:9:10: waarschuwing: deze inhoud is 34 maanden niet gecontroleerd")


def test_problems_are_sorted_by_file_and_line(tmp_path):
    found = problems_for(
        tmp_path,
        {
            "content/glossary/b.yaml": TERM.replace("titel: multidisciplinair overleg\n", "").replace("nummer", "x"),
            "content/glossary/a.yaml": TERM.replace("samenvatting:", "samenvating:").replace("uitleg:", "uitlg:"),
        },
    )
    lines = format_report(found).splitlines()[:-1]
    keys = [(line.split(":")[0], int(line.split(":")[1])) for line in lines]
    assert keys == sorted(keys)


@pytest.mark.parametrize("relative", ["content/losse.yaml", "content/onbekend/x.yaml"])
def test_file_outside_a_type_folder(tmp_path, relative):
    p = only(problems_for(tmp_path, {relative: TERM}))
    assert "Verplaats het naar content/glossary/" in p.message


def test_yaml_1_1_words_stay_text_in_text_fields(tmp_path):
    text = TERM.replace("titel: multidisciplinair overleg", "titel: nee").replace("afkorting: MDO", "afkorting: NO")
    content, problems = load_content(project(tmp_path, {"content/glossary/mdo.yaml": text}), today=date(2026, 11, 25))
    assert problems == []
    term = content.get("begrip", "mdo")
    assert (term.title, term.abbreviation) == ("nee", "NO")


def full_copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    return tmp_path


def test_duplicate_nested_ids_are_reported_where_the_second_one_stands(tmp_path):
    root = full_copy(tmp_path)
    theme = root / "content" / "framework" / "toegang.yaml"
    text = theme.read_text(encoding="utf-8")
    second = "  - id: toegang-verwijzers-kennen-route"
    theme.write_text(text.replace(second, "  - id: toegang-een-loket"), encoding="utf-8")
    _content, problems = load_content(root, today=date(2026, 11, 25))
    duplicates = [p for p in problems if "wordt al gebruikt" in p.message]
    assert len(duplicates) == 1
    p = duplicates[0]
    assert where(p) == ("content/framework/toegang.yaml", line_of(text, second), 9)
    assert p.message == "de id 'toegang-een-loket' wordt al gebruikt in content/framework/toegang.yaml. Geef deze criterium een andere id."


def test_missing_kind_in_a_folder_with_two_kinds_lists_both(tmp_path):
    root = full_copy(tmp_path)
    theme = root / "content" / "framework" / "toegang.yaml"
    theme.write_text(theme.read_text(encoding="utf-8").replace("soort: kwaliteitsthema\n", ""), encoding="utf-8")
    _content, problems = load_content(root, today=date(2026, 11, 25))
    p = only([p for p in problems if p.location.file == "content/framework/toegang.yaml" and p.is_error])
    assert p.message == "het veld 'soort' ontbreekt. Voeg bovenaan toe: soort: … (in deze map: kwaliteitskader, kwaliteitsthema)"


def test_misspelt_field_gives_one_message_not_also_missing(tmp_path):
    text = TERM.replace("samenvatting:", "samenvating:")
    p = only(problems_for(tmp_path, {"content/glossary/mdo.yaml": text}))
    assert (p.code, p.message) == ("kb-veld-onbekend", "het veld 'samenvating' bestaat niet op deze plek. Bedoelde u 'samenvatting'?")


@pytest.mark.parametrize(
    "broken",
    [
        BLOCK.replace("samenvatting:", "samenvating:"),  # parses, fails validation
        BLOCK.replace("titel: Proefblok", 'titel: "Proefblok'),  # does not parse
    ],
    ids=["invalid", "unparseable"],
)
def test_a_broken_file_does_not_make_references_to_it_fail_elsewhere(tmp_path, broken):
    referrer = TERM.replace("afkorting: MDO\n", "afkorting: MDO\nbouwsteen: proefblok\n")
    assert problems_for(tmp_path / "heel", {"content/glossary/mdo.yaml": referrer, "content/blocks/proefblok.yaml": BLOCK}) == []
    found = problems_for(tmp_path / "kapot", {"content/glossary/mdo.yaml": referrer, "content/blocks/proefblok.yaml": broken})
    errors = [p for p in found if p.is_error]
    assert [p.location.file for p in errors] == ["content/blocks/proefblok.yaml"]
    notes = [p for p in found if not p.is_error]
    assert [(p.code, p.location.file, p.location.line) for p in notes] == [("kb-verwijzing-niet-gecontroleerd", "content/blocks/proefblok.yaml", 1)]
    assert "content/glossary/mdo.yaml" in notes[0].message


def test_unclosed_quote_in_a_content_file_points_at_its_opening_line(tmp_path):
    text = TERM.replace("titel: multidisciplinair overleg", 'titel: "multidisciplinair overleg')
    p = next(p for p in problems_for(tmp_path, {"content/glossary/mdo.yaml": text}) if p.is_error)
    assert where(p) == ("content/glossary/mdo.yaml", 3, 8)
    assert "aanhalingsteken" in p.message


def test_a_broken_source_document_does_not_flag_every_citation(tmp_path):
    root = project(tmp_path, {"content/glossary/mdo.yaml": TERM})
    source = root / "content" / "sources" / "002-handboek-2025.yaml"
    source.write_text(source.read_text(encoding="utf-8").replace("regels:", "regelz:"), encoding="utf-8")
    _content, found = load_content(root, today=date(2026, 11, 25))
    assert [p.location.file for p in found if p.is_error] == ["content/sources/002-handboek-2025.yaml"]
