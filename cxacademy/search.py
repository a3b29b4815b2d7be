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


@cache
def _safe_sqlite_backend():
    # Imported only on SQLite: the module looks up a model that exists only there.
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )

    class QuotedTerms:
        def __init__(self, queryset, query, fields=None, **kwargs):
            # SQLite's index has no per-field columns: a field list cannot narrow it.
            super().__init__(queryset, query, fields=None, **kwargs)

        def build_search_query_content(self, query, config=None):
            if isinstance(query, PlainText) and '"' in query.query_string:
                query = PlainText(
                    query.query_string.replace('"', '""'),
                    operator=query.operator,
                    boost=query.boost,
                )
            return super().build_search_query_content(query, config=config)

    class SearchQueryCompiler(QuotedTerms, SQLiteSearchQueryCompiler):
        pass

    class AutocompleteQueryCompiler(QuotedTerms, SQLiteAutocompleteQueryCompiler):
        pass

    class SafeSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = SearchQueryCompiler
        autocomplete_query_compiler_class = AutocompleteQueryCompiler

    return SQLiteSearchBackend, SafeSQLiteSearchBackend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = _database_backend(params)
    if type(backend).__name__ != "SQLiteSearchBackend":
        return backend  # PostgreSQL (or the plain fallback): as Wagtail made it
    sqlite_backend, safe_backend = _safe_sqlite_backend()
    return safe_backend(params) if isinstance(backend, sqlite_backend) else backend
