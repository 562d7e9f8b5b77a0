"""The interface language of the current request (or of a block of code outside requests).

The language is part of the address: `?lang=en` for English, no parameter for bokmål (the
default), so a shared link opens in the language it was copied in. dashboard/server.py sets it
per request (set_lang/reset_lang around each request); code outside a request (the export CLI,
tests) uses `with use_lang("en"):`; without either, DASHBOARD_LANG decides, then bokmål. A context
variable rather than a process setting: one gunicorn worker serves both languages.
Pure: no flask or dash here.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DEFAULT_LANG = "nb"
LANGS = ("nb", "en")
PARAM = "lang"  # the query parameter; bokmål has none

_CURRENT: ContextVar[str | None] = ContextVar("dashboard_lang", default=None)


def known(code) -> str | None:
    """`code` if it is a language we serve, else None."""
    return code if isinstance(code, str) and code in LANGS else None


def lang() -> str:
    """The language of the current request or `use_lang` block; else DASHBOARD_LANG; else bokmål."""
    return _CURRENT.get() or known(os.environ.get("DASHBOARD_LANG")) or DEFAULT_LANG


def set_lang(code: str | None) -> Token:
    """Set the language for the rest of this context (a request); unknown codes mean the default."""
    return _CURRENT.set(known(code) or DEFAULT_LANG)


def reset_lang(token: Token) -> None:
    _CURRENT.reset(token)


@contextmanager
def use_lang(code: str) -> Iterator[str]:
    """Run a block in language `code` (outside requests: the export CLI, tests)."""
    if not known(code):
        raise ValueError(f"unknown language {code!r}; one of {LANGS}")
    token = _CURRENT.set(code)
    try:
        yield code
    finally:
        _CURRENT.reset(token)


def lang_of_query(query: str) -> str | None:
    """The language a query string asks for: its `lang` value (unknown values mean bokmål), or
    None when it has no `lang` at all."""
    for key, value in parse_qsl(query or "", keep_blank_values=True):
        if key == PARAM:
            return known(value) or DEFAULT_LANG
    return None


def with_lang(href: str, code: str | None = None) -> str:
    """An internal link in language `code` (default: the current one): `?lang=en` added or
    replaced for English, removed for bokmål; the path, the other parameters and the fragment kept.
    '/cannabis?k=men' -> '/cannabis?k=men&lang=en'."""
    code = lang() if code is None else (known(code) or DEFAULT_LANG)
    parts = urlsplit(href)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != PARAM]
    if code != DEFAULT_LANG:
        query.append((PARAM, code))
    return urlunsplit(parts._replace(query=urlencode(query, safe=",")))
