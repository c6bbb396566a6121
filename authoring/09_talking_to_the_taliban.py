# ---
# jupyter:
#   indeo:
#     title: Talking to the Taliban in 2018
#     minutes: 75
#     claims: [10, 17, 18, 19, 20, 21, 22, 25, 26, 67]
#     corrects: [17]
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 09 · Talking to the Taliban in 2018: diplomacy, the UN, scenarios and forecasts
#
# **Time:** about 75 minutes · **Prerequisites:** [01 · Reading a think-tank brief](01_reading_the_brief.ipynb)
# (when the paper was written); a probability as a number from 0 to 1 · **Passage:** the
# paragraphs on the dialogue with the Taliban and the UN, and the last sentence ("the coming year")
#
# The paper names three countries that promote talks with the Taliban and ends with a guarded
# forecast. This notebook maps who really talked to whom from 2015 to October 2018, builds four
# scenarios from that vantage point, and asks you to commit forecasts that notebook 10 will score.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Poll: "Who should talk to the Taliban: nobody, Kabul only, the neighbours, the US?"
# Count hands and keep the numbers for the exit ticket.
# **Misconception:** That "talks" means one negotiating table: in 2018 there were many.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Learning objectives
#
# By the end of this notebook you will be able to:
#
# 1. **Reconstruct** the talks on Afghanistan from 2015 to October 2018: formats, actors, dates.
# 2. **Identify** the actors the paper leaves out of the Taliban dialogue (#17) and **explain**
#    what the UN mission (UNAMA) was asked to do (#21).
# 3. **Construct** four scenarios on a 2×2 matrix and place the paper's implied baseline.
# 4. **State** forecasts as resolvable questions, **score** them with the Brier score, and
#    commit your own before notebook 10.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Objectives 1–2 look back from late 2018; 3–4 look forward from the same day.
# **Misconception:** That forecasting means guessing: it means stating odds that can be checked.
# **Minutes:** 1

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the paper says
#
# - Dialogue with the Taliban is "promoted in different ways by Russia, Uzbekistan and China"
#   (#17), to pacify Afghanistan and involve the Taliban "in the containment" of IS-K (#18).
# - The Taliban's "concrete and genuine engagement" must be "carefully evaluated and
#   monitored" (#19), avoiding tension with "Kabul's government" and the "Central Asian
#   secular republics" (#20).
# - The UN's "multifaceted role" stays "essential" (#21), as the backdrop is "far from
#   predictable" (#22).
# - "The coming year could offer some progress in Afghan domestic negotiations", if regional and
#   external actors compromise (#67).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** One claim of fact (#17), five judgements (#18-#22) and one conditional forecast (#67).
# Ask which kind each bullet is before moving on.
# **Misconception:** That the paper's list of promoters is a full list of the talks.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Reading it critically
#
# - **#17 leaves out the main track.** A US official reportedly met the Taliban in Doha in July
#   2018 (RFE/RL), Zalmay Khalilzad became the US envoy on 4 September (AP) and met them in Doha
#   on 12 October (Taliban statement, WirtschaftsWoche). **Qatar:** the Taliban opened their
#   political office in Doha in June 2013 (AFP). **Pakistan** hosted direct government–Taliban
#   talks at Murree in July 2015 (Dawn).
# - **#21 typo:** "the international community's in support of the country" lacks a noun
#   (efforts?).
# - **#10:** the "new government in Islamabad" (from 18 August 2018) did matter: the Taliban
#   confirmed on 25 October that Pakistan had freed their co-founder Mullah Baradar (UPI).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** The correction rests on rows d01, d17, d20 and d21 of our table and on AFP's report
# of the Doha office's opening; all are in the sources list. The US track is what 2019 was about.
# **Misconception:** That leaving out the US is a small gap: it was the decisive channel.
# **Minutes:** 4

# %% slideshow={"slide_type": "skip"}
import pandas as pd

from helpers import charts, checks, data, forecast_form, forecasts
from helpers.explorers import nb09_talks as explorers

charts.use_series_style()
diplomacy = data.load("diplomacy_2015_2018")
talks = explorers.until_vantage(diplomacy)  # up to 31 October 2018, one row per event
len(diplomacy), len(talks)

# %% [markdown] slideshow={"slide_type": "skip"}
# `diplomacy` has 29 rows: meetings, conferences, ceasefires, one appointment and three UN
# mandate renewals. We read it as a reader could on **31 October 2018**, the vantage point of
# this notebook: the five later rows stay hidden until notebook 10, because one of them settles
# a forecast question below. Where two sources date one event differently, the table keeps one
# row per source; `talks` keeps the first (`until_vantage` drops rows whose note starts "Same").
# Each event gets a **forum** family and one True/False column per actor, by the series' own
# coding: an actor took part if the `participants` column names it, or if the event took place
# in its country (a host, such as Qatar for the Doha meetings).

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Who talked to whom, 2015 to October 2018
#
# **Predict first.** Of Russia, China, Uzbekistan, Pakistan and the United States, which took
# part in the most events **with the Taliban present**? Write it down, then read the grid of
# forums and pick actors in the timeline's menu.

# %% slideshow={"slide_type": "skip"}
my_guess = ...  # "Russia", "China", "Uzbekistan", "Pakistan" or "United States"
checks.prediction(my_guess)

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Forums and who sat in them
#
# Each row is a forum family (number of events in brackets), each column an actor; a number
# counts the events the actor attended. Starred: the paper's three promoters.

# %% slideshow={"slide_type": "slide"}
forums = explorers.matrix(talks)
matrix = explorers.matrix_chart(forums)
charts.publish(matrix, sources=list(dict.fromkeys(talks["source_id"])),
    alt="A grid of 10 forum families by 9 actors, shaded where the actor attended at least once. The "
        "Taliban column is filled only for the Murree talks, the Eid ceasefires, the US-Taliban talks "
        "and the Taliban visit to Tashkent. The Kabul government fills the Quadrilateral Group, the "
        "meetings in Moscow, the Kabul Process and the Tashkent Conference. The UN appears only in the "
        "Kabul Process, the Tashkent Conference and its own Security Council renewals.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** First ask: of Russia, China, Uzbekistan, Pakistan and the US, which met the Taliban
# most often? Then read the Taliban column and the Kabul government column: they overlap in two
# rows, and one of them is a ceasefire, not a table.
# **Misconception:** That more forums means more influence: Doha had two meetings and mattered most.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "skip"}
# The same events in time. Pick an actor in the menu: the events it took part in fill in.

# %% slideshow={"slide_type": "slide"}
timeline = explorers.timeline_chart(talks)
charts.publish(timeline, sources=list(dict.fromkeys(talks["source_id"])),
    alt="A timeline of 22 events from July 2015 to October 2018, one row per forum, with a menu that "
        "fills in the events of one actor. The Taliban were at 5: the Murree talks of July 2015, their "
        "Eid ceasefire of June 2018, their visit to Tashkent in August 2018 and two meetings with US "
        "officials in Doha, in July and October 2018. The Kabul government was at 14 events, the "
        "United States at 11, China and Pakistan at 11, Russia at 4 and the UN at 6.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Pick the Taliban, Russia, the US, Qatar and the Kabul government in turn; read each
# title aloud, then take the predictions again.
# **Misconception:** That the regional formats were talks with the Taliban: most were about them.
# **Minutes:** 5

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What moving the explorer shows
#
# Compare with your prediction: the **United States**, at 3 events with the Taliban (Murree as
# an observer, then Doha twice). Uzbekistan, China and Pakistan were at one each, Russia at none.
#
# - The Taliban were at 5 of 22 events; Russia's meetings in Moscow (2016–2017) were **about**
#   the Taliban, without them.
# - The Kabul government was at 14 events, but shared a table with the Taliban once (Murree,
#   2015): the tension the paper warns of (#20) was built into the formats.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** By October 2018 the talks that mattered ran through Doha, between the US and the
# Taliban, without Kabul. The paper names none of it.
# **Misconception:** That Russia led the dialogue in 2018: in our table it hosted no meeting with
# the Taliban by the end of October.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The UN's role (#21)
#
# - **UNAMA**, the UN Assistance Mission in Afghanistan, works under a one-year mandate that the
#   Security Council renews each March: unanimously in 2016, 2017 and 2018 (UN).
# - Resolution 2405 (8 March 2018) asked it to **coordinate international civilian efforts**
#   and to support an "Afghan-led and Afghan-owned peace process" and the 2018–2019 elections.
# - The Council backed the **Kabul Process** and "direct talks" between the government and the
#   Taliban. In our table the UN was never at an event with the Taliban.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** The UN's role was real but indirect: coordination, elections, human rights reports.
# The paper's "essential" is a judgement (#21); the talks that moved in 2018 were bilateral.
# **Misconception:** That UNAMA was a peacekeeping force: it is a political mission, unarmed.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Four futures from a 2018 vantage point
#
# Two uncertainties mattered most in late 2018: how the Afghan war would end (a **negotiated**
# settlement or a **military** outcome) and how the neighbours would act (**cooperative**
# connectivity or **securitised** borders). Crossed, they give four scenarios.

# %% slideshow={"slide_type": "-"}
canvas = explorers.scenario_canvas()
charts.publish(canvas, sources=["indeo-2018"],
    alt="An empty two-by-two matrix. The horizontal axis runs from a negotiated Afghan outcome on the "
        "left to a military outcome on the right; the vertical axis from a securitised region at the "
        "bottom to a cooperative region at the top. Quadrant a is negotiated and cooperative, b "
        "negotiated and securitised, c military and cooperative, d military and securitised.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Draw the axes on the board. Groups of three take one quadrant each and fill in the
# canvas below: a name, a three-sentence story, two signposts for 2019-2020.
# **Misconception:** That a scenario is a prediction: it is a coherent story to test plans against.
# **Minutes:** 5

# %% [markdown] slideshow={"slide_type": "skip"}
# **Scenario canvas** (copy it into a markdown cell or onto paper, one per group):
#
# - **Quadrant and name:** ...
# - **The story, 2019 → 2025, in three sentences:** ...
# - **Two signposts** (events in 2019–2020 that would show this world is coming): ...
# - **Which forecast questions below would resolve "yes" in this world?** ...
#
# Keep the paper in view: where does its closing sentence (#67) and its hope for Afghanistan
# as a trade hub put its **baseline**? Exercise 2 asks you to place it.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## From vague to resolvable
#
# "The risk of spill-over appears very serious" (#25); incursions "could trigger dangerous
# political instabilities" (#26). Neither can ever be shown wrong. A **resolvable** question
# names four things:
#
# - an **event** (what counts), a **threshold** (how much), a **deadline** (by when),
# - and a **resolution source** (who records that it happened).
#
# **Brier score** for one forecast: (p − o)², where p is your probability and o is 1 if the
# event happened, 0 if not. 0 is perfect; always saying 0.5 scores 0.25; lower is better.

# %% slideshow={"slide_type": "-"}
p = pd.Series([0.1, 0.5, 0.7, 0.9])
scores = pd.DataFrame({"forecast p": p, "Brier if it happened (o = 1)": (p - 1) ** 2,
                       "Brier if it did not (o = 0)": (p - 0) ** 2})
scores.set_index("forecast p").round(2)

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Squaring punishes confident mistakes: 0.9 on something that does not happen costs
# 0.81, 0.7 costs 0.49. #67 becomes a question below (Q2): intra-Afghan negotiations by 2020?
# **Misconception:** That a 70% forecast was "wrong" when the event did not happen: only many
# forecasts, scored together, show whether 70% meant 70%.
# **Minutes:** 5

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Exercises
#
# Replace the `...` with your answer and run the cell. The keys are in `data/answer_keys.csv`;
# open it only after you have tried.
#
# **Exercise 1.** *Apply it.* Use `talks` and its actor columns. Which **states**, other than
# Afghanistan, took part in at least one event with the Taliban present, but are **not** among
# the paper's three promoters (Russia, Uzbekistan, China)? A host counts as taking part. Give a
# list of names, e.g. `["Iran", "India"]`.

# %% slideshow={"slide_type": "skip"}
answer_1 = ...
checks.check("09.1", answer_1)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# ```python
# with_taliban = talks[talks["Taliban"]]
# [s for s in explorers.STATES if with_taliban[s].any()]  # US, Pakistan, Qatar, China, Uzbekistan
# ```
#
# Take away the paper's three: **the United States, Pakistan and Qatar**, the three actors
# claims #17 says the paper omits. The US met the Taliban three times, Pakistan hosted Murree
# (2015), and Qatar hosted both Doha meetings. Russia is not in the list at all: by the end of
# October 2018 it had hosted no meeting with the Taliban in our table.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 2.** Where does the paper's **implied baseline** sit on the 2×2? Read its last
# sentence (#67) and its hope that Afghanistan becomes a hub for railways and trade (#16).
# Answer `a`, `b`, `c` or `d` as on the canvas.

# %% slideshow={"slide_type": "skip"}
answer_2 = ...
checks.check("09.2", answer_2)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# **a: negotiated settlement, cooperative region.** The paper expects "some progress in Afghan
# domestic negotiations" if regional and external actors "achieve reasonable compromises", and
# sees Afghanistan as a future hub of regional links. Its warnings (spill-over, #25–26) describe
# the risks around that baseline, quadrant b; they are not its expectation. Notebook 10 shows
# which quadrant came closest.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 3.** Brier practice. You forecast **0.7** for an event that happened and **0.2**
# for one that did not. What is your **mean** Brier score over the two? Use (p − o)².

# %% slideshow={"slide_type": "skip"}
answer_3 = ...
checks.check("09.3", answer_3)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# (0.7 − 1)² = 0.09 and (0.2 − 0)² = 0.04; the mean is (0.09 + 0.04) / 2 = **0.065**. Both are
# far better than the 0.25 of a forecaster who always says 0.5. `forecasts.brier(0.7, True)`
# and `forecasts.brier(0.2, False)` give the same two numbers.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 4.** *New material.* Four rewrites of #25, "the risk of spill-over appears very
# serious". Which one is resolvable, with an event, a threshold, a deadline **and** a
# resolution source?
#
# - **a.** Will the risk of spill-over from Afghanistan into Central Asia become very serious
#   by 2021?
# - **b.** Will an armed attack by people who crossed from Afghanistan kill 10 or more people in
#   Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan or Uzbekistan between 1 January 2019 and
#   31 December 2021, as recorded by the Uppsala Conflict Data Program?
# - **c.** Will an armed attack by people who crossed from Afghanistan kill 10 or more people in
#   a Central Asian state, according to the region's governments?
# - **d.** Will cross-border incursions into Central Asia grow before 31 December 2021, as
#   recorded by the Uppsala Conflict Data Program?

# %% slideshow={"slide_type": "skip"}
answer_4 = ...
checks.check("09.4", answer_4)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# **b.** Event: an attack by people who crossed from Afghanistan; threshold: 10 or more dead;
# deadline: 31 December 2021; source: UCDP. (a) has only a vague event and a year; (c) has no
# deadline, and governments are interested parties; (d) has no threshold ("grow" by how much,
# from what?). A forecaster can give (b) a probability and be scored on it.
# </details>

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Commit your forecasts
#
# From the vantage point of 31 October 2018, give each question a probability (0 to 1) and a
# one-line reason, then press **Commit my forecasts**. Notebook 10 scores them against what
# happened. The answers are not in this notebook: do not look them up.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Switch to the notebook view: the form does not run in the slideshow. Give everyone
# six minutes, then check that each student has a file in forecasts/ and has downloaded it.
# **Misconception:** That 0 or 1 is a safe answer: one miss at 0 or 1 costs a full point.
# **Minutes:** 6

# %% slideshow={"slide_type": "skip"}
pd.set_option("display.max_colwidth", None)  # show each question in full
forecasts.questions().set_index("question_id")

# %% [markdown] slideshow={"slide_type": "skip"}
# **How the form works.** Type your name, pick a question, move the slider, write a reason a
# stranger could check later, press **Save this answer**, and go on. **Commit my forecasts**
# writes `forecasts/<your name>.json` next to the notebooks, with the time of commitment.
#
# - **Download it** with the link that appears. A Binder session ends when you leave or after
#   about ten idle minutes, and its files go with it.
# - **Re-load it later** with **Re-load a file** (on Binder, or on another computer); typing
#   your name also finds a file already in `forecasts/`.
# - **Re-committing keeps the earlier commitments**: the file gains a new, timed entry, and
#   notebook 10 scores your latest answer to each question. Change your mind openly, not secretly.

# %% slideshow={"slide_type": "skip"}
forecast_form.ForecastForm()

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Discussion questions
#
# 1. Is engaging the Taliban to contain IS-K a bargain or a trap (#18–20)? Who gains, who pays,
#    and how would you monitor "genuine engagement"?
# 2. What can the UN do when the decisive negotiation is a bilateral US–Taliban one (#21)?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Think, pair, share
#
# The paper says engaging the Taliban could help contain IS-K (#18) but must not raise tensions
# with Kabul (#20). **Think** (1 minute): bargain or trap? **Pair** (2 minutes): name one
# signpost that would tell you which. **Share** (two pairs report).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Push for signposts that could be checked: a Taliban offensive on IS-K, a ceasefire kept,
# a meeting with Kabul's negotiators.
# **Misconception:** That a group's stated aims are the same as its record.
# **Minutes:** 5

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Key points
#
# - Up to October 2018 the Taliban met US officials in Qatar, Uzbekistan's foreign minister and,
#   in 2015, Kabul's envoys in Pakistan. The paper omits the US, Qatar and Pakistan (#17).
# - The Kabul government sat in most forums, but with the Taliban only once (2015) (#20).
# - UNAMA coordinated and supported an Afghan-led process; it was never at the Taliban's table.
# - Scenarios structure uncertainty; forecasts commit to odds; the Brier score keeps them honest.
#
# ## What's next
#
# Notebook 10 (planned) tells what happened next, 2019–2025, and scores your forecasts.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Remind everyone to download their forecast file before leaving.
# **Misconception:** That a forecast committed today can be quietly improved later.
# **Minutes:** 1

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exit ticket
#
# On a card, before you leave: the forecast you are **least** sure about, your probability, and
# one event that would change your mind.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Collect the cards; bring them back in notebook 10 beside the scores.
# **Misconception:** That being unsure means answering 0.5 to everything.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, NATO Defense College Foundation, late 2018. Data and documents used above:

# %% slideshow={"slide_type": "skip"}
data.sources_list("indeo-2018", talks, "afp-2013-06-18-doha-office", "un-sres-2405-2018",
                  "worldbulletin-2018-08-18", "upi-2018-10-25-baradar")
