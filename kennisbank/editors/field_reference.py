"""The field reference: every field of every content type, read from the models that validate.

Nothing here is written by hand per type: the reference walks `content_types()` and each model's
`model_fields` (recursively), so a field added to a model appears on the site with the next build.
Examples are taken from the real content files, with the file they come from.

A nested model used in more than one place (a passage with `tekst` and `bron`, the `beoordeeld`
block, a web source) is described once under "Onderdelen die vaker terugkomen" and linked from
every field that uses it; a nested model used once is shown inline, as indented fields.
"""

from __future__ import annotations

import datetime
import enum
import types
import typing
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..models import ContentType, content_types
from ..models import common

_EXAMPLE_WIDTH = 90


@dataclass
class TypeInfo:
    """What a value of a field looks like, in an editor's words."""

    text: str
    allowed: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # Dutch label of an allowed value, where it says more
    constraints: list[str] = field(default_factory=list)
    model: type[BaseModel] | None = None  # the nested block, if any
    refers_to: str | None = None


@dataclass
class FieldDoc:
    key: str  # the YAML key
    path: tuple[str, ...]  # YAML keys from the top of the file (or of the shared part)
    depth: int
    description: str
    type_text: str
    required: bool
    default: str | None
    allowed: list[str]
    constraints: list[str]
    example: str | None = None
    labels: dict[str, str] = field(default_factory=dict)
    example_file: str | None = None
    shared: str | None = None  # anchor of the shared part this field's value is
    refers_to: str | None = None

    @property
    def dotted(self) -> str:
        return ".".join(self.path)


@dataclass
class PartDoc:
    """A nested block that recurs, described once."""

    name: str  # Dutch: the keys it has
    anchor: str
    model: type[BaseModel]
    fields: list[FieldDoc] = field(default_factory=list)


@dataclass
class TypeDoc:
    kind: str
    label: str
    folder: str
    description: str
    fields: list[FieldDoc]
    example_files: list[str] = field(default_factory=list)


@dataclass
class Reference:
    types: list[TypeDoc]
    parts: list[PartDoc]

    def __iter__(self) -> Iterator[TypeDoc]:
        return iter(self.types)


# --- reading annotations ------------------------------------------------------------------------


def _metadata_of(annotation: Any) -> tuple[Any, list[Any]]:
    """Strip `Annotated` layers: the bare type and all metadata (FieldInfo metadata flattened)."""
    found: list[Any] = []
    while typing.get_origin(annotation) is typing.Annotated:
        args = typing.get_args(annotation)
        annotation = args[0]
        found.extend(args[1:])
    return annotation, _flatten(found)


def _flatten(metadata: list[Any]) -> list[Any]:
    flat = []
    for meta in metadata:
        if isinstance(meta, FieldInfo):
            flat.extend(_flatten(list(meta.metadata)))
        else:
            flat.append(meta)
    return flat


def _is_union(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    return origin is typing.Union or origin is types.UnionType


def _functions(metadata: list[Any]) -> set[object]:
    return {getattr(m, "func", None) for m in metadata}


def _constraints(metadata: list[Any], *, is_list: bool, is_text: bool) -> list[str]:
    out = []
    for meta in metadata:
        if isinstance(meta, annotated_types.MinLen) and meta.min_length:
            if is_list:
                out.append(f"minstens {meta.min_length} {'item' if meta.min_length == 1 else 'items'}")
            elif meta.min_length == 1:
                out.append("mag niet leeg zijn")
            else:
                out.append(f"minstens {meta.min_length} tekens")
        elif isinstance(meta, annotated_types.MaxLen):
            out.append(f"hoogstens {meta.max_length} {'items' if is_list else 'tekens'}")
        elif isinstance(meta, annotated_types.Ge):
            out.append(f"minstens {meta.ge}")
        elif isinstance(meta, annotated_types.Gt):
            out.append(f"groter dan {meta.gt}")
        elif isinstance(meta, annotated_types.Le):
            out.append(f"hoogstens {meta.le}")
        elif isinstance(meta, annotated_types.Lt):
            out.append(f"kleiner dan {meta.lt}")
        elif getattr(meta, "pattern", None):
            out.append("vaste schrijfwijze (zie voorbeeld)")
        elif isinstance(meta, common.RefersTo):
            out.append(f"moet bestaan als {meta.kind}")
    return list(dict.fromkeys(out))


def describe(annotation: Any, metadata: list[Any] | None = None) -> TypeInfo:
    """The Dutch description of a field's type, with allowed values and constraints."""
    bare, inner_meta = _metadata_of(annotation)
    meta = _flatten(list(metadata or [])) + inner_meta
    functions = _functions(meta)
    refers = next((m.kind for m in meta if isinstance(m, common.RefersTo)), None)

    if common._parse_source in functions:
        return TypeInfo("bronverwijzing: documentnummer en regels ('002:366-368'), of een webbron (url, titel, gecontroleerd)", model=common.WebRef)
    if _is_union(bare):
        options = [a for a in typing.get_args(bare) if a is not type(None)]
        if len(options) == 1:
            return describe(options[0], meta)
        described = [describe(o) for o in options]
        model = next((d.model for d in described if d.model), None)
        return TypeInfo(" of ".join(d.text for d in described), model=model)
    origin = typing.get_origin(bare)
    if origin is typing.Literal:
        values = [str(v) for v in typing.get_args(bare)]
        labels: Mapping[str, str] = next((m for m in meta if isinstance(m, common.Labels)), {})
        meanings = {v: labels[v] for v in values if labels.get(v, v).lower() != v.lower()}
        return TypeInfo("vaste waarde" if len(values) == 1 else "keuze uit een lijst", allowed=values, labels=meanings)
    if origin in (list, tuple, set, frozenset):
        (item,) = typing.get_args(bare)[:1] or (Any,)
        inner = describe(item)
        if common._as_list in functions:
            text = f"één {inner.text}, of een lijst daarvan"
        else:
            text = f"lijst van: {inner.text}"
        return TypeInfo(
            text,
            allowed=inner.allowed,
            constraints=_constraints(meta, is_list=True, is_text=False) + inner.constraints,
            model=inner.model,
            refers_to=refers or inner.refers_to,
        )
    if isinstance(bare, type) and issubclass(bare, BaseModel):
        return TypeInfo("blok met velden", model=bare)
    is_text = bare is str
    constraints = _constraints(meta, is_list=False, is_text=is_text)
    if refers:
        return TypeInfo(f"id van een {refers}", constraints=constraints, refers_to=refers)
    if common._check_slug in functions:
        return TypeInfo("id: kleine letters, cijfers en streepjes", constraints=constraints)
    if bare is str:
        if common._check_text in functions:
            return TypeInfo("tekst (opmaak mag: schuin, vet, lijstjes, links)", constraints=constraints)
        return TypeInfo("tekst", constraints=constraints)
    if bare is bool:
        return TypeInfo("true (ja) of false (nee)", allowed=["true", "false"])
    if bare is int:
        return TypeInfo("heel getal", constraints=constraints)
    if bare is float:
        return TypeInfo("getal (met een punt als decimaalteken, zoals 8.7)", constraints=constraints)
    if bare is datetime.date:
        return TypeInfo("datum (JJJJ-MM-DD)", constraints=constraints)
    if isinstance(bare, type) and hasattr(bare, "__members__"):  # Enum
        members = typing.cast("type[enum.Enum]", bare)  # a class with __members__: an Enum
        return TypeInfo("keuze uit een lijst", allowed=[str(m.value) for m in members])
    return TypeInfo("waarde", constraints=constraints)


def _default(info: FieldInfo) -> str | None:
    if info.is_required():
        return None
    value = info.get_default(call_default_factory=True)
    if value is None or value == [] or value == {}:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, BaseModel):
        return None
    return str(value)


# --- walking models -----------------------------------------------------------------------------


def _nested_models(model: type[BaseModel]) -> list[type[BaseModel]]:
    found = []
    for info in model.model_fields.values():
        nested = describe(info.annotation, list(info.metadata)).model
        if nested is not None:
            found.append(nested)
    return found


def _usage_counts(models: list[type[BaseModel]]) -> Counter[type[BaseModel]]:
    """How often each nested model is used as a field's value, across all given top-level models."""
    counts: Counter[type[BaseModel]] = Counter()
    seen_models: set[type[BaseModel]] = set()

    def visit(model: type[BaseModel]) -> None:
        for nested in _nested_models(model):
            counts[nested] += 1
            if nested not in seen_models:
                seen_models.add(nested)
                visit(nested)

    for model in models:
        visit(model)
    return counts


def _part_name(model: type[BaseModel]) -> str:
    keys = [info.alias or name for name, info in model.model_fields.items()]
    if len(keys) == 1:
        return f"blok met {keys[0]}"
    return f"blok met {', '.join(keys[:-1])} en {keys[-1]}"


def _anchor(model: type[BaseModel]) -> str:
    return "deel-" + model.__name__.lower()


def _fields_of(
    model: type[BaseModel], path: tuple[str, ...], depth: int, shared: set[type[BaseModel]], stack: tuple[type[BaseModel], ...] = ()
) -> list[FieldDoc]:
    docs = []
    for name, info in model.model_fields.items():
        key = info.alias or name
        described = describe(info.annotation, list(info.metadata))
        doc = FieldDoc(
            key=key,
            path=(*path, key),
            depth=depth,
            description=(info.description or "").strip(),
            type_text=described.text,
            required=info.is_required(),
            default=_default(info),
            allowed=described.allowed,
            labels=described.labels,
            constraints=described.constraints,
            refers_to=described.refers_to,
        )
        docs.append(doc)
        nested = described.model
        if nested is None:
            continue
        if nested in shared or nested in stack:
            doc.shared = _anchor(nested)
            doc.type_text = doc.type_text.replace("blok met velden", _part_name(nested))
        else:
            docs.extend(_fields_of(nested, doc.path, depth + 1, shared, (*stack, model)))
    return docs


# --- examples from real content -----------------------------------------------------------------


_PARSED: dict[tuple[str, int, int], Any] = {}  # (path, mtime, size) -> data: `serve` rebuilds reuse it


class _Documents:
    """The YAML files of one folder, parsed only when an example is still missing (lazily, cached)."""

    def __init__(self, root: Path, folder: str, kind: str) -> None:
        base = root / "content" / folder
        self._root, self._kind = root, kind
        self._paths = sorted(p for p in base.rglob("*") if p.suffix in {".yaml", ".yml"} and p.is_file()) if base.is_dir() else []
        self._done: list[tuple[str, Any]] = []

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        yield from list(self._done)
        while len(self._done) < len(self._paths):
            path = self._paths[len(self._done)]
            item = (path.relative_to(self._root).as_posix(), _parse(path))
            self._done.append(item)
            yield item

    def of_kind(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Only files of this content type (several types may share a folder)."""
        for display, data in self:
            if isinstance(data, dict) and data.get("soort") == self._kind:
                yield display, data


def _parse(path: Path) -> Any:
    from ..load import load_document

    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _PARSED:
        document, _problems = load_document(path, path.name)
        _PARSED[key] = document.data if document is not None else None
    return _PARSED[key]


def _values_at(data: Any, path: tuple[str, ...]) -> typing.Iterator[Any]:
    if not path:
        yield data
        return
    if isinstance(data, list):
        for element in data:
            yield from _values_at(element, path)
    elif isinstance(data, dict) and path[0] in data:
        yield from _values_at(data[path[0]], path[1:])


def _show(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        text = " ".join(value.split())
    elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        text = "[" + ", ".join(value) + "]"
    else:
        return None  # a block or a list of blocks: its own fields show examples
    if not text:
        return None
    return text if len(text) <= _EXAMPLE_WIDTH else text[: _EXAMPLE_WIDTH - 1].rstrip() + "…"


def _attach_examples(docs: list[FieldDoc], documents: Iterable[tuple[str, Any]], prefix: tuple[str, ...] = ()) -> None:
    for doc in docs:
        if doc.example is not None:
            continue
        for display, data in documents:
            for value in _values_at(data, doc.path[len(prefix) :] if prefix else doc.path):
                shown = _show(value)
                if shown is not None:
                    doc.example, doc.example_file = shown, display
                    break
            if doc.example is not None:
                break


def _part_documents(part: PartDoc, types_: list[TypeDoc], all_docs: dict[str, _Documents]) -> Iterator[tuple[str, Any]]:
    """The values of every field that uses this part, as documents to take examples from (lazily)."""
    for type_doc in types_:
        for doc in type_doc.fields:
            if doc.shared == part.anchor and type_doc.kind in all_docs:
                for display, data in all_docs[type_doc.kind].of_kind():
                    for value in _values_at(data, doc.path):
                        yield display, value


# --- the whole reference ------------------------------------------------------------------------


def build(root: Path | None = None, types_: tuple[ContentType, ...] | list[ContentType] | None = None) -> Reference:
    """The field reference for `types_` (default: every content type), with examples from `root`."""
    chosen = list(types_ if types_ is not None else content_types())
    counts = _usage_counts([t.model for t in chosen])
    shared = {model for model, n in counts.items() if n > 1}
    type_docs = []
    documents: dict[str, _Documents] = {}
    for content_type in sorted(chosen, key=lambda t: t.label.lower()):
        docs = _fields_of(content_type.model, (), 0, shared)
        example_files = []
        if root is not None:
            documents[content_type.kind] = _Documents(root, content_type.folder, content_type.kind)
            _attach_examples(docs, documents[content_type.kind].of_kind())
            first = next(documents[content_type.kind].of_kind(), None)
            example_files = [first[0]] if first else []
        type_docs.append(
            TypeDoc(
                kind=content_type.kind,
                label=content_type.label,
                folder=content_type.folder,
                description=content_type.description,
                fields=docs,
                example_files=example_files,
            )
        )
    parts = []
    for model in sorted(shared, key=lambda m: _part_name(m)):
        part = PartDoc(_part_name(model), _anchor(model), model)
        part.fields = _fields_of(model, (), 0, shared - {model}, (model,))
        if root is not None:
            for doc in part.fields:  # a fresh generator per field: each looks through the uses lazily
                _attach_examples([doc], _part_documents(part, type_docs, documents))
        parts.append(part)
    return Reference(type_docs, parts)


def as_text(types_: list[TypeDoc]) -> str:
    """Plain text for the terminal (`kennisbank velden`)."""
    lines = []
    for t in types_:
        lines.append(f"{t.label} (soort: {t.kind}, map content/{t.folder}/)")
        if t.description:
            lines.append(f"  {t.description}")
        for f in t.fields:
            pad = "  " * (f.depth + 1)
            need = "verplicht" if f.required else "niet verplicht"
            lines.append(f"{pad}{f.key}: {f.type_text}; {need}")
            if f.description:
                lines.append(f"{pad}    {f.description}")
            if f.allowed:
                lines.append(f"{pad}    toegestaan: {', '.join(f.allowed)}")
            if f.example:
                lines.append(f"{pad}    voorbeeld: {f.example}")
        lines.append("")
    return "\n".join(lines)
