# ---
# jupyter:
#   indeo:
#     title: Foreign fighters, IS-K and the Taliban
#     minutes: 60
#     claims: [9, 18, 33, 34, 35, 36, 37, 38, 39]
#     corrects: [33, 34, 35, 36, 39]
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 05 · Foreign fighters, IS-K and the Taliban: counting militants, comparing projects
#
# **Time:** about 60 minutes · **Prerequisites:** [03 · From ISAF to Resolute Support](03_isaf_to_resolute_support.ipynb)
# (the Jowzjan attacks); dividing one column by another in pandas · **Passage:** paragraphs 5–6
# (returning fighters; the Taliban and IS-K)
#
# The paper warns that "Takfiri" Central Asian fighters returning from Syria and Iraq worsen the
# region's security, and cites one number for them. It then reads the fighting between the
# Taliban and IS-K as a clash of projects. This notebook checks the number against other
# counts, asks what each count means beside the size of each country, and weighs the argument.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Put two numbers on the board: "nearly 3,000" (the paper) and "more than 4,200" (the
# Soufan Center, 2017). Ask "Which is right?" and take a show of hands.
# **Misconception:** That one of them must be wrong; both can be right about different things.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Learning objectives
#
# By the end of this notebook you will be able to:
#
# 1. **Compare** foreign-fighter estimates across sources, dates and definitions.
# 2. **Calculate** fighters per million people and **explain** how the denominator reorders countries.
# 3. **Evaluate** a cited source: identify the paper's research centre (ICPVTR) and tell it apart from ICSR.
# 4. **Critique** the paper's reading of the Taliban–IS-K rivalry and its al-Qaeda analogy.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Objective 2 is the skill that travels: every count needs a base rate beside it.
# **Misconception:** That a bigger number always means a bigger problem.
# **Minutes:** 1

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the paper says
#
# - The return of "Takfiri Central Asian fighters from the Middle East" worsens regional
#   security (#33).
# - Citing the International Centre for Political Violence and Terrorism Research: "nearly
#   3.000 Central Asians militants have been trained to fight in Syria and Iraq" (#34), with
#   the Islamic State (IS) "mainly Tajik and Kazakh fighters" (#35) or with "the Qaedist
#   al-Nusra Front (mainly Uzbek and Kyrgyz fighters)" (#36).
# - Recent clashes between the Taliban and IS-K in northern provinces (#37) show a global
#   caliphate against a national project (#38), "as occurred in the past between Al Qaeda and
#   the Taliban" (#39).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Five checkable claims and two arguments in one paragraph. We test the number first.
# **Misconception:** That "trained to fight" and "travelled" mean the same.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Reading it critically
#
# - **A word to define (#33).** *Takfir* is declaring another Muslim a nonbeliever, and so an
#   enemy of Islam (American Heritage Dictionary); a *takfiri* is someone who does this. It
#   names an ideology, not a nationality.
# - **An undated figure (#34).** The paper gives no year or title for its "nearly 3,000"; we
#   could not find the ICPVTR publication it rests on. It says "trained to fight" where the
#   sources count people who *travelled* or *joined*; "3.000" and "Central Asians militants"
#   are typos for "3,000" and "Central Asian militants".
# - **Two centres with similar names (#34).** ICPVTR is at the S. Rajaratnam School of
#   International Studies (RSIS), Nanyang Technological University, **Singapore**. ICSR,
#   the International Centre for the Study of Radicalisation, is at **King's College London**
#   (each institution's own pages). Do not swap them.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Define takfiri once, carefully. Then: a figure without a date cannot be compared.
# **Misconception:** That ICPVTR is the London centre, ICSR.
# **Minutes:** 3

# %% slideshow={"slide_type": "skip"}
from helpers import charts, checks, data
from helpers.explorers import nb05_fighters as explorers

charts.use_series_style()
fighters = data.load("foreign_fighters")
population = data.load("wdi_population")
fighters[["estimate_id", "source_id", "source_date", "country_iso3", "fighters_low", "fighters_high"]]

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Counting fighters: who, when, and counting what?
#
# Each estimate has a date and a definition: who *travelled*, *joined* or *fought*. The five
# countries together:

# %% [markdown] slideshow={"slide_type": "skip"}
# Each row of `foreign_fighters.csv` is one source's figure, with its date and its own
# **definition**: people who *travelled*, who *joined* IS "and other extremist groups", who
# went "to fight or otherwise support" IS (women and children included), or who are "in the
# conflict zones". Research centres, governments and the paper all count. The chart below shows
# the five countries together (`CA5`); row `ff-06` counts only 2014–15 arrivals and is left out.

# %% slideshow={"slide_type": "skip"}
regional = fighters.query("country_iso3 == 'CA5' and estimate_id != 'ff-06'")  # ff-06: 2014-15 arrivals only
points = explorers.estimate_points(regional)
points[["source_id", "source_date", "fighters_low", "fighters_high", "bound", "kind"]]

# %%
over_time = explorers.estimates_chart(points)
over_time.update_layout(title="The paper's 'nearly 3,000' is below every estimate of 2016-17 but one")
charts.publish(over_time, sources=list(points["source_id"].unique()),
    alt="Estimates of Central Asian fighters in Syria and Iraq by date. Crisis Group, January 2015: "
        "2,000 to 4,000 (a bar). Soufan Group, December 2015: about 2,000. NDU, October 2016: more "
        "than 4,000. A Spanish institute, 2017: roughly 3,000. Soufan Center, October 2017: more "
        "than 4,200. The paper, 2018: nearly 3,000, with no date of its own.")

# %% [markdown] slideshow={"slide_type": "fragment"}
# ▲ "more than", ▼ "nearly" or "up to". The paper's figure sits at 2018 only because the paper
# is from 2018. It matches 2015's estimates, and is well below NDU (2016) and Soufan (2017).

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Answer the hook: both numbers are real, from different dates and definitions. An undated figure cannot be placed on this axis.
# **Misconception:** That the latest estimate is automatically the best.
# **Minutes:** 4

# %% slideshow={"slide_type": "skip"}
kazakhstan = fighters.query("country_iso3 == 'KAZ'").sort_values("source_date")
kazakhstan[["source_id", "source_date", "fighters_low", "fighters_high", "definition"]]

# %% [markdown] slideshow={"slide_type": "skip"}
# **One country, four official counts.** Kazakhstan's security service (KNB) said "more than
# 300" in November 2014, half of them women; "around 150" men in March 2015, leaving out about
# 200 wives, widows and children. President Nazarbayev said "about 400" had left to join IS
# (November 2017), and the KNB "over 300" in the conflict zones in 2019, of whom about 100 had
# joined the militants. The number moves with the definition as much as with events.

# %% slideshow={"slide_type": "skip"}
soufan = fighters.query("source_id == 'soufan-2017' and country_iso3 != 'CA5'")
soufan = soufan.assign(iso3=soufan["country_iso3"], year=soufan["source_date"].str[:4].astype(int),
                       fighters=soufan["fighters_low"])
soufan = explorers.with_rates(explorers.population_of_year(soufan[["iso3", "year", "fighters"]], population))
names = {"KAZ": "Kazakhstan", "KGZ": "Kyrgyzstan", "TJK": "Tajikistan", "TKM": "Turkmenistan", "UZB": "Uzbekistan"}
soufan

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Predict, then explore
#
# The Soufan Center (October 2017) counted fighters from each of the five countries. Uzbekistan
# has about 32 million people, Turkmenistan and Kyrgyzstan about 6.5 million each. Which country
# do you expect to have the **most fighters per million people**? Write its name, then switch the
# chart's menu from "Number of fighters" to "Per million people".

# %% slideshow={"slide_type": "skip"}
my_guess = ...
checks.prediction(my_guess)

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Everyone writes a country before the menu moves.
# **Misconception:** Most pick Uzbekistan, the largest count.
# **Minutes:** 2

# %% slideshow={"slide_type": "slide"}
per_person = explorers.denominator_menu(soufan, names)
charts.publish(per_person, sources=["soufan-2017", "wb-wdi-pop-datasets-2026-03"],
    alt="Bars for the five countries with a menu. By number (Soufan Center, 2017): Uzbekistan 1,500, "
        "Tajikistan 1,300, Kazakhstan and Kyrgyzstan 500 each, Turkmenistan 400. Per million people "
        "(World Bank population of 2017): Tajikistan 143.1, Kyrgyzstan 79.3, Turkmenistan 61.5, "
        "Uzbekistan 47.1, Kazakhstan 26.8.")

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Switch the menu live. Uzbekistan falls from first to fourth; Tajikistan leads.
# **Misconception:** That the per-million view is "the real" ranking; it answers a different question.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "slide"}
# ### What moving the explorer shows
#
# Compare with your prediction.
#
# - By **number**, Uzbekistan comes first (1,500). **Per million people**, Tajikistan does
#   (about 143), and Uzbekistan drops to fourth (about 47).
# - The two views answer different questions: where do most fighters come from, and how likely
#   was a citizen of each country to go? Report a count with its base rate beside it.
# - The denominator has its own source and vintage: we use the World Bank population of the
#   estimate's year. Releases are revised: the older release in `wdi_2018` gives Turkmenistan
#   5.85 million people in 2018, the newer one 6.66 million.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Two questions, two rankings. Then the denominator's own uncertainty: Turkmenistan's population was revised by 14%.
# **Misconception:** That population figures are exact.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Who joined whom? (#35–36)
#
# - **#35 oversimplifies.** The Soufan summary counts 1,500 *Uzbeks* alongside IS, its largest
#   group. Tajiks did join IS: the commander of Tajikistan's special police, Gulmurod Khalimov,
#   announced it in May 2015 (RFE/RL).
# - **#36 is dated.** Al-Nusra renamed itself Jabhat Fateh al-Sham on 28 July 2016 and merged
#   into **Hayat Tahrir al-Sham** (HTS) on 28 January 2017. Uzbek-led units fought alongside it:
#   Katibat Imam al-Bukhari, and Katibat al-Tawhid wal-Jihad, which pledged to al-Nusra in 2015
#   and is led by an ethnic Uzbek (Long War Journal).
# - **"Kyrgyz"?** In 2015 a Kyrgyz official said over 70% of Kyrgyz citizens who joined IS were
#   ethnic Uzbeks, but gave no evidence (The Diplomat). We found no count by ethnicity.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Citizenship is not ethnicity, and groups change names. By 2018 "al-Nusra" was two names out of date.
# **Misconception:** That "Kyrgyz fighters" means ethnic Kyrgyz.
# **Minutes:** 3

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The Taliban and IS-K (#37–39)
#
# - **#37 holds.** IS-K appeared in Nangarhar, on the Pakistan border, in 2014–15 (USIP, 2016),
#   with a northern pocket in Jowzjan. From mid-July 2018 the Taliban attacked it there; on
#   1 August more than 150 IS-K fighters (at least 200, said the police chief) surrendered to
#   Afghan forces (RFE/RL; NYT).
# - **#38, but not always.** UNAMA found that the Taliban and local fighters calling themselves
#   IS *jointly* attacked Mirza Olang, Sar-e Pul, in August 2017. Rivals can fight side by side.
# - **#39 is contestable.** Al-Qaeda's leaders pledged allegiance to the Taliban's leaders:
#   bin Laden to Mullah Omar, Zawahiri to Mullah Mansour in 2015 (BBC). UN monitors still found
#   their ties "close" in 2020. Allies who differ are not rivals who fight.

# %% slideshow={"slide_type": "skip"}
northern = data.load("northern_attacks_2015_2018")
clashes = northern[northern["actor"].str.contains("IS-K")]
clashes[["event_id", "start_date", "end_date", "province", "actor", "deaths_reported", "source_id"]]

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Jowzjan is the clash the paper means. Then the twist: Mirza Olang. Then the analogy: pledges of allegiance are the opposite of rivalry.
# **Misconception:** That the Taliban and al-Qaeda were enemies.
# **Minutes:** 4

# %% [markdown] slideshow={"slide_type": "skip"}
# ## What else the data say about IS-K in 2018
#
# The paper places Taliban and IS-K activity in the "southern and border regions" (#9). IS-K's
# base was in the east, and it was deadly there and in Kabul: UNAMA attributed 20% of 2018's
# civilian casualties to IS-K and 37% to the Taliban (see notebook 03). The Taliban's defeat of
# IS-K in Jowzjan is one piece of evidence for the paper's hope that the Taliban could help
# contain IS-K (#18); notebook 10 follows what happened after 2021.

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Exercises
#
# Replace the `...` with your answer and run the cell. The keys are in `data/answer_keys.csv`;
# open it only after you have tried.
#
# **Exercise 1.** Add up the Soufan Center's five country figures (`soufan["fighters"]`). By what
# percentage is that total higher than the paper's "nearly 3,000"? Give a whole number.

# %% slideshow={"slide_type": "skip"}
answer_1 = ...
checks.check("05.1", answer_1)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `soufan["fighters"].sum()` is 4,200, and `100 * (4200 / 3000 - 1)` is 40: the 2017 total is
# 40% higher. Taken the other way round, the paper's figure is 29% lower than Soufan's (1 −
# 3000/4200): a percentage needs a stated base. The gap need not mean that either source is
# wrong: the paper's figure has no date, and earlier estimates (2015) were near 2,000–3,000.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 2.** *Apply it.* In January 2016 Tajikistan's interior minister put the number of
# Tajiks who had joined IS in Syria and Iraq at up to 1,000 (row `ff-16`). How many is that per
# million people, using the World Bank population of the same year from `population`? Give one
# decimal place.

# %% slideshow={"slide_type": "skip"}
answer_2 = ...
checks.check("05.2", answer_2)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# `population.query("iso3 == 'TJK' and year == 2016")` gives 8,865,631 people, and
# `1000 / 8_865_631 * 1e6` is **112.8** per million. Dividing by a later year's population
# (2018: 9,307,333) gives 107.4: always use the estimate's own year. Set beside Kyrgyzstan's
# official 2018 figure of 850 (`ff-22`; 131.9 per million with the 2018 population), the
# official counts put Kyrgyzstan ahead of Tajikistan, while Soufan's figures put Tajikistan far
# ahead. The source changes the ranking as well as the denominator.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 3.** Which pair is right: the research centre the paper cites, and what
# "al-Nusra" was called when the paper was written (late 2018)? Answer with a letter.
#
# - a: ICSR, King's College London; still the al-Nusra Front
# - b: ICPVTR, RSIS, Nanyang Technological University, Singapore; Hayat Tahrir al-Sham
# - c: ICPVTR, RSIS, Singapore; Jabhat Fateh al-Sham
# - d: ICSR, King's College London; Hayat Tahrir al-Sham

# %% slideshow={"slide_type": "skip"}
answer_3 = ...
checks.check("05.3", answer_3)

# %% [markdown] slideshow={"slide_type": "skip"}
# <details><summary>Worked solution</summary>
#
# **b.** The International Centre for Political Violence and Terrorism Research is a unit of the
# S. Rajaratnam School of International Studies at Nanyang Technological University in Singapore;
# ICSR is a different centre at King's College London. Al-Nusra became Jabhat Fateh al-Sham on
# 28 July 2016, and that group merged into Hayat Tahrir al-Sham on 28 January 2017.
# </details>

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Discussion questions
#
# 1. Why do the estimates differ so much? Consider "travelled" against "fought", official
#    against open-source counting, and who counts women and children.
# 2. Is the Taliban a credible partner against IS-K (#18)? Weigh the 2018 Jowzjan campaign
#    against the joint attack on Mirza Olang in 2017 and the Taliban's ties to al-Qaeda.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Think, pair, share
#
# Discussion question 2: **is the Taliban a credible partner against IS-K?** **Think** (1
# minute): one piece of evidence for, one against. **Pair** (2 minutes): agree on a verdict.
# **Share** (3 minutes): two pairs report, each with its evidence.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Push for evidence: Jowzjan 2018 for; Mirza Olang 2017 and the al-Qaeda ties against.
# **Misconception:** That fighting IS-K makes the Taliban a counter-terrorism partner in general.
# **Minutes:** 8

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Key points
#
# - The paper's "nearly 3,000" is undated and below the 2016–17 estimates (more than 4,000);
#   estimates differ by date and by what they count.
# - ICPVTR is in Singapore (RSIS, NTU), not London (ICSR, King's College).
# - Counts need base rates: by Soufan's 2017 figures Uzbekistan sent the most fighters,
#   Tajikistan the most per million people.
# - "Al-Nusra" was Hayat Tahrir al-Sham from January 2017; citizenship is not ethnicity.
# - The Taliban fought IS-K in Jowzjan in 2018, but al-Qaeda and the Taliban were allies.
#
# ## What's next
#
# Notebook 06 follows the paper's "northern route" for Afghan opium, and the limits of the
# evidence for it.

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** One key point per chart or slide; the base rate is the one to keep.
# **Misconception:** That the corrections make the paper's argument wrong; most of it survives.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exit ticket
#
# On a card, before you leave:
#
# 1. Correct one of claims #34–36 in one sentence, naming your source.
# 2. Which country sent the most fighters per million people, by the Soufan Center's figures?

# %% [markdown] slideshow={"slide_type": "notes"}
# **Say:** Collect the cards; start next time with the best corrections.
# **Misconception:** Writing "ICSR" for the paper's centre.
# **Minutes:** 2

# %% [markdown] slideshow={"slide_type": "skip"}
# ## Sources
#
# The paper: Fabio Indeo, *Afghanistan and Central Asia: Looming priorities and regional
# un-balances*, NATO Defense College Foundation, late 2018. Data and documents used above:

# %% slideshow={"slide_type": "skip"}
data.sources_list(fighters, population, clashes, "rsis-icpvtr-history", "kcl-icsr-spotlight", "ahd-takfir",
                  "rferl-2015-05-khalimov", "ctc-2016-08-jfs", "infobalkans-2017-01-30-hts",
                  "lwj-2016-06-uzbek-aleppo", "lwj-2018-03-kib", "diplomat-2015-06-kyrgyz-uzbeks",
                  "usip-sr395-2016", "bbc-2015-08-13-zawahiri", "un-monitoring-team-2020-05",
                  "unama-poc-2018", "wb-wdi-pop-snap2020")
