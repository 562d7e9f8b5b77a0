from dashboard.components.url_state import Param, read_query, to_query

PARAMS = {
    "sex": Param("k", "all", ("all", "men", "women")),
    "subs": Param("s", ["cocaine"], ("cocaine", "mdma", "amphetamines"), multi=True),
    "start": Param("fra", 2013, bounds=(2013, 2025)),
}


def test_defaults_are_left_out_of_the_url():
    assert to_query({"sex": "all", "subs": ["cocaine"], "start": 2013}, PARAMS) == {}
    assert to_query({"sex": "men", "subs": ["cocaine", "mdma"], "start": 2015}, PARAMS) == {
        "fra": "2015",
        "k": "men",
        "s": "cocaine,mdma",
    }


def test_round_trip():
    values = {"sex": "women", "subs": ["mdma"], "start": 2020}
    assert read_query(to_query(values, PARAMS), PARAMS) == (values, [])


def test_bad_values_fall_back_and_are_reported():
    values, rejected = read_query({"k": "<script>", "fra": "1999", "s": "heroin"}, PARAMS)
    assert values == {"sex": "all", "subs": ["cocaine"], "start": 2013}
    assert sorted(rejected) == ["1999", "<script>", "heroin"]


def test_valid_checks_callback_values():
    assert PARAMS["sex"].valid("men")
    assert not PARAMS["sex"].valid("alle")
    assert not PARAMS["subs"].valid([])
    assert not PARAMS["start"].valid("2015")
