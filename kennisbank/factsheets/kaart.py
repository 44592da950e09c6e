"""Locator maps for the factsheets: SVG drawn at build time from the boundary file in content/ (TopoJSON).

Two panels in one SVG: on the left the youth-care region with its municipalities (one of them
highlighted on a municipality's factsheet), on the right the Netherlands with the region filled and a
ring where the municipality lies (a small municipality is a dot at that scale). No tiles, no third party,
no text inside the drawing: the names are in the caption and the text alternative (`<title>`, `<desc>`),
and everything the map shows is also said in words on the factsheet.

RD coordinates (EPSG:28992) are planar metres, so no projection: x to the right, y flipped for SVG.

The TopoJSON decoder is our own and small (`decode_arcs`, `rings`): TopoJSON stores each shared border
once as an "arc" of delta-encoded, quantised points, and a polygon as a list of arc indexes (a negative
index ~i means arc i reversed). The geometry work is shapely's: simplifying each arc for the scale of the
map (so neighbours keep sharing one border), joining municipalities into the outline of the Netherlands
and of a region, and a point inside each municipality for the ring.

Colours are presentation attributes (`fill=`), so the PDF (WeasyPrint) draws them; on the web page the
stylesheet overrides them through the classes (dark mode). No `style=` attributes: the site's
Content-Security-Policy forbids inline styles.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup
from shapely import make_valid, unary_union
from shapely.geometry import LineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from ..escape import html_attribute, html_text

if TYPE_CHECKING:
    from ..models.municipality_data import RegionDivision

# parsed TopoJSON (or one geometry object of it), as json.loads gives it
TopoJson = dict[str, Any]

PANEL = 100.0  # the region panel fits in a square of this many SVG units
INSET = 44.0  # width of the Netherlands panel
GAP = 6.0
RING = 3.0  # radius of the ring around the municipality on the small map, and the margin it needs
REGION_DETAIL = 350.0  # simplify a region to about 1/350 of its size (the panel is about 45 mm on paper)
INSET_TOLERANCE = 2000.0  # metres: enough for a map of the Netherlands 20 mm wide on paper
LAND_SPECK = 25e6  # square metres: islands and lakes smaller than this are left out of the small map

COLOURS = {
    "gemeente": "#c6d9e8",
    "uitgelicht": "#1f5f8b",
    "rand": "#ffffff",
    "land": "#dcdcdc",
    "regio": "#1f5f8b",
    "stip": "#000000",
}


# --- TopoJSON ---------------------------------------------------------------------------------------


def decode_arcs(topology: TopoJson) -> list[list[tuple[float, float]]]:
    """Every arc as absolute coordinates: undo the delta encoding, then the quantisation (`transform`)."""
    transform = topology.get("transform")
    (sx, sy), (tx, ty) = (transform["scale"], transform["translate"]) if transform else ((1, 1), (0, 0))
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for position in arc:
            if transform:
                x, y = x + position[0], y + position[1]
            else:
                x, y = position[0], position[1]
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def rings(geometry: TopoJson) -> list[list[list[int]]]:
    """The arc indexes of a Polygon or MultiPolygon as a list of polygons, each a list of rings."""
    if geometry["type"] == "Polygon":
        polygon: list[list[int]] = geometry["arcs"]
        return [polygon]
    if geometry["type"] == "MultiPolygon":
        polygons: list[list[list[int]]] = geometry["arcs"]
        return polygons
    return []


def ring_points(arcs: Sequence[list[tuple[float, float]]] | Mapping[int, list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    """One ring: its arcs (by arc number) joined, reversed where the index is negative (~i), without doubled joints."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


# --- geometry ---------------------------------------------------------------------------------------


@dataclass
class Boundaries:
    """The municipalities of one boundary file: arcs, and per municipality id its polygons as arc indexes."""

    arcs: list[list[tuple[float, float]]]
    shapes: dict[str, list[list[list[int]]]]  # 'gm0363' -> polygons -> rings -> arc indexes
    # (id, tolerance) -> polygon, ("union", ids, tolerance) -> polygon, ("arc", index, tolerance) -> points;
    # shapely has no type hints, so its geometries are Any
    _simplified: dict[tuple[object, ...], Any]

    def polygon(self, municipality: str, tolerance: float = 0.0) -> BaseGeometry:
        """The municipality as a shapely (Multi)Polygon, its arcs simplified to `tolerance` metres."""
        key = (municipality, tolerance)
        if key not in self._simplified:
            polygons = []
            for polygon in self.shapes[municipality]:
                points = [self._ring(ring, tolerance) for ring in polygon]
                if len(points[0]) < 4:
                    continue  # a sliver that vanished at this scale
                shell = Polygon(points[0], [p for p in points[1:] if len(p) >= 4])
                polygons.append(shell if shell.is_valid else make_valid(shell))
            self._simplified[key] = unary_union(polygons) if len(polygons) > 1 else (polygons[0] if polygons else Polygon())
        return self._simplified[key]

    def _ring(self, indexes: list[int], tolerance: float) -> list[tuple[float, float]]:
        used = {i if i >= 0 else ~i for i in indexes}
        return ring_points({i: self._arc(i, tolerance) for i in used}, indexes)

    def _arc(self, index: int, tolerance: float) -> list[tuple[float, float]]:
        """One arc, simplified once per scale; both neighbours use the same simplified border."""
        if tolerance <= 0 or len(self.arcs[index]) <= 2:
            return self.arcs[index]
        key = ("arc", index, tolerance)
        if key not in self._simplified:
            self._simplified[key] = list(LineString(self.arcs[index]).simplify(tolerance, preserve_topology=False).coords)
        points: list[tuple[float, float]] = self._simplified[key]
        return points

    def bounds(self, municipalities: list[str]) -> tuple[float, float, float, float]:
        """The bounding box of these municipalities, from their arcs (no geometry needed)."""
        xs: list[float] = []
        ys: list[float] = []
        for municipality in municipalities:
            for polygon in self.shapes[municipality]:
                for index in polygon[0]:
                    arc = self.arcs[index if index >= 0 else ~index]
                    xs.extend(x for x, _ in arc)
                    ys.extend(y for _, y in arc)
        return min(xs), min(ys), max(xs), max(ys)

    def union(self, municipalities: list[str], tolerance: float) -> BaseGeometry:
        key = ("union", tuple(sorted(municipalities)), tolerance)
        if key not in self._simplified:
            self._simplified[key] = unary_union([self.polygon(m, tolerance) for m in municipalities]).buffer(0)
        return self._simplified[key]


@lru_cache(maxsize=4)
def load(path: str, sha256: str, layer: str) -> Boundaries:
    """The boundary file, decoded once per build. `sha256` is the one recorded in content; a file that no
    longer matches it is refused (the map would not be the one whose provenance the content states)."""
    data = Path(path).read_bytes()
    found = hashlib.sha256(data).hexdigest()
    if found != sha256:
        raise ValueError(
            f"{path}: het controlegetal (sha256) is {found}, maar in de regio-indeling staat {sha256}. Importeer de kaart opnieuw met python -m kennisbank.factsheets.cbs."
        )
    topology = json.loads(data)
    shapes = {}
    for geometry in topology["objects"][layer]["geometries"]:
        code = str(geometry.get("properties", {}).get("statcode", ""))
        if code.startswith("GM"):
            shapes["gm" + code[2:]] = rings(geometry)
    return Boundaries(decode_arcs(topology), shapes, {})


def _without_specks(geometry: BaseGeometry, least_area: float) -> BaseGeometry:
    polygons = geometry.geoms if hasattr(geometry, "geoms") else [geometry]
    kept = []
    for polygon in polygons:
        if isinstance(polygon, Polygon) and polygon.area >= least_area:
            holes = [ring for ring in polygon.interiors if Polygon(ring).area >= least_area]
            kept.append(Polygon(polygon.exterior, holes))
    return MultiPolygon(kept) if len(kept) > 1 else (kept[0] if kept else geometry)


# --- SVG --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Frame:
    """From RD metres to SVG units: a box of the map, scaled into a box of the SVG."""

    min_x: float
    max_y: float
    scale: float
    left: float
    top: float

    def point(self, x: float, y: float) -> tuple[float, float]:
        return self.left + (x - self.min_x) * self.scale, self.top + (self.max_y - y) * self.scale


def _frame(bounds: tuple[float, float, float, float], width: float, height: float, left: float, top: float) -> tuple[Frame, float, float]:
    min_x, min_y, max_x, max_y = bounds
    scale = min(width / max(max_x - min_x, 1.0), height / max(max_y - min_y, 1.0))
    return Frame(min_x, max_y, scale, left, top), (max_x - min_x) * scale, (max_y - min_y) * scale


def path_data(geometry: BaseGeometry, frame: Frame) -> str:
    """SVG path data (absolute, one decimal) for a (Multi)Polygon: each ring a closed subpath."""
    polygons = (
        geometry.geoms
        if isinstance(geometry, MultiPolygon)
        else [geometry]
        if isinstance(geometry, Polygon)
        else [g for g in getattr(geometry, "geoms", []) if isinstance(g, Polygon)]
    )
    parts = []
    for polygon in polygons:
        if polygon.is_empty:
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            coords = list(ring.coords)[:-1]
            if len(coords) < 3:
                continue
            points = [frame.point(x, y) for x, y in coords]
            parts.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in points) + "Z")
    return "".join(parts)


def _path(classes: str, fill: str, d: str, *, member: str | None = None, stroke: str | None = None, width: str = "0.35") -> str:
    data = f' data-gemeente="{html_attribute(member)}"' if member else ""
    outline = f' stroke="{stroke}" stroke-width="{width}" stroke-linejoin="round"' if stroke else ""
    return f'<path class="{classes}"{data} fill="{fill}"{outline} d="{d}"/>'


@dataclass(frozen=True)
class RegionDrawing:
    """What is the same on every map of one region: the member paths and the Netherlands panel."""

    width: float
    height: float
    members: dict[str, str]  # municipality id -> path data in the region panel
    order: tuple[str, ...]
    inset: str  # the Netherlands panel (SVG elements), without the ring
    inset_frame: Frame


class MapMaker:
    """Draws the maps of one build; decoded geometry and every region's panels are kept between sheets."""

    def __init__(self, boundaries: Boundaries) -> None:
        self.boundaries = boundaries
        self._regions: dict[tuple[str, ...], RegionDrawing] = {}
        self._country: tuple[BaseGeometry, Frame, float] | None = None

    @classmethod
    def for_division(cls, root: Path, regions_file: str, division: RegionDivision) -> MapMaker:
        folder = (root / regions_file).parent
        return cls(load(str(folder / division.boundaries.file), division.boundaries.sha256, division.boundaries.layer))

    def _netherlands(self) -> tuple[BaseGeometry, Frame, float]:
        """The outline of the Netherlands (every municipality joined), simplified once for the small panel."""
        if self._country is None:
            everything = unary_union([self.boundaries.polygon(m, INSET_TOLERANCE) for m in self.boundaries.shapes]).buffer(0)
            # At this size (a millimetre is about 13 km) only the outline counts: simplify it further, and leave out
            # islands and holes smaller than a dot; every point costs the PDF renderer time on every factsheet.
            everything = _without_specks(everything.simplify(INSET_TOLERANCE * 1.5), LAND_SPECK)
            frame, _w, height = _frame(everything.bounds, INSET, INSET * 2, 0.0, 0.0)
            self._country = (everything, frame, height)
        return self._country

    def region(self, members: list[str]) -> RegionDrawing:
        key = tuple(sorted(members))
        if key not in self._regions:
            min_x, min_y, max_x, max_y = self.boundaries.bounds(list(key))
            tolerance = max(max_x - min_x, max_y - min_y) / REGION_DETAIL
            land, inset_frame, inset_height = self._netherlands()
            frame, width, height = _frame((min_x, min_y, max_x, max_y), PANEL, PANEL, 0.0, 0.0)
            total_height = max(height, inset_height + 2 * RING)  # room for the ring at the edge of the country
            frame = Frame(frame.min_x, frame.max_y, frame.scale, 0.0, (total_height - height) / 2)
            paths = {m: path_data(self.boundaries.polygon(m, tolerance), frame) for m in key}
            left = width + GAP
            inset_frame = Frame(inset_frame.min_x, inset_frame.max_y, inset_frame.scale, left, RING)
            land_d = path_data(land, inset_frame)
            region_d = path_data(self.boundaries.union(list(key), INSET_TOLERANCE).simplify(INSET_TOLERANCE / 2), inset_frame)
            inset = _path("kb-kaart-land", COLOURS["land"], land_d) + _path("kb-kaart-regiovlak", COLOURS["regio"], region_d)
            self._regions[key] = RegionDrawing(left + INSET + RING, total_height, paths, key, inset, inset_frame)
        return self._regions[key]

    def svg(self, members: list[str], *, highlight: str | None, title: str, description: str, element_id: str) -> Markup:
        """The map as inline SVG. `highlight` is the one municipality drawn dark (None on a region's sheet)."""
        drawing = self.region(members)
        body = []
        for member in drawing.order:
            if member != highlight:
                body.append(_path("kb-kaart-gemeente", COLOURS["gemeente"], drawing.members[member], member=member, stroke=COLOURS["rand"]))
        if highlight is not None:
            body.append(
                _path("kb-kaart-gemeente kb-kaart-uitgelicht", COLOURS["uitgelicht"], drawing.members[highlight], member=highlight, stroke=COLOURS["rand"])
            )
        body.append(drawing.inset)
        if highlight is not None:
            point = self.boundaries.polygon(highlight, 0.0).representative_point()
            x, y = drawing.inset_frame.point(point.x, point.y)
            body.append(
                f'<circle class="kb-kaart-stip" cx="{x:.1f}" cy="{y:.1f}" r="{RING - 0.6:.1f}" fill="none" stroke="{COLOURS["stip"]}" stroke-width="0.8"/>'
            )
        title_id, desc_id = f"{element_id}-titel", f"{element_id}-uitleg"
        return Markup(
            f'<svg xmlns="http://www.w3.org/2000/svg" class="kb-kaart" viewBox="0 0 {drawing.width:.1f} {drawing.height:.1f}" '
            f'width="{drawing.width:.0f}" height="{drawing.height:.0f}" role="img" aria-labelledby="{html_attribute(title_id)} {html_attribute(desc_id)}">'
            f'<title id="{html_attribute(title_id)}">{html_text(title)}</title><desc id="{html_attribute(desc_id)}">{html_text(description)}</desc>'
            + "".join(body)
            + "</svg>"
        )
