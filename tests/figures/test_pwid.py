"""PWID figures carry the published estimate always and the illustration only when asked."""

from dashboard.data import store
from dashboard.figures import pwid as fig_pwid
from dashboard.stats import pwid


def _fig(mult):
    frame = pwid.rescale_estimate(store.table("pwid_estimates"), mult)
    return fig_pwid.estimate_figure(frame, mult, (10500, 16000), title="T", subtitle="S", source="K")


def test_default_has_no_illustration():
    fig = _fig(0)
    names = [tr.name for tr in fig.data]
    assert "Publisert anslag (standard)" in names
    assert not any(n.startswith("Illustrasjon") for n in names)


def test_illustration_is_dashed_and_published_kept():
    fig = _fig(-10)
    by = {tr.name: tr for tr in fig.data}
    assert list(by["Publisert anslag (standard)"].y)[-1] == 12979
    assert list(by["Treårig glidende gjennomsnitt"].y)[-1] == 14326
    illu = by["Illustrasjon, årsanslag: dødsrater −10 %"]
    assert illu.line.dash == "dash"
    assert round(list(illu.y)[-1]) == round(12979 / 0.9)  # 14 421


def test_the_three_year_average_is_rescaled_with_the_yearly_estimates():
    """At +20 % the average must not sit above every rescaled year (the issue's finding): it is
    the published average (14 326, 2024) divided by the same 1.2."""
    fig = _fig(20)
    by = {tr.name: tr for tr in fig.data}
    ma = by["Illustrasjon, treårig snitt: dødsrater +20 %"]
    assert ma.line.dash == "dot"
    assert list(ma.y)[-1] == 14326 / 1.2  # 11 938.3
    yearly = list(by["Illustrasjon, årsanslag: dødsrater +20 %"].y)
    assert list(ma.y)[-1] < max(yearly) == 16136 / 1.2  # 2023's 16 136 rescaled: 13 446.7


def test_deaths_figure_two_panels():
    frame = pwid.with_deaths(store.table("pwid_estimates"), store.table("deaths_national"))
    fig = fig_pwid.deaths_figure(frame, title="T", subtitle="S", source="K")
    assert list(fig.data[1].y)[-1] == 342
    assert fig.data[1].yaxis == "y2"
