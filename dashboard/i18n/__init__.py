"""The one translation module: every user-visible string and code label goes through t() / label().

Strings live in small catalogues per topic (catalog_*.py), each a dict NB = {key: text} and
optionally EN. Keys are namespaced ("survey.title"). A key defined twice is an error at import,
so two pages cannot silently overwrite each other's text. English can be added by filling EN
dicts and setting DASHBOARD_LANG=en; missing English falls back to bokmål.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re

from dashboard.i18n.numbers import fmt_int, fmt_num, fmt_pct  # noqa: F401  (re-exported)

DEFAULT_LANG = "nb"


def _load() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {"nb": {}, "en": {}}
    for mod in sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("catalog_")):
        module = importlib.import_module(f"{__name__}.{mod}")
        for lang in ("nb", "en"):
            for key, text in getattr(module, lang.upper(), {}).items():
                if key in merged[lang]:
                    raise KeyError(f"translation key {key!r} defined twice ({mod})")
                merged[lang][key] = text
    return merged


_CATALOG = _load()


def lang() -> str:
    value = os.environ.get("DASHBOARD_LANG", DEFAULT_LANG)
    return value if value in _CATALOG else DEFAULT_LANG


def t(key: str, **values) -> str:
    """The text for `key` in the interface language, with {placeholders} filled."""
    text = _CATALOG[lang()].get(key) or _CATALOG[DEFAULT_LANG].get(key)
    if text is None:
        raise KeyError(f"no text for translation key {key!r}")
    # Plotly's own %{placeholders} (hover templates) pass through; ours must all be filled, so a
    # text never reaches the page with a raw "{name}" in it.
    try:
        return _PLOTLY_FIELD.sub(r"%{{\1}}", text).format(**values)
    except (KeyError, IndexError) as exc:
        raise KeyError(f"translation key {key!r} needs the value {exc}") from None


_PLOTLY_FIELD = re.compile(r"%\{([^}]*)\}")


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


def upper_first(text: str) -> str:
    """'ecstasy/MDMA' -> 'Ecstasy/MDMA' (str.capitalize would lower the rest: 'Ecstasy/mdma')."""
    return text[:1].upper() + text[1:]
