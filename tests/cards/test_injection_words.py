"""The injection page's words: the slider says what it changes (all the model's death rates, the
one change the published inputs allow), the note what the dashed lines are, and the headline
gives the report's estimate (the 3-year average) before the single year. Numbers are typed from
data/raw/pwid/toir_pwid_2012_2024_widgets.csv."""

from dashboard.cards import injection
from dashboard.cards.injection import note_text
from dashboard.i18n import t


def test_at_zero_it_says_the_published_estimate_is_shown():
    assert note_text(0) == "Viser det publiserte anslaget (dødsratene uendret)."


def test_a_higher_rate_divides_both_series_by_more_than_one():
    text = note_text(10)
    assert "alle dødsratene i modellen satt +10 %" in text and "delt på 1,10" in text and "ikke data" in text
    assert "årsanslaget og det treårige snittet" in text


def test_a_lower_rate_uses_a_minus_sign_and_a_factor_below_one():
    text = note_text(-20)
    assert "satt −20 %" in text and "delt på 0,80" in text


def test_the_slider_is_labelled_as_all_death_rates_not_the_injectors_alone():
    label = t("pwid.slider_label")
    assert label.startswith("Alle dødsratene i modellen")
    assert "blant dem som injiserer" not in label
    # the card says why it cannot show the injectors' rate alone: the inputs are unpublished
    assert "publiserer ikke modellens inngangsverdier" in t("pwid.illustration_note")


def _text(component) -> str:
    if isinstance(component, str):
        return component
    children = getattr(component, "children", None)
    if children is None:
        return ""
    if not isinstance(children, list):
        children = [children]
    return " ".join(_text(c) for c in children if c is not None)


def test_headline_is_the_three_year_average_with_the_single_year_beside_it():
    text = _text(injection.headline())
    assert "14\u00a0326" in text  # 2024 moving average ("roll")
    assert "2022–2024" in text
    assert "Årsanslaget for 2024 alene er 12\u00a0979" in text  # 2024 single year ("N")
    assert text.index("14\u00a0326") < text.index("12\u00a0979")


def test_estimate_view_rescales_the_average_and_says_its_filters():
    view = injection.build_estimate({"mult": 20})
    row = view.table.set_index("year").loc["2024"]
    assert row["rescaled_ma"] == 14326 / 1.2 and row["rescaled"] == 12979 / 1.2
    assert view.filters == "alle dødsrater i modellen endret med +20 %"  # signed, as the slider's marks
    assert injection.build_estimate({"mult": -10}).filters == "alle dødsrater i modellen endret med \u221210 %"
    assert injection.build_estimate({"mult": 0}).filters == "publisert anslag"
    assert injection.build_deaths({}).filters  # never an empty filter line in the XLSX header
