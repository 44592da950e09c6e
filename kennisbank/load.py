"""Read one YAML file into plain data, keeping the line and column of every key and value.

We use PyYAML's composer (libyaml's C parser when present: fast) only to get the node tree, and
build the data ourselves. Every scalar stays the exact text the editor wrote: YAML 1.1 resolution
(`0363` as octal, `NO` as false, `12:30` as 750) never happens. Typing is the models' job, by the
field's declared type. Duplicate keys, tabs, anchors/merge keys and non-UTF-8 bytes are reported as
problems with their position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

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
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return None, [
            Problem(
                Location(display, 1, 1),
                f"dit bestand is {size // 1024} KB; de grens is {MAX_FILE_BYTES // 1024} KB. Splits de inhoud over "
                "meer bestanden, of kijk of er per ongeluk iets anders dan tekst in staat.",
                code="kb-yaml-te-groot",
            )
        ]
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
                code="kb-yaml-codering",
            )
        ]
    return text.removeprefix("\ufeff"), []


MAX_FILE_BYTES = 512 * 1024
"""Larger than any content file needs (the biggest today is under 50 KB); refused before parsing."""
MAX_DEPTH = 24
"""Nesting deeper than this is refused while parsing, so a hostile file cannot exhaust the stack."""


def parse_yaml(text: str, display: str) -> tuple[Document | None, list[Problem]]:
    tab_problems = _find_tabs(text, display)
    if tab_problems:
        return None, tab_problems
    if not text.strip() or all(line.lstrip().startswith("#") or not line.strip() for line in text.splitlines()):
        return None, [
            Problem(
                Location(display, 1, 1),
                "dit bestand is leeg. Vul het in (kijk naar een ander bestand in dezelfde map als voorbeeld) of verwijder het.",
                code="kb-yaml-leeg",
            )
        ]
    positions = Positions(display)
    problems: list[Problem] = []
    try:
        data = _Builder(positions, problems).build(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, display, text)]
    except yaml.reader.ReaderError as exc:
        return None, [_character_problem(exc.position, exc.character, display, text)]
    except UnicodeEncodeError as exc:  # a lone surrogate in text that did not come from a file
        return None, [_character_problem(exc.start, text[exc.start], display, text)]
    except _Refused as refused:
        return None, [refused.problem]
    return Document(data, positions), problems


def _too_deep(location: Location) -> Problem:
    return Problem(
        location,
        f"de inspringing of de haakjes gaan hier dieper dan {MAX_DEPTH} niveaus. Zo diep nest geen enkel "
        "inhoudsbestand: controleer de inspringing en de haakjes.",
        code="kb-yaml-te-diep",
    )


def _unclosed_quote(text: str, before_line: int) -> tuple[int, int] | None:
    """The first line before `before_line` where a value opens a quote that the line does not close.

    Quoted text can run over several lines in YAML, so the parser only complains where the quoting
    finally makes no sense, often far below. Content files never need multi-line quoted values
    (they use `>-`), so an unclosed quote on its own line is where the editor must look.
    """
    for number, line in enumerate(text.splitlines()[: before_line - 1], start=1):
        match = _VALUE_START.match(line)
        if not match:
            continue
        quote, rest = match["quote"], line[match.end() :]
        closed = re.search(r'(?<!\\)"', rest) if quote == '"' else re.search(r"'(?!')", rest.replace("''", ""))
        if not closed:
            return number, match.start("quote") + 1
    return None


_VALUE_START = re.compile(r"""^\s*(?:-\s+)*(?:[^\s#"'][^:#]*:\s+)?(?P<quote>["'])""")


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
                    "deze regel springt in met een tab. YAML accepteert alleen spaties: vervang de tab door spaties (twee per niveau).",
                    code="kb-yaml-tab",
                )
            )
    return problems


_SYNTAX_HINTS = [
    (
        "mapping values are not allowed",
        "er staat een dubbele punt op een plek waar dat niet mag. Zet tekst met ': ' erin tussen aanhalingstekens, bijvoorbeeld: titel: \"Let op: dit\"",
    ),
    ("could not find expected ':'", "hier verwachtte de lezer 'veld: waarde'. Controleer of deze regel een dubbele punt mist of verkeerd inspringt."),
    ("did not find expected key", "de inspringing klopt niet: deze regel staat niet op één lijn met de velden erboven. Lijn hem uit met spaties."),
    ("did not find expected '-' indicator", "de inspringing van deze lijst klopt niet: zet elk item op dezelfde hoogte, beginnend met '- '."),
    ("found character '\\t'", "hier staat een tab. YAML accepteert alleen spaties: vervang de tab door spaties."),
    ("found unexpected end of stream", "het bestand houdt op midden in een tekst tussen aanhalingstekens. Sluit de aanhalingstekens."),
    ("found undefined alias", "hier staat een '*' aan het begin van een waarde. Zet de tekst tussen aanhalingstekens."),
    (
        "found unknown escape character",
        "hier staat een backslash (\\) in tekst tussen dubbele aanhalingstekens. Gebruik enkele aanhalingstekens of verdubbel de backslash.",
    ),
    ("expected <block end>, but found '<block sequence start>'", "een lijstitem ('- ') staat verkeerd ingesprongen. Lijn het uit met de andere items."),
    ("expected <block end>", "de inspringing klopt niet op deze regel. Lijn hem uit met de regels erboven."),
    ("found character '@'", "een waarde mag niet met '@' of '`' beginnen. Zet de tekst tussen aanhalingstekens."),
    ("found character '`'", "een waarde mag niet met '@' of '`' beginnen. Zet de tekst tussen aanhalingstekens."),
    ("while scanning a quoted scalar", "een tekst tussen aanhalingstekens wordt niet afgesloten. Zet het sluitende aanhalingsteken erbij."),
]


_OPENERS = ("while scanning a quoted scalar", "while parsing a flow sequence", "while parsing a flow mapping")


def _syntax_problem(exc: yaml.MarkedYAMLError, display: str, text: str) -> Problem:
    """Where the editor must look: for an unclosed quote or bracket, the line where it opened."""
    said = f"{exc.context or ''} {exc.problem or ''}"
    stop = exc.problem_mark or exc.context_mark
    stop_at = (stop.line + 1, stop.column + 1) if stop else (1, 1)
    if "maximum nesting depth" in said:
        return _too_deep(Location(display, *stop_at))
    opened_at: tuple[int, int] | None = None
    if exc.context in _OPENERS and exc.context_mark is not None:
        opened_at = (exc.context_mark.line + 1, exc.context_mark.column + 1)
        unclosed = "quote" if exc.context == _OPENERS[0] else "]" if "sequence" in exc.context else "}"
    else:
        opened_at = _unclosed_quote(text, stop_at[0])
        unclosed = "quote"
    if opened_at is None:
        hint = next(
            (hint for needle, hint in _SYNTAX_HINTS if needle in said),
            "de lezer stopte op deze plek. Controleer inspringing, dubbele punten en aanhalingstekens op deze regel en de regel erboven.",
        )
        return Problem(Location(display, *stop_at), f"de YAML is hier niet te lezen: {hint}", code="kb-yaml-syntaxis")
    if unclosed == "quote":
        hint = "hier begint een tekst tussen aanhalingstekens die niet wordt afgesloten. Zet het sluitende aanhalingsteken erbij."
    else:
        hint = f"hier opent een haakje dat niet goed wordt gesloten. Controleer de komma's en zet het sluitende '{unclosed}' erbij."
    stopped = f" (De lezer liep door tot regel {stop_at[0]}.)" if stop_at[0] != opened_at[0] else ""
    return Problem(Location(display, *opened_at), f"de YAML is hier niet te lezen: {hint}{stopped}", code="kb-yaml-syntaxis")


def _character_problem(position: int, character: int | str, display: str, text: str) -> Problem:
    """A character YAML does not allow (NUL, other control characters, a lone surrogate)."""
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    code = character if isinstance(character, int) else ord(str(character)[:1] or "\0")
    return Problem(
        Location(display, line, column),
        f"hier staat een onzichtbaar of ongeldig teken (U+{code:04X}), vaak door kopiëren uit een ander programma. "
        "Verwijder het: typ de tekst rond deze plek opnieuw.",
        code="kb-yaml-teken",
    )


class _Refused(Exception):
    """A construct we do not read at all (an alias, nesting beyond MAX_DEPTH): one problem, no data."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem


Frame = list[Any]
"""One open collection while building: [container, its path, pending mapping key, dropping a refused key's value]."""


class _Builder:
    """Plain data from the parser's event stream, with positions; iterative, so depth costs no stack.

    Building from events rather than from PyYAML's node graph means an alias is seen before it is
    expanded: a "billion laughs" file is refused at its first `&` in microseconds.
    """

    def __init__(self, positions: Positions, problems: list[Problem]) -> None:
        self.positions = positions
        self.problems = problems
        self.file = positions.file

    def _at(self, mark: yaml.Mark) -> Location:
        return Location(self.file, mark.line + 1, mark.column + 1)

    def build(self, events: Iterable[yaml.Event]) -> Any:
        documents = 0
        root: Any = None
        # stack frames: [container, path, pending_key (mappings), skip_key (duplicate or refused key)]
        stack: list[Frame] = []
        skipping = 0  # depth inside a subtree we drop (a duplicate key's value, a non-text key)
        for event in events:
            if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
                continue
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise _Refused(
                        Problem(
                            self._at(event.start_mark),
                            "dit bestand bevat een tweede document (na '---'). Eén bestand is één stuk inhoud: "
                            "verwijder de '---' of zet het tweede deel in een eigen bestand.",
                            code="kb-yaml-meer-documenten",
                        )
                    )
                continue
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                sign = "*" if isinstance(event, yaml.AliasEvent) else "&"
                name = event.anchor
                raise _Refused(
                    Problem(
                        self._at(event.start_mark),
                        f"'{sign}{name}' is een YAML-anker of -verwijzing; die worden niet ondersteund. Schrijf de "
                        "waarde hier voluit. Begint uw tekst met '&' of '*'? Zet hem dan tussen aanhalingstekens.",
                        code="kb-yaml-alias",
                    )
                )
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                if skipping:
                    skipping -= 1
                    if skipping == 0:
                        self._value_done(stack)
                    continue
                finished = stack.pop()
                if not stack:
                    root = finished[0]
                else:
                    self._add(stack, finished[0])
                continue
            if skipping:
                if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                    skipping += 1
                continue
            # a scalar or the start of a collection: either a mapping key or a value
            parent = stack[-1] if stack else None
            if parent is not None and isinstance(parent[0], dict) and parent[2] is None:
                self._key(stack, event)
                continue
            if parent is not None and parent[3]:  # the value of a refused key: drop it
                if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                    skipping = 1
                else:
                    self._value_done(stack)
                continue
            path = self._child_path(stack)
            self.positions.values[path] = (event.start_mark.line + 1, event.start_mark.column + 1)
            if isinstance(event, yaml.ScalarEvent):
                value = None if not event.style and event.value in _NULLS else event.value
                if stack:
                    self._add(stack, value)
                else:
                    root = value
                continue
            if len(stack) >= MAX_DEPTH:
                raise _Refused(_too_deep(self._at(event.start_mark)))
            container: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
            stack.append([container, path, None, False])
        return root

    def _child_path(self, stack: list[Frame]) -> PathKey:
        if not stack:
            return ()
        container, path, key, _skip = stack[-1]
        return (*path, key) if isinstance(container, dict) else (*path, len(container))

    def _add(self, stack: list[Frame], value: Any) -> None:
        container = stack[-1][0]
        if isinstance(container, dict):
            container[stack[-1][2]] = value
            stack[-1][2] = None
        else:
            container.append(value)

    def _value_done(self, stack: list[Frame]) -> None:
        """The dropped value of a refused key is over: the mapping expects a key again."""
        stack[-1][2] = None
        stack[-1][3] = False

    def _key(self, stack: list[Frame], event: yaml.Event) -> None:
        frame = stack[-1]
        where = self._at(event.start_mark)
        refuse = None
        if not isinstance(event, yaml.ScalarEvent):
            refuse = Problem(where, "een veldnaam moet gewone tekst zijn. Schrijf: veldnaam: waarde", code="kb-yaml-sleutel")
        elif event.value == "<<":
            refuse = Problem(where, "samenvoegen met '<<' wordt niet ondersteund. Schrijf de velden hier voluit.", code="kb-yaml-samenvoegen")
        elif event.value in frame[0]:
            first_line = self.positions.keys[(*frame[1], event.value)][0]
            refuse = Problem(
                where,
                f"het veld '{event.value}' staat hier voor de tweede keer (eerder op regel {first_line}). "
                "Houd één van beide over; de kennisbank kiest niet zelf.",
                code="kb-yaml-dubbel-veld",
            )
        if refuse is not None:
            self.problems.append(refuse)
            frame[2] = "\x00refused"  # placeholder so the next event is read as this key's value
            frame[3] = True
            if not isinstance(event, yaml.ScalarEvent):
                raise _Refused(refuse)  # a collection as a key: nothing sensible follows
            return
        frame[2] = event.value
        self.positions.keys[(*frame[1], event.value)] = (event.start_mark.line + 1, event.start_mark.column + 1)
