"""Helpers for the editors' tests: small projects, a YAML 1.2-like loader (what VS Code's YAML extension sees)."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
import yaml
from pull_request import git  # noqa: F401 - one git helper for the tests, imported from here by the editors' tests

ROOT = Path(__file__).resolve().parents[2]


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML with YAML 1.2 booleans only (true/false), as the YAML language server reads files."""


# A copy: assigning into the inherited dict would change PyYAML's SafeLoader for every other test.
Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"] for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def as_json_data(value):
    if isinstance(value, dict):
        return {str(k): as_json_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json_data(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def load_yaml12(text: str):
    return as_json_data(yaml.load(text, Loader=Yaml12Loader))


@pytest.fixture
def small_project(tmp_path):
    """A project with the real templates, the five source documents and three glossary terms."""
    from conftest import make_project

    root = make_project(tmp_path, with_content=False)
    for folder, names in {"sources": None, "glossary": ["mdo.yaml", "jgz.yaml", "ivh.yaml"]}.items():
        target = root / "content" / folder
        target.mkdir(parents=True, exist_ok=True)
        source = ROOT / "content" / folder
        for path in sorted(source.glob("*.yaml")):
            if names is None or path.name in names:
                (target / path.name).write_bytes(path.read_bytes())
    return root
