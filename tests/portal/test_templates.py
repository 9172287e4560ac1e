"""Template hygiene a reader would notice: Django's `{# #}` comments end on their line, so one
that runs over several lines is printed on the page (it once showed a developer's note on every
page of the site)."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
APPS = ("portal", "home", "campaigns", "events", "search")


def test_no_template_comment_runs_over_several_lines():
    broken = []
    for app in APPS:
        for template in (REPO / app).rglob("templates/**/*.html"):
            for number, line in enumerate(template.read_text().splitlines(), start=1):
                if "{#" in line and "#}" not in line.split("{#", 1)[1]:
                    broken.append(f"{template.relative_to(REPO)}:{number}")
    assert not broken, "use {% comment %} for comments over several lines: " + ", ".join(broken)
