import pytest

from dashboard.i18n import fmt_int, fmt_num, fmt_pct, label, t


def test_norwegian_number_format():
    assert fmt_num(26.6) == "26,6"
    assert fmt_int(11152) == "11\u00a0152"
    assert fmt_pct(8.1) == "8,1\u00a0%"
    assert fmt_num(float("nan")) == "–"


def test_code_labels_in_bokmal():
    assert label("substance", "cocaine") == "kokain"
    assert label("period", "last_12_months") == "siste 12 måneder"


def test_missing_key_is_an_error():
    with pytest.raises(KeyError):
        t("no.such.key")


def test_upper_first_keeps_the_rest_of_a_name():
    from dashboard.i18n import label, upper_first

    assert upper_first(label("substance", "mdma")) == "Ecstasy/MDMA"
    assert upper_first("") == ""
