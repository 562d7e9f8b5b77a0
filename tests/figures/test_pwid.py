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
    illu = by["Illustrasjon: dødsrate −10 %"]
    assert illu.line.dash == "dash"
    assert round(list(illu.y)[-1]) == round(12979 / 0.9)  # 14 421


def test_deaths_figure_two_panels():
    frame = pwid.with_deaths(store.table("pwid_estimates"), store.table("deaths_national"))
    fig = fig_pwid.deaths_figure(frame, title="T", subtitle="S", source="K")
    assert list(fig.data[1].y)[-1] == 342
    assert fig.data[1].yaxis == "y2"
