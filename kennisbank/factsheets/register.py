"""Turn the shared CSV of municipalities into the register file in content/ (run once per new list).

    python -m kennisbank.factsheets.register ../shared/data/gemeenten-2025.csv content/municipalities/gemeenten-2025.yaml \
        [../shared/data/register-gemeenten-compleet-4.json]

With the register's JSON-LD as third argument, a municipality whose preferred name differs from its
official name (gm0518: 's-Gravenhage, preferred Den Haag) also gets `voorkeursnaam`, so the search
on the factsheet index finds it under both.

The CSV (columns gemeentecode_gm, tooi_uri, naam, provincie) is derived from KOOP's TOOI register
"gemeenten compleet" (see ../shared/data/README.md). The YAML keeps that provenance with the data, so
people who clone the project without ../shared still know where the list comes from.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

HEADER = """\
# yaml-language-server: $schema=../../schemas/gemeentelijst.schema.json
# De 342 gemeenten van Nederland op 1 januari 2025, met CBS-code, TOOI-identifier, naam en provincie.
# Gemaakt met: python -m kennisbank.factsheets.register <csv> <dit bestand>. Pas de lijst alleen als
# geheel aan (na een gemeentelijke herindeling). Gegevens van coördinatoren horen in gegevens/.
soort: gemeentelijst
id: gemeenten-2025
titel: Gemeenten op 1 januari 2025
samenvatting: >-
  De officiële lijst van alle gemeenten op 1 januari 2025. Elke gemeente in deze lijst krijgt een eigen
  factsheet over Integrale Vroeghulp.
peildatum: 2025-01-01
herkomst:
  bron:
    - url: https://identifier.overheid.nl/tooi/set/rwc_gemeenten_compleet/4
      titel: "TOOI-register Gemeenten compleet, versie 4 (KOOP)"
      gecontroleerd: 2026-11-25
  bronversie: "versie 4, gepubliceerd 2022-12-22 (herindeling van 1 januari 2023 verwerkt)"
  bron_sha256: 0057b269c48420e1a633904ec04afdec3f1c6b3c27ed7d4cc53c600add608038
  afleiding: >-
    Uit het register zijn de gemeenten gehouden die op 2025-01-01 bestonden: {count} gemeenten, het aantal
    dat ook het onderzoek van 2025 noemt. Waar de voorkeursnaam in het register afwijkt van de officiële
    naam, staat die erbij (voorkeursnaam). De codes zijn vergeleken met een tweede lijst van het CBS voor
    2025. Tussenbestand: gemeenten-2025.csv (sha256 {csv_sha}).
  notitie: >-
    Grenswijzigingen na 1 januari 2025 staan er niet in. Aantallen inwoners of kinderen staan er ook niet
    in: die vult een coördinator per gemeente in, met bron, in een bestand in gegevens/.
beoordeeld:
  datum: 2026-11-25
  door: redactie kennisbank
gemeenten:
"""


def rows(csv_path: Path) -> list[dict[str, str]]:
    with csv_path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def preferred_names(json_path: Path | None) -> dict[str, str]:
    """TOOI organisation code -> preferred name, where it differs from the official name."""
    if json_path is None:
        return {}
    ont = "https://identifier.overheid.nl/tooi/def/ont/"
    found = {}
    for record in json.loads(json_path.read_text(encoding="utf-8")):
        official = record.get(ont + "officieleNaamExclSoort", [{}])[0].get("@value")
        preferred = record.get(ont + "voorkeursnaamExclSoort", [{}])[0].get("@value")
        if official and preferred and official != preferred and not record.get(ont + "einddatum"):
            found[record["@id"].rsplit("/", 1)[-1]] = preferred
    return found


def to_yaml(csv_path: Path, json_path: Path | None = None) -> str:
    data = rows(csv_path)
    preferred = preferred_names(json_path)
    digest = hashlib.sha256(csv_path.read_bytes()).hexdigest()
    lines = [HEADER.format(count=len(data), csv_sha=digest)]
    for row in sorted(data, key=lambda r: r["gemeentecode_gm"]):
        code = row["gemeentecode_gm"].removeprefix("GM")
        fields = {"code": code, "naam": row["naam"], "provincie": row["provincie"], "tooi": row["tooi_uri"]}
        if "gm" + code in preferred:
            fields["voorkeursnaam"] = preferred["gm" + code]
        inner = ", ".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items())
        lines.append(f"  - {{{inner}}}\n")
    return "".join(lines)


def main(argv: list[str]) -> int:
    source, target = Path(argv[0]), Path(argv[1])
    register = Path(argv[2]) if len(argv) > 2 else None
    target.write_text(to_yaml(source, register), encoding="utf-8")
    print(f"{target}: {len(rows(source))} gemeenten geschreven.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
