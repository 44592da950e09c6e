"""Loading YAML: positions kept, scalars kept as the editor typed them, syntax problems located."""

from __future__ import annotations

from kennisbank.load import load_document, parse_yaml


def parse(text: str):
    document, problems = parse_yaml(text, "content/x.yaml")
    return document, problems


def test_scalars_stay_text_no_yaml_1_1_surprises():
    document, problems = parse("code: 0363\nland: NO\nantwoord: ja\nnee: nee\ntijd: 12:30\nversie: 1.10\nleeg:\n")
    assert problems == []
    assert document.data == {
        "code": "0363",
        "land": "NO",
        "antwoord": "ja",
        "nee": "nee",
        "tijd": "12:30",
        "versie": "1.10",
        "leeg": None,
    }


def test_positions_of_keys_and_values():
    document, _ = parse("titel: Een\ndelen:\n  - kop: A\n    tekst: B\n")
    assert document.positions.of(("titel",)).line == 1
    assert document.positions.of(("delen", 0, "tekst")).line == 4
    assert document.positions.of(("delen", 0, "tekst")).column == 12
    assert document.positions.of(("delen", 0, "tekst"), key=True).column == 5


def test_duplicate_key_is_an_error_at_the_second_key():
    _, problems = parse("titel: A\nid: x\ntitel: B\n")
    assert len(problems) == 1
    assert (problems[0].location.line, problems[0].location.column) == (3, 1)
    assert "het veld 'titel' staat hier voor de tweede keer (eerder op regel 1)" in problems[0].message


def test_tab_indentation_is_reported_per_line():
    _, problems = parse("delen:\n\t- kop: A\n")
    assert [(p.location.line, p.location.column) for p in problems] == [(2, 1)]
    assert "tab" in problems[0].message and "spaties" in problems[0].message


def test_syntax_error_names_the_line_the_parser_stopped_on():
    _, problems = parse("titel: Een\nsamenvatting: Let op: dit\n")
    assert len(problems) == 1
    assert problems[0].location.line == 2
    assert problems[0].message.startswith("de YAML is hier niet te lezen")
    assert "aanhalingstekens" in problems[0].message


def test_unclosed_quote_is_located():
    _, problems = parse('titel: "Een\nid: x\n')
    assert problems and problems[0].location.line >= 1
    assert "aanhalingstekens" in problems[0].message


def test_empty_file_and_comment_only_file():
    for text in ("", "\n\n", "# alleen commentaar\n"):
        _, problems = parse(text)
        assert len(problems) == 1
        assert problems[0].location.line == 1
        assert "dit bestand is leeg" in problems[0].message


def test_non_utf8_bytes_are_located(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes("titel: Co\u00f6rdinatie\nsamenvatting: caf".encode() + b"\xe9\n")
    document, problems = load_document(path, "content/x.yaml")
    assert document is None
    assert (problems[0].location.line, problems[0].location.column) == (2, 18)
    assert "UTF-8" in problems[0].message


def test_merge_keys_are_refused():
    _, problems = parse("basis: &b\n  a: 1\nander:\n  <<: *b\n")
    assert "'<<'" in problems[0].message
    assert problems[0].location.line == 4
