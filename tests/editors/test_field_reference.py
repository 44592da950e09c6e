"""The field reference is generated from the models: every field, its meaning, type, whether required,
allowed values and an example from a real file. A field added to a model appears without other work."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import Field

from kennisbank.compose import ComposeContext
from kennisbank.site import read_inputs
from kennisbank.editors import pages as editors_pages
from kennisbank.compose.citations import Citations
from kennisbank.editors import field_reference
from kennisbank.models import ContentType, content_types
from kennisbank.models.common import ContentItem, Model, Passage, Ref, Sources
from kennisbank.validate import load_content

from .conftest import ROOT


class _Detail(Model):
    level: Annotated[Literal["laag", "midden", "hoog"], Field(alias="niveau", description="Hoe zwaar het weegt.")]
    note: Annotated[str | None, Field(alias="noot")] = None


class _Proef(ContentItem):
    kind: Annotated[Literal["proefsoort"], Field(alias="soort")]
    count: Annotated[int, Field(alias="aantal_kinderen", ge=2, le=99, description="Hoeveel kinderen meededen.")]
    measured: Annotated[date | None, Field(alias="peildatum", description="Wanneer er geteld is.")] = None
    detail: Annotated[_Detail, Field(alias="detail", description="Een blok dat maar één keer voorkomt.")]
    texts: Annotated[list[Passage], Field(alias="teksten", min_length=1)]
    blocks: Annotated[list[Ref("bouwsteen")], Field(alias="bouwstenen")] = []
    sources: Annotated[Sources, Field(alias="bron")]


PROEF = ContentType("proefsoort", "proef", _Proef, "proefsoort", "Een soort die alleen in deze test bestaat.")


def _field(reference, kind, dotted):
    type_doc = next(t for t in reference.types if t.kind == kind)
    return next(f for f in type_doc.fields if f.dotted == dotted)


def test_a_new_model_field_appears_with_meaning_type_required_and_constraints():
    reference = field_reference.build(None, [*content_types(), PROEF])
    count = _field(reference, "proefsoort", "aantal_kinderen")
    assert count.description == "Hoeveel kinderen meededen."
    assert count.required is True
    assert count.type_text == "heel getal"
    assert count.constraints == ["minstens 2", "hoogstens 99"]
    measured = _field(reference, "proefsoort", "peildatum")
    assert measured.required is False and measured.type_text == "datum (JJJJ-MM-DD)"


def test_literal_values_nested_blocks_references_and_shared_parts():
    reference = field_reference.build(None, [*content_types(), PROEF])
    level = _field(reference, "proefsoort", "detail.niveau")
    assert level.allowed == ["laag", "midden", "hoog"] and level.depth == 1
    assert _field(reference, "proefsoort", "soort").allowed == ["proefsoort"]
    blocks = _field(reference, "proefsoort", "bouwstenen")
    assert blocks.refers_to == "bouwsteen" and "moet bestaan als bouwsteen" in blocks.constraints
    texts = _field(reference, "proefsoort", "teksten")
    assert texts.shared == "deel-passage", "a passage recurs everywhere: described once, linked"
    assert "minstens 1 item" in texts.constraints
    passage = next(p for p in reference.parts if p.anchor == "deel-passage")
    assert [f.key for f in passage.fields] == ["tekst", "bron"]
    assert "bronverwijzing" in _field(reference, "proefsoort", "bron").type_text


def test_a_new_content_type_and_field_appear_on_the_page(small_project, monkeypatch):
    monkeypatch.setattr(field_reference, "content_types", lambda: (*content_types(), PROEF))
    content, problems = load_content(small_project)
    assert not [p for p in problems if p.is_error]
    context = ComposeContext(content, Citations(content), small_project, read_inputs(small_project))
    page = editors_pages._fields_page(context)
    assert page.path == "redactie/velden.md"
    assert "## Proefsoort { #proefsoort }" in page.markdown
    assert "<code>aantal&#95;kinderen</code> | ja | Hoeveel kinderen meededen.<br>*heel getal*<br>minstens 2; hoogstens 99 |" in page.markdown
    assert "<code>detail.niveau</code>" in page.markdown


def test_every_field_of_every_model_is_in_the_reference():
    reference = field_reference.build(ROOT)
    assert {t.kind for t in reference.types} == {t.kind for t in content_types()}
    for content_type in content_types():
        type_doc = next(t for t in reference.types if t.kind == content_type.kind)
        keys = {f.path[0] for f in type_doc.fields}
        assert keys == {info.alias or name for name, info in content_type.model.model_fields.items()}


def test_examples_come_from_real_files():
    reference = field_reference.build(ROOT)
    term_id = _field(reference, "begrip", "id")
    assert term_id.example_file and term_id.example_file.startswith("content/glossary/")
    assert (ROOT / term_id.example_file).read_text(encoding="utf-8").count(f"id: {term_id.example}") == 1
    datum = next(p for p in reference.parts if p.anchor == "deel-review").fields[0]
    assert datum.key == "datum" and date.fromisoformat(datum.example)


def test_velden_command_prints_one_type(capsys):
    from kennisbank import cli

    assert cli.main(["--root", str(ROOT), "velden", "begrip"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("begrip (soort: begrip, map content/glossary/)")
    assert "  uitleg: tekst (opmaak mag: schuin, vet, lijstjes, links); verplicht" in out
    assert cli.main(["--root", str(ROOT), "velden", "bestaatniet"]) == 1
