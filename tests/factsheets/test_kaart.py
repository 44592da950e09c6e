"""The locator map: our small TopoJSON decoder, and the SVG drawn from it with shapely."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kennisbank.factsheets import kaart

SVG = "{http://www.w3.org/2000/svg}"

# Two unit squares side by side sharing one border (arc 1), quantised with scale 10 and an offset.
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [10, 10], "translate": [1000, 2000]},
    "arcs": [
        [[1, 0], [-1, 0], [0, 1], [1, 0]],  # left square: (1,0) -> (0,0) -> (0,1) -> (1,1), delta encoded
        [[1, 1], [0, -1]],  # the shared border: (1,1) -> (1,0)
        [[1, 1], [1, 0], [0, -1], [-1, 0]],  # right square: (1,1) -> (2,1) -> (2,0) -> (1,0)
    ],
    "objects": {
        "gemeente_2025": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "properties": {"statcode": "GM0001"}},
                {"type": "MultiPolygon", "arcs": [[[~1, 2]]], "properties": {"statcode": "GM0002"}},
            ],
        }
    },
}


def test_arcs_are_delta_decoded_and_then_transformed():
    arcs = kaart.decode_arcs(TOPOLOGY)
    assert arcs[0] == [(1010, 2000), (1000, 2000), (1000, 2010), (1010, 2010)]
    assert arcs[1] == [(1010, 2010), (1010, 2000)]


def test_without_transform_positions_are_absolute():
    arcs = kaart.decode_arcs({"arcs": [[[5, 6], [7, 8]]]})
    assert arcs == [[(5, 6), (7, 8)]]


def test_a_negative_index_reverses_its_arc_and_joints_are_not_doubled():
    arcs = kaart.decode_arcs(TOPOLOGY)
    assert kaart.ring_points(arcs, [0, 1]) == [(1010, 2000), (1000, 2000), (1000, 2010), (1010, 2010), (1010, 2000)]  # closed, 5 points
    assert kaart.ring_points(arcs, [~1, 2]) == [(1010, 2000), (1010, 2010), (1020, 2010), (1020, 2000), (1010, 2000)]
    assert kaart.rings(TOPOLOGY["objects"]["gemeente_2025"]["geometries"][1]) == [[[~1, 2]]]
    assert kaart.rings({"type": "Point", "coordinates": [0, 0]}) == []


@pytest.fixture
def boundaries(tmp_path):
    import hashlib
    import json

    path = tmp_path / "kaart.topojson"
    path.write_text(json.dumps(TOPOLOGY), encoding="utf-8")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return kaart.load(str(path), digest, "gemeente_2025")


def test_neighbours_share_their_border_and_areas_are_right(boundaries):
    left, right = boundaries.polygon("gm0001"), boundaries.polygon("gm0002")
    assert left.area == pytest.approx(100) and right.area == pytest.approx(100)
    assert left.intersection(right).length == pytest.approx(10)  # the shared border, no gap or overlap
    assert boundaries.bounds(["gm0001", "gm0002"]) == (1000, 2000, 1020, 2010)


def test_a_changed_boundary_file_is_refused(tmp_path):
    path = tmp_path / "kaart.topojson"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="controlegetal"):
        kaart.load(str(path), "0" * 64, "gemeente_2025")


def _parse(svg) -> ET.Element:
    return ET.fromstring(str(svg))


def test_the_map_highlights_exactly_one_municipality_and_escapes_its_texts(boundaries):
    maker = kaart.MapMaker(boundaries)
    svg = maker.svg(["gm0001", "gm0002"], highlight="gm0002", title="Kaart: 's-Hertogenbosch <b>&", description="A & B", element_id="kaart-x")
    root = _parse(svg)  # well-formed XML: every text escaped
    assert root.find(f"{SVG}title").text == "Kaart: 's-Hertogenbosch <b>&"
    assert root.get("role") == "img" and root.get("aria-labelledby") == "kaart-x-titel kaart-x-uitleg"
    highlighted = [p for p in root.iter(f"{SVG}path") if "kb-kaart-uitgelicht" in p.get("class", "")]
    assert [p.get("data-gemeente") for p in highlighted] == ["gm0002"]
    members = [p.get("data-gemeente") for p in root.iter(f"{SVG}path") if p.get("data-gemeente")]
    assert sorted(members) == ["gm0001", "gm0002"]
    assert len(list(root.iter(f"{SVG}circle"))) == 1  # the ring on the small map of the Netherlands
    assert "style=" not in str(svg) and not re.search(r"\son\w+=", str(svg)) and "<script" not in str(svg)
    region = _parse(maker.svg(["gm0001", "gm0002"], highlight=None, title="t", description="d", element_id="r"))
    assert not [p for p in region.iter(f"{SVG}path") if "kb-kaart-uitgelicht" in p.get("class", "")]
    assert not list(region.iter(f"{SVG}circle"))


def test_path_data_is_the_geometry_in_svg_units(boundaries):
    frame = kaart.Frame(min_x=1000, max_y=2010, scale=0.5, left=3, top=4)
    assert frame.point(1000, 2010) == (3, 4) and frame.point(1020, 2000) == (13, 9)  # y flipped
    d = kaart.path_data(boundaries.polygon("gm0001"), frame)
    assert d.startswith("M") and d.endswith("Z") and d.count("M") == 1
    numbers = [float(n) for n in re.findall(r"-?\d+\.\d", d)]
    assert min(numbers[0::2]) == 3 and max(numbers[0::2]) == 8 and min(numbers[1::2]) == 4 and max(numbers[1::2]) == 9
