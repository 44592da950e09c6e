"""A theme (kwaliteitsthema) of the young-child quality framework, with its criteria and indicators.

The framework (recommendation 7 of the 2025 study) lets any municipality, with or without IVH,
see where it stands on early signalling and early support for children of 0–7. Each theme is one
file; its criteria are referable (`RefersTo("criterium")`) by ids that start with the theme's id, so a
criterion's page can be found from its id alone: `toegang-een-loket` lives on the page of `toegang`.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from . import ContentType
from .common import ContentItem, EditorNote, Labels, Model, Passage, RefersTo, Slug, Text

IndicatorForm = Literal["cijfer", "ja-nee", "oordeel"]
INDICATOR_FORMS: dict[IndicatorForm, str] = {"cijfer": "Cijfer", "ja-nee": "Ja/nee", "oordeel": "Oordeel"}


class Indicator(Model):
    """Something a municipality can measure or check to see how far a criterion is met."""

    id: Annotated[Slug, Field(alias="id", description="Korte naam van de indicator, uniek binnen het thema.")]
    what: Annotated[Text, Field(alias="meet", description="Wat u meet of nagaat, in één zin.")]
    how: Annotated[Text, Field(alias="hoe", description="Hoe en waarmee u het meet: welke gegevens, bij wie, hoe vaak.")]
    form: Annotated[
        IndicatorForm,
        Labels.of(IndicatorForm, INDICATOR_FORMS),
        Field(alias="vorm", description="Soort uitkomst: cijfer (aantal, percentage, tijd), ja-nee (is het geregeld) of oordeel (gesprek, vragenlijst)."),
    ]
    target: Annotated[
        Passage | None, Field(alias="streefwaarde", description="Een streefwaarde uit de bronnen, met bron. Laat weg als de bronnen er geen geven.")
    ] = None


class Criterion(Model):
    """A quality criterion: what is arranged when early signalling and support go well."""

    REF_KIND: ClassVar[str] = "criterium"

    id: Annotated[Slug, Field(alias="id", description="Unieke id; begint met de id van het thema en een streepje, bijvoorbeeld toegang-een-loket.")]
    title: Annotated[str, Field(alias="titel", min_length=2, description="Korte titel van het criterium.")]
    statement: Annotated[Text, Field(alias="norm", description="Wat er geregeld is als het goed gaat, in één of twee zinnen.")]
    grounds: Annotated[list[Passage], Field(alias="onderbouwing", min_length=1, description="Feiten uit de bronnen waarop het criterium rust, met bron.")]
    blocks: Annotated[
        list[Annotated[Slug, RefersTo("bouwsteen")]], Field(alias="bouwstenen", min_length=1, description="Ids van de bouwstenen waar dit criterium over gaat.")
    ]
    step_plan_criteria: Annotated[
        list[Annotated[int, Field(ge=1, le=8)]],
        Field(
            alias="stappenplan_criteria",
            description="Nummers (1 t/m 8) van de kwaliteitscriteria uit het stappenplan voor gemeenten waarop dit criterium voortbouwt.",
        ),
    ] = []
    without_ivh: Annotated[Text | None, Field(alias="zonder_ivh", description="Hoe een gemeente zonder IVH dit criterium kan lezen.")] = None
    indicators: Annotated[list[Indicator], Field(alias="indicatoren", min_length=1, description="Waaraan u ziet hoe ver het criterium gehaald wordt.")]


class Theme(ContentItem):
    kind: Annotated[Literal["kwaliteitsthema"], Field(alias="soort")]
    order: Annotated[int, Field(alias="volgorde", ge=1, le=20, description="Plaats van het thema in het kader: 1 staat eerst.")]
    introduction: Annotated[list[Passage], Field(alias="inleiding", min_length=1, description="Waarom dit thema ertoe doet, met bronnen.")]
    criteria: Annotated[list[Criterion], Field(alias="criteria", min_length=1, description="De criteria van dit thema.")]
    note_for_editors: EditorNote = None

    @field_validator("id")
    @classmethod
    def _one_word(cls, value: str) -> str:
        if "-" in value:
            raise PydanticCustomError(
                "kb_theme_id",
                "de id van een kwaliteitsthema is één woord zonder streepjes (bijvoorbeeld 'toegang'), "
                "omdat de ids van de criteria ermee beginnen. Hier staat '{value}'.",
                {"value": value},
            )
        return value

    @field_validator("criteria")
    @classmethod
    def _criteria_belong_to_theme(cls, criteria: list[Criterion], info: ValidationInfo) -> list[Criterion]:
        theme = info.data.get("id")
        if theme:
            for criterion in criteria:
                if not criterion.id.startswith(f"{theme}-"):
                    raise PydanticCustomError(
                        "kb_criterion_prefix",
                        "de id van criterium '{found}' moet beginnen met de id van het thema: '{theme}-'. Schrijf bijvoorbeeld '{theme}-{found}'.",
                        {"found": criterion.id, "theme": theme},
                    )
        seen: set[str] = set()
        for criterion in criteria:
            for indicator in criterion.indicators:
                if indicator.id in seen:
                    raise PydanticCustomError(
                        "kb_indicator_twice",
                        "de indicator-id '{found}' komt twee keer voor in dit thema. Geef elke indicator een eigen id.",
                        {"found": indicator.id},
                    )
                seen.add(indicator.id)
        return criteria


CONTENT_TYPE: ContentType = ContentType(
    kind="kwaliteitsthema",
    folder="framework",
    model=Theme,
    label="kwaliteitsthema",
    description="Een thema van het kwaliteitskader jonge kind, met criteria en indicatoren.",
)
