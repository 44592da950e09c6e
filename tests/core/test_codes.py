"""Every problem code used in the package is in the catalogue (kennisbank/codes.py) that the editors'
guide page "Meldingen en hun code" is made from."""

from __future__ import annotations

import re
from pathlib import Path

from kennisbank.codes import CODES

PACKAGE = Path(__file__).resolve().parents[2] / "kennisbank"
PATTERNS = [
    re.compile(r'code="(kb-[a-z-]+)"'),
    re.compile(r'PydanticCustomError\(\s*"(kb_[a-z_]+)"'),
    re.compile(r'command_problem\([^\n]*?"(kb-[a-z-]+)"'),
    re.compile(r':\s*"(kb-[a-z-]+)"[,}]'),  # code tables: {"missing": "kb-veld-ontbreekt", …}
    re.compile(
        r'(?<!class)(?:=|, ) ?"(kb-[a-z-]+)"\)?\s*(?:#|$)', re.MULTILINE
    ),  # not css_class="kb-…"  # defaults: code: str = "kb-inhoud", .get(x, "kb-waarde")
]


def used_codes() -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if path.name == "codes.py":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in PATTERNS:
            found.update(code.replace("_", "-") for code in pattern.findall(text))
    return found


def test_every_code_in_use_is_explained_and_every_explained_code_is_used():
    used = used_codes()
    assert len(used) > 40
    # a code made from a prefix and a name (`"kb_duplicate_" + kind`) must have each of its forms listed
    prefixes = {code for code in used if code.endswith("-")}
    assert all(any(known.startswith(prefix) for known in CODES) for prefix in prefixes)
    used -= prefixes
    assert used - set(CODES) == set(), "add these codes with their meaning to kennisbank/codes.py"
    unused = {code for code in set(CODES) - used if not any(code.startswith(prefix) for prefix in prefixes)}
    assert unused == set(), "these codes in kennisbank/codes.py are no longer used"


def test_the_guide_lists_every_code(content):
    from kennisbank.compose import ComposeContext
    from kennisbank.site import read_inputs
    from kennisbank.compose.citations import Citations
    from kennisbank.editors import pages

    page = next(p for p in pages.compose(ComposeContext(content, Citations(content), content.root, read_inputs(content.root))) if p.path == pages.CODES_PAGE)
    for code in CODES:
        assert f"`{code}`" in page.markdown
