"""Reading the portal's Atom feeds as a feed reader does (feedparser)."""

import feedparser


def parse_atom(response):
    """The feed of a response that must be a well-formed Atom 1.0 document."""
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.bozo_exception
    assert feed.version == "atom10"
    return feed
