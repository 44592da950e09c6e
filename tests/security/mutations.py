"""Mutations of real content files, for the property-based test and the longer fuzz run in bench/.

Each mutation is what an editor's slip, a bad copy-paste or a hostile pull request can do to a file:
deleted, duplicated or re-indented lines, random bytes, NUL, a lone surrogate, zero-width and
right-to-left marks, a very long line, deep nesting.
"""

from __future__ import annotations

from hypothesis import strategies as st

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u2066", "\u2069", "\u200f"]


@st.composite
def mutated(draw, original: bytes) -> bytes:
    lines = original.split(b"\n")
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["delete", "duplicate", "indent", "bytes", "nul", "surrogate", "invisible", "long", "deep"]))
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        if kind == "delete" and lines:
            del lines[at]
        elif kind == "duplicate" and lines:
            lines.insert(at, lines[at])
        elif kind == "indent" and lines:
            lines[at] = b" " * draw(st.integers(1, 7)) + lines[at].lstrip(b" ") if draw(st.booleans()) else lines[at].lstrip(b" ")
        elif kind == "bytes":
            lines.insert(at, draw(st.binary(min_size=1, max_size=40)))
        elif kind == "nul" and lines:
            line = lines[at]
            cut = draw(st.integers(0, len(line)))
            lines[at] = line[:cut] + b"\x00" + line[cut:]
        elif kind == "surrogate" and lines:
            lines[at] += "\ud800".encode("utf-8", "surrogatepass")
        elif kind == "invisible" and lines:
            line = lines[at].decode("utf-8", "replace")
            cut = draw(st.integers(0, len(line)))
            lines[at] = (line[:cut] + draw(st.sampled_from(INVISIBLE)) + line[cut:]).encode()
        elif kind == "long":
            lines.insert(at, b"tekst: " + b"x" * draw(st.integers(10_000, 200_000)))
        elif kind == "deep":
            depth = draw(st.integers(20, 5_000))
            lines.insert(
                at,
                b"diep: " + b"[" * depth + b"]" * depth
                if draw(st.booleans())
                else b"diep:\n" + b"\n".join(b"  " * i + b"a:" for i in range(1, min(depth, 200))),
            )
    return b"\n".join(lines)
