"""Every case of issue 6 on loopback: each URL in the YAML classified correctly, at the right line."""

from __future__ import annotations

import pytest

from .conftest import line_of


def findings(checked, url_suffix: str) -> list[dict]:
    url = checked["base"] + url_suffix if url_suffix.startswith("/") else url_suffix
    return [f for f in checked["report"]["bevindingen"] if f["url"] == url]


def one(checked, url_suffix: str) -> dict:
    found = findings(checked, url_suffix)
    assert len(found) == 1, (url_suffix, found)
    return found[0]


def at(checked, needle: str, nth: int = 1) -> tuple[int, int]:
    return line_of(checked["text"], needle, nth)


@pytest.mark.parametrize(
    "path, category",
    [
        ("/ok", "in orde"),
        ("/weg", "kapot"),
        ("/verdwenen", "kapot"),
        ("/oud", "verhuisd"),
        ("/a1", "verhuisd"),
        ("/tijdelijk", "in orde"),
        ("/rondje", "kapot"),
        ("/druk", "in orde"),
        ("/altijd-druk", "onzeker"),
        ("/traag", "onzeker"),
        ("/geweigerd", "onzeker"),
        ("/storing", "in orde"),
        ("/ok#doel", "in orde"),
        ("/ok#bestaat-niet", "kapot"),
        ("/toegestaan", "toegestaan"),
    ],
)
def test_each_case_is_classified_and_placed_on_its_yaml_line(checked, path, category):
    found = findings(checked, path)
    assert found, f"{path} niet gemeld"
    for finding in found:
        assert finding["categorie"] == category, finding
        assert finding["bestand"] == "content/partners/voorbeeld.yaml"
    line, column = at(checked, checked["base"] + path)
    assert (found[0]["regel"], found[0]["kolom"]) == (line, column)


def test_connection_refused_is_broken(checked):
    finding = one(checked, checked["closed"] + "/dicht")
    assert finding["categorie"] == "kapot"
    assert "weigert de verbinding" in finding["reden"]
    assert finding["regel"] == at(checked, "/dicht")[0]


def test_link_inside_a_folded_text_field_is_reported_on_its_own_line(checked):
    # the Markdown link stands on the second line of the `tekst:` value, not on the line of `tekst:`
    finding = one(checked, "/oud")
    line, _ = at(checked, "[site van de partner]")
    assert finding["regel"] == line
    assert finding["regel"] > at(checked, "tekst: >-")[0]
    assert finding["veld"] == "tekst"
    assert f"content/partners/voorbeeld.yaml:{line}:" in checked["out"]


def test_moved_page_gives_the_address_to_paste(checked):
    chain = one(checked, "/oud")  # 301 -> /tussen, then a temporary 302: /tussen is the permanent new home
    assert chain["nieuw_adres"] == checked["base"] + "/tussen"
    assert chain["status"] == 301
    permanent = one(checked, "/a1")  # 301 -> 308 -> /a3: every hop permanent, paste the final address
    assert permanent["nieuw_adres"] == checked["base"] + "/a3"
    assert f"Vervang het adres door: {checked['base']}/a3" in checked["out"]


def test_redirect_loop_is_named(checked):
    assert "kringetje" in one(checked, "/rondje")["reden"]


def test_missing_anchor_on_existing_page(checked):
    finding = one(checked, "/ok#bestaat-niet")
    assert "#bestaat-niet" in finding["reden"] and "staat niet op de pagina" in finding["reden"]


def test_every_occurrence_is_reported_but_each_url_requested_once(checked, site):
    broken = findings(checked, "/weg")
    assert [f["regel"] for f in broken] == [at(checked, "/weg")[0], at(checked, "/weg", 2)[0]]
    assert broken[1]["veld"] == "tekst"
    assert len(site.hits["/weg"]) == 1


def test_429_is_retried_after_retry_after(site, checked):
    first, second = site.hits["/druk"][:2]
    assert second - first >= 0.95  # Retry-After: 1
    assert len(site.hits["/altijd-druk"]) == 2  # one retry (pogingen: 1), then onzeker


def test_refusals_and_server_errors_get_one_more_round_after_a_pause(checked, site):
    assert len(site.hits["/geweigerd"]) == 2  # 403 twice: onzeker
    first, second = site.hits["/storing"]  # 503, then fine on the second round
    assert second - first >= 0.95  # wachttijd_seconden: 1


def test_slow_response_past_the_timeout_is_uncertain(checked, site):
    assert len(site.hits["/traag"]) == 2  # lychee retried the time-out once (pogingen: 1)
    finding = one(checked, "/traag")
    assert "antwoordde niet binnen 1 seconden" in finding["reden"]


def test_url_in_a_yaml_comment_is_neither_reported_nor_requested(checked, site):
    assert not findings(checked, "/in-commentaar")
    assert "/in-commentaar" not in checked["out"]
    assert "/in-commentaar" not in site.hits


@pytest.mark.parametrize("path", ["/in-code-blok", "/in-code", "/identifier"])
def test_urls_in_markdown_code_and_identifier_fields_are_not_links(checked, site, path):
    assert not findings(checked, path)
    assert path not in site.hits


def test_allow_listed_url_is_never_requested_and_carries_its_reason(checked, site):
    assert "/toegestaan" not in site.hits
    assert "werkt in de browser" in one(checked, "/toegestaan")["reden"]


def test_terminal_lines_are_dutch_and_point_at_file_and_line(checked):
    line, column = at(checked, checked["base"] + "/verdwenen")
    expected = f"content/partners/voorbeeld.yaml:{line}:{column}: fout: link kapot: {checked['base']}/verdwenen – de pagina is weggehaald (410 Verdwenen)."
    assert expected in checked["out"]
    assert "waarschuwing: link onzeker" in checked["out"]
    assert "waarschuwing: link verhuisd" in checked["out"]
    assert "Kapot: 6 (6 extern, 0 intern)" in checked["out"]


def test_external_broken_links_do_not_fail_an_ordinary_run(checked):
    assert checked["code"] == 0, checked["err"]
