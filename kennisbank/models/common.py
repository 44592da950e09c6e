"""Building blocks shared by every content type: text, sources, references, review dates.

YAML keys are Dutch (editors write them); Python attributes are English, joined by aliases.
Every scalar arrives as the exact text the editor typed (see load.py), so the field's type here
decides what it means: `0363` stays a string in a `str` field, `ja` is only a boolean in a `bool`.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Mapping
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from ..url_policy import is_allowed, link_targets, scheme_of

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SEED_REF = re.compile(r"^(?P<seed>\d{3}):(?P<start>\d+)(?:-(?P<end>\d+))?$")
_BARE_WWW = re.compile(r"(?<![/\w.@])www\.[a-z0-9-]+\.[a-z]{2,}[^\s)\]>\"']*", re.IGNORECASE)


_Value = typing.TypeVar("_Value", bound=str)


class Labels(dict[str, str]):
    """Dutch labels for the values of a choice field, kept next to the model: the field reference shows
    them, and pages print them. Made with `Labels.of`, which checks that every value has a label."""

    @classmethod
    def of(cls, choice: object, labels: Mapping[_Value, str]) -> Labels:
        """The labels of the `Literal` type `choice`: `Annotated[Form, Labels.of(Form, FORM_LABELS)]`.

        The allowed values are written out as a `Literal` so a type checker knows them; this check, run
        when the model is defined, keeps them and the labels' keys the same values in the same order."""
        values = typing.get_args(choice)
        if typing.get_origin(choice) is not Literal or list(values) != list(labels):
            raise TypeError(f"the labels {list(labels)} do not match the choice {choice!r}")
        return cls(labels.items())


class MarkdownText(str):
    """Running text from content, in which limited Markdown (emphasis, lists, links) is allowed.

    Validated `Text` fields hold this type, so every output knows to render them as Markdown
    (`kennisbank.escape.markdown_rich`) rather than as plain text."""

    __slots__ = ()


class Model(BaseModel):
    """Base for every model: unknown fields are errors, aliases are the YAML keys."""

    model_config = ConfigDict(extra="forbid", populate_by_name=False, frozen=True, str_strip_whitespace=True)


def _check_slug(value: str) -> str:
    if not _SLUG.match(value):
        raise PydanticCustomError(
            "kb_slug",
            "'{value}' is geen geldige id. Gebruik kleine letters, cijfers en streepjes, bijvoorbeeld: vroegsignalering",
            {"value": value},
        )
    return value


def _check_text(value: str) -> MarkdownText:
    match = _BARE_WWW.search(value)
    if match:
        raise PydanticCustomError(
            "kb_bare_www",
            "het webadres '{found}' mist 'https://'. Schrijf het voluit: https://{found}",
            {"found": match.group(0).rstrip(".,;:")},
        )
    for link in link_targets(value):
        _check_url(link["url"])
    if "![" in value:
        raise PydanticCustomError(
            "kb_image_in_text",
            "in deze tekst staat een afbeelding ('![…](…)'). Afbeeldingen komen niet uit tekstvelden: de site laadt "
            "niets van andere websites. Maak er een gewone link van door het '!' weg te halen.",
        )
    return MarkdownText(value)


def _check_url(value: str) -> str:
    if not is_allowed(value):
        raise PydanticCustomError(
            "kb_url_scheme",
            "het adres '{value}' begint met '{scheme}:'. Toegestaan zijn alleen https://, http://, mailto:, tel: "
            "en links binnen de kennisbank. Gebruik een gewoon webadres of haal de link weg.",
            {"value": value, "scheme": scheme_of(value)},
        )
    return value


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, (str, dict)) else value


Slug = Annotated[str, AfterValidator(_check_slug)]
Text = Annotated[str, Field(min_length=1), AfterValidator(_check_text)]
"""Running text. Limited Markdown (emphasis, lists, links with an allowed address) is allowed; HTML is
shown as text. Validated values are `MarkdownText`, so every output knows to render them as Markdown."""
EditorNote = Annotated[Text | None, Field(alias="notitie_redactie", description="Alleen voor redacteuren; komt niet op de site.")]
"""A note for editors only (why a choice was made); never published."""
Url = Annotated[str, AfterValidator(_check_url)]
"""A web address in a field of its own: https, http, mailto, tel or a link within the kennisbank."""


class RefersTo:
    """Marks a field as holding the id of another content item of `kind`; checked across files."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __repr__(self) -> str:
        return f"RefersTo({self.kind!r})"


def Ref(kind: str) -> Any:  # noqa: N802 - reads as a type in annotations
    """`Annotated[Slug, RefersTo(kind)]`, built at run time (for models made in tests).

    A type checker cannot read a call in an annotation, so the package's models write that out."""
    return Annotated[Slug, RefersTo(kind)]


class SeedRef(Model):
    """A passage of one of the source documents: `002:654-661`."""

    seed: str
    start: int
    end: int

    def label(self) -> str:
        return f"{self.seed}:{self.start}" + (f"-{self.end}" if self.end != self.start else "")


class WebRef(Model):
    """A web page, with the date someone last checked that it says what we cite."""

    url: Annotated[str, Field(alias="url", pattern=r"^https?://\S+$")]
    title: Annotated[str | None, Field(alias="titel")] = None
    checked: Annotated[date, Field(alias="gecontroleerd")]


def _parse_source(value: Any) -> Any:
    if isinstance(value, str):
        match = _SEED_REF.match(value.strip())
        if not match:
            raise PydanticCustomError(
                "kb_source_format",
                "'{value}' is geen geldige bronverwijzing. Schrijf het documentnummer en de regels, bijvoorbeeld "
                "'002:654-661', of een webbron met url: en gecontroleerd:",
                {"value": value},
            )
        start = int(match["start"])
        end = int(match["end"] or start)
        if end < start:
            raise PydanticCustomError(
                "kb_source_range",
                "in '{value}' komt de laatste regel vóór de eerste. Draai ze om.",
                {"value": value},
            )
        return SeedRef(seed=match["seed"], start=start, end=end)
    return value


SourceRef = Annotated[SeedRef | WebRef, BeforeValidator(_parse_source)]
Sources = Annotated[list[SourceRef], BeforeValidator(_as_list), Field(min_length=1)]


class Passage(Model):
    """A piece of text that states facts, with where those facts come from."""

    text: Annotated[Text, Field(alias="tekst", description="De tekst, in eigen woorden.")]
    sources: Annotated[Sources, Field(alias="bron", description="Waar de feiten vandaan komen, bijvoorbeeld '002:366-368'.")]


class Quote(Model):
    """A short, anonymous quotation of a parent from the study of parents' experiences (seed 004)."""

    text: Annotated[Text, Field(alias="citaat", description="De letterlijke woorden, kort.")]
    sources: Annotated[Sources, Field(alias="bron")]


class Review(Model):
    """When a content file was last read critically, and by which role (never a person's name)."""

    date: Annotated[date, Field(alias="datum", description="Datum van de laatste inhoudelijke controle (JJJJ-MM-DD).")]
    by_role: Annotated[str, Field(alias="door", min_length=2, description="De rol die controleerde, bijvoorbeeld 'IVH-coördinator'.")]
    interval_months: Annotated[int, Field(alias="interval_maanden", ge=1, le=60, description="Na hoeveel maanden opnieuw controleren.")] = 12
    note: Annotated[str | None, Field(alias="toelichting", description="Wat bij deze controle is nagelezen en veranderd.")] = None


class ContentItem(Model):
    """Fields every content file has. Subclasses fix `kind` to their own `soort`."""

    kind: Annotated[str, Field(alias="soort", description="Het soort inhoud; moet passen bij de map.")]
    id: Annotated[Slug, Field(alias="id", description="Unieke naam in kleine letters met streepjes; wordt de webadres-naam.")]
    title: Annotated[str, Field(alias="titel", min_length=2, description="Titel van de pagina.")]
    summary: Annotated[Text, Field(alias="samenvatting", description="Eén tot drie zinnen: waar gaat dit over.")]
    review: Annotated[Review, Field(alias="beoordeeld", description="Wanneer en door welke rol deze inhoud is gecontroleerd.")]


Audience = Literal["gemeenten", "verwijzers", "partners", "ouders", "coordinatoren"]
