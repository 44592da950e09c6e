"""Characters the PDF's typeface lacks: shown as '?' in the PDF and reported at their place in the content."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from kennisbank.errors import Severity, format_problem
from kennisbank.factsheets import glyphs
from kennisbank.factsheets.pdf import _font_files


def test_the_typeface_has_dutch_and_frisian_letters_and_the_table_boxes_but_no_emoji():
    characters = glyphs.printable(tuple(_font_files(ROOT)))
    for needed in "aéëïöüâúôĳ€–—‘’“”…·×□≈→ \u00a0":
        assert needed in characters, needed
    assert glyphs.unprintable("Fijn 🙂 ✓ 中", characters) == {"🙂", "✓", "中"}
    assert glyphs.substitute("Fijn 🙂!", {"🙂"}) == "Fijn ?!"


def test_the_warning_names_the_file_line_and_column_where_the_character_stands(tmp_path: Path):
    (tmp_path / "content" / "blocks").mkdir(parents=True)
    (tmp_path / "content" / "blocks" / "a.yaml").write_text("titel: Gewoon\ntekst: Klaar ✓ en door\n", encoding="utf-8")
    (problem,) = glyphs.problems(tmp_path, {"✓": ["gm0363", "gm0014", "jz13", "gm0096"]})
    assert (problem.location.file, problem.location.line, problem.location.column) == ("content/blocks/a.yaml", 2, 14)
    assert problem.severity is Severity.WARNING and problem.code == "kb-factsheet-teken"
    printed = format_problem(problem)
    assert printed.startswith("content/blocks/a.yaml:2:14: waarschuwing:"), printed
    assert "'✓' (U+2713)" in printed and "gm0014, gm0096, gm0363 en meer" in printed and "in woorden" in printed
