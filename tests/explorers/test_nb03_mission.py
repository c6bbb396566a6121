"""Notebook 03: the linked year menu."""

import plotly.graph_objects as go
import pytest

from helpers import data
from helpers.explorers import nb03_mission as nb03
from tests import plotly_sim as sim

PANELS = [("Troops", [go.Scatter(x=["2016-05-01", "2018-05-01"], y=[1, 2])])]


def test_choosing_a_year_moves_the_band_and_rewrites_the_title():
    fig = nb03.linked_years(PANELS, {2016: "a", 2018: "b"}, first_year=2018)
    assert fig.layout.shapes[0].x0 == "2018-01-01" and sim.title(fig) == "b"
    after = sim.choose(fig, "Year: 2016")
    assert after["layout"]["shapes"][0]["x0"] == "2016-01-01" and sim.title(after) == "a"


def test_an_unknown_first_year_is_refused():
    with pytest.raises(ValueError, match="first_year"):
        nb03.linked_years(PANELS, {2016: "a"}, first_year=2018)


def test_year_only_troop_figures_sit_mid_year_with_a_bar_across_the_year():
    points = nb03.troop_points(data.load("nato_troops").dropna(subset=["troops"]))
    year_only = points[points["precision"] == "year"]
    assert len(year_only) and (year_only["date"].dt.month == 7).all()
    assert (year_only["spread_ms"] > 0).all() and (
        points.loc[points["precision"] != "year", "spread_ms"] == 0
    ).all()


def test_planned_troop_sizes_are_drawn_apart_as_open_markers():
    fig = nb03.troop_chart(data.load("nato_troops").dropna(subset=["troops"]))
    planned = [t for t in fig.data if "planned" in t.name]
    assert len(planned) == 1 and planned[0].marker.color == "white"
    assert all(t.marker.color != "white" for t in fig.data if "planned" not in t.name)


def test_party_parts_leave_the_totals_out_and_keep_each_part_s_side():
    shares = data.load("unama_party_shares").query("year == 2018 and source_id == 'unama-poc-2018'")
    parts = nb03.party_parts(shares)
    assert not parts["party"].str.endswith("(all)").any()
    taliban = parts.set_index("party").loc["Taliban"]
    assert taliban["side"] == "Anti-Government Elements" and taliban["side_share"] == 63


def test_year_only_figures_hover_with_their_year_not_a_month():
    fig = nb03.troop_chart(data.load("nato_troops").dropna(subset=["troops"]))
    year_only = [t for t in fig.data if "within the year unknown" in t.name]
    assert year_only and all(t.hovertemplate.startswith("%{x|%Y}") for t in year_only)
    assert all(t.hovertemplate.startswith("%{x|%b %Y}") for t in fig.data if t not in year_only)


def test_the_linked_troop_panel_draws_year_only_figures_across_their_year():
    points = nb03.troop_points(data.load("nato_troops").dropna(subset=["troops"]))
    rsm = points.query("mission == 'RSM' and figure_type == 'reported'")
    dated, year_only = nb03.troop_panel(rsm, colour="black")
    assert "+lines" in dated.mode and "lines" not in year_only.mode
    assert 16000 in list(year_only.y) and 16000 not in list(dated.y)
    assert year_only.error_x.visible and all(a == nb03.HALF_YEAR_MS for a in year_only.error_x.array)
    assert list(dated.x) == sorted(dated.x)


def test_the_year_titles_name_the_2018_troop_figure_known_only_by_its_year():
    points = nb03.troop_points(data.load("nato_troops").dropna(subset=["troops"]))
    rsm = points.query("mission == 'RSM' and figure_type == 'reported'")
    empty = points.iloc[0:0].assign(share_percent=[], year=[], total=[])
    titles = nb03.mission_year_titles(rsm, empty, empty, years=[2015, 2018])
    assert "about 16,000 NATO troops" in titles[2018]
    assert "about 12,905 NATO troops" in titles[2015]  # the latest figure of the year, not the year-only one
