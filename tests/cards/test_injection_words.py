"""The injection page's illustration note: what the slider does, in words."""

from dashboard.cards.injection import note_text


def test_at_zero_it_says_the_published_estimate_is_shown():
    assert note_text(0) == "Viser det publiserte anslaget (dødsrate uendret)."


def test_a_higher_rate_divides_by_more_than_one():
    text = note_text(10)
    assert "dødsraten satt +10 %" in text and "delt på 1,10" in text and "ikke data" in text


def test_a_lower_rate_uses_a_minus_sign_and_a_factor_below_one():
    text = note_text(-20)
    assert "dødsraten satt −20 %" in text and "delt på 0,80" in text
