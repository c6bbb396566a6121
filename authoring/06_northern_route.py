# ---
# jupyter:
#   indeo:
#     title: The northern route
#     minutes: 60
#     claims: [25, 27, 28]
#     corrects: [27]
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 06 · The northern route: opium and the limits of evidence
#
# **Time:** about 60 minutes · **Prerequisites:** [03 · From ISAF to Resolute Support](03_isaf_to_resolute_support.ipynb);
# percentage change; pandas `query` · **Passage:** paragraph 6 ("drug and weapons trafficking
# already has a devastating social impact")
#
# The paper names drugs once, in half a sentence, and gives no figure. This notebook lays out
# what UNODC measured in Afghanistan from 1994 to the latest survey, what is known about the
# northern provinces, and what evidence would be needed to judge harm in Central Asia.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Show the chart of cultivation up to 2022 only and ask: "What happened in 2023?" Hands
# up for "more", "about the same", "less", "almost none".
# **Misconception:** That Afghan opium only ever grew after 2001.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Learning objectives
#
# By the end of this notebook you will be able to:
#
# 1. **Describe** the scale and trend of Afghan opium cultivation and production from 1994 to
#    2025, and say which survey a figure comes from.
# 2. **Calculate** percentage changes and **interpret** the shocks: the 2000 ban, the 2017 record
#    and the 2022 ban.
# 3. **Distinguish** evidence of production from evidence of harm in Central Asia, and seizures
#    from flows.
# 4. **Judge** the paper's unsupported claim about trafficking's "devastating social impact" (#27).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Objective 3 is the heart of it: a number about fields is not a number about people.
# **Misconception:** That more opium grown means more harm next door, automatically.
# **Minutes:** 1

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the paper says
#
# - Central Asian states see Afghanistan as "the main source of threats", and "the risk of
#   spill-over appears very serious" (#24–25).
# - "Drug and weapons trafficking already has a devastating social impact" (#27): no figure,
#   no source, no country named.
# - "The aggravation of security in Northern Afghanistan has profoundly worried" the neighbours
#   (#28), with Taliban offensives in Balkh, Kunduz, Badakhshan and Faryab.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Read the half-sentence aloud. Ask: what kind of claim is it, a fact or a judgement?
# **Misconception:** That a claim with no number cannot be tested.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Reading it critically
#
# - **Unsupported (#27).** The paper gives no data for "devastating social impact"; the
#   weapons half has no source at all. The claim may be true, but a reader cannot check it.
# - **Two claims in one.** Trafficking (drugs moving through Central Asia) and social impact
#   (addiction, HIV, crime) need different evidence.
# - **The north (#28).** Opium is part of the north's story: the surveys name northern
#   provinces, but only some of them, in some years.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** We test the paper with the evidence available in late 2018, then look further.
# **Misconception:** That "unsupported" means "false".
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ## How opium is measured
#
# - **Cultivation** (hectares): first a ground census of villages, then (from 2004) samples of
#   satellite images checked on the ground; the area after eradication.
# - **Production** (tonnes): potential opium, cultivation times a yield measured in sample
#   fields. Not what left the country.
# - **Trafficking** is what moves across borders: it is estimated, never counted.
# - **Seizures** are what police and customs caught: they measure enforcement as well as flow.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Four words that the press mixes up. Cultivation and production are measured in
# Afghanistan; trafficking and harm happen elsewhere.
# **Misconception:** That seizures show how much was smuggled.
# **Minutes:** 4

# %% slideshow={"slide_type": "skip"}
from helpers import charts, checks, data
from helpers.explorers import nb06_opium as explorers

charts.use_series_style()
national = data.load("opium_national")
sources = data.source_rows()
national.query("year in [2000, 2022]")[["year", "measure", "value", "source_id"]]

# %% [markdown] slideshow={"slide_type": "skip"}
# **Several rows per year.** The table keeps each UNODC publication's figure. For 2000 the 2000
# survey said "about 82,000" hectares; the 2001 survey restated 82,172, and the 2016 World Drug
# Report 82,171. For 2022, the first report gave 233,000 and the 2024 survey 232,000. These
# are revisions, not disagreements, and we never average them. To draw one line we need a
# rule: **the first published figure we hold for each year** (usually the year's own survey),
# with later figures drawn beside it. Years with only a range (1995, 1996) or no figure stay
# empty.

# %% slideshow={"slide_type": "skip"}
cultivation = explorers.first_published(national, sources, "cultivation")
revised = explorers.restatements(national, sources, "cultivation")
revised[["year", "value", "source_id", "note"]]

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Thirty years of UNODC surveys
#
# **Predict first.** 233,000 ha were under poppy in 2022; the Taliban banned it in April 2022.
# How many hectares in 2023: 200,000, 100,000, 50,000 or 10,000?

# %% slideshow={"slide_type": "skip"}
hectares_in_2023 = ...
checks.prediction(hectares_in_2023)

# %%
overview = explorers.national_chart(national, sources)
charts.publish(overview, sources=["undcp-pr-1995-10-17", "undcp-pr-2001-10-17", "unodc-wdr-2016",
                                  "unodc-aos-2017", "unodc-aos-2018", "unodc-ocs-2022",
                                  "unodc-aos-2023", "unodc-aoc-2025"],
    alt="Two stacked line charts, opium cultivation (top) and potential production (bottom) in "
        "Afghanistan, 1994 to 2025. Cultivation stayed between about 53,000 and 91,000 hectares in "
        "the 1990s, fell to 7,606 in 2001 after the July 2000 ban, rose to a record 328,000 in 2017, "
        "and fell from 233,000 in 2022 to 10,800 in 2023 after the April 2022 ban; 2024 and 2025 "
        "stayed near 10,000 to 13,000. Production follows the same path, from 9,000 tonnes in 2017 "
        "to 185 in 2001 and 333 in 2023. Open circles mark later revisions (2000, 2002, 2007, 2022 "
        "for cultivation); grey bars mark ranges the surveys stated.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Take the predictions, then reveal the chart. Point to 2001 and 2023 in both panels.
# Hover over a point for its source and note.
# **Misconception:** That a revised figure means the first one was wrong.
# **Minutes:** 5

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What the chart shows
#
# Compare with your prediction: 2023's figure was far below even the smallest guess offered.
#
# - **Two bans, two collapses within a year.** Both the 2001 and the 2023 harvests fell to a
#   small fraction of the year before, in hectares and in tonnes.
# - **A record just before the paper.** 2017 was the highest cultivation and production UNODC
#   ever recorded; 2018, the paper's year, was lower but still above any year before 2017.
# - **Revisions are small** (82,000 to 82,172 ha for 2000; 233,000 to 232,000 ha for 2022), but
#   every figure should name the survey it comes from.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Compare with the predictions. The bans worked on fields within a year; stocks and
# prices are another story.
# **Misconception:** That the 2023 collapse ended the drug trade at once (stocks remained).
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "skip"}
# After 2001 the Taliban government fell, and cultivation returned within a year. The 2001
# survey gives one more clue about where a ban bites: while the national area fell, it
# reported increases "mainly in two provinces: Badakhshan and Samangan", both in the north. A
# donor mission had found in May 2001 that poppy was "effectively eliminated in those parts of
# Taliban-controlled Afghanistan" where it had been grown.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The northern provinces
#
# Our provincial table holds only the northern figures that surveys or their summaries print.
# **Predict:** of the four provinces the paper names, for how many does it hold a 2018 figure?

# %% slideshow={"slide_type": "skip"}
provinces = data.load("opium_provinces")
named_in_paper = ["Balkh", "Kunduz", "Badakhshan", "Faryab"]
provinces_with_a_2018_figure = ...
checks.prediction(provinces_with_a_2018_figure)

# %%
menu = named_in_paper + ["Jawzjan", "Takhar", "Samangan"]
north = explorers.province_explorer(provinces, menu, named_in_paper, first="Badakhshan")
charts.publish(north, sources=list(provinces["source_id"].unique()),
    alt="Bars of opium cultivation per year, 2000 to 2025, for one northern province at a time, "
        "chosen in a menu. Badakhshan: 2,458 hectares in 2000, 6,342 in 2001, 6,298 in 2016. Balkh: "
        "poppy-free in 2012, 12,100 in 2017, 8,500 in 2018. Jawzjan: poppy-free in 2015, then 409, "
        "3,200 and 338 hectares in 2016-2018. Faryab and Takhar appear only as poppy-free; Kunduz "
        "has no figure at all. Every other year is marked as having no published figure.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Start on Badakhshan, then Balkh, Kunduz, Jawzjan. Count the grey crosses.
# **Misconception:** That a missing bar means no opium.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What moving the explorer shows
#
# Compare with your prediction: only **one** of the four, Balkh (8,500 ha in 2018).
#
# - **Badakhshan grew opium when the rest of the country stopped** (2001).
# - **Balkh** (poppy-free in 2012) and **Jawzjan** (in 2015) had thousands of hectares by 2017;
#   the 2018 survey blamed drought for their fall.
# - **Most cells are empty.** Kunduz has no figure at all in our data; "poppy-free" means under
#   100 ha, not zero. Nothing here supports a trend for the north.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Compare with the predictions. An empty cell is a gap in what we could read, not a
# zero in the field.
# **Misconception:** Filling gaps by drawing a line between two points.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What would test "devastating social impact"?
#
# | Indicator | What it can show | What it cannot |
# | --- | --- | --- |
# | Cultivation, production | supply in Afghanistan | where it goes |
# | Seizures | drugs caught | flows: they track enforcement too |
# | Prices | scarcity after a ban | harm; stocks blur them |
# | Drug use, treatment | people harmed | counts depend on registration |
# | HIV among people who inject | a health harm | cause: many routes |

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Ask the room to add one row: overdose deaths, crime, corruption. Each has a gap.
# **Misconception:** That seizures rising means trafficking rising.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "skip"}
# ### What Central Asia's evidence says
#
# The figures below are all we could read, from UNODC and WHO publications of 2012 (their
# years are 2009–2012). They are of different kinds: never add or compare them as a series.

# %% slideshow={"slide_type": "skip"}
evidence = data.load("northern_route_evidence")
evidence[["indicator", "area", "period", "bound", "value", "unit", "source_id"]]

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Correcting #27
#
# - **Trafficking: real.** UNODC estimated about 90 t of heroin a year through Central Asia
#   (2010), about a quarter of Afghanistan's; less than 3% was seized.
# - **Harm: serious, but not tied to trafficking by these figures.** WHO (2012): almost 190,000
#   people inject drugs in the five states; new HIV diagnoses 14 times 2000, over half among them.
# - **Verdict:** #27 is **unsupported, not false**: the paper cites none of this, nor UNODC's
#   June 2018 northern-route study. The weapons half has no source at all.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** The evidence existed before the paper; it points to harm, but it is old, regional
# and does not measure "devastating" impact country by country.
# **Misconception:** That a true-sounding claim needs no source.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "skip"}
# **What is missing.** We could not read, and so do not show: seizures by Central Asian
# country and year (UNODC's data portal); drug-treatment and registered-user counts by
# country; UNAIDS estimates of HIV among people who inject drugs by country and year;
# UNODC's farm-gate opium prices; any figure on weapons trafficking. These are listed as
# known gaps in `data/README.md`. The correction above rests on claims.md #27 ("no data in
# the paper; the weapons-trafficking part has no source at all") and on the sources in the
# table.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Think, pair, share
#
# Since 2023 Afghanistan grows a small fraction of the opium it grew in 2022. **Think** (1 minute):
# should Central Asian governments welcome a Taliban that enforces a poppy ban? **Pair**
# (2 minutes): weigh farmers' incomes, migration and methamphetamine. **Share** (3 minutes).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Steer to trade-offs: less opium may mean poorer farmers and a shift to synthetic drugs.
# **Misconception:** That a ban is good news for every neighbour on every measure.
# **Minutes:** 6

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Exercises
#
# Replace the `...` with your answer and run the cell. The keys are in `data/answer_keys.csv`;
# open it only after you have tried. Use the first published figure for each year
# (`cultivation`, or `explorers.first_published(national, sources, "production")`).
#
# **Exercise 1.** By what percentage did cultivation change from 2022 to 2023? Give one
# decimal place (e.g. `-12.3`).

# %% slideshow={"slide_type": "skip"}
answer_1 = ...
checks.check("06.1", answer_1)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `explorers.percent_change(233_000, 10_800)` gives **−95.4%**: 233,000 ha in UNODC's first
# report on 2022 (November 2022), 10,800 ha in the 2023 research brief. With the 2024 survey's
# revised 232,000 ha for 2022 the answer is −95.3%: the revision changes nothing that matters,
# but say which figure you used. The checker accepts both.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 2.** The paper was written just after the 2017 record. By what percentage did
# potential **production** change from 2017 to 2018? One decimal place.

# %% slideshow={"slide_type": "skip"}
answer_2 = ...
checks.check("06.2", answer_2)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# 9,000 t (2017 survey) to 6,400 t (2018 survey): **−28.9%**. Cultivation fell less, from
# 328,000 to 263,000 ha (−19.8%), because the yield per hectare fell too: about 27 kg/ha in
# 2017 (9,000,000 kg / 328,000 ha) against about 24 kg/ha in 2018. Production is cultivation
# times yield, so the two need not move together.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 3.** *Apply it.* In 2001 national cultivation fell by about 91% after the Taliban
# ban. Use `provinces` to compute the change in **Badakhshan** from 2000 to 2001 (one decimal
# place). What does it suggest about where the ban was enforced?

# %% slideshow={"slide_type": "skip"}
answer_3 = ...
checks.check("06.3", answer_3)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# 2,458 ha (2000, as restated in the 2001 survey) to 6,342 ha (2001): **+158.0%**. While the
# country's area fell by 91%, Badakhshan's more than doubled. The donor mission of May 2001
# found poppy "effectively eliminated" in the parts of Afghanistan the Taliban controlled: a
# ban works where the authority that decrees it rules. Badakhshan is in the north-east, on the
# Tajik border, where the northern route begins.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Discussion questions
#
# 1. What data would you need to test "devastating social impact" in Central Asia? Consider
#    drug use and HIV, treatment demand, prices and seizures, and why each is imperfect.
# 2. Should Central Asian governments welcome a Taliban that enforces a poppy ban? Weigh the
#    trade-offs: the rural economy, migration, methamphetamine.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Key points
#
# - UNODC's surveys show cultivation of 53,000–91,000 ha in the 1990s, a record **328,000 ha**
#   (9,000 t) in 2017, and two collapses within a year of a Taliban ban (2001, 2023).
# - Say which survey a figure comes from: later reports revise earlier years.
# - The northern provinces appear only where summaries name them: Badakhshan stands out.
# - #27 is unsupported: trafficking through Central Asia and a drug-driven HIV epidemic were
#   documented, but the paper cites nothing, and no figure measures "devastating" impact.
#
# ## What's next
#
# Notebook 07 (planned) turns to the great powers and the institutions in the region.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** One chart, one explorer, one table: tie each key point to one of them.
# **Misconception:** That cultivation figures settle a question about harm.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exit ticket
#
# On a card, before you leave:
#
# 1. Name one indicator that would test "devastating social impact", and one weakness of it.
# 2. Why can seizures rise while trafficking falls?

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Collect the cards; start next time with question 2.
# **Misconception:** That seizures are a count of the drug trade.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, NATO Defense College Foundation, late 2018. Data used above:

# %% slideshow={"slide_type": "skip"}
data.sources_list(national, provinces, evidence, "undcp-donor-mission-2001-05-25",
                  "unodc-northern-route-2018")
