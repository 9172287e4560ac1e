"""The demo loader: every tree of home/demo/, in one explicit order."""

from . import briefs, campaigns, events, shell, synonyms

# home creates the locales, the home pages, the groups and the topics the others rely on; the
# campaign page shows key dates from an events calendar and lists the library's tools (the
# library tree is loaded with the campaign it belongs to); the briefs link to the campaign.
ORDER = (
    ("home", shell.load),
    ("events", events.load),
    ("campaigns and library", campaigns.load),
    ("briefs", briefs.load),
    ("search synonyms", synonyms.load),
)


def load(stdout):
    for name, load_tree in ORDER:
        stdout.write(f"Loading demo content: {name}")
        load_tree(stdout)
