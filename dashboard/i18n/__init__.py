"""The one translation module: every user-visible string and code label goes through t() / label().

Strings live in small catalogues per topic (catalog_*.py), each a dict NB = {key: text} and
EN = {key: text}. Keys are namespaced ("survey.title"). A key defined twice is an error at import,
so two pages cannot silently overwrite each other's text.

The language is the current request's (`?lang=en` in the address; see language.py and
dashboard/server.py), or `use_lang("en")` outside requests. A key with no English text shows the
bokmål one rather than failing a page; tests/i18n proves that no key lacks English.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache

from dashboard.i18n.language import (  # noqa: F401  (re-exported)
    DEFAULT_LANG,
    LANGS,
    lang,
    use_lang,
    with_lang,
)
from dashboard.i18n.numbers import (  # noqa: F401
    fmt_day_range,
    fmt_int,
    fmt_num,
    fmt_pct,
    pct_suffix,
    territory_name,
)


def _load() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {code: {} for code in LANGS}
    for mod in sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("catalog_")):
        module = importlib.import_module(f"{__name__}.{mod}")
        for code in LANGS:
            for key, text in getattr(module, code.upper(), {}).items():
                if key in merged[code]:
                    raise KeyError(f"translation key {key!r} defined twice ({mod})")
                merged[code][key] = text
    return merged


_CATALOG = _load()


def catalog(code: str) -> dict[str, str]:
    """Every key and text of one language (a copy; for tests and checks)."""
    return dict(_CATALOG[code])


def known(key: str) -> bool:
    """Whether the catalogue has `key` (every key has bokmål): for texts keyed by data values,
    which show the value itself when a new edition brings one the catalogue lacks."""
    return key in _CATALOG[DEFAULT_LANG]


def t(key: str, **values) -> str:
    """The text for `key` in the interface language, with {placeholders} filled."""
    text = _CATALOG[lang()].get(key) or _CATALOG[DEFAULT_LANG].get(key)
    if text is None:
        raise KeyError(f"no text for translation key {key!r}")
    # Plotly's own %{placeholders} (hover templates) pass through; ours must all be filled, so a
    # text never reaches the page with a raw "{name}" in it.
    try:
        return _template(text).format(**values)
    except (KeyError, IndexError) as exc:
        raise KeyError(f"translation key {key!r} needs the value {exc}") from None


_PLOTLY_FIELD = re.compile(r"%\{([^}]*)\}")


@cache  # the catalogue's texts: a fixed set, each escaped once instead of per call
def _template(text: str) -> str:
    return _PLOTLY_FIELD.sub(r"%{{\1}}", text)


def label(kind: str, code) -> str:
    """The label of a data code, e.g. label('substance', 'mdma') -> 'ecstasy/MDMA'."""
    return t(f"code.{kind}.{code}")


def options(kind: str, codes) -> list[dict]:
    """Dropdown/radio options for a list of codes."""
    return [{"label": label(kind, c), "value": c} for c in codes]


def labelled(frame, **kinds):
    """`frame` with a `{column}_label` column beside each coded column, e.g.
    labelled(rows, sex="sex", age_group="survey_age") adds sex_label and age_group_label."""
    return frame.assign(
        **{f"{col}_label": frame[col].map(lambda c, k=kind: label(k, c)) for col, kind in kinds.items()}
    )


def country(code: str, bokmal_name: str) -> str:
    """A country's name in the interface language, from its ISO 3166 code: the data's own bokmål
    name in bokmål (as the sources and the report spell it), CLDR's (Babel) in other languages;
    the given name where CLDR has none."""
    if lang() == DEFAULT_LANG:
        return bokmal_name
    return territory_name(code) or bokmal_name


def upper_first(text: str) -> str:
    """'ecstasy/MDMA' -> 'Ecstasy/MDMA' (str.capitalize would lower the rest: 'Ecstasy/mdma')."""
    return text[:1].upper() + text[1:]
