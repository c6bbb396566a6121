# ---
# jupyter:
#   indeo:
#     title: Start here
#     minutes: 30
#     claims: [1, 2, 3, 24]
#     corrects: [1, 2, 3]
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # Start here: a 2018 brief on Afghanistan and Central Asia
#
# **Time:** about 30 minutes · **Prerequisites:** none (you can run the code without knowing
# Python) · **Passage:** the whole paper, read once for its shape
#
# This series reads one short document closely: Fabio Indeo's policy background paper
# *Afghanistan and Central Asia: Looming priorities and regional un-balances* [sic], written for
# the NATO Defense College Foundation in late 2018. Each notebook takes one part of the paper,
# checks its claims against data and asks what has happened since.

# %% [markdown] slideshow={"slide_type": "notes"}
# Hook: show the first page of the paper and ask the room "Is this an official NATO document?"
# Take a show of hands before the next slide answers it.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Learning objectives
#
# By the end of this notebook you will be able to:
#
# 1. **Identify** who wrote the paper, who published it, and why that publisher is not NATO.
# 2. **Explain** how an undated document can be dated from the events it mentions.
# 3. **Locate** Afghanistan's six neighbours and the three other states of the region
#    (Kazakhstan, Kyrgyzstan, Russia).
# 4. **Compare** the neighbours by border length, population, economy and memberships, using two
#    sources where they disagree.
# 5. **Use** the series: run a notebook, move an explorer, check an exercise, present as slides.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the paper says
#
# A short brief (about 1,100 words in thirteen paragraphs) with no footnotes. In order, it argues
# that:
#
# - NATO's **Resolute Support Mission** (RSM) trains and advises Afghan forces across the country,
#   and NATO's July 2018 Brussels summit renewed the commitment made after ISAF ended in 2014;
# - **regional cooperation** and trade corridors need security, and could make Afghanistan a hub;
# - Russia, Uzbekistan and China each **promote dialogue with the Taliban**, partly to contain the
#   Islamic State's Khorasan branch (**IS-K**); the UN's role stays essential;
# - Central Asian governments see Afghanistan as the main **source of threats**: Taliban offensives
#   in the northern provinces, returning foreign fighters, drugs and weapons;
# - yet the region's own violence since 1991 has mostly **local causes** (the paper's core thesis);
# - **Russia** works through the CSTO and its bases; **China** through the Belt and Road
#   Initiative and a new four-country security mechanism; neither CSTO nor SCO acted in Osh in 2010;
# - "the coming year" could bring progress in Afghan negotiations.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Reading it critically: who published it?
#
# The first page of the paper reads "NATO Foundation / *Defense College*". That is the logo of
# the **NATO Defense College Foundation** (NDCF), split in two when the PDF was turned into text.
#
# | | NATO Defense College (NDC) | NATO Defense College Foundation (NDCF) |
# |---|---|---|
# | What it is | NATO's own international college | a non-profit foundation |
# | Since | 1951 (Paris); in Rome since 1966 | 2011, in Rome |
# | Speaks for NATO? | it is a NATO body | **no**: it is not a NATO body |
#
# So the paper is an analyst's brief from a NATO-friendly think tank, **not** NATO policy
# (claims checklist #1). Its title's "un-balances" is non-standard English for "imbalances" (#2).

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Reading it critically: when was it written?
#
# The paper carries no date. Its own references bound it: it must come **after** the events it
# mentions, and probably **before** major events it would surely have mentioned.

# %%
from helpers import charts, data

charts.use_series_style()
dating = data.load("paper_dating")
dating[["clue", "event", "date", "bound"]]

# %% [markdown] slideshow={"slide_type": "fragment"}
# "New government" and "recent" only make sense from a fixed point. The window is **after
# 18 August 2018 and probably before 9 November 2018**: late 2018. Every "currently", "recent"
# and "the coming year" in the paper means late 2018 and 2019 (#3). Notebook 01 narrows this
# window further.

# %% slideshow={"slide_type": "subslide"}
window = charts.timeline(dating["date"], dating["event"], shade=("2018-08-18", "2018-11-09"),
                         shade_label="likely writing window",
                         title="The paper was most likely written between mid-August and early November 2018")
window.update_xaxes(range=["2018-06-20", "2018-12-01"])
charts.publish(window, sources=dating["source_id"].tolist(),
    alt="A timeline of 2018 with three events: the NATO Brussels summit declaration (11 July) and "
        "Imran Khan's swearing-in (18 August), which the paper mentions, and the Taliban's first "
        "Moscow-format meeting (9 November), which it does not. The writing window between 18 August "
        "and 9 November is shaded.")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## How to use this series
#
# - **Alone:** run each cell in order with **Shift+Enter** (or *Run → Run All Cells*). Before
#   each explorer, write down what you expect; then move it and compare.
# - **In class:** a lecturer presents each notebook as slides with the RISE button in the
#   notebook toolbar ("Render as Reveal Slideshow", or *Alt+R*); explorers stay live on the slides.
# - **On Binder:** nothing to install. The series opens in your browser; the first start can take
#   a few minutes. Binder shuts a session down after about ten minutes without activity. The
#   menus inside charts keep working in the open page, but the quiz, the other widgets and the
#   code cells stop answering: download your notebook (*File → Download*), open the Binder link
#   again and run the cells from the top.
#
# Every number comes from a file in `data/` with a `source_id`; `data.cite(...)` gives the full
# reference. Run the next cell to see one.

# %%
data.cite("cia-wfb-2020")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The region on a map
#
# Afghanistan is landlocked. Six states border it; the paper also discusses Kazakhstan,
# Kyrgyzstan and Russia, which do not. The map draws offline: no map service is used.

# %%
from helpers import geo

states = data.load("states")
in_window = states[states["capital_lon"].between(*geo.LON_RANGE) & states["capital_lat"].between(*geo.LAT_RANGE)]
region = geo.add_country_names(geo.base_map())
geo.add_places(region, in_window["capital"].tolist(), in_window["capital_lon"].tolist(), in_window["capital_lat"].tolist())
region.update_layout(title="Afghanistan has six neighbours; Kazakhstan and Kyrgyzstan are not among them")
charts.publish(region, sources=["natural-earth-110m", "cia-wfb-2020", "cia-wfb-2024"],
    alt="Map of Afghanistan and the nine other states of the region, each named, with capitals marked. "
        "Afghanistan borders Iran, Turkmenistan, Uzbekistan, Tajikistan, China and Pakistan; "
        "Kazakhstan, Kyrgyzstan and Russia do not touch it.")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Two sources, two sets of border lengths
#
# The CIA World Factbook and Afghanistan's Ministry of Borders and Tribal Affairs measure the
# borders differently. The ministry gives no length for Pakistan: Afghan governments have never
# accepted the Durand Line as the border. We keep both sources side by side.

# %%
borders = data.load("afghanistan_borders")
side_by_side = borders.pivot(index="neighbour_iso3", columns="source_id", values="length_km")
side_by_side

# %% slideshow={"slide_type": "subslide"}
import plotly.graph_objects as go

lengths = borders[borders["neighbour_iso3"] != "ALL"].merge(states[["iso3", "name"]], left_on="neighbour_iso3", right_on="iso3")
publishers = {"cia-wfb-2020": "CIA World Factbook", "af-mobta-borders": "Afghan ministry"}
bars = go.Figure()
for colour, (source_id, label) in zip(charts.CATEGORY_COLOURS, publishers.items()):
    rows = lengths[lengths["source_id"] == source_id]
    bars.add_bar(x=rows["length_km"], y=rows["name"], name=label, orientation="h", marker_color=colour,
                 texttemplate="%{x:,.0f}", textposition="outside", cliponaxis=False)
bars.update_layout(title="Pakistan has the longest border; Tajikistan the longest in Central Asia", height=420,
                   barmode="group", xaxis_title="Border with Afghanistan (km)", legend_title_text="Source",
                   yaxis_categoryorder="max ascending")
charts.publish(bars, sources=["cia-wfb-2020", "af-mobta-borders"],
    alt="Horizontal bars of border length with Afghanistan by neighbour and source. Pakistan 2,670 km "
        "(Factbook only), Tajikistan about 1,360, Iran about 920, Turkmenistan 804 or 874, "
        "Uzbekistan 144 or 145, China 91 or 96 km.")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Explore the neighbours
#
# **Predict first.** Write your answers down before you touch the explorer:
#
# 1. Which Central Asian state has the longest border with Afghanistan?
# 2. Is any Central Asian state's population larger than Afghanistan's?
# 3. Which state had *suspended* its CSTO membership in 2018?
#
# Then choose a country in the menu above the fact panel. The menu works even before you run the
# notebook, and in slides.

# %%
from helpers.explorers.nb00_start_here import neighbour_explorer

explorer = neighbour_explorer(as_of="2018-10-01")
charts.publish(explorer, sources=["cia-wfb-2020", "af-mobta-borders", "wb-wdi-pop-snap2020",
                                 "wb-wdi-gdp-snap2024", "natural-earth-110m"],
    alt="Map of the region with a menu of nine countries. The chosen country is coloured beside "
        "Afghanistan, and a panel lists its border with Afghanistan from each source, its 2018 "
        "population and GDP compared with Afghanistan's, and its memberships in late 2018.")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### What moving the explorer shows
#
# - **Tajikistan** has the longest Central Asian border (1,357 km);
#   **Uzbekistan** has only 144 km, yet it is the most populous Central Asian state.
# - **Kazakhstan** and **Kyrgyzstan** have no border with Afghanistan at all, but the paper counts
#   them among the states worried by "spill-over". Notebook 02 maps what lies between.
# - Only **Uzbekistan's** population comes close to Afghanistan's 37 million; every Central Asian
#   economy except Kyrgyzstan's and Tajikistan's was larger than Afghanistan's in 2018.
# - **Memberships differ**: Uzbekistan had suspended its CSTO membership (2012), Turkmenistan was
#   only an associate of the CIS, and Tajikistan alone sat in both the CSTO and China's QCCM.
# - "Kabul" in the paper's phrase "Kabul is perceived as the main source of threats" means
#   Afghanistan as a whole, not its government (#24).
#
# The population and GDP figures come from two different releases of the World Bank's
# indicators; each is compared only with Afghanistan's figure from the same release.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Check yourself: a quick quiz

# %%
from helpers import widgets

widgets.quiz("start_here")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# Replace the `...` with your answer and run the cell. The check accepts answers like `1,357`,
# `1357 km` or a list of names; it tells you whether you are right, or what to look at again.
#
# **Exercise 1.** According to the CIA World Factbook, how many kilometres long is Afghanistan's
# border with Uzbekistan?

# %%
from helpers import checks

answer_1 = ...
checks.check_number(answer_1, expected=144, tolerance=1, hint="Filter the borders table for UZB.")

# %% [markdown]
# <details><summary>Worked solution</summary>
#
# `borders.query("neighbour_iso3 == 'UZB'")` shows 144 km (Factbook) and 145 km (Afghan ministry).
# The Factbook figure is 144 km, the shortest of the Central Asian borders. Uzbekistan touches
# only one Afghan province, which notebook 02 finds.
# </details>

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Exercise 2.** Using the World Bank figures, how many times larger than Afghanistan's was
# Kazakhstan's GDP in 2018? Give one decimal place.

# %%
wdi = data.load("wdi_2018")
gdp = wdi[wdi["indicator_code"] == "NY.GDP.MKTP.CD"].set_index("iso3")["value"]
answer_2 = ...
checks.check_number(answer_2, expected=round(gdp["KAZ"] / gdp["AFG"], 1), tolerance=0.1,
                    hint="Divide gdp['KAZ'] by gdp['AFG'].")

# %% [markdown]
# <details><summary>Worked solution</summary>
#
# `gdp["KAZ"] / gdp["AFG"]` is about 9.9: Kazakhstan's economy (US\$179 billion) was roughly ten
# times Afghanistan's (US\$18 billion), with half of Afghanistan's population.
# </details>

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Exercise 3.** Which of the ten states were members of the CSTO in late 2018 (not suspended)?
# Answer with a list of names, e.g. `["Russia", "..."]`.

# %%
standing = data.memberships_on("2018-10-01")
answer_3 = ...
names = dict(zip(states["iso3"], states["name"]))
csto = {names[c] for c in standing.query("organisation == 'CSTO' and standing == 'member'")["state_iso3"] if c in names}
checks.check_set(answer_3, expected=csto, hint="Uzbekistan had suspended its membership in 2012.")

# %% [markdown]
# <details><summary>Worked solution</summary>
#
# `standing.query("organisation == 'CSTO'")` lists Kazakhstan, Kyrgyzstan, Russia and Tajikistan
# as members and Uzbekistan as suspended. Turkmenistan never joined: its neutrality rules out
# military blocs.
# </details>

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. The paper is published by a foundation that shares NATO's name but not its authority. How
#    should that change the weight you give its claims, if at all?
# 2. A brief written in late 2018 talks of "the coming year". What is gained and what is lost when
#    a policy paper carries no date?

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Glossary of the paper's acronyms
#
# | Acronym | Meaning |
# |---|---|
# | NATO | North Atlantic Treaty Organization |
# | NDCF | NATO Defense College Foundation (publisher of the paper; not part of NATO) |
# | ISAF | International Security Assistance Force: NATO-led combat mission in Afghanistan, ended 2014 |
# | RSM | Resolute Support Mission: NATO's train, advise and assist mission, 2015–2021 |
# | TAAC | Train, Advise and Assist Command: RSM's regional commands (North, West, South, East…) |
# | ANDSF | Afghan National Defence and Security Forces |
# | UN / UNAMA | United Nations / UN Assistance Mission in Afghanistan |
# | IS-K / ISKP | Islamic State – Khorasan Province, the Islamic State's regional branch |
# | ICPVTR | International Centre for Political Violence and Terrorism Research |
# | CSTO | Collective Security Treaty Organization (Russia-led military alliance) |
# | CIS | Commonwealth of Independent States (most former Soviet republics) |
# | EAEU | Eurasian Economic Union (Russia-led single market) |
# | SCO | Shanghai Cooperation Organisation |
# | BRI | Belt and Road Initiative (China's infrastructure programme) |
# | QCCM | Quadrilateral Cooperation and Coordination Mechanism: Afghanistan, China, Pakistan, Tajikistan |
# | PfP | NATO's Partnership for Peace |

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Key points
#
# - The paper is an **analyst's brief** from a non-profit foundation, not a NATO document.
# - It is **undated**; its references place it between mid-August and early November 2018.
# - Afghanistan has **six neighbours**; the paper's Central Asia includes two states that do not
#   border it.
# - Sources **disagree** even on border lengths: keep them side by side and say which you use.
#
# ## What's next
#
# [01 · Reading the brief](01_reading_the_brief.ipynb): how to evaluate a source, narrow the
# writing date, and sort the paper's claims into facts, interpretations and forecasts.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, Policy Background Paper, NATO Defense College Foundation, undated (late 2018).
# Every data source used above, from `data/sources.csv`:

# %%
data.sources_list("indeo-2018", "forzearmate-2019-07-31", "nato-ndc-topic", dating,
                  ["cia-wfb-2020", "cia-wfb-2024", "unsd-m49", "af-mobta-borders", "wb-wdi-pop-snap2020",
                   "wb-wdi-gdp-snap2024", "natural-earth-110m"], standing.query("state_iso3 in @states.iso3"))
