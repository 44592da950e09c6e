"""The two guidelines asked for by the 2025 study: implementation (implementatierichtlijn) and
quality assurance (kwaliteitsrichtlijn).

Both live in `content/guidelines/` and share building blocks (`Point`, `Proposal`). Where the
guidelines hold data rather than prose, it is typed: the steps of the step plan, the goals with
numeric targets (`REF_KIND = "doel"`), the fields of the monitoring data set
(`REF_KIND = "monitoringveld"`), cost figures, and the chapters of the yearly report.

Text that the sources do not supply but the study asks for (role options, the yearly report, new
data-set fields) is marked as a proposal of the editors, never presented as established method.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, Self

from pydantic import Field, model_validator

from . import ContentType
from .common import ContentItem, EditorNote, Model, Passage, RefersTo, Slug, Sources, Text

# --- shared building blocks -------------------------------------------------------------------


class Point(Model):
    """A titled piece of guidance with its sources: an agreement, a precondition, a risk."""

    title: Annotated[str, Field(alias="titel", min_length=2, description="Korte kop van dit punt.")]
    text: Annotated[Text, Field(alias="tekst", description="Het punt zelf, in eigen woorden.")]
    sources: Annotated[Sources, Field(alias="bron", description="Waar dit vandaan komt, bijvoorbeeld '002:594-596'.")]


class Proposal(Model):
    """Marks material the sources do not supply: written by the editors from building material."""

    basis: Annotated[Text, Field(alias="grondslag", description="Waarom dit een voorstel is en waarop het is gebaseerd.")]
    sources: Annotated[Sources, Field(alias="bron", description="De bronnen die om dit voorstel vragen of er bouwstof voor leveren.")]


class Figure(Model):
    """A number from a source, with its unit, so pages print it in Dutch notation."""

    label: Annotated[Text, Field(alias="omschrijving", description="Wat het getal betekent, in eigen woorden.")]
    value: Annotated[float, Field(alias="waarde", description="Het getal, met een punt als decimaalteken (2.07).")]
    unit: Annotated[
        Literal["euro", "miljoen-euro", "uur", "jaar", "maanden", "procent"],
        Field(alias="eenheid", description="Eenheid: euro, miljoen-euro, uur, jaar, maanden of procent."),
    ]
    qualifier: Annotated[
        Literal["precies", "ongeveer", "ruim", "bijna", "gemiddeld"],
        Field(alias="precisie", description="Hoe precies de bron het getal noemt."),
    ] = "precies"
    sources: Annotated[Sources, Field(alias="bron", description="Waar dit vandaan komt, bijvoorbeeld '002:654-661'.")]


class GuidelineBase(ContentItem):
    why: Annotated[list[Passage], Field(alias="waarom", min_length=1, description="Waarom deze richtlijn er is.")]
    how_to_use: Annotated[list[Passage], Field(alias="gebruik", description="Hoe de richtlijn te gebruiken: ruimte voor maatwerk.")] = []
    note_for_editors: EditorNote = None


# --- implementation guideline ------------------------------------------------------------------


class ImplementationStep(Model):
    REF_KIND: ClassVar[str] = "implementatiestap"

    id: Annotated[Slug, Field(alias="id", description="Unieke naam van de stap, bijvoorbeeld 'analyse'.")]
    number: Annotated[int, Field(alias="nummer", ge=1, le=9, description="Volgnummer van de stap.")]
    title: Annotated[str, Field(alias="titel", min_length=2, description="Korte titel of kop.")]
    question: Annotated[str, Field(alias="vraag", min_length=5, description="De vraag die deze stap beantwoordt.")]
    what: Annotated[list[Passage], Field(alias="wat", min_length=1, description="Wat u in deze stap doet.")]
    result: Annotated[Text, Field(alias="resultaat", description="Wat er aan het eind van de stap ligt.")]
    handbook: Annotated[Passage, Field(alias="in_handboek", description="Waar het handboek (2025) deze stap behandelt.")]


class StartAction(Model):
    title: Annotated[str, Field(alias="titel", min_length=2, description="Korte titel of kop.")]
    step: Annotated[Slug, RefersTo("implementatiestap"), Field(alias="stap", description="Id van de stap waar deze actie bij hoort.")]
    text: Annotated[Text, Field(alias="tekst", description="De tekst, in eigen woorden.")]
    sources: Annotated[Sources, Field(alias="bron", description="Waar dit vandaan komt, bijvoorbeeld '002:654-661'.")]


class HostOption(Model):
    name: Annotated[str, Field(alias="naam", min_length=2, description="De organisatie die coördinatie en uitvoering kan dragen.")]
    text: Annotated[Text, Field(alias="tekst", description="De tekst, in eigen woorden.")]
    sources: Annotated[Sources, Field(alias="bron", description="Waar dit vandaan komt, bijvoorbeeld '002:654-661'.")]


class OrganisationModel(Model):
    """One of the three organisational models of the NCJ (2018), as described in seed 004."""

    REF_KIND: ClassVar[str] = "organisatiemodel"

    id: Annotated[Slug, Field(alias="id", description="Unieke naam in kleine letters met streepjes; wordt een anker op de pagina.")]
    abbreviation: Annotated[str, Field(alias="afkorting", min_length=2, max_length=6, description="VP, JGZ of GGJ.")]
    name: Annotated[str, Field(alias="naam", min_length=2, description="Naam zoals lezers die zien.")]
    organises: Annotated[str, Field(alias="organiseert", min_length=2, description="Wie organiseert en coördineert (kort, voor de tabel).")]
    delivers: Annotated[str, Field(alias="voert_uit", min_length=2, description="Wie de trajectbegeleiding doet (kort, voor de tabel).")]
    mdo: Annotated[str, Field(alias="mdo", min_length=2, description="Hoe het MDO is ingericht (kort, voor de tabel).")]
    parents_at_mdo: Annotated[str, Field(alias="ouders_bij_mdo", min_length=2, description="Of ouders in de gesprekken bij het MDO waren (kort).")]
    description: Annotated[list[Passage], Field(alias="beschrijving", min_length=1, description="Beschrijving in alinea's, met bronnen.")]
    sources: Annotated[Sources, Field(alias="bron", description="Bronnen voor de korte tabelvelden.")]


class RoleOption(Model):
    REF_KIND: ClassVar[str] = "rolkeuze"

    id: Annotated[Slug, Field(alias="id", description="Unieke naam in kleine letters met streepjes; wordt een anker op de pagina.")]
    name: Annotated[str, Field(alias="naam", min_length=2, description="Korte naam van de optie.")]
    description: Annotated[Text, Field(alias="omschrijving", description="Hoe de rol er in deze optie uitziet.")]
    fits_when: Annotated[Text, Field(alias="past_als", description="In welke situatie deze optie past.")]
    watch: Annotated[list[Passage], Field(alias="aandachtspunten", description="Waar u op let, met bron.")] = []
    seen: Annotated[list[Passage], Field(alias="gezien_in_praktijk", min_length=1, description="Waar deze vorm in de bronnen voorkomt.")]


class RoleChoice(Model):
    role: Annotated[
        Literal["coordinator", "gemeente", "lokaal-team"], Field(alias="rol", description="Over welke rol dit gaat: coordinator, gemeente of lokaal-team.")
    ]
    title: Annotated[str, Field(alias="titel", min_length=2, description="Korte titel of kop.")]
    always: Annotated[list[Passage], Field(alias="altijd", min_length=1, description="Wat in elke optie bij deze rol hoort.")]
    options: Annotated[list[RoleOption], Field(alias="opties", min_length=2, description="De opties waaruit gekozen kan worden.")]
    profile: Annotated[
        Annotated[Slug, RefersTo("competentieprofiel")] | None, Field(alias="profiel", description="Id van het competentieprofiel van deze rol, als dat er is.")
    ] = None


class Choices(Model):
    intro: Annotated[list[Passage], Field(alias="inleiding", min_length=1, description="Inleidende alinea's met hun bronnen.")]
    hosts: Annotated[list[HostOption], Field(alias="organisaties", min_length=1, description="Bij welke organisatie coördinatie en uitvoering kunnen liggen.")]
    in_practice: Annotated[
        list[Passage], Field(alias="in_de_praktijk", description="Wat het onderzoek van 2025 zag: waar coördinatoren werken, op welke schaal.")
    ] = []
    models_intro: Annotated[
        list[Passage],
        Field(alias="modellen_inleiding", description="Wie de organisatiemodellen beschreef en waarom, met bronnen; staat boven de tabel met de modellen."),
    ] = []
    models: Annotated[
        list[OrganisationModel], Field(alias="organisatiemodellen", min_length=1, description="De organisatiemodellen van het NCJ (VP, JGZ, GGJ).")
    ]
    models_findings: Annotated[list[Passage], Field(alias="modellen_bevindingen", description="Wat ouders en onderzoek over de modellen zeggen.")] = []
    roles_proposal: Annotated[Proposal, Field(alias="rollen_voorstel", description="Waarom de rolopties een voorstel zijn.")]
    roles: Annotated[list[RoleChoice], Field(alias="rollen", min_length=1, description="Per rol: wat altijd geldt en de opties.")]


class CostsBenefits(Model):
    hours_per_trajectory: Annotated[int, Field(alias="uren_per_traject", ge=1, description="Gemiddeld aantal uren per traject waarmee gerekend wordt.")]
    years_per_trajectory: Annotated[int, Field(alias="jaren_per_traject", ge=1, description="Gemiddelde duur van de begeleiding in jaren.")]
    basis_sources: Annotated[Sources, Field(alias="bron_kostenbasis", description="Bron van de uren en de duur per traject.")]
    basis_use: Annotated[
        Text | None,
        Field(alias="uitleg_kostenbasis", description="Een zin onder de uren en de duur per traject: waarvoor die getallen dienen. Bron: 'bron_kostenbasis'."),
    ] = None
    basis: Annotated[list[Passage], Field(alias="kostenbasis", min_length=1, description="Waar de kosten uit bestaan en wat niet meetelt.")]
    business_cases: Annotated[list[Figure], Field(alias="businesscases", min_length=1, description="Uitkomsten van oudere businesscases, als getallen.")]
    benefits: Annotated[list[Passage], Field(alias="baten", min_length=1, description="Wat IVH oplevert, met bronnen.")]
    caution: Annotated[list[Passage], Field(alias="voorzichtig", min_length=1, description="Waarom deze cijfers met voorzichtigheid te gebruiken zijn.")]


class Preconditions(Model):
    organisational: Annotated[list[Point], Field(alias="organisatorisch", min_length=1, description="Randvoorwaarden binnen de organisatie.")]
    contextual: Annotated[list[Point], Field(alias="contextueel", min_length=1, description="Randvoorwaarden in de omgeving: bestuur, geld, cultuur.")]
    success_factors: Annotated[list[Point], Field(alias="succesfactoren", description="Wat helpt als de bouwstenen eenmaal staan.")] = []


class Risk(Model):
    title: Annotated[str, Field(alias="titel", min_length=2, description="Korte titel of kop.")]
    risk: Annotated[Passage, Field(alias="risico", description="Het risico, met bron.")]
    mitigation: Annotated[Passage | None, Field(alias="wat_helpt", description="Wat het risico kleiner maakt, met bron.")] = None


class Budget(Model):
    agreements: Annotated[list[Point], Field(alias="afspraken", min_length=1, description="Afspraken, elk met titel, tekst en bron.")]
    bottlenecks: Annotated[list[Passage], Field(alias="knelpunten", description="Financiële knelpunten uit de praktijk.")] = []


class ImplementationGuideline(GuidelineBase):
    kind: Annotated[Literal["implementatierichtlijn"], Field(alias="soort", description="Het soort inhoud; moet passen bij de map.")]
    id: Annotated[
        Literal["implementatie"],
        Field(alias="id", description="Altijd 'implementatie': er is één implementatierichtlijn, en andere pagina's verwijzen naar delen ervan."),
    ]
    steps_intro: Annotated[
        list[Passage], Field(alias="stappenplan_inleiding", min_length=1, description="Uitleg bij het stappenplan en de vergelijking met het handboek.")
    ]
    steps: Annotated[list[ImplementationStep], Field(alias="stappen", min_length=2, description="De stappen van het stappenplan, in volgorde.")]
    start_actions: Annotated[list[StartAction], Field(alias="startacties", min_length=1, description="De eerste acties om mee te beginnen, elk bij een stap.")]
    choices: Annotated[Choices, Field(alias="keuzes", description="De keuzes die een gemeente maakt: organisatie, model en rollen.")]
    agreements: Annotated[list[Point], Field(alias="afspraken", min_length=1, description="Afspraken die u vastlegt.")]
    budget: Annotated[Budget, Field(alias="budget", description="Budgetafspraken en financiële knelpunten.")]
    preconditions: Annotated[Preconditions, Field(alias="randvoorwaarden", description="Randvoorwaarden, elk met titel, tekst en bron.")]
    risks: Annotated[list[Risk], Field(alias="risicos", min_length=1, description="Risico's bij de invoering, met wat helpt.")]
    costs: Annotated[CostsBenefits, Field(alias="kosten_en_baten", description="Kostenbasis, businesscases, baten en kanttekeningen.")]

    @model_validator(mode="after")
    def _steps_numbered(self) -> Self:
        numbers = [s.number for s in self.steps]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError(f"de stappen moeten genummerd zijn 1, 2, 3 … in volgorde; nu staat er {', '.join(map(str, numbers))}.")
        return self


# --- quality-assurance guideline ---------------------------------------------------------------


class Target(Model):
    """One measurable target of a goal. The page text is composed from these fields."""

    subject: Annotated[Text, Field(alias="wat", description="Wat geteld of gevraagd wordt, bijvoorbeeld 'kinderen met een multidisciplinair advies'.")]
    percentage: Annotated[int | None, Field(alias="percentage", ge=0, le=100, description="Minimaal percentage (0–100), zonder %-teken.")] = None
    score: Annotated[float | None, Field(alias="score", description="Minimale (gemiddelde) score op de schaal.")] = None
    scale_min: Annotated[int | None, Field(alias="schaal_van", description="Laagste waarde van de schaal, bijvoorbeeld 1.")] = None
    scale_max: Annotated[int | None, Field(alias="schaal_tot", description="Hoogste waarde van de schaal, bijvoorbeeld 10.")] = None
    average: Annotated[bool, Field(alias="gemiddeld", description="true als de score een gemiddelde over alle antwoorden is.")] = False
    count: Annotated[int | None, Field(alias="aantal", ge=1, description="Minimaal aantal keer, bijvoorbeeld 3 bijeenkomsten.")] = None
    per_years: Annotated[int | None, Field(alias="per_jaren", ge=1, description="Over hoeveel jaar dat aantal geldt (1 = elk jaar).")] = None
    within_months: Annotated[int | None, Field(alias="binnen_maanden", ge=1, description="Binnen hoeveel maanden na de start van het traject.")] = None
    sources: Annotated[Sources, Field(alias="bron", description="Waar dit vandaan komt, bijvoorbeeld '002:654-661'.")]

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.score is not None:
            if self.scale_min is None or self.scale_max is None:
                raise ValueError("bij een score horen ook 'schaal_van' en 'schaal_tot', bijvoorbeeld 1 en 10.")
            if not (self.scale_min <= self.score <= self.scale_max):
                raise ValueError(f"de score {self.score} valt buiten de schaal {self.scale_min}–{self.scale_max}.")
        if (self.count is None) != (self.per_years is None):
            raise ValueError("'aantal' en 'per_jaren' horen samen: bijvoorbeeld aantal: 3 en per_jaren: 5.")
        return self

    @property
    def numeric(self) -> bool:
        return any(v is not None for v in (self.percentage, self.score, self.count, self.within_months))


class Goal(Model):
    REF_KIND: ClassVar[str] = "doel"

    id: Annotated[Slug, Field(alias="id", description="Unieke naam van het doel, bijvoorbeeld 'ontwikkelingsperspectief'.")]
    number: Annotated[int, Field(alias="nummer", ge=1, description="Nummer van het subdoel in het handboek.")]
    title: Annotated[str, Field(alias="titel", min_length=2, description="Korte titel of kop.")]
    group: Annotated[
        Literal["kind-en-ouders", "professionals"],
        Field(alias="doelgroep", description="kind-en-ouders (primaire doelgroep) of professionals (intermediaire doelgroep)."),
    ]
    explanation: Annotated[Passage, Field(alias="toelichting", description="Wat het doel inhoudt, in eigen woorden.")]
    targets: Annotated[list[Target], Field(alias="normen", min_length=1, description="De meetbare normen van dit doel.")]
    measured_via: Annotated[Passage, Field(alias="gemeten_via", description="Hoe en waarmee het doel gemeten wordt.")]
    fields: Annotated[
        list[Annotated[Slug, RefersTo("monitoringveld")]], Field(alias="velden", description="Ids van de monitoringvelden die dit doel meten.")
    ] = []


class DataField(Model):
    """One field of the shared monitoring data set, defined so regions can compare."""

    REF_KIND: ClassVar[str] = "monitoringveld"

    id: Annotated[Slug, Field(alias="id", description="Technische naam van het veld, in kleine letters met streepjes, bijvoorbeeld 'datum-aanmelding'.")]
    label: Annotated[str, Field(alias="naam", min_length=2, description="Naam van het veld zoals lezers die zien.")]
    definition: Annotated[Text, Field(alias="definitie", description="Precies wat er in dit veld komt, zodat iedere regio hetzelfde telt.")]
    type: Annotated[
        Literal["datum", "geheel-getal", "decimaal-getal", "ja-nee", "keuze", "meerkeuze", "score", "tekst"],
        Field(alias="type", description="datum, geheel-getal, decimaal-getal, ja-nee, keuze, meerkeuze, score of tekst."),
    ]
    unit: Annotated[str | None, Field(alias="eenheid", description="Eenheid, bijvoorbeeld 'maanden' of 'uren'.")] = None
    values: Annotated[list[str], Field(alias="waarden", description="Toegestane waarden bij keuze en meerkeuze.")] = []
    scale_min: Annotated[int | None, Field(alias="schaal_van", description="Laagste waarde van de schaal, bijvoorbeeld 1.")] = None
    scale_max: Annotated[int | None, Field(alias="schaal_tot", description="Hoogste waarde van de schaal, bijvoorbeeld 10.")] = None
    moment: Annotated[
        Literal["aanmelding", "start-traject", "mdo", "adviesplan", "afsluiting", "evaluatie", "follow-up", "doorlopend", "jaarlijks"],
        Field(
            alias="moment",
            description="Wanneer het veld wordt ingevuld: aanmelding, start-traject, mdo, adviesplan, afsluiting, evaluatie, follow-up, doorlopend of jaarlijks.",
        ),
    ]
    sources: Annotated[Sources | None, Field(alias="bron", description="Bron die om dit gegeven vraagt. Verplicht, tenzij nieuw_voorgesteld: true.")] = None
    proposed: Annotated[bool, Field(alias="nieuw_voorgesteld", description="true als de bronnen dit veld niet noemen en de redactie het voorstelt.")] = False
    key: Annotated[
        bool,
        Field(
            alias="sleutel",
            description="true voor het veld dat elke regel aanwijst, zoals het trajectnummer: altijd ingevuld en uniek. Het sjabloon en de rapportage controleren dat.",
        ),
    ] = False

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.key and self.type != "tekst":
            raise ValueError(f"veld '{self.id}' is een sleutel: dat kan alleen bij het type tekst, zoals een trajectnummer.")
        if self.type in ("keuze", "meerkeuze") and len(self.values) < 2:
            raise ValueError(f"veld '{self.id}' is een {self.type}: geef onder 'waarden' minstens twee toegestane waarden.")
        if self.type not in ("keuze", "meerkeuze") and self.values:
            raise ValueError(f"veld '{self.id}' heeft 'waarden', maar is geen keuze of meerkeuze. Verander het type of haal de waarden weg.")
        if self.type == "score" and (self.scale_min is None or self.scale_max is None):
            raise ValueError(f"veld '{self.id}' is een score: vul 'schaal_van' en 'schaal_tot' in.")
        if self.sources is None and not self.proposed:
            raise ValueError(f"veld '{self.id}' heeft geen bron. Voeg 'bron' toe, of zet 'nieuw_voorgesteld: true' als de redactie het veld voorstelt.")
        return self


class MonitoringTopic(Model):
    id: Annotated[Slug, Field(alias="id", description="Unieke naam in kleine letters met streepjes; wordt een anker op de pagina.")]
    level: Annotated[
        Literal["traject", "professional"],
        Field(alias="niveau", description="traject: één regel per IVH-traject; professional: één regel per professional per jaar."),
    ] = "traject"
    title: Annotated[str, Field(alias="titel", min_length=2, description="Korte titel of kop.")]
    why: Annotated[Passage, Field(alias="waarom", description="Waarom dit onderwerp gemeten wordt.")]
    fields: Annotated[list[DataField], Field(alias="velden", min_length=1, description="De velden van dit onderwerp.")]


class Monitoring(Model):
    intro: Annotated[list[Passage], Field(alias="inleiding", min_length=1, description="Inleidende alinea's met hun bronnen.")]
    proposal: Annotated[Proposal, Field(alias="voorstel", description="Waarom de gedeelde dataset een voorstel is.")]
    principles: Annotated[
        list[Text], Field(alias="afspraken_bij_registratie", min_length=1, description="Afspraken voor het registreren (voorstel van de redactie).")
    ]
    topics: Annotated[list[MonitoringTopic], Field(alias="onderwerpen", min_length=1, description="Onderwerpen van de dataset, elk met velden.")]

    @model_validator(mode="after")
    def _one_key_per_level(self) -> Self:
        for level in ("traject", "professional"):
            keys = [f.id for t in self.topics if t.level == level for f in t.fields if f.key]
            if len(keys) > 1:
                raise ValueError(f"op niveau '{level}' zijn {len(keys)} velden een sleutel ({', '.join(keys)}); er mag er één zijn.")
        return self


class FollowUpOption(Model):
    title: Annotated[str, Field(alias="titel", min_length=2, description="Korte titel of kop.")]
    text: Annotated[Text, Field(alias="tekst", description="De tekst, in eigen woorden.")]
    sources: Annotated[Sources, Field(alias="bron", description="Waar dit vandaan komt, bijvoorbeeld '002:654-661'.")]


class Evaluation(Model):
    steps: Annotated[list[Point], Field(alias="evaluatie", min_length=1, description="Hoe elk traject wordt geëvalueerd.")]
    periodic: Annotated[list[Passage], Field(alias="periodiek", description="Evaluatie van het netwerk als geheel.")] = []
    follow_up_status: Annotated[Passage, Field(alias="follow_up_stand", description="Hoe ver follow-up nu is.")]
    follow_up: Annotated[list[FollowUpOption], Field(alias="follow_up", min_length=1, description="De manieren om follow-up te regelen.")]


class Expertise(Model):
    intro: Annotated[list[Passage], Field(alias="inleiding", min_length=1, description="Inleidende alinea's met hun bronnen.")]
    structures: Annotated[list[Point], Field(alias="structuren", min_length=1, description="Scholing, intervisie, inwerken, landelijke bijeenkomst.")]
    training_themes: Annotated[list[Passage], Field(alias="themas_scholing", min_length=1, description="Thema's voor scholing.")]
    intervision_themes: Annotated[list[Passage], Field(alias="themas_intervisie", min_length=1, description="Thema's voor intervisie.")]
    goal: Annotated[Slug, RefersTo("doel"), Field(alias="doel", description="Id van het doel over deskundigheid.")]
    profiles: Annotated[list[Annotated[Slug, RefersTo("competentieprofiel")]], Field(alias="profielen", description="Ids van de competentieprofielen.")] = []


class ReportChapter(Model):
    number: Annotated[int, Field(alias="nummer", ge=1, description="Volgnummer.")]
    title: Annotated[str, Field(alias="titel", min_length=2, description="Korte titel of kop.")]
    contents: Annotated[list[Text], Field(alias="inhoud", min_length=1, description="Wat er in dit hoofdstuk staat.")]
    fields: Annotated[list[Annotated[Slug, RefersTo("monitoringveld")]], Field(alias="velden", description="Monitoringvelden waarop dit hoofdstuk rust.")] = []
    goals: Annotated[list[Annotated[Slug, RefersTo("doel")]], Field(alias="doelen", description="Doelen waarover dit hoofdstuk rapporteert.")] = []


class YearlyReport(Model):
    proposal: Annotated[Proposal, Field(alias="voorstel", description="Waarom dit een voorstel van de redactie is, met bronnen.")]
    recipients: Annotated[list[Text], Field(alias="ontvangers", min_length=1, description="Wie het jaarverslag krijgt.")]
    chapters: Annotated[list[ReportChapter], Field(alias="hoofdstukken", min_length=3, description="De hoofdstukken van het jaarverslag.")]


class StudyFindings(Model):
    lacking: Annotated[list[Point], Field(alias="wat_ontbreekt", min_length=1, description="Wat het onderzoek van 2025 miste in de kwaliteitsborging.")]
    practice: Annotated[list[Passage], Field(alias="wat_er_gebeurt", description="Wat gemeenten en coördinatoren nu al doen.")] = []
    wishes: Annotated[list[Passage], Field(alias="wensen", description="Wat coördinatoren willen verbeteren.")] = []


class QualityGuideline(GuidelineBase):
    kind: Annotated[Literal["kwaliteitsrichtlijn"], Field(alias="soort", description="Het soort inhoud; moet passen bij de map.")]
    id: Annotated[
        Literal["kwaliteit"],
        Field(alias="id", description="Altijd 'kwaliteit': er is één kwaliteitsrichtlijn, en andere pagina's verwijzen naar de doelen erin."),
    ]
    findings: Annotated[StudyFindings, Field(alias="bevindingen_2025", description="Wat het onderzoek van 2025 vond over kwaliteitsborging.")]
    main_goal: Annotated[Passage, Field(alias="hoofddoel", description="Het hoofddoel van IVH, in eigen woorden.")]
    goals_intro: Annotated[list[Passage], Field(alias="doelen_inleiding", description="Uitleg bij de doelen.")] = []
    goals: Annotated[list[Goal], Field(alias="doelen", min_length=1, description="De meetbare (sub)doelen met hun normen.")]
    monitoring: Annotated[Monitoring, Field(alias="monitoring", description="De gedeelde monitoringdataset.")]
    evaluation: Annotated[Evaluation, Field(alias="evaluatie_en_follow_up", description="Evaluatie van trajecten en het netwerk, en follow-up.")]
    expertise: Annotated[Expertise, Field(alias="deskundigheid", description="Scholing, intervisie en de norm voor deskundigheid.")]
    preconditions: Annotated[list[Point], Field(alias="randvoorwaarden", min_length=1, description="Randvoorwaarden voor kwaliteitsbewaking.")]
    report: Annotated[YearlyReport, Field(alias="jaarverslag", description="De voorgestelde opbouw van het jaarverslag.")]


CONTENT_TYPES: tuple[ContentType, ...] = (
    ContentType(
        kind="implementatierichtlijn",
        folder="guidelines",
        model=ImplementationGuideline,
        label="implementatierichtlijn",
        description="Hoe een gemeente of regio IVH invoert: stappenplan, keuzes, afspraken, randvoorwaarden, risico's, kosten en baten.",
    ),
    ContentType(
        kind="kwaliteitsrichtlijn",
        folder="guidelines",
        model=QualityGuideline,
        label="kwaliteitsrichtlijn",
        description="Hoe IVH de kwaliteit bewaakt: meetbare doelen, de gedeelde monitoringdataset, evaluatie, deskundigheid en het jaarverslag.",
    ),
)
