"""mkdocs-macros module: registers presentation helpers only.

Only hand-written pages with `render_macros: true` use these; pages composed from content are never
rendered by macros, so YAML text can never become template source.
"""

from kennisbank import __version__, dutch
from kennisbank.mkdocs_hook import current_content


def define_env(env):
    env.variables["kennisbank_versie"] = __version__
    env.filters["getal"] = dutch.number
    env.filters["geld"] = dutch.money
    env.filters["datum"] = dutch.long_date

    @env.macro
    def aantal(kind: str) -> int:
        """Number of content items of a kind, e.g. {{ aantal('begrip') }}."""
        content = current_content()
        return len(content.of(kind)) if content else 0
