"""helpers.charts: colours, the series style, finishing and publishing a chart."""

import json
import subprocess
import sys

import plotly.graph_objects as go
import pytest

from helpers import charts
from tests.conftest import ROOT


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


def test_publish_shows_the_figure_once_then_its_text_alternative(monkeypatch):
    shown = []
    monkeypatch.setattr(charts, "display", lambda obj, **kw: shown.append(obj))
    result = charts.publish(go.Figure(go.Bar(x=["a"], y=[1])), ["cia-wfb-2020"],
                            alt="One bar, for a test of publishing.")
    assert result is None  # a cell ending with publish() must not show the figure again
    assert list(shown[0]) == ["application/vnd.plotly.v1+json"]
    assert shown[0]["application/vnd.plotly.v1+json"]["layout"]["meta"]["sources"] == ["cia-wfb-2020"]
    assert "One bar, for a test of publishing." in shown[1].data


def test_the_bundle_is_what_plotlys_own_renderer_publishes():
    import plotly.io as pio

    fig = charts.finish(go.Figure(go.Scatter(x=["2014-12-02", "2015-01-01"], y=[1, 2])),
                        ["cia-wfb-2020"], alt="Two points, for a test of the bundle.")
    ours = charts.mime_bundle(fig)
    theirs = pio.renderers["plotly_mimetype"].to_mimebundle(fig.to_dict())
    assert json.dumps(ours, sort_keys=True) == json.dumps(theirs, sort_keys=True)


def test_publishing_a_chart_does_not_import_nbformat_or_jsonschema():
    code = ("import sys, plotly.graph_objects as go; from helpers import charts; "
            "charts.use_series_style(); "
            "charts.publish(go.Figure(go.Bar(x=['a'], y=[1])), ['cia-wfb-2020'], "
            "alt='One bar, for a test of imports.'); "
            "print(sorted(m for m in ('nbformat', 'jsonschema', 'plotly.io._renderers')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().endswith("[]"), out


def test_every_country_has_a_distinct_colour():
    assert len(set(charts.COUNTRY_COLOURS.values())) == len(charts.COUNTRY_COLOURS) == 10
    with pytest.raises(ValueError, match="Valid codes"):
        charts.colour("XXX")


def test_roles_and_categories_never_use_a_country_colour():
    countries = set(charts.COUNTRY_COLOURS.values())
    assert not countries & set(charts.ROLE_COLOURS.values())
    assert not countries & set(charts.CATEGORY_COLOURS)
    with pytest.raises(ValueError, match="Valid roles"):
        charts.role("rightish")


def test_series_style_sets_the_template_and_a_renderer_without_plotly_js(monkeypatch):
    import plotly.io as pio

    monkeypatch.delenv("PLOTLY_RENDERER", raising=False)
    charts.use_series_style()
    assert pio.templates.default == charts.TEMPLATE_NAME
    assert go.Figure().layout.template.layout.font.size == 16
    # The renderer setting waits in the environment, or is set directly once plotly loaded it.
    if "plotly.io._renderers" in sys.modules:
        assert pio.renderers.default == "plotly_mimetype"
    else:
        import os

        assert os.environ["PLOTLY_RENDERER"] == "plotly_mimetype"


def test_whole_years_axis_never_shows_fractions():
    fig = charts.whole_years(go.Figure(go.Scatter(x=[2015, 2016], y=[1, 2])))
    assert fig.layout.xaxis.tickformat == "d" and fig.layout.xaxis.dtick == 1
