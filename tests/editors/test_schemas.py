"""JSON Schemas per content type: generated from the models, committed, never stale, and right about real files."""

from __future__ import annotations

import json

import jsonschema
import pytest

from kennisbank import cli
from kennisbank.editors import schemas
from kennisbank.models import content_types
from kennisbank.validate import content_files

from .conftest import ROOT, load_yaml12


def _validator(kind: str) -> jsonschema.Draft7Validator:
    schema = json.loads((ROOT / schemas.SCHEMA_DIR / schemas.schema_file_name(kind)).read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def test_committed_schemas_equal_freshly_generated_ones():
    assert schemas.stale(ROOT) == [], "schemas/ past niet meer bij de modellen. Voer uit: kennisbank schemas"


def test_there_is_one_schema_per_content_type():
    names = {p.name for p in (ROOT / "schemas").glob("*.schema.json")}
    assert names == {schemas.schema_file_name(t.kind) for t in content_types()}


def test_schema_uses_the_yaml_keys_descriptions_and_required_fields():
    schema = schemas.generate(next(t for t in content_types() if t.kind == "begrip"))
    assert schema["$schema"] == schemas.DIALECT
    assert schema["properties"]["soort"]["const"] == "begrip"
    assert "uitleg" in schema["properties"] and "explanation" not in schema["properties"]
    assert schema["properties"]["uitleg"]["description"] == "Uitleg in gewone woorden."
    assert {"soort", "id", "titel", "samenvatting", "beoordeeld", "uitleg", "bron"} <= set(schema["required"])
    assert schema["additionalProperties"] is False
    assert "SeedRef" not in json.dumps(schema), "a seed reference is written as text, not as an object"
    assert "title" not in schema["properties"]["uitleg"], "pydantic's English titles are dropped"
    review = schema["properties"]["beoordeeld"]
    assert review == {"allOf": [{"$ref": "#/definitions/Review"}], "description": review["description"]}, "draft 7 keeps the description"
    assert "$defs" not in json.dumps(schema)


def test_every_content_file_is_valid_against_its_schema():
    failures = []
    for path in content_files(ROOT):
        kind = schemas.kind_of_file(ROOT, path)
        assert kind, f"{path}: geen soort"
        errors = list(_validator(kind).iter_errors(load_yaml12(path.read_text(encoding="utf-8"))))
        failures += [f"{path.relative_to(ROOT)}: {list(e.absolute_path)}: {e.message[:120]}" for e in errors]
    assert not failures, "\n".join(failures)


GOOD_TERM = """soort: begrip
id: proef
titel: proefbegrip
samenvatting: Een begrip om mee te testen.
uitleg: Uitleg in gewone woorden.
bron: "002:366-368"
beoordeeld:
  datum: 2026-11-25
  door: IVH-coördinator
"""


@pytest.mark.parametrize(
    "change, path",
    [
        (("uitleg:", "uitlegg:"), []),  # unknown key (and a required one missing)
        (('bron: "002:366-368"', 'bron: "handboek blz. 12"'), ["bron"]),  # not a seed reference
        (("  datum: 2026-11-25", "  datum: 25-11-2026"), ["beoordeeld", "datum"]),  # not a date
        (("soort: begrip", "soort: begrippen"), ["soort"]),
        (("id: proef", "id: Proef Begrip"), ["id"]),
    ],
)
def test_schema_flags_the_mistakes_the_kennisbank_flags(change, path):
    validator = _validator("begrip")
    assert not list(validator.iter_errors(load_yaml12(GOOD_TERM)))
    broken = GOOD_TERM.replace(*change)
    assert broken != GOOD_TERM
    errors = list(validator.iter_errors(load_yaml12(broken)))
    assert errors
    assert any(list(e.absolute_path)[: len(path)] == path for e in errors)


def test_one_source_or_a_list_and_a_web_source_are_all_accepted():
    validator = _validator("begrip")
    for bron in ['"002:366"', '["002:366-368", "000:589-591"]', "\n  - url: https://example.org/x\n    gecontroleerd: 2026-11-25"]:
        text = GOOD_TERM.replace('bron: "002:366-368"', f"bron: {bron}")
        assert not list(validator.iter_errors(load_yaml12(text))), bron


def test_unquoted_number_in_a_text_field_is_no_false_alarm():
    """The kennisbank keeps `titel: 2025` as the text '2025'; the editor must not see a red squiggle for it."""
    assert not list(_validator("begrip").iter_errors(load_yaml12(GOOD_TERM.replace("titel: proefbegrip", "titel: 2025"))))


def test_controle_fails_on_a_stale_schema_and_schemas_repairs_it(tmp_path, capsys):
    root = tmp_path
    (root / "content").mkdir()
    (root / "mkdocs.yml").write_text("site_name: x\n")
    assert cli.main(["--root", str(root), "schemas"]) == 0
    assert cli.main(["--root", str(root), "schemas", "--controle"]) == 0
    target = root / "schemas" / "begrip.schema.json"
    target.write_text(target.read_text().replace("Uitleg in gewone woorden.", "verouderd"))
    (root / "schemas" / "weg.schema.json").write_text("{}")
    capsys.readouterr()
    assert cli.main(["--root", str(root), "schemas", "--controle"]) == 1
    err = capsys.readouterr().err
    assert "schemas/begrip.schema.json: fout: past niet meer bij de modellen. Voer uit: kennisbank schemas" in err
    assert "2 fouten, 0 waarschuwingen." in err
    assert "schemas/weg.schema.json" in err
    assert cli.main(["--root", str(root), "schemas"]) == 0
    assert not (root / "schemas" / "weg.schema.json").exists()
    assert schemas.stale(root) == []


# --- the schema line at the top of each content file --------------------------------------------

HEADER = "# yaml-language-server: $schema=../../schemas/begrip.schema.json"


def test_stamp_inserts_the_header_and_keeps_every_other_byte():
    assert schemas.stamped(GOOD_TERM, HEADER) == HEADER + "\n" + GOOD_TERM


def test_stamp_is_idempotent():
    once = schemas.stamped(GOOD_TERM, HEADER)
    assert schemas.stamped(once, HEADER) == once


def test_stamp_replaces_an_outdated_header_in_the_leading_comments():
    text = "# een opmerking\n# yaml-language-server: $schema=../oud.json\n" + GOOD_TERM
    assert schemas.stamped(text, HEADER) == "# een opmerking\n" + HEADER + "\n" + GOOD_TERM


def test_stamp_keeps_windows_line_endings_and_a_byte_order_mark():
    crlf = "\ufeff" + GOOD_TERM.replace("\n", "\r\n")
    assert schemas.stamped(crlf, HEADER) == "\ufeff" + HEADER + "\r\n" + GOOD_TERM.replace("\n", "\r\n")


def test_stamp_ignores_a_look_alike_further_down():
    text = GOOD_TERM + "# yaml-language-server: $schema=elders.json\n"
    assert schemas.stamped(text, HEADER) == HEADER + "\n" + text


def test_stamp_files_uses_the_soort_and_the_relative_path(tmp_path):
    folder = tmp_path / "content" / "blocks"
    folder.mkdir(parents=True)
    overview = folder / "overzicht.yaml"
    overview.write_bytes(b"soort: bouwstenenoverzicht\r\nid: x\r\n")
    term = tmp_path / "content" / "glossary" / "proef.yaml"
    term.parent.mkdir(parents=True)
    term.write_text(GOOD_TERM, encoding="utf-8")
    changed = schemas.stamp_files(tmp_path, [overview, term])
    assert changed == [overview, term]
    assert overview.read_bytes() == b"# yaml-language-server: $schema=../../schemas/bouwstenenoverzicht.schema.json\r\nsoort: bouwstenenoverzicht\r\nid: x\r\n"
    assert term.read_text(encoding="utf-8") == HEADER + "\n" + GOOD_TERM
    assert schemas.stamp_files(tmp_path, [overview, term]) == []


def test_the_guide_template_for_a_new_term_starts_with_the_schema_line():
    guide = (ROOT / "content" / "pages" / "redactie-begrip-toevoegen.yaml").read_text(encoding="utf-8")
    assert HEADER in guide


def test_controle_with_stempel_names_a_file_without_its_schema_line(tmp_path, capsys, monkeypatch):
    root = tmp_path
    (root / "content" / "glossary").mkdir(parents=True)
    (root / "mkdocs.yml").write_text("site_name: x\n")
    (root / "content" / "glossary" / "proef.yaml").write_text(GOOD_TERM, encoding="utf-8")
    assert cli.main(["--root", str(root), "schemas"]) == 0
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    capsys.readouterr()
    assert cli.main(["--root", str(root), "schemas", "--controle", "--stempel"]) == 1
    out, err = capsys.readouterr()
    assert f"content/glossary/proef.yaml:1:1: fout: de eerste regel van dit bestand moet zijn: {HEADER}" in err
    assert out.startswith("::error file=content/glossary/proef.yaml,line=1,col=1,")
    assert cli.main(["--root", str(root), "schemas", "--stempel"]) == 0
    assert cli.main(["--root", str(root), "schemas", "--controle", "--stempel"]) == 0
