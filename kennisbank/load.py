"""Read one YAML file into plain data, keeping the line and column of every key and value.

We use PyYAML's composer (libyaml's C parser when present: fast) only to get the node tree, and
build the data ourselves. Every scalar stays the exact text the editor wrote: YAML 1.1 resolution
(`0363` as octal, `NO` as false, `12:30` as 750) never happens. Typing is the models' job, by the
field's declared type. Duplicate keys, tabs, anchors/merge keys and non-UTF-8 bytes are reported as
problems with their position.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Location, Problem

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - pure-Python fallback gives the same nodes, slower
    from yaml import SafeLoader as _Loader

PathKey = tuple[str | int, ...]

_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass
class Positions:
    """Where each value (and each mapping key) of a document stands, by its path in the data."""

    file: str
    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def of(self, path: PathKey, *, key: bool = False) -> Location:
        """The location of `path`, or of its nearest ancestor that has one."""
        table = self.keys if key else self.values
        probe = tuple(path)
        while probe:
            if probe in table:
                return Location(self.file, *table[probe])
            if key and probe in self.values:
                return Location(self.file, *self.values[probe])
            probe = probe[:-1]
        return Location(self.file, *self.values.get((), (1, 1)))


@dataclass
class Document:
    data: Any
    positions: Positions


def read_text(path: Path, display: str) -> tuple[str | None, list[Problem]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            Problem(
                Location(display, line, column),
                "dit bestand bevat tekens die geen UTF-8 zijn (bijvoorbeeld uit Word of een oud "
                "Windows-programma). Sla het bestand op als UTF-8, of typ het teken op deze plek opnieuw.",
            )
        ]
    return text.removeprefix("\ufeff"), []


def parse_yaml(text: str, display: str) -> tuple[Document | None, list[Problem]]:
    tab_problems = _find_tabs(text, display)
    if tab_problems:
        return None, tab_problems
    if not text.strip() or all(line.lstrip().startswith("#") or not line.strip() for line in text.splitlines()):
        return None, [
            Problem(
                Location(display, 1, 1),
                "dit bestand is leeg. Vul het in (kijk naar een ander bestand in dezelfde map als voorbeeld) of verwijder het.",
            )
        ]
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, display)]
    positions = Positions(display)
    problems: list[Problem] = []
    data = _build(node, (), positions, problems)
    return Document(data, positions), problems


_current: dict[str, str | None] = {"file": None}


def current_file() -> str | None:
    """The file being read right now, for the apology if our own code fails."""
    return _current["file"]


def set_current_file(display: str | None) -> None:
    _current["file"] = display


def load_document(path: Path, display: str) -> tuple[Document | None, list[Problem]]:
    set_current_file(display)
    text, problems = read_text(path, display)
    if text is None:
        return None, problems
    return parse_yaml(text, display)


def _find_tabs(text: str, display: str) -> list[Problem]:
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(
                Problem(
                    Location(display, number, indent.index("\t") + 1),
                    "deze regel springt in met een tab. YAML accepteert alleen spaties: vervang de tab door spaties "
                    "(twee per niveau).",
                )
            )
    return problems


_SYNTAX_HINTS = [
    ("mapping values are not allowed", "er staat een dubbele punt op een plek waar dat niet mag. Zet tekst met ': ' erin tussen aanhalingstekens, bijvoorbeeld: titel: \"Let op: dit\""),
    ("could not find expected ':'", "hier verwachtte de lezer 'veld: waarde'. Controleer of deze regel een dubbele punt mist of verkeerd inspringt."),
    ("did not find expected key", "de inspringing klopt niet: deze regel staat niet op één lijn met de velden erboven. Lijn hem uit met spaties."),
    ("did not find expected '-' indicator", "de inspringing van deze lijst klopt niet: zet elk item op dezelfde hoogte, beginnend met '- '."),
    ("found character '\\t'", "hier staat een tab. YAML accepteert alleen spaties: vervang de tab door spaties."),
    ("found unexpected end of stream", "het bestand houdt op midden in een tekst tussen aanhalingstekens. Sluit de aanhalingstekens."),
    ("found undefined alias", "hier staat een '*' aan het begin van een waarde. Zet de tekst tussen aanhalingstekens."),
    ("found unknown escape character", "hier staat een backslash (\\) in tekst tussen dubbele aanhalingstekens. Gebruik enkele aanhalingstekens of verdubbel de backslash."),
    ("expected <block end>, but found '<block sequence start>'", "een lijstitem ('- ') staat verkeerd ingesprongen. Lijn het uit met de andere items."),
    ("expected <block end>", "de inspringing klopt niet op deze regel. Lijn hem uit met de regels erboven."),
    ("found character '@'", "een waarde mag niet met '@' of '`' beginnen. Zet de tekst tussen aanhalingstekens."),
    ("found character '`'", "een waarde mag niet met '@' of '`' beginnen. Zet de tekst tussen aanhalingstekens."),
    ("while scanning a quoted scalar", "een tekst tussen aanhalingstekens wordt niet afgesloten. Zet het sluitende aanhalingsteken erbij."),
]


def _syntax_problem(exc: yaml.MarkedYAMLError, display: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    said = f"{exc.context or ''} {exc.problem or ''}"
    for needle, hint in _SYNTAX_HINTS:
        if needle in said:
            return Problem(Location(display, line, column), f"de YAML is hier niet te lezen: {hint}")
    return Problem(
        Location(display, line, column),
        "de YAML is hier niet te lezen (de lezer stopte op deze plek). Controleer inspringing, dubbele punten "
        "en aanhalingstekens op deze regel en de regel erboven.",
    )


def _build(node: yaml.Node, path: PathKey, positions: Positions, problems: list[Problem]) -> Any:
    positions.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.ScalarNode):
        if not node.style and node.value in _NULLS:
            return None
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, index), positions, problems) for index, item in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_line, key_column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(
                    Problem(Location(positions.file, key_line, key_column), "een veldnaam moet gewone tekst zijn. Schrijf: veldnaam: waarde")
                )
                continue
            key = key_node.value
            if key == "<<":
                problems.append(
                    Problem(
                        Location(positions.file, key_line, key_column),
                        "samenvoegen met '<<' wordt niet ondersteund. Schrijf de velden hier voluit.",
                    )
                )
                continue
            if key in result:
                first_line = positions.keys[(*path, key)][0]
                problems.append(
                    Problem(
                        Location(positions.file, key_line, key_column),
                        f"het veld '{key}' staat hier voor de tweede keer (eerder op regel {first_line}). "
                        "Houd één van beide over; de kennisbank kiest niet zelf.",
                    )
                )
                continue
            positions.keys[(*path, key)] = (key_line, key_column)
            result[key] = _build(value_node, (*path, key), positions, problems)
        return result
    raise TypeError(f"unexpected YAML node {type(node).__name__}")  # pragma: no cover
