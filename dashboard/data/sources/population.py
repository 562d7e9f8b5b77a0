"""Population on 1 January by county, sex and the report's age groups (2024 county borders).

Raw: SSB table 07459 as packaged by FHI (csdata), single ages 0-105, trimmed to the columns we
need. Here single ages are summed into the age groups the deaths tables use, plus 'total'.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

RAW_FILE = "population/nor_population_jan1_by_age_sex_county_b2024_2012-2026_trimmed.csv"
SEX_CODES = {"total": "all", "male": "men", "female": "women"}
# Lower bounds of the deaths tables' age groups (contract.DEATH_AGE_GROUPS); 70+ is open.
AGE_BOUNDS = ((0, "0-29"), (30, "30-39"), (40, "40-49"), (50, "50-59"), (60, "60-69"), (70, "70+"))


def age_group(age: int) -> str:
    label = AGE_BOUNDS[0][1]
    for low, name in AGE_BOUNDS:
        if age >= low:
            label = name
    return label


def read_single_ages(raw_dir: Path) -> pd.DataFrame:
    """Tidy single-age frame: year, county_code ('00' = nation), sex, age, population."""
    raw = pd.read_csv(raw_dir / RAW_FILE, dtype={"location_code": str, "sex": str})
    code = raw["location_code"].str.removeprefix("county_nor").replace("nation_nor", "00")
    return pd.DataFrame(
        {
            "year": raw["calyear"].astype(int),
            "county_code": code,
            "sex": raw["sex"].map(SEX_CODES),
            "age": raw["age"].astype(int),
            "population": raw["pop_jan1_n"].astype(int),
        }
    )


def by_age_group(single: pd.DataFrame) -> pd.DataFrame:
    keys = ["year", "county_code", "sex"]
    grouped = (
        single.assign(age_group=single["age"].map(age_group))
        .groupby(keys + ["age_group"], as_index=False)["population"]
        .sum()
    )
    total = single.groupby(keys, as_index=False)["population"].sum().assign(age_group="total")
    return pd.concat([grouped, total], ignore_index=True)[keys + ["age_group", "population"]]


def build(raw_dir: Path) -> dict[str, pd.DataFrame]:
    return {"population.csv": by_age_group(read_single_ages(raw_dir))}
