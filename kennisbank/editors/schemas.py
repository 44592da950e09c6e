"""A JSON Schema per content type, generated from the same pydantic models that validate.

Editors who open a content file in VS Code or github.dev (with the YAML extension) get completion,
hover help and red squiggles, because every content file starts with

    # yaml-language-server: $schema=../../schemas/<soort>.schema.json

`kennisbank schemas` writes `schemas/`; `kennisbank schemas --controle` fails when the committed
files differ from freshly generated ones; `kennisbank schemas --stempel` adds or corrects that first
line in every content file and leaves the rest of each file byte-for-byte as it was.

The schema describes what an editor types, not what Python receives: a source reference is the
string `002:366-368` (the models turn it into an object), `bron:` may be one reference or a list,
and a text field also accepts an unquoted number (our loader keeps every scalar as typed text).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from ..models import ContentType, by_kind, content_types
from ..models import common

SCHEMA_DIR = "schemas"
DIALECT = "http://json-schema.org/draft-07/schema#"
"""Draft 7: what the YAML extension of VS Code and github.dev fully supports (newer drafts only partly)."""
HEADER_PREFIX = "# yaml-language-server:"
_HEADER = re.compile(r"^#\s*yaml-language-server:.*$")
_SEED_REF_PATTERN = r"^\d{3}:\d+(-\d+)?$"

# what pydantic passes to `field_title_should_be_set`; pydantic names this union only in a private module
_SchemaOrField = core_schema.CoreSchema | core_schema.ModelField | core_schema.DataclassField | core_schema.TypedDictField | core_schema.ComputedField


class _EditorSchema(GenerateJsonSchema):
    """pydantic's generator, taught what our BeforeValidators accept from YAML."""

    def function_before_schema(self, schema: core_schema.BeforeValidatorFunctionSchema) -> JsonSchemaValue:
        function = schema.get("function", {}).get("function")
        inner = super().function_before_schema(schema)
        if function is common._as_list and inner.get("type") == "array" and "items" in inner:
            single = dict(inner["items"])
            return {"anyOf": [single, inner]}
        return inner

    def function_after_schema(self, schema: core_schema.AfterValidatorFunctionSchema) -> JsonSchemaValue:
        function = schema.get("function", {}).get("function")
        inner = super().function_after_schema(schema)
        if function is common._check_slug and "pattern" not in inner:
            inner = {**inner, "pattern": common._SLUG.pattern}
        return inner

    def str_schema(self, schema: core_schema.StringSchema) -> JsonSchemaValue:
        json_schema = super().str_schema(schema)
        json_schema["type"] = ["string", "number"]  # `jaar: 2025` is text to the kennisbank, a number to YAML 1.2
        return json_schema

    def field_title_should_be_set(self, schema: _SchemaOrField) -> bool:
        return False


def schema_file_name(kind: str) -> str:
    return f"{kind}.schema.json"


def generate(content_type: ContentType) -> dict[str, Any]:
    """The JSON Schema of one content type, keyed by the YAML (Dutch) field names."""
    raw = content_type.model.model_json_schema(by_alias=True, schema_generator=_EditorSchema, mode="validation")
    cleaned = _clean(raw)
    _inline_seed_refs(cleaned)
    cleaned = _as_draft_7(cleaned)
    result: dict[str, Any] = {
        "$schema": DIALECT,
        "title": f"Kennisbank: {content_type.label}",
        "description": content_type.description or f"Een {content_type.label} in content/{content_type.folder}/.",
    }
    result.update({k: v for k, v in cleaned.items() if k not in result})
    return result


def _clean(node: Any, *, in_names: bool = False) -> Any:
    """Drop pydantic's English titles and docstring descriptions; keep our Dutch field descriptions."""
    if isinstance(node, list):
        return [_clean(n) for n in node]
    if not isinstance(node, dict):
        return node
    if in_names:  # a map of names to schemas: keep every name
        return {name: _clean(schema) for name, schema in node.items()}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "title":
            continue
        if key == "description" and node.get("type") == "object":
            continue  # a model's docstring: English and for developers
        out[key] = _clean(value, in_names=key in {"properties", "$defs", "patternProperties"})
    return out


def _inline_seed_refs(schema: dict[str, Any]) -> None:
    """A seed reference is written as `002:366-368`: replace the SeedRef object by that string."""
    definitions = schema.get("$defs", {})
    name = common.SeedRef.__name__
    if name not in definitions:
        return
    text = {
        "type": "string",
        "pattern": _SEED_REF_PATTERN,
        "description": "Documentnummer en regels, bijvoorbeeld '002:366-368' of '001:42'.",
    }

    def replace(node: Any) -> Any:
        if isinstance(node, dict):
            if node.get("$ref") == f"#/$defs/{name}":
                return dict(text)
            return {k: replace(v) for k, v in node.items()}
        if isinstance(node, list):
            return [replace(n) for n in node]
        return node

    del definitions[name]
    for key in list(schema):
        schema[key] = replace(schema[key])
    if not definitions:
        del schema["$defs"]


def _as_draft_7(node: Any) -> Any:
    """`$defs` becomes `definitions`, and a `$ref` with siblings is wrapped in `allOf` (draft 7 ignores
    keywords next to `$ref`, and the editor would lose the field's description)."""
    if isinstance(node, list):
        return [_as_draft_7(n) for n in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$defs":
            out["definitions"] = {name: _as_draft_7(schema) for name, schema in value.items()}
        elif key == "$ref" and isinstance(value, str):
            out[key] = value.replace("#/$defs/", "#/definitions/")
        elif key in {"properties", "patternProperties"}:
            out[key] = {name: _as_draft_7(schema) for name, schema in value.items()}
        else:
            out[key] = _as_draft_7(value)
    if "$ref" in out and len(out) > 1:
        ref = out.pop("$ref")
        out = {"allOf": [{"$ref": ref}], **out}
    return out


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def generate_all() -> dict[str, str]:
    """File name -> text, for every content type."""
    return {schema_file_name(t.kind): render(generate(t)) for t in content_types()}


def write_all(root: Path) -> list[str]:
    """Write every schema; remove schemas of types that no longer exist. Returns changed file names."""
    folder = root / SCHEMA_DIR
    folder.mkdir(exist_ok=True)
    wanted = generate_all()
    changed: list[str] = []
    for name, text in wanted.items():
        target = folder / name
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            changed.append(name)
    for old in folder.glob("*.schema.json"):
        if old.name not in wanted:
            old.unlink()
            changed.append(old.name)
    return sorted(changed)


def stale(root: Path) -> list[str]:
    """Schema files that differ from what the models say now (missing, changed or left over)."""
    folder = root / SCHEMA_DIR
    wanted = generate_all()
    found = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.schema.json")} if folder.is_dir() else {}
    return sorted(name for name in set(wanted) | set(found) if wanted.get(name) != found.get(name))


# --- the first line of each content file -------------------------------------------------------


def header_for(root: Path, path: Path, kind: str) -> str:
    schema = root / SCHEMA_DIR / schema_file_name(kind)
    relative = Path(os.path.relpath(schema, path.parent)).as_posix()
    return f"{HEADER_PREFIX} $schema={relative}"


def kind_of_file(root: Path, path: Path) -> str | None:
    """The content type of a file by its `soort:` line, else by its folder when one type lives there."""
    match = re.search(r"^soort:[ \t]*['\"]?([\w-]+)", path.read_bytes().decode("utf-8", errors="replace"), re.MULTILINE)
    if match and match.group(1) in by_kind():
        return match.group(1)
    parts = path.resolve().relative_to((root / "content").resolve()).parts
    in_folder = [t.kind for t in content_types() if len(parts) > 1 and t.folder == parts[0]]
    return in_folder[0] if len(in_folder) == 1 else None


def stamped(text: str, header: str) -> str:
    """`text` with `header` as its schema line: replaced where present at the top, else inserted first.

    Only that line changes; the rest (line endings, comments, trailing newline) stays byte-identical.
    """
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    body = text[len(bom) :]
    first_end = body.find("\n")
    newline = "\r\n" if first_end > 0 and body[first_end - 1] == "\r" else "\n"
    lines = body.splitlines(keepends=True)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith("#") and stripped != "":
            break  # only the leading comment block may hold the header
        if _HEADER.match(stripped):
            ending = line[len(line.rstrip("\r\n")) :] or newline
            lines[index] = header + ending
            return bom + "".join(lines)
    return bom + header + newline + body


def check_header(root: Path, path: Path) -> str | None:
    """None when the file's schema line is right; else the line it should have."""
    kind = kind_of_file(root, path)
    if kind is None:
        return None
    header = header_for(root, path, kind)
    text = path.read_bytes().decode("utf-8", errors="replace")
    return None if stamped(text, header) == text else header


def stamp_files(root: Path, paths: list[Path]) -> list[Path]:
    """Add or correct the schema line in each file; returns the files that changed."""
    changed: list[Path] = []
    for path in paths:
        kind = kind_of_file(root, path)
        if kind is None:
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue  # `kennisbank check` explains this one; do not touch the bytes
        new = stamped(text, header_for(root, path, kind))
        if new != text:
            path.write_bytes(new.encode("utf-8"))
            changed.append(path)
    return changed
