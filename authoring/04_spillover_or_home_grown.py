# ---
# jupyter:
#   indeo:
#     title: Spill-over or home-grown?
#     minutes: 60
#     claims: [23, 25, 26, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 64]
#     corrects: [26, 42, 44, 46, 49]
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 04 · Spill-over or home-grown? Testing the endogenous-violence thesis
#
# **Time:** about 60 minutes · **Prerequisites:** [03 · From ISAF to Resolute Support](03_isaf_to_resolute_support.ipynb);
# pandas `value_counts` and `crosstab` · **Passage:** paragraphs 5 (spill-over) and 8 (the
# endogenous causes of violence)
#
# The paper's central claim is that Central Asia's violence since independence came from inside
# the region, not from Afghanistan. This notebook turns that claim into an argument, lists the
# events behind it, and shows how the choice of events and the rules for coding them decide
# the answer.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Read the paper's sentence: the source of these troubles "is evidently a combination of
# local factors". Poll: "Where does Central Asia's violence mostly come from: inside, Afghanistan,
# or both?" Count hands and keep the numbers.
# **Misconception:** That "home-grown or foreign" is a fact to look up rather than a coding choice.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Learning objectives
#
# By the end of this notebook you will be able to:
#
# 1. **Reconstruct** the paper's argument about endogenous violence as premises and a conclusion.
# 2. **Apply** a codebook to classify violent events as local, mixed or external.
# 3. **Calculate** inter-coder reliability (Cohen's κ) for two codings of the same events.
# 4. **Evaluate** how the choice of events and the coding rules drive the conclusion.
# 5. **Correct** the paper's dates and places (the Tajik civil war ran 1992–1997).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Objective 4 is the point: a conclusion about "all events" rests on which events and
# which rules.
# **Misconception:** That counting is neutral.
# **Minutes:** 1

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the paper says
#
# - Central Asian states, despite NATO's mission, "still have serious concerns" about Afghan
#   instability (#23); the risk of spill-over "appears very serious", with "growing cross-border
#   armed incursions of terrorists" (#25–26).
# - Yet governments and international actors "often downplay" that the main threats are
#   "endogenous issues and unsolved internal problems" (#40–41).
# - Eight events prove it: the Tajik civil war, Andijan 2005, two Kyrgyz revolutions (2005,
#   2010), Osh 2010, "riots in western Kazakhstan" 2011, Rasht 2010 and Khorog 2012. Their source
#   is "evidently a combination of local factors" (#42–49).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** The paper holds two views at once: spill-over is a serious risk, and violence so far
# has been home-grown. They are compatible: one is a forecast, the other a record.
# **Misconception:** That the paper denies any Afghan threat.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ### The argument, premise by premise
#
# - **P1.** The paper's list covers "all events of violence in Central Asia after independence".
# - **P2.** Each event on the list had local causes.
# - **P3.** Governments blame Afghanistan all the same (#40).
# - **C.** So the main threats are endogenous (#41), and the stress on Afghanistan misleads.
#
# The conclusion follows only if P1 and P2 hold. P1 is a claim about **case selection**; P2 is
# a claim about **coding**. The rest of the notebook tests both.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Put the argument map on the board. Ask which premise is weakest; most say P2, but P1
# fails first.
# **Misconception:** That a list of examples proves "all".
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Reading it critically
#
# - **#42 imprecise:** the civil war was not "mid-1990s": it ran from May 1992 to the peace
#   agreement signed in Moscow on 27 June 1997, and most of the fighting was in 1992–1994 (RFE/RL).
# - **#46 vague:** the "riots in western Kazakhstan" were the police shootings at **Zhanaozen**
#   (Mangystau region) on 16 December 2011, spreading to Shetpe station on 17 December.
# - **#44 dated:** Kyrgyzstan's "two revolutions" became three: President Jeenbekov resigned
#   on 15 October 2020 after post-election unrest.
# - **#49 overgeneralised:** "all events" leaves out the Tashkent bombings of 1999, the IMU
#   incursions of 1999–2000 and attacks with foreign claims or targets (2004, 2011, 2016, 2018).
# - **#26 unsupported:** "growing" incursions, with no count. We count below.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Sources: The Moscow Times (June 1997) for the peace deal; Kazakhstan's prosecutors for
# Zhanaozen and Shetpe; reports of 6-15 October 2020 for Kyrgyzstan. All are in the sources list.
# **Misconception:** That a vague date is harmless: "mid-1990s" hides the deadliest years.
# **Minutes:** 3

# %% slideshow={"slide_type": "skip"}
import pandas as pd

from helpers import charts, checks, data
from helpers.explorers import nb04_spillover as explorers

charts.use_series_style()
events = data.load("ca_violence_events")
table = explorers.event_table(events)
table[["name", "year", "country_iso3", "named", "series_code", "deaths"]].sort_values("year")

# %% [markdown] slideshow={"slide_type": "skip"}
# `events` has one row per event **and source**: 44 rows for 22 events, because sources disagree
# on tolls (Andijan: 169 and 187 official, 542 on an opposition list). `table` keeps one row per
# event. Its `deaths` is the **lowest** toll any source gives for the whole event (the Shetpe row
# covers only part of Zhanaozen and is left out), so the weights are conservative; the Tulip
# Revolution has no toll and weighs nothing. `series_code` is the series' own coding of the
# `cross_border` column: `no` → local, `partly` → mixed, `yes` → external, each with its reason
# in the row's note.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The events: predict, then look
#
# The paper names eight events. Our list adds 14 it leaves out, picked because each *might*
# have a cross-border side. Of all 22, how many do you expect the series to code as **local**?
# Write a number, then choose "The full list" in the chart's menu.

# %% slideshow={"slide_type": "skip"}
my_guess = ...  # how many of the 22 events are coded local?
checks.prediction(my_guess)

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Everyone writes a number before the menu moves.
# **Misconception:** Expecting the omitted events to be mostly foreign attacks.
# **Minutes:** 2

# %% slideshow={"slide_type": "slide"}
timeline = explorers.timeline_chart(table)
charts.publish(timeline, sources=list(dict.fromkeys(table["toll_source"])),
    alt="A timeline of violent events in Central Asia, 1992 to 2018, one row per country, marker size "
        "growing with the logarithm of deaths. The paper's eight (dark rings) are six local events and two "
        "mixed ones (the 1992-1997 civil war and Rasht 2010). The menu adds 14 omitted events: the IMU "
        "incursions of 1999-2000 (external), bombings and attacks of 1999-2018 (mostly mixed) and three "
        "local attacks in 2015-2016, making 9 local, 10 mixed and 3 external.")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Compare with your prediction: **9 of 22** are coded local. Every external event (the IMU's
# raids of 1999–2000) and most mixed ones are missing from the paper's list.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Start on the paper's eight, then choose the full list. Point at 1999-2000: armed men
# crossing borders, six years after independence.
# **Misconception:** That the list of 22 is complete: it was picked for a possible foreign side.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "slide"}
# ## A codebook: local, mixed, external
#
# - **Local:** the violence was carried out by people based in the country, with no foreign part.
# - **Mixed:** local actors, plus a foreign element (bases abroad, a foreign group's claim, foreign
#   targets or troops).
# - **External:** people based abroad crossed a border to carry it out.
#
# "Share local" can be counted **by events** (each counts once) or **weighted by deaths** (lowest
# toll). The series' codes are one reading; the explorer below lets you recode.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Two choices are hidden in any such count: which rule decides "mixed", and whether a
# riot with 10 dead counts as much as a war with 50,000.
# **Misconception:** That weighting by deaths is automatically fairer.
# **Minutes:** 3

# %% slideshow={"slide_type": "slide"}
shares = explorers.shares_chart(table, table["series_code"].to_dict(),
    title="Coded by the series, the paper's eight look local by events, not by deaths")
charts.publish(shares, sources=list(dict.fromkeys(table["toll_source"])),
    alt="Bars of the share of events coded local by the series. Counted by events: 75.0% of the paper's eight "
        "and 40.9% of the full list of 22. Weighted by deaths (lowest toll): 1.4% for both, because the "
        "Tajik civil war, coded mixed, holds almost all the deaths.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Adding the omitted events cuts the share by events from 75% to 41%. By deaths one
# event decides everything: the civil war, with at least 50,000 dead.
# **Misconception:** That 1.4% means the violence was foreign: it means one code rules the sum.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Code the events yourself
#
# **Predict first.** Recode just the Tajik civil war as *local*. Which of the four bars moves
# most, and to about what value?

# %% slideshow={"slide_type": "skip"}
my_bar, my_value = ..., ...  # e.g. "Full list, deaths", 50
checks.prediction(my_bar, my_value)

# %% [markdown] slideshow={"slide_type": "skip"}
# Choose an event, then its code. The explorer starts from the series' coding; **Coder A** and
# **Coder B** load the two rule-based codings of the next section. Narrow the countries to test
# the thesis country by country (Ctrl- or Cmd-click to pick several).

# %% slideshow={"slide_type": "skip"}
codings = data.load("event_codings")
explorers.coding_explorer(table, codings)

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What moving the explorer shows
#
# Compare with your prediction. Recoding the civil war as local moves the death-weighted bars
# from **1.4%** to **100%** (paper's eight) and **99.7%** (full list); the counts by events gain
# one event each (75% → 87.5%, 41% → 45.5%).
#
# - **By events**, case selection decides: the paper's eight are 75% local, the 22 only 41%.
# - **By deaths**, one coding decision decides: the civil war.
# - The thesis survives in substance (the deadliest violence was largely internal) but not in
#   its wording "all events … local factors" (#49).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** The explorer runs in the notebook view, not on this slide: switch to the notebook,
# recode the civil war, then the IMU's Batken raids, and watch each bar.
# **Misconception:** That the paper was simply wrong: it picked the events that fit.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Two coders, one list: Cohen's κ
#
# κ = (p_o − p_e) / (1 − p_e): p_o is the share of events two coders code alike, p_e the
# share they would agree on by chance, given how often each uses each code. Here: the series'
# coding against **coder A** (where the perpetrators were based).

# %% slideshow={"slide_type": "-"}
pair = codings.set_index("event_id").join(table["series_code"])
series, coder_a = pair["series_code"], pair["coder_a"]
p_o = (series == coder_a).mean()
p_e = (series.value_counts(normalize=True) * coder_a.value_counts(normalize=True)).sum()
kappa = (p_o - p_e) / (1 - p_e)
pd.DataFrame({"p_o": [p_o], "p_e": [p_e], "kappa": [kappa]}, index=["series vs coder A"]).round(3)

# %% slideshow={"slide_type": "-"}
pd.crosstab(series, coder_a)

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** 16 of 22 alike, but chance alone would give 38%; κ ≈ 0.56, "moderate". The six
# disagreements are events where the only foreign element is a claim or a target.
# **Misconception:** That 73% agreement is good: κ corrects for chance.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "skip"}
# The two coders of `event_codings.csv` are the series' own, and both rules are applied to the
# same notes. **Coder A** codes where the people who carried out the violence were based.
# **Coder B** codes any foreign element the notes record, including a government's disputed
# claim (Andijan) or a foreign target (the Chinese embassy). Read `reason_a` and `reason_b`.

# %% slideshow={"slide_type": "skip"}
codings[codings["coder_a"] != codings["coder_b"]][["event_id", "coder_a", "coder_b", "reason_b"]]

# %% [markdown] slideshow={"slide_type": "slide"}
# ## "Growing cross-border incursions"? (#26)
#
# Events on our list by period and series' code. Only **external** events were incursions.

# %% slideshow={"slide_type": "-"}
explorers.period_counts(table)

# %% [markdown] slideshow={"slide_type": "fragment"}
# All three incursions are from 1999–2000; none after. Our list was picked for a possible
# foreign side and is not a census, so it **cannot show a trend**; it gives no support to
# "growing". One count found only 19 attacks labelled terrorism in Central Asia from 2008 to 2018,
# with 142 casualties (Lemon, Wilson Center, December 2018).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Mixed events rose, but they are claims and targets, not armed men crossing borders.
# **Misconception:** That more events on a list made for the purpose shows a rising threat.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Think, pair, share
#
# If most violence was home-grown, why do Central Asian governments stress the Afghan threat?
# **Think** (1 minute), **pair** (3 minutes), **share** (two pairs report). Consider
# security assistance from abroad, and what an outside threat lets a government do at home.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Steer towards securitisation: naming a threat justifies budgets, aid and repression.
# Note #64: the CSTO and SCO stayed out of Osh in 2010 (notebook 07 checks it).
# **Misconception:** That governments must believe what they say about threats.
# **Minutes:** 7

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Exercises
#
# Replace the `...` with your answer and run the cell. The keys are in `data/answer_keys.csv`;
# open it only after you have tried.
#
# **Exercise 1.** *Apply it.* Keep every event as the series codes it, except the Tajik civil
# war, which you code *local*. What percentage of **deaths** on the full list is then in events
# coded local? One decimal place.

# %% slideshow={"slide_type": "skip"}
answer_1 = ...
checks.check("04.1", answer_1)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `codes = table["series_code"].to_dict(); codes["tj-civil-war"] = "local"`, then
# `explorers.share_local(table, codes, by="deaths")` gives **99.7%**: 50,733 of 50,899 deaths.
# With the series' code (mixed) it is 1.4%. A death-weighted share is only as good as the code
# of its largest event.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 2.** Compute Cohen's κ for **coder A** against **coder B** in `codings`.
# Two decimal places.

# %% slideshow={"slide_type": "skip"}
answer_2 = ...
checks.check("04.2", answer_2)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# ```python
# a, b = codings["coder_a"], codings["coder_b"]
# p_o = (a == b).mean()                                                     # 15/22 = 0.682
# p_e = (a.value_counts(normalize=True) * b.value_counts(normalize=True)).sum()  # 173/484 = 0.357
# (p_o - p_e) / (1 - p_e)                                                   # 0.50
# ```
#
# κ ≈ **0.50**, moderate. All seven disagreements are events coder A calls local and coder B
# mixed: a government's claim, a foreign group's claim or a foreign target is enough for B.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 3.** *New material.* On 6 November 2019, a year after the paper, about 20 gunmen
# attacked the Ishkobod post on Tajikistan's border with Uzbekistan. Tajikistan's security
# committee said they had crossed from Kunduz province, Afghanistan, three days before; IS later
# claimed the attack. How does **coder A's** rule code it? Answer `a` (local), `b` (mixed) or
# `c` (external).

# %% slideshow={"slide_type": "skip"}
answer_3 = ...
checks.check("04.3", answer_3)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# **External (c).** Coder A asks where the people who did it were based: by the security
# committee's account they crossed the border to attack. The account is the government's own,
# as for Rasht in 2010; a coder should say so. Notebook 10 returns to this and later events.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Discussion questions
#
# 1. If most violence is home-grown, why do Central Asian governments stress the Afghan threat?
#    Consider securitisation, security assistance from abroad, and the legitimation of repression.
# 2. Is "endogenous or exogenous" a false choice? The IMU's leaders were Uzbeks in exile whose
#    fighters crossed from Tajikistan; the Tajik opposition's leaders were in Afghanistan.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Key points
#
# - The paper's thesis rests on two premises: its eight events are "all" the violence, and each
#   was local. The first fails: it omits the IMU incursions and attacks with foreign links.
# - By events, the share local falls from 75% (the paper's eight) to 41% (our 22).
# - By deaths, one coding decision, the civil war's, decides the answer.
# - Two rule-based coders agree on 15 of 22 events: κ ≈ 0.50. Write the rules down.
# - The civil war ran 1992–1997; Zhanaozen was 16 December 2011; Kyrgyzstan had a third ouster
#   in 2020; no data here show "growing" incursions.
#
# ## What's next
#
# Notebook 05 (planned) counts the Central Asians who went to fight in Syria and Iraq.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Read the key points; each has a chart or a table behind it.
# **Misconception:** That the thesis is refuted: it is overstated.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exit ticket
#
# On a card, before you leave: rewrite the paper's sentence ("by analysing all events of
# violence … the source of these troubles is evidently a combination of local factors") so
# that it is accurate.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Collect the cards; read two aloud next time.
# **Misconception:** That "most" and "all" say the same.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, NATO Defense College Foundation, late 2018. Data and documents used above:

# %% slideshow={"slide_type": "skip"}
data.sources_list("indeo-2018", events, codings, "moscowtimes-1997-06-tajik-pact", "wiki-tj-civil-war",
                  "kg-moh-2020-10-06", "wilson-kennan-38", "tj-gknb-2019-11-06")
