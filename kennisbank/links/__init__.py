"""Link checker against link rot (`kennisbank links`).

lychee does the checking: it finds every URL in the YAML files with its line and column, checks
each URL once, retries with backoff honouring `Retry-After`, limits requests per host and checks the
built HTML offline, `#anchors` included. This package owns what lychee cannot know:

- `config.py`   the settings and the allow-list (`site_config/links-allowlist.yaml`): one pydantic
                model, validated only when the file changed;
- `lychee.py`   running lychee and reading its JSON into `Result`s;
- `origins.py`  which YAML file, line and field a URL stands on (and which URLs sit in comments);
                which YAML line produced a link on a generated page;
- `cache.py`    our own cache of classified results, with a maximum age (lychee's own cache keeps
                only successes and drops redirect targets);
- `classify.py` kapot / verhuisd / onzeker, in Dutch, with the new address to paste;
- `report.py`   the terminal summary, the JSON report and the linkrapport page;
- `check.py`    the whole run: lychee offline to place every URL, then online for what is neither
                cached nor allow-listed, one more round for refusals; the built site offline;
- `cli.py`      the `kennisbank links` command and its exit codes.
"""
