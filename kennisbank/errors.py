"""Problems found in content, as values with a location.

Everything that goes wrong with an editor's input becomes a `Problem`. Problems travel as data
until the edge (CLI, MkDocs hook), where `format_problem` is the single place that turns them into
the Dutch line an editor reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
import re
from pathlib import Path


EXIT_OK, EXIT_CONTENT, EXIT_CRASH = 0, 1, 2
"""Exit codes of every command: done, the input needs fixing (problems were printed), our own bug."""


class Severity(str, Enum):
    ERROR = "fout"
    WARNING = "waarschuwing"


@dataclass(frozen=True, order=True)
class Location:
    file: str  # path relative to the project root, with forward slashes
    line: int = 0  # 1-based; 0 means "the file as a whole"
    column: int = 0  # 1-based; 0 means "the line as a whole"


@dataclass(frozen=True)
class Problem:
    location: Location
    message: str  # Dutch, in the editor's terms, ending with what to do
    severity: Severity = Severity.ERROR
    code: str = "kb-inhoud"  # stable, for tests and tools: "kb-yaml-alias", "kb-url-scheme", … (kennisbank/codes.py)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.location.file, self.location.line, self.location.column, self.message)


def format_location(location: Location) -> str:
    text = location.file
    if location.line:
        text += f":{location.line}"
        if location.column:
            text += f":{location.column}"
    return text


_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def printable(text: str) -> str:
    """Text safe for a terminal or a log: control characters (a terminal escape sequence in a YAML value)
    and invisible direction marks are shown as their code, so a message cannot rewrite the screen or
    reorder what the editor reads."""
    return _INVISIBLE.sub(lambda m: f"<U+{ord(m.group(0)):04X}>", text)


NOWHERE = Location("")
"""For a problem with the command itself (an unknown option value, a missing folder), not with a file."""


def format_problem(problem: Problem) -> str:
    where = printable(format_location(problem.location))
    return f"{where + ': ' if where else ''}{problem.severity.value}: {printable(problem.message)}"


def command_problem(message: str, code: str, severity: Severity = Severity.ERROR) -> str:
    """A problem with how a command was called, formatted like every other problem."""
    return format_problem(Problem(NOWHERE, message, severity, code))


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(problem: Problem) -> str:
    """The problem as a GitHub Actions workflow command, so it shows as an annotation on its file and line.

    Escaping follows GitHub's rules: `%`, CR and LF in the message; also `:` and `,` in property values.
    """
    command = "error" if problem.is_error else "warning"
    properties = [f"file={printable(_escape_property(problem.location.file))}"]
    if problem.location.line:
        properties.append(f"line={problem.location.line}")
        if problem.location.column:
            properties.append(f"col={problem.location.column}")
    properties.append(f"title={_escape_property('Kennisbank: ' + problem.severity.value)}")
    return f"::{command} {','.join(properties)}::{printable(_escape_data(problem.message))}"


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=Problem.sort_key)


def format_report(problems: list[Problem]) -> str:
    """All problems, one line each, sorted by file and line, with a Dutch count at the end."""
    ordered = sorted_problems(problems)
    lines = [format_problem(p) for p in ordered]
    errors = sum(p.is_error for p in ordered)
    warnings = len(ordered) - errors
    if errors or warnings:
        lines.append(f"{_count(errors, 'fout', 'fouten')}, {_count(warnings, 'waarschuwing', 'waarschuwingen')}.")
    return "\n".join(lines)


def format_json(problems: list[Problem]) -> str:
    """All problems as JSON (for tools and reports): file, line, column, severity, code, message."""
    import json

    return json.dumps(
        [
            {
                "bestand": p.location.file,
                "regel": p.location.line,
                "kolom": p.location.column,
                "ernst": p.severity.value,
                "code": p.code,
                "melding": p.message,
            }
            for p in sorted_problems(problems)
        ],
        ensure_ascii=False,
        indent=2,
    )


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


def relative_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def crash_message(current_file: str | None) -> str:
    """What an editor sees when our own code fails: an apology, never a traceback."""
    where = f" tijdens het lezen van {current_file}" if current_file else ""
    return (
        f"Sorry, er ging iets mis in de kennisbank zelf{where}. Dit ligt niet aan uw invoer. "
        "Meld het aan de beheerders en vermeld deze melding; zij kunnen het met KENNISBANK_DEBUG=1 nazoeken."
    )
