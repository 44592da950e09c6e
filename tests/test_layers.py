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
