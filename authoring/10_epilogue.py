# ---
# jupyter:
#   indeo:
#     title: "Epilogue: what happened next (2019\u20132025), scoring the paper and ourselves"
#     minutes: 60
#     claims: [3, 4, 5, 10, 11, 16, 17, 18, 20, 25, 26, 27, 28, 29, 33, 37, 38, 41, 44, 49, 56, 57, 58, 59, 60, 61, 62, 65, 67]
#     corrects: [10, 65, 67]
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 10 · Epilogue: what happened next (2019–2025), scoring the paper and ourselves
#
# **Time:** about 60 minutes · **Prerequisites:** [03 · From ISAF to Resolute Support](03_isaf_to_resolute_support.ipynb)
# (district control), [09 · Talking to the Taliban](09_talking_to_the_taliban.ipynb) (your
# committed forecasts; this notebook also works without them) ·
# **Passage:** the whole paper, above all its last paragraph ("the coming year could offer
# some progress")
#
# The paper was written in autumn 2018. Seven years later we know what it could not: the Doha
# agreement, the withdrawal, the Taliban in Kabul. This notebook scores the paper's
# expectations against evidence, and then scores your own forecasts the same way.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Poll: "Which of your own 2018 forecasts do you think was most wrong?" If the class
# committed forecasts in 09, show the anonymised histogram from `score-class` first.
# **Misconception:** That an analyst who failed to predict 2021 wrote a bad paper.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Learning objectives
#
# By the end of this notebook you will be able to:
#
# 1. **Reconstruct** the sequence from the Doha agreement to the Taliban takeover and its
#    aftermath for Central Asia, with dates and sources.
# 2. **Evaluate** each of the paper's forecasts and implied expectations against evidence rows.
# 3. **Calculate** a Brier score and **interpret** it against the always-0.5 baseline.
# 4. **Judge** what the 2018 numbers could and could not tell an analyst about August 2021.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Two scorecards today: the paper's and yours. Same rules for both.
# **Misconception:** That a verdict is a fact; here it is an argument resting on evidence rows.
# **Minutes:** 1

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the paper says
#
# - "The coming year could offer some progress" in Afghan negotiations, if regional and
#   external actors compromise (#67).
# - "The new government in Islamabad" could help more effectively across the border (#10).
# - The risk of spill-over is "very serious" (#25–26); the Taliban target the north (#28–29).
# - The CSTO and SCO can answer external threats, not internal conflicts or conflicts between
#   members (#65). Central Asia's main threats are home-grown (#41).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Sort these on the board: which are forecasts, which are arguments that imply an
# expectation about the future?
# **Misconception:** That only sentences with "will" can be scored.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Reading it critically
#
# - **#67 (dated).** "The coming year" means **2019**. No US–Taliban agreement came in 2019; it
#   was signed on 29 Feb 2020, intra-Afghan talks opened on 12 Sept 2020, and the Taliban took
#   Kabul on 15 Aug 2021 (`mofa-qa-2020-02-29`, `dailypakistan-2020-09-12`, `ap-2021-08-15-kabul`).
# - **#10 (dated).** "New" means Imran Khan's government, sworn in on **18 Aug 2018**. Pakistan
#   released Baradar (confirmed Oct 2018) and facilitated talks (Dec 2018); Khan was voted out
#   on 10 Apr 2022 (`worldbulletin-2018-08-18`, `upi-2018-10-25-baradar`, `wikipedia-khan-no-confidence-2022`).
# - **#65 (dated).** On **6 Jan 2022** the CSTO sent forces into Kazakhstan's internal unrest at
#   President Tokayev's request; they began leaving on 13 Jan (`xinhua-2022-01-06-csto`, `qazaqtv-2022-01-13`).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Each relative word is anchored to late 2018, then checked against what happened.
# **Misconception:** That "dated" means "wrong": it means true when written, overtaken since.
# **Minutes:** 3

# %% slideshow={"slide_type": "skip"}
from helpers import charts, checks, data, forecast_form, forecasts
from helpers.explorers import nb10_epilogue as explorers

charts.use_series_style()
aftermath = data.load("aftermath_2019_2025")
capitals = data.load("aug2021_capitals")
crossings = data.load("aug2021_crossings")
aftermath[["event_id", "date", "event", "source_id"]].head(12)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## From Doha to the takeover
#
# | Date | Event (row in `aftermath_2019_2025`) |
# | --- | --- |
# | 29 Feb 2020 | US–Taliban agreement, Doha: guarantees, a withdrawal timeline, intra-Afghan talks from 10 Mar (a01) |
# | 29 Feb 2020 | US–Afghan declaration: coalition out within 14 months if the Taliban keep their word (a24) |
# | 12 Sept 2020 | Intra-Afghan negotiations open in Doha, six months late (a02) |
# | 14 Apr 2021 | Biden and NATO decide: withdrawal from 1 May, done before 11 Sept (a03, a04) |
# | 15 Aug 2021 | The Taliban enter Kabul; Ghani leaves (a05) |
# | 26 Aug 2021 | IS-K bombing at Kabul airport (a06, a07) |
# | Sept 2021 | Resolute Support terminated (a08) |

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** The agreement had four linked parts; the Taliban's side was guarantees and talks,
# the US side a timeline. Ask: which part depended on the others?
# **Misconception:** That the Doha agreement was a peace deal between Afghans.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "skip"}
# **What became of the 2018 commitments.** In July 2018 NATO reaffirmed its long-term support
# (#11), and Resolute Support was training an Afghan army meant to stand on its own (#4–5). In
# April 2021 the Allies decided to leave (a04); the army gave way in August 2021, while the
# withdrawal was still under way (a05, a08). The talks with the Taliban that Russia, Uzbekistan and China
# promoted in 2018 (#17) ended, for Russia, in recognising the Taliban government (a23).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The fall of the capitals, 6–15 August 2021
#
# **Predict first.** Kabul fell on 15 August. How many of the paper's four provinces (Kunduz,
# Badakhshan, Faryab, Balkh) had lost their capital by **11 August**: 0, 1, 2, 3 or 4?

# %% slideshow={"slide_type": "skip"}
four_fallen_by_11_august = ...
checks.prediction(four_fallen_by_11_august)

# %%
player = explorers.capitals_player(capitals)
charts.publish(player, sources=sorted(capitals["source_id"].unique()),
    alt="Map of Afghanistan's 34 provinces with a slider from 5 to 15 August 2021. Provinces turn "
        "red on the day every source we hold says their capital fell, orange while only the "
        "earliest source says so. The first capital, Zaranj in the south-west, fell on 6 August; "
        "then Sheberghan, Kunduz, Sar-e Pul, Taloqan and Aybak in the north (7 to 9 August). By "
        "11 August 9 capitals had fallen, 2 of them in the paper's four outlined provinces (Kunduz "
        "and Badakhshan). Herat, Kandahar and Ghazni followed on 12 and 13 August, Mazar-i-Sharif "
        "and Maymana on 14 August, and Kabul on 15 August, when 29 capitals had fallen.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Take the guesses, then drag the slider day by day. Pause on 8, 11 and 14 August.
# Hover over a province for its date and whether sources differ.
# **Misconception:** That the Taliban advanced from their southern heartland to Kabul.
# **Minutes:** 5

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What moving the explorer shows
#
# Compare with your prediction: by 11 August, **2 of 4** (Kunduz on 8, Faizabad on 10 or 11).
#
# - **The north went first.** Five of the first six capitals were northern; Kandahar and
#   Herat fell only on 12–13 August.
# - **All four of the paper's provinces fell before Kabul**, Balkh and Faryab on 14 August.
# - **Sources differ by a day** for six capitals; many dates rest on a Taliban claim.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** The paper was right that the north was the Taliban's target (#28–29). Ask: does
# that also prove the spill-over fear (#25–26)? Not by itself.
# **Misconception:** That a map colour is a fact about every street in the city.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "skip"}
# **What crossed the border.** Afghan soldiers flew out with their aircraft on 14–16 August.
# Sources disagree, so each keeps its own row: Uzbekistan said 22 planes and 24 helicopters
# landed at Termez with 585 soldiers and officers on board; for Bokhtar in Tajikistan the counts run from
# "more than 100" people (Tajik foreign ministry) to 143 on three aircraft (the Emergencies
# Committee, via RFE/RL) and 18 aircraft (the Afghan embassy, which the ministry denied).

# %% slideshow={"slide_type": "skip"}
crossings[["crossing_id", "planes", "helicopters", "aircraft_total", "personnel",
           "personnel_bound", "source_id"]]

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Central Asia, 2019–2025

# %%
ca_events = data.load("ca_events_2019_2025")
crises = explorers.crises_chart(ca_events)
charts.publish(crises, sources=sorted(ca_events["source_id"].unique()),
    alt="Dot chart of deadly events linked to Central Asia, 2019 to 2024, one dot per source's "
        "toll. Inside one state: Kazakhstan's January 2022 unrest (164 to 230 dead, the deadliest), "
        "Gorno-Badakhshan 2022 (9 to 26), Karakalpakstan 2022 (18 to 21), Kyrgyzstan 2020 (1). "
        "Between Central Asian states: the Kyrgyz-Tajik fighting of 2021 (19 to 55, depending on "
        "whose dead are counted) and 2022 (35 to 81). IS- or Afghanistan-linked: the Crocus City "
        "Hall attack near Moscow, 2024 (143 to 145), the Vahdat prison riot, 2019 (32), the "
        "Ishkobod border post attack, 2019 (17), and two IS-K rocket claims in 2022 with no "
        "casualties reported.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** The coding rule: IS- or Afghanistan-linked if the attackers came from Afghanistan, IS
# claimed it or the accused were IS members. The deadliest events inside the region were
# home-grown or between neighbours; the deadliest IS-linked one was in Russia.
# **Misconception:** That "no attack from Afghanistan" means "no threat from Afghanistan".
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "skip"}
# | Event | Deaths (official or agency count) |
# | --- | --- |
# | Kyrgyzstan, Oct 2020: third ouster of a president (#44) | 1 |
# | Kyrgyz–Tajik border clashes, Apr 2021 | 55 (both sides, AFP) |
# | Kazakhstan, Jan 2022: unrest, CSTO deployed | 164 to 230 (official, as revised) |
# | Gorno-Badakhshan, May 2022 | 9 to 26 (official); locals say more |
# | Karakalpakstan, Jul 2022 | 18 to 21 |
# | Kyrgyz–Tajik border war, Sept 2022 | 81 (both sides, Reuters) |
# | IS-K rocket claims, Termez and Tajikistan, 2022 | none reported |

# %% [markdown] slideshow={"slide_type": "skip"}
# **And after the takeover.** Kazakhstan removed the Taliban from its list of banned
# organisations (dated 29 Dec 2023 by its foreign ministry, 3 Jun 2024 by its president's
# office), Kyrgyzstan in September 2024, Russia's Supreme Court in April 2025; on 3 July 2025
# Russia became the first state to recognise the Taliban government (rows a14, a19–a23). Opium
# fell from 233,000 ha in 2022 to 10,800 ha in 2023, after the April 2022 ban, and was 10,200 ha
# in 2025 (`opium_national`, UNODC). The Trans-Afghan railway was still at the "agreed" stage in
# 2025: a framework for its feasibility study was signed on 17 July 2025 (`connectivity_projects`).

# %% slideshow={"slide_type": "skip"}
opium = data.load("opium_national").query("year >= 2021 and measure == 'cultivation'")
opium[["year", "value", "unit", "source_id"]]

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The paper scored
#
# `data/paper_verdicts.csv` lists 12 expectations (P1–P12), the claims behind each, a
# suggested verdict and the ids of the evidence rows. **Predict:** which theme fared worst?

# %% slideshow={"slide_type": "skip"}
verdicts = data.load("paper_verdicts")
claims = data.load("claims")
worst_theme = ...
checks.prediction(worst_theme)

# %%
board = explorers.status_board(verdicts, claims)
charts.publish(board, sources=["indeo-2018"],
    alt="Stacked horizontal bars: the 20 claims behind the paper's 12 expectations, by theme, "
        "coloured by suggested verdict. Spill-over (T5) has 2 claims borne out (the north as "
        "target) and 2 not borne out (serious spill-over). China (T9) has 5 borne out and 1 not "
        "(#65, the CSTO's mandate). Home-grown instability (T7) has 2 borne out. The peace process "
        "(T4) has 2 partly and 1 unresolved, Russia (T8) 2 partly, connectivity (T3) and the "
        "outlook (T10) 1 partly each, and jihadist actors (T6) 1 unresolved.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Hover over a bar for its claims. Then half the room argues "the paper aged well",
# half "aged badly", using `explorers.evidence_for("P2", verdicts)` for the rows.
# **Misconception:** That these verdicts are settled: they are the series' coding.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What the board shows
#
# Compare with your prediction: spill-over (T5) fared worst, 2 of its 4 claims not borne out,
# though its other 2 (the north as target) were borne out.
#
# - **Borne out:** the north as the Taliban's target (P3), the home-grown thesis (P12), China's
#   growing security role (P9).
# - **Not borne out:** serious spill-over (P2); the CSTO's limits (P10, overturned on 6 Jan 2022).
# - **Partly or unresolved:** the peace process, IS-K, connectivity, Russia, Pakistan and the
#   returnees (P1, P4–P8, P11).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Ask: did the paper's analysis of Central Asia age better than its reading of Afghanistan?
# **Misconception:** That a conditional forecast ("if actors compromise") can simply be failed.
# **Minutes:** 3

# %% slideshow={"slide_type": "skip"}
explorers.evidence_for("P10", verdicts)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Scoring ourselves: the Brier score
#
# - For one yes/no question: **(p − outcome)²**, outcome 1 if it happened, 0 if not.
# - 0 is perfect; 1 is certain and wrong. Lower is better.
# - Saying 0.5 to everything scores **0.25** on every question: beat that baseline.
# - Calibration: of the things you called 70% likely, did about 70% happen?

# %% slideshow={"slide_type": "skip"}
# Said 0.7 and it happened; said 0.7 and it did not; the always-0.5 baseline.
[round(forecasts.brier(p, happened), 2) for p, happened in [(0.7, True), (0.7, False), (0.5, True)]]

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Work the three numbers on the board: 0.09, 0.49, 0.25. Then students run
# `forecast_form.ForecastScorer()` in the notebook view (widgets do not run in the slides).
# **Misconception:** That saying 50% is always safe: it never beats 0.25.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "skip"}
# **An example first.** A student who said 0.8 that a US–Taliban agreement would be signed in
# 2019 (q01), 0.3 that Resolute Support would end before 2022 (q04), 0.2 that the Taliban would
# hold Kabul before 2022 (q05), 0.1 for a CSTO deployment to internal unrest (q06) and 0.6 for
# opium below 50,000 ha (q09):

# %% slideshow={"slide_type": "skip"}
example = forecast_form.demo_record({"q01": 0.8, "q04": 0.3, "q05": 0.2, "q06": 0.1, "q09": 0.6})
scored = forecasts.score(example)
print(forecasts.summary(scored))
scored[["question_id", "probability", "happened", "brier", "baseline"]]

# %% [markdown] slideshow={"slide_type": "skip"}
# Four of the five happened and the one said at 0.8 did not: the example loses to the 0.5
# baseline on every question but q09.
#
# **Your forecasts.** The panel below finds the file you committed in notebook 09 (in
# `forecasts/`), or takes the one you downloaded there (**Upload a file**), and shows your Brier
# score per question and overall against the 0.25 baseline, with a reliability diagram. The
# questions were written with hindsight, so treat the result as practice in scoring, not a
# measure of your judgement.

# %% slideshow={"slide_type": "skip"}
forecast_form.ForecastScorer()

# %% [markdown] slideshow={"slide_type": "skip"}
# **For the lecturer.** Collect the class's files in one folder and run
# `python -m helpers.forecasts score-class FOLDER`: it prints each student's mean Brier score,
# the class mean, the mean per question and the 0.25 baseline. Add `--html report.html` to save
# the class's calibration chart as a page to show.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Hindsight: was August 2021 foreseeable in 2018?
#
# - Government control or influence (SIGAR, from notebook 03): **72%** of districts in Nov 2015,
#   **55.5%** in Jul 2018, **53.8%** in Oct 2018; 132 to 138 districts contested.
# - That is a loss of about **0.5 points a month**. At that pace the last districts would have
#   gone around 2027, not in ten days of 2021.
# - What the trend could not show: a withdrawal decision (Apr 2021), and how fast the army would
#   give way after it (Gardez fell "without a fight", officials told a Spanish news agency).

# %% slideshow={"slide_type": "skip"}
share = explorers.control_share(data.load("district_control"))
per_month = explorers.points_per_month(("2015-11", 72.0), ("2018-10", 53.8))
years_left = 53.8 / -per_month / 12
print(f"{per_month:.2f} points a month: at that pace, 53.8% lasts {years_left:.1f} more years")
share

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** The 2018 numbers showed a slow erosion and a government losing the countryside, not a
# collapse. Hindsight bias is believing now that the collapse was obvious then.
# **Misconception:** That a trend line is a forecast of a political decision.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Think, pair, share
#
# **Think** (1 minute): did 2019–2025 confirm the paper's core thesis that Central Asia's main
# threats are home-grown, or refute it? **Pair** (2 minutes): use Kazakhstan 2022, Karakalpakstan,
# GBAO and the border war on one side, IS-K's Central Asian networks abroad on the other.
# **Share** (3 minutes).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Push pairs to name evidence rows, not impressions. Crocus is in Russia, with Tajik
# suspects: is that spill-over from Afghanistan, or from Tajikistan?
# **Misconception:** That one spectacular attack outweighs a pattern.
# **Minutes:** 6

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Exercises
#
# Replace the `...` with your answer and run the cell. The keys are in `data/answer_keys.csv`;
# open it only after you have tried. `dates = explorers.fall_dates(capitals)` gives each
# capital's earliest and latest reported fall.
#
# **Exercise 1.** How many of the four provinces the paper names (Kunduz, Badakhshan, Faryab,
# Balkh) had lost their capital before Kabul fell, by every source we hold? Give a number.

# %% slideshow={"slide_type": "skip"}
answer_1 = ...
checks.check("10.1", answer_1)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# **4.** Kunduz fell on 8 August, Faizabad (Badakhshan) on 10 or 11 August depending on the
# source, Maymana (Faryab) and Mazar-i-Sharif (Balkh) on 14 August, Kabul on 15 August. Even
# the latest date for each is before Kabul. Maymana's date rests on one partisan outlet, so
# say so if you use it. `explorers.northern_before_kabul(dates)` does the count.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 2.** Which claim of the paper was most clearly overturned by 2022, and by what
# event? Answer with a letter.
#
# - a: #26, growing incursions destabilise Central Asia; the IS-K rocket claim against Termez (Apr 2022)
# - b: #65, the CSTO cannot act in internal conflicts; its deployment in Kazakhstan (Jan 2022)
# - c: #18, the Taliban can help contain IS-K; the Kabul airport bombing (Aug 2021)
# - d: #29, the Taliban target the northern provinces; the fall of Mazar-i-Sharif (Aug 2021)

# %% slideshow={"slide_type": "skip"}
answer_2 = ...
checks.check("10.2", answer_2)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# **b.** The paper said the CSTO could respond to external threats but not to internal
# conflicts. On 6 January 2022 its Collective Security Council sent forces to Kazakhstan at
# President Tokayev's request, against internal unrest (rows a09–a11). For the other half of the
# claim, conflicts between members, our tables record no CSTO deployment in the Kyrgyz–Tajik
# fighting of 2021 and 2022. The Termez claim (a) was
# denied and caused no reported casualties; (c) is at most partly against #18, since the
# Taliban also fought IS-K; (d) confirms #29.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 3.** *Apply it.* An analyst wrote in late 2018: RSM ends before 2022, **0.2**; the
# CSTO deploys to a member's internal unrest before 2023, **0.1**; Afghan opium falls below
# 50,000 ha before 2025, **0.3**. Look up what happened (`data.load("forecast_questions")`,
# q04, q06, q09) and compute the analyst's **mean** Brier score to three decimals.

# %% slideshow={"slide_type": "skip"}
answer_3 = ...
checks.check("10.3", answer_3)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# All three happened (outcome 1): (0.2 − 1)² = 0.64, (0.1 − 1)² = 0.81, (0.3 − 1)² = 0.49.
# The mean is 1.94 / 3 = **0.647**, far worse than the 0.25 of someone who said 0.5 to
# everything. `forecasts.brier(p, True)` computes each term. The analyst was confidently wrong
# three times: surprises score worst when you were sure they would not happen.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Discussion questions
#
# 1. Did 2019–2025 confirm the paper's core thesis that Central Asia's main threats are
#    home-grown (Kazakhstan 2022, Karakalpakstan, GBAO, the Kyrgyz–Tajik war), or refute it
#    (IS-K's Central Asian networks abroad)?
# 2. Hindsight bias: was the August 2021 collapse foreseeable from SIGAR's 2018 figures (55.5%
#    of districts)? What should an analyst in 2018 have written differently?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Key points
#
# - From Doha (29 Feb 2020) to Kabul (15 Aug 2021) took under 18 months; the north fell first, and all
#   four of the paper's provinces fell before Kabul.
# - The paper's Central Asia held up better than its Afghanistan: home-grown crises, no serious
#   spill-over, but the CSTO did act inside Kazakhstan (#65).
# - Relative words date a text: "the coming year" (#67) is 2019, "new" (#10) is August 2018.
# - A Brier score rewards confident forecasts that come true; 0.25 is the bar to beat.
#
# ## What's next
#
# This is the last notebook. Go back to the brief you read in 01 and write its 2019 update.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Tie each key point to the map, the board or the Brier formula.
# **Misconception:** That being right about events means reasoning well, and vice versa.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exit ticket
#
# On a card, before you leave:
#
# 1. One habit of analysis you will keep from this course.
# 2. One expectation of the paper you would score differently from our board, and why.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Collect the cards; read three aloud next time.
# **Misconception:** That scoring is about blame rather than learning.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, NATO Defense College Foundation, late 2018. Data used above:

# %% slideshow={"slide_type": "skip"}
data.sources_list(aftermath, capitals, crossings, ca_events, opium, share,
                  "worldbulletin-2018-08-18", "upi-2018-10-25-baradar", "dawn-2018-12-18")
