"""Unit tests for the helpers package, bad input included."""

import datetime as dt

import plotly.graph_objects as go
import pytest

from helpers import charts, checks, data, geo, widgets

# ------------------------------------------------------------------------------- data


def test_unknown_data_set_names_the_valid_ones():
    with pytest.raises(data.DataError) as err:
        data.load("opium_poppies")
    message = str(err.value)
    assert "opium_poppies" in message and "states" in message and "memberships" in message


def test_close_misspelling_gets_a_suggestion():
    with pytest.raises(data.DataError, match="Did you mean 'states'"):
        data.load("state")


def test_missing_file_names_the_file_and_how_to_restore_it(data_copy):
    (data_copy / "states.csv").unlink()
    with pytest.raises(data.DataError) as err:
        data.load("states")
    assert "states.csv" in str(err.value) and "git checkout" in str(err.value)


def test_damaged_csv_with_wrong_columns_is_reported(data_copy):
    path = data_copy / "afghanistan_borders.csv"
    path.write_text(path.read_text().replace("length_km", "lenght"), encoding="utf-8")
    with pytest.raises(data.DataError, match="damaged.*columns"):
        data.load("afghanistan_borders")


def test_damaged_csv_with_text_in_a_number_column_is_reported(data_copy):
    path = data_copy / "afghanistan_borders.csv"
    path.write_text(path.read_text().replace(",144,", ",about 144,"), encoding="utf-8")
    with pytest.raises(data.DataError, match="length_km.*number"):
        data.load("afghanistan_borders")


def test_unparseable_csv_is_reported(data_copy):
    (data_copy / "states.csv").write_bytes(b'iso3,"iso2\n"AFG,\xff\xfe')
    with pytest.raises(data.DataError, match="states.csv"):
        data.load("states")


def test_missing_datapackage_is_reported(data_copy):
    (data_copy / "datapackage.json").unlink()
    with pytest.raises(data.DataError, match="datapackage.json is missing"):
        data.load("states")


def test_load_returns_a_copy_the_student_may_change():
    first = data.load("states")
    first.loc[0, "name"] = "changed"
    assert data.load("states").loc[0, "name"] != "changed"


def test_cite_gives_publisher_title_and_date():
    text = data.cite("nato-brussels-declaration-2018")
    assert text.startswith("NATO, Brussels Summit Declaration") and "2018-07-11" in text


def test_cite_unknown_source_suggests_close_ids():
    with pytest.raises(data.DataError, match="cia-wfb-2020"):
        data.cite("cia-wfb-2019")


def test_memberships_on_reads_the_2018_standing():
    standing = data.memberships_on("2018-10-01").set_index(["organisation", "state_iso3"])
    assert standing.loc[("CSTO", "UZB"), "standing"] == "suspended"
    assert standing.loc[("CSTO", "TJK"), "standing"] == "member"
    assert standing.loc[("CIS", "TKM"), "standing"] == "associate"
    assert ("CSTO", "TKM") not in standing.index
    # Uzbekistan was back in the CSTO between its 2006 return and its 2012 suspension.
    assert data.memberships_on("2010-01-01").set_index(["organisation", "state_iso3"]).loc[
        ("CSTO", "UZB"), "standing"] == "member"


def test_memberships_on_rejects_a_malformed_date():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        data.memberships_on("October 2018")


# ----------------------------------------------------------------------------- checks


@pytest.mark.parametrize("answer", ["1,357", "1357 km", " 1357 ", 1357, 1357.0, "1 357"])
def test_check_number_accepts_common_forms(answer):
    assert checks.check_number(answer, expected=1357).correct is True


def test_check_number_says_too_high_or_low():
    feedback = checks.check_number("1500", expected=1357, hint="Look at TJK.")
    assert feedback.correct is False and "too high" in feedback.message and "TJK" in feedback.message


@pytest.mark.parametrize("answer", ["about a thousand", "12-14", True, [1357]])
def test_check_number_malformed_answer_explains_the_expected_form(answer):
    feedback = checks.check_number(answer, expected=1357)
    assert feedback.correct is None and "number" in feedback.message


@pytest.mark.parametrize("answer", [None, ..., "", "   ", []])
def test_unanswered_exercises_ask_for_an_answer(answer):
    assert checks.check_set(answer, {"Balkh"}) == checks.NOT_ANSWERED
    if not isinstance(answer, list):
        assert checks.check_number(answer, 1) == checks.NOT_ANSWERED


def test_check_set_is_tolerant_of_case_spacing_and_aliases():
    feedback = checks.check_set(" balk ; TAKHAR", {"Balkh", "Takhar"}, aliases={"Balk": "Balkh"})
    assert feedback.correct is True


def test_check_set_names_wrong_items_and_counts_missing_ones():
    feedback = checks.check_set(["Herat", "Balkh"], {"Balkh", "Kunduz", "Takhar"})
    assert feedback.correct is False
    assert "Herat" in feedback.message and "2 more" in feedback.message


def test_check_choice_accepts_key_or_label_and_rejects_unknown():
    options = {"a": "checkable fact", "b": "interpretation", "c": "forecast"}
    assert checks.check_choice("Forecast", "c", options).correct is True
    assert checks.check_choice("c", "c", options).correct is True
    assert checks.check_choice("b", "c", options).correct is False
    unknown = checks.check_choice("d", "c", options)
    assert unknown.correct is None and "'a'" in unknown.message


def test_check_date_between_parses_several_formats():
    window = (dt.date(2018, 7, 25), dt.date(2018, 8, 18))
    assert checks.check_date_between("18 Aug 2018", *window).correct is True
    assert checks.check_date_between("2018-08-01", *window).correct is True
    assert checks.check_date_between("2018-11-09", *window).correct is False
    assert checks.check_date_between("mid-August", *window).correct is None


def test_feedback_renders_as_html_without_injecting_markup():
    html = checks.Feedback(False, "<script>x</script>")._repr_html_()
    assert "<script>" not in html and "Not yet" in html


# ----------------------------------------------------------------------------- charts


def test_finish_adds_source_line_and_alt_text():
    fig = charts.finish(go.Figure(), sources=["cia-wfb-2020"], alt="An empty chart for a test.")
    assert fig.layout.annotations[-1].text.startswith("Source: Central Intelligence Agency")
    assert fig.layout.meta["alt"] == "An empty chart for a test."


def test_finish_refuses_missing_alt_text_or_unknown_source():
    with pytest.raises(ValueError, match="text alternative"):
        charts.finish(go.Figure(), sources=["cia-wfb-2020"], alt="")
    with pytest.raises(ValueError, match="Unknown source"):
        charts.finish(go.Figure(), sources=["nope"], alt="A chart with a made-up source.")


def test_show_refuses_an_unfinished_figure():
    with pytest.raises(ValueError, match="finish"):
        charts.show(go.Figure())


def test_every_country_has_a_distinct_colour():
    assert len(set(charts.COUNTRY_COLOURS.values())) == len(charts.COUNTRY_COLOURS) == 10
    with pytest.raises(ValueError, match="Valid codes"):
        charts.colour("XXX")


def test_whole_years_axis_never_shows_fractions():
    fig = charts.whole_years(go.Figure(go.Scatter(x=[2015, 2016], y=[1, 2])))
    assert fig.layout.xaxis.tickformat == "d" and fig.layout.xaxis.dtick == 1


# -------------------------------------------------------------------------------- geo


def test_base_map_draws_every_country_without_geo_traces():
    fig = geo.base_map()
    assert len(fig.data) == 10
    assert all(trace.type == "scatter" and trace.fill == "toself" for trace in fig.data)
    assert fig.layout.yaxis.scaleanchor == "x"


def test_unknown_outline_names_valid_codes():
    with pytest.raises(ValueError, match="AFG"):
        geo.country_trace("XYZ", "#000000")


# ---------------------------------------------------------------------------- widgets


def apply_button(fig: go.Figure, label: str) -> go.Figure:
    """Do what plotly.js does when a dropdown item is chosen (method 'update')."""
    menu = fig.layout.updatemenus[0]
    button = next(b for b in menu.buttons if b.label == label)
    trace_update, layout_update, indices = button.args
    new = go.Figure(fig)
    for key, values in trace_update.items():
        for index, value in zip(indices, values):
            new.data[index].update({key.replace(".", "_"): value} if "." not in key
                                   else {key.split(".")[0]: {key.split(".")[1]: value}})
    for key, value in layout_update.items():
        if key.startswith("annotations[0]"):
            new.layout.annotations[0].text = value
        else:
            new.update_layout({key.replace(".", "_"): value})
    return new


def test_explorer_starts_on_tajikistan_with_its_border():
    fig = widgets.neighbour_explorer()
    assert fig.layout.title.text == "Tajikistan: 1,357 km of border with Afghanistan"
    assert "1,357 km" in fig.layout.annotations[0].text


def test_choosing_uzbekistan_highlights_it_and_rewrites_the_panel():
    fig = apply_button(widgets.neighbour_explorer(), "Uzbekistan")
    fills = {trace.name: trace.fillcolor for trace in fig.data if trace.fill == "toself"}
    assert fills["Uzbekistan"] == charts.colour("UZB")
    assert fills["Tajikistan"] == charts.NEUTRAL
    assert fills["Afghanistan"] == charts.colour("AFG")
    assert fig.layout.title.text == "Uzbekistan: 144 km of border with Afghanistan"
    panel = fig.layout.annotations[0].text
    assert "CSTO (suspended)" in panel and "145 km" in panel


def test_choosing_kyrgyzstan_says_there_is_no_border():
    fig = apply_button(widgets.neighbour_explorer(), "Kyrgyzstan")
    assert fig.layout.title.text == "Kyrgyzstan has no border with Afghanistan"


def test_country_facts_rejects_afghanistan_and_unknown_codes():
    for code in ["AFG", "XXX"]:
        with pytest.raises(ValueError, match="Choose one of"):
            widgets.country_facts(code)


def test_quiz_with_no_answer_asks_for_one_instead_of_failing():
    quiz = widgets.quiz([{"question": "Q?", "options": ["a", "b"], "answer": "b",
                          "explanation": "Because."}])
    quiz.button.click()
    assert "Choose an answer first" in quiz.feedback[0].value
    assert "0 of 1" in quiz.score.value


def test_quiz_marks_right_and_wrong_answers():
    quiz = widgets.quiz([{"question": "Q1", "options": ["a", "b"], "answer": "b",
                          "explanation": "Because."},
                         {"question": "Q2", "options": ["x", "y"], "answer": "x",
                          "explanation": "So.", "hint": "Think again."}])
    quiz.choices[0].value = "b"
    quiz.choices[1].value = "y"
    quiz.button.click()
    assert "Right" in quiz.feedback[0].value and "Think again" in quiz.feedback[1].value
    assert "1 of 2" in quiz.score.value


def test_quiz_rejects_a_question_whose_answer_is_not_an_option():
    with pytest.raises(ValueError, match="not among the options"):
        widgets.quiz([{"question": "Q", "options": ["a"], "answer": "b", "explanation": "x"}])


def test_quiz_plain_text_fallback_is_an_instruction():
    quiz = widgets.quiz([{"question": "Q", "options": ["a"], "answer": "a", "explanation": "x"}])
    assert repr(quiz) == "Run this cell (Shift+Enter) to use the quiz."


def test_every_quiz_bank_is_well_formed():
    from helpers import quizzes

    banks = [v for k, v in vars(quizzes).items() if k.isupper()]
    assert banks
    for bank in banks:
        widgets.quiz(bank)  # raises if an answer is not among the options


# ------------------------------------------------------------- explorers of notebooks 01-03


def test_dating_counts_bound_the_writing_date():
    timeline = data.load("timeline_2018")
    assert widgets.dating_counts(timeline, "2018-08-17")[0] >= 1  # Imran Khan not yet sworn in
    assert widgets.dating_counts(timeline, "2018-08-18")[0] == 0
    before, after = (widgets.dating_counts(timeline, d)[1] for d in ("2018-09-01", "2018-11-30"))
    assert after > before  # Khalilzad, Doha, the elections and Moscow are left out


def test_dating_counts_rejects_a_malformed_date():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        widgets.dating_counts(data.load("timeline_2018"), "mid-August")


def test_dating_slider_steps_carry_the_counts_in_their_titles():
    timeline = data.load("timeline_2018")
    fig = widgets.dating_explorer(timeline, ["2018-08-03", "2018-10-12"], start="2018-10-12")
    steps = fig.layout.sliders[0].steps
    # After 3 Aug 2018 come three events the paper refers to: Tashkent, Ghormach, Imran Khan.
    assert "3 anachronisms" in steps[0].args[0]["title.text"]
    assert steps[1].args[0]["title.text"].startswith("Written on 12 Oct 2018? 0 anachronisms")
    with pytest.raises(ValueError, match="start"):
        widgets.dating_explorer(timeline, ["2018-08-03"], start="2018-10-12")


def test_claim_classifier_gives_feedback_and_redraws_the_theme_chart():
    classifier = widgets.claim_classifier(data.load("claims"), {"T2": "NATO's mission"})
    classifier.picker.value = 8
    assert classifier.chart.layout.title.text.startswith("Claim #8 is in theme T2")
    assert list(classifier.chart.data[0].y) == [8, 1, 0]
    classifier.answer.value = "b"
    assert "Not quite" in classifier.feedback.value and "checkable fact" in classifier.feedback.value
    classifier.answer.value = "a"
    assert "Right" in classifier.feedback.value and "Pakistan" in classifier.feedback.value


def test_claim_classifier_refuses_an_empty_table():
    with pytest.raises(ValueError, match="no claims"):
        widgets.claim_classifier(data.load("claims").iloc[0:0], {})


def test_check_labels_scores_and_names_the_wrong_items():
    expected, options = {4: "a", 14: "b", 67: "c"}, widgets.TYPE_LABELS
    assert checks.check_labels({4: "a", 14: "b", 67: "c"}, expected, 3, options).correct is True
    partial = checks.check_labels({4: "a", 14: "a", 67: "z"}, expected, 3, options)
    assert partial.correct is False and "14" in partial.message and "67" in partial.message
    assert checks.check_labels({4: ..., 14: ..., 67: ...}, expected, 3, options) == checks.NOT_ANSWERED
    assert checks.check_labels("a, b, c", expected, 3, options).correct is None


def test_border_explorer_starts_on_uzbekistan_and_greys_the_disputed_province():
    fig = widgets.border_explorer()
    assert fig.layout.title.text.startswith("Uzbekistan borders 1 Afghan province")
    fills = {t.name: t.fillcolor for t in fig.data if t.fill == "toself"}
    assert fills["Balkh"] == charts.colour("UZB") and fills["Jowzjan"] == "#DDDDDD"
    pakistan = next(b for b in fig.layout.updatemenus[0].buttons if b.label == "Pakistan")
    assert pakistan.args[1]["title.text"].startswith("Pakistan borders 11 Afghan provinces")


def test_taac_west_touches_iran_and_turkmenistan_not_pakistan():
    facts = widgets.command_facts("TAAC-W")
    assert facts["provinces"] == ["Badghis", "Farah", "Ghor", "Herat"]
    assert facts["borders"] == ["IRN", "TKM"]
    with pytest.raises(ValueError, match="Valid"):
        widgets.command_facts("TAAC-X")


def test_linked_years_menu_moves_the_band_and_rejects_an_unknown_year():
    traces = [("Troops", [go.Scatter(x=["2016-05-01", "2018-05-01"], y=[1, 2])])]
    fig = widgets.linked_years(traces, {2016: "a", 2018: "b"}, first_year=2018)
    assert fig.layout.shapes[0].x0 == "2018-01-01"
    first = fig.layout.updatemenus[0].buttons[0].args[0]
    assert first["shapes[0].x0"] == "2016-01-01" and first["title.text"] == "a"
    with pytest.raises(ValueError, match="first_year"):
        widgets.linked_years(traces, {2016: "a"}, first_year=2018)
