"""The CBS import: regenerated files equal the committed ones, and next year's files import the same way."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SHARED, make_project

from kennisbank.factsheets import cbs

DATA = SHARED / "data"
TARGET = ROOT / "content" / "municipalities"
REGISTER = TARGET / "gemeenten-2025.yaml"


def _csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def _write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _messages(failed: cbs.ImportFailed) -> list[str]:
    from kennisbank.errors import format_problem

    return [format_problem(p) for p in failed.problems]


def _import(tmp_path, population=None, regions=None, boundaries=None, register=REGISTER):
    return cbs.build(population or DATA / "bevolking-2025.csv", regions or DATA / "regios-2025.csv", boundaries or DATA / "gemeente_2025.topojson", register)


def test_regenerating_gives_the_committed_files():
    if not (DATA / "bevolking-2025.csv").exists():
        pytest.fail("../shared/data must be beside the checkout (it is, for developers and CI)")
    imported = cbs.build(DATA / "bevolking-2025.csv", DATA / "regios-2025.csv", DATA / "gemeente_2025.topojson", REGISTER)
    assert sorted(imported.files) == ["bevolking-2025.yaml", "regios-2025.yaml"]
    for name, text in imported.files.items():
        assert text == (TARGET / name).read_text(encoding="utf-8"), f"{name}: maak het opnieuw met python -m kennisbank.factsheets.cbs"
    assert imported.map_bytes == (TARGET / "kaart" / "gemeente_2025.topojson").read_bytes()


def test_generated_files_name_the_command_and_the_sha256_of_their_sources():
    import hashlib

    for name, sources in (("bevolking-2025.yaml", ["bevolking-2025.csv"]), ("regios-2025.yaml", ["regios-2025.csv", "gemeente_2025.topojson"])):
        head = (TARGET / name).read_text(encoding="utf-8").split("\nsoort:")[0]
        assert "python -m kennisbank.factsheets.cbs" in head
        for source in sources:
            assert f"{source} (sha256 {hashlib.sha256((DATA / source).read_bytes()).hexdigest()})" in head


def test_imported_content_carries_source_reference_date_and_licence(real_content):
    (population,) = real_content.of("bevolkingscijfers")
    (regions,) = real_content.of("regio-indeling")
    for item in (population, regions):
        assert item.provenance.publisher == "CBS" and item.provenance.licence == "CC BY 4.0"
        assert str(item.reference_date) == "2025-01-01"
        assert item.provenance.sources[0].url.startswith("https://opendata.cbs.nl/")
    assert population.provenance.table_id == "86165NED" and regions.provenance.table_id == "86059NED"
    assert "400 punten" in regions.provenance.derivation and "Druten 0,85" in regions.provenance.derivation
    assert regions.boundaries.credit == "Kaart: CBS"


def test_the_figures_are_those_of_the_csv(real_content):
    _header, rows = _csv(DATA / "bevolking-2025.csv")
    (population,) = real_content.of("bevolkingscijfers")
    ours = {row.municipality: row for row in population.municipalities}
    assert len(ours) == len(rows) == 342
    for row in rows:
        mine = ours["gm" + row["gemeentecode_gm"][2:]]
        assert mine.inhabitants == int(row["inwoners"]) and mine.age_0_14 == int(row["leeftijd_0_14"])
    assert ours["gm0363"].inhabitants == 934526 and ours["gm0088"].inhabitants == 971
    assert sum(r.inhabitants for r in ours.values()) == 18044027
    _header, region_rows = _csv(DATA / "regios-2025.csv")
    (regions,) = real_content.of("regio-indeling")
    member = {m.municipality: m for m in regions.municipalities}
    for row in region_rows:
        mine = member["gm" + row["gemeentecode_gm"][2:]]
        assert (mine.youth_care, mine.health, mine.care_office) == (
            row["jeugdregio_code"].lower(),
            row["ggdregio_code"].lower(),
            row["zorgkantoorregio_code"].lower(),
        )
    assert len(regions.youth_care_regions) == 42 and len(regions.health_regions) == 25 and len(regions.care_office_regions) == 31


def test_a_renamed_column_is_named_with_a_suggestion(tmp_path):
    header, rows = _csv(DATA / "bevolking-2025.csv")
    header = ["inwoners_totaal" if h == "inwoners" else h for h in header]
    for row in rows:
        row["inwoners_totaal"] = row.pop("inwoners")
    changed = _write_csv(tmp_path / "bevolking-2026.csv", header, rows)
    with pytest.raises(cbs.ImportFailed) as failed:
        _import(tmp_path, population=changed)
    (message,) = _messages(failed.value)
    assert "bevolking-2026.csv:1: fout: de kolom 'inwoners' ontbreekt" in message
    assert "Bedoelde u 'inwoners_totaal'?" in message


def test_a_missing_region_column_is_an_error(tmp_path):
    header, rows = _csv(DATA / "regios-2025.csv")
    header.remove("ggdregio_naam")
    for row in rows:
        row.pop("ggdregio_naam")
    changed = _write_csv(tmp_path / "regios.csv", header, rows)
    with pytest.raises(cbs.ImportFailed) as failed:
        _import(tmp_path, regions=changed)
    assert any("regios.csv:1: fout: de kolom 'ggdregio_naam' ontbreekt" in m for m in _messages(failed.value))


def test_an_unknown_code_and_the_missing_municipality_are_named_with_their_line(tmp_path):
    header, rows = _csv(DATA / "bevolking-2025.csv")
    line = next(i for i, r in enumerate(rows) if r["gemeentecode_gm"] == "GM0088") + 2  # header is line 1
    rows[line - 2]["gemeentecode_gm"] = "GM9999"
    changed = _write_csv(tmp_path / "bevolking.csv", header, rows)
    with pytest.raises(cbs.ImportFailed) as failed:
        _import(tmp_path, population=changed)
    messages = _messages(failed.value)
    assert any(
        m.startswith(f"{cbs._display(changed)}:{line}: fout: de gemeentecode GM9999 (Schiermonnikoog) staat niet in de gemeentelijst") for m in messages
    ), messages
    assert any("1 gemeente(n) uit de gemeentelijst ontbreken in dit bestand: GM0088 (Schiermonnikoog)" in m for m in messages), messages


def test_bands_that_do_not_add_up_are_refused(tmp_path):
    header, rows = _csv(DATA / "bevolking-2025.csv")
    index = next(i for i, r in enumerate(rows) if r["gemeentecode_gm"] == "GM0363")
    rows[index]["leeftijd_0_14"] = str(int(rows[index]["leeftijd_0_14"]) - 100)
    changed = _write_csv(tmp_path / "bevolking.csv", header, rows)
    with pytest.raises(cbs.ImportFailed) as failed:
        _import(tmp_path, population=changed)
    (message,) = _messages(failed.value)
    assert f":{index + 2}: fout: bij GM0363 (Amsterdam) tellen de leeftijdsgroepen op tot 934426, maar 'inwoners' is 934526 (verschil -100)" in message


def test_a_region_code_with_two_names_is_refused(tmp_path):
    header, rows = _csv(DATA / "regios-2025.csv")
    index = next(i for i, r in enumerate(rows) if r["gemeentecode_gm"] == "GM0225")
    rows[index]["jeugdregio_naam"] = "Nijmegen en omstreken"
    changed = _write_csv(tmp_path / "regios.csv", header, rows)
    with pytest.raises(cbs.ImportFailed) as failed:
        _import(tmp_path, regions=changed)
    assert any("de jeugdzorgregio JZ32 heet hier 'Nijmegen en omstreken', maar op regel" in m for m in _messages(failed.value))


def test_a_hand_edited_total_is_reported_at_its_line(tmp_path):
    from kennisbank.errors import format_report
    from kennisbank.validate import load_content

    root = make_project(tmp_path)
    path = root / "content" / "municipalities" / "bevolking-2025.yaml"
    text = path.read_text(encoding="utf-8").replace("gemeente: gm0363, inwoners: 934526", "gemeente: gm0363, inwoners: 934527")
    path.write_text(text, encoding="utf-8")
    line = next(i for i, l in enumerate(text.splitlines(), 1) if "gm0363" in l)
    _content, problems = load_content(root)
    report = format_report([p for p in problems if p.is_error])
    assert f"content/municipalities/bevolking-2025.yaml:{line}:" in report
    assert "tellen de leeftijdsgroepen op tot 934.526, maar 'inwoners' is 934.527 (verschil -1)" in report


# --- next year: a merger, a new reference date ------------------------------------------------------------

MERGED = ("0060", "0088")  # Ameland and Schiermonnikoog become one (an invented merger, for the test)
NEW_CODE, NEW_NAME = "1999", "Waddeneilanden Oost"


def _next_year(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """Copies of the 2025 files as if CBS published them for 2026 after a merger, and the updated register."""
    header, rows = _csv(DATA / "bevolking-2025.csv")
    merged = [r for r in rows if r["gemeentecode_gm"][2:] in MERGED]
    new = {"gemeentecode_gm": "GM" + NEW_CODE, "naam": NEW_NAME, "naam_in_bron": NEW_NAME, "peildatum": "2026-01-01"}
    for column in header[4:]:
        new[column] = str(sum(int(r[column]) for r in merged))
    rows = [dict(r, peildatum="2026-01-01") for r in rows if r not in merged] + [new]
    population = _write_csv(tmp_path / "bevolking-2026.csv", header, rows)

    header, rows = _csv(DATA / "regios-2025.csv")
    first = next(r for r in rows if r["gemeentecode_gm"][2:] == MERGED[0])
    rows = [r for r in rows if r["gemeentecode_gm"][2:] not in MERGED] + [dict(first, gemeentecode_gm="GM" + NEW_CODE, naam=NEW_NAME)]
    regions = _write_csv(tmp_path / "regios-2026.csv", header, rows)

    topology = json.loads((DATA / "gemeente_2025.topojson").read_text(encoding="utf-8"))
    layer = topology["objects"].pop("gemeente_2025")
    parts = [g for g in layer["geometries"] if g["properties"]["statcode"][2:] in MERGED]
    polygons = [p for g in parts for p in (g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]])]
    layer["geometries"] = [g for g in layer["geometries"] if g not in parts] + [
        {"type": "MultiPolygon", "arcs": polygons, "properties": {"statcode": "GM" + NEW_CODE, "statnaam": NEW_NAME}}
    ]
    topology["objects"]["gemeente_2026"] = layer
    boundaries = tmp_path / "gemeente_2026.topojson"
    boundaries.write_text(json.dumps(topology), encoding="utf-8")

    register_text = REGISTER.read_text(encoding="utf-8")
    kept = [l for l in register_text.splitlines() if not any(f'code: "{c}"' in l for c in MERGED)]
    kept.append(f'  - {{code: "{NEW_CODE}", naam: "{NEW_NAME}", provincie: "Fryslân", tooi: "https://identifier.overheid.nl/tooi/id/gemeente/gm{NEW_CODE}"}}')
    register = tmp_path / "gemeenten-2026.yaml"
    register.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return population, regions, boundaries, register


@pytest.fixture
def next_year_sources(monkeypatch):
    monkeypatch.setitem(cbs.SOURCES, 2026, {kind: dict(meta, tabel=meta.get("tabel", "").replace("2025", "2026")) for kind, meta in cbs.SOURCES[2025].items()})


def test_next_years_files_with_a_merger_import_the_same_way(tmp_path, next_year_sources):
    from kennisbank.factsheets.data import build_all
    from kennisbank.validate import load_content

    population, regions, boundaries, register = _next_year(tmp_path)
    imported = cbs.build(population, regions, boundaries, register)
    assert sorted(imported.files) == ["bevolking-2026.yaml", "regios-2026.yaml"]
    assert "peildatum: 2026-01-01" in imported.files["bevolking-2026.yaml"]

    (tmp_path / "project").mkdir()
    root = make_project(tmp_path / "project")
    folder = root / "content" / "municipalities"
    (folder / "gemeenten-2025.yaml").unlink()
    shutil.copy(register, folder / "gemeenten-2026.yaml")
    removed = cbs.write(imported, folder)
    assert removed == ["bevolking-2025.yaml", "kaart/gemeente_2025.topojson", "regios-2025.yaml"]
    content, problems = load_content(root)
    assert not [p for p in problems if p.is_error], [str(p) for p in problems if p.is_error]
    sheets = {s.id: s for s in build_all(content)}
    assert set(MERGED).isdisjoint(s.municipality.code for s in sheets.values())
    merged = sheets["gm" + NEW_CODE]
    assert merged.population.inhabitants == 971 + 3800
    assert merged.population_date.isoformat() == "2026-01-01"


def test_without_updating_the_register_a_merger_is_explained(tmp_path, next_year_sources):
    population, regions, boundaries, _register = _next_year(tmp_path)
    with pytest.raises(cbs.ImportFailed) as failed:
        cbs.build(population, regions, boundaries, REGISTER)
    messages = _messages(failed.value)
    assert any("de gemeentecode GM1999 (Waddeneilanden Oost) staat niet in de gemeentelijst" in m and "herindeling" in m for m in messages)
    assert any("2 gemeente(n) uit de gemeentelijst ontbreken in dit bestand: GM0060 (Ameland), GM0088 (Schiermonnikoog)" in m for m in messages)
    assert any("gemeente_2026.topojson: fout: op de kaart staan gemeenten die niet in de gemeentelijst staan: GM1999" in m for m in messages)


def test_a_year_without_a_description_of_its_sources_is_refused(tmp_path):
    population, regions, boundaries, register = _next_year(tmp_path)
    with pytest.raises(cbs.ImportFailed) as failed:
        cbs.build(population, regions, boundaries, register)
    assert any("voor peildatum 2026-01-01 staat nog geen beschrijving van de bronnen" in m for m in _messages(failed.value))


def test_the_command_writes_nothing_when_something_is_wrong(tmp_path, capsys):
    header, rows = _csv(DATA / "bevolking-2025.csv")
    rows[0]["inwoners"] = "244.441"
    changed = _write_csv(tmp_path / "bevolking.csv", header, rows)
    target = tmp_path / "doel"
    code = cbs.main(
        [str(changed), str(DATA / "regios-2025.csv"), str(DATA / "gemeente_2025.topojson"), "--doel", str(target), "--gemeentelijst", str(REGISTER)]
    )
    err = capsys.readouterr().err
    assert code == 1 and not target.exists()
    assert "in de kolom 'inwoners' staat '244.441'; verwacht een heel getal" in err and "Niets geschreven" in err
    assert "Traceback" not in err
