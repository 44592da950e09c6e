"""Issue 16: 'Maak een folder' as composed, without a browser.

- Every handout finds the sections it is made of, and a change in that content changes the handout.
- The page carries one handout per folder file, each with a QR code to its audience page, the fields
  as JSON that cannot end its <script> element, and nothing inline the Content-Security-Policy forbids.
- The browser refuses a personal e-mail address exactly as the model does (same pattern, same answers).
- The gemeentegegevens file the browser writes passes validation, whatever a coordinator typed, and the
  next build offers it as a starting point on the page.
- The parents' handout reads at B1.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
import tinyhtml5
from conftest import make_project

from kennisbank.compose import ComposeContext, folders
from kennisbank.site import read_inputs
from kennisbank.compose.citations import Citations
from kennisbank.models import municipality

from content_rules.pagetext import blocks
from content_rules.readability import B1_MINIMUM, MAX_WORDS_PER_SENTENCE, measure
from js.test_node_units import node_command

ROOT = Path(__file__).resolve().parents[2]
JS = ROOT / "docs" / "assets" / "javascripts" / "folders"


def _context(content) -> ComposeContext:
    return ComposeContext(content, Citations(content), content.root, read_inputs(content.root))


@pytest.fixture(scope="module")
def context(content):
    return _context(content)


@pytest.fixture(scope="module")
def page(context):
    (made,) = folders.compose(context)
    return made


def _data(markdown: str) -> dict:
    match = re.search(r'<script type="application/json" id="kb-folders-data">(.*?)</script>', markdown, re.S)
    assert match, "the data block is missing"
    assert "<" not in match.group(1) and ">" not in match.group(1) and "&" not in match.group(1)
    return json.loads(match.group(1))


def _section(markdown: str, folder_id: str) -> str:
    match = re.search(rf'<section class="kb-fo-folder[^"]*" id="folder-{folder_id}".*?</section>', markdown, re.S)
    assert match, f"handout {folder_id} is missing"
    return match.group(0)


def _node(script: str) -> str:
    result = subprocess.run([*node_command(), "--input-type=module", "-e", script], cwd=JS, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_every_handout_finds_the_sections_it_is_made_of(context):
    made = folders.handouts(context)
    assert {h.id for h in made} == {f.id for f in context.content.of("folder")}
    assert {h.folder.audience for h in made} == set(folders.PARTS), "every audience has a handout"
    for handout in made:
        assert handout.missing == [], f"{handout.id}: section(s) {handout.missing} not found on the page '{handout.audience.id}'"
        assert handout.sources, handout.id
    assert {h.id: h.sheets for h in made}["gemeenten"] == 2


def test_the_page_has_each_handout_with_a_qr_code_and_the_fields_as_data(page, context):
    assert page.path == "voor/folder-maken.md" and page.url == "voor/folder-maken/"
    markdown = page.markdown
    made = folders.handouts(context)
    for handout in made:
        section = _section(markdown, handout.id)
        assert section.count('class="kb-fo-qr"') == 1, handout.id
        assert f"QR-code naar de pagina '{handout.audience.menu_title}'" in section or "QR-code naar de pagina &#x27;" in section
        assert handout.short_address in section
        assert handout.folder.readers in section
    data = _data(markdown)
    assert [f["id"] for f in data["folders"]] == [h.id for h in made]
    assert [f["key"] for f in data["fields"]] == [f.key for f in folders.FIELDS]
    assert len(data["municipalities"]) == 342 and data["municipalities"][0] == {"id": "gm1680", "name": "Aa en Hunze", "province": "Drenthe"}
    assert data["repository"]["upload"].endswith("/upload/main/content/municipalities/gegevens")
    for field in folders.FIELDS:
        if field.input != "gemeenten":
            assert f'data-lokaal="{field.key}"' in markdown and f'maxlength="{field.max_length}"' in markdown
    inline = [m for m in re.finditer(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", markdown, re.S) if m["body"].strip()]
    assert inline and all('type="application/json"' in m["attrs"] for m in inline)
    assert not re.search(r"<[^>]+\s(on[a-z]+|style)\s*=", markdown), "no event-handler or style attributes"
    assert "data-search-exclude" in markdown, "the handouts repeat the audience pages: kept out of the site search"


def test_a_change_in_the_content_changes_the_handout(tmp_path):
    from kennisbank.validate import load_content

    source = (ROOT / "content" / "audiences" / "verwijzers.yaml").read_text(encoding="utf-8")
    changed = source.replace("Vertel wat u ziet en leg uit wat IVH is.", "Vertel wat u ziet en leg uit wat IVH is. Nieuwe zin voor de folder.")
    assert changed != source
    root = make_project(tmp_path, {"content/audiences/verwijzers.yaml": changed})
    content, problems = load_content(root)
    assert not [p for p in problems if p.is_error]
    (made,) = folders.compose(_context(content))
    for folder_id in ("verwijzers-jgz", "verwijzers-kinderopvang-school", "verwijzers-lokaal-team"):
        assert "Nieuwe zin voor de folder." in _section(made.markdown, folder_id)
    assert "Nieuwe zin voor de folder." not in _section(made.markdown, "partners")


PERSONAL = [
    "j.jansen@voorbeeld.nl",
    "jan.jansen@voorbeeld.nl",
    "J.Jansen@Voorbeeld.nl",
    "jan.van.dijk@voorbeeld.nl",
    "ab.de-vries@voorbeeld.nl",
    "ivh.aanmelden@voorbeeld.nl",
]
GENERAL = [
    "info@voorbeeld.nl",
    "secretariaat@ncj.nl",
    "aanmelden@ivh-regio.nl",
    "ivh-aanmelden@voorbeeld.nl",
    "jan@voorbeeld.nl",
    "a.b.c.d@voorbeeld.nl",
    "jan_jansen@voorbeeld.nl",
    "j1.jansen@voorbeeld.nl",
]
EDGE = [
    "\u017f.jansen@voorbeeld.nl",
    "\u212a.jansen@voorbeeld.nl",
    "\u0131.jansen@voorbeeld.nl",
    "j\u00f6ran.jansen@voorbeeld.nl",
    "J.JANSEN@VOORBEELD.NL",
]  # ſ, Kelvin sign, dotless i, ö


def test_a_personal_email_address_is_refused_alike_in_the_model_and_in_the_browser():
    source = _node('import { PERSONAL_MAIL } from "./checks.js"; console.log(JSON.stringify([PERSONAL_MAIL.source, PERSONAL_MAIL.flags]));')
    pattern, flags = json.loads(source)
    assert pattern == municipality._PERSONAL_MAIL.pattern, "checks.js and the model use the same pattern"
    assert flags == "i" and municipality._PERSONAL_MAIL.flags & re.IGNORECASE and municipality._PERSONAL_MAIL.flags & re.ASCII
    examples = PERSONAL + GENERAL + EDGE
    browser = json.loads(
        _node(
            f'import {{ PERSONAL_MAIL, checkEmail }} from "./checks.js"; console.log(JSON.stringify({json.dumps(examples)}.map(e => [PERSONAL_MAIL.test(e), checkEmail(e)])))'
        )
    )
    for example, (personal_js, message) in zip(examples, browser, strict=True):
        personal_py = bool(municipality._PERSONAL_MAIL.match(example))
        assert personal_js == personal_py, example
        assert personal_py == (example in PERSONAL or example == "J.JANSEN@VOORBEELD.NL"), example
        # the model as a whole: the browser accepts an address only if the model does
        try:
            municipality.ContactPoint.model_validate({"organisatie": "Organisatie", "email": example, "bron": "002:1"})
            model_ok = True
        except Exception:
            model_ok = False
        if message == "":
            assert model_ok, f"the browser accepts {example}, the model does not"
        if personal_py:
            assert "persoon" in message or "kleine letters" in message, (example, message)


TRICKY = [
    {"regio": "IVH-netwerk Voorbeeldregio", "aanmelden": "Bel ons: 020 123 45 67 # of mail.\nTweede regel met \"aanhalingstekens\" en 'enkele'."},
    {"regio": "- Regio: {x} [y] & *z* | ! #tag", "aanmelden": "yes", "mdo": "null", "bijzonderheden": "~"},
    {"regio": "Fryslân – Súdwest", "aanmelden": "Eerste\u2028tweede\u0085derde\ttab \\ backslash \u00a0 nbsp", "meesturen": "123", "mdo": "2026-01-01"},
    {"regio": "Regio {{ 7*7 }} <script>x</script>", "aanmelden": "{% raw %} %} ${x} `code`"},
]


def test_the_file_for_the_kennisbank_passes_validation_whatever_was_typed(tmp_path):
    """yaml.js writes the file for several awkward inputs; the real loader and models read them back."""
    from kennisbank.validate import load_content

    cases = []
    for extra in TRICKY:
        values = {
            "regio": "",
            "organisatie": "Stichting Voorbeeld: Jeugd & Gezin",
            "telefoon": "+31 (0)20 123 45 67",
            "website": "https://www.voorbeeld.nl/ivh?a=1&b=2#x",
            "email": "info@voorbeeld.nl",
            "aanmelden": "",
            "meesturen": "",
            "mdo": "",
            "bijzonderheden": "",
            "gemeenten": ["gm0363", "gm0362"],
        } | extra
        cases.append(values)
    script = f"""
import {{ factsYaml }} from "./yaml.js";
import {{ cleanText }} from "./checks.js";
const fields = {json.dumps([{"key": f.key, "label": f.label, "input": f.input, "maxLength": f.max_length} for f in folders.FIELDS])};
const municipalities = new Map([["gm0363", "Amsterdam"], ["gm0362", "Amstelveen"]]);
const out = {json.dumps(cases)}.map(values => {{
  const result = factsYaml(values, {{ fields, municipalities, today: "2026-11-30" }});
  return {{ ...result, clean: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v : cleanText(v, ["aanmelden", "meesturen", "mdo", "bijzonderheden"].includes(k))])) }};
}});
console.log(JSON.stringify(out));
"""
    results = json.loads(_node(script))
    files = {}
    for n, result in enumerate(results):
        assert result["problems"] == [], result["problems"]
        files[f"content/municipalities/gegevens/{n}-{result['fileName']}"] = result["text"]
    root = make_project(tmp_path, files, with_content=("municipalities", "sources"))
    content, problems = load_content(root)
    errors = [p for p in problems if p.is_error]
    assert not errors, "\n".join(map(str, errors))
    facts = {f.network.name: f for f in content.of("gemeentegegevens")}
    for result in results:
        clean = result["clean"]
        item = facts[clean["regio"]]
        assert item.municipalities == ["gm0363", "gm0362"]
        assert item.coordination.name == clean["organisatie"] == item.contact.organisation
        assert item.contact.website == clean["website"] and item.contact.phone == clean["telefoon"] and item.contact.email == clean["email"]
        for key, attribute in (("aanmelden", "sign_up"), ("meesturen", "send_along"), ("mdo", "mdo"), ("bijzonderheden", "particulars")):
            passage = getattr(item, attribute)
            assert (passage.text if passage else "") == clean[key], key
            if passage:
                assert passage.sources[0].url == clean["website"]


def test_the_next_build_offers_a_region_from_the_kennisbank(tmp_path):
    from kennisbank.validate import load_content

    facts = """\
soort: gemeentegegevens
id: ivh-testregio
titel: IVH-netwerk Testregio
samenvatting: Testgegevens.
voorbeeld: true
gemeenten: [gm0363, gm0362]
netwerk: {naam: IVH-netwerk Testregio, bron: [{url: https://example.org/ivh, gecontroleerd: 2026-11-30}]}
coordinatie: {organisatie: Testorganisatie, bron: [{url: https://example.org/ivh, gecontroleerd: 2026-11-30}]}
contact: {organisatie: Testorganisatie, telefoon: 020 123 45 67, website: https://example.org/ivh, bron: [{url: https://example.org/ivh, gecontroleerd: 2026-11-30}]}
mdo: {tekst: Elke eerste maandag., bron: [{url: https://example.org/ivh, gecontroleerd: 2026-11-30}]}
beoordeeld: {datum: 2026-11-30, door: IVH-coördinator}
"""
    root = make_project(tmp_path, {"content/municipalities/gegevens/testregio.yaml": facts})
    content, problems = load_content(root)
    assert not [p for p in problems if p.is_error]
    (made,) = folders.compose(_context(content))
    (region,) = _data(made.markdown)["regions"]
    assert region["id"] == "ivh-testregio" and region["example"] is True
    assert region["values"] | {"gemeenten": None} == {
        "regio": "IVH-netwerk Testregio",
        "organisatie": "Testorganisatie",
        "telefoon": "020 123 45 67",
        "website": "https://example.org/ivh",
        "email": "",
        "aanmelden": "",
        "meesturen": "",
        "mdo": "Elke eerste maandag.",
        "bijzonderheden": "",
        "gemeenten": None,
    }
    assert region["values"]["gemeenten"] == ["gm0363", "gm0362"]


def test_the_parents_handout_reads_at_b1(page):
    html = _section(page.markdown, "ouders")
    root = tinyhtml5.parse(f"<html><body>{html}</body></html>")
    texts = [t for t in blocks(root, skip_apparatus=True) if not t.startswith(("Meer lezen?", "Bronnen:", "Bron:"))]
    result = measure(texts)
    assert result.words > 300
    assert result.flesch_douma >= B1_MINIMUM, f"Flesch–Douma {result.flesch_douma:.1f}"
    assert result.words_per_sentence <= MAX_WORDS_PER_SENTENCE, f"{result.words_per_sentence:.1f} woorden per zin"


def test_each_field_says_which_handouts_show_it():
    by_key = {f.key: f for f in folders.FIELDS}
    assert folders.field_audiences(by_key["regio"]) == "Staat op elke folder."
    assert folders.field_audiences(by_key["meesturen"]) == "Staat op de folders voor verwijzers."
    assert folders.field_audiences(by_key["aanmelden"]) == "Staat op de folders voor verwijzers en ouders."
    assert folders.field_audiences(by_key["gemeenten"]) == "Staat op de folder voor gemeenten."


def test_the_factsheet_asks_for_the_same_fields_as_the_folder_page():
    fields = json.loads(_node('import { FIELDS } from "./factsheet-fields.js"; console.log(JSON.stringify(FIELDS));'))
    by_key = {f.key: f for f in folders.FIELDS}
    for field in fields:
        python = by_key[field["key"]]
        assert (field["input"], field["maxLength"]) == (python.input, python.max_length), field["key"]
        assert field["label"] == python.label, field["key"]


def test_the_factsheet_rows_are_marked_for_aanpassen():
    template = (ROOT / "templates" / "factsheets" / "factsheet.html.j2").read_text(encoding="utf-8")
    assert re.findall(r'<dt data-aanpassen="([a-z]+)">', template) == ["netwerk", "coordinatie", "aanmelden", "contact"]
    rows = json.loads(_node('import { factsheetTexts } from "./factsheet-fields.js"; console.log(JSON.stringify(Object.keys(factsheetTexts({}))));'))
    assert rows == ["netwerk", "coordinatie", "aanmelden", "contact"]
