"""A longer fuzz run than the suite's: mutated real content files through `kennisbank check`.

    .venv/bin/python bench/fuzz.py [--examples 2000]

Prints the number of cases tried, the failures found (each a violated invariant: crash exit, traceback,
a problem without a line inside its file, or more than the time bound), and the slowest case. The
invariants and mutations are the suite's (tests/security/). Record the result in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from security.mutations import mutated  # noqa: E402
from security.test_fuzz import SAMPLES, check_invariants, small_project  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=2000)
    args = parser.parse_args()
    project = small_project(Path(tempfile.mkdtemp(prefix="kb-fuzz-")))
    tried, failures, slowest = [0], [], [0.0, ""]

    @settings(max_examples=args.examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(data=st.data())
    def campaign(data):
        relative = data.draw(st.sampled_from(SAMPLES))
        original = (ROOT / relative).read_bytes()
        mutation = data.draw(mutated(original))
        tried[0] += 1
        started = time.process_time()
        try:
            check_invariants(project, relative, mutation)
        except AssertionError as failure:
            failures.append((relative, str(failure)[:300]))
        finally:
            (project / relative).write_bytes(original)
        elapsed = time.process_time() - started
        if elapsed > slowest[0]:
            slowest[:] = [elapsed, relative]

    started = time.perf_counter()
    campaign()
    print(
        f"cases tried: {tried[0]}; failures: {len(failures)}; slowest case {slowest[0]:.2f} s CPU ({slowest[1]}); total {time.perf_counter() - started:.0f} s"
    )
    for relative, message in failures[:10]:
        print(f"- {relative}: {message}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
