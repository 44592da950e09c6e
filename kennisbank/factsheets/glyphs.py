"""Characters the factsheet PDF can show: those in all four styles of its typeface (Liberation Sans).

Typst will not make a PDF/UA document with a character its fonts lack, such as an emoji or a check
mark. Rather than fail the whole build on one character, the PDF shows SUBSTITUTE in its place, and
the build reports where the character stands in the content, so an editor can write it in words.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import Location, Problem, Severity

SUBSTITUTE = "?"
CONTENT_DIR = "content"


@lru_cache(maxsize=4)
def printable(font_files: tuple[Path, ...]) -> frozenset[str]:
    """Every character that each of the fonts has a glyph for (white space included)."""
    from fontTools.ttLib import TTFont

    if not font_files:
        return frozenset()
    per_font = [{chr(code) for code in TTFont(str(path)).getBestCmap()} for path in font_files]
    return frozenset(set.intersection(*per_font)) | {"\n", "\r", "\t"}


def unprintable(text: str, characters: frozenset[str]) -> set[str]:
    return {c for c in set(text) if c not in characters}


def substitute(text: str, missing: set[str]) -> str:
    for character in missing:
        text = text.replace(character, SUBSTITUTE)
    return text


def _where(root: Path, character: str) -> Location:
    """The first place in the content where the character stands."""
    for path in sorted((root / CONTENT_DIR).rglob("*.yaml")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if character not in text:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if character in line:
                return Location(path.relative_to(root).as_posix(), number, line.index(character) + 1)
    return Location(CONTENT_DIR)


def problems(root: Path, found: dict[str, list[str]]) -> list[Problem]:
    """A warning per character the PDF cannot show, at its first place in the content."""
    result = []
    for character, sheets in sorted(found.items()):
        example = ", ".join(sorted(sheets)[:3]) + (" en meer" if len(sheets) > 3 else "")
        message = (
            f"het teken '{character}' (U+{ord(character):04X}) staat niet in het lettertype van de PDF-factsheets "
            f"({example}); in de PDF staat daar '{SUBSTITUTE}'. Schrijf het in woorden of met een gewoon leesteken."
        )
        result.append(Problem(_where(root, character), message, Severity.WARNING, code="kb-factsheet-teken"))
    return result
