"""The database objects Django's schema editor cannot describe: the SQLite FTS5 table and its
triggers, the PostgreSQL GIN index.

`ensure_full_text_schema` is idempotent. The initial migration calls it, and so does every
`post_migrate`: on SQLite, Django alters a table by copying it into a new one, which drops the
triggers that keep the FTS5 table in sync; recreating them after every migration (and rebuilding
the FTS5 table when they were missing) means a later migration of `IndexEntry` cannot silently
break search.
"""

FTS_TABLE = "search_indexentry_fts"
ENTRY_TABLE = "search_indexentry"
FTS_COLUMNS = ("language_tag", "title_terms", "body_terms", "autocomplete_terms")
TRIGGERS = ("search_indexentry_fts_ai", "search_indexentry_fts_ad", "search_indexentry_fts_au")
GIN_INDEX = "search_indexentry_vector_gin"


_FTS5 = {}


def sqlite_has_fts5(connection):
    """Whether this SQLite has FTS5; asked once per database per process."""
    if connection.alias not in _FTS5:
        _FTS5[connection.alias] = _probe_fts5(connection)
    return _FTS5[connection.alias]


def _probe_fts5(connection):
    with connection.cursor() as cursor:
        cursor.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')")
        if cursor.fetchone()[0]:
            return True
        # Some builds load FTS5 without the compile option: try it.
        try:
            cursor.execute("CREATE VIRTUAL TABLE temp.search_fts5_probe USING fts5(x)")
            cursor.execute("DROP TABLE temp.search_fts5_probe")
            return True
        except Exception:
            return False


def _sqlite_statements():
    columns = ", ".join(FTS_COLUMNS)
    new_values = ", ".join(f"new.{column}" for column in FTS_COLUMNS)
    old_values = ", ".join(f"old.{column}" for column in FTS_COLUMNS)
    delete_old = (
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) "
        f"VALUES ('delete', old.id, {old_values});"
    )
    insert_new = f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.id, {new_values});"
    return {
        "table": (
            # The terms are already analysed (search.analysis): the `ascii` tokenizer only splits
            # them on spaces and keeps every non-ASCII character, whatever its Unicode class.
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({columns}, "
            f"content='{ENTRY_TABLE}', content_rowid='id', tokenize='ascii', prefix='2 3')"
        ),
        TRIGGERS[0]: (
            f"CREATE TRIGGER IF NOT EXISTS {TRIGGERS[0]} AFTER INSERT ON {ENTRY_TABLE} "
            f"BEGIN {insert_new} END"
        ),
        TRIGGERS[1]: (
            f"CREATE TRIGGER IF NOT EXISTS {TRIGGERS[1]} AFTER DELETE ON {ENTRY_TABLE} "
            f"BEGIN {delete_old} END"
        ),
        TRIGGERS[2]: (
            f"CREATE TRIGGER IF NOT EXISTS {TRIGGERS[2]} AFTER UPDATE ON {ENTRY_TABLE} "
            f"BEGIN {delete_old} {insert_new} END"
        ),
    }


def ensure_full_text_schema(connection):
    """Create what is missing; on SQLite, rebuild the FTS5 table if a trigger was missing."""
    if connection.vendor == "sqlite":
        if not sqlite_has_fts5(connection):
            return
        with connection.cursor() as cursor:
            tables = set(connection.introspection.table_names(cursor))
            if ENTRY_TABLE not in tables:
                return
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s",
                [ENTRY_TABLE],
            )
            existing = {row[0] for row in cursor.fetchall()}
            statements = _sqlite_statements()
            cursor.execute(statements["table"])
            for trigger in TRIGGERS:
                cursor.execute(statements[trigger])
            if set(TRIGGERS) - existing:
                cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    elif connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            if ENTRY_TABLE not in connection.introspection.table_names(cursor):
                return
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {GIN_INDEX} ON {ENTRY_TABLE} USING gin (search_vector)"
            )


def drop_full_text_schema(connection):
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            for trigger in TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {trigger}")
            cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS {GIN_INDEX}")


def rebuild_fts(connection):
    """Recompute the SQLite FTS5 table from the entries (after a rebuild, as a safety net)."""
    if connection.vendor == "sqlite" and sqlite_has_fts5(connection):
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
