"""Issue 17, point 1 and 5: the CSV and Excel templates come from the data set of the quality guideline.

One column per field with its Dutch name, drop-down lists with the allowed values, date columns as
dates, an explanation sheet; the same bytes on every build; a change in the data set (YAML) changes
the templates. The data set holds no names or birth dates: a record number and the age in months.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import load_workbook

from conftest import make_project
from kennisbank import monitoring_templates as mt
from kennisbank.validate import load_content

PERSONAL_WORDS = ("naam", "geboorte", "bsn", "burgerservicenummer", "adres", "postcode", "telefoon", "e-mail")


@pytest.fixture(scope="module")
def guide(content):
    return content.get("kwaliteitsrichtlijn", "kwaliteit")


@pytest.fixture(scope="module")
def workbook(guide):
    return load_workbook(io.BytesIO(mt.xlsx_template(guide)))


def _fields(guide, level):
    return [f for topic in guide.monitoring.topics if topic.level == level for f in topic.fields]


def _validations(sheet):
    """Column letter -> the data validation covering that column's data rows."""
    found = {}
    for dv in sheet.data_validations.dataValidation:
        for cell_range in dv.sqref.ranges:
            letter = cell_range.coord.split(":")[0].rstrip("0123456789")
            assert cell_range.min_row == 2 and cell_range.max_row == mt.ROWS + 1, cell_range.coord
            found[letter] = dv
    return found


def _range_values(workbook, formula):
    sheet_name, _, cells = formula.lstrip("=").partition("!")
    sheet = workbook[sheet_name.strip("'")]
    return [c.value for row in sheet[cells.replace("$", "")] for c in row]


def test_the_data_set_has_33_fields_on_two_levels(guide):
    assert len(_fields(guide, "traject")) + len(_fields(guide, "professional")) == 33
    assert mt.levels(guide) == ["traject", "professional"]


def test_csv_columns_are_the_fields_in_order_with_dutch_names(guide):
    for level in mt.levels(guide):
        data = mt.csv_template(guide, level)
        assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, so Excel shows accents"
        header = data.decode("utf-8-sig").rstrip("\r\n").split(";")
        assert header == [f.label for f in _fields(guide, level)]


def test_xlsx_sheets_and_columns(workbook, guide):
    assert workbook.sheetnames == ["Toelichting", "Trajecten", "Professionals", "Keuzelijsten"]
    for level, sheet_name in (("traject", "Trajecten"), ("professional", "Professionals")):
        sheet = workbook[sheet_name]
        header = [c.value for c in sheet[1]]
        assert header == [f.label for f in _fields(guide, level)], sheet_name
        assert sheet.freeze_panes == "B2"


def test_choices_are_drop_down_lists_with_the_allowed_values(workbook, guide):
    for level, sheet_name in (("traject", "Trajecten"), ("professional", "Professionals")):
        sheet = workbook[sheet_name]
        validations = _validations(sheet)
        for column in mt.columns(guide, level):
            field = column.field
            if field.type not in ("keuze", "meerkeuze", "ja-nee"):
                continue
            dv = validations.get(column.letter)
            assert dv is not None and dv.type == "list", f"{field.id}: no drop-down"
            values = _range_values(workbook, dv.formula1)
            assert values == (list(field.values) if field.values else ["ja", "nee"]), field.id
            assert dv.showErrorMessage
            # one value from the list is enforced; several (with ';') are allowed with a notice
            if field.type == "meerkeuze":
                assert dv.errorStyle == "information", field.id
            else:
                assert dv.errorStyle in (None, "stop"), field.id


def test_dates_are_date_cells_and_numbers_are_checked(workbook, guide):
    sheet = workbook["Trajecten"]
    validations = _validations(sheet)
    for column in mt.columns(guide, "traject"):
        field = column.field
        dv = validations.get(column.letter)
        if field.type == "datum":
            assert sheet.column_dimensions[column.letter].number_format == "DD-MM-YYYY", field.id
            assert dv is not None and dv.type == "date", field.id
        elif field.type == "score":
            assert (dv.type, dv.formula1, dv.formula2) == ("decimal", str(field.scale_min), str(field.scale_max)), field.id
        elif field.type == "geheel-getal":
            assert (dv.type, dv.operator, dv.formula1) == ("whole", "greaterThanOrEqual", "0"), field.id
        elif field.type == "decimaal-getal":
            assert (dv.type, dv.operator, dv.formula1) == ("decimal", "greaterThanOrEqual", "0"), field.id
        elif field.type == "tekst":
            assert sheet.column_dimensions[column.letter].number_format == "@", f"{field.id}: text keeps a leading zero"
        if dv is not None:
            assert dv.prompt and dv.promptTitle, f"{field.id}: the cell explains what goes in it"


def test_explanation_sheet_explains_every_field_and_the_privacy_rule(workbook, guide):
    sheet = workbook["Toelichting"]
    text = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "geen namen, adressen, geboortedata of burgerservicenummers" in text
    assert "leeftijd van het kind in maanden" in text
    assert f"Versie van de dataset: {mt.dataset_version(guide)}" in text
    technical_names = [sheet.cell(row=r, column=3).value for r in range(1, sheet.max_row + 1)]
    for level in mt.levels(guide):
        for field in _fields(guide, level):
            assert field.id in technical_names, field.id


def test_no_names_or_birth_dates_in_the_data_set(guide):
    """Point 5: a record number and the age in months instead of anything that identifies a child."""
    fields = _fields(guide, "traject") + _fields(guide, "professional")
    for field in fields:
        words = f"{field.id} {field.label}".lower()
        assert not any(w in words for w in PERSONAL_WORDS), field.id
    keys = [f for f in _fields(guide, "traject") if f.key]
    assert [f.id for f in keys] == ["trajectnummer"]
    age = next(f for f in fields if f.id == "leeftijd-aanmelding")
    assert (age.type, age.unit) == ("geheel-getal", "maanden")


def test_the_same_bytes_on_every_build(guide):
    first, second = mt.xlsx_template(guide), mt.xlsx_template(guide)
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {mt.FIXED_TIME.timetuple()[:6]}
        core = archive.read("docProps/core.xml").decode("utf-8")
    assert "2025-01-01T00:00:00Z" in core
    assert load_workbook(io.BytesIO(first)).properties.modified == mt.FIXED_TIME


def test_the_site_build_ships_the_templates(content):
    from kennisbank.site import compose_files, read_inputs

    files = {f.path: f.content for f in compose_files(content, read_inputs(content.root))}
    guide = content.get("kwaliteitsrichtlijn", "kwaliteit")
    assert files["richtlijnen/kwaliteit/sjablonen/ivh-monitoring.xlsx"] == mt.xlsx_template(guide, _moments())
    assert files["richtlijnen/kwaliteit/sjablonen/ivh-monitoring-trajecten.csv"] == mt.csv_template(guide, "traject")
    assert files["richtlijnen/kwaliteit/sjablonen/ivh-monitoring-professionals.csv"] == mt.csv_template(guide, "professional")


def _moments():
    from kennisbank.compose.guidelines import MOMENT_LABELS

    return MOMENT_LABELS


def test_a_change_in_the_data_set_changes_the_templates(tmp_path, guide):
    """A new allowed value and a renamed field in the YAML show up in both templates and the version."""
    project = make_project(tmp_path, with_content=("sources", "guidelines", "profiles"))
    path = project / "content" / "guidelines" / "kwaliteit.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("            - huisarts\n", "            - huisarts\n            - verloskundige\n", 1)
    text = text.replace("naam: Verwijzer\n", "naam: Verwijzer naar IVH\n", 1)
    path.write_text(text, encoding="utf-8")
    changed_content, problems = load_content(project)
    assert not [p for p in problems if p.is_error], problems
    changed = changed_content.get("kwaliteitsrichtlijn", "kwaliteit")

    assert mt.dataset_version(changed) != mt.dataset_version(guide)
    assert "Verwijzer naar IVH" in mt.csv_template(changed, "traject").decode("utf-8-sig")
    assert mt.xlsx_template(changed) != mt.xlsx_template(guide)
    book = load_workbook(io.BytesIO(mt.xlsx_template(changed)))
    column = next(c for c in mt.columns(changed, "traject") if c.field.id == "verwijzer")
    assert book["Trajecten"][f"{column.letter}1"].value == "Verwijzer naar IVH"
    dv = _validations(book["Trajecten"])[column.letter]
    assert "verloskundige" in _range_values(book, dv.formula1)


def test_rewording_a_definition_keeps_the_version(tmp_path, guide):
    project = make_project(tmp_path, with_content=("sources", "guidelines", "profiles"))
    path = project / "content" / "guidelines" / "kwaliteit.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("De dag waarop ouders de afsluitbrief krijgen.", "De dag waarop de ouders de afsluitbrief ontvangen.", 1), encoding="utf-8")
    changed_content, _ = load_content(project)
    assert mt.dataset_version(changed_content.get("kwaliteitsrichtlijn", "kwaliteit")) == mt.dataset_version(guide)


@pytest.mark.parametrize(
    ("replace", "by", "message"),
    [
        (
            "          type: datum\n          moment: aanmelding\n",
            "          type: datum\n          moment: aanmelding\n          sleutel: true\n",
            "is een sleutel: dat kan alleen bij het type tekst",
        ),
        (
            "          eenheid: CBS-gemeentecode\n",
            "          eenheid: CBS-gemeentecode\n          sleutel: true\n",
            "zijn 2 velden een sleutel (trajectnummer, gemeente)",
        ),
    ],
)
def test_the_record_number_key_is_checked_with_a_dutch_message(tmp_path, replace, by, message):
    project = make_project(tmp_path, with_content=("sources", "guidelines", "profiles"))
    path = project / "content" / "guidelines" / "kwaliteit.yaml"
    text = path.read_text(encoding="utf-8")
    assert replace in text
    path.write_text(text.replace(replace, by, 1), encoding="utf-8")
    _content, problems = load_content(project)
    errors = [p for p in problems if p.is_error]
    assert any(message in p.message for p in errors), [p.message for p in errors]
    assert all(p.location.line for p in errors)
