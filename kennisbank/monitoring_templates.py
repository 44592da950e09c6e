"""The monitoring templates, made from the data set of the quality-assurance guideline.

One column per field of the data set, in the data set's order, with the field's Dutch name as the
header. Two lists, as the guideline defines two levels: one row per IVH trajectory ("Trajecten") and
one row per professional per year ("Professionals").

- `csv_template(guide, level)`: the header row of one list as CSV (UTF-8 with BOM, `;` between
  columns, as Dutch Excel reads and writes it).
- `xlsx_template(guide)`: one workbook with an explanation sheet, a sheet per list and a sheet with
  the allowed values. Choices are drop-down lists, dates are date cells shown as dd-mm-jjjj, numbers
  and scores are checked by Excel's data validation. The bytes are the same on every build: fixed
  document dates and fixed timestamps inside the zip.

The data set holds no names, addresses, birth dates or citizen service numbers: a trajectory number
the network hands out itself, and the child's age in months. The templates say so.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal, TypedDict

from .models.guideline import DataField, MonitoringTopic, QualityGuideline

if TYPE_CHECKING:
    # openpyxl is imported where it is used (it is slow to import). It ships no type information, so
    # to mypy these names are Any; they say what each argument is.
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet


class Level(TypedDict):
    sheet: str  # the sheet's name in the workbook
    file: str  # the CSV file's name
    row: str  # what one row is, in Dutch


LEVELS: dict[str, Level] = {
    "traject": {"sheet": "Trajecten", "file": "ivh-monitoring-trajecten.csv", "row": "één regel per IVH-traject"},
    "professional": {"sheet": "Professionals", "file": "ivh-monitoring-professionals.csv", "row": "één regel per professional per jaar"},
}
XLSX_FILE = "ivh-monitoring.xlsx"
EXPLANATION_SHEET = "Toelichting"
LISTS_SHEET = "Keuzelijsten"
MULTI_SEPARATOR = ";"
CSV_SEPARATOR = ";"
ROWS = 1000  # data rows prepared with drop-downs and checks (row 2 up to and including ROWS + 1)
FIXED_TIME = datetime(2025, 1, 1, 0, 0, 0)  # document dates and zip timestamps: identical bytes per build
YES_NO = ("ja", "nee")
DATE_FORMAT = "DD-MM-YYYY"
MUNICIPALITY_CODE = "CBS-gemeentecode"

PRIVACY = (
    "Zet geen namen, adressen, geboortedata of burgerservicenummers in dit bestand. Gebruik het "
    "trajectnummer dat het netwerk zelf uitdeelt, en de leeftijd van het kind in maanden."
)


@dataclass(frozen=True)
class Column:
    field: DataField
    topic: MonitoringTopic
    letter: str

    @property
    def header(self) -> str:
        return self.field.label


def columns(guide: QualityGuideline, level: str) -> list[Column]:
    """The columns of one list, in the order of the data set."""
    from openpyxl.utils import get_column_letter

    fields = [(topic, field) for topic in guide.monitoring.topics if topic.level == level for field in topic.fields]
    return [Column(field, topic, get_column_letter(i)) for i, (topic, field) in enumerate(fields, start=1)]


def levels(guide: QualityGuideline) -> list[str]:
    """The levels the data set uses, trajectories first."""
    used = {topic.level for topic in guide.monitoring.topics}
    return [level for level in LEVELS if level in used]


def dataset_version(guide: QualityGuideline) -> str:
    """A short fingerprint of what a filled-in file must match: field ids, types, values, scales.

    Definitions and names are left out, so rewording a definition keeps the version; a new field,
    value or scale gives a new one. Reports and exported figures name it.
    """
    shape = [[topic.level, f.id, f.type, f.values, f.scale_min, f.scale_max, f.unit, f.key] for topic in guide.monitoring.topics for f in topic.fields]
    digest = hashlib.sha256(json.dumps(shape, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
    return digest[:8]


def field_hint(field: DataField) -> str:
    """How to fill in a field, in plain Dutch (template, explanation sheet and the report page)."""
    unit = f", in {field.unit}" if field.unit and field.unit != MUNICIPALITY_CODE else ""
    if field.type == "datum":
        return "datum, als dd-mm-jjjj (bijvoorbeeld 31-12-2025)"
    if field.type == "geheel-getal":
        return f"geheel getal, 0 of meer{unit}"
    if field.type == "decimaal-getal":
        return f"getal, 0 of meer, decimalen met een komma (bijvoorbeeld 1,5){unit}"
    if field.type == "ja-nee":
        return "ja of nee"
    if field.type == "keuze":
        return "één waarde uit de lijst"
    if field.type == "meerkeuze":
        return f"een of meer waarden uit de lijst, gescheiden door een puntkomma ({MULTI_SEPARATOR})"
    if field.type == "score":
        return f"score van {field.scale_min} tot en met {field.scale_max}"
    if field.unit == MUNICIPALITY_CODE:
        return "CBS-gemeentecode van vier cijfers, bijvoorbeeld 0363"
    if field.key:
        return "tekst; verplicht en uniek per regel, zonder persoonsgegevens"
    return f"tekst{unit}"


# --- CSV ---------------------------------------------------------------------------------------


def csv_template(guide: QualityGuideline, level: str) -> bytes:
    """The header row of one list: UTF-8 with BOM so Excel shows accents, `;` as Dutch Excel uses."""
    headers = [_csv_cell(c.header) for c in columns(guide, level)]
    return ("\ufeff" + CSV_SEPARATOR.join(headers) + "\r\n").encode("utf-8")


def _csv_cell(text: str) -> str:
    if any(ch in text for ch in (CSV_SEPARATOR, '"', "\n", "\r", ",")):
        return '"' + text.replace('"', '""') + '"'
    return text


# --- Excel -------------------------------------------------------------------------------------


def xlsx_template(guide: QualityGuideline, moment_labels: dict[str, str] | None = None) -> bytes:
    """The workbook; `moment_labels` names when each field is filled in (the guideline page's wording)."""
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    workbook = Workbook()
    explanation = workbook.active
    explanation.title = EXPLANATION_SHEET
    lists = _lists_sheet(workbook, guide)
    for level in levels(guide):
        _data_sheet(workbook, guide, level, lists)
    _explanation_sheet(explanation, guide, moment_labels or {})
    workbook.move_sheet(LISTS_SHEET, offset=len(workbook.sheetnames))
    workbook.active = 0

    props = workbook.properties
    props.creator = "IVH-kennisbank"
    props.lastModifiedBy = "IVH-kennisbank"
    props.title = "IVH-monitoring: sjabloon"
    props.subject = f"Gedeelde monitoringdataset, versie {dataset_version(guide)}"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME

    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # not save_workbook(): that stamps the current time
    return _fixed_timestamps(raw.getvalue())


def _fixed_timestamps(data: bytes) -> bytes:
    """Rewrite the zip with one fixed timestamp for every entry, so equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


class _Styles(TypedDict):
    header_font: Font
    header_fill: PatternFill
    wrap: Alignment
    bold: Font
    title: Font


def _styles() -> _Styles:
    from openpyxl.styles import Alignment, Font, PatternFill

    return {
        "header_font": Font(bold=True, color="FFFFFF"),
        "header_fill": PatternFill("solid", fgColor="1D4F76"),
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "bold": Font(bold=True),
        "title": Font(bold=True, size=14),
    }


def _cell(sheet: Worksheet, row: int, column: int, value: str | float | None) -> Cell:
    """A cell with text from content: characters a worksheet cannot hold (control characters) are left
    out, and text that starts with '=' stays text, never a formula."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = sheet.cell(row=row, column=column)
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value
    if cell.data_type == "f":
        cell.data_type = "s"
    return cell


def _lists_sheet(workbook: Workbook, guide: QualityGuideline) -> dict[str, str]:
    """One column per choice field with its allowed values; the drop-downs refer to these ranges."""
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(LISTS_SHEET)
    style = _styles()
    ranges: dict[str, str] = {}
    choice_fields = [f for topic in guide.monitoring.topics for f in topic.fields if f.type in ("keuze", "meerkeuze")]
    _cell(sheet, 1, 1, "ja-nee").font = style["bold"]
    for r, value in enumerate(YES_NO, start=2):
        _cell(sheet, r, 1, value)
    ranges["ja-nee"] = f"'{LISTS_SHEET}'!$A$2:$A${1 + len(YES_NO)}"
    sheet.column_dimensions["A"].width = 12
    for i, field in enumerate(choice_fields, start=2):
        letter = get_column_letter(i)
        _cell(sheet, 1, i, field.label).font = style["bold"]
        for r, value in enumerate(field.values, start=2):
            _cell(sheet, r, i, value).number_format = "@"
        ranges[field.id] = f"'{LISTS_SHEET}'!${letter}$2:${letter}${1 + len(field.values)}"
        sheet.column_dimensions[letter].width = 34
    sheet.freeze_panes = "A2"
    return ranges


def _data_sheet(workbook: Workbook, guide: QualityGuideline, level: str, lists: Mapping[str, str]) -> None:
    sheet = workbook.create_sheet(LEVELS[level]["sheet"])
    style = _styles()
    last = ROWS + 1
    for column in columns(guide, level):
        field = column.field
        cell = _cell(sheet, 1, _index(column.letter), column.header)
        cell.font = style["header_font"]
        cell.fill = style["header_fill"]
        cell.alignment = style["wrap"]
        dimension = sheet.column_dimensions[column.letter]
        dimension.width = max(14, min(40, len(column.header) + 4))
        if field.type == "datum":
            dimension.number_format = DATE_FORMAT
        elif field.type == "tekst":
            dimension.number_format = "@"  # keeps leading zeros of a municipality code such as 0363
        validation = _validation(field, lists)
        if validation is None:
            continue
        validation.promptTitle = _clip(field.label, 32)
        validation.prompt = _clip(f"{field_hint(field)}. {field.definition}", 255)
        validation.showInputMessage = True
        validation.add(f"{column.letter}2:{column.letter}{last}")
        sheet.add_data_validation(validation)
    sheet.row_dimensions[1].height = 45
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{columns(guide, level)[-1].letter}1"


def _index(letter: str) -> int:
    from openpyxl.utils import column_index_from_string

    index: int = column_index_from_string(letter)
    return index


def _validation(field: DataField, lists: Mapping[str, str]) -> DataValidation | None:
    """Excel's own check for a column: a drop-down for choices, a range for numbers and dates."""
    from openpyxl.worksheet.datavalidation import DataValidation

    error_title = "Waarde past niet"
    if field.type == "keuze":
        v = DataValidation(type="list", formula1=f"={lists[field.id]}", allow_blank=True)
        v.error = "Kies een waarde uit de lijst."
    elif field.type == "meerkeuze":
        # A drop-down for one value; more values are typed with ';' between them, so Excel only informs.
        v = DataValidation(type="list", formula1=f"={lists[field.id]}", allow_blank=True, errorStyle="information")
        v.error = f"Meer waarden? Zet een puntkomma ({MULTI_SEPARATOR}) tussen de waarden uit de lijst."
        error_title = "Meer waarden"
    elif field.type == "ja-nee":
        v = DataValidation(type="list", formula1=f"={lists['ja-nee']}", allow_blank=True)
        v.error = "Kies ja of nee, of laat de cel leeg als het niet bekend is."
    elif field.type == "datum":
        v = DataValidation(type="date", operator="between", formula1="DATE(2000,1,1)", formula2="DATE(2099,12,31)", allow_blank=True)
        v.error = "Vul een datum in als dd-mm-jjjj, bijvoorbeeld 31-12-2025."
    elif field.type == "geheel-getal":
        v = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
        v.error = "Vul een geheel getal in van 0 of meer."
    elif field.type == "decimaal-getal":
        v = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
        v.error = "Vul een getal in van 0 of meer."
    elif field.type == "score":
        v = DataValidation(type="decimal", operator="between", formula1=str(field.scale_min), formula2=str(field.scale_max), allow_blank=True)
        v.error = f"Vul een score in van {field.scale_min} tot en met {field.scale_max}."
    elif field.type == "tekst" and field.unit == MUNICIPALITY_CODE:
        v = DataValidation(type="textLength", operator="equal", formula1="4", allow_blank=True)
        v.error = "Vul de CBS-gemeentecode in als vier cijfers, bijvoorbeeld 0363."
    else:
        return None
    v.errorTitle = error_title
    v.showErrorMessage = True
    return v


def _explanation_sheet(sheet: Worksheet, guide: QualityGuideline, moment_labels: Mapping[str, str]) -> None:
    style = _styles()
    rows: list[tuple[str, Literal["title", "bold"] | None]] = [
        ("IVH-monitoring: sjabloon voor de gedeelde dataset", "title"),
        (f"Versie van de dataset: {dataset_version(guide)}. Gemaakt uit de richtlijn kwaliteitsborging van de IVH-kennisbank.", None),
        ("", None),
        ("Zo vult u het in", "bold"),
    ]
    for level in levels(guide):
        rows.append((f"- Blad '{LEVELS[level]['sheet']}': {LEVELS[level]['row']}. Laat de kopregel staan zoals hij is.", None))
    rows += [
        ("- Laat een cel leeg als iets (nog) niet bekend is: onbekend is iets anders dan nee.", None),
        ("- Datums als dd-mm-jjjj, bijvoorbeeld 31-12-2025. Getallen met een komma voor decimalen, bijvoorbeeld 1,5.", None),
        (f"- Bij meer antwoorden: zet een puntkomma ({MULTI_SEPARATOR}) tussen de waarden uit de lijst.", None),
        ("- De toegestane waarden staan in de keuzelijst van de cel en op het blad 'Keuzelijsten'.", None),
        ("", None),
        ("Privacy", "bold"),
        (f"- {PRIVACY}", None),
        ("- Open het ingevulde bestand op de rapportagepagina van de kennisbank: het wordt in uw browser gelezen en nergens naartoe gestuurd.", None),
        ("- Deel met gemeenten en andere regio's alleen de jaarcijfers (totalen en percentages), nooit dit bestand.", None),
        ("", None),
        ("De velden", "bold"),
    ]
    for r, (text, kind) in enumerate(rows, start=1):
        cell = _cell(sheet, r, 1, text)
        if kind:
            cell.font = style[kind]
    start = len(rows) + 1
    headers = ["Blad", "Kolom", "Technische naam", "Onderwerp", "Wat u invult", "Toegestane waarden", "Definitie", "Wanneer"]
    for c, text in enumerate(headers, start=1):
        cell = _cell(sheet, start, c, text)
        cell.font = style["header_font"]
        cell.fill = style["header_fill"]
    r = start
    for level in levels(guide):
        for column in columns(guide, level):
            f = column.field
            r += 1
            values = [
                LEVELS[level]["sheet"],
                f"{column.letter}: {f.label}",
                f.id,
                column.topic.title,
                field_hint(f),
                "; ".join(f.values) if f.values else ("ja; nee" if f.type == "ja-nee" else ""),
                " ".join(f.definition.split()),
                moment_labels.get(f.moment, f.moment),
            ]
            for c, value in enumerate(values, start=1):
                cell = _cell(sheet, r, c, value)
                cell.alignment = style["wrap"]
    for letter, width in zip("ABCDEFGH", (14, 30, 24, 18, 30, 40, 60, 22), strict=True):
        sheet.column_dimensions[letter].width = width


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
