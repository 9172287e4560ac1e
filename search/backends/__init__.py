"""The portal's Wagtail search backends: `search.backends.database` (SQLite, PostgreSQL and, as a
fallback, any database) and `search.backends.elasticsearch` (Elasticsearch 9, one index per
locale)."""
