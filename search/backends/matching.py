"""The database's dialects of an analysed query: SQLite FTS5, PostgreSQL tsquery, or whole-term
`contains` on any other database (see search/backends/database.py for the backend around it).

`query_branches` analyses the reader's text in each content language (merging languages whose
analysis agrees); a `Matcher` turns those branches into a `Match` for the database at hand, whose
`filter` narrows `IndexEntry` querysets and whose `top` ranks them. Only terms made of letters and
digits ever reach SQL: the MATCH strings and tsquery literals are built here from analysed terms.
"""

from django.db import connections, router
from django.db.models import (
    Case,
    ExpressionWrapper,
    F,
    Field,
    FloatField,
    Func,
    IntegerField,
    Lookup,
    Q,
    Value,
    When,
)
from django.db.models.expressions import Expression
from django.db.models.functions import Cast, Length

from .. import schema
from ..documents import language_tag
from ..expansion import levels, upto
from ..models import FTSEntry, FTSMatchField, IndexEntry, TSVectorField

# bm25 weights of the FTS5 columns: language_tag, title_terms, body_terms, autocomplete_terms.
FTS_WEIGHTS = (0.0, 10.0, 1.0, 0.0)
TITLE_WEIGHT = 10


def padded(terms):
    """Terms as stored: space separated, with a space at both ends so that `contains " term "`
    matches whole terms in the fallback."""
    return f" {' '.join(terms)} " if terms else ""


# --- SQL building blocks -----------------------------------------------------------------------


@FTSMatchField.register_lookup
class FTSMatch(Lookup):
    """`<fts table hidden column> MATCH <string>` on SQLite's FTS5 table."""

    lookup_name = "fts_match"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} MATCH {rhs}", [*lhs_params, *rhs_params]


class TSQueryField(Field):
    def db_type(self, connection):
        return "tsquery"


@TSVectorField.register_lookup
class TSMatch(Lookup):
    """`search_vector @@ '<literal>'::tsquery` on PostgreSQL."""

    lookup_name = "ts_match"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} @@ ({rhs})::tsquery", [*lhs_params, *rhs_params]


class BM25(Expression):
    """The (negated, so higher is better) bm25 score of the FTS5 row joined in this query."""

    output_field = FloatField()

    def __init__(self, weights):
        super().__init__()
        self.weights = weights

    def as_sql(self, compiler, connection):
        alias = next(
            (
                join.table_alias
                for join in compiler.query.alias_map.values()
                if join.table_name == schema.FTS_TABLE
            ),
            schema.FTS_TABLE,
        )
        weights = ", ".join(str(float(weight)) for weight in self.weights)
        return f"-bm25({connection.ops.quote_name(alias)}, {weights})", []


def _fts_item(item, star=""):
    if isinstance(item, tuple):
        return "(" + " AND ".join(f'"{term}"' for term in item) + ")"
    return f'"{item}"{star}'


def _fts_group(group, prefix=False):
    star = "*" if prefix else ""
    return "(" + " OR ".join(_fts_item(item, star) for item in group) + ")"


def fts_expression(branches, operator, columns=("title_terms", "body_terms")):
    joiner = " AND " if operator == "and" else " OR "
    column_filter = "{" + " ".join(columns) + "}"
    parts = []
    for languages, groups in branches:
        tags = " OR ".join(f'"{language_tag(language)}"' for language in languages)
        terms = joiner.join(_fts_group(group) for group in groups)
        parts.append(f"({{language_tag}} : ({tags})) AND ({column_filter} : ({terms}))")
    return " OR ".join(f"({part})" for part in parts)


def tsquery_literal(groups, operator, weights="AD", prefix=False):
    joiner = " & " if operator == "and" else " | "
    star = "*" if prefix else ""

    def item(alternative):
        if isinstance(alternative, tuple):
            return "(" + " & ".join(f"'{term}':{weights}" for term in alternative) + ")"
        return f"'{alternative}':{star}{weights}"

    return joiner.join("(" + " | ".join(item(term) for term in group) + ")" for group in groups)


def _tsquery(literal):
    return Cast(Value(literal), output_field=TSQueryField())


def entries_connection():
    return connections[router.db_for_read(IndexEntry)]


class Matcher:
    """Turns analysed queries into `Match`es in the database's own dialect."""

    def __init__(self, connection):
        self.vendor = connection.vendor
        self.fts5 = self.vendor == "sqlite" and schema.sqlite_has_fts5(connection)

    @property
    def dialect(self):
        if self.fts5:
            return "fts5"
        if self.vendor == "postgresql":
            return "postgresql"
        return "fallback"

    def full_text(self, branches, operator, title_only=False):
        return {"fts5": FTS5Match, "postgresql": PostgresMatch}.get(self.dialect, FallbackMatch)(
            branches=branches, operator=operator, title_only=title_only
        )

    def prefix(self, terms):
        return {"fts5": FTS5Match, "postgresql": PostgresMatch}.get(self.dialect, FallbackMatch)(
            prefixes=terms
        )


class BaseMatch:
    """An analysed query: either full text (`branches`, see query_branches) or title prefixes
    (`prefixes`, for autocomplete). `filter` narrows IndexEntry querysets to matching rows;
    `top` returns rows of the best-ranked matching entries, best first, with their "rank"."""

    def __init__(
        self, branches=None, operator="and", title_only=False, prefixes=None, exclude=None
    ):
        self.branches = branches or []
        self.operator = operator
        self.title_only = title_only
        self.prefixes = prefixes
        # Branches (the same languages, fewer alternatives) whose matches this one leaves out.
        self.exclude = exclude

    def filter(self, entries):
        raise NotImplementedError

    def ranked(self, entries):
        raise NotImplementedError

    def levels(self):
        """One match per cost level (see search.expansion): exact matches, then the pages only
        one typo or a completion finds, then those two typos find."""
        costs = levels(self.branches) if self.prefixes is None else [0]
        if len(costs) == 1:
            return [self]
        found = []
        for position, cost in enumerate(costs):
            found.append(
                type(self)(
                    branches=upto(self.branches, cost),
                    operator=self.operator,
                    title_only=self.title_only,
                    exclude=upto(self.branches, costs[position - 1]) if position else None,
                )
            )
        return found

    def top(self, entries, fields, offset=0, limit=None):
        """The best-ranked rows, level by level: a level's rows all rank above the next's."""
        levels = self.levels()
        if len(levels) == 1:
            return self.top_of_level(entries, fields, offset, limit)
        rows = []
        for level in levels:
            wanted = None if limit is None else limit - len(rows)
            if wanted == 0:
                break
            if offset:
                count = level.filter(entries).count()
                if offset >= count:
                    offset -= count
                    continue
            rows.extend(level.top_of_level(level.narrowed(entries), fields, offset, wanted))
            offset = 0
        return rows

    def narrowed(self, entries):
        """Entries to rank for this level alone (FTS5 ranks its own matches)."""
        return self.filter(entries)

    def top_of_level(self, entries, fields, offset=0, limit=None):
        stop = None if limit is None else offset + limit
        ranked = self.ranked(entries).order_by("-rank", "page_id")
        return list(ranked.values(*fields, "rank")[offset:stop])


class FTS5Match(BaseMatch):
    """SQLite FTS5. The full-text table is only ever read on its own, in a subquery or as the
    only table of a query: joined to the entries, SQLite's planner may (with statistics taken
    when the index was small) loop over the entries and run the full-text query once per row."""

    def expression(self):
        if self.prefixes is not None:
            terms = " AND ".join(_fts_group((term,), prefix=True) for term in self.prefixes)
            return f"{{autocomplete_terms}} : ({terms})"
        columns = ("title_terms",) if self.title_only else ("title_terms", "body_terms")
        expression = fts_expression(self.branches, self.operator, columns)
        if self.exclude:
            excluded = fts_expression(self.exclude, self.operator, columns)
            return f"({expression}) NOT ({excluded})"
        return expression

    def weights(self):
        if self.prefixes is not None:
            return (0.0, 0.0, 0.0, 1.0)
        return (0.0, 1.0, 0.0, 0.0) if self.title_only else FTS_WEIGHTS

    def matching_ids(self):
        return FTSEntry.objects.filter(match__fts_match=self.expression()).values("entry_id")

    def filter(self, entries):
        return entries.filter(id__in=self.matching_ids())

    def narrowed(self, entries):
        return entries

    def top_of_level(self, entries, fields, offset=0, limit=None):
        stop = None if limit is None else offset + limit
        ranked = list(
            FTSEntry.objects.filter(match__fts_match=self.expression())
            # "rowid + 0": a plain `rowid IN (...)` is handed to FTS5, which then runs the
            # full-text query once per listed row; as an expression it filters the matches.
            .alias(listed_id=ExpressionWrapper(F("entry_id") + 0, output_field=IntegerField()))
            .filter(listed_id__in=entries.values("id"))
            .annotate(rank=BM25(self.weights()))
            .order_by("-rank", "entry_id")
            .values_list("entry_id", "rank")[offset:stop]
        )
        if not ranked:
            return []
        rows = {
            row["id"]: row
            for row in IndexEntry.objects.filter(id__in=[entry_id for entry_id, _ in ranked])
            .values("id", *fields)
            .order_by()
        }
        return [{**rows[entry_id], "rank": rank} for entry_id, rank in ranked if entry_id in rows]


class PostgresMatch(BaseMatch):
    """PostgreSQL: the tsvector built from our terms, queried with tsquery literals of our terms
    (weights A and D for full text, B for title prefixes)."""

    def _literal(self, groups, position=None):
        weights = "A" if self.title_only else "AD"
        literal = tsquery_literal(groups, self.operator, weights)
        if self.exclude and position is not None:
            excluded = tsquery_literal(self.exclude[position][1], self.operator, weights)
            return f"({literal}) & !({excluded})"
        return literal

    def _prefix_literal(self):
        return tsquery_literal([(term,) for term in self.prefixes], "and", "B", prefix=True)

    def filter(self, entries):
        if self.prefixes is not None:
            return entries.filter(search_vector__ts_match=self._prefix_literal())
        condition = Q()
        for position, (languages, groups) in enumerate(self.branches):
            literal = self._literal(groups, position)
            condition |= Q(language__in=languages, search_vector__ts_match=literal)
        return entries.filter(condition)

    @staticmethod
    def _ts_rank(literal):
        return Func(
            F("search_vector"), _tsquery(literal), function="ts_rank", output_field=FloatField()
        )

    def ranked(self, entries):
        if self.prefixes is not None:
            return entries.annotate(rank=self._ts_rank(self._prefix_literal()))
        whens = [
            When(language__in=languages, then=self._ts_rank(self._literal(groups)))
            for languages, groups in self.branches
        ]
        return entries.annotate(rank=Case(*whens, default=Value(0.0), output_field=FloatField()))


class FallbackMatch(BaseMatch):
    """Any other database (or SQLite without FTS5): whole-term `contains` on the stored terms."""

    def _contains(self, term):
        condition = Q(title_terms__contains=f" {term} ")
        if not self.title_only:
            condition |= Q(body_terms__contains=f" {term} ")
        return condition

    def _contains_any(self, group):
        condition = Q()
        for item in group:
            if isinstance(item, tuple):
                every = Q()
                for term in item:
                    every &= self._contains(term)
                condition |= every
            else:
                condition |= self._contains(item)
        return condition

    def filter(self, entries):
        if self.prefixes is not None:
            condition = Q()
            for term in self.prefixes:
                condition &= Q(autocomplete_terms__contains=f" {term}")
            return entries.filter(condition)
        entries = entries.filter(self._condition(self.branches))
        if self.exclude:
            entries = entries.exclude(self._condition(self.exclude))
        return entries

    def _condition(self, branches):
        condition = Q()
        for languages, groups in branches:
            combined = Q()
            for group in groups:
                if self.operator == "and":
                    combined &= self._contains_any(group)
                else:
                    combined |= self._contains_any(group)
            condition |= Q(language__in=languages) & combined
        return condition

    def ranked(self, entries):
        if self.prefixes is not None:
            return entries.annotate(rank=-Length("title"))
        score = Value(0.0, output_field=FloatField())
        for _languages, groups in self.branches:
            for group in groups:
                for term in (item for item in group if not isinstance(item, tuple)):
                    score = score + Case(
                        When(title_terms__contains=f" {term} ", then=Value(float(TITLE_WEIGHT))),
                        When(body_terms__contains=f" {term} ", then=Value(1.0)),
                        default=Value(0.0),
                        output_field=FloatField(),
                    )
        return entries.annotate(rank=score)
