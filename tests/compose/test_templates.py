"""Templates only present: the repeated parts come from one macro file per output, and every decision
that depends on content (an id, a value, a plural, the reader's voice) is made in Python.

Reads the template files and renders the shared page macros on their own; builds no site.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markupsafe import Markup

from kennisbank.compose.render import children, counted, environment, plural

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
PAGE_MACROS = TEMPLATES / "pages" / "_delen.md.j2"
ALL = sorted(TEMPLATES.glob("*/*.j2"))
PAGES = sorted(p for p in (TEMPLATES / "pages").glob("*.md.j2") if p != PAGE_MACROS)

# Comparisons with a literal that remain, each with why it is not a content decision. Keep this short:
# a new entry needs a reason a reviewer accepts.
ALLOWED_LITERALS = {
    # which form the composer asked for (municipality_lookup.widget's `mode` and the reader's voice)
    ("pages/gemeente-kiezen.md.j2", "je"),
    ("pages/gemeente-kiezen.md.j2", "factsheet"),
    ("pages/gemeente-kiezen.md.j2", "aanmelden"),
    # the kind of form control of a handout field (compose/folders.py FIELDS), not content
    ("pages/folders.md.j2", "gemeenten"),
    ("pages/folders.md.j2", "textarea"),
    # how the estimate was made (factsheets/data.py); still to move into the factsheet data
    ("factsheets/factsheet.html.j2", "kinderen"),
    ("factsheets/factsheet.html.j2", "inwoners"),
    ("factsheets/factsheet.html.j2", "invullen"),
}

_COMPARED = re.compile(r"""(?:==|!=)\s*(["'])([^"']*)\1|(["'])([^"']*)\3\s*(?:==|!=)""")
_IN_LIST = re.compile(r"""\bin\s*[\[(]\s*(["'])([a-z][a-z0-9-]*)\1""")
_PLURAL = re.compile(r"""length\s*==\s*1\b|==\s*1\s+else\b""")
_PARAGRAPH = re.compile(r"^\s*\{\{\s*p\.text\s*(?:\|[^}]*)?\}\}\s*$", re.MULTILINE)
_BULLET = re.compile(r"^\s*- \{\{\s*p\.text\b", re.MULTILINE)
_MACRO_CALL = re.compile(r"\{\{-?\s*(?:delen|d)\.\w+\((?:(?!\}\}).)*\}\}")


def _name(path: Path) -> str:
    return path.relative_to(TEMPLATES).as_posix()


def test_templates_are_found():
    assert len(PAGES) > 20 and PAGE_MACROS.exists()
    assert any(_name(p).startswith("factsheets/") for p in ALL) and any(_name(p).startswith("folders/") for p in ALL)


@pytest.mark.parametrize("path", PAGES, ids=_name)
def test_page_paragraphs_and_bullets_come_from_the_macros(path):
    text = path.read_text(encoding="utf-8")
    loose = _PARAGRAPH.findall(text) + _BULLET.findall(text)
    assert not loose, f"{_name(path)}: passages printed by hand; use delen.alineas / tekst / punten / opsomming: {loose}"


@pytest.mark.parametrize("path", ALL, ids=_name)
def test_no_comparison_with_a_literal(path):
    text = path.read_text(encoding="utf-8")
    found = {m.group(2) if m.group(2) is not None else m.group(4) for m in _COMPARED.finditer(text)}
    found |= {m.group(2) for m in _IN_LIST.finditer(text)}
    unexpected = sorted(value for value in found if (_name(path), value) not in ALLOWED_LITERALS)
    assert not unexpected, f"{_name(path)} compares with {unexpected}: decide it in the composer and pass the result"


@pytest.mark.parametrize("path", ALL, ids=_name)
def test_no_plurals_in_templates(path):
    found = _PLURAL.findall(path.read_text(encoding="utf-8"))
    assert not found, f"{_name(path)} chooses a plural ({found}); pass a ready text made with compose.render.counted/plural"


@pytest.mark.parametrize("path", ALL, ids=_name)
def test_macro_output_is_marked_safe(path):
    """Without `| safe` a macro's output would be escaped a second time (the environment does not autoescape)."""
    calls = [c for c in _MACRO_CALL.findall(path.read_text(encoding="utf-8")) if "| safe" not in c]
    assert not calls, f"{_name(path)}: {calls}"


def test_allowed_literals_are_still_there():
    """An entry that no longer matches anything is removed from the list, so the list stays short."""
    used = set()
    for path in ALL:
        text = path.read_text(encoding="utf-8")
        used |= {(_name(path), m.group(2) if m.group(2) is not None else m.group(4)) for m in _COMPARED.finditer(text)}
    assert ALLOWED_LITERALS <= used, sorted(ALLOWED_LITERALS - used)


# --- the page macros print exactly what the loops they replace printed --------------------------------


class _Passage:
    def __init__(self, text: str, source: str) -> None:
        self.text = text
        self.title = "Titel"
        self.sources = [source]


class _Cite:
    def of(self, *groups) -> Markup:
        names = [s for group in groups for item in group for s in item.sources]
        return Markup(f"[bron: {', '.join(names)}]" if names else "")


def _render(source: str, **values) -> str:
    env = environment(TEMPLATES)
    head = '{% import "pages/_delen.md.j2" as delen with context %}\n'
    return env.from_string(head + source).render(cite=_Cite(), **values)


LOOPS = {
    "alineas": (
        "{% for p in a %}\n{{ p.text }}\n\n{% endfor %}\n{% for p in b %}\n{{ p.text }}\n\n{% endfor %}\n{{ cite.of(a, b) }}\n\nX",
        "{{ delen.alineas(a, b) | safe }}\n\nX",
    ),
    "tekst": ("{% for p in a %}\n{{ p.text }}\n\n{% endfor %}\nX", "{{ delen.tekst(a) | safe -}}\nX"),
    "punten": ("{% for p in a %}\n- {{ p.text | inspringen(2) }}\n{% endfor %}\n\n{{ cite.of(a) }}\nX", "{{ delen.punten(a) | safe }}\nX"),
    "opsomming": ("{% for p in a %}\n- {{ p.text | inspringen(2) }}\n{% endfor %}\n\nX", "{{ delen.opsomming(a) | safe }}\n\nX"),
    "titelpunten": (
        "{% for point in a %}\n- **{{ point.title }}.** {{ point.text | inspringen(2) }}\n{% endfor %}\n\n{{ cite.of(a) }}\nX",
        "{{ delen.titelpunten(a) | safe }}\nX",
    ),
    "kader": (
        '!!! warning "Let op"\n{% for p in a %}\n    {{ p.text | inspringen }}\n\n{% endfor %}\n    {{ cite.of(a) }}\n\nX',
        '{{ delen.kader("warning", "Let op", a) | safe }}\n\nX',
    ),
    "koppelingen": (
        "Zie {% for title, href in links %}[{{ title }}]({{ href }}){% if not loop.last %} · {% endif %}{% endfor %}.",
        "Zie {{ delen.koppelingen(links, ' · ') | safe }}.",
    ),
}


@pytest.mark.parametrize("macro", sorted(LOOPS))
def test_page_macro_prints_what_the_loop_printed(macro):
    loop, call = LOOPS[macro]
    a = [_Passage("Eerste alinea met *nadruk* en {accolades}.", "handboek"), _Passage("Tweede,\nover twee regels.", "onderzoek")]
    b = [_Passage("Derde <b>alinea</b>.", "stappenplan")]
    links = [("Bouwsteen 1", "../bouwstenen/a.md"), ("Bouwsteen [2]", "../bouwstenen/b.md")]
    expected = _render(loop, a=a, b=b, links=links)
    if macro == "alineas":
        assert "Derde &lt;b&gt;alinea&lt;/b&gt;." in expected  # content is escaped, inside the macro too
    assert _render(call, a=a, b=b, links=links) == expected


@pytest.mark.parametrize("macro", ["alineas", "tekst", "punten", "titelpunten"])
def test_page_macro_with_no_passages_prints_what_the_loop_printed(macro):
    loop, call = LOOPS[macro]
    assert _render(call, a=[], b=[], links=[]) == _render(loop, a=[], b=[], links=[])


def test_citaat_escapes_the_quote_and_shows_its_source():
    quote = _Passage("Ik voelde me <gehoord>.", "ouders")
    html = _render("{{ delen.citaat(q, bron) | safe }}", q=quote, bron="Een ouder")
    assert '<blockquote class="kb-citaat" markdown>' in html
    assert "“Ik voelde me &lt;gehoord&gt;.”" in html and '<p class="kb-citaat-bron">Een ouder</p>' in html


def test_plural_helpers():
    assert counted(1, "gemeente", "gemeenten") == "1 gemeente"
    assert counted(0, "gemeente", "gemeenten") == "0 gemeenten"
    assert counted(1234, "kind", "kinderen") == "1.234 kinderen"
    assert counted(7, "bouwsteen", "bouwstenen", in_words=True) == "zeven bouwstenen"
    assert counted(1, "gemeente", "gemeenten", in_words=True) == "één gemeente"
    assert plural(1, "Bron", "Bronnen") == "Bron" and plural(2, "Bron", "Bronnen") == "Bronnen"
    assert children(1) == "1 kind" and children(0, below_one=True) == "minder dan 1 kind"


# --- no counts, years or ages typed into template text ------------------------------------------------
# conventions.md: every number on a page comes from a content field with its source, none is typed into a
# template. A count of things in the content is counted by the composer (`counted(..., in_words=True)`:
# 'zeven bouwstenen'), a year or an age comes from its field. What is left in the visible text of the
# templates, each with why it is not a fact about IVH. A new entry needs a reason a reviewer accepts.
ALLOWED_NUMBERS = {
    # how the site's own tools work (the report tool, the handout maker, the factsheet index, the editors' pages)
    ("pages/rapportage.md.j2", "van 1 tot en met"),  # the small-number rule: 1 up to the composer's limit
    ("pages/rapportage.md.j2", "hoofdstuk 1"),  # the tool's chapter with last year's figures beside this year's
    ("pages/rapportage.md.j2", "twee of meer regio's"),  # what the comparison needs
    ("pages/folders.md.j2", "100%"),  # the print scale the browser should use
    ("pages/zelfscan.md.j2", "meting 2026"),  # an example name for a measurement
    ("pages/redactie-te-herzien.md.j2", "(meestal 12)"),  # the review interval editors usually set
    ("factsheets/index.html.j2", "twee A4'tjes"),  # the factsheet's own layout
    ("factsheets/index.html.j2", "(vier cijfers)"),  # the form of a CBS code, a search hint
}

_NUMBER = re.compile(r"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b|(?<![\w.,])\d[\d.,]*%?", re.IGNORECASE)
_LIST_MARKER = re.compile(r"^\s*\d+\.\s", re.MULTILINE)


def visible_text(source: str) -> str:
    """The words a template itself writes: without Jinja tags and comments, HTML tags and their attributes,
    Markdown attribute lists ('{ #id }'), front matter and the numbers of ordered-list items."""
    text = re.sub(r"\A---\n.*?\n---\n", "", source, flags=re.DOTALL)
    text = re.sub(r"\{#.*?#\}", "", text, flags=re.DOTALL)
    text = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", " ", text, flags=re.DOTALL)
    text = re.sub(r"<[^>]*>", " ", text)
    text = re.sub(r"\{\s*[:#.][^}\n]*\}", " ", text)
    return _LIST_MARKER.sub(" ", text)


def _allowed_spans(name: str, text: str) -> list[tuple[int, int]]:
    spans = []
    for file, phrase in ALLOWED_NUMBERS:
        if file == name:
            spans += [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), text)]
    return spans


@pytest.mark.parametrize("path", ALL, ids=_name)
def test_no_counts_years_or_ages_typed_into_a_template(path):
    name = _name(path)
    text = visible_text(path.read_text(encoding="utf-8"))
    allowed = _allowed_spans(name, text)
    found = [text[max(0, m.start() - 30) : m.end() + 20].strip() for m in _NUMBER.finditer(text) if not any(start <= m.start() < end for start, end in allowed)]
    assert not found, f"{name} types a number into its text: {found}. Count it in the composer (compose.render.counted) or take it from content"


def test_allowed_numbers_are_still_there():
    """An entry that no longer matches anything is removed from the list, so the list stays short."""
    stale = sorted((file, phrase) for file, phrase in ALLOWED_NUMBERS if phrase not in visible_text((TEMPLATES / file).read_text(encoding="utf-8")))
    assert not stale, stale


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("De zeven bouwstenen", ["zeven"]),
        ("Wat is er veranderd sinds 2014?", ["2014"]),
        ("Het NCJ beschreef Drie modellen.", ["Drie"]),
        ("Kinderen van 0 tot 7 jaar", ["0", "7"]),
        ('<div class="kb-fo-twee">{{ n }} {{ "zes" }} {# twee #}</div>', []),  # markup, values and comments are not text
        ("1. **Eerste stap.**\n2. Tweede stap { #stap-2 }", []),  # list numbers and anchors are not counts
        ("De tweede, de zeventig", []),  # ordinals and longer words are not count words
    ],
)
def test_the_number_check_finds_typed_numbers_and_nothing_else(source, found):
    assert [m.group(0) for m in _NUMBER.finditer(visible_text(source))] == found


def test_compiled_templates_are_kept_and_reused_by_the_next_build(tmp_path):
    import jinja2

    from kennisbank.compose.render import compiled_templates_cache

    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "t.md.j2").write_text("Hallo {{ naam }}.", encoding="utf-8")

    def fresh_render() -> str:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path / "templates"), bytecode_cache=compiled_templates_cache(tmp_path))
        return env.get_template("t.md.j2").render(naam="Amy")

    assert fresh_render() == "Hallo Amy."
    (kept,) = (tmp_path / ".cache" / "jinja").iterdir()
    before = kept.stat().st_mtime_ns
    assert fresh_render() == "Hallo Amy." and kept.stat().st_mtime_ns == before, "the second build reads the compiled template"
    (tmp_path / "templates" / "t.md.j2").write_text("Dag {{ naam }}.", encoding="utf-8")
    assert fresh_render() == "Dag Amy.", "a changed template is compiled again"
