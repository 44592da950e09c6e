"""Every problem code the kennisbank can report, with what it means for an editor (Dutch).

Codes are stable: tests, tools and the GitHub annotations refer to them. The editors' guide page
"Meldingen en hun code" is generated from this table, and a test checks that every code used in the
package is listed here. A custom pydantic error `kb_url_scheme` becomes the code `kb-url-scheme`.
"""

from __future__ import annotations

CODES: dict[str, str] = {
    # reading the YAML file
    "kb-yaml-leeg": "Het bestand is leeg of bevat alleen commentaar.",
    "kb-yaml-te-groot": "Het bestand is groter dan 512 KB; splits de inhoud.",
    "kb-yaml-codering": "Het bestand bevat tekens die geen UTF-8 zijn (vaak uit Word of een oud programma).",
    "kb-yaml-teken": "Er staat een onzichtbaar of ongeldig teken in (zoals NUL); typ de tekst rond die plek opnieuw.",
    "kb-yaml-tab": "Een regel springt in met een tab; YAML accepteert alleen spaties.",
    "kb-yaml-syntaxis": "De YAML is niet te lezen: inspringing, dubbele punt, aanhalingsteken of haakje. Bij een niet gesloten aanhalingsteken of haakje noemt de melding de regel waar het opent.",
    "kb-yaml-alias": "Een YAML-anker (&) of -verwijzing (*) wordt niet ondersteund; schrijf de waarde voluit.",
    "kb-yaml-samenvoegen": "Samenvoegen met '<<' wordt niet ondersteund; schrijf de velden voluit.",
    "kb-yaml-dubbel-veld": "Hetzelfde veld staat twee keer in één blok.",
    "kb-yaml-sleutel": "Een veldnaam is geen gewone tekst.",
    "kb-yaml-te-diep": "De inspringing of de haakjes gaan dieper dan 24 niveaus.",
    "kb-yaml-meer-documenten": "Het bestand bevat een tweede document na '---'.",
    # the file as a whole
    "kb-bestand-vorm": "Het bestand begint niet met velden (veld: waarde).",
    "kb-soort-ontbreekt": "Het veld 'soort' ontbreekt.",
    "kb-soort-onbekend": "De 'soort' is geen bekende soort inhoud.",
    "kb-verkeerde-map": "Het bestand staat in een andere map dan zijn soort.",
    # fields
    "kb-veld-ontbreekt": "Een verplicht veld ontbreekt.",
    "kb-veld-onbekend": "Een veld bestaat niet op deze plek (vaak een tikfout; de melding stelt de juiste naam voor).",
    "kb-keuze": "De waarde staat niet in de lijst van toegestane waarden.",
    "kb-waarde": "De waarde heeft niet de goede vorm: tekst, getal, datum, lijst of blok.",
    "kb-slug": "Een id mag alleen kleine letters, cijfers en streepjes bevatten.",
    "kb-source-format": "Een bronverwijzing is niet van de vorm '002:654-661' of een webbron met url en datum.",
    "kb-source-range": "In een bronverwijzing komt de laatste regel vóór de eerste.",
    "kb-bare-www": "Een webadres mist 'https://'.",
    "kb-url-scheme": "Een adres begint met iets anders dan https://, http://, mailto: of tel: (zoals javascript:).",
    "kb-image-in-text": "Een tekst bevat een afbeelding ('![…](…)'); afbeeldingen komen niet uit tekstvelden.",
    "kb-personal-email": "Een persoonlijk e-mailadres; gebruik het algemene adres van de organisatie.",
    "kb-contact-empty": "Bij 'contact' staat geen website, telefoon of e-mail.",
    "kb-number-comma": "Een decimaal getal is met een komma geschreven; schrijf een punt.",
    "kb-number-dots": "Een getal is met punten als duizendtallen geschreven; schrijf het zonder.",
    "kb-age-range": "Een leeftijdsbereik klopt niet (van is groter dan tot).",
    "kb-allow-one": "Een uitzondering voor de linkcontrole heeft niet precies één van 'url' en 'begint_met'.",
    "kb-cbs-code": "Een CBS-gemeentecode heeft niet de vorm 'gm' met vier cijfers.",
    "kb-tooi-code": "De TOOI-identifier past niet bij de gemeentecode.",
    "kb-duplicate-code": "Een gemeentecode staat twee keer in de lijst.",
    "kb-duplicate-municipality": "Dezelfde gemeente staat twee keer in de gegevens.",
    "kb-numbers-one-municipality": "Aantallen horen bij één gemeente; dit bestand noemt er meer.",
    "kb-duplicate-block": "Een bouwsteen staat twee keer in de lijst.",
    "kb-duplicate-section": "Twee delen van een pagina hebben dezelfde id.",
    "kb-table-row": "Een rij van een tabel heeft een ander aantal cellen dan de tabel kolommen.",
    "kb-criterion-prefix": "De id van een criterium begint niet met de id van zijn thema.",
    "kb-theme-id": "De id van een thema is niet één woord.",
    "kb-indicator-twice": "Dezelfde indicator staat twee keer bij een criterium.",
    "kb-figure-id": "Een cijfer verwijst naar een onbekende id.",
    "kb-figure-note": "Een vervangen cijfer heeft geen notitie waarom.",
    "kb-figure-replaced": "Een cijfer is vervangen door een cijfer dat niet bestaat.",
    "kb-usage-total": "De aantallen gemeenten per groep tellen niet op tot het totaal.",
    "kb-step-limits": "Een stap heeft zowel 'termijnen' als 'geen_termijn'.",
    # across files
    "kb-id-dubbel": "Dezelfde id wordt in twee bestanden gebruikt.",
    "kb-verwijzing": "Een verwijzing naar een id die niet bestaat (de melding stelt een bestaande voor).",
    "kb-verwijzing-niet-gecontroleerd": "Verwijzingen naar een bestand met een fout zijn (nog) niet gecontroleerd (waarschuwing).",
    "kb-bron-document": "Een bron verwijst naar een brondocument dat niet bestaat.",
    "kb-bron-regels": "Een bron gaat voorbij de laatste regel van zijn document.",
    "kb-herzien": "De inhoud is langer dan afgesproken niet gecontroleerd (waarschuwing).",
    "kb-frequentie": "Een tekst zegt 'vaak', 'altijd', 'alle' … terwijl de bronregels geen aantal of frequentie noemen (waarschuwing).",
    # commands and tools
    "kb-build": "De site kon niet worden gebouwd.",
    "kb-gemeente-onbekend": "Geen gemeente met deze code (kennisbank factsheets --gemeente).",
    "kb-factsheet-onderdeel": "Een onderdeel ontbreekt op de factsheets (waarschuwing).",
    "kb-pad-onbekend": "Een bestand of map die aan de linkcontrole is gegeven, bestaat niet.",
    "kb-site-ontbreekt": "De gebouwde site ontbreekt; bouw eerst de site.",
    "kb-link-kapot": "Een link werkt niet (meer).",
    "kb-link-verhuisd": "Een link verwijst door naar een ander adres (waarschuwing).",
    "kb-link-onzeker": "Een link kon niet worden gecontroleerd (waarschuwing).",
    "kb-inhoud": "Een andere fout in de inhoud.",
}
