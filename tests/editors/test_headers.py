"""Every content file starts with the line that gives VS Code and github.dev its schema."""

from __future__ import annotations

from kennisbank.editors import schemas
from kennisbank.validate import content_files

from .conftest import ROOT


def test_every_content_file_has_the_right_schema_line():
    wrong = []
    for path in content_files(ROOT):
        expected = schemas.check_header(ROOT, path)
        if expected is not None:
            wrong.append(f"{path.relative_to(ROOT)}: de eerste regel moet zijn: {expected}")
    assert not wrong, "Voer uit: kennisbank schemas --stempel\n" + "\n".join(wrong)


def test_the_schema_line_points_at_an_existing_schema():
    for path in content_files(ROOT):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(schemas.HEADER_PREFIX), path
        target = (path.parent / first.split("$schema=", 1)[1]).resolve()
        assert target.is_file() and target.parent == (ROOT / "schemas").resolve(), path
