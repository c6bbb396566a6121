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
# Hook: ask "How many NATO troops were in Afghanistan when the paper was written: 130,000,
# 16,000 or 1,600?" Most students guess the ISAF-era figure. Reveal with the first chart.

# %% [markdown] slideshow={"slide_type": "subslide"}
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
#
# ### Reading it critically
#
# - **Ambiguous date (#12).** ISAF did not end "by" a deadline: NATO decided on 2 December 2014
#   to launch Resolute Support as of 1 January 2015, so ISAF ended on 31 December 2014.
# - **Relative time (#29).** Written in late 2018, "the last three years" means about 2015–2018.
#   The attacks table below lets you check it year by year.
# - **Unsourced quotation (#13).** The closest wording we found is not in the July summit texts
#   but in NATO foreign ministers' statement of 27 April 2018: "Regional actors have a *significant*
#   role to play in support of peace and stabilization in Afghanistan." Notebook 01 takes this up.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## From 130,000 to 13,000: the size of the mission

# %%
import pandas as pd

from helpers import charts, data
from helpers.explorers import nb03_mission as explorers

charts.use_series_style()
troops = data.load("nato_troops").dropna(subset=["as_of_date", "troops"])
troops["date"] = pd.to_datetime(troops["as_of_date"], format="mixed")
troops[["mission", "as_of_date", "troops", "nations", "source_id"]].tail(8)

# %% slideshow={"slide_type": "subslide"}
import plotly.graph_objects as go

styles = {"ISAF": (charts.CATEGORY_COLOURS[1], "circle"), "RSM": (charts.CATEGORY_COLOURS[0], "diamond")}
size = go.Figure([go.Scatter(x=rows["date"], y=rows["troops"], name=mission, mode="markers", text=rows["source_id"],
                             marker=dict(size=11, color=styles[mission][0], symbol=styles[mission][1]),
                             hovertemplate="%{x|%d %b %Y}: %{y:,} troops<br>%{text}<extra></extra>")
                  for mission, rows in troops.groupby("mission")])
size.update_layout(yaxis_title="Troops (persons)", legend_title_text="Mission")
size.add_vline(x="2015-01-01", line_dash="dot", annotation_text="Resolute Support begins, 1 Jan 2015")
size.update_layout(title="NATO's force in Afghanistan shrank tenfold between 2011 and 2015", height=420)
charts.publish(size, sources=["nato-isaf-topic-2010", "isaf-placemat-2012-04-via-reuters",
                                         "nato-news-2014-12-02", "rs-nato-about-2018", "rsm-placemat-2021-02-via-anadolu"],
    alt="Troop numbers over time. ISAF had about 130,000 troops in 2010-2012 and 18,636 on 1 December 2014; "
        "Resolute Support began on 1 January 2015 with about 12,000-13,000, rose to about 16,000 in 2018 "
        "and a peak of 17,178 in October 2019, and fell to 9,592 in February 2021.")

# %% [markdown] slideshow={"slide_type": "fragment"}
# When the paper was written, Resolute Support had about **16,000** troops (an undated NATO
# page from 2017–18) from some 39–41 nations: a training mission about an eighth of ISAF's peak. At
# the July 2018 summit, 41 Allies and partners renewed their commitment to it (#11). Several
# points come from NATO "placemats" read through reports of them; hover to see each source.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Three measures on one time line
#
# **District control.** Resolute Support assessed each of Afghanistan's 407 districts as under
# government control or influence, *contested* (controlled by neither side), or under insurgent
# control or influence. SIGAR published the results in its quarterly reports: our series runs
# from November 2015 to October 2018.
#
# **Civilian casualties.** The UN mission (UNAMA) counts civilians killed and injured each year,
# and revises earlier years in later reports; here we plot each year's own report.

# %%
control = data.load("district_control")
control = control.query("category == 'government_control_or_influence'").dropna(subset=["share_percent"])
control["date"] = pd.to_datetime(control["as_of_date"], format="mixed")
civilians = data.load("unama_civcas")
own = civilians[civilians["note"].str.startswith("figure from the year's own report") & (civilians["period"] == "annual")]
own = own.assign(date=pd.to_datetime(own["year"].astype(str) + "-07-01"))
own[["year", "killed", "injured", "total", "source_id"]].query("year >= 2014")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Predict first.** Between 2015 and 2018, did government control of districts rise or fall?
# Did civilian casualties rise or fall? Then choose a year in the menu above the charts.

# %%
rsm = troops.query("mission == 'RSM'")
panels = [
    ("Troops", [go.Scatter(x=rsm["date"], y=rsm["troops"], mode="markers+lines", name="Resolute Support troops", line_color=charts.CATEGORY_COLOURS[0])]),
    ("Districts (%)", [go.Scatter(x=control["date"], y=control["share_percent"], mode="markers+lines", name="Districts under government control or influence (%)", line_color=charts.CATEGORY_COLOURS[2])]),
    ("Civilians", [go.Bar(x=own["date"], y=own["total"], name="Civilian casualties (killed and injured)", marker_color=charts.CATEGORY_COLOURS[3], width=250 * 86_400_000)]),
]
titles = explorers.mission_year_titles(rsm, control, own, years=range(2015, 2019))
linked = explorers.linked_years(panels, titles, first_year=2018)
linked.update_xaxes(range=["2014-06-01", "2019-06-30"]).update_yaxes(rangemode="tozero")
charts.publish(linked, sources=["rs-nato-about-2018", "sigar-qr-2016-07", "sigar-qr-2018-10", "unama-poc-2018"],
    alt="Three stacked charts, 2015 to 2018, with a year menu. NATO troops rose from about 13,000 to "
        "about 16,000; the share of districts under government control or influence fell from about "
        "70% (early 2016) to 55.5% (July 2018) and 53.8% (October 2018); civilian casualties stayed "
        "between 10,453 and 11,418 a year.")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### What choosing a year shows
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

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Who harmed civilians in 2018?

# %%
shares = data.load("unama_party_shares").query("year == 2018 and source_id == 'unama-poc-2018'")
parties = go.Figure(go.Bar(x=shares["share_percent"], y=shares["party"], orientation="h",
                           text=shares["share_percent"], marker_color=charts.CATEGORY_COLOURS[0]))
parties.update_layout(xaxis_title="Share of civilian casualties, 2018 (%)", title="Anti-government forces caused 63% of civilian casualties in 2018; IS-K alone 20%",
                      height=420, yaxis=dict(categoryorder="total ascending"))
charts.publish(parties, sources=["unama-poc-2018"],
    alt="Bars of the share of 2018 civilian casualties by party: anti-government elements 63% (Taliban 37%, "
        "IS-K 20%, undetermined 6%), pro-government forces 24% (Afghan forces 14%, international forces 6%, "
        "pro-government armed groups and others 4%).")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The northern provinces, 2015–2018
#
# The table `northern_attacks_2015_2018.csv` lists major attacks in the northern provinces from
# news reports; where reports differ, each keeps its own row.

# %%
attacks = data.load("northern_attacks_2015_2018")
attacks["date"] = pd.to_datetime(attacks["start_date"], format="mixed")
attacks["named_in_paper"] = attacks["province"].isin(["Balkh", "Kunduz", "Badakhshan", "Faryab"])
per_event = attacks.sort_values("deaths_reported").drop_duplicates("event_id", keep="last")
per_event.groupby(["province", per_event["date"].dt.year]).size().unstack(fill_value=0)

# %% slideshow={"slide_type": "subslide"}
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

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### What the attacks show
#
# - The paper's claim holds for its four provinces: each saw major Taliban attacks between 2015
#   and 2018, from the fall of Kunduz city (September 2015) to the attack on the army's Camp
#   Shaheen near Mazar-i-Sharif (April 2017) and the Ghormach base in Faryab (August 2018).
#   For Balkh the evidence is thin: one raid, however deadly, is not an "offensive".
# - The list is **incomplete**: Jowzjan, Sar-e Pul and Baghlan were hit too. In Jowzjan the Taliban
#   fought IS-K, whose northern fighters surrendered to Afghan forces on 1 August 2018: the
#   "recent clashes" of the paper (#37).
# - A list of events is not a trend. Whether the north got *worse* needs a count made the same
#   way every year, which public sources do not give us by province.

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# **Exercise 1.** On what date did Resolute Support begin? Write the date (e.g. `2015-03-01`).

# %%
from datetime import date

from helpers import checks

answer_1 = ...
checks.check_date_between(answer_1, date(2015, 1, 1), date(2015, 1, 1),
                          hint="NATO decided on 2 December 2014 when to launch the new mission.")

# %% [markdown]
# <details><summary>Worked solution</summary>
#
# NATO's foreign ministers decided on 2 December 2014 to launch Resolute Support "as of 1 January
# 2015" (NATO news release). ISAF therefore ended on 31 December 2014, which the paper's "by the
# 31st of December 2014" blurs into a deadline.
# </details>

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Exercise 2.** According to SIGAR, what share of districts (%) was under government control or
# influence as of July 2018?

# %%
answer_2 = ...
checks.check_number(answer_2, expected=55.5, tolerance=0.05,
                    hint="control.query(\"as_of_date == '2018-07'\")")

# %% [markdown]
# <details><summary>Worked solution</summary>
#
# `control.query("as_of_date == '2018-07'")` gives 55.5%: 226 of 407 districts, the lowest since
# the data began in November 2015; 132 districts (32.4%) were contested (SIGAR, 30 October 2018).
# </details>

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Exercise 3.** Using each year's own UNAMA report (`own`), by what percentage did civilian
# *deaths* change from 2017 to 2018? Give one decimal place (e.g. `-4.2`).

# %%
answer_3 = ...
killed = own.set_index("year")["killed"]
checks.check_number(answer_3, expected=round(100 * (killed[2018] / killed[2017] - 1), 1), tolerance=0.1,
                    hint="100 * (killed[2018] / killed[2017] - 1)")

# %% [markdown]
# <details><summary>Worked solution</summary>
#
# `100 * (killed[2018] / killed[2017] - 1)` gives +10.6%: 3,438 deaths in the 2017 report, 3,804 in
# 2018. With UNAMA's revised 2017 figure (3,440) the answer is almost the same, +10.6%: revisions
# matter more for some years than others (compare 2011 in `civilians`).
# </details>

# %% [markdown] slideshow={"slide_type": "slide"}
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
# - ISAF ended on 31 December 2014; **Resolute Support** began on 1 January 2015 with about
#   12,000–13,000 troops and had about 16,000 when the paper was written.
# - Government control or influence fell to **55.5%** of districts in July 2018 (53.8% by
#   October); civilian
#   casualties stayed above 10,000 a year, with 3,804 deaths in 2018, the most in 2009–2020.
# - The paper's four northern provinces were all attacked in 2015–2018, but so were Jowzjan,
#   Sar-e Pul and Baghlan; the Taliban–IS-K fighting it mentions was in Jowzjan.
# - Each indicator is made by someone, for a purpose, and can stop: read it with its method.
#
# ## What's next
#
# Notebook 04 (planned) tests the paper's central thesis: is Central Asia's violence home-grown
# or spilled over from Afghanistan?

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, NATO Defense College Foundation, late 2018. Data used above:

# %%
data.sources_list(troops, control, own, shares, attacks, "nato-news-2014-12-02", "nato-sg-2018-07-12",
                  "sigar-qr-2019-04", "nato-fm-statement-2018-04-27")
