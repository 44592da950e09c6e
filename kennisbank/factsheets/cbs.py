"""Import the public CBS data about municipalities into content/ (run once per new year of data).

    python -m kennisbank.factsheets.cbs ../shared/data/bevolking-2025.csv ../shared/data/regios-2025.csv \\
        ../shared/data/gemeente_2025.topojson [--doel content/municipalities] [--gemeentelijst FILE]

Writes, in the target folder (standard: content/municipalities/):
- `bevolking-<jaar>.yaml` (soort bevolkingscijfers): inhabitants and age bands per municipality;
- `regios-<jaar>.yaml` (soort regio-indeling): youth-care, GGD and zorgkantoor region per municipality;
- `kaart/gemeente_<jaar>.topojson`: the boundary file, copied byte for byte (the maps are drawn from it
  at build time).
Each YAML file starts with a comment naming this command and the sha256 of every source file, and keeps
the provenance (publisher, table, reference date, licence, how it was derived) as data. Generated files
of an earlier year are removed, so the site always shows one year.

Everything is checked against the register of municipalities (`gemeenten-*.yaml`) before anything is
written. Problems are Dutch, one line each, with the file and line of the CSV:
a missing or renamed column, a municipality code that is not in the register (a merger that the register
does not know yet), a municipality of the register that has no row, age bands that do not add up to the
total, a region code with two names. Then nothing is written.

**Next year.** First update the register when municipalities merged (`kennisbank.factsheets.register`).
Then add the year to `SOURCES` below (table name and number, web address, the date you checked it) and run
this command with the new files. The year comes from the `peildatum` column.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .. import dutch
from ..errors import Location, Problem, format_problem

# What a human has to say about each year's sources (the files do not say it themselves).
SOURCES: dict[int, dict[str, dict[str, str]]] = {
    2025: {
        "bevolking": {
            "tabel": "Kerncijfers wijken en buurten 2025",
            "tabelnummer": "86165NED",
            "url": "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/86165NED/table",
            "gecontroleerd": "2026-11-29",
            "extract": (
                "een openbaar uittreksel (GitHub nederlanddata/test, public/gemeenten_cijfers_nieuw.json, commit ba56b09), "
                "gelijk aan een tweede uittreksel dat tabel 86165NED noemt (GitHub AnneVersion/geoinzicht-app)"
            ),
        },
        "regios": {
            "tabel": "Gebieden in Nederland 2025",
            "tabelnummer": "86059NED",
            "url": "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/86059NED/table",
            "gecontroleerd": "2026-11-29",
        },
        "kaart": {
            "url": "https://github.com/cartomap/nl",
            "titel": "cartomap/nl: gemeentegrenzen 2025 van CBS en PDOK, vereenvoudigd",
            "gecontroleerd": "2026-11-29",
            "versie": "rd/gemeente_2025.topojson, commit 01e3b4c",
        },
    },
}

POPULATION_COLUMNS = (
    "gemeentecode_gm",
    "naam",
    "peildatum",
    "inwoners",
    "leeftijd_0_14",
    "leeftijd_15_24",
    "leeftijd_25_44",
    "leeftijd_45_64",
    "leeftijd_65_79",
    "leeftijd_80_plus",
)
BANDS = POPULATION_COLUMNS[4:]
REGION_KINDS = (
    # (column prefix, YAML list key, code pattern, what it is called in messages, an example code)
    ("jeugdregio", "jeugdregios", re.compile(r"^JZ\d{2}$"), "jeugdzorgregio", "JZ13"),
    ("ggdregio", "ggdregios", re.compile(r"^GG\d{4}$"), "GGD-regio", "GG3406"),
    ("zorgkantoorregio", "zorgkantoorregios", re.compile(r"^ZK\d{2}$"), "zorgkantoorregio", "ZK02"),
)
REGION_COLUMNS = ("gemeentecode_gm", "naam", "provincie") + tuple(f"{p}_{s}" for p, *_ in REGION_KINDS for s in ("code", "naam"))
_GM = re.compile(r"^GM\d{4}$")

CsvRow = tuple[int, dict[str, str]]  # (line number, column -> value)


class ImportFailed(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(format_problem(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class RegisterEntry:
    code: str  # "0363"
    name: str
    province: str


@dataclass
class Imported:
    year: int
    files: dict[str, str]  # file name (relative to the target folder) -> text
    map_bytes: bytes
    map_name: str
    summary: list[str]


# --- reading ---------------------------------------------------------------------------------------------


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(path)


def read_register(path: Path) -> list[RegisterEntry]:
    """The municipalities of a register file (gemeenten-*.yaml), validated like any content file."""
    from ..load import load_document
    from ..models.municipality import MunicipalityRegister

    document, problems = load_document(path, _display(path))
    if document is None:
        raise ImportFailed(problems)
    try:
        register = MunicipalityRegister.model_validate(document.data)
    except Exception:  # a register with mistakes: `kennisbank check` says where
        raise ImportFailed(
            [Problem(Location(_display(path)), "de gemeentelijst is niet geldig. Voer eerst kennisbank check uit en herstel de fouten.")]
        ) from None
    return [RegisterEntry(m.code, m.name, m.province) for m in register.municipalities]


def _csv_rows(path: Path, required: tuple[str, ...]) -> tuple[list[CsvRow], list[Problem]]:
    shown = _display(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(Location(shown), f"het bestand is niet te lezen als UTF-8-tekst ({exc.__class__.__name__}). Sla het op als CSV in UTF-8.")]
    reader = csv.DictReader(text.splitlines())
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    problems = []
    for column in required:
        if column not in header:
            close = difflib.get_close_matches(column, [h for h in header if h not in required], n=1, cutoff=0.5)
            hint = f" Bedoelde u '{close[0]}'? Geef die kolom dan de naam '{column}'." if close else f" Voeg de kolom '{column}' toe."
            problems.append(
                Problem(Location(shown, 1), f"de kolom '{column}' ontbreekt (gevonden: {', '.join(header) or 'geen kolommen'}).{hint}", code="kb-import-kolom")
            )
    if problems:
        return [], problems
    rows = []
    for row in reader:
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        rows.append((reader.line_num, {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}))
    if not rows:
        problems.append(Problem(Location(shown), "het bestand heeft geen rijen met gemeenten."))
    return rows, problems


def _count(value: str, column: str, where: Location, problems: list[Problem]) -> int | None:
    if not re.fullmatch(r"\d+", value):
        problems.append(Problem(where, f"in de kolom '{column}' staat '{value}'; verwacht een heel getal zonder punten of spaties."))
        return None
    return int(value)


def _check_codes(rows: list[CsvRow], register: dict[str, RegisterEntry], shown: str, register_name: str, problems: list[Problem]) -> dict[str, CsvRow]:
    """Rows by 4-digit code; reports malformed, unknown, doubled and missing municipality codes."""
    found: dict[str, CsvRow] = {}
    for line, row in rows:
        where = Location(shown, line)
        raw = row["gemeentecode_gm"]
        if not _GM.match(raw):
            problems.append(Problem(where, f"'{raw}' is geen CBS-gemeentecode. Schrijf GM en vier cijfers, bijvoorbeeld GM0363.", code="kb-import-code"))
            continue
        code = raw[2:]
        if code in found:
            problems.append(
                Problem(
                    where,
                    f"de gemeente {raw} staat twee keer in het bestand (ook op regel {found[code][0]}). Haal de dubbele rij weg.",
                    code="kb-import-dubbel",
                )
            )
            continue
        if code not in register:
            problems.append(
                Problem(
                    where,
                    f"de gemeentecode {raw} ({row.get('naam') or 'zonder naam'}) staat niet in de gemeentelijst ({register_name}). "
                    "Is de gemeente nieuw, bijvoorbeeld na een herindeling? Werk dan eerst de gemeentelijst bij "
                    "(python -m kennisbank.factsheets.register) en importeer daarna opnieuw.",
                    code="kb-import-onbekende-gemeente",
                )
            )
            continue
        entry = register[code]
        if row.get("naam") and row["naam"] != entry.name:
            problems.append(
                Problem(
                    where,
                    f"bij {raw} staat de naam '{row['naam']}', maar in de gemeentelijst heet deze gemeente '{entry.name}'. Controleer of de code klopt.",
                    code="kb-import-naam",
                )
            )
        found[code] = (line, row)
    missing = [register[c] for c in register if c not in found]
    if missing:
        names = ", ".join(f"GM{m.code} ({m.name})" for m in missing[:5]) + (f" en {len(missing) - 5} meer" if len(missing) > 5 else "")
        problems.append(
            Problem(
                Location(shown),
                f"{len(missing)} gemeente(n) uit de gemeentelijst ontbreken in dit bestand: {names}. "
                "Zijn ze samengevoegd? Werk dan eerst de gemeentelijst bij; anders ontbreekt hun rij in het bestand.",
                code="kb-import-ontbrekende-gemeente",
            )
        )
    return found


def read_population(
    path: Path, register: dict[str, RegisterEntry], register_name: str, problems: list[Problem]
) -> tuple[date | None, dict[str, dict[str, int]]]:
    """(reference date, {code: counts}) from the population CSV; problems are added to `problems`."""
    shown = _display(path)
    rows, found = _csv_rows(path, POPULATION_COLUMNS)
    problems.extend(found)
    if found:
        return None, {}
    by_code = _check_codes(rows, register, shown, register_name, problems)
    dates: dict[str, int] = {}
    figures: dict[str, dict[str, int]] = {}
    for code, (line, row) in sorted(by_code.items()):
        where = Location(shown, line)
        dates.setdefault(row["peildatum"], line)
        parsed = {column: _count(row[column], column, where, problems) for column in ("inwoners", *BANDS)}
        counts = {column: value for column, value in parsed.items() if value is not None}
        if len(counts) < len(parsed):  # a cell that is not a whole number (reported)
            continue
        total = sum(counts[b] for b in BANDS)
        if total != counts["inwoners"]:
            problems.append(
                Problem(
                    where,
                    f"bij GM{code} ({register[code].name}) tellen de leeftijdsgroepen op tot {total}, maar 'inwoners' is "
                    f"{counts['inwoners']} (verschil {total - counts['inwoners']:+d}). Controleer de rij tegen de CBS-tabel.",
                    code="kb-import-totaal",
                )
            )
            continue
        figures[code] = counts
    reference: date | None = None
    if len(dates) > 1:
        (first, first_line), (second, second_line) = sorted(dates.items(), key=lambda d: d[1])[:2]
        problems.append(
            Problem(
                Location(shown, second_line),
                f"de peildatum '{second}' verschilt van '{first}' op regel {first_line}. Eén bestand hoort bij één peildatum.",
                code="kb-import-peildatum",
            )
        )
    elif dates:
        ((text, line),) = dates.items()
        try:
            reference = date.fromisoformat(text)
        except ValueError:
            problems.append(
                Problem(Location(shown, line), f"de peildatum '{text}' is geen datum. Schrijf JJJJ-MM-DD, bijvoorbeeld 2025-01-01.", code="kb-import-peildatum")
            )
    return reference, figures


def read_regions(
    path: Path, register: dict[str, RegisterEntry], register_name: str, problems: list[Problem]
) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]], list[tuple[float, str]]]:
    """({code: {prefix: region code}}, {prefix: {region code: name}}, lowest shares) from the regions CSV."""
    shown = _display(path)
    rows, found = _csv_rows(path, REGION_COLUMNS)
    problems.extend(found)
    if found:
        return {}, {}, []
    by_code = _check_codes(rows, register, shown, register_name, problems)
    names: dict[str, dict[str, tuple[str, int]]] = {prefix: {} for prefix, *_ in REGION_KINDS}
    membership: dict[str, dict[str, str]] = {}
    shares: list[tuple[float, str]] = []
    for code, (line, row) in sorted(by_code.items()):
        where = Location(shown, line)
        if row["provincie"] != register[code].province:
            problems.append(
                Problem(
                    where,
                    f"bij GM{code} staat provincie '{row['provincie']}', maar in de gemeentelijst '{register[code].province}'. Controleer de rij.",
                    code="kb-import-provincie",
                )
            )
        regions: dict[str, str] = {}  # column prefix -> region code
        for prefix, _key, pattern, label, example in REGION_KINDS:
            region, name = row[f"{prefix}_code"], row[f"{prefix}_naam"]
            if not pattern.match(region):
                problems.append(
                    Problem(
                        where,
                        f"'{region}' in de kolom '{prefix}_code' is geen code van een {label}. Schrijf de code zoals het CBS, bijvoorbeeld {example}.",
                        code="kb-import-regiocode",
                    )
                )
                continue
            if not name:
                problems.append(Problem(where, f"de {label} {region} heeft geen naam in de kolom '{prefix}_naam'.", code="kb-import-regionaam"))
                continue
            earlier = names[prefix].setdefault(region, (name, line))
            if earlier[0] != name:
                problems.append(
                    Problem(
                        where,
                        f"de {label} {region} heet hier '{name}', maar op regel {earlier[1]} '{earlier[0]}'. Eén code hoort bij één naam.",
                        code="kb-import-regionaam",
                    )
                )
            regions[prefix] = region
            share = row.get(f"{prefix}_aandeel", "")
            if prefix == "jeugdregio" and re.fullmatch(r"\d(\.\d+)?", share or ""):
                shares.append((float(share), register[code].name))
        membership[code] = regions
    return membership, {p: {c: n for c, (n, _l) in found_names.items()} for p, found_names in names.items()}, sorted(shares)[:2]


def read_map(path: Path, year: int, register: dict[str, RegisterEntry], problems: list[Problem]) -> bytes:
    shown = _display(path)
    data = path.read_bytes()
    try:
        topology = json.loads(data)
        layer = topology["objects"][f"gemeente_{year}"]
        geometries = layer["geometries"]
        codes = [g["properties"]["statcode"] for g in geometries]
        topology["arcs"], topology["transform"]  # noqa: B018 - they must be there
    except (ValueError, KeyError, TypeError):
        problems.append(
            Problem(
                Location(shown), f"dit is geen TopoJSON met een laag 'gemeente_{year}' (geometrieën met statcode), arcs en transform.", code="kb-import-kaart"
            )
        )
        return data
    on_map = {c[2:] for c in codes if isinstance(c, str) and _GM.match(c)}
    unknown = sorted(set(codes) - {"GM" + c for c in register})
    missing = sorted(c for c in register if c not in on_map)
    if unknown:
        problems.append(
            Problem(
                Location(shown),
                f"op de kaart staan gemeenten die niet in de gemeentelijst staan: {', '.join(map(str, unknown[:5]))}. Gebruik de kaart van hetzelfde jaar als de gemeentelijst.",
                code="kb-import-kaart",
            )
        )
    if missing:
        problems.append(
            Problem(
                Location(shown),
                f"op de kaart ontbreken gemeenten uit de gemeentelijst: {', '.join('GM' + c for c in missing[:5])}. Gebruik de kaart van hetzelfde jaar als de gemeentelijst.",
                code="kb-import-kaart",
            )
        )
    return data


# --- writing ---------------------------------------------------------------------------------------------


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _header(schema: str, what: str, sources: list[tuple[str, bytes]]) -> str:
    lines = [
        f"# yaml-language-server: $schema=../../schemas/{schema}.schema.json",
        f"# {what}",
        "# Gemaakt met: python -m kennisbank.factsheets.cbs <bevolking.csv> <regios.csv> <gemeente.topojson>",
        "# Pas dit bestand niet met de hand aan: maak het opnieuw met de bestanden van het CBS (zie README.md hier).",
    ]
    lines += [f"# Bron: {name} (sha256 {_sha(data)})" for name, data in sources]
    return "\n".join(lines)


def _provenance(meta: dict[str, str], source: Path, source_bytes: bytes) -> list[str]:
    """The `herkomst:` block shared by the generated population and region files."""
    return [
        "herkomst:",
        "  uitgever: CBS",
        f"  tabel: {_q(meta['tabel'])}",
        f"  tabelnummer: {meta['tabelnummer']}",
        "  licentie: CC BY 4.0",
        "  bron:",
        f"    - url: {meta['url']}",
        f"      titel: {_q('CBS, ' + meta['tabel'] + ' (StatLine ' + meta['tabelnummer'] + ')')}",
        f"      gecontroleerd: {meta['gecontroleerd']}",
        f"  bronbestand: {source.name}",
        f"  bron_sha256: {_sha(source_bytes)}",
    ]


def _folded(key: str, text: str, indent: int = 2) -> list[str]:
    """A folded YAML block (`key: >-`) with the text wrapped at 110 characters."""
    import textwrap

    pad = " " * indent
    return [f"{pad[:-2]}{key}: >-", *textwrap.wrap(text, width=110, initial_indent=pad, subsequent_indent=pad, break_on_hyphens=False)]


def population_yaml(
    year: int, reference: date, figures: dict[str, dict[str, int]], register: dict[str, RegisterEntry], source: Path, source_bytes: bytes
) -> str:
    meta = SOURCES[year]["bevolking"]
    total = sum(f["inwoners"] for f in figures.values())
    out = [
        _header("bevolkingscijfers", f"Inwoners en leeftijdsgroepen per gemeente op {dutch.long_date(reference)} (CBS).", [(source.name, source_bytes)]),
        "soort: bevolkingscijfers",
        f"id: bevolking-{year}",
        f"titel: Inwoners per gemeente op {dutch.long_date(reference)}",
        *_folded(
            "samenvatting",
            f"Het aantal inwoners van elke gemeente op {dutch.long_date(reference)}, in totaal en per leeftijdsgroep, van het CBS. "
            "De factsheets rekenen er de schatting van het aantal kinderen in de doelgroep van IVH mee uit.",
        ),
        f"peildatum: {reference.isoformat()}",
        *_provenance(meta, source, source_bytes),
        *_folded(
            "afleiding",
            f"De aantallen zijn die van de CBS-tabel {meta['tabelnummer']}, overgenomen uit {meta['extract']}. "
            f"Gecontroleerd bij het importeren: alle {len(figures)} gemeenten van de gemeentelijst staan erin, elke code staat in de "
            f"gemeentelijst, en per gemeente tellen de zes leeftijdsgroepen op tot het aantal inwoners. Samen {dutch.number(total)} inwoners.",
            4,
        ),
        *_folded(
            "notitie",
            "De jongste leeftijdsgroep is 0 tot en met 14 jaar. Een aantal kinderen van 0 tot 7 jaar per gemeente staat er niet in: "
            "wat de factsheet daarvoor uit de groep van 0 tot en met 14 jaar afleidt, is een schatting en zegt dat.",
            4,
        ),
        "beoordeeld:",
        f"  datum: {meta['gecontroleerd']}",
        "  door: redactie kennisbank",
        "gemeenten:",
    ]
    for code in sorted(figures):
        f = figures[code]
        cells = ", ".join([f"gemeente: gm{code}", f"inwoners: {f['inwoners']}", *(f"{b}: {f[b]}" for b in BANDS)])
        out.append(f"  - {{{cells}}}  # {register[code].name}")
    return "\n".join(out) + "\n"


def regions_yaml(
    year: int,
    reference: date,
    membership: dict[str, dict[str, str]],
    names: dict[str, dict[str, str]],
    lowest: list[tuple[float, str]],
    register: dict[str, RegisterEntry],
    source: Path,
    source_bytes: bytes,
    map_name: str,
    map_bytes: bytes,
) -> str:
    meta, map_meta = SOURCES[year]["regios"], SOURCES[year]["kaart"]
    counts = {prefix: len(names[prefix]) for prefix, *_ in REGION_KINDS}
    lowest_text = " en ".join(f"{name} {f'{share:.2f}'.replace('.', ',')}" for share, name in lowest)
    majority = (
        f"Elke gemeente heeft een duidelijke meerderheid (laagste aandelen bij de jeugdzorgregio: {lowest_text}, bij vereenvoudigde grenzen)."
        if lowest and lowest[0][0] > 0.5
        else "Het bronbestand geeft niet voor elke gemeente een duidelijke meerderheid; controleer de gemeenten met het laagste aandeel."
    )
    out = [
        _header(
            "regio-indeling",
            f"De regio's van elke gemeente in {year}: jeugdzorgregio, GGD-regio en zorgkantoorregio (CBS).",
            [(source.name, source_bytes), (map_name, map_bytes)],
        ),
        "soort: regio-indeling",
        f"id: regios-{year}",
        f"titel: Regio's van de gemeenten in {year}",
        *_folded(
            "samenvatting",
            f"Bij welke jeugdzorgregio, GGD-regio en zorgkantoorregio elke gemeente hoort, volgens de regionale indeling van "
            f"het CBS voor {year}. Met de grenzen van de gemeenten voor de kaartjes op de factsheets.",
        ),
        f"peildatum: {reference.isoformat()}",
        *_provenance(meta, source, source_bytes),
        *_folded(
            "afleiding",
            "Afgeleid, niet overgenomen: elke gemeente is geplaatst in de regio waarin de meeste van ongeveer 400 punten "
            f"verspreid over de gemeente liggen, met de grensbestanden van het CBS. {majority} Zo ontstaan {counts['jeugdregio']} "
            f"jeugdzorgregio's, {counts['ggdregio']} GGD-regio's en {counts['zorgkantoorregio']} zorgkantoorregio's; elke regio heeft "
            f"minstens één gemeente. De officiële tabel is {meta['tabelnummer']}; de indeling volgt de regionale indeling van het CBS "
            f"voor {year}.",
            4,
        ),
        *_folded(
            "notitie",
            "Een IVH-netwerk kan anders zijn georganiseerd dan de jeugdzorgregio. Wat coördinatoren over hun netwerk "
            "vastleggen (gemeentegegevens), gaat op de factsheet voor.",
            4,
        ),
        "kaart:",
        f"  bestand: kaart/{map_name}",
        f"  sha256: {_sha(map_bytes)}",
        f"  laag: gemeente_{year}",
        '  vermelding: "Kaart: CBS"',
        "  licentie: CC BY 4.0",
        "  bron:",
        f"    - url: {map_meta['url']}",
        f"      titel: {_q(map_meta['titel'])}",
        f"      gecontroleerd: {map_meta['gecontroleerd']}",
        *_folded(
            "afleiding",
            f"Gemeentegrenzen {year} van het CBS, gepubliceerd via PDOK, vereenvoudigd door het project cartomap "
            f"({map_meta['versie']}); coördinaten in RD New (EPSG:28992). Goed voor kaartjes, niet om oppervlakten te meten.",
            4,
        ),
        "beoordeeld:",
        f"  datum: {meta['gecontroleerd']}",
        "  door: redactie kennisbank",
    ]
    for prefix, key, *_ in REGION_KINDS:
        out.append(f"{key}:")
        for code, name in sorted(names[prefix].items()):
            out.append(f"  - {{code: {code}, naam: {_q(name)}}}")
    out.append("gemeenten:")
    for code in sorted(membership):
        regions = membership[code]
        cells = ", ".join([f"gemeente: gm{code}", *(f"{prefix}: {regions[prefix].lower()}" for prefix, *_ in REGION_KINDS)])
        out.append(f"  - {{{cells}}}  # {register[code].name}")
    return "\n".join(out) + "\n"


def build(population: Path, regions: Path, boundaries: Path, register_path: Path) -> Imported:
    """Read and check every source; the files to write, or ImportFailed with every problem found."""
    problems: list[Problem] = []
    register_list = read_register(register_path)
    register = {m.code: m for m in register_list}
    register_name = _display(register_path)
    reference, figures = read_population(population, register, register_name, problems)
    membership, names, lowest = read_regions(regions, register, register_name, problems)
    year = reference.year if reference else None
    if reference is not None and reference.year not in SOURCES:
        problems.append(
            Problem(
                Location(_display(population)),
                f"voor peildatum {reference.isoformat()} staat nog geen beschrijving van de bronnen in kennisbank/factsheets/cbs.py (SOURCES). "
                f"Voeg {year} toe: tabel, tabelnummer, webadres en de datum waarop u ze hebt gecontroleerd.",
                code="kb-import-jaar",
            )
        )
    map_bytes = read_map(boundaries, year, register, problems) if year else b""
    if problems or reference is None or year is None:  # no year without a reference date
        raise ImportFailed(problems or [Problem(Location(_display(population)), "geen peildatum gevonden.")])
    population_bytes, regions_bytes = population.read_bytes(), regions.read_bytes()
    map_name = f"gemeente_{year}.topojson"
    files = {
        f"bevolking-{year}.yaml": population_yaml(year, reference, figures, register, population, population_bytes),
        f"regios-{year}.yaml": regions_yaml(year, reference, membership, names, lowest, register, regions, regions_bytes, map_name, map_bytes),
    }
    total = sum(f["inwoners"] for f in figures.values())
    summary = [
        f"{len(figures)} gemeenten, samen {dutch.number(total)} inwoners op {dutch.long_date(reference)}.",
        f"{len(names['jeugdregio'])} jeugdzorgregio's, {len(names['ggdregio'])} GGD-regio's, {len(names['zorgkantoorregio'])} zorgkantoorregio's.",
    ]
    return Imported(year, files, map_bytes, map_name, summary)


GENERATED = (re.compile(r"^bevolking-\d{4}\.yaml$"), re.compile(r"^regios-\d{4}\.yaml$"), re.compile(r"^kaart/gemeente_\d{4}\.topojson$"))


def write(imported: Imported, target: Path) -> list[str]:
    """Write the files (atomically each) and remove generated files of other years; returns what changed."""
    target.mkdir(parents=True, exist_ok=True)
    wanted = {**{name: text.encode("utf-8") for name, text in imported.files.items()}, f"kaart/{imported.map_name}": imported.map_bytes}
    for name, data in wanted.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)
    removed = []
    for path in sorted(target.rglob("*")):
        name = path.relative_to(target).as_posix()
        if path.is_file() and name not in wanted and any(p.match(name) for p in GENERATED):
            path.unlink()
            removed.append(name)
    return removed


def default_register(target: Path) -> Path:
    found = sorted(target.glob("gemeenten-*.yaml"))
    if len(found) != 1:
        raise ImportFailed(
            [
                Problem(
                    Location(_display(target)),
                    f"verwacht één gemeentelijst (gemeenten-*.yaml) in deze map, gevonden: {len(found)}. Geef hem op met --gemeentelijst.",
                )
            ]
        )
    return found[0]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m kennisbank.factsheets.cbs", description="Importeer de CBS-gegevens over gemeenten in content/.")
    parser.add_argument("bevolking", type=Path, help="CSV met inwoners en leeftijdsgroepen per gemeente (bevolking-JJJJ.csv)")
    parser.add_argument("regios", type=Path, help="CSV met de regio's per gemeente (regios-JJJJ.csv)")
    parser.add_argument("kaart", type=Path, help="TopoJSON met de gemeentegrenzen (gemeente_JJJJ.topojson)")
    parser.add_argument("--doel", type=Path, default=Path("content/municipalities"), help="map om in te schrijven (standaard content/municipalities)")
    parser.add_argument("--gemeentelijst", type=Path, default=None, help="de gemeentelijst (standaard: gemeenten-*.yaml in de doelmap)")
    args = parser.parse_args(argv)
    try:
        imported = build(args.bevolking, args.regios, args.kaart, args.gemeentelijst or default_register(args.doel))
    except ImportFailed as failed:
        for problem in failed.problems:
            print(format_problem(problem), file=sys.stderr)
        print(f"Niets geschreven: {len(failed.problems)} probleem/problemen.", file=sys.stderr)
        return 1
    removed = write(imported, args.doel)
    for name in sorted(imported.files) + [f"kaart/{imported.map_name}"]:
        print(f"{args.doel / name}: geschreven.")
    for name in removed:
        print(f"{args.doel / name}: verwijderd (ander jaar).")
    for line in imported.summary:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
