"""The package's layers import only downwards (contract in `.importlinter`), with no cycle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contract_is_kept():
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint), "--config", str(ROOT / ".importlinter")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_every_kind_with_a_page_has_one_family_and_one_url():
    from kennisbank.compose import urls
    from kennisbank.site import PAGE_FAMILIES

    declared = [kind for family in PAGE_FAMILIES for kind in family.kinds]
    assert len(declared) == len(set(declared)), "a kind belongs to one page family"
    assert set(declared) == set(urls.PAGE_OF_KIND), "every family's kinds have a URL, and every URL a family"


def test_choice_labels_live_next_to_their_model_and_cover_every_value():
    import typing

    from kennisbank.models import content_types
    from kennisbank.models.common import Labels
    from kennisbank.validate import _holds_models

    seen = 0
    stack = [t.model for t in content_types()]
    visited = set()
    while stack:
        model = stack.pop()
        if model in visited:
            continue
        visited.add(model)
        for info in model.model_fields.values():
            labels = next((m for m in info.metadata if isinstance(m, Labels)), None)
            if labels is not None:
                seen += 1
                assert set(typing.get_args(info.annotation)) == set(labels), model
            for arg in typing.get_args(info.annotation) or (info.annotation,):
                if isinstance(arg, type) and _holds_models(arg):
                    stack.append(arg)
    assert seen >= 3, "the choice fields with labels (indicator form, change kind, registration) are found"
