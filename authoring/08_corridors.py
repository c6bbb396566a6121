# ---
# jupyter:
#   indeo:
#     title: Corridors and cooperation
#     minutes: 60
#     claims: [10, 14, 15, 16, 58, 59]
#     corrects: [15]
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 08 · Corridors and cooperation: can Afghanistan become a hub?
#
# **Time:** about 60 minutes · **Prerequisites:** [02 · Mapping the frontier](02_mapping_the_frontier.ipynb);
# pandas `query` and `groupby` · **Passage:** paragraph 3 (security, cooperation and the "hub")
# and paragraph 13 (China's Belt and Road)
#
# The paper hopes that regional cooperation would make Afghanistan "a geographic hub for
# railway links and other infrastructural projects". This notebook lists the railways, power
# lines and pipelines behind that hope, shows how far each had got in 2018, 2021 and the latest
# year, and reads trade figures from both sides of the border.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Poll before anything else: "How many railway lines crossed into Afghanistan at the
# end of 2018: none, one, three or six?" Keep the count of hands for the map later.
# **Misconception:** That Afghanistan had no railways at all in 2018.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Learning objectives
#
# By the end of this notebook you will be able to:
#
# 1. **Describe** the main connectivity projects linking Central Asia, Afghanistan and South
#    Asia, and the phase each had reached.
# 2. **Distinguish** announced from operating connectivity: the implementation gap.
# 3. **Compare** trade figures that two governments give for the same trade, and say why they
#    differ.
# 4. **Evaluate** the paper's claim that security enables trade (#14) against the reverse
#    argument that trade can buy security.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Objective 2 is the heart of it: a signature is not a railway.
# **Misconception:** That an agreement announced at a summit means a project exists.
# **Minutes:** 1

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the paper says
#
# - "Regional security and stability are indispensable to developing economic cooperation and
#   trade corridors" (#14).
# - Central Asian presidents are improving their bilateral relations, with "positive results"
#   in trade and "an impact also on regional security" (#15).
# - A regional framework would "enhance the potential role" of Afghanistan as a "geographic hub"
#   for railways (#16).
# - China matters through its Belt and Road projects; long-term regional security is "one of
#   the main drivers" of its foreign policy (#58–59). Pakistan's "new government" could help
#   across the border (#10).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Read paragraph 3 aloud. It runs both ways: security makes trade possible, and
# cooperation improves security. Ask which direction each sentence claims.
# **Misconception:** That the paper only argues "security first".
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Reading it critically
#
# - **A causal claim (#14).** "Indispensable" says no corridor without security. Trade data
#   can show what happened together, not what caused what.
# - **No evidence (#15).** The paper names no president, meeting, date or figure for its
#   "positive results". We supply them below.
# - **A forecast (#16).** "Hub" is a hope about the future. Check each project: was it
#   proposed, agreed, financed, being built or running?

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Three kinds of claim in one paragraph: a cause, a fact without evidence, a forecast.
# Each needs a different test.
# **Misconception:** That an unsupported claim is a false one.
# **Minutes:** 2

# %% slideshow={"slide_type": "skip"}
from helpers import charts, checks, data
from helpers.explorers import nb08_corridors as explorers

charts.use_series_style()
milestones = data.load("connectivity_projects")
projects = explorers.projects(milestones)
projects[["short", "kind", "countries", "status_2018", "status_2021", "status_2025"]]

# %% [markdown] slideshow={"slide_type": "skip"}
# **One row per milestone per source.** `connectivity_projects` holds 101 dated rows for 18
# projects. When sources disagree on a date (the Trans-Afghan roadmap: February 2021, or "2020"
# in one report), each keeps its row. The three `status_` columns are **the series' own
# coding**: the highest phase a project's rows show by 31 December of that year, on the scale
# proposed < agreed < financed < under construction < partly in operation < in operation.
# `explorers.status_by_rule` applies the rule (talks, lengths, suspensions and repairs reach no
# phase); two overrides are documented in
# `data/README.md` (Khaf–Herat's trains ran only to Rozanak; Uzbekistan had built its 45 km of
# the Surkhan–Pul-i-Khumri line by December 2021). A suspension does not lower the phase.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## From signing to running
#
# Six projects of the paper's time. Each mark is a milestone at its most precise date; its shape
# is the phase it shows.

# %%
timeline = explorers.timeline_chart(milestones)
shown = explorers.timeline_rows(milestones)
charts.publish(timeline, sources=sorted(shown["source_id"].unique()),
    alt="A timeline from 2009 to 2025 with one row for each of six projects and a mark for each "
        "milestone at the most precise date a source gives it: proposals as open circles, agreements as "
        "diamonds, financing as squares, construction as triangles, partial openings as stars and "
        "openings as filled circles. The Hairatan-Mazar railway went from financing (2009) to its "
        "first train (2011). TAPI was agreed in 2010, its construction launched in 2015 and its Afghan "
        "section in 2018 and 2024. CASA-1000 was financed in 2014 and paused in 2021. The Trans-Afghan "
        "railway shows only a proposal and agreements from 2018 to 2025.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Follow two rows with your finger: TAPI (agreed 2010, still being built) and the
# Trans-Afghan railway (only signatures). Hover for the source of each mark.
# **Misconception:** That the date of an agreement is the date of a railway.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What the chart shows
#
# - **Short lines near a border get built:** Hairatan–Mazar (75 km, built by Uzbekistan's
#   railway) went from ADB financing in 2009 to its first train in December 2011.
# - **The long projects stall:** TAPI's Afghan section was launched in February 2018 and again
#   in September 2024; CASA-1000's Afghan works paused in August 2021.
# - **The Trans-Afghan railway is all paper:** proposed December 2018, roadmap February 2021,
#   route protocol July 2023, feasibility-study agreement 17 July 2025.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** The gap between the diamonds and the circles is the implementation gap.
# **Misconception:** That the Taliban takeover stopped everything: several rows restart after 2021.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Status as of 2018, 2021 and the latest year
#
# **Predict first.** Of the 18 projects, how many were in operation (fully or partly) at the end
# of 2018? And at the latest count?

# %% slideshow={"slide_type": "skip"}
provinces = data.load("provinces")
operating_end_2018 = ...
operating_latest = ...
checks.prediction(operating_end_2018, operating_latest)

# %%
status = explorers.status_map(milestones, provinces)
deciding = explorers.deciding_rows(milestones)
charts.publish(status, sources=sorted(deciding["source_id"].unique()),
    alt="A map of Afghanistan and its neighbours with 18 numbered markers, one per project, placed "
        "around the capital of the province of the first Afghan place in its name or rows (Kabul when "
        "none is named), with a key in two columns on the right. A menu switches between the end of 2018, the end of 2021 and the "
        "latest year. At the end of 2018, 6 of 18 projects were in operation; at the end of 2021, 9 "
        "(Aqina-Andkhoy, Kerki-Sheberghan and, partly, Khaf-Herat were added); in the latest year, "
        "10 (the TAP power line partly). TAPI, CASA-1000 and the Trans-Afghan railway never reach "
        "operation.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Start on 2018, then choose 2021 and "Latest" in the menu. Count the filled circles each time.
# Markers are placed by province, not on the routes.
# **Misconception:** That August 2021 cancelled the projects: none went backwards in phase.
# **Minutes:** 5

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What moving the explorer shows
#
# Compare with your prediction: **6** projects were running at the end of 2018, **9** at the end
# of 2021 and **10** in the latest year.
#
# - **Little moved from announced to operating.** Only four projects changed colour to
#   "operating" in seven years, all short lines near a border.
# - **2021 re-sequenced rather than cancelled.** CASA-1000 resumed in 2024, TAPI's Afghan works
#   began in September 2024, the Trans-Afghan railway kept gaining signatures.
# - **"Hub" remains a forecast:** no line yet crosses Afghanistan from Central to South Asia.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Compare with the predictions. The status is the highest phase reached, not whether
# trains ran that week: Hairatan's freight was suspended in August 2021 and again in February 2023.
# **Misconception:** That a status column is a fact rather than a coding rule.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "skip"}
# The rule is easy to check yourself: `explorers.status_by_rule(rows, 2019)` gives the phase of
# one project's rows at the end of 2019, and `explorers.milestone_order(milestones, "tapi-pipeline")`
# lists a project's milestones in date order.

# %% slideshow={"slide_type": "skip"}
tapi = milestones.query("project_id == 'tapi-pipeline'")
explorers.status_by_rule(tapi, 2019), explorers.milestone_order(milestones, "tapi-pipeline")

# %% slideshow={"slide_type": "skip"}
trade = data.load("trade_afg_ca")
trade.query("flow == 'turnover'")[["partner_iso3", "year", "months", "value_musd", "reported_by", "source_id"]]

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Trade: who is counting?
#
# Uzbekistan's and Afghanistan's officials report the same trade. Open marks are January–June only.

# %%
who_counts = explorers.trade_chart(trade)
charts.publish(who_counts, sources=sorted(trade["source_id"].unique()),
    alt="Points, not lines, of trade turnover in million US dollars, 2017 to 2025. Uzbek officials: "
        "617.1 (2017), 653 (2021), about 1,100 (2024), 1,700 (2025); Uzbek figures for January-June "
        "only: 370.7 (2023) and 461.4 (2024). Afghanistan's ministry: 44 (2022) and 266 (2023), below "
        "the Uzbek half-year figure for 2023. Kazakh officials: about 1,000 (2022) and 567.5 (2023) "
        "for Kazakhstan-Afghanistan trade.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Point at 2023: the Afghan ministry's whole year (266) is below the Uzbek count for six
# months (370.7). Both are official. Ask why.
# **Misconception:** That one of two official figures must be a lie.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What the chart shows
#
# Figures in millions of US dollars.
#
# - **Trade kept growing across the 2021 break**, by Uzbek count: 653 in 2021, 1,700 in 2025.
# - **The two sides disagree.** For 2022 Afghanistan's ministry counted 44 for the whole year;
#   Uzbek figures give 364.4 of exports for January–June alone. Customs on each side,
#   electricity, transit and informal trade may be counted differently.
# - **It is one-way:** in 2023 Afghanistan sold Uzbekistan 27 and bought 239 (Afghan figures);
#   for January–June 2023 Uzbek figures give 3.3 against 368.5.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Never draw a line through years nobody reported, and never mix one side's figures
# with the other's. The gaps are listed in the data README.
# **Misconception:** That a bigger figure is the more accurate one.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Correcting #15: the missing evidence
#
# - **Who and when:** Shavkat Mirziyoyev's visit to Dushanbe (9 March 2018), the first by an
#   Uzbek president since 2000; the first Consultative Meeting of Central Asian heads of state
#   (Astana, 15 March 2018).
# - **Trade results:** Uzbek–Tajik trade grew from 12 million dollars (2015) to 362 million
#   (2019) by the Tajik count, 480.5 million for 2019 by Uzbekistan's; Uzbek–Afghan turnover
#   rose 19% to 617.1 million dollars in 2017.
# - **Verdict:** #15 is plausible but **unsupported in the paper**; the evidence existed in 2018.

# %% slideshow={"slide_type": "skip"}
timeline_2018 = data.load("timeline_2018")
timeline_2018.query("event_id in ['t03', 't04']")[["date", "event", "source_id"]]

# %% [markdown] slideshow={"slide_type": "skip"}
# **Sources for the correction of #15:** the two rows above (`asiaplus-2021-04-13`,
# `kazinform-2018-03-15`); the Tajik count of Uzbek–Tajik trade (`tng-uzb-tjk-trade-2015-2019`)
# and Uzbekistan's (`azernews-2024-06-16-uzb-tjk-trade`); Uzbek–Afghan trade in 2017
# (`azernews-2018-07-18-uzb-afg-trade`). The paper's claim is an omission, not an error: the
# rapprochement was real, but a reader of the paper cannot check it.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** This is what the paper could have cited. Note the sources: a Kazakh news agency, an
# Uzbek ministry quoted by the press, and Tajik and Uzbek trade counts that differ (Tajikistan
# News Gazette citing Asia-Plus; AzerNews citing Uzbekistan's Statistics Agency). A "security result" is harder to show than a trade figure.
# **Misconception:** That a correction must prove the paper wrong; here it supplies evidence.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Two arguments, and who gains
#
# | Security enables trade (#14) | Trade buys security |
# | --- | --- |
# | Investors and insurers avoid war zones | Neighbours gain a stake in stability |
# | TAPI and CASA-1000 stalled in insecure years | Uzbekistan traded with Kabul before and after 2021 |
#
# **Who gains from a hub (#16, #58–59)?** Landlocked Central Asia (a route to the sea); Pakistan
# (its ports, via Peshawar); China (Belt and Road trains to Hairatan since 2016).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Both columns fit some evidence. Pakistan's "new government" of 2018 (#10) did not
# make the border easier: Afghan–Pakistani trade stopped in October 2025, and Kabul traded north.
# **Misconception:** That one case settles which way the causation runs.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "skip"}
# **Sources for the argument.** The trains from China: `china-afghanistan-freight-train` rows
# (first arrival at Hairatan in September 2016, a first train back to China in September 2019).
# The halt of Afghan–Pakistani trade in October 2025 and Kabul's turn to other neighbours are
# reported by Karavan Info (`karavan-2026-02-01-uzb-afg-trade`), citing Uzbek agencies. The
# "new government in Islamabad" (#10) is Imran Khan's, in office from 18 August 2018
# (notebook 01 dates the paper with it).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Think, pair, share
#
# Uzbekistan traded with Ghani's government and with the Taliban, and both sets of figures grew.
# **Think** (1 minute): does that show that trade can buy security, or only that Uzbekistan
# needs a market? **Pair** (2 minutes). **Share** (3 minutes): one piece of evidence each way.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Push for evidence that would tell the two arguments apart: attacks near the
# corridors, insurance costs, what happened on the Pakistani border.
# **Misconception:** That growing trade proves growing security.
# **Minutes:** 6

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Exercises
#
# Replace the `...` with your answer and run the cell. The keys are in `data/answer_keys.csv`;
# open it only after you have tried.
#
# **Exercise 1.** Put the Trans-Afghan railway's milestones in order. Which order is right?
#
# - a: roadmap → proposal → route protocol → feasibility-study agreement
# - b: proposal → roadmap → route protocol → feasibility-study agreement
# - c: proposal → route protocol → roadmap → feasibility-study agreement
# - d: roadmap → route protocol → proposal → feasibility-study agreement
#
# Answer with a letter, e.g. `"a"`.

# %% slideshow={"slide_type": "skip"}
answer_1 = ...
checks.check("08.1", answer_1)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `explorers.milestone_order(milestones, "trans-afghan-rail")` lists the rows by date: the
# proposal (December 2018), the roadmap (2 February 2021; one report says 2020, which does not
# change the order), the route protocol (18 July 2023) and the framework agreement for the
# feasibility study (17 July 2025): **b**. Seven years of signatures, and no construction yet.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 2.** Which projects were in operation, fully or partly, at the end of 2021 but not
# at the end of 2018? Give their names or `project_id`s as a list, e.g.
# `["tapi-pipeline", "casa-1000"]`.

# %% slideshow={"slide_type": "skip"}
answer_2 = ...
checks.check("08.2", answer_2)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# Compare `explorers.operating(milestones, "status_2018")` with the same for `"status_2021"`:
# the **Aqina–Andkhoy railway** and the **Kerki–Sheberghan power line** (both opened on 14 January
# 2021) and the **Khaf–Herat railway** (partly, from December 2020). The Lapis Lazuli corridor
# was already running: its first convoy left in December 2018.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 3.** *Apply it.* For Uzbekistan, Afghan exports were a small share of the trade.
# Use `trade` to do the same for **Kazakhstan** in 2023: what percentage of Kazakhstan–Afghanistan
# turnover were Afghanistan's exports to Kazakhstan? One decimal place (e.g. `12.3`).

# %% slideshow={"slide_type": "skip"}
answer_3 = ...
checks.check("08.3", answer_3)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# Kazakhstan's Deputy Minister of Agriculture gave 567.5 million dollars of turnover in 2023, of which
# Kazakh imports from Afghanistan were 20 million dollars: `explorers.share(20, 567.5)` gives **3.5%**.
# Compare Afghanistan's own figures for Uzbekistan: 27 of 266, about 10%. Both trades run mostly
# one way, flour and fuel south, fruit north: a hub needs goods moving in both directions.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Discussion questions
#
# 1. Does security cause trade, or can trade buy security? Consider Uzbekistan's bet on engaging
#    Kabul both before and after 2021.
# 2. Who gains most if Afghanistan becomes a hub: the landlocked Central Asian states, Pakistan's
#    ports, or China (the Belt and Road)? Who loses?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Key points
#
# - Of 18 projects, **6** were running at the end of 2018 and **10** in the latest year: short
#   border lines run; the long corridors (TAPI, CASA-1000, Trans-Afghan) do not yet.
# - The "status as of" is the series' coding of dated milestones; say which rule you use.
# - Trade grew across 2021 by Uzbek count, but Uzbek and Afghan officials' figures differ widely;
#   we have no single series for every year.
# - #14 is an argument, not a finding; #15 lacks evidence the paper could have given.
#
# ## What's next
#
# Notebook 09 turns to diplomacy with the Taliban in 2018, and to forecasting.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Tie each key point to the timeline, the map or the trade chart.
# **Misconception:** That "hub" describes Afghanistan today.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exit ticket
#
# On a card, before you leave:
#
# 1. The project most likely and the one least likely to be finished by 2030, and why.
# 2. One reason two governments report different figures for the same trade.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Collect the cards; start next time with question 1.
# **Misconception:** That the latest signature is the best predictor of completion.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, NATO Defense College Foundation, late 2018. Data used above:

# %% slideshow={"slide_type": "skip"}
data.sources_list(milestones, trade, timeline_2018.query("event_id in ['t03', 't04']"),
                  "azernews-2018-07-18-uzb-afg-trade", "tng-uzb-tjk-trade-2015-2019",
                  "azernews-2024-06-16-uzb-tjk-trade")
