"""Texts of the survey pages (/cannabis and /sentralstimulerende) and their figures."""

NB = {
    # shared figure texts
    "survey.source": "Rusundersøkelsen (SSB), bearbeidet av Helsedirektoratet; data {first}–{last}",
    "survey.source_adjusted": "Rusundersøkelsen (SSB); justert estimat fra Helsedirektoratets trendtest",
    "survey.y_percent": "Andel (%)",
    "survey.y_percent_users": "Andel av dem som har brukt cannabis (%)",
    "survey.x_age_first": "Alder første gang (år)",
    "survey.ci95": "95 % konfidensintervall",
    "survey.hover_ci": "95 % KI:",
    "survey.hover_n": "Antall svar:",
    "survey.col_year": "År",
    "survey.col_substance": "Rusmiddel",
    "survey.col_period": "Tidsrom",
    "survey.col_sex": "Kjønn",
    "survey.col_age": "Aldersgruppe",
    "survey.col_percent": "Andel (%)",
    "survey.col_ci_low": "95 % KI, nedre",
    "survey.col_ci_high": "95 % KI, øvre",
    "survey.col_n": "Antall svar",
    "survey.col_frequency": "Antall ganger siste 12 måneder",
    "survey.col_adjusted": "Justert andel (%)",
    "survey.col_adjusted_low": "Justert, 95 % KI nedre",
    "survey.col_adjusted_high": "Justert, 95 % KI øvre",
    "survey.col_observed": "Observert andel (%)",
    "survey.col_age_first": "Alder første gang",
    "survey.col_users": "Antall personer",
    "survey.col_share_users": "Andel (%)",
    "survey.adjusted_series": "Justert for alder og kjønn",
    "survey.observed_series": "Observert (vektet)",
    "survey.debut_series": "Debutalder",
    "survey.debut_hover": "%{x} år: %{y:.1f} % (%{customdata} personer)",
    "survey.debut_marks": "Gjennomsnitt {mean} år (stiplet)<br>Median {median} år (prikket)<br>Vanligst {mode} år (heltrukket)",
    "survey.mean": "Gjennomsnitt",
    "survey.median": "Median",
    "survey.mode": "Vanligst",
    # filters
    "survey.filter_sex": "Kjønn",
    "survey.filter_age": "Aldersgruppe",
    "survey.filter_period": "Tidsrom for enkeltfigurer",
    "survey.filter_years": "År fra–til",
    "survey.filter_snapshot": "År for øyeblikksbilde",
    "survey.filter_substances": "Rusmidler",
    "survey.filters": "Utvalg",
    "survey.age_note_cannabis": "Aldersgruppene 16–20, 21–25 og 26–30 år finnes bare for bruk siste 12 måneder. "
    "Velger du en av dem, viser figurene bare det tidsrommet.",
    "survey.period_note_stimulants": "For sentralstimulerende rusmidler publiseres bare bruk noen gang og siste "
    "12 måneder, ikke siste 4 uker.",
    "survey.substances_none": "Velg minst ett rusmiddel.",
    "survey.years_swapped": "Fra-året var senere enn til-året; årene er byttet om.",
    # age-group labels (survey age groups only)
    "code.survey_age.16-64": "16–64 år",
    "code.survey_age.16-30": "16–30 år",
    "code.survey_age.16-20": "16–20 år",
    "code.survey_age.21-25": "21–25 år",
    "code.survey_age.26-30": "26–30 år",
    "code.survey_frequency.1-5": "1–5 ganger",
    "code.survey_frequency.6-10": "6–10 ganger",
    "code.survey_frequency.11-50": "11–50 ganger",
    "code.survey_frequency.51+": "Mer enn 50 ganger",
    # key figures
    "survey.kpi_heading": "Nøkkeltall {year}",
    "survey.kpi_value": "{value} %",
    "survey.kpi_note": "95 % KI {low}–{high} %, {n} svar. {who}",
    "survey.kpi_note_both": "Kjønnsfilteret «menn og kvinner» viser her tall for alle.",
    "survey.kpi_report_trend": "Rapportens trendtest: økning {first}–{last} (p < {p})",
    "survey.kpi_test.increase": "Økning fra {year} ({old} %; vår test, p {p})",
    "survey.kpi_test.decrease": "Nedgang fra {year} ({old} %; vår test, p {p})",
    "survey.kpi_test.no_clear_change": "Ingen sikker endring fra {year} ({old} %; vår test, p {p})",
    "survey.kpi_test.untested": "Ikke testet mot {year} ({old} %): intervallene mangler",
    "survey.kpi_rule": "Der rapporten har testet utviklingen, viser vi rapportens resultat. Andre endringer er "
    "vår egen test av forskjellen mellom to års anslag (z-test, standardfeil fra de publiserte "
    "95 %-intervallene, 5 %-nivå). «Ingen sikker endring» betyr at testen ikke fant en forskjell, "
    "ikke at bruken er uendret.",
    "survey.kpi_title": "{substance}, {period}",
    # about the numbers (shared caveats)
    "survey.about_source": "Kilde: Rus- og tobakksundersøkelsen (Rusundersøkelsen), en årlig spørreundersøkelse "
    "som SSB gjennomfører. Tallene er hentet fra figurgrunnlaget til Helsedirektoratets "
    "rapport «Tall om illegale rusmidler» (2025). Grunnlaget er merket foreløpig av utgiver.",
    "survey.about_selfreport": "Tallene bygger på hva folk selv svarer. Noen husker feil eller vil ikke oppgi bruk, "
    "andre kan overdrive.",
    "survey.about_response": "I 2025 svarte 57,8 % av dem som ble trukket ut. De som bruker mye rusmidler, er "
    "trolig underrepresentert, så de høyeste bruksnivåene fanges dårlig opp.",
    "survey.about_weighting": "Andelene er vektet etter alder, kjønn, utdanning og landsdel, slik at de ligner mer "
    "på befolkningen. Antall svar (n) er uvektet.",
    "survey.about_ci": "Skyggen eller streken rundt hvert tall er et 95 % konfidensintervall. Tallene svinger noe "
    "fra år til år ved tilfeldighet; se på utviklingen over flere år heller enn på ett enkelt år.",
    "survey.about_break": "Metodebrudd 2023: det året svarte omtrent halvparten om våren og halvparten om høsten, "
    "mens undersøkelsen ellers går om våren og forsommeren. Tallene for 2023 kan derfor "
    "avvike noe.",
    "survey.about_ages": "Bare personer 16–64 år er med. Eldre fikk ikke spørsmål om narkotika før 2025, så "
    "grensen holder tallene sammenlignbare over tid.",
    "survey.about_tests": "Rapporten har testet utviklingen over tid bare for cannabis blant 16–64-åringer "
    "(justert for alder og kjønn), og fant en liten, men sikker økning; nøkkeltallene viser det. "
    "Når nøkkeltallene ellers sier «økning», «nedgang» eller «ingen sikker endring» fra et tidligere år, er "
    "det vår egen test: en tosidig z-test for forskjellen mellom to uavhengige anslag, der standardfeilen "
    "til hvert anslag er regnet ut fra det publiserte 95 %-intervallet, med 5 % signifikansnivå. "
    "Testen tar ikke hensyn til at mange sammenligninger gjøres samtidig.",
    # cannabis page
    "cannabis.title": "Cannabis",
    "cannabis.lead": "Hvor mange i alderen 16–64 år som har brukt cannabis, etter kjønn, alder og år ({first}–{last}). "
    "Andelene vises med usikkerhet (95 % KI) der den er publisert; frekvens og debutalder har ingen.",
    "cannabis.trend_title": "Bruk av cannabis, {sex}, {age}, {first}–{last}",
    "cannabis.trend_subtitle": "Andel som har brukt cannabis noen gang, siste 12 måneder og siste 4 uker. "
    "Skyggen viser 95 % konfidensintervall.",
    "cannabis.trend_subtitle_young": "Bare bruk siste 12 måneder finnes for denne aldersgruppen. "
    "Skyggen viser 95 % konfidensintervall.",
    "cannabis.sex_title": "Bruk av cannabis {period}, etter kjønn, {age}, {first}–{last}",
    "cannabis.sex_subtitle": "Menn, kvinner og alle. Skyggen viser 95 % konfidensintervall.",
    "cannabis.sex_subtitle_young": "Bare bruk siste 12 måneder finnes for denne aldersgruppen, så figuren viser det.",
    "cannabis.age_title": "Bruk av cannabis siste 12 måneder blant unge voksne, {sex}, {first}–{last}",
    "cannabis.age_subtitle": "Aldersgruppene 16–20, 21–25 og 26–30 år. Finnes bare for siste 12 måneder.",
    "cannabis.snapshot_title": "Bruk av cannabis i {year}, etter kjønn, {age}",
    "cannabis.snapshot_subtitle": "Andel som har brukt cannabis, tre tidsrom. Strekene viser 95 % konfidensintervall.",
    "cannabis.snapshot_age_title": "Bruk av cannabis {period} i {year}, etter aldersgruppe",
    "cannabis.snapshot_age_subtitle": "Strekene viser 95 % konfidensintervall.",
    "cannabis.snapshot_age_subtitle_missing": "Strekene viser 95 % konfidensintervall. Aldersgruppene "
    "16–20, 21–25 og 26–30 år finnes bare for siste 12 måneder.",
    "cannabis.adjusted_title": "Justert og observert bruk av cannabis {period}, 16–64 år, {first}–{last}",
    "cannabis.adjusted_subtitle": "Linjen er rapportens trendestimat justert for alder og kjønn; punktene er de "
    "vektede andelene hvert år.",
    "cannabis.adjusted_statement": "Rapportens test: Når en tar hensyn til at alders- og kjønnssammensetningen "
    "endrer seg, har bruken av cannabis gått opp gjennom {first}–{last}. Økningen er "
    "liten, men statistisk sikker (p < 0,01). Dette gjelder alle tre tidsrommene.",
    "cannabis.adjusted_about": "Det justerte estimatet kommer fra Helsedirektoratets trendmodell (kontrollert for "
    "alder og kjønn), slik det er publisert. Modellen gir en jevn linje, så den viser "
    "retningen over hele perioden og ikke svingninger mellom enkeltår. Modellens "
    "detaljer er ikke publisert i figurgrunnlaget.",
    "cannabis.debut_title": "Alder første gang cannabis ble brukt, {year}",
    "cannabis.debut_subtitle": "Blant personer 16–64 år som har brukt cannabis. Andel per alder.",
    "cannabis.debut_about": "Gjennomsnitt, median og vanligste alder er regnet ut av oss fra den publiserte "
    "fordelingen (antall personer per alder), ikke fra de enkelte svarene. De er uvektede. "
    "Spørsmålet gjelder hva folk husker om egen debut; mange runder av til hele år.",
    "cannabis.debut_summary": "Gjennomsnitt {mean} år, median {median} år, vanligst {mode} år "
    "({n} personer, alder {youngest}–{oldest} år).",
    "cannabis.frequency_title": "Hvor ofte brukerne brukte cannabis siste 12 måneder, etter kjønn, {year}",
    "cannabis.frequency_subtitle": "Blant personer 16–64 år som har brukt cannabis siste 12 måneder. "
    "Konfidensintervall er ikke publisert.",
    "cannabis.frequency_about": "Fordelingen bygger på få personer (rundt 200, færrest kvinner), så andelene er "
    "usikre. Kilden oppgir ikke konfidensintervall for denne figuren.",
    "cannabis.no_year": "Ingen tall for valgt år.",
    # stimulants page
    "stimulants.title": "Sentralstimulerende rusmidler",
    "stimulants.lead": "Bruk av kokain, ecstasy/MDMA og amfetaminer blant personer 16–64 år, {first}–{last}, "
    "og en oversikt over andre rusmidler i {last}.",
    "stimulants.trend_title": "Bruk av sentralstimulerende rusmidler {period}, {sex}, {age}, {first}–{last}",
    "stimulants.trend_subtitle": "Andel som har brukt rusmiddelet. Skyggen viser 95 % konfidensintervall.",
    "stimulants.snapshot_title": "Bruk av sentralstimulerende rusmidler {period} i {year}, etter kjønn, {age}",
    "stimulants.snapshot_subtitle": "Strekene viser 95 % konfidensintervall.",
    "stimulants.other_title": "Bruk av illegale rusmidler noen gang, 16–64 år, {year}",
    "stimulants.other_subtitle": "Alle rusmidler undersøkelsen gir tall for i {year}. LSD, GHB, heroin og andre "
    "rusmidler finnes bare for dette året, for alle og for noen gang.",
    "stimulants.other_about": "For LSD, GHB, heroin og «andre rusmidler» er det bare publisert tall for bruk noen "
    "gang i 2025, for hele utvalget 16–64 år. Andelene er små (rundt 1–3 %), og "
    "intervallene er derfor brede i forhold til nivået.",
    "stimulants.about_substances": "Siste 4 uker publiseres ikke for disse rusmidlene, og aldersgruppene "
    "16–20, 21–25 og 26–30 år finnes bare for cannabis.",
    "survey.col_note": "Merknad",
    "survey.small.few": "For få tilfeller til et sikkert anslag: 95 %-intervallet går ned til 0.",
    "survey.small.none": (
        "Ingen av de {n} som svarte, oppga bruk. 0 % betyr ikke at ingen bruker stoffet, og intervallet "
        "0,0–0,0 sier ikke noe om usikkerheten."
    ),
    "survey.small.card_few": (
        "{k} av anslagene her bygger på for få tilfeller til et sikkert anslag (95 %-intervallet går ned "
        "til 0). I linjene har de åpen sirkel, og tabellen merker dem."
    ),
    "survey.small.card_none": (
        "Der andelen er 0,0 % ({k} av dem), svarte ingen i utvalget ja; det betyr ikke at ingen bruker stoffet."
    ),
    "survey.about_small": (
        "Få tilfeller: når 95 %-intervallet går ned til 0, bygger anslaget på bare noen få som svarte "
        "ja, og det er for usikkert til å si mye. Et anslag på 0 med intervallet 0–0 betyr at ingen i "
        "utvalget svarte ja, ikke at ingen i befolkningen bruker stoffet. Slike tall er merket i "
        "figurene, i tabellene og i nøkkeltallene."
    ),
    "survey.report_about": "om lag {value} %",
    "survey.report_exact": "{value} %",
    "stimulants.any_statement": (
        "Ifølge rapportens tekst har {value} i alderen 16–64 år brukt minst ett sentralstimulerende "
        "rusmiddel noen gang ({year}){by_sex}. Tallet er ikke summen av søylene under, fordi mange har "
        "brukt mer enn ett stoff, og rapporten oppgir ikke noe intervall for det."
    ),
    "stimulants.any_sexes": ": menn {men}, kvinner {women}",
    "stimulants.any_missing": (
        "Rapportens tekst gir ikke andelen som har brukt minst ett sentralstimulerende rusmiddel for "
        "dette året, og figurgrunnlaget har den ikke."
    ),
    "stimulants.any_tile_title": "Minst ett sentralstimulerende rusmiddel, noen gang, {sex}",
    "stimulants.any_tile_sex": "{sex}: {value}.",
    "stimulants.any_tile_note": "16–64 år, {year}. Fra rapportens tekst; intervall er ikke publisert.",
    "cannabis.days_statement": (
        "Blant dem i alderen 16–64 år som brukte cannabis de siste 4 ukene, brukte {few} det 1–3 dager "
        "og {most} 20 dager eller mer i løpet av de 4 ukene ({year}). Tallene står bare i rapportens "
        "tekst, uten intervall og uten antall."
    ),
    "cannabis.days_missing": (
        "Hvor mange dager brukerne siste 4 uker brukte cannabis, står ikke i rapportens tekst for dette "
        "året, og figurgrunnlaget har det ikke."
    ),
    "survey.small.legend": "Åpen sirkel: for få tilfeller til et sikkert anslag",
}

# English (British spelling). Rusundersøkelsen keeps its Norwegian name, with a gloss.
EN = {
    # shared figure texts
    "survey.source": "Rusundersøkelsen (survey of drug and tobacco use, Statistics Norway), processed by the "
    "Norwegian Directorate of Health; data {first}–{last}",
    "survey.source_adjusted": "Rusundersøkelsen (Statistics Norway); adjusted estimate from the Norwegian Directorate "
    "of Health's trend test",
    "survey.y_percent": "Share (%)",
    "survey.y_percent_users": "Share of those who have used cannabis (%)",
    "survey.x_age_first": "Age at first use (years)",
    "survey.ci95": "95% confidence interval",
    "survey.hover_ci": "95% CI:",
    "survey.hover_n": "Number of responses:",
    "survey.col_year": "Year",
    "survey.col_substance": "Drug",
    "survey.col_period": "Period",
    "survey.col_sex": "Sex",
    "survey.col_age": "Age group",
    "survey.col_percent": "Share (%)",
    "survey.col_ci_low": "95% CI, lower",
    "survey.col_ci_high": "95% CI, upper",
    "survey.col_n": "Number of responses",
    "survey.col_frequency": "Number of times in the last 12 months",
    "survey.col_adjusted": "Adjusted share (%)",
    "survey.col_adjusted_low": "Adjusted, 95% CI lower",
    "survey.col_adjusted_high": "Adjusted, 95% CI upper",
    "survey.col_observed": "Observed share (%)",
    "survey.col_age_first": "Age at first use",
    "survey.col_users": "Number of people",
    "survey.col_share_users": "Share (%)",
    "survey.adjusted_series": "Adjusted for age and sex",
    "survey.observed_series": "Observed (weighted)",
    "survey.debut_series": "Age at first use",
    "survey.debut_hover": "Age %{x}: %{y:.1f}% (%{customdata} people)",
    "survey.debut_marks": "Mean {mean} years (dashed)<br>Median {median} years (dotted)<br>Most common {mode} years "
    "(solid)",
    "survey.mean": "Mean",
    "survey.median": "Median",
    "survey.mode": "Most common",
    # filters
    "survey.filter_sex": "Sex",
    "survey.filter_age": "Age group",
    "survey.filter_period": "Period for single-period charts",
    "survey.filter_years": "Years from–to",
    "survey.filter_snapshot": "Year for snapshot",
    "survey.filter_substances": "Drugs",
    "survey.filters": "Selection",
    "survey.age_note_cannabis": "The age groups 16–20, 21–25 and 26–30 exist only for use in the last 12 months. "
    "If you choose one of them, the charts show only that period.",
    "survey.period_note_stimulants": "For stimulants, only lifetime use and use in the last 12 months are "
    "published, not the last 4 weeks.",
    "survey.substances_none": "Choose at least one drug.",
    "survey.years_swapped": "The first year was later than the last year; the years have been swapped.",
    # age-group labels (survey age groups only)
    "code.survey_age.16-64": "ages 16–64",
    "code.survey_age.16-30": "ages 16–30",
    "code.survey_age.16-20": "ages 16–20",
    "code.survey_age.21-25": "ages 21–25",
    "code.survey_age.26-30": "ages 26–30",
    "code.survey_frequency.1-5": "1–5 times",
    "code.survey_frequency.6-10": "6–10 times",
    "code.survey_frequency.11-50": "11–50 times",
    "code.survey_frequency.51+": "More than 50 times",
    # key figures
    "survey.kpi_heading": "Key figures {year}",
    "survey.kpi_value": "{value}%",
    "survey.kpi_note": "95% CI {low}–{high}%, {n} responses. {who}",
    "survey.kpi_note_both": "With the sex filter “men and women”, this shows the figures for all.",
    "survey.kpi_report_trend": "The report's trend test: increase {first}–{last} (p < {p})",
    "survey.kpi_test.increase": "Increase from {year} ({old}%; our test, p {p})",
    "survey.kpi_test.decrease": "Decrease from {year} ({old}%; our test, p {p})",
    "survey.kpi_test.no_clear_change": "No clear change from {year} ({old}%; our test, p {p})",
    "survey.kpi_test.untested": "Not tested against {year} ({old}%): the intervals are missing",
    "survey.kpi_rule": "Where the report has tested the trend, we show the report's result. Other changes are our "
    "own test of the difference between two years' estimates (z-test, standard errors from the "
    "published 95% intervals, 5% level). “No clear change” means that the test found no "
    "difference, not that use is unchanged.",
    "survey.kpi_title": "{substance}, {period}",
    # about the numbers (shared caveats)
    "survey.about_source": "Source: Rus- og tobakksundersøkelsen (Rusundersøkelsen), the annual survey of drug and "
    "tobacco use carried out by Statistics Norway (SSB). The figures are taken from the chart "
    "data of the Norwegian Directorate of Health (Helsedirektoratet) report “Tall om illegale "
    "rusmidler” (2025). The publisher marks these data as provisional.",
    "survey.about_selfreport": "The figures rest on what people report about themselves. Some remember wrongly or "
    "do not want to disclose use; others may exaggerate.",
    "survey.about_response": "In 2025, 57.8% of those sampled responded. People who use a lot of drugs are "
    "probably under-represented, so the highest levels of use are poorly captured.",
    "survey.about_weighting": "The shares are weighted by age, sex, education and region so that they better "
    "resemble the population. The number of responses (n) is unweighted.",
    "survey.about_ci": "The shading or bar around each figure is a 95% confidence interval. The figures vary "
    "somewhat from year to year by chance; look at the trend over several years rather than at a "
    "single year.",
    "survey.about_break": "Break in method in 2023: that year about half answered in spring and half in autumn, "
    "while the survey otherwise runs in spring and early summer. The figures for 2023 may "
    "therefore differ somewhat.",
    "survey.about_ages": "Only people aged 16–64 are included. Older people were not asked about drugs until "
    "2025, so this limit keeps the figures comparable over time.",
    "survey.about_tests": "The report has tested the trend over time only for cannabis among 16–64-year-olds "
    "(adjusted for age and sex), and found a small but statistically significant increase; the "
    "key figures show this. Where the key figures otherwise say “increase”, “decrease” or “no "
    "clear change” from an earlier year, it is our own test: a two-sided z-test for the "
    "difference between two independent estimates, where the standard error of each estimate "
    "is derived from the published 95% interval, at the 5% significance level. The test does "
    "not account for many comparisons being made at the same time.",
    # cannabis page
    "cannabis.title": "Cannabis",
    "cannabis.lead": "How many people aged 16–64 have used cannabis, by sex, age and year ({first}–{last}). "
    "The shares are shown with their uncertainty (95% CI) where it is published; frequency and age at "
    "first use have none.",
    "cannabis.trend_title": "Cannabis use, {sex}, {age}, {first}–{last}",
    "cannabis.trend_subtitle": "Share who have used cannabis ever, in the last 12 months and in the last 4 weeks. "
    "The shading shows the 95% confidence interval.",
    "cannabis.trend_subtitle_young": "Only use in the last 12 months exists for this age group. The shading shows "
    "the 95% confidence interval.",
    "cannabis.sex_title": "Cannabis use, {period}, by sex, {age}, {first}–{last}",
    "cannabis.sex_subtitle": "Men, women and all. The shading shows the 95% confidence interval.",
    "cannabis.sex_subtitle_young": "Only use in the last 12 months exists for this age group, so the chart shows that.",
    "cannabis.age_title": "Cannabis use in the last 12 months among young adults, {sex}, {first}–{last}",
    "cannabis.age_subtitle": "The age groups 16–20, 21–25 and 26–30. Available only for the last 12 months.",
    "cannabis.snapshot_title": "Cannabis use in {year}, by sex, {age}",
    "cannabis.snapshot_subtitle": "Share who have used cannabis, three periods. The bars show the 95% confidence "
    "interval.",
    "cannabis.snapshot_age_title": "Cannabis use, {period}, in {year}, by age group",
    "cannabis.snapshot_age_subtitle": "The bars show the 95% confidence interval.",
    "cannabis.snapshot_age_subtitle_missing": "The bars show the 95% confidence interval. The age groups 16–20, "
    "21–25 and 26–30 exist only for the last 12 months.",
    "cannabis.adjusted_title": "Adjusted and observed cannabis use, {period}, ages 16–64, {first}–{last}",
    "cannabis.adjusted_subtitle": "The line is the report's trend estimate adjusted for age and sex; the points are "
    "the weighted shares for each year.",
    "cannabis.adjusted_statement": "The report's test: taking into account that the age and sex composition "
    "changes, cannabis use has risen over {first}–{last}. The increase is small but "
    "statistically significant (p < 0.01). This holds for all three periods.",
    "cannabis.adjusted_about": "The adjusted estimate comes from the Norwegian Directorate of Health's trend model "
    "(controlled for age and sex), as published. The model gives a smooth line, so it "
    "shows the direction over the whole period, not the ups and downs between single "
    "years. The model's details are not published in the chart data.",
    "cannabis.debut_title": "Age at first use of cannabis, {year}",
    "cannabis.debut_subtitle": "Among people aged 16–64 who have used cannabis. Share by age.",
    "cannabis.debut_about": "The mean, median and most common age are calculated by us from the published "
    "distribution (number of people at each age), not from the individual answers. They are "
    "unweighted. The question concerns what people remember about their own first use; many "
    "round to whole years.",
    "cannabis.debut_summary": "Mean {mean} years, median {median} years, most common {mode} years ({n} people, "
    "aged {youngest}–{oldest}).",
    "cannabis.frequency_title": "How often users used cannabis in the last 12 months, by sex, {year}",
    "cannabis.frequency_subtitle": "Among people aged 16–64 who have used cannabis in the last 12 months. No "
    "confidence interval is published.",
    "cannabis.frequency_about": "The distribution rests on few people (around 200, fewest of them women), so the "
    "shares are uncertain. The source gives no confidence interval for this chart.",
    "cannabis.no_year": "No figures for the selected year.",
    # stimulants page
    "stimulants.title": "Stimulants",
    "stimulants.lead": "Use of cocaine, ecstasy/MDMA and amphetamines among people aged 16–64, {first}–{last}, "
    "and an overview of other drugs in {last}.",
    "stimulants.trend_title": "Use of stimulants, {period}, {sex}, {age}, {first}–{last}",
    "stimulants.trend_subtitle": "Share who have used the drug. The shading shows the 95% confidence interval.",
    "stimulants.snapshot_title": "Use of stimulants, {period}, in {year}, by sex, {age}",
    "stimulants.snapshot_subtitle": "The bars show the 95% confidence interval.",
    "stimulants.other_title": "Lifetime use of illegal drugs, ages 16–64, {year}",
    "stimulants.other_subtitle": "All drugs the survey gives figures for in {year}. LSD, GHB, heroin and other "
    "drugs are available only for this year, for all and for lifetime use.",
    "stimulants.other_about": "For LSD, GHB, heroin and “other drugs”, figures are published only for lifetime use "
    "in 2025, for the whole 16–64 sample. The shares are small (around 1–3%), so the "
    "intervals are wide relative to the level.",
    "stimulants.about_substances": "Use in the last 4 weeks is not published for these drugs, and the age groups "
    "16–20, 21–25 and 26–30 exist only for cannabis.",
    "survey.col_note": "Note",
    "survey.small.few": "Too few cases for a reliable estimate: the 95% interval reaches 0.",
    "survey.small.none": (
        "None of the {n} respondents reported use. 0% does not mean that nobody uses the drug, and the "
        "interval 0.0–0.0 says nothing about the uncertainty."
    ),
    "survey.small.card_few": (
        "{k} of the estimates here rest on too few cases for a reliable estimate (the 95% interval "
        "reaches 0). They have an open circle in the lines, and the table marks them."
    ),
    "survey.small.card_none": (
        "Where the share is 0.0% ({k} of them), nobody in the sample said yes; that does not mean that "
        "nobody uses the drug."
    ),
    "survey.about_small": (
        "Few cases: when the 95% interval reaches 0, the estimate rests on only a few people who said "
        "yes, and it is too uncertain to say much. An estimate of 0 with the interval 0–0 means that "
        "nobody in the sample said yes, not that nobody in the population uses the drug. Such figures "
        "are marked in the charts, the tables and the key figures."
    ),
    "survey.report_about": "about {value}%",
    "survey.report_exact": "{value}%",
    "stimulants.any_statement": (
        "According to the report's text, {value} of people aged 16–64 have used at least one stimulant "
        "at some time ({year}){by_sex}. The figure is not the sum of the bars below, because many have "
        "used more than one drug, and the report gives no interval for it."
    ),
    "stimulants.any_sexes": ": men {men}, women {women}",
    "stimulants.any_missing": (
        "The report's text does not give the share who have used at least one stimulant for this year, "
        "and the chart data do not have it."
    ),
    "stimulants.any_tile_title": "At least one stimulant, lifetime, {sex}",
    "stimulants.any_tile_sex": "{sex}: {value}.",
    "stimulants.any_tile_note": "Ages 16–64, {year}. From the report's text; no interval is published.",
    "cannabis.days_statement": (
        "Among people aged 16–64 who used cannabis in the last 4 weeks, {few} used it on 1–3 days and "
        "{most} on 20 days or more during those 4 weeks ({year}). The figures are only in the report's "
        "text, without an interval or a count."
    ),
    "cannabis.days_missing": (
        "How many days the users of the last 4 weeks used cannabis is not in the report's text for this "
        "year, and the chart data do not have it."
    ),
    "survey.small.legend": "Open circle: too few cases for a reliable estimate",
}
