# ---
# jupyter:
#   indeo:
#     title: Reading the brief
#     minutes: 60
#     claims: [1, 2, 3, 10, 13, 21, 22, 24, 67]
#     corrects: [1, 2, 3, 13, 21, 24]
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 01 · Reading the brief: who wrote it, when, and what kind of claims it makes
#
# **Time:** about 60 minutes · **Prerequisites:** [00 · Start here](00_start_here.ipynb) ·
# **Passage:** the whole paper, read as a document: its header, its time words, its one quotation
# and its one cited source
#
# Before checking what a document says, ask what it is. This notebook evaluates the paper as a
# source, dates it from its own words, and sorts its 67 claims into facts, arguments and forecasts.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Show the paper's first line, "NATO Foundation / Defense College", and poll the room:
# "Is this an official NATO document?" Keep the answers for the source checklist.
# **Misconception:** That a document with no date cannot be dated.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Learning objectives
#
# By the end of this notebook you will be able to:
#
# 1. **Distinguish** the NATO Defense College Foundation from NATO and from the NATO Defense College.
# 2. **Infer** the writing date of an undated document from internal evidence, with bounds.
# 3. **Classify** statements as checkable facts, interpretations or forecasts.
# 4. **Evaluate** whether a quotation can be traced to the document it claims to quote.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Objective 4 is new in this series: tracing a quotation is a skill, not trivia.
# **Misconception:** That a quoted text is always accurate.
# **Minutes:** 1

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the paper says
#
# About itself, very little. It names its author ("NATO Defense College Foundation Analyst") and genre ("Policy
# Background Paper"), gives no date, no footnotes and one named source (the ICPVTR, for
# foreign fighters, notebook 05). It quotes one document, NATO's "final declaration" after the
# July 2018 Brussels summit, and it ends with a forecast: "The coming year could offer some
# progress in Afghan domestic negotiations".

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** A short brief, one quotation, one named source, no date: list what a reader must check.
# **Misconception:** That a short brief is a summary of facts; it is an argument.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Reading it critically
#
# - **Publisher (#1).** The header is the split logo of the **NATO Defense College Foundation**, a
#   non-profit foundation in Rome, not a NATO body: the paper is its author's view, not NATO's.
# - **Title (#2).** "un-balances" is non-standard English for "imbalances": quote it with [sic].
# - **Date (#3).** No date: every "currently", "recent" and "coming year" needs an anchor, which
#   this notebook supplies.
# - **Quotation (#13).** The paper gives no reference for its one quotation. Four NATO texts of
#   2018 are candidates; tracing it is this notebook's last exercise.
# - **A missing word (#21).** "the coordination of the international community's in support of
#   the country" lacks a noun (perhaps "efforts").
# - **Hedged judgements (#22).** "the wider strategic backdrop is far from predictable" cannot be
#   wrong; notice such sentences, and do not score them as forecasts.
# - **A metonym (#24).** "Kabul is perceived as the main source of threats" means Afghanistan, not
#   its government.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Take the seven flags one at a time; ask which are errors and which are choices.
# **Misconception:** That a flag means the paper is wrong.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Who is speaking? A source checklist
#
# | Question | This paper |
# |---|---|
# | Who wrote it? | Fabio Indeo, an analyst for the foundation |
# | Who published it? | NATO Defense College Foundation: a non-profit founded in Rome in 2011 by a former NATO Deputy Secretary General; **not** NATO, **not** the NATO Defense College (a NATO college since 1951) |
# | What kind of document? | a short policy brief: argument first, no footnotes |
# | For whom? | not stated; a "policy background paper" addresses policy-makers and analysts |
# | On what evidence? | one named centre (ICPVTR), one quotation, no data |
#
# Publication by a NATO-friendly foundation does not make a claim false; it tells you which
# questions the author is likely to ask, and which ones they may not.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Return to the opening poll: NDCF, not NATO, not the NDC.
# **Misconception:** Same logo, same authority.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Dating the paper from its own words
#
# `timeline_2018.csv` lists the main events of 2018 that bear on the paper, whether the paper
# names them, refers to them without naming them ("the new government in Islamabad"), or leaves
# them out, and whether a late-2018 brief on the region would surely have mentioned them.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Name the method: bound a date by what the text knows (after) and what it should have known (probably before).
# **Misconception:** That dating needs a date stamp.
# **Minutes:** 2

# %% slideshow={"slide_type": "skip"}
from helpers import charts, checks, data
from helpers.explorers import nb01_reading_the_brief as explorers

charts.use_series_style()
timeline = data.load("timeline_2018")
timeline.query("mentioned_in_paper != 'no'")[["date", "event", "paper_phrase"]]

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Predict first
#
# What is the earliest date on which the paper could have been written, and
# when would its silences become hard to explain? Write your two dates here, then run the cell.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** One minute: each student writes two dates. Ask for a few aloud before the slider.
# **Misconception:** Most guess July, the summit's month.
# **Minutes:** 2

# %% slideshow={"slide_type": "skip"}
my_earliest_date = ...  # e.g. "2018-07-01"
my_latest_date = ...
checks.prediction(my_earliest_date, my_latest_date)

# %% [markdown] slideshow={"slide_type": "slide"}
# ### The dating slider
#
# Now drag the slider under the chart: it stops on each day a count changes.

# %%
stops = explorers.turning_points(timeline)  # days on which an event the counts use happened
dating = explorers.dating_explorer(timeline, stops, start="2018-10-20")
charts.publish(dating, sources=["nato-brussels-declaration-2018", "worldbulletin-2018-08-18", "samaa-2018-11-09",
                                           "ap-2018-09-04-khalilzad", "rferl-2018-08-01-jowzjan"],
    alt="Events from February 2018 to February 2019 in three rows: named in the paper, referred to, not "
        "mentioned. A slider sets the assumed writing date; events after it fade and the title counts "
        "anachronisms (events the paper refers to that had not happened yet) and major events left out.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Drag from July to December; stop at 18 August (zero anachronisms) and 9 November.
# **Misconception:** That the slider gives the answer; it shows the reasoning.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What moving the slider shows
#
# Compare with your two dates above.
#
# - Before **18 August 2018** the paper has anachronisms: it refers to events that had not yet
#   happened (Imran Khan's swearing-in, the Jowzjan surrender, the Taliban visit to Tashkent).
#   From 18 August the count is zero: that is the **lower bound**, and it is firm.
# - The paper also leaves out four major events *before* that bound, though it was certainly
#   written after them. One is on its own theme: the attack on foreign cyclists in Danghara,
#   Tajikistan (29 July 2018), claimed by the Islamic State. So a silence is weak evidence.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** The lower bound comes from what the paper says, so it is firm; ask why Danghara's
# absence matters for any upper bound.
# **Misconception:** That every event before the writing date would be mentioned.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ### After the lower bound
#
# - After the bound the silences pile up: Khalilzad's appointment (4 September), the first
#   confirmed US–Taliban meeting and the Afghan elections (October), the Taliban in Moscow
#   (9 November). The paper was **probably** written before 9 November; given Danghara, no
#   silence makes that certain.
# - The diamonds are the series' readings, not the paper's words: hover to see the phrase each
#   rests on ("the new government in Islamabad" for Imran Khan).
# - The "new government in Islamabad" that "could provide a more effective assistance" (#10) soon
#   acted: the Taliban confirmed on 25 October 2018 that Pakistan had released their co-founder
#   Mullah Baradar, who later led them in the talks with the United States (notebook 09).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Diamonds are our readings: hover over Imran Khan's diamond to show the phrase behind it. The upper bound stays 'probably'.
# **Misconception:** That an upper bound from silence is as firm as a lower bound.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Three kinds of claim
#
# The series' checklist (`claims.csv`) numbers the paper's 67 claims and codes each as
# **(a)** a checkable fact, **(b)** an interpretation or argument, or **(c)** a forecast.

# %% slideshow={"slide_type": "skip"}
claims = data.load("claims")
THEMES = explorers.themes()  # T1-T10, from data/themes.csv
TYPES = explorers.claim_types()  # a, b, c, from data/claim_types.csv
by_theme = claims.groupby(["theme", "claim_type"]).size().unstack(fill_value=0)
by_theme.rename(columns=TYPES).loc[list(THEMES)]

# %%
import plotly.graph_objects as go

table = by_theme.loc[list(THEMES)]  # the table above, themes in order T1 to T10
names = [f"{theme} {THEMES[theme]}" for theme in table.index]
kinds = go.Figure([go.Bar(x=table[code], y=names, name=label, orientation="h", marker_color=colour)
                   for colour, (code, label) in zip(charts.CATEGORY_COLOURS, TYPES.items())])
kinds.update_layout(title="The paper's facts cluster in its passages on NATO, past violence and China", height=460,
                    barmode="stack", xaxis_title="Number of claims", legend_title_text="Claim type",
                    yaxis_autorange="reversed", legend_traceorder="normal")
charts.publish(kinds, sources=["indeo-2018"],
    alt="Stacked bars of the paper's 67 claims by theme and type. Checkable facts dominate NATO's mission "
        "(8 of 9), home-grown instability (7 of 10) and China (7 of 9); interpretations dominate "
        "regional cooperation (3 of 3) and the peace process (5 of 7); there are only three forecasts.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Facts cluster where the paper describes NATO and past violence; forecasts are rare. The classifier (ipywidgets) needs the notebook view: set it for homework.
# **Misconception:** That interpretations are opinions and cannot be weighed.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "skip"}
# ### Try the classifier
#
# Choose a claim, read it, and say what kind it is. The feedback gives the checklist's code and,
# where the paper is wrong or dated, the correction. The chart shows the claim's theme.

# %% slideshow={"slide_type": "skip"}
explorers.claim_classifier(claims, THEMES)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Tracing the one quotation
#
# After the July 2018 summit, the paper says, NATO "reaffirmed its commitment to ensuring
# long-term security and stability in Afghanistan" and declared that regional actors "have an
# important role to play in support of peace and stabilization in Afghanistan". No reference is
# given. Four NATO texts of 2018 are candidates:
#
# - (a) the foreign ministers' statement on Afghanistan, 27 April
# - (b) the Brussels Summit Declaration, 11 July
# - (c) the joint statement on the Resolute Support Mission, 12 July
# - (d) the Resolute Support foreign ministers' statement, 5 December
#
# In the notebook, the table below gives their closest passages, word for word.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Read the paper's words aloud, then the four candidates' names and dates.
# **Misconception:** That the 'final declaration' must be the last text of the year.
# **Minutes:** 3

# %% slideshow={"slide_type": "skip"}
candidates = data.load("quotation_candidates")
candidates[["option", "document", "issued", "passage", "words"]]

# %% [markdown] slideshow={"slide_type": "skip"}
# To compare wordings fairly, `words_in_order` counts the share of the paper's words that appear,
# in the same order, in a candidate (1.0: all of them). It ignores case and punctuation, so
# "stabilization" and "stabilisation" still count as different words.

# %% slideshow={"slide_type": "skip"}
explorers.words_in_order("an important role to play", "a significant role to play")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Think, pair, share
#
# **Think** (1 minute): which of the four texts would you read first, and what exactly would you
# compare? **Pair** (2 minutes): agree on a method. **Share** (3 minutes): two pairs explain theirs.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Collect methods, not answers: compare the quoted words, spelling, what is left out. The answer is exercise 4: do not give it away.
# **Misconception:** That a sentence that sounds like the source is the source.
# **Minutes:** 6

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Exercises
#
# Replace the `...` with your answer and run the cell: the check says "Correct", "Not yet" (with
# a hint) or "Check your answer" (when it cannot read it). The keys are in
# `data/answer_keys.csv`; open it only after you have tried.
#
# **Exercise 1.** What is the earliest defensible writing date? Write a date (e.g. `2018-09-30`).

# %% slideshow={"slide_type": "skip"}
answer_1 = ...
checks.check("01.1", answer_1)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# 18 August 2018, when Imran Khan was sworn in: only then was there a "new government in
# Islamabad". The general election of 25 July 2018 is a defensible, looser answer (a new
# government was then certain). Anything earlier contradicts the paper's own words.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 2.** Classify these twelve claims as `"a"` (fact), `"b"` (interpretation) or `"c"`
# (forecast). Read each in `claims.query("claim_id in @picked")`. You need 10 right.

# %% slideshow={"slide_type": "skip"}
picked = [4, 8, 14, 17, 25, 26, 34, 41, 56, 60, 65, 67]
answer_2 = {4: ..., 8: ..., 14: ..., 17: ..., 25: ..., 26: ..., 34: ..., 41: ..., 56: ..., 60: ..., 65: ..., 67: ...}
checks.check("01.2", answer_2)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# Facts (a): 4 (RSM trains and advises), 8 (the western region borders Pakistan: a checkable, and
# false, fact), 17 (who promotes talks), 34 (the ICPVTR figure), 60 (the CSTO's rule on bases).
# Interpretations (b): 14 (security enables trade), 25 (spill-over "appears very serious", also
# read as a forecast), 41 (the core thesis), 56 (Crimea damaged Russia's image), 65 (why CSTO and
# SCO stayed out of Osh). Forecasts (c): 26 (incursions "could trigger" instability), 67 (the
# coming year). A claim can be checkable and wrong: #8 is a fact in form.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 3.** What kind of organisation published the paper? Answer `"a"`, `"b"` or `"c"`.

#
# - `"a"` NATO itself
# - `"b"` the NATO Defense College, a NATO body
# - `"c"` a non-profit foundation in Rome, not part of NATO

# %% slideshow={"slide_type": "skip"}
answer_3 = ...
checks.check("01.3", answer_3)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# (c): the NATO Defense College Foundation, a non-profit foundation set up in Rome in 2011. Its
# name and logo echo NATO's, but it is not part of NATO's structure, so the paper is one
# analyst's view, not NATO policy.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 4.** *Trace the quotation.* Use `words_in_order` on each candidate's passages, for
# the quotation and for its lead-in. Which text does the paper quote: `"a"`, `"b"`, `"c"` or
# `"d"`? Then ask: does the lead-in point to the same text, and what does your answer do to the
# paper's date?

# %% slideshow={"slide_type": "skip"}
quotation = ("regional actors have an important role to play in support of peace and stabilization in "
             "Afghanistan, and we call on them to cooperate more closely on fighting terrorism, to improve "
             "the conditions for economic development, to support the Afghan government's peace and "
             "reconciliation efforts")
lead_in = "reaffirmed its commitment to ensuring long-term security and stability in Afghanistan"
answer_4 = ...
checks.check("01.4", answer_4)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `explorers.compare_quotation(candidates, quotation, lead_in)` scores each text. The quotation
# matches (b), the **Brussels Summit Declaration of 11 July 2018**, at 0.95: every word but one, in
# order. The paper joins two sentences with "and", spells "stabilization" where the report has
# "stabilisation", and drops the end of the sentence, "and to prevent any form of support to the
# insurgency", and the next, which encourages Pakistan, Iran and Russia to support an Afghan-led
# peace process. The April statement has "a *significant* role" and no call; the 12 July joint
# statement and the 5 December statement share only the theme.
#
# The lead-in cannot decide: the July declaration as reported and the December statement ("our
# *steadfast* commitment to ensuring long-term security and stability") both score 0.83. NATO
# texts reuse their formulas, so a shared phrase is not a source. Since the quotation is in the
# July text, it sets only a lower bound of 11 July, weaker than 18 August, and it gives no reason
# to date the paper after 5 December. One caution stays: the declaration's words were read here as
# quoted by a Kabul news site on the day, not on NATO's own page.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Discussion questions
#
# 1. How might publication by a NATO-affiliated foundation shape what the paper puts first
#    (Resolute Support, Russia's image) and what it leaves out (the US–Taliban track)?
# 2. The brief names one source and gives no footnotes. What standard of evidence should a
#    short policy brief meet, and who should check it?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Key points
#
# - The paper is an analyst's brief from a **non-profit foundation**, not a NATO document.
# - Its own words date it **after 18 August 2018**; its silences place it **probably** before
#   **9 November 2018**, but it also leaves out events it certainly knew of (Danghara).
# - Its 67 claims mix checkable facts, arguments and a few forecasts; facts can be checked, and
#   arguments must be weighed.
# - A quotation can be checked only when the text it comes from can be found. This one can, and
#   the paper cut and spliced it (exercise 4 finds where).
#
# ## What's next
#
# [02 · Mapping the frontier](02_mapping_the_frontier.ipynb): every place the paper names, on a
# map, and the errors a map reveals.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Read the key points; tie each to a slide.
# **Misconception:** That dating and sourcing are pedantry; they decide what a claim can mean.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exit ticket
#
# On a card, before you leave:
#
# 1. Give the paper's earliest possible writing date, and the event it rests on.
# 2. Why does the paper's silence on the Danghara attack make any latest date only "probably"?

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Collect the cards; open next time with two answers to question 2.
# **Misconception:** Treating the latest date as certain.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, NATO Defense College Foundation, late 2018. Data and documents used above:

# %% slideshow={"slide_type": "skip"}
data.sources_list("indeo-2018", "forzearmate-2019-07-31", "nato-ndc-topic", timeline, candidates)
