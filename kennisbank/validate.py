"""Load every content file and validate it into typed models, collecting every problem.

Nothing here prints or exits: the result is a `Content` (when there are no errors) and a list of
`Problem`s, for the CLI or the MkDocs hook to report.
"""

from __future__ import annotations

import difflib
import functools
import re
import typing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterator, Protocol

from pydantic import BaseModel, ValidationError

from .errors import Location, Problem, Severity, relative_path
from .frequency import unsupported_frequency_words
from .load import Document, PathKey, Positions, load_document
from .load import set_current_file
from .models import ContentType, by_kind, kinds_in_folder
from .models.common import ContentItem, RefersTo, SeedRef
from .translate import translate_errors

CONTENT_DIR = "content"


@dataclass
class Entry:
    """One valid content file: its model, where it came from, and where each value stands."""

    item: ContentItem
    content_type: ContentType
    file: str  # relative to the project root
    positions: Positions


@dataclass
class Content:
    root: Path
    entries: list[Entry] = field(default_factory=list)
    # ids declared in files that could not be read or validated: id -> that file. References to them
    # are not reported as missing (the mistake is in that file, and is reported there, once).
    unverified_ids: dict[str, str] = field(default_factory=dict)
    _index: dict[str, dict[str, Any]] | None = field(default=None, repr=False)
    _by_item: dict[int, Entry] | None = field(default=None, repr=False)
    _by_file: dict[str, Entry] | None = field(default=None, repr=False)

    def of(self, kind: str) -> list[Any]:
        return [e.item for e in self.entries if e.content_type.kind == kind]

    def entry(self, kind: str, item_id: str) -> Entry:
        for e in self.entries:
            if e.content_type.kind == kind and e.item.id == item_id:
                return e
        raise KeyError((kind, item_id))

    def get(self, kind: str, item_id: str) -> Any:
        return self.entry(kind, item_id).item

    def entry_of(self, item: ContentItem) -> Entry:
        return self._entries_by_item()[id(item)]

    def entry_for_file(self, file: str) -> Entry | None:
        return self._entries_by_file().get(file)

    def _entries_by_item(self) -> dict[int, Entry]:
        if self._by_item is None or len(self._by_item) != len(self.entries):
            self._by_item = {id(e.item): e for e in self.entries}
        return self._by_item

    def _entries_by_file(self) -> dict[str, Entry]:
        if self._by_file is None or len(self._by_file) != len(self.entries):
            self._by_file = {e.file: e for e in self.entries}
        return self._by_file

    def index(self) -> dict[str, dict[str, Any]]:
        """Every referable object (content items and nested objects with REF_KIND), by kind and id.

        Computed once: content does not change after loading.
        """
        if self._index is None:
            self._index = self._build_index()
        return self._index

    def _build_index(self) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for entry in self.entries:
            for _path, obj in walk_models(entry.item):
                ref_kind = _ref_kind(obj)
                if ref_kind:
                    found.setdefault(ref_kind, {})[_ref_id(obj)] = obj
        return found


def _ref_kind(obj: BaseModel) -> str | None:
    if isinstance(obj, ContentItem):
        return obj.kind
    return getattr(type(obj), "REF_KIND", None)


class _Referable(Protocol):
    @property
    def id(self) -> str: ...


def _ref_id(obj: BaseModel) -> str:
    """The id of an object that `_ref_kind` gives a kind: content items and the models with a REF_KIND
    all have an `id` (a field or a property), which `BaseModel` itself does not declare."""
    return typing.cast(_Referable, obj).id


def content_files(root: Path) -> list[Path]:
    base = root / CONTENT_DIR
    return sorted(p for p in base.rglob("*") if p.suffix in {".yaml", ".yml"} and p.is_file())


def load_content(root: Path, *, today: date | None = None) -> tuple[Content, list[Problem]]:
    content = Content(root)
    problems: list[Problem] = []
    documents: list[tuple[Path, str, Document]] = []
    for path in content_files(root):
        display = relative_path(path, root)
        document, found = load_document(path, display)
        problems.extend(found)
        if document is not None:
            documents.append((path, display, document))
        else:
            content.unverified_ids.update(dict.fromkeys(_declared_ids_in_text(path), display))
    for path, display, document in documents:
        set_current_file(display)
        entry, found = _validate_document(root, path, display, document)
        problems.extend(found)
        if entry is not None:
            content.entries.append(entry)
        else:
            content.unverified_ids.update(dict.fromkeys(_declared_ids_in_data(document.data, path), display))
    set_current_file(None)
    skipped: dict[str, list[str]] = {}  # unreadable file -> files whose references to it were not checked
    problems.extend(_check_unique_ids(content))
    problems.extend(_check_references(content, skipped))
    problems.extend(_check_seed_references(content, skipped))
    problems.extend(_not_checked_notes(skipped))
    problems.extend(_check_freshness(content, today or date.today()))
    problems.extend(_check_frequency_words(content))
    return content, problems


_ID_LINE = re.compile(r"""^\s*(?:-\s+)?id:\s*["']?([A-Za-z0-9][\w.-]*)""", re.MULTILINE)


def _declared_ids_in_text(path: Path) -> set[str]:
    """The ids a file that cannot be parsed probably declares: every `id:` line, and its file name."""
    try:
        text = path.read_bytes()[: 1024 * 1024].decode("utf-8", errors="replace")
    except OSError:
        text = ""
    return {*_ID_LINE.findall(text), path.stem}


def _declared_ids_in_data(data: Any, path: Path) -> set[str]:
    """Every `id:` value anywhere in a parsed file that failed validation, and its file name."""
    found = {path.stem}
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if isinstance(value.get("id"), str):
                found.add(value["id"])
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found


def _not_checked_notes(skipped: dict[str, list[str]]) -> list[Problem]:
    notes = []
    for file, referrers in sorted(skipped.items()):
        others = sorted(set(referrers))
        example = f", bijvoorbeeld in {others[0]}" if others else ""
        notes.append(
            Problem(
                Location(file, 1, 1),
                f"omdat dit bestand een fout heeft, zijn {len(referrers)} verwijzing(en) ernaar niet gecontroleerd{example}. "
                "Herstel eerst de fout in dit bestand; daarna controleert de kennisbank ze weer.",
                Severity.WARNING,
                code="kb-verwijzing-niet-gecontroleerd",
            )
        )
    return notes


def _validate_document(root: Path, path: Path, display: str, document: Document) -> tuple[Entry | None, list[Problem]]:
    data, positions = document.data, document.positions
    if not isinstance(data, dict):
        return None, [
            Problem(positions.of(()), "dit bestand moet beginnen met velden (veld: waarde), niet met een lijst of losse tekst.", code="kb-bestand-vorm")
        ]
    folder = path.relative_to(root / CONTENT_DIR).parts[0] if len(path.relative_to(root / CONTENT_DIR).parts) > 1 else ""
    folder_types = kinds_in_folder(folder)
    kind = data.get("soort")
    kinds = by_kind()
    if kind is None:
        if len(folder_types) == 1:
            hint = f"Voeg bovenaan toe: soort: {folder_types[0].kind}"
        elif folder_types:
            hint = "Voeg bovenaan toe: soort: … (in deze map: " + ", ".join(sorted(t.kind for t in folder_types)) + ")"
        else:
            hint = "Voeg bovenaan toe: soort: …"
        return None, [Problem(positions.of(()), f"het veld 'soort' ontbreekt. {hint}", code="kb-soort-ontbreekt")]
    if not isinstance(kind, str) or kind not in kinds:
        options = ", ".join(sorted(kinds))
        suggestion = _suggest(str(kind), kinds)
        return None, [
            Problem(positions.of(("soort",)), f"'{kind}' is geen bekende soort inhoud.{suggestion} Gebruik een van: {options}.", code="kb-soort-onbekend")
        ]
    content_type = kinds[kind]
    if folder != content_type.folder:
        return None, [
            Problem(
                positions.of(("soort",)),
                f"dit bestand is een {content_type.label}, maar staat in de map 'content/{folder or ''}'. Verplaats het naar content/{content_type.folder}/.",
                code="kb-verkeerde-map",
            )
        ]
    try:
        item = content_type.model.model_validate(data)
    except ValidationError as exc:
        return None, _dedupe(translate_errors(exc.errors(), data, positions, content_type))
    return Entry(item, content_type, display, positions), []


def _suggest(word: str, options: typing.Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" Bedoelde u '{close[0]}'?" if close else ""


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen, unique = set(), []
    for p in problems:
        if (p.location, p.message) not in seen:
            seen.add((p.location, p.message))
            unique.append(p)
    return unique


@dataclass(frozen=True)
class _FieldPlan:
    name: str
    key: str  # the YAML key (alias)
    refers_to: RefersTo | None
    may_hold_models: bool  # False for plain scalars and lists of them: no need to walk into them


@functools.cache
def _plan(model_class: type[BaseModel]) -> tuple[_FieldPlan, ...]:
    """Per model class, once: which fields hold references and which can contain nested models."""
    return tuple(
        _FieldPlan(name, info.alias or name, _reference_targets(info.metadata, info.annotation), _holds_models(info.annotation))
        for name, info in model_class.model_fields.items()
    )


def _holds_models(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_models(arg) for arg in typing.get_args(annotation))


def walk_models(model: BaseModel, path: PathKey = ()) -> Iterator[tuple[PathKey, BaseModel]]:
    """Every model object inside `model` (itself included), with its path of YAML keys."""
    yield path, model
    for field_plan in _plan(type(model)):
        if field_plan.may_hold_models:
            yield from _walk_value(getattr(model, field_plan.name), (*path, field_plan.key))


def _walk_value(value: Any, path: PathKey) -> Iterator[tuple[PathKey, BaseModel]]:
    if isinstance(value, BaseModel):
        yield from walk_models(value, path)
    elif isinstance(value, (list, tuple)):
        for index, element in enumerate(value):
            yield from _walk_value(element, (*path, index))


def _check_unique_ids(content: Content) -> list[Problem]:
    """Ids are unique per kind across all files: content items and nested referable objects alike."""
    problems = []
    first_seen: dict[tuple[str, str], str] = {}
    for entry in content.entries:
        for path, obj in walk_models(entry.item):
            kind = _ref_kind(obj)
            if kind is None:
                continue
            key = (kind, _ref_id(obj))
            if key not in first_seen:
                first_seen[key] = entry.file
                continue
            what = "dit bestand" if not path else f"deze {kind}"
            problems.append(
                Problem(
                    entry.positions.of((*path, "id")),
                    f"de id '{key[1]}' wordt al gebruikt in {first_seen[key]}. Geef {what} een andere id.",
                    code="kb-id-dubbel",
                )
            )
    return problems


def _refers_to(metadata: list[Any]) -> RefersTo | None:
    for meta in metadata:
        if isinstance(meta, RefersTo):
            return meta
        for inner in getattr(meta, "__metadata__", ()):
            if isinstance(inner, RefersTo):
                return inner
    return None


def _reference_targets(info_metadata: list[Any], annotation: Any) -> RefersTo | None:
    found = _refers_to(info_metadata)
    if found:
        return found
    for arg in typing.get_args(annotation):
        found = _refers_to(list(getattr(arg, "__metadata__", ()))) or _reference_targets([], arg)
        if found:
            return found
    return None


def _check_references(content: Content, skipped: dict[str, list[str]]) -> list[Problem]:
    index = content.index()
    problems = []
    for entry in content.entries:
        for model_path, obj in walk_models(entry.item):
            for field_plan in _plan(type(obj)):
                target = field_plan.refers_to
                if target is None:
                    continue
                value = getattr(obj, field_plan.name)
                values = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
                known = index.get(target.kind, {})
                for position, ref in values:
                    if ref is None or ref in known:
                        continue
                    if ref in content.unverified_ids:
                        skipped.setdefault(content.unverified_ids[ref], []).append(entry.file)
                        continue
                    path = (*model_path, field_plan.key) if position is None else (*model_path, field_plan.key, position)
                    suggestion = _suggest(ref, known)
                    listing = f" Bestaande ids: {', '.join(sorted(known))}." if known and not suggestion else ""
                    problems.append(
                        Problem(
                            entry.positions.of(path),
                            f"er bestaat geen {target.kind} met id '{ref}'.{suggestion}{listing}",
                            code="kb-verwijzing",
                        )
                    )
    return problems


def _check_seed_references(content: Content, skipped: dict[str, list[str]]) -> list[Problem]:
    documents = {doc.id: doc for doc in content.of("brondocument")}
    problems = []
    for entry in content.entries:
        for path, obj in walk_models(entry.item):
            if not isinstance(obj, SeedRef):
                continue
            document = documents.get(obj.seed)
            location = entry.positions.of(path)
            if document is None and obj.seed in content.unverified_ids:
                skipped.setdefault(content.unverified_ids[obj.seed], []).append(entry.file)
            elif document is None:
                known = ", ".join(sorted(documents)) or "geen"
                problems.append(
                    Problem(
                        location,
                        f"bron '{obj.label()}' verwijst naar document {obj.seed}, maar dat bestaat niet. Bekende documenten: {known}.",
                        code="kb-bron-document",
                    )
                )
            elif obj.end > document.line_count:
                problems.append(
                    Problem(
                        location,
                        f"bron '{obj.label()}' gaat voorbij de laatste regel van {document.short_title} "
                        f"(dat heeft {document.line_count} regels). Controleer de regelnummers.",
                        code="kb-bron-regels",
                    )
                )
    return problems


def _check_freshness(content: Content, today: date) -> list[Problem]:
    problems = []
    for entry in content.entries:
        review = entry.item.review
        months = (today.year - review.date.year) * 12 + (today.month - review.date.month)
        if months > review.interval_months:
            problems.append(
                Problem(
                    entry.positions.of(("beoordeeld", "datum")),
                    f"deze inhoud is {months} maanden niet gecontroleerd (afspraak: elke {review.interval_months}). "
                    "Lees hem na en zet daarna de datum bij 'beoordeeld' op vandaag.",
                    Severity.WARNING,
                    code="kb-herzien",
                )
            )
    return problems


SEEDS_DIR = ("..", "shared", "seeds")  # the seed texts, next to the checkout (as the content tests expect)
_UNPUBLISHED = {"notitie_redactie", "notitie", "id", "soort"}


@functools.cache
def _sources_attribute(model_class: type[BaseModel]) -> str | None:
    return next((name for name, info in model_class.model_fields.items() if info.alias == "bron"), None)


def _seed_lines(content: Content) -> dict[str, list[str]]:
    """Seed id -> its lines, for the seeds whose text file is present; line n is lines[n - 1]."""
    folder = content.root.joinpath(*SEEDS_DIR)
    found = {}
    for document in content.of("brondocument"):
        path = folder / document.file
        if path.is_file():
            found[document.id] = path.read_text(encoding="utf-8").split("\n")
    return found


def _check_frequency_words(content: Content) -> list[Problem]:
    """A prompt, not a verdict: a text says 'vaak', 'altijd', … and none of its cited lines gives a frequency or number.

    Texts whose sources cannot all be read here (a web page, a seed file that is not present) are skipped.
    """
    seeds = _seed_lines(content)
    problems = []
    for entry in content.entries:
        for path, obj in walk_models(entry.item):
            attribute = _sources_attribute(type(obj))
            sources = getattr(obj, attribute) if attribute else None
            if not sources or not all(isinstance(s, SeedRef) and s.seed in seeds for s in sources):
                continue
            cited = [line for s in sources for line in seeds[s.seed][s.start - 1 : s.end]]
            labels = ", ".join(s.label() for s in sources)
            for name, info in type(obj).model_fields.items():
                key, value = info.alias or name, getattr(obj, name)
                if key in _UNPUBLISHED or not isinstance(value, str):
                    continue
                words = unsupported_frequency_words(value, cited)
                if words:
                    said = " en ".join(f"'{w}'" for w in words)
                    problems.append(
                        Problem(
                            entry.positions.of((*path, key)),
                            f"'{key}' zegt {said}, maar de bronregels ({labels}) noemen geen aantal of frequentie. "
                            "Controleer of de bron dit zegt. Zo niet: neem het voorbehoud van de bron over "
                            "(bijvoorbeeld 'soms' of 'mogelijk'), of verwijs naar regels die het wel zeggen.",
                            Severity.WARNING,
                            code="kb-frequentie",
                        )
                    )
    return problems
