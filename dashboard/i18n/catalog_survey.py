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
}
