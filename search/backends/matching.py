"""The database's dialects of an analysed query: SQLite FTS5, PostgreSQL tsquery, or whole-term
`contains` on any other database (see search/backends/database.py for the backend around it).

`query_branches` analyses the reader's text in each content language (merging languages whose
analysis agrees); a `Matcher` turns those branches into a `Match` for the database at hand, whose
`filter` narrows `IndexEntry` querysets and whose `top` ranks them. Only terms made of letters and
digits ever reach SQL: the MATCH strings and tsquery literals are built here from analysed terms.
"""

from django.conf import settings
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

from .. import analysis, schema
from ..documents import language_tag
from ..models import FTSEntry, FTSMatchField, IndexEntry, TSVectorField

# bm25 weights of the FTS5 columns: language_tag, title_terms, body_terms, autocomplete_terms.
FTS_WEIGHTS = (0.0, 10.0, 1.0, 0.0)
TITLE_WEIGHT = 10


def content_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def padded(terms):
    """Terms as stored: space separated, with a space at both ends so that `contains " term "`
    matches whole terms in the fallback."""
    return f" {' '.join(terms)} " if terms else ""


def query_branches(text, operator="and", languages=None):
    """[(languages, groups)]: the query analysed in each language, languages with the same
    analysis merged. A group is a tuple of alternative terms (see analysis.query_terms)."""
    branches = {}
    for language in languages or content_languages():
        groups = []
        for group in analysis.query_terms(text, language):
            safe = tuple(term for term in group if analysis.is_safe_term(term))
            if safe:
                groups.append(safe)
        if groups:
            branches.setdefault(tuple(groups), []).append(language)
    return [(langs, list(groups)) for groups, langs in branches.items()]


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


def _fts_group(group, prefix=False):
    star = "*" if prefix else ""
    return "(" + " OR ".join(f'"{term}"{star}' for term in group) + ")"


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
    return joiner.join(
        "(" + " | ".join(f"'{term}':{star}{weights}" for term in group) + ")" for group in groups
    )


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

    def __init__(self, branches=None, operator="and", title_only=False, prefixes=None):
        self.branches = branches or []
        self.operator = operator
        self.title_only = title_only
        self.prefixes = prefixes

    def filter(self, entries):
        raise NotImplementedError

    def ranked(self, entries):
        raise NotImplementedError

    def top(self, entries, fields, offset=0, limit=None):
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
        return fts_expression(self.branches, self.operator, columns)

    def weights(self):
        if self.prefixes is not None:
            return (0.0, 0.0, 0.0, 1.0)
        return (0.0, 1.0, 0.0, 0.0) if self.title_only else FTS_WEIGHTS

    def matching_ids(self):
        return FTSEntry.objects.filter(match__fts_match=self.expression()).values("entry_id")

    def filter(self, entries):
        return entries.filter(id__in=self.matching_ids())

    def top(self, entries, fields, offset=0, limit=None):
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

    def _literal(self, groups):
        weights = "A" if self.title_only else "AD"
        return tsquery_literal(groups, self.operator, weights)

    def _prefix_literal(self):
        return tsquery_literal([(term,) for term in self.prefixes], "and", "B", prefix=True)

    def filter(self, entries):
        if self.prefixes is not None:
            return entries.filter(search_vector__ts_match=self._prefix_literal())
        condition = Q()
        for languages, groups in self.branches:
            condition |= Q(language__in=languages, search_vector__ts_match=self._literal(groups))
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

    def _contains_any(self, group):
        condition = Q()
        for term in group:
            condition |= Q(title_terms__contains=f" {term} ")
            if not self.title_only:
                condition |= Q(body_terms__contains=f" {term} ")
        return condition

    def filter(self, entries):
        if self.prefixes is not None:
            condition = Q()
            for term in self.prefixes:
                condition &= Q(autocomplete_terms__contains=f" {term}")
            return entries.filter(condition)
        condition = Q()
        for languages, groups in self.branches:
            combined = Q()
            for group in groups:
                if self.operator == "and":
                    combined &= self._contains_any(group)
                else:
                    combined |= self._contains_any(group)
            condition |= Q(language__in=languages) & combined
        return entries.filter(condition)

    def ranked(self, entries):
        if self.prefixes is not None:
            return entries.annotate(rank=-Length("title"))
        score = Value(0.0, output_field=FloatField())
        for _languages, groups in self.branches:
            for group in groups:
                for term in group:
                    score = score + Case(
                        When(title_terms__contains=f" {term} ", then=Value(float(TITLE_WEIGHT))),
                        When(body_terms__contains=f" {term} ", then=Value(1.0)),
                        default=Value(0.0),
                        output_field=FloatField(),
                    )
        return entries.annotate(rank=score)
