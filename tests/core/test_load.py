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
    _, problems = parse("basis:\n  a: 1\nander:\n  <<: {a: 1}\n")
    assert "'<<'" in problems[0].message
    assert problems[0].location.line == 4


def test_anchors_and_aliases_are_refused_where_they_stand():
    _, problems = parse("titel: &t Een\nsamenvatting: *t\n")
    assert [(p.code, p.location.line, p.location.column) for p in problems] == [("kb-yaml-alias", 1, 8)]
    _, problems = parse("titel: Een\nsamenvatting: *t\n")
    assert [(p.code, p.location.line) for p in problems] == [("kb-yaml-syntaxis", 2)] or [(p.code, p.location.line) for p in problems] == [("kb-yaml-alias", 2)]


def test_billion_laughs_is_refused_at_once():
    import time

    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    started = time.perf_counter()
    document, problems = parse("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 0.1
    assert document is None
    assert [p.code for p in problems] == ["kb-yaml-alias"]


def test_text_starting_with_ampersand_in_quotes_is_fine():
    document, problems = parse('titel: "&Co"\nnoot: "*belangrijk*"\n')
    assert problems == []
    assert document.data == {"titel": "&Co", "noot": "*belangrijk*"}


def test_deep_nesting_is_refused_without_recursion():
    document, problems = parse("a: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert document is None
    assert [p.code for p in problems] == ["kb-yaml-te-diep"]
    assert problems[0].location.line == 1


def test_nesting_within_the_limit_is_read():
    document, problems = parse("a: " + "[" * 10 + "x" + "]" * 10 + "\n")
    assert problems == []
    value = document.data["a"]
    for _ in range(9):
        value = value[0]
    assert value == ["x"]


def test_too_large_file_is_refused_before_parsing(tmp_path):
    from kennisbank.load import MAX_FILE_BYTES

    path = tmp_path / "x.yaml"
    path.write_text("titel: x\n" + "# " + "x" * MAX_FILE_BYTES + "\n", encoding="utf-8")
    document, problems = load_document(path, "content/x.yaml")
    assert document is None
    assert [(p.code, p.location.line) for p in problems] == [("kb-yaml-te-groot", 1)]


def test_unclosed_quote_names_the_line_where_it_opened():
    _, problems = parse('id: x\ntitel: "Een\nsamenvatting: twee\nbron: "002:1"\nnoot: drie\n')
    assert len(problems) == 1
    assert (problems[0].location.line, problems[0].location.column) == (2, 8)
    assert "aanhalingsteken" in problems[0].message


def test_unclosed_bracket_names_the_line_where_it_opened():
    _, problems = parse("id: x\nbron: [002:1, 002:2\ntitel: Een\nnoot: twee\n")
    assert len(problems) == 1
    assert problems[0].location.line == 2
    assert "]" in problems[0].message


def test_second_document_is_refused():
    _, problems = parse("titel: a\n---\ntitel: b\n")
    assert [(p.code, p.location.line) for p in problems] == [("kb-yaml-meer-documenten", 2)]


def test_duplicate_nested_key_keeps_the_first_value_and_reads_on():
    document, problems = parse("a:\n  b: 1\n  b:\n    - x\n    - y\n  c: 2\nd: 3\n")
    assert [(p.code, p.location.line) for p in problems] == [("kb-yaml-dubbel-veld", 3)]
    assert document.data == {"a": {"b": "1", "c": "2"}, "d": "3"}


def test_control_characters_and_lone_surrogates_are_located():
    for text in ("a: b\nc: d\x00e\n", "a: b\nc: d\ud800e\n"):
        document, problems = parse(text)
        assert document is None
        assert [(p.code, p.location.line, p.location.column) for p in problems] == [("kb-yaml-teken", 2, 5)]
