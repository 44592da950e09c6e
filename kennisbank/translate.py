"""Turn pydantic's validation errors into Dutch problems at the right YAML line."""

from __future__ import annotations

import difflib
import typing
from collections.abc import Sequence
from typing import Any, Protocol

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from .errors import Problem
from .load import PathKey, Positions


class ModelOwner(Protocol):
    """What translating needs of the thing that was validated: its model, to suggest field names from.
    A `models.ContentType`, or any object with a `model` (the link settings pass their own)."""

    @property
    def model(self) -> type[BaseModel]: ...


def _data_path(loc: Sequence[str | int], data: Any) -> PathKey:
    """Keep only the parts of pydantic's `loc` that exist in the data (drops union tags and the like)."""
    path: list[str | int] = []
    current = data
    for part in loc:
        if isinstance(current, dict) and isinstance(part, str) and part in current:
            path.append(part)
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            path.append(part)
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str):
            # a missing or unknown field: keep its name as the last part
            path.append(part)
            break
    return tuple(path)


def _model_at(model: type[BaseModel], loc: PathKey) -> type[BaseModel] | None:
    """The model class that owns the last key of `loc`, to suggest field names from it."""
    current: Any = model
    for part in loc[:-1]:
        current = _step(current, part)
        if current is None:
            return None
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _step(model: Any, part: str | int) -> Any:
    if isinstance(model, type) and issubclass(model, BaseModel):
        for name, info in model.model_fields.items():
            if (info.alias or name) == part:
                return _unwrap(info.annotation)
        return None
    return model if isinstance(part, int) else None


def _unwrap(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (list, tuple):
        return _unwrap(typing.get_args(annotation)[0])
    if origin is typing.Union or str(origin) == "<class 'types.UnionType'>":
        for arg in typing.get_args(annotation):
            inner = _unwrap(arg)
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
    return annotation


def _field_names(model: type[BaseModel] | None) -> list[str]:
    if model is None:
        return []
    return [info.alias or name for name, info in model.model_fields.items()]


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "een blok met velden"
    if isinstance(value, list):
        return "een lijst"
    if value is None:
        return "niets"
    return f"'{value}'"


def translate_errors(errors: Sequence[ErrorDetails], data: Any, positions: Positions, content_type: ModelOwner) -> list[Problem]:
    """All of pydantic's errors for one file as Dutch problems: one mistake, one message.

    A misspelt field gives "bestaat niet … Bedoelde u 'samenvatting'?"; pydantic also reports the field
    it was meant to be as missing, which would send the editor looking for a second mistake.
    """
    meant: set[PathKey] = set()
    for error in errors:
        if error["type"] == "extra_forbidden":
            path = _data_path(tuple(error["loc"]), data)
            suggestion = _suggestion(content_type, path)
            if suggestion:
                meant.add((*path[:-1], suggestion))
    problems = []
    for error in errors:
        if error["type"] == "missing" and _data_path(tuple(error["loc"]), data) in meant:
            continue
        problems.append(translate_error(error, data, positions, content_type))
    return problems


def _suggestion(content_type: ModelOwner, path: PathKey) -> str | None:
    field = path[-1] if path and isinstance(path[-1], str) else None
    if field is None:
        return None
    close = difflib.get_close_matches(field, _field_names(_model_at(content_type.model, path)), n=1, cutoff=0.5)
    return close[0] if close else None


def error_code(pydantic_type: str) -> str:
    """A stable code for a validation error: our own custom errors keep their name (`kb_url_scheme` ->
    `kb-url-scheme`), pydantic's own are grouped by what the editor must do."""
    if pydantic_type.startswith("kb_"):
        return pydantic_type.replace("_", "-")
    return _PYDANTIC_CODES.get(pydantic_type, "kb-waarde")


_PYDANTIC_CODES = {"missing": "kb-veld-ontbreekt", "extra_forbidden": "kb-veld-onbekend", "literal_error": "kb-keuze", "enum": "kb-keuze"}


def translate_error(error: ErrorDetails, data: Any, positions: Positions, content_type: ModelOwner) -> Problem:
    problem = _translate(error, data, positions, content_type)
    return Problem(problem.location, problem.message, problem.severity, error_code(error["type"]))


def _translate(error: ErrorDetails, data: Any, positions: Positions, content_type: ModelOwner) -> Problem:
    loc = tuple(error["loc"])
    path = _data_path(loc, data)
    field = next((p for p in reversed(path) if isinstance(p, str)), "?")
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    shown = _describe(value)

    if kind == "missing":
        return Problem(positions.of(path[:-1]), f"het veld '{field}' ontbreekt. Voeg toe: {field}: …")
    if kind == "extra_forbidden":
        names = _field_names(_model_at(content_type.model, path))
        suggestion = _suggestion(content_type, path)
        hint = f"Bedoelde u '{suggestion}'?" if suggestion else f"Toegestane velden hier: {', '.join(names)}."
        return Problem(positions.of(path, key=True), f"het veld '{field}' bestaat niet op deze plek. {hint}")
    location = positions.of(path)
    messages = {
        "string_type": f"'{field}' moet een tekst zijn, maar hier staat {shown}.",
        "int_parsing": f"'{field}' moet een heel getal zijn (zoals 12), maar hier staat {shown}.",
        "int_type": f"'{field}' moet een heel getal zijn (zoals 12), maar hier staat {shown}.",
        "int_from_float": f"'{field}' moet een heel getal zijn, zonder komma of punt; hier staat {shown}.",
        "float_parsing": f"'{field}' moet een getal zijn, met een punt als decimaalteken (zoals 1.5); hier staat {shown}.",
        "float_type": f"'{field}' moet een getal zijn, met een punt als decimaalteken (zoals 1.5); hier staat {shown}.",
        "bool_parsing": f"'{field}' moet ja of nee zijn: schrijf true of false. Hier staat {shown}.",
        "bool_type": f"'{field}' moet ja of nee zijn: schrijf true of false. Hier staat {shown}.",
        "date_from_datetime_parsing": f"'{field}' moet een datum zijn in de vorm JJJJ-MM-DD (zoals 2025-07-11); hier staat {shown}.",
        "date_parsing": f"'{field}' moet een datum zijn in de vorm JJJJ-MM-DD (zoals 2025-07-11); hier staat {shown}.",
        "date_type": f"'{field}' moet een datum zijn in de vorm JJJJ-MM-DD (zoals 2025-07-11); hier staat {shown}.",
        "list_type": f"'{field}' moet een lijst zijn: elk item op een eigen regel, beginnend met '- '. Hier staat {shown}.",
        "model_type": f"'{field}' moet een blok met velden eronder zijn (ingesprongen), maar hier staat {shown}.",
        "model_attributes_type": f"'{field}' moet een blok met velden eronder zijn (ingesprongen), maar hier staat {shown}.",
        "dict_type": f"'{field}' moet een blok met velden eronder zijn (ingesprongen), maar hier staat {shown}.",
        "literal_error": f"'{field}' mag niet {shown} zijn. Gebruik een van: {ctx.get('expected', '').replace(' or ', ', ')}.",
        "enum": f"'{field}' mag niet {shown} zijn. Gebruik een van: {ctx.get('expected', '').replace(' or ', ', ')}.",
        "string_pattern_mismatch": _pattern_message(field, shown),
        "greater_than_equal": f"'{field}' moet minstens {ctx.get('ge')} zijn; hier staat {shown}.",
        "greater_than": f"'{field}' moet groter dan {ctx.get('gt')} zijn; hier staat {shown}.",
        "less_than_equal": f"'{field}' mag hoogstens {ctx.get('le')} zijn; hier staat {shown}.",
        "less_than": f"'{field}' moet kleiner dan {ctx.get('lt')} zijn; hier staat {shown}.",
        "string_too_short": f"'{field}' is leeg of te kort. Vul het in.",
        "too_short": f"'{field}' moet minstens {ctx.get('min_length')} item(s) hebben. Voeg er een toe (een regel die begint met '- ').",
        "string_too_long": f"'{field}' is te lang: hoogstens {ctx.get('max_length')} tekens.",
        "too_long": f"'{field}' heeft te veel items: hoogstens {ctx.get('max_length')}.",
        "union_tag_invalid": f"'{field}' heeft niet de goede vorm. Kijk naar een voorbeeld in een ander bestand.",
    }
    if kind in messages:
        return Problem(location, messages[kind])
    if kind.startswith("kb_"):
        return Problem(location, error["msg"])
    if kind in ("value_error", "assertion_error"):
        return Problem(location, error["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, "))
    return Problem(location, f"de waarde van '{field}' klopt niet ({shown}). Kijk naar een voorbeeld in een ander bestand van deze soort.")


def _pattern_message(field: str, shown: str) -> str:
    if field == "url":
        return f"'{field}' moet een volledig webadres zijn dat begint met https://; hier staat {shown}."
    return f"'{field}' heeft niet de goede vorm; hier staat {shown}. Kijk naar een voorbeeld in een ander bestand."
