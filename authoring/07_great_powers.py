# ---
# jupyter:
#   indeo:
#     title: Great powers and institutions
#     minutes: 60
#     claims: [50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66]
#     corrects: [55, 62, 63, 65]
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 07 · Great powers and institutions: Russia and the CSTO, China, the SCO and the QCCM
#
# **Time:** about 60 minutes · **Prerequisites:** [02 · Mapping the frontier](02_mapping_the_frontier.ipynb)
# (the Chinese base question) and [04 · Spill-over or home-grown?](04_spillover_or_home_grown.ipynb);
# pandas `query` · **Passage:** paragraphs 9–12 (Russia and the CSTO; China; the CSTO and SCO in Osh)
#
# The paper gives Russia a paragraph and China a paragraph, and ends with a rule: the region's
# security bodies answer outside threats, not trouble inside. This notebook maps who had bases and
# who belonged to what from 1992 to 2025, applies the CSTO's rule on foreign bases, and corrects
# four sentences.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Poll: "Which foreign powers had military facilities in Central Asia at the end of
# 2005?" Collect answers; most say Russia and the United States. Keep the list for the map.
# **Misconception:** That Central Asia's foreign bases were only ever Russian.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Learning objectives
#
# By the end of this notebook you will be able to:
#
# 1. **Map** overlapping memberships and foreign military facilities in Central Asia, 1992–2025.
# 2. **Apply** the CSTO's December 2011 rule on third-country bases to China's options.
# 3. **Correct** the paper on the 201st base, the "two republics" and the QCCM's members.
# 4. **Compare** Russia and China as arms suppliers, using only figures a source states.
# 5. **Evaluate** the claim that the CSTO and SCO answer only external threats (#65).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Objective 2 is the one the exercises test: a rule, applied to new years and states.
# **Misconception:** That "member of the CSTO" and "host of a Russian base" are the same thing.
# **Minutes:** 1

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the paper says
#
# **Russia and the CSTO** (paragraphs 9–10):
#
# - Russia uses bilateral ties and bodies such as the **CSTO** to shape Eurasian security (#50);
#   in the CSTO, Moscow wants to be the "regional security provider" (#51).
# - Its tools: joint military exercises (#52), modern equipment "at Russian internal prices"
#   (#53) and "CSTO military bases in two Central Asian republics": **Kant** in Kyrgyzstan (#54)
#   and the "201st Motor Rifle Division" in Tajikistan (#55).
# - Crimea and the Ukraine crisis "heavily damaged Russia's image" in the region (#56) and spread
#   concern about Russia's security integration projects (#57).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Underline the tools: exercises, cheap arms, bases. The notebook tests the last two.
# **Misconception:** That the CSTO owns bases: the bases are Russian.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ### China, the CSTO and the SCO (paragraphs 11–12)
#
# - China matters through its **Belt and Road** projects (#58); long-term regional security is
#   a main driver of Beijing's policy (#59).
# - China "cannot establish military bases": CSTO members must agree unanimously (#60), and
#   Turkmenistan and Uzbekistan exclude bases by national policy (#61).
# - "So China tries to build a base along the Afghan-Tajik border" (#62) and promotes the
#   **QCCM** "(including Afghanistan, Pakistan and Tajikistan)" (#63).
# - The CSTO and the **SCO** (#66) were inactive in Osh in 2010 (#64), "because they are able to
#   respond to external threats but not internal conflicts or between member-states" (#65).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Notebook 08 follows the Belt and Road (#58); here we test the rule (#60-62) and the
# institutions (#63-66).
# **Misconception:** That the SCO is a military alliance like the CSTO.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Reading it critically
#
# - **#55 dated:** since October 2004 the division has been Russia's **201st Military Base**, in
#   Dushanbe and Bokhtar; "two republics" leaves out Kazakhstan and three other Kyrgyz sites.
# - **#62 ambiguous:** which side of the border, and whose base? (Notebook 02 set out the two
#   readings; below we apply the rule.)
# - **#63 incomplete:** the QCCM has a fourth member, **China**; it is not the 2016 Quadrilateral
#   Coordination Group (QCG) on peace talks.
# - **#65 dated:** in January 2022 the CSTO sent forces into Kazakhstan during unrest at home.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Four flags, each with its rows of data below. Each correction names its sources.
# **Misconception:** That a dated statement was wrong when written: #65 was fair in 2018.
# **Minutes:** 3

# %% slideshow={"slide_type": "skip"}
import pandas as pd

from helpers import charts, checks, data
from helpers.explorers import nb07_powers as explorers

charts.use_series_style()
facilities = data.load("military_facilities")
memberships = data.load("memberships")
arms = data.load("arms_supplier_shares")

# %% [markdown] slideshow={"slide_type": "skip"}
# `facilities` has one row per facility **and source** (39 rows for 21 facilities), because
# sources disagree on dates. The map draws a facility for 31 December of a year if any source
# places it there: from the earliest stated opening to the latest stated closing (the series'
# own rule). Eight facilities have no opening date in any row; `explorers.FIRST_YEAR` gives the
# year the series uses and why (a lease, an agreement, the first report). Reported, approved or
# denied facilities are drawn faint; a facility with no coordinates in our sources is drawn
# hollow, by its host country's name.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Memberships overlap, 1992–2025

# %% slideshow={"slide_type": "-"}
charts.publish(explorers.membership_chart(), sources=explorers.membership_sources(),
    alt="Horizontal bars, one row per state and body, 1992 to 2025. Kazakhstan, Kyrgyzstan and Tajikistan are "
        "in the CSTO (the treaty before 2002) throughout and in the SCO from 2001; Kazakhstan and Kyrgyzstan join "
        "the EAEU in 2014-2015, Tajikistan and Afghanistan the QCCM in 2016. Uzbekistan is in the treaty until "
        "1997, suspended in 1998 by one source, out from 1999, back from 2006 to 2011 and suspended from 2012. "
        "Turkmenistan has no row.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Each bar is a standing on 31 December of each year. Read one row at a time:
# Uzbekistan's CSTO row has a gap and two suspensions (1998 rests on one source). Turkmenistan
# has no row at all. Then ask the prediction below before showing the map.
# **Misconception:** That the SCO and the CSTO are rival blocs: three states sit in both.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "skip"}
# **Predict before the map.** Besides Russia, how many **foreign states** had a military facility
# in Central Asia at the end of **2005**? And at the end of **2018**, when the paper was written?

# %% slideshow={"slide_type": "skip"}
my_guess = ..., ...  # e.g. 2, 1: other states with facilities at the end of 2005 and of 2018
checks.prediction(my_guess)

# %% slideshow={"slide_type": "slide"}
powers_map = explorers.facility_map(facilities, start=2018)
charts.publish(powers_map, sources=explorers.map_sources(facilities),
    alt="A map of Central Asia with foreign military facilities as markers, one shape and colour per operating state. "
        "Central Asian states are shaded grey while CSTO members and cream once national policy excludes bases "
        "(Turkmenistan from 1995, Uzbekistan from 2012). A slider runs from 1992 to 2025. Russian sites are there throughout. US, German, French and Indian facilities "
        "appear from 2001-2002; the US base in Uzbekistan is gone by the end of 2005, Manas by 2014, Germany's Termez "
        "by 2015. Chinese-funded or reported sites appear from 2016.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Ask the prediction first (two numbers each). Then drag the slider from 2001 to 2005,
# 2013 to 2014, 2015 to 2016. Hover a marker to read its legal basis. The slider works in the
# slides too, without a kernel.
# **Misconception:** That a "reported" base is a fact: faint markers rest on journalists' reports.
# **Minutes:** 5

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What moving the explorer shows
#
# Compare with your prediction. At the end of **2005**: **four** other states (the United States,
# Germany, France and India; the US base in Uzbekistan closed in November). At the end of
# **2018**: **two**, India (Ayni) and China (two reported sites, neither acknowledged).
#
# - The **US** left in two steps (2005, 2014); a **Chinese** footprint appears only after 2016,
#   and only in Tajikistan and Afghanistan.
# - Every Russian site sits in a CSTO member; no foreign facility at all appears in Turkmenistan.
# - Uzbekistan turns grey in 2006 and cream in 2012: back in the CSTO, then out by its own law.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Compare with the predictions. The legal bases differ: leases, agreements and, for
# China, nothing acknowledged.
# **Misconception:** That overlapping memberships mean overlapping loyalties.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "skip"}
# Every facility with its first year on the map (`since`), the year it is gone (`until`) and its
# legal basis (shortened; the full text is in `facilities["legal_basis"]`):

# %% slideshow={"slide_type": "skip"}
from IPython.display import display

spans = explorers.facility_spans(facilities)
table = spans[["operator_iso3", "host_iso3", "since", "until", "name", "legal_basis"]]
with pd.option_context("display.max_colwidth", 90):
    display(table.assign(until=table["until"].astype("Int64"), name=table["name"].str.slice(0, 45),
                         legal_basis=table["legal_basis"].str.slice(0, 90)))

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The CSTO's consent rule and China's options (#60–62)
#
# On 20 December 2011 CSTO leaders agreed that a **third country's base** on a member's soil
# needs the consent of **every member** (RFE/RL; The Hindu; Russia ratified the protocol in 2012).
# Two states exclude bases on their own: **Turkmenistan**, permanently neutral (UN General
# Assembly, 12 December 1995), and **Uzbekistan**, whose 2012 foreign-policy concept bans foreign
# bases (Trend; RFE/RL). So in 2018 only the CSTO's Central Asian members fall under the rule:

# %% slideshow={"slide_type": "-"}
explorers.csto_consent_needed(2018)

# %% [markdown] slideshow={"slide_type": "fragment"}
# Where could China go? **Afghanistan** is outside the CSTO, so the rule does not reach it: that
# is the China-funded Afghan base reported in 2017–2018, and denied (notebook 02). In Tajikistan,
# a facility **owned by Tajikistan** and paid for by China is arguably outside the rule: that is
# how Tajik officials describe Shaymak (2016 agreement) and Vakhon (approved October 2021). The
# rule helps explain the form China's footprint took.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Notebook 02 asked which side of the border; here the answer is the legal form. The
# paper's "So China tries..." fits an Afghan-side base, or a Tajik-owned one.
# **Misconception:** That the rule bans Chinese money: it governs bases, not grants.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "slide"}
# ## #55 corrected: the 201st, and more than "two republics"
#
# Russia's **201st Military Base** was made from the 201st Motor Rifle Division and opened on
# 17 October 2004 (announced by ITAR-TASS the day before; TASS 2014: "It opened in 2004"). Its garrisons are in
# Dushanbe and Bokhtar (Qurghonteppa), and the 2012 agreement runs "until 2042". It is a Russian
# base under a bilateral treaty, not a CSTO base. Russian sites in 2018, by host:

# %% slideshow={"slide_type": "-"}
in_2018 = explorers.on_map(explorers.facility_spans(facilities), 2018)
in_2018.query("operator_iso3 == 'RUS'").groupby("host_iso3").size().rename("Russian facilities")

# %% [markdown] slideshow={"slide_type": "fragment"}
# **Three** republics, not two: Kazakhstan hosts Baikonur, Sary-Shagan and test ranges, and
# Kyrgyzstan has Kara-Balta, Karakol and Mailuu-Suu besides Kant (TASS 2023). The Kennan
# Institute also counts Russian military infrastructure "in three out of five" republics (2020).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Count aloud with the table. Kant (#54) is right: opened October 2003 (Asia-Plus).
# Two Tajik sites, 201st and Okno, but the paper names one.
# **Misconception:** That "division" and "base" are just words: a base has a treaty and a term.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## #63 corrected: the QCCM is four armed forces, not the QCG
#
# The Quadrilateral Cooperation and Coordination Mechanism was launched by the armed forces of
# **Afghanistan, China, Pakistan and Tajikistan** in **Urumqi** on 3 August 2016 (Dawn, quoting
# Pakistan's military; Bakhtar gives 4 August). The paper's list leaves out China, its promoter.

# %% slideshow={"slide_type": "-"}
qccm = memberships.query("organisation == 'QCCM'")
qccm.groupby(["date", "source_id"])["state_iso3"].apply(", ".join).rename("members")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Do not confuse it with the **Quadrilateral Coordination Group** (Afghanistan, Pakistan, the
# United States, China), which met from January 2016 to prepare peace talks with the Taliban
# (`diplomacy_2015_2018`, first QCG statement of 11 January 2016).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Same year, same word "quadrilateral", different members and purpose: one fights
# terrorism, the other sought talks. The United States is the give-away.
# **Misconception:** That China joined the Afghan peace talks only in 2018.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Arms suppliers: only what the sources state
#
# No table of transfers by year could be read: the chart shows only shares that published
# analyses of SIPRI data state.

# %% slideshow={"slide_type": "-"}
charts.publish(explorers.arms_chart(arms), sources=list(dict.fromkeys(arms.query("measure == 'share_pct'")["source_id"])),
    alt="Horizontal bars of stated shares of arms imports. Central Asia, 2010-2014: China 1.5%. Central Asia, "
        "2015-2019: Russia 62%, China 18%. Kazakhstan, 2020-2024: Russia 88%. No Chinese figure is stated for "
        "Kazakhstan.")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Russia stays the main supplier, which fits #53; China's regional share rose from 1.5% to 18%.
# Tajikistan, 1991–2020: Russia 110 million TIV, China 4 (CABAR.asia via Asia-Plus).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Each bar is a sentence in a source, not a database query. What is missing (three
# countries, every year by itself) is listed in data/README.md, "Known gaps".
# **Misconception:** That a TIV is a price: it measures volume.
# **Minutes:** 4

# %% slideshow={"slide_type": "skip"}
arms

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Inside conflicts: Osh 2010 and Kazakhstan 2022 (#64–65)
#
# - **Osh, June 2010** (#64): neither body intervened, as the paper says; notebook 04 counted
#   its dead.
# - **Kazakhstan, January 2022** (#65): on 6 January the CSTO decided to send "collective
#   peacekeeping forces" at President Tokayev's request (Xinhua); they began to leave on 13
#   January (Qazaq TV). The "internal conflicts" half of #65 is overtaken.
# - **Between members**: no CSTO deployment is recorded in the Kyrgyz–Tajik border clashes of
#   April 2021 and September 2022 (`ca_events_2019_2025`). That half still holds.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** The rule the paper states was a description of practice, and practice changed once.
# **Misconception:** That 2022 answered an outside attack: the forces went into unrest inside a
# member state, at its president's request.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Think, pair, share
#
# Did Crimea (2014) and the invasion of Ukraine (2022) erode Russia's security role (#56–57)?
# Or did the January 2022 deployment in Kazakhstan show it remained the provider of last resort?
# **Think** (1 minute), **pair** (3 minutes), **share** (two pairs report). Use the map and the
# arms chart as evidence.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Push for evidence on both sides: Russian bases did not shrink; Kazakhstan's share of
# Russian arms stayed high; yet Tokayev sent the forces home within days.
# **Misconception:** That image and capability move together.
# **Minutes:** 6

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Exercises
#
# Replace the `...` with your answer and run the cell. The keys are in `data/answer_keys.csv`;
# open it only after you have tried.
#
# **Exercise 1.** *Apply the rule to a new year.* Seven years after the paper, on 31 December
# 2025, which Central Asian states would need **every CSTO member's consent** to host a Chinese
# base? Use `data.memberships_on` or `explorers.standings`. Answer with a list of names or ISO codes.

# %% slideshow={"slide_type": "skip"}
answer_1 = ...
checks.check("07.1", answer_1)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `explorers.csto_consent_needed(2025)` gives **Kazakhstan, Kyrgyzstan and Tajikistan**: the
# full CSTO members among the five. Uzbekistan's membership has been suspended since 2012 and its
# own concept bans bases; Turkmenistan was never a member and is neutral; Afghanistan is outside.
# The rule binds Russia and the other members too, but they are not Central Asian.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 2.** *Correct #55.* Which sentence is right?
#
# - a: The 201st Motor Rifle Division, a CSTO base in Dushanbe, since 1992
# - b: Russia's 201st Military Base, since October 2004, in Dushanbe and Bokhtar, with an agreement to 2042
# - c: Russia's 201st Military Base, since 2012, at Kant
# - d: A CSTO joint base, since 2002, in Dushanbe and Kulob

# %% slideshow={"slide_type": "skip"}
answer_2 = ...
checks.check("07.2", answer_2)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# **b.** `facilities.query("facility_id == 'ru-201-base'")` shows the opening (17 Oct 2004,
# ITAR-TASS), the garrisons and the 2012 agreement "until 2042". 2012 is the agreement's date,
# not the opening; Kant is in Kyrgyzstan; the Kulob garrison was to leave by December 2015.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 3.** *Correct #63.* Which states' armed forces make up the QCCM? Answer with a list.

# %% slideshow={"slide_type": "skip"}
answer_3 = ...
checks.check("07.3", answer_3)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `memberships.query("organisation == 'QCCM'")["state_iso3"].unique()`: **Afghanistan, China,
# Pakistan and Tajikistan** (Urumqi, August 2016). The United States belongs to the QCG, the
# peace-talks group of the same year, not to the QCCM.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 4.** By what **factor** did China's stated share of Central Asian arms imports grow
# from 2010–2014 to 2015–2019? Use `arms`; one decimal place.

# %% slideshow={"slide_type": "skip"}
answer_4 = ...
checks.check("07.4", answer_4)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# ```python
# china = arms.query("recipient == 'Central Asia' and supplier_iso3 == 'CHN'").set_index("period")["value"]
# china["2015-2019"] / china["2010-2014"]   # 18 / 1.5 = 12.0
# ```
#
# **12 times**, from a small base: 16.5 percentage points. Both figures come from one source
# (the Kennan Cable), so they share its reading of SIPRI's data.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Discussion questions
#
# 1. Did Crimea (2014) and the 2022 invasion of Ukraine erode Russia's security role, or did the
#    CSTO's January 2022 deployment in Kazakhstan show it remained the provider of last resort?
# 2. Is China replacing Russia in Central Asia, or are the two dividing the labour (economy
#    against security)? What evidence would tell the two apart?

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Key points
#
# - Memberships overlap; Uzbekistan left the treaty in 1999, returned in 2006, suspended in 2012.
# - The US left in 2005 (Uzbekistan) and 2014 (Manas); Chinese-funded sites appear after 2016.
# - The 2011 CSTO rule binds Kazakhstan, Kyrgyzstan and Tajikistan; Turkmen neutrality and the
#   Uzbek ban close the rest, so China used Afghan soil or Tajik-owned posts.
# - #55: the 201st Military Base since 2004; Russian sites in three republics, not two.
# - #63: the QCCM has four members, China included. #65: overtaken in January 2022.
#
# ## What's next
#
# Notebook 08 follows China's Belt and Road and the corridors through Afghanistan.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exit ticket
#
# On a card: rewrite the paper's sentence about "CSTO military bases in two Central Asian
# republics (the Kant air base in Kyrgyzstan and the Russian 201st Motor Rifle Division in
# Tajikistan)" so that it is accurate in 2018.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Collect the cards; a good one names the 201st Military Base, Russia as owner and a third republic.
# **Misconception:** That "CSTO base" and "Russian base" mean the same.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, NATO Defense College Foundation, late 2018. Data and documents used above:

# %% slideshow={"slide_type": "skip"}
data.sources_list("indeo-2018", facilities, qccm, arms, "rferl-2011-12-20", "thehindu-2011-12-21",
                  "garant-fz-200-2012", "unga-1995-12-12-tm", "trend-2012-08-30", "ozodlik-2012-uz-concept",
                  "xinhua-2022-01-06-csto", "qazaqtv-2022-01-13", "qcg-joint-statement-2016-01-11",
                  "cabar-2021-ca-arms", "daryo-2025-03-25-kz-arms", "afp-2021-05-07", "reuters-2022-09-18")
