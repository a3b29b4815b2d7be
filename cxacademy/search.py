"""The site's search backend: Wagtail's database search, made safe on SQLite for
whatever a person types into an admin search box.

Wagtail's database backend picks PostgreSQL full-text search or SQLite FTS5 by the
database in use. On SQLite it breaks in two ways (both 500s in the admin):

- a double quote in a search term ends the FTS5 string it is written into
  ("unterminated string"): every image, document and question search for `"`;
- a listing that names the fields to search (a viewset's `search_fields`) is turned
  into FTS5 column names that do not exist ("no such column: name").

Here terms have their quotes doubled, as FTS5 escapes them, and on SQLite a search
runs over all of the model's indexed fields. PostgreSQL is left as Wagtail made it.
"""

from functools import cache

from modelsearch.backends.database import SearchBackend as _database_backend
from modelsearch.query import PlainText

__all__ = ["SearchBackend"]


class _QuotedTerms:
    def __init__(self, queryset, query, fields=None, **kwargs):
        # SQLite's index has no per-field columns: a field list cannot narrow it.
        super().__init__(queryset, query, fields=None, **kwargs)

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText) and '"' in query.query_string:
            query = PlainText(
                query.query_string.replace('"', '""'), operator=query.operator, boost=query.boost
            )
        return super().build_search_query_content(query, config=config)


@cache
def _sqlite_backend_class():
    # Imported only on SQLite: the module declares SQLite's index models, which do
    # not exist (and fail to load) on PostgreSQL.
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )

    class SearchQueryCompiler(_QuotedTerms, SQLiteSearchQueryCompiler):
        pass

    class AutocompleteQueryCompiler(_QuotedTerms, SQLiteAutocompleteQueryCompiler):
        pass

    class QuotedSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = SearchQueryCompiler
        autocomplete_query_compiler_class = AutocompleteQueryCompiler

    return QuotedSQLiteSearchBackend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = _database_backend(params)
    if type(backend).__module__.endswith(".sqlite.sqlite"):
        return _sqlite_backend_class()(params)
    return backend
