# ---
# jupyter:
#   indeo:
#     title: From ISAF to Resolute Support
#     minutes: 60
#     claims: [4, 5, 6, 9, 11, 12, 13, 23, 25, 28, 29, 37]
#     corrects: [12, 29]
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 03 · From ISAF to Resolute Support: the mission and the war in numbers
#
# **Time:** about 60 minutes · **Prerequisites:** [02 · Mapping the frontier](02_mapping_the_frontier.ipynb);
# pandas `query` and `to_datetime` · **Passage:** paragraphs 1–2 (the mission and the 2018
# summit) and paragraph 6 (the northern provinces)
#
# The paper opens with NATO's mission and closes its first half with "the aggravation of security
# in Northern Afghanistan". This notebook lays the mission's size beside two measures of the war,
# district control and civilian casualties, and asks what each can and cannot show.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Ask "How many NATO troops were in Afghanistan when the paper was written: 130,000,
# 16,000 or 1,600?" Take a show of hands; the first chart answers it.
# **Misconception:** Most guess the ISAF-era figure.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Learning objectives
#
# By the end of this notebook you will be able to:
#
# 1. **Describe** the change from ISAF's combat mission to Resolute Support's train, advise and
#    assist mission, with its dates.
# 2. **Analyse** troop levels, district control and civilian casualties for 2015–2018 side by side.
# 3. **Test** the paper's claim about Taliban offensives in four northern provinces "in the last
#    three years".
# 4. **Critique** what these indicators measure, who produced them, and why one of them stopped.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Objective 4 matters most: every indicator has an author and a method.
# **Misconception:** That numbers speak for themselves.
# **Minutes:** 1

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the paper says
#
# - Resolute Support "is currently engaged in training, advising and assisting the Afghan security
#   forces and institutions" to strengthen the state and the army (#4–5).
# - After the Brussels summit of July 2018, NATO "reaffirmed its commitment … after the end of
#   ISAF by the 31st of December 2014" (#11–12), quoting a "final declaration" on regional actors (#13).
# - Security has worsened in the north; "in the last three years" Balkh, Kunduz, Badakhshan and
#   Faryab "have become targets of Taliban offensives" (#28–29). Taliban and IS-K fighters have
#   clashed in northern provinces (#37).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Three claims to test today: the mission's size and purpose, the north's security, and
# a date.
# **Misconception:** That "train, advise and assist" means no foreign forces fought.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Reading it critically
#
# - **Loose wording (#12).** ISAF's end on 31 December 2014 was a deadline set years ahead: in
#   Lisbon (2010) NATO agreed that Afghan forces would take full responsibility for security by
#   the end of 2014, and in Wales (September 2014) that "ISAF will conclude at the end of 2014 as
#   planned". On 2 December 2014 NATO decided to launch Resolute Support as of 1 January 2015. The
#   paper's "after the end of ISAF by the 31st of December 2014" is loose, not wrong.
# - **Relative time (#29).** Written in late 2018, "the last three years" means about 2015–2018.
#   The attacks table below lets you check it year by year.
# - **Unreferenced quotation (#13).** The paper gives no reference for its "final declaration";
#   notebook 01 traces it to NATO's Brussels Summit Declaration of 11 July 2018.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** ISAF's end was planned since Lisbon; the paper's wording is loose, not wrong. Relative time needs an anchor.
# **Misconception:** That ISAF ended suddenly in 2014.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## From 130,000 to 13,000: the size of the mission

# %% slideshow={"slide_type": "skip"}
import pandas as pd

from helpers import charts, checks, data
from helpers.explorers import nb03_mission as explorers

charts.use_series_style()
troops = explorers.troop_points(data.load("nato_troops").dropna(subset=["troops"]))
troops[["mission", "as_of_date", "troops", "figure_type", "nations", "source_id"]].tail(8)

# %%
import plotly.graph_objects as go

size = explorers.troop_chart(troops)
size.add_vline(x="2015-01-01", line_dash="dot", annotation_text="Resolute Support begins, 1 Jan 2015")
size.update_layout(title="NATO's force in Afghanistan shrank tenfold between 2011 and 2015")
charts.publish(size, sources=["nato-isaf-topic-2010", "isaf-placemat-2012-04-via-reuters",
                                         "nato-news-2014-12-02", "rs-nato-about-2018", "rsm-placemat-2021-02-via-anadolu"],
    alt="Troop numbers over time. ISAF had about 130,000 troops in 2010-2012 and 18,636 on 1 December 2014; "
        "Resolute Support was planned at about 12,000 (an open marker), began on 1 January 2015 with about "
        "13,000, rose to about 16,000 in 2018 and a peak of 17,178 in October 2019, and fell to 9,592 in "
        "February 2021. Figures dated only by their year are drawn across that year.")

# %% [markdown] slideshow={"slide_type": "fragment"}
# When the paper was written, Resolute Support had about **16,000** troops (an undated NATO
# page from 2017–18) from some 39–41 nations: a training mission about an eighth of ISAF's peak. At
# the July 2018 summit, 41 Allies and partners renewed their commitment to it (#11). Hover over
# a point for its source.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Answer the hook: about 16,000 in 2018, an eighth of ISAF's peak. Open markers are plans; bars across a year mean the month is unknown.
# **Misconception:** That a planned size is a count.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Three measures on one time line
#
# **District control.** Resolute Support assessed each of Afghanistan's 407 districts as under
# government control or influence, *contested* (controlled by neither side), or under insurgent
# control or influence. SIGAR published the results in its quarterly reports: our series runs
# from November 2015 to October 2018.
#
# **Civilian casualties.** The UN mission (UNAMA) counts civilians killed and injured each year,
# and revises earlier years in later reports; here we plot each year's own report.

# %% slideshow={"slide_type": "skip"}
control = data.load("district_control")
control = control.query("category == 'government_control_or_influence'").dropna(subset=["share_percent"])
control["date"] = pd.to_datetime(control["as_of_date"], format="mixed")
civilians = data.load("unama_civcas")
own = civilians[civilians["note"].str.startswith("figure from the year's own report") & (civilians["period"] == "annual")]
own = own.assign(date=pd.to_datetime(own["year"].astype(str) + "-07-01"))
own[["year", "killed", "injured", "total", "source_id"]].query("year >= 2014")

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Predict, then explore
#
# Between 2015 and 2018, did government control of districts rise or fall? Did civilian
# casualties rise or fall? Write "rise" or "fall" for each, then choose a year in the chart's menu.

# %% slideshow={"slide_type": "skip"}
district_control_trend = ...
civilian_casualties_trend = ...
checks.prediction(district_control_trend, civilian_casualties_trend)

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Two predictions each, in writing, before the chart.
# **Misconception:** Most expect more trainers to mean more government control.
# **Minutes:** 2

# %% slideshow={"slide_type": "slide"}
rsm = troops.query("mission == 'RSM' and figure_type == 'reported'")
panels = [
    ("Troops", explorers.troop_panel(rsm, colour=charts.CATEGORY_COLOURS[0])),  # year-only figures across their year
    ("Districts (%)", [go.Scatter(x=control["date"], y=control["share_percent"], mode="markers+lines", name="Districts under government control or influence (%)", line_color=charts.CATEGORY_COLOURS[2])]),
    ("Civilians", [go.Bar(x=own["date"], y=own["total"], name="Civilian casualties (killed and injured)", marker_color=charts.CATEGORY_COLOURS[3],
                          width=330 * 86_400_000, hovertemplate="%{y:,} in %{x|%Y}<extra></extra>")]),  # an annual total, across its year
]
titles = explorers.mission_year_titles(rsm, control, own, years=range(2015, 2019))
linked = explorers.linked_years(panels, titles, first_year=2018)
linked.update_xaxes(range=["2014-06-01", "2019-06-30"]).update_yaxes(rangemode="tozero")
charts.publish(linked, sources=["rs-nato-about-2018", "sigar-qr-2016-07", "sigar-qr-2018-10", "unama-poc-2018"],
    alt="Three stacked charts, 2015 to 2018, with a year menu. NATO troops rose from about 13,000 to "
        "about 16,000 (a 2018 figure with no month, drawn across the year); the share of districts under "
        "government control or influence fell from about 70% (early 2016) to 55.5% (July 2018) and 53.8% "
        "(October 2018); civilian casualties stayed between 10,453 and 11,418 a year.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Choose 2016, then 2018: troops up, control down, casualties high. Correlation, not cause.
# **Misconception:** That the mission's size caused the loss of control.
# **Minutes:** 5

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What choosing a year shows
#
# Compare with your two predictions.
#
# - More NATO trainers did **not** mean more government control: as the mission grew to about
#   16,000, the share of districts under government control or influence fell to 55.5% in July
#   2018, with 132 districts contested (SIGAR, 30 October 2018), and to 53.8% in the last
#   assessment, of October 2018 (published in January 2019, after the paper).
# - Civilian casualties stayed above **10,000 a year** throughout, and 2018's 3,804 civilian
#   deaths are the highest of any year in our UNAMA series (2009–2020).
# - These are national figures. They cannot say on their own whether the **north** worsened, as
#   the paper claims; for that we need events in the northern provinces themselves.
# - Nor do they measure what the paper asserts next (#23): that Central Asian governments stayed
#   had "serious concerns" despite the mission. That is a claim about perceptions, to be checked
#   against what those governments said and did (notebooks 04 and 07).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Compare with the predictions; stress that these are national figures.
# **Misconception:** That national trends show what happened in the north.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Who harmed civilians in 2018?

# %%
shares = data.load("unama_party_shares").query("year == 2018 and source_id == 'unama-poc-2018'")
parts = explorers.party_parts(shares)
parties = go.Figure([go.Bar(x=rows["share_percent"], y=rows["party"], orientation="h", text=rows["share_percent"],
                            name=f"{side}: {rows['side_share'].iloc[0]:.0f}% in all", marker_color=colour)
                     for (side, rows), colour in zip(parts.groupby("side", sort=False), charts.CATEGORY_COLOURS)])
parties.update_layout(xaxis_title="Share of civilian casualties, 2018 (%)", height=420, legend_traceorder="normal",
                      title="In 2018 the Taliban caused 37% of civilian casualties, IS-K 20%, international forces 6%",
                      yaxis=dict(categoryorder="total ascending"), margin_t=110,
                      legend=dict(orientation="h", x=0, y=1.02, yanchor="bottom"))
charts.publish(parties, sources=["unama-poc-2018"],
    alt="Bars of the share of 2018 civilian casualties by party, in two colours for the two sides. "
        "Anti-government elements, 63% in all: Taliban 37%, IS-K 20%, undetermined 6%. Pro-government "
        "forces, 24% in all: Afghan forces 14%, international forces 6%, pro-government armed groups and "
        "others 4%. The rest were not attributed to either side.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Two sides, their parts; the totals are in the legend, not beside their parts.
# **Misconception:** That 'pro-government' casualties were all caused by Afghan forces.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ### A second foreign mission
#
# Why would "international forces" harm civilians under a *training* mission? Because Resolute
# Support was not the only foreign mission. From 1 January 2015 the United States also ran
# **Operation Freedom's Sentinel**, which its Inspector General described as "two complementary
# missions": US forces' part in Resolute Support, and a US counter-terrorism mission against
# al-Qaeda and IS-K (Lead Inspector General, August 2016; Secretary of Defense, December 2014).
# So the 6% of 2018's civilian casualties that UNAMA put on "international forces" need not come
# from trainers. The paper mentions only the training mission (#4–5).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Operation Freedom's Sentinel: US counter-terrorism beside the training mission, so "international forces" means more than trainers.
# **Misconception:** That NATO's training mission fought the insurgency itself.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The northern provinces, 2015–2018
#
# The table `northern_attacks_2015_2018.csv` lists major attacks in the northern provinces from
# news reports; where reports differ, each keeps its own row.

# %% slideshow={"slide_type": "skip"}
attacks = data.load("northern_attacks_2015_2018")
attacks["date"] = pd.to_datetime(attacks["start_date"], format="mixed")
attacks["named_in_paper"] = attacks["province"].isin(["Balkh", "Kunduz", "Badakhshan", "Faryab"])
per_event = attacks.sort_values("deaths_reported").drop_duplicates("event_id", keep="last")
per_event.groupby(["province", per_event["date"].dt.year]).size().unstack(fill_value=0)

# %%
groups = {True: ("named", "circle", "Named in the paper"), False: ("omitted", "x", "Not named")}
north = go.Figure([go.Scatter(x=rows["date"], y=rows["province"], mode="markers", name=groups[named][2],
                              marker=dict(size=13, color=charts.role(groups[named][0]), symbol=groups[named][1]),
                              text=rows["event"], hovertemplate="%{x|%d %b %Y}<br>%{text}<extra></extra>")
                   for named, rows in per_event.groupby("named_in_paper")])
north.update_layout(title="All four provinces the paper names were attacked in 2015-2018, and so were their neighbours",
                    height=430)
charts.publish(north, sources=list(per_event["source_id"].unique()[:4]),
    alt="A timeline of major attacks by province, 2015 to 2018. Kunduz (city taken in September 2015 and "
        "attacked again in October 2016), Badakhshan, Balkh (Camp Shaheen, April 2017) and Faryab all "
        "appear, as do Jowzjan, Sar-e Pul and Baghlan, which the paper does not name.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** All four named provinces were hit, and three unnamed ones; Jowzjan is where Taliban and IS-K fought.
# **Misconception:** That a list of attacks shows a trend.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What the attacks show
#
# - The paper's claim holds for its four provinces: each saw major Taliban attacks between 2015
#   and 2018, from the fall of Kunduz city (September 2015) to the attack on the army's Camp
#   Shaheen near Mazar-i-Sharif (April 2017) and the Ghormach base in Faryab (August 2018).
#   For Balkh our table holds one raid (Camp Shaheen). It was deadly, but one recorded raid may
#   not amount to the "offensives" the paper describes; a fuller record might show more.
# - The list is **incomplete**: Jowzjan, Sar-e Pul and Baghlan were hit too. In Jowzjan the Taliban
#   fought IS-K, whose northern fighters surrendered to Afghan forces on 1 August 2018: the
#   "recent clashes" of the paper (#37).
# - A list of events is not a trend. Whether the north got *worse* needs a count made the same
#   way every year, which public sources do not give us by province.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Balkh: one raid in our table. Ask what a fair count of 'offensives' would need.
# **Misconception:** That the absence of a record is the absence of attacks.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Think, pair, share
#
# In 2019 Resolute Support stopped producing its district-control assessment. **Think** (1
# minute): what can the public no longer check? **Pair** (2 minutes): what would you use instead?
# **Share** (3 minutes): two pairs report.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Steer to: who makes an indicator, for what, and what happens when it stops.
# **Misconception:** That a missing indicator means nothing changed.
# **Minutes:** 6

# %% [markdown] slideshow={"slide_type": "skip"}
# ## What these indicators can and cannot measure
#
# - **District control** was Resolute Support's own military judgement. A
#   "contested" district may be quiet or at war. In 2019 SIGAR reported that Resolute Support no
#   longer produced the assessment, calling it of limited value for decisions: the public lost its
#   main yardstick of territorial control.
# - **Civilian casualties** are what UNAMA could document and cross-check. It keeps verifying after
#   a report is out, so later reports revise earlier years: compare the rows for 2011 or 2016 in
#   `unama_civcas`, and always say which report a figure comes from.
# - **Troop numbers** come from NATO's periodic "placemats" and statements, several read here only
#   through reports of them; the dates of the points are as precise as those reports.

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Exercises
#
# Replace the `...` with your answer and run the cell. The keys are in `data/answer_keys.csv`;
# open it only after you have tried.
#
# **Exercise 1.** On what date did Resolute Support begin? Write the date (e.g. `2015-03-01`).

# %% slideshow={"slide_type": "skip"}
answer_1 = ...
checks.check("03.1", answer_1)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# NATO's foreign ministers decided on 2 December 2014 to launch Resolute Support "as of 1 January
# 2015" (NATO news release). ISAF ended on 31 December 2014, the deadline NATO had set at Lisbon
# in 2010 and confirmed at Wales in September 2014; the paper's "by the 31st of December 2014" is
# a loose way to say so.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 2.** *Apply it.* The paper names four northern provinces. In `per_event` (one row
# per attack), what percentage of the attacks happened in those four? Give one decimal place.

# %% slideshow={"slide_type": "skip"}
answer_2 = ...
checks.check("03.2", answer_2)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `100 * per_event["named_in_paper"].mean()` gives 81.3%: 13 of the 16 attacks. Counted by rows
# of `attacks` instead (75.0%), events with two sources count twice.  A share is only as good as the
# list behind it: our table holds major attacks that reached the news, not a count made the same
# way in every province, so it cannot say that the paper's four were hit hardest.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 3.** Using each year's own UNAMA report (`own`), by what percentage did civilian
# *deaths* change from 2017 to 2018? Give one decimal place (e.g. `-4.2`).

# %% slideshow={"slide_type": "skip"}
answer_3 = ...
killed = own.set_index("year")["killed"]
checks.check("03.3", answer_3)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `100 * (killed[2018] / killed[2017] - 1)` gives +10.6%: 3,438 deaths in the 2017 report, 3,804 in
# 2018. With UNAMA's revised 2017 figure (3,440) the answer is almost the same, +10.6%: revisions
# matter more for some years than others (compare 2011 in `civilians`).
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Discussion questions
#
# 1. By 2018 NATO was "training, advising and assisting" with about an eighth of ISAF's peak
#    strength. What do the district-control and civilian-casualty trends suggest about that
#    model's prospects?
# 2. Resolute Support made no district-control assessment after October 2018 (SIGAR reported
#    the end in April 2019). What does withholding such data do to public and academic debate
#    about a war?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Key points
#
# - ISAF ended on 31 December 2014, as planned since 2010; **Resolute Support** began on
#   1 January 2015 with about 13,000 troops and had about 16,000 when the paper was written.
#   Beside it, the US ran its own counter-terrorism mission, Operation Freedom's Sentinel.
# - Government control or influence fell to **55.5%** of districts in July 2018 (53.8% by
#   October); civilian casualties stayed above 10,000 a year, with 3,804 deaths in 2018, the most
#   in 2009–2020.
# - The paper's four northern provinces were all attacked in 2015–2018, but so were Jowzjan,
#   Sar-e Pul and Baghlan; the Taliban–IS-K fighting it mentions was in Jowzjan.
# - Each indicator is made by someone, for a purpose, and can stop: read it with its method.
#
# ## What's next
#
# Notebook 04 (planned) tests the paper's central thesis: is Central Asia's violence home-grown
# or spilled over from Afghanistan?

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Read the key points; tie each to a chart.
# **Misconception:** That one indicator settles the question.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exit ticket
#
# On a card, before you leave:
#
# 1. When did ISAF end, and was that a surprise?
# 2. Name one thing district control cannot tell you about the north.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Collect the cards; start next time with question 2.
# **Misconception:** Treating 'contested' as 'at war'.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, NATO Defense College Foundation, late 2018. Data used above:

# %% slideshow={"slide_type": "skip"}
data.sources_list(troops, control, own, shares, attacks, "nato-news-2014-12-02", "nato-sg-2018-07-12",
                  "nato-news-2012-02-03-lisbon-goal", "nato-wales-afghanistan-2014-09-04",
                  "dodig-leadig-ofs-2016-08", "defense-2014-12-28-ofs", "nato-brussels-declaration-2018",
                  "ariananews-2018-07-11-brussels", "trt-dari-2018-07-12-brussels", "sigar-qr-2019-04")
