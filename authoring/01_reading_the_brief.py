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
# Hook: show the paper's first line, "NATO Foundation / Defense College", and poll the room:
# "Is this an official NATO document?" Keep the answers for the end of the first section.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Learning objectives
#
# By the end of this notebook you will be able to:
#
# 1. **Distinguish** the NATO Defense College Foundation from NATO and from the NATO Defense College.
# 2. **Infer** the writing date of an undated document from internal evidence, with bounds.
# 3. **Classify** statements as checkable facts, interpretations or forecasts.
# 4. **Evaluate** whether a quotation can be traced to the document it claims to quote.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the paper says
#
# About itself, very little. It names its author ("NATO Defense College Foundation Analyst") and genre ("Policy
# Background Paper"), gives no date, no footnotes and one named source (the ICPVTR, for
# foreign fighters, notebook 05). It quotes one document, NATO's "final declaration" after the
# July 2018 Brussels summit, and it ends with a forecast: "The coming year could offer some
# progress in Afghan domestic negotiations".
#
# ### Reading it critically
#
# - **Publisher (#1).** The header is the split logo of the **NATO Defense College Foundation**, a
#   non-profit foundation in Rome, not a NATO body: the paper is its author's view, not NATO's.
# - **Title (#2).** "un-balances" is non-standard English for "imbalances": quote it with [sic].
# - **Date (#3).** No date: every "currently", "recent" and "coming year" needs an anchor, which
#   this notebook supplies.
# - **Quotation (#13).** The quoted words cannot be found in the Brussels Summit Declaration; the
#   closest NATO text is the foreign ministers' statement of 27 April 2018 (below).
# - **A missing word (#21).** "the coordination of the international community's in support of
#   the country" lacks a noun (perhaps "efforts").
# - **Hedged judgements (#22).** "the wider strategic backdrop is far from predictable" cannot be
#   wrong; notice such sentences, and do not score them as forecasts.
# - **A metonym (#24).** "Kabul is perceived as the main source of threats" means Afghanistan, not
#   its government.

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

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Dating the paper from its own words
#
# `timeline_2018.csv` lists the main events of 2018 that bear on the paper, whether the paper
# names them, refers to them without naming them ("the new government in Islamabad"), or leaves
# them out, and whether a late-2018 brief on the region would surely have mentioned them.

# %%
import pandas as pd

from helpers import charts, data
from helpers.explorers import nb01_reading_the_brief as explorers

charts.use_series_style()
timeline = data.load("timeline_2018")
timeline.query("mentioned_in_paper != 'no'")[["date", "event", "paper_phrase"]]

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Predict first.** What is the earliest date on which the paper could have been written? And
# when would its silences (events it does not mention) become hard to explain? Then drag the
# slider under the chart, or click along it.

# %%
fridays = [f"{d:%Y-%m-%d}" for d in pd.date_range("2018-07-06", "2019-02-22", freq="2W-FRI")]
dating = explorers.dating_explorer(timeline, fridays, start="2018-09-28")
charts.publish(dating, sources=["nato-brussels-declaration-2018", "worldbulletin-2018-08-18", "samaa-2018-11-09",
                                           "ap-2018-09-04-khalilzad", "rferl-2018-08-01-jowzjan"],
    alt="Events from February 2018 to February 2019 in three rows: named in the paper, referred to, not "
        "mentioned. A slider sets the assumed writing date; events after it fade and the title counts "
        "anachronisms (events the paper refers to that had not happened yet) and major events left out.")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### What moving the slider shows
#
# - Before **18 August 2018** the paper has anachronisms: it refers to events that had not yet
#   happened (Imran Khan's swearing-in, the Jowzjan surrender, the Taliban visit to Tashkent).
#   From 18 August the count is zero: that is the **lower bound**.
# - After that, the omissions pile up: Khalilzad's appointment (September), the first confirmed
#   US–Taliban meeting and the Afghan elections (October), the Taliban in Moscow (9 November).
#   Taken strictly, the silences point to late August or early September, before Khalilzad's
#   appointment on 4 September; allowing that a brief may be slow to register a new envoy, the
#   checklist's estimate is September–October 2018. After 9 November the silence is hard to explain.
# - The "new government in Islamabad" that "could provide a more effective assistance" (#10) soon
#   acted: the Taliban confirmed on 25 October 2018 that Pakistan had released their co-founder
#   Mullah Baradar, who later led them in the talks with the United States (notebook 09).
# - Dating is an inference with uncertainty, not a look-up. The lower bound is firm; the upper
#   bound rests on the assumption that the author would have mentioned those events.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Three kinds of claim
#
# The series' checklist (`claims.csv`) numbers the paper's 67 claims and codes each as
# **(a)** a checkable fact, **(b)** an interpretation or argument, or **(c)** a forecast.

# %%
claims = data.load("claims")
THEMES = explorers.themes()  # T1-T10, from data/themes.csv
TYPES = explorers.claim_types()  # a, b, c, from data/claim_types.csv
by_theme = claims.groupby(["theme", "claim_type"]).size().unstack(fill_value=0)
by_theme.rename(columns=TYPES).loc[list(THEMES)]

# %% slideshow={"slide_type": "subslide"}
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

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Try the classifier
#
# Choose a claim, read it, and say what kind it is. The feedback gives the checklist's code and,
# where the paper is wrong or dated, the correction. The chart shows the claim's theme.

# %%
explorers.claim_classifier(claims, THEMES)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Checking the one quotation
#
# The paper quotes NATO's "final declaration": regional actors "have an important role to play in
# support of peace and stabilization in Afghanistan". The closest NATO wording we found is in
# the foreign ministers' *Statement on Afghanistan* of 27 April 2018, issued after the Tashkent
# Conference of 26–27 March, not in the July summit declaration.

# %%
import difflib

paper = "regional actors have an important role to play in support of peace and stabilization in Afghanistan"
nato_april_2018 = "Regional actors have a significant role to play in support of peace and stabilization in Afghanistan"
round(difflib.SequenceMatcher(None, paper.lower(), nato_april_2018.lower()).ratio(), 2)

# %% [markdown] slideshow={"slide_type": "fragment"}
# The sentences are 93% alike: two words differ ("an important" for "a significant"), and both spell
# "stabilization" the American way. The paper's attribution to the July "final declaration" may
# be a paraphrase, a mix-up, or a text we could not find. Either way, a quotation that cannot be
# traced is evidence you cannot use until you find its source.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# **Exercise 1.** What is the earliest defensible writing date? Write a date (e.g. `2018-09-30`).

# %%
from datetime import date

from helpers import checks

answer_1 = ...
checks.check_date_between(answer_1, date(2018, 7, 25), date(2018, 8, 18),
                          hint="Which event does 'the new government in Islamabad' point to?")

# %% [markdown]
# <details><summary>Worked solution</summary>
#
# 18 August 2018, when Imran Khan was sworn in: only then was there a "new government in
# Islamabad". The general election of 25 July 2018 is a defensible, looser answer (a new
# government was then certain). Anything earlier contradicts the paper's own words.
# </details>

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Exercise 2.** Classify these twelve claims as `"a"` (fact), `"b"` (interpretation) or `"c"`
# (forecast). Read each in `claims.query("claim_id in @picked")`. You need 10 right.

# %%
picked = [4, 8, 14, 17, 25, 26, 34, 41, 56, 60, 65, 67]
key = claims.set_index("claim_id").loc[picked]
answer_2 = {4: ..., 8: ..., 14: ..., 17: ..., 25: ..., 26: ..., 34: ..., 41: ..., 56: ..., 60: ..., 65: ..., 67: ...}
checks.check_labels(answer_2, expected=key["claim_type"].to_dict(), pass_mark=10,
                    options=TYPES, also=key["also_type"].dropna().to_dict())

# %% [markdown]
# <details><summary>Worked solution</summary>
#
# Facts (a): 4 (RSM trains and advises), 8 (the western region borders Pakistan: a checkable, and
# false, fact), 17 (who promotes talks), 34 (the ICPVTR figure), 60 (the CSTO's rule on bases).
# Interpretations (b): 14 (security enables trade), 25 (spill-over "appears very serious", also
# read as a forecast), 41 (the core thesis), 56 (Crimea damaged Russia's image), 65 (why CSTO and
# SCO stayed out of Osh). Forecasts (c): 26 (incursions "could trigger" instability), 67 (the
# coming year). A claim can be checkable and wrong: #8 is a fact in form.
# </details>

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Exercise 3.** What kind of organisation published the paper? Answer `"a"`, `"b"` or `"c"`.

# %%
options = {"a": "NATO itself", "b": "the NATO Defense College, a NATO body",
           "c": "a non-profit foundation in Rome, not part of NATO"}
answer_3 = ...
checks.check_choice(answer_3, expected="c", options=options,
                    hint="Reread the source checklist: who founded the NDCF, and when?")

# %% [markdown]
# <details><summary>Worked solution</summary>
#
# (c): the NATO Defense College Foundation, a non-profit foundation set up in Rome in 2011. Its
# name and logo echo NATO's, but it is not part of NATO's structure, so the paper is one
# analyst's view, not NATO policy.
# </details>

# %% [markdown] slideshow={"slide_type": "slide"}
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
# - Its own words date it **after 18 August 2018**; its silences place it between late August
#   and October 2018, and almost certainly before **9 November 2018**.
# - Its 67 claims mix checkable facts, arguments and a few forecasts; facts can be checked, and
#   arguments must be weighed.
# - Its one quotation is closest to an **April 2018** NATO statement, not the July declaration.
#
# ## What's next
#
# [02 · Mapping the frontier](02_mapping_the_frontier.ipynb): every place the paper names, on a
# map, and the errors a map reveals.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, NATO Defense College Foundation, late 2018. Data and documents used above:

# %%
data.sources_list("indeo-2018", "forzearmate-2019-07-31", "nato-ndc-topic", "nato-fm-statement-2018-04-27",
                  "nato-brussels-declaration-2018", timeline)
