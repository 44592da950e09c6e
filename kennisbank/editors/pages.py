"""Pages for the editors (section 'Redactie') and the public change log.

- `redactie/index.md`: the table of contents of the editors' guide (the guide's own text is content:
  `content/pages/redactie-*.yaml`, soort pagina, sectie redactie).
- `redactie/velden.md`: every field of every content type, generated from the models.
- `redactie/voorbeelden.md`: one real file per content type, and real error messages, produced by
  running the validator on a real file with typical mistakes in it.
- `redactie/te-herzien.md`: content whose review is overdue or nearly due.
- `over/wijzigingen.md`: what changed in `content/`, from git.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from markupsafe import Markup

from .. import dutch
from ..compose import ComposeContext, urls
from ..compose.page import Page
from ..compose.render import counted, plural
from ..codes import CODES
from ..escape import markdown_cell
from . import field_reference, freshness, history

if TYPE_CHECKING:
    from ..errors import Problem

SECTION = "redactie"
INDEX = "redactie/index.md"
FIELDS = "redactie/velden.md"
EXAMPLES = "redactie/voorbeelden.md"
REVIEW = "redactie/te-herzien.md"
CODES_PAGE = "redactie/meldingen.md"
CHANGES = "over/wijzigingen.md"
GUIDE_PREFIX = "redactie-"  # ids of the guide's own pages (soort pagina)
SOON_MONTHS = 3
MAX_CHANGES = 200
MAX_EXAMPLE_LINES, SHORTENED_EXAMPLE_LINES = 80, 40


def code(text: str) -> Markup:
    """Literal text in <code>, safe in a Markdown table cell: nothing in it is read as Markdown."""
    escaped = "".join(f"&#{ord(c)};" if c in _CODE_SPECIAL else c for c in text)
    return Markup(f"<code>{escaped}</code>")


_CODE_SPECIAL = set("&<>\"'*_[]`|{}\\#!~")


cell = markdown_cell


def compose(context: ComposeContext) -> list[Page]:
    pages = [_fields_page(context), _review_page(context)]
    examples = _examples_page(context)
    if examples:
        pages.append(examples)
    pages.append(_codes_page(context))
    pages.append(_changes_page(context))
    pages.append(_index_page(context, pages))
    return pages


# --- the guide's table of contents ---------------------------------------------------------------


def _index_page(context: ComposeContext, generated: list[Page]) -> Page:
    guide = sorted(
        (p for p in context.content.of("pagina") if p.id.startswith(GUIDE_PREFIX) or p.section == SECTION),
        key=lambda p: (p.order, p.title),
    )
    steps = [(p.title, urls.link(INDEX, "pagina", p.id), p.summary) for p in guide]
    tools = [
        (p.title, urls.relative(INDEX, p.path), _TOOL_SUMMARIES.get(p.path, ""))
        for p in sorted(generated, key=lambda p: p.order)
        if p.path.startswith("redactie/")
    ]
    changes = next((p for p in generated if p.path == CHANGES), None)
    return Page(
        path=INDEX,
        title="Handleiding voor de redactie",
        markdown=context.render(
            "pages/redactie-index.md.j2",
            steps=steps,
            tools=tools,
            changes_link=urls.relative(INDEX, CHANGES) if changes else None,
        ),
        section=SECTION,
        order=0,
    )


_TOOL_SUMMARIES = {
    FIELDS: "Elk veld van elke soort inhoud: wat het betekent, of het verplicht is en een voorbeeld.",
    EXAMPLES: "Echte bestanden uit de kennisbank, en echte foutmeldingen met wat u eraan doet.",
    REVIEW: "Welke inhoud weer gecontroleerd moet worden, en wanneer.",
    CODES_PAGE: "Elke melding van de controle met haar vaste code, en wat ze betekent.",
}


# --- field reference -----------------------------------------------------------------------------


@dataclass
class _Row:
    name: Markup
    required: str
    description: str
    kind: str
    part_anchor: str | None
    allowed: Markup | None
    allowed_label: str
    notes: str
    example: Markup | None


def _rows(fields: list[field_reference.FieldDoc]) -> list[_Row]:
    rows = []
    for f in fields:
        notes = list(f.constraints)
        if f.default is not None:
            notes.append(f"als u niets invult: {f.default}")
        allowed = Markup(", ").join(code(v) + (f" ({f.labels[v]})" if v in f.labels else "") for v in f.allowed) if f.allowed else None
        rows.append(
            _Row(
                name=code(f.dotted),
                required="ja" if f.required else "nee",
                description=cell(f.description),
                kind=cell(f.type_text),
                part_anchor=f.shared,
                allowed=allowed if f.allowed != ["true", "false"] else None,
                allowed_label="Vul in" if len(f.allowed) == 1 else "Kies uit",
                notes=cell("; ".join(notes)),
                example=code(f.example) if f.example else None,
            )
        )
    return rows


def _fields_page(context: ComposeContext) -> Page:
    reference = field_reference.build(context.root)
    types_ = [
        {
            "kind": t.kind,
            "label": t.label,
            "folder": t.folder,
            "description": t.description,
            "example_file": t.example_files[0] if t.example_files else None,
            "rows": _rows(t.fields),
        }
        for t in reference.types
    ]
    parts = [{"name": p.name, "anchor": p.anchor, "rows": _rows(p.fields)} for p in reference.parts]
    return Page(
        path=FIELDS,
        title="Alle velden per soort inhoud",
        markdown=context.render("pages/redactie-velden.md.j2", types=types_, parts=parts),
        section=SECTION,
        order=80,
    )


# --- real files and real error messages ---------------------------------------------------------


@dataclass
class _Mistake:
    title: str
    explanation: str
    find: str  # regular expression on the real file text (MULTILINE)
    replace: str


_MISTAKES = [
    _Mistake(
        "Een tikfout in een veldnaam",
        "De kennisbank kent alleen de veldnamen uit de veldenlijst. Bij een tikfout stelt de melding de juiste naam voor.",
        r"^titel:",
        "tittel:",
    ),
    _Mistake(
        "Een verplicht veld vergeten",
        "De melding noemt het veld dat ontbreekt. De regel is die van het blok waar het veld in hoort.",
        r"^samenvatting:.*\n(?:[ \t]+.*\n)*",
        "",
    ),
    _Mistake(
        "Een dubbele punt in een tekst",
        "Een dubbele punt met een spatie erna betekent in YAML 'veld: waarde'. Zet zo'n tekst tussen aanhalingstekens.",
        r"^titel: (.*)$",
        r"titel: Let op: \1",
    ),
    _Mistake(
        "Een bronverwijzing in de verkeerde vorm",
        "Een bron is een documentnummer van drie cijfers, een dubbele punt en de regels, zoals 002:366-368.",
        r"^bron: .*$",
        'bron: "handboek blz. 12"',
    ),
    _Mistake(
        "Inspringen met een tab",
        "YAML telt spaties. Een tab ziet er hetzelfde uit, maar telt niet: vervang hem door spaties.",
        r"^beoordeeld:\n  ",
        "beoordeeld:\n\t",
    ),
]


def _fence(text: str, language: str = "yaml") -> Markup:
    """A fenced code block that no line of `text` can close early."""
    longest = max((len(m) for m in re.findall(r"`+|~+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return Markup(f"{fence}{language}\n{text.rstrip()}\n{fence}")


def _numbered(text: str, around: int | None = None, width: int = 2) -> str:
    lines = text.rstrip("\n").split("\n")
    if around is None:
        start, end = 1, len(lines)
    else:
        start, end = max(1, around - width), min(len(lines), around + width)
    return "\n".join(f"{n:>3} | {_clip(lines[n - 1])}" for n in range(start, end + 1))


def _clip(line: str, width: int = 72) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"


def _validate_text(context: ComposeContext, path: Path, text: str) -> list[Problem]:
    """The problems the kennisbank reports for `text` as the content of file `path`."""
    from ..errors import relative_path
    from ..load import parse_yaml
    from ..validate import _validate_document

    display = relative_path(path, context.root)
    document, problems = parse_yaml(text, display)
    if document is not None and not problems:
        _entry, problems = _validate_document(context.root, path, display, document)
    return problems


def _example_file(context: ComposeContext, kind: str) -> Path | None:
    """The shortest real file of a content type (by lines, then name)."""
    files = [e for e in context.content.entries if e.content_type.kind == kind]
    if not files:
        return None
    paths = [context.root / e.file for e in files]
    return min(paths, key=lambda p: (len(p.read_text(encoding="utf-8").splitlines()), p.name))


def _examples_page(context: ComposeContext) -> Page | None:
    from ..errors import format_github, format_location

    examples = []
    for entry_type in sorted({e.content_type for e in context.content.entries}, key=lambda t: t.label.lower()):
        path = _example_file(context, entry_type.kind)
        if path is None:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        shown = lines if len(lines) <= MAX_EXAMPLE_LINES else lines[:SHORTENED_EXAMPLE_LINES]
        examples.append(
            {
                "label": entry_type.label,
                "kind": entry_type.kind,
                "file": code(path.relative_to(context.root).as_posix()),
                # as plain text: Material's dark-mode colour for folded YAML text has 4,48:1 contrast (< 4,5)
                "block": _fence("\n".join(shown), "text"),
                "shown": len(shown),
                "total": len(lines),
            }
        )
    mistakes = []
    glossary = _example_file(context, "begrip")
    if glossary is not None:
        text = glossary.read_text(encoding="utf-8")
        for mistake in _MISTAKES:
            broken, count = re.subn(mistake.find, mistake.replace, text, count=1, flags=re.MULTILINE)
            if not count:
                continue
            problems = _validate_text(context, glossary, broken)
            if not problems:
                continue
            problems = sorted(problems, key=lambda p: p.sort_key())[:3]
            found = re.search(mistake.find, text, flags=re.MULTILINE)
            assert found is not None  # subn above replaced it, so it is there
            changed_line = broken[: found.start()].count("\n") + 1
            mistakes.append(
                {
                    "title": mistake.title,
                    "explanation": mistake.explanation,
                    "snippet": _fence(_numbered(broken, changed_line), "text"),
                    "messages": [{"location": code(format_location(p.location)), "severity": p.severity.value, "text": p.message} for p in problems],
                    "annotation": _fence("\n".join(format_github(p) for p in problems), "text"),
                    "count": len(problems),
                }
            )
    if not examples and not mistakes:
        return None
    return Page(
        path=EXAMPLES,
        title="Voorbeelden en foutmeldingen",
        markdown=context.render(
            "pages/redactie-voorbeelden.md.j2",
            examples=examples,
            mistakes=mistakes,
            glossary_file=code(glossary.relative_to(context.root).as_posix()) if glossary else None,
            fields_link=urls.relative(EXAMPLES, FIELDS),
        ),
        section=SECTION,
        order=85,
    )


# --- review list ---------------------------------------------------------------------------------


def _review_page(context: ComposeContext) -> Page:
    now = context.inputs.today
    found = freshness.statuses(context.content, now)
    horizon = freshness.add_months(now, SOON_MONTHS)

    def row(status: freshness.ReviewStatus) -> _ReviewRow:
        link = _item_link(REVIEW, status.kind, status.item_id)
        return {
            "title": status.title,
            "link": link,
            "kind": status.kind_label,
            "file": code(status.file),
            "reviewed": dutch.long_date(status.reviewed),
            "by": status.by_role,
            "interval": status.interval_months,
            "due": dutch.long_date(status.due),
            "months": status.months_since,
        }

    overdue = [row(s) for s in found if s.overdue]
    soon = [row(s) for s in found if not s.overdue and s.due <= horizon]
    return Page(
        path=REVIEW,
        title="Te herzien",
        markdown=context.render(
            "pages/redactie-te-herzien.md.j2",
            today=dutch.long_date(now),
            overdue=overdue,
            soon=soon,
            soon_months=SOON_MONTHS,
            everything=[row(s) for s in found],
        ),
        section=SECTION,
        order=90,
    )


class _ReviewRow(TypedDict):
    title: str
    link: str | None
    kind: str
    file: Markup
    reviewed: str
    by: str
    interval: int
    due: str
    months: int


# --- change log ----------------------------------------------------------------------------------


def _item_link(from_page: str, kind: str, item_id: str) -> str | None:
    """Link to the page of a content item, or None when its kind has no page.

    The link goes to the page, without the #anchor: whether another composer prints an anchor for
    every item is not ours to know, and a missing anchor fails the strict build.
    """
    if kind == "pagina" and item_id == "start":
        return urls.relative(from_page, "index.md")
    if kind in urls.PAGE_OF_KIND:
        return urls.relative(from_page, urls.target(kind, item_id).partition("#")[0])
    return None


def _file_targets(context: ComposeContext) -> dict[str, tuple[str, str | None]]:
    """Content file -> (title, link target from the change log page, if the item has a page)."""
    return {entry.file: (entry.item.title, _item_link(CHANGES, entry.content_type.kind, entry.item.id)) for entry in context.content.entries}


def _codes_page(context: ComposeContext) -> Page:
    """Every problem code with its meaning, from the catalogue in kennisbank/codes.py."""
    return Page(
        path=CODES_PAGE,
        title="Meldingen en hun code",
        markdown=context.render("pages/redactie-meldingen.md.j2", codes=[(code, meaning) for code, meaning in CODES.items()]),
        section=SECTION,
        order=85,
    )


class _Touched(TypedDict):
    """A content file a change touched, shown by its title (or its name, when it is gone)."""

    title: str
    link: str | None
    gone: bool


class _Change(TypedDict):
    date: str
    what: str
    pages: list[_Touched]
    more: int  # touched files not shown


class _Month(TypedDict):
    label: str
    changes: list[_Change]


def _changes_page(context: ComposeContext) -> Page:
    commits: list[history.Commit] = [c for c in context.inputs.commits if not c.skipped]
    targets = _file_targets(context)
    months: list[_Month] = []
    for commit in commits[:MAX_CHANGES]:
        touched: list[_Touched] = []
        for change in commit.changes:
            title, target = targets.get(change.path, (None, None))
            if title is None:
                name = Path(change.path).stem
                touched.append({"title": name, "link": None, "gone": True})
            elif not any(t["title"] == title for t in touched):
                touched.append({"title": title, "link": target, "gone": False})
        titles = [t["title"] for t in touched if not t["gone"]]
        label = dutch.month(commit.day)
        if not months or months[-1]["label"] != label:
            months.append({"label": label, "changes": []})
        shown = touched[:12]
        months[-1]["changes"].append(
            {
                "date": dutch.long_date(commit.day),
                "what": history.plain_subject(_dutch_summary(commit), titles),
                "pages": shown,
                "more": len(touched) - len(shown),
            }
        )
    return Page(
        path=CHANGES,
        title="Wijzigingen",
        markdown=context.render(
            "pages/redactie-wijzigingen.md.j2",
            months=months,
            total=len(commits),
            shown=min(len(commits), MAX_CHANGES),
            first=dutch.long_date(commits[-1].day) if commits else None,
            total_text=f"Er {plural(len(commits), 'is', 'zijn')} {counted(len(commits), 'wijziging', 'wijzigingen')}",
        ),
        section="over",
        order=90,
    )


_SUMMARY_TRAILER = re.compile(r"^Wijziging:\s*(.+)$", re.MULTILINE | re.IGNORECASE)


def _dutch_summary(commit: history.Commit) -> str:
    """A line 'Wijziging: …' in the commit message wins over the subject: for readers, in Dutch."""
    match = _SUMMARY_TRAILER.search(commit.body)
    return match.group(1).strip() if match else commit.subject
