"""The register of municipalities: complete, codes as text, provenance kept."""

from __future__ import annotations

import csv

import pytest
from conftest import ROOT, SHARED


def test_register_has_342_municipalities_with_codes_as_text(real_content):
    (register,) = real_content.of("gemeentelijst")
    municipalities = register.municipalities
    assert len(municipalities) == 342
    by_id = {m.id: m for m in municipalities}
    amsterdam = by_id["gm0363"]
    assert amsterdam.code == "0363" and isinstance(amsterdam.code, str)
    assert amsterdam.name == "Amsterdam" and amsterdam.province == "Noord-Holland"
    assert amsterdam.tooi == "https://identifier.overheid.nl/tooi/id/gemeente/gm0363"
    assert by_id["gm0014"].code == "0014"  # leading zeros survive
    assert by_id["gm0518"].preferred_name == "Den Haag"
    assert len({m.province for m in municipalities}) == 12


def test_register_keeps_its_provenance(real_content):
    (register,) = real_content.of("gemeentelijst")
    assert str(register.reference_date) == "2025-01-01"
    assert register.provenance.source_sha256 == "0057b269c48420e1a633904ec04afdec3f1c6b3c27ed7d4cc53c600add608038"
    assert "rwc_gemeenten_compleet/4" in register.provenance.sources[0].url


def test_register_matches_the_shared_csv(real_content):
    with (SHARED / "data" / "gemeenten-2025.csv").open(encoding="utf-8", newline="") as handle:
        rows = {r["gemeentecode_gm"]: r for r in csv.DictReader(handle)}
    (register,) = real_content.of("gemeentelijst")
    ours = {m.gm_code: m for m in register.municipalities}
    assert set(ours) == set(rows)
    for code, row in rows.items():
        assert (ours[code].name, ours[code].province, ours[code].tooi) == (row["naam"], row["provincie"], row["tooi_uri"])


def test_regenerating_the_register_gives_the_committed_file(tmp_path):
    source = SHARED / "data" / "gemeenten-2025.csv"
    if not source.exists():
        pytest.fail("../shared/data must be beside the checkout (it is, for developers and CI)")
    from kennisbank.factsheets.register import to_yaml

    generated = to_yaml(source, SHARED / "data" / "register-gemeenten-compleet-4.json")
    assert generated == (ROOT / "content" / "municipalities" / "gemeenten-2025.yaml").read_text(encoding="utf-8")
