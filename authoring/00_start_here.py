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
# [*Afghanistan and Central Asia: Looming priorities and regional un-balances*](https://documents.pub/document/ndcf-background-paper-afghanistan-and-central-central-asian-states-despite.html)
# [sic], written for the NATO Defense College Foundation in late 2018 (the link opens a public copy
# on documents.pub). Each notebook takes one part of the paper, checks its claims against data and
# asks what has happened since.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Show the first page of the paper and ask the room "Is this an official NATO
# document?" Take a show of hands; the slide on the publisher answers it.
# **Misconception:** Anything with NATO in its header speaks for NATO.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Read the five objectives aloud; say that objective 5 is for them to practise after class.
# **Misconception:** Students expect a summary of the paper; this notebook is about how to read it.
# **Minutes:** 1

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

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Walk through the first half: NATO's mission, trade and security, talks with the Taliban.
# **Misconception:** That the paper is about NATO; it is about Central Asia's view of Afghanistan.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ### The paper's argument, continued
#
# - Central Asian governments see Afghanistan as the main **source of threats**: Taliban offensives
#   in the northern provinces, drugs and weapons; Central Asian fighters **returning from the
#   Middle East** (Syria and Iraq, not Afghanistan) add to the danger;
# - yet the region's own violence since 1991 has mostly **local causes** (the paper's core thesis);
# - **Russia** works through the CSTO and its bases; **China** through the Belt and Road
#   Initiative and a new four-country security mechanism; neither CSTO nor SCO acted in Osh in 2010;
# - "the coming year" could bring progress in Afghan negotiations.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Stop at the core thesis (local causes) and ask who would disagree.
# **Misconception:** That the paper argues spill-over is the main threat: it argues the opposite.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Answer the opening poll with the table: NDC is NATO's college, NDCF a foundation.
# **Misconception:** A NATO name means NATO policy.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Reading it critically: when was it written?
#
# The paper carries no date. Its own references bound it: it must come **after** the events it
# mentions, and probably **before** major events it would surely have mentioned.

# %% slideshow={"slide_type": "skip"}
from helpers import charts, data

charts.use_series_style()
dating = data.load("paper_dating")
dating[["clue", "event", "date", "bound"]]

# %% [markdown]
# So every "currently" and "recent" in the paper means late 2018, and "the coming year" 2019
# (#3). Notebook 01 tests the window.

# %%
window = charts.timeline(dating["date"], dating["event"], shade=("2018-08-18", "2018-11-09"),
                         shade_label="likely writing window",
                         title="Written after 18 August 2018, and probably before 9 November")
window.update_xaxes(range=["2018-06-20", "2018-12-01"])
charts.publish(window, sources=dating["source_id"].tolist(),
    alt="A timeline of 2018 with three events: the NATO Brussels summit declaration (11 July) and "
        "Imran Khan's swearing-in (18 August), which the paper mentions, and the Taliban's first "
        "Moscow-format meeting (9 November), which it does not. The writing window between 18 August "
        "and 9 November is shaded.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Show how 'the new government in Islamabad' sets the lower bound, then how silences suggest an upper one.
# **Misconception:** That an undated paper cannot be dated at all, or that a silence proves a date.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "skip"}
# ## How to use this series
#
# - **Alone:** run each cell in order with **Shift+Enter** (or *Run → Run All Cells*). Before
#   each explorer, write down what you expect; then move it and compare.
# - **In class:** a lecturer presents each notebook's lecture cut as slides (*View → Full screen
#   slideshow*); the chart menus and sliders stay live on the slides. The README says how.
# - **On Binder:** nothing to install. The series opens in your browser; the first start can take
#   a few minutes. Binder shuts a session down after about ten minutes without activity. The
#   menus inside charts keep working in the open page, but the quiz, the other widgets and the
#   code cells stop answering: download your notebook (*File → Download*), open the Binder link
#   again and run the cells from the top.
#
# Every number comes from a file in `data/` with a `source_id`; `data.cite(...)` gives the full
# reference. Run the next cell to see one.

# %% slideshow={"slide_type": "skip"}
data.cite("cia-wfb-2020")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The region on a map
#
# Six states border Afghanistan; the paper also discusses Kazakhstan, Kyrgyzstan and Russia,
# which do not. The map draws offline: no map service is used.

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

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Point out the six neighbours, then Kazakhstan and Kyrgyzstan, which the paper counts but which touch no Afghan border.
# **Misconception:** That all five Central Asian states border Afghanistan.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Two sources, two sets of border lengths
#
# The CIA World Factbook and Afghanistan's Ministry of Borders and Tribal Affairs measure the
# borders differently. The ministry gives no length for Pakistan: Afghan governments have never
# accepted the Durand Line as the border. We keep both sources side by side.

# %% slideshow={"slide_type": "skip"}
borders = data.load("afghanistan_borders")
side_by_side = borders.pivot(index="neighbour_iso3", columns="source_id", values="length_km")
side_by_side

# %%
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

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Two sources, two lengths: say which you use and why; neither is 'the truth'.
# **Misconception:** That a disagreement between sources means one of them is wrong.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Explore the neighbours
#
# **Predict first.** Write your answers in the cell below and run it, before you touch the explorer:
#
# 1. Which Central Asian state has the longest border with Afghanistan?
# 2. Is any Central Asian state's population larger than Afghanistan's? (yes or no)
# 3. Which state had *suspended* its CSTO membership in 2018?

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Give the room one minute to write the three predictions; collect a few by show of hands.
# **Misconception:** Most guess Uzbekistan has the longest border: it has the shortest.
# **Minutes:** 3

# %% slideshow={"slide_type": "skip"}
from helpers import checks

longest_border = ...
larger_population = ...
suspended_csto = ...
checks.prediction(longest_border, larger_population, suspended_csto)

# %% [markdown] slideshow={"slide_type": "slide"}
# ### The neighbours explorer
#
# Choose a country in the menu above the fact panel.

# %%
from helpers.explorers.nb00_start_here import neighbour_explorer

explorer = neighbour_explorer(as_of="2018-10-01")
charts.publish(explorer, sources=["cia-wfb-2020", "af-mobta-borders", "wb-wdi-pop-snap2020",
                                 "wb-wdi-gdp-snap2024", "natural-earth-110m"],
    alt="Map of the region with a menu of nine countries. The chosen country is coloured beside "
        "Afghanistan, and a panel lists its border with Afghanistan from each source, its 2018 "
        "population and GDP compared with Afghanistan's, and its memberships in late 2018.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Choose Tajikistan, Uzbekistan, then Kazakhstan; read the panel aloud each time.
# **Misconception:** That the panel's two border lengths contradict each other; they are two
# measurements, each with its source.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What moving the explorer shows
#
# Check your three predictions:
#
# - **Tajikistan** has the longest Central Asian border (1,357 km);
#   **Uzbekistan** has only 144 km, yet it is the most populous Central Asian state.
# - **Kazakhstan** and **Kyrgyzstan** have no border with Afghanistan at all, but the paper counts
#   them among the states worried by "spill-over". Notebook 02 maps what lies between.
# - Only **Uzbekistan's** population comes close to Afghanistan's 37 million; every Central Asian
#   economy except Kyrgyzstan's and Tajikistan's was larger than Afghanistan's in 2018.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Compare with the predictions; ask who was surprised by Kazakhstan and Kyrgyzstan.
# **Misconception:** That population and border length go together.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Memberships, and a word about "Kabul"
#
# - **Memberships differ**: Uzbekistan had suspended its CSTO membership (2012), Turkmenistan was
#   only an associate of the CIS, and Tajikistan alone sat in both the CSTO and China's QCCM.
# - **Russia** still shows PfP: it signed up in 1994, and our table records that signature. But
#   NATO suspended "all practical civilian and military cooperation" with Russia on 1 April 2014,
#   in response to Russia's actions in Ukraine, including the annexation of Crimea (NATO foreign
#   ministers' statement; NATO, "Relations with Russia").
# - "Kabul" in the paper's phrase "Kabul is perceived as the main source of threats" means
#   Afghanistan as a whole, not its government (#24).
#
# The population and GDP figures come from two different releases of the World Bank's
# indicators; each is compared only with Afghanistan's figure from the same release.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Uzbekistan out of the CSTO, Turkmenistan neutral, Russia's partnership with NATO
# suspended since 2014: the "region" is not a bloc.
# **Misconception:** That the CSTO includes every former Soviet state in the region.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Check yourself: a quick quiz

# %% slideshow={"slide_type": "skip"}
from helpers import widgets

widgets.quiz("start_here")

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Exercises
#
# Replace the `...` with your answer and run the cell. The check accepts answers like `1,357`,
# `1357 km` or a list of names; it tells you whether you are right, or what to look at again.
# The keys are in `data/answer_keys.csv`: open it only after you have tried.
#
# **Exercise 1.** According to the CIA World Factbook, how many kilometres long is Afghanistan's
# border with Uzbekistan?

# %% slideshow={"slide_type": "skip"}
answer_1 = ...
checks.check("00.1", answer_1)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `borders.query("neighbour_iso3 == 'UZB'")` shows 144 km (Factbook) and 145 km (Afghan ministry).
# The Factbook figure is 144 km, the shortest of the Central Asian borders. Uzbekistan touches
# only one Afghan province, which notebook 02 finds.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 2.** Using the World Bank figures, how many times larger than Afghanistan's was
# Kazakhstan's GDP in 2018? Give one decimal place.

# %% slideshow={"slide_type": "skip"}
wdi = data.load("wdi_2018")
gdp = wdi[wdi["indicator_code"] == "NY.GDP.MKTP.CD"].set_index("iso3")["value"]
answer_2 = ...
checks.check("00.2", answer_2)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `gdp["KAZ"] / gdp["AFG"]` is about 9.9: Kazakhstan's economy (US\$179 billion) was roughly ten
# times Afghanistan's (US\$18 billion), with half of Afghanistan's population.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 3.** Which of the ten states were members of the CSTO in late 2018 (not suspended)?
# Answer with a list of names, e.g. `["Russia", "..."]`.

# %% slideshow={"slide_type": "skip"}
standing = data.memberships_on("2018-10-01")
answer_3 = ...
checks.check("00.3", answer_3)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `standing.query("organisation == 'CSTO'")` lists Kazakhstan, Kyrgyzstan, Russia and Tajikistan
# as members and Uzbekistan as suspended. Turkmenistan never joined: its neutrality rules out
# military blocs.
# </details>

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Think, pair, share
#
# The paper shares NATO's name but not its authority. **Think** alone for a minute: how much
# weight should its claims get, and why? **Pair:** compare with a neighbour for two minutes.
# **Share:** two pairs report to the room.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Time it: 1 minute alone, 2 in pairs, 2 to share. Steer to: weigh claims by their evidence, not the logo.
# **Misconception:** That a partisan source must be wrong; it may be right and still need checking.
# **Minutes:** 5

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Discussion questions
#
# 1. The paper is published by a foundation that shares NATO's name but not its authority. How
#    should that change the weight you give its claims, if at all?
# 2. A brief written in late 2018 talks of "the coming year". What is gained and what is lost when
#    a policy paper carries no date?

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Glossary
#
# ### The paper's acronyms
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
# | PfP | NATO's Partnership for Peace (practical cooperation with Russia suspended since April 2014) |
#
# ### Other acronyms used in the series
#
# | Acronym | Meaning |
# |---|---|
# | US | United States |
# | GDP | Gross domestic product |
# | IS | Islamic State (of Iraq and Syria), the group IS-K is a branch of |
# | IMU | Islamic Movement of Uzbekistan |
# | HTS | Hayat Tahrir al-Sham, the Syrian group formed in 2017 from the former al-Nusra Front |
# | QCG | Quadrilateral Coordination Group on Afghan peace talks (Afghanistan, Pakistan, China, US; 2016) |
# | TAPI | Turkmenistan–Afghanistan–Pakistan–India gas pipeline |
# | GBAO | Gorno-Badakhshan Autonomous Region of Tajikistan |
# | KNB | Committee for National Security, Kazakhstan's security service |
# | HIV | Human immunodeficiency virus |
#
# ### Publishers and data sets cited
#
# | Acronym | Meaning |
# |---|---|
# | ADB | Asian Development Bank |
# | AFP / AP / UPI | Agence France-Presse / Associated Press / United Press International (news agencies) |
# | BBC / NYT | British Broadcasting Corporation / *The New York Times* |
# | CABAR | Central Asian Bureau for Analytical Reporting (a regional news and analysis site) |
# | CIA | Central Intelligence Agency (US), publisher of *The World Factbook* |
# | ICSR | International Centre for the Study of Radicalisation, King's College London |
# | NDC | NATO Defense College (Rome), NATO's own college; not the NDCF |
# | NDU | National Defense University (Washington) |
# | RSIS / NTU | S. Rajaratnam School of International Studies / Nanyang Technological University, Singapore |
# | RFE / RL | Radio Free Europe / Radio Liberty |
# | SIGAR | Special Inspector General for Afghanistan Reconstruction (US) |
# | SIPRI / TIV | Stockholm International Peace Research Institute / its trend-indicator value, a measure of the volume of arms transfers, not their price |
# | TASS / ITAR-TASS | Russia's state news agency (called ITAR-TASS until 2014) |
# | UCDP | Uppsala Conflict Data Program |
# | UNODC / UNAIDS | UN Office on Drugs and Crime / Joint UN Programme on HIV/AIDS |
# | USIP | United States Institute of Peace |
# | WHO | World Health Organization |

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Key points
#
# - The paper is an **analyst's brief** from a non-profit foundation, not a NATO document.
# - It is **undated**; its references place it after 18 August 2018, and probably before 9 November.
# - Afghanistan has **six neighbours**; the paper's Central Asia includes two states that do not
#   border it.
# - Sources **disagree** even on border lengths: keep them side by side and say which you use.
#
# ## What's next
#
# [01 · Reading the brief](01_reading_the_brief.ipynb): how to evaluate a source, narrow the
# writing date, and sort the paper's claims into facts, interpretations and forecasts.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Read the four key points; link each to a slide. The quiz is an ipywidgets explorer
# that works only in the notebook view: set it, and the exercises, as homework.
# **Misconception:** That the series will tell them what to think of the paper.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exit ticket
#
# On a card, before you leave:
#
# 1. Who published the paper, and is it NATO policy?
# 2. Name one event that helps date the paper, and say whether it gives the earliest or the
#    latest possible date.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Collect the cards; next time, start from the most common wrong answer.
# **Misconception:** Confusing the lower bound (18 August) with the upper one (probably 9 November).
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, Policy Background Paper, NATO Defense College Foundation, undated (late 2018).
# Every data source used above, from `data/sources.csv`:

# %% slideshow={"slide_type": "skip"}
data.sources_list("indeo-2018", "forzearmate-2019-07-31", "nato-ndc-topic", dating, "nato-fm-statement-2014-04-01",
                  "nato-russia-relations-2024",
                  ["cia-wfb-2020", "cia-wfb-2024", "unsd-m49", "af-mobta-borders", "wb-wdi-pop-snap2020",
                   "wb-wdi-gdp-snap2024", "natural-earth-110m"], standing.query("state_iso3 in @states.iso3"))
