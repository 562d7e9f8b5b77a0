"""Every catalogue key has an English text, no English text lacks a bokmål key, and both texts of a
key take the same placeholders (t() raises on a missing one, so a mismatch would break a page in
one language only)."""

import re
import string

from dashboard.i18n import catalog

NB, EN = catalog("nb"), catalog("en")
PLOTLY_FIELD = re.compile(r"%\{([^}]*)\}")


def _fields(text: str) -> set[str]:
    """Our {placeholders} (plotly's %{fields} left out: they are plotly's, filled in the browser)."""
    plain = PLOTLY_FIELD.sub("", text)
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(plain) if name}


def test_every_key_has_english():
    missing = sorted(k for k in NB if not EN.get(k, "").strip())
    assert not missing, f"{len(missing)} keys without English, e.g. {missing[:20]}"


def test_no_english_text_without_a_bokmal_key():
    extra = sorted(set(EN) - set(NB))
    assert not extra, f"{len(extra)} English-only keys (a typo, or a key removed from NB): {extra[:20]}"


def test_both_languages_take_the_same_placeholders():
    differ = {k: (_fields(NB[k]), _fields(EN[k])) for k in NB.keys() & EN.keys() if _fields(NB[k]) != _fields(EN[k])}
    assert not differ, f"placeholders differ: {dict(list(differ.items())[:10])}"


def _plotly_fields(text: str) -> set[str]:
    """The data fields a hover template shows (%{y:.1f} -> y): the same data in both languages."""
    return {re.split(r"[:|]", f)[0] for f in PLOTLY_FIELD.findall(text)}


def test_both_languages_take_the_same_plotly_fields():
    differ = {
        k: (_plotly_fields(NB[k]), _plotly_fields(EN[k]))
        for k in NB.keys() & EN.keys()
        if _plotly_fields(NB[k]) != _plotly_fields(EN[k])
    }
    assert not differ, f"hover fields differ: {dict(list(differ.items())[:10])}"
