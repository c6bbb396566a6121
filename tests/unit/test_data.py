"""helpers.data: finding data/, loading typed tables, citing sources, bad input."""

import os
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from helpers import data
from tests.conftest import ROOT


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


def test_an_edited_file_is_read_again(data_copy):
    path = data_copy / "afghanistan_borders.csv"
    assert 144 in data.load("afghanistan_borders")["length_km"].tolist()
    path.write_text(path.read_text().replace(",144,", ",143,"), encoding="utf-8")
    os.utime(path, (1, 1))  # a new modification time, whatever the clock's resolution
    assert 143 in data.load("afghanistan_borders")["length_km"].tolist()


# --------------------------------------------------------------------- where data/ is


def test_data_is_found_from_a_notebook_folder(monkeypatch):
    monkeypatch.delenv(data.ENV_VAR, raising=False)
    monkeypatch.chdir(ROOT / "notebooks")
    assert data.data_dir() == ROOT / "data"


def test_outside_the_repository_the_error_says_where_it_looked(monkeypatch, tmp_path):
    monkeypatch.delenv(data.ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(data.DataError) as err:
        data.load("states")
    assert str(tmp_path) in str(err.value) and data.ENV_VAR in str(err.value)


def test_the_environment_variable_points_at_another_copy(monkeypatch, tmp_path):
    monkeypatch.setenv(data.ENV_VAR, str(tmp_path))
    assert data.data_dir() == tmp_path


def test_use_data_refuses_a_folder_without_a_datapackage(tmp_path):
    with pytest.raises(data.DataError, match="datapackage.json"):
        data.use_data(tmp_path)


@pytest.mark.slow
def test_a_non_editable_install_still_finds_the_data(tmp_path):
    """Binder and hubs may install helpers into site-packages: data/ comes from the cwd."""
    source, site = tmp_path / "source", tmp_path / "site"
    shutil.copytree(ROOT / "helpers", source / "helpers", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", source)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                    "--target", str(site), str(source)], check=True, capture_output=True)
    code = "import helpers.data as d; print(d.__file__); print(len(d.load('states')))"
    env = {k: v for k, v in os.environ.items() if k != data.ENV_VAR}
    env["PYTHONPATH"] = str(site)
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT / "notebooks", env=env,
                         capture_output=True, text=True, check=True)
    module_file, rows = run.stdout.split()
    assert module_file.startswith(str(site)) and rows == "10"


# ------------------------------------------------------------------- tables and sources


def test_lookup_reads_a_vocabulary_and_names_bad_columns():
    assert data.lookup("themes", "theme", "name")["T8"] == "Russia and the CSTO"
    with pytest.raises(data.DataError, match="no column 'label'"):
        data.lookup("themes", "theme", "label")


def test_cite_gives_publisher_title_and_date():
    text = data.cite("nato-brussels-declaration-2018")
    assert text.startswith("NATO, Brussels Summit Declaration") and "2018-07-11" in text


def test_cite_unknown_source_suggests_close_ids():
    with pytest.raises(data.DataError, match="cia-wfb-2020"):
        data.cite("cia-wfb-2019")


def test_sources_list_takes_ids_lists_and_tables_once_each():
    borders = data.load("afghanistan_borders")
    listed = data.sources_list("cia-wfb-2020", borders, ["af-mobta-borders"])
    assert len(listed) == 2 and listed[0].startswith("Central Intelligence Agency")
    assert listed._repr_markdown_().startswith("- Central Intelligence Agency")
    with pytest.raises(data.DataError, match="source_id"):
        data.sources_list(pd.DataFrame({"x": [1]}))


def test_memberships_on_reads_the_2018_standing():
    standing = data.memberships_on("2018-10-01").set_index(["organisation", "state_iso3"])
    assert standing.loc[("CSTO", "UZB"), "standing"] == "suspended"
    assert standing.loc[("CSTO", "TJK"), "standing"] == "member"
    assert standing.loc[("CIS", "TKM"), "standing"] == "associate"
    assert ("CSTO", "TKM") not in standing.index
    # Uzbekistan was back in the CSTO between its 2006 return and its 2012 suspension.
    assert data.memberships_on("2010-01-01").set_index(["organisation", "state_iso3"]).loc[
        ("CSTO", "UZB"), "standing"] == "member"


def test_kyrgyzstan_joined_the_eaeu_when_the_treaty_entered_into_force():
    def eaeu(day):
        table = data.memberships_on(day).set_index(["organisation", "state_iso3"])
        return table["standing"].get(("EAEU", "KGZ"))

    assert eaeu("2015-06-01") != "member"  # protocols signed 8 May, in force 6 Aug 2015
    assert eaeu("2015-08-06") == "member"


def test_memberships_on_rejects_a_malformed_date():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        data.memberships_on("October 2018")
