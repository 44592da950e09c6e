"""Issue 4, privacy: no personal names, phone numbers or e-mail addresses from the seeds in content/.

The list below is inventory §10.4: named individuals (advisers with direct numbers and e-mail, an
alderman quoted by name, document authors), their numbers and addresses. Organisations' general
contact points (NCJ's secretariat and switchboard) are allowed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"

NAMES = [
    "Susan Osterop",
    "Osterop",  # VNG adviser (001:106); also cited as 'Osterop, 2016' in 004:307
    "Ruud Grondel",
    "Grondel",  # alderman quoted by name (001:32-34)
    "Lieke van der Meulen",
    "van der Meulen",  # national IVH adviser (003:101)
    "Jitty Runia",
    "Runia",  # national IVH adviser (003:103)
    "Ondine Engelse",
    "Madelon Meijer",  # handbook authors (002:44)
    "Hanneke Vervoort",
    "Angela Menger",  # BMC report advisers (000:2317-2319)
]
PHONE_NUMBERS = ["070-373 8393", "06 13 13 64 99", "06 36 41 80 17"]
EMAILS = ["susan.osterop@vng.nl", "lvandermeulen@ncj.nl", "jrunia@ncj.nl"]
ALLOWED_EMAILS = {"secretariaat@ncj.nl"}  # the NCJ's general address (002:887), an organisation's contact point
EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net", "voorbeeld.nl")  # placeholders in editors' docs

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MOBILE = re.compile(r"(?<!\d)06[\s-]?(?:\d[\s-]?){8}(?!\d)")


def _content_files() -> list[Path]:
    return sorted(p for p in CONTENT.rglob("*") if p.is_file() and p.suffix in {".yaml", ".yml", ".md"})


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.fixture(scope="module")
def content_texts() -> dict[str, str]:
    return {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8") for p in _content_files()}


def test_no_personal_names_from_the_seeds(content_texts):
    found = [f"{path}: {name}" for path, text in content_texts.items() for name in NAMES if re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)]
    assert not found, "persoonsnamen uit de bronnen horen niet in content/:\n" + "\n".join(found)


def test_no_personal_phone_numbers_from_the_seeds(content_texts):
    found = []
    for path, text in content_texts.items():
        digits = _digits(text)
        found += [f"{path}: {number}" for number in PHONE_NUMBERS if _digits(number) in digits]
        found += [f"{path}: {m.group(0)}" for m in _MOBILE.finditer(text)]
    assert not found, "telefoonnummers van personen horen niet in content/:\n" + "\n".join(found)


def test_no_personal_email_addresses(content_texts):
    found = []
    for path, text in content_texts.items():
        lowered = text.lower()
        found += [f"{path}: {address}" for address in EMAILS if address in lowered]
        found += [
            f"{path}: {m.group(0)}"
            for m in _EMAIL.finditer(text)
            if m.group(0).lower() not in ALLOWED_EMAILS and not m.group(0).lower().endswith(EXAMPLE_DOMAINS)
        ]
    assert not found, "e-mailadressen van personen horen niet in content/:\n" + "\n".join(sorted(set(found)))


def test_the_list_matches_the_seeds():
    """Each listed name, number and address really occurs in a seed, so the list stays meaningful."""
    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.fail("geen brondocumenten: ../shared/seeds hoort naast de checkout te staan")
    text = " ".join(p.read_text(encoding="utf-8") for p in seeds.glob("*.txt"))
    flat = re.sub(r"\s+", " ", text)
    for item in [*NAMES, *PHONE_NUMBERS, *EMAILS]:
        assert item in flat, item
