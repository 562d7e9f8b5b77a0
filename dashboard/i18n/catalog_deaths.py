"""Texts of the deaths page (/dodsfall): keys start with 'deaths.', code kinds death_*."""

NB = {
    "deaths.lead": "Narkotikautløste dødsfall i Norge: utvikling over tid, alder og kjønn, fylker, "
    "rusmidler og dødsårsak. De nyeste tallene er fra Helsedirektoratets rapport "
    "(Dødsårsaksregisteret, FHI); mange eldre tall er hentet fra tidligere publikasjoner og "
    "nyhetssaker. Hvert kort sier hvor tallene kommer fra.",
    "deaths.source.report": "Helsedirektoratet, Tall om illegale rusmidler 2025 (Dødsårsaksregisteret, FHI, tall per 28. oktober 2025)",
    "deaths.source.report_pop": "Helsedirektoratet, Tall om illegale rusmidler 2025 (Dødsårsaksregisteret, FHI); "
    "folketall 1. januar: SSB",
    "deaths.source.national": "Dødsårsaksregisteret (FHI) via Helsedirektoratet 2025 og eldre publikasjoner "
    "(se tabellen)",
    # units
    "deaths.unit.deaths": "dødsfall",
    "deaths.unit.deaths_axis": "Antall dødsfall",
    "deaths.unit.per100k": "per 100\u00a0000",
    "deaths.unit.rate_axis": "Per 100\u00a0000 innbyggere",
    "deaths.unit.percent_axis": "Prosent",
    # key figures
    "deaths.kpi.deaths": "Dødsfall {year}",
    "deaths.kpi.change": "{change} fra {before} i {year}",
    "deaths.kpi.rate": "Aldersstandardisert rate {year}",
    "deaths.kpi.rate_note": "per 100\u00a0000 innbyggere ({before}: {value})",
    "deaths.kpi.mean_age": "Gjennomsnittsalder {year}",
    "deaths.kpi.mean_age_note": "menn {men} år, kvinner {women} år",
    "deaths.kpi.share_men": "Andel menn {year}",
    "deaths.kpi.share_men_note": "{men} menn og {women} kvinner",
    "deaths.kpi.years": "{value} år",
    # national card
    "deaths.nat.title": "Narkotikautløste dødsfall per år, hele landet",
    "deaths.nat.subtitle": "Antall {first}–{last}, lineær trend {start}–{end} og publisert aldersstandardisert rate",
    "deaths.nat.from_report": "Tall fra rapporten 2025",
    "deaths.nat.older": "Tall fra eldre publikasjoner",
    "deaths.nat.hover_source": "Kilde:",
    "deaths.nat.trend": "Lineær trend",
    "deaths.nat.band": "95 % konfidensintervall for trenden",
    "deaths.nat.rate": "Aldersstandardisert rate (publisert)",
    "deaths.nat.no_trend": "Ingen trendlinje: mangler tall for {years}",
    "deaths.nat.gaps": "Ingen tall i kildene for: {years}",
    "deaths.nat.col.year": "År",
    "deaths.nat.col.deaths": "Dødsfall",
    "deaths.nat.col.rate": "Aldersstandardisert rate (publisert)",
    "deaths.nat.col.crude": "Grov rate (beregnet)",
    "deaths.nat.col.trend": "Trend",
    "deaths.nat.col.low": "Trend, nedre 95 %",
    "deaths.nat.col.high": "Trend, øvre 95 %",
    "deaths.nat.col.publication": "Publikasjon",
    "deaths.nat.trend_text": "Trenden {start}–{end} stiger med {slope} dødsfall per år "
    "(95 % KI {low} til {high}; p = {p}).",
    "deaths.nat.mean_text": "Snittet av tallene vi har for {start}–{end} er {ours} per år; "
    "rapporten oppgir om lag {report}. Forskjellen kan komme av at mange av årstallene her er fra "
    "eldre publikasjoner, og registeret oppdaterer tidligere år når flere dødsårsaker blir "
    "avklart.",
    "deaths.nat.about.1": "Hvert år vises med tallet fra den nyeste publikasjonen vi har funnet. "
    "Registeret oppdaterer tidligere år når flere dødsårsaker blir avklart, så tall fra eldre "
    "publikasjoner kan avvike fra dagens tall i registeret. Søylefargen og tabellen viser hvilken "
    "publikasjon hvert tall er hentet fra. Der en nyere kilde bare oppgir forskjellen fra et "
    "annet år, viser vi tallet som er oppgitt direkte, og nevner det andre i merknaden.",
    "deaths.nat.about.2": "Trendlinjen er en vanlig lineær regresjon (minste kvadraters metode) av antall dødsfall "
    "på år for {start}–{end}, med 95 % konfidensintervall for linjen. Linjen tegnes bare "
    "når alle årene i perioden har et tall; vi trekker aldri en linje over hull.",
    "deaths.nat.about.3": "Aldersstandardiserte rater finnes bare for årene rapporten oppgir. Den grove raten i "
    "tabellen er antall dødsfall delt på middelfolkemengden (snittet av 1. januar i året "
    "og året etter).",
    # standardised card
    "deaths.asr.title": "Aldersstandardisert dødsrate etter kjønn, beregnet",
    "deaths.asr.subtitle": "Per 100\u00a0000 innbyggere, hele landet, {years}. Standard: middelfolkemengden i Norge {standard}",
    "deaths.asr.computed": "Beregnet {year}",
    "deaths.asr.published": "Publisert {year}",
    "deaths.asr.check": "Kontroll: beregnet rate for hele landet {year} er {ours}, avrundet {rounded}; "
    "rapporten oppgir {published}.",
    "deaths.asr.col.year": "År",
    "deaths.asr.col.sex": "Kjønn",
    "deaths.asr.col.deaths": "Dødsfall",
    "deaths.asr.col.pop": "Middelfolkemengde",
    "deaths.asr.col.rate": "Aldersstandardisert rate",
    "deaths.asr.col.crude": "Grov rate",
    "deaths.asr.col.published": "Publisert rate",
    "deaths.asr.about.1": "Direkte standardisering: dødsrater for hver aldersgruppe (under 30, 30–39, …, 70 år og "
    "eldre) vektes med aldersfordelingen i Norges middelfolkemengde {standard}, slik "
    "Dødsårsaksregisteret gjør nå. Middelfolkemengden er snittet av 1. januar i året og året etter.",
    "deaths.asr.about.2": "Fordi standarden er hele befolkningen i {standard}, er den standardiserte raten for begge kjønn "
    "i {standard} lik den grove raten. For menn og kvinner brukes samme standard, så ratene kan "
    "sammenlignes. Dødsfall etter alder finnes bare for årene som vises.",
    # age card
    "deaths.age.title": "Dødsfall etter alder, {sex}, {year}",
    "deaths.age.subtitle": "Antall narkotikautløste dødsfall per aldersgruppe. Under 30 år: {share}. "
    "Gjennomsnittsalder: {mean_age}",
    "deaths.age.axis": "Aldersgruppe",
    "deaths.age.of_sex": "av gruppen",
    "deaths.age.sex_label": "Kjønn",
    "deaths.age.years": "{value} år",
    "deaths.age.col.sex": "Kjønn",
    "deaths.age.col.age": "Aldersgruppe",
    "deaths.age.col.deaths": "Dødsfall",
    "deaths.age.col.share": "Andel av kjønnets dødsfall (%)",
    "deaths.age.about.1": "Aldersgruppene følger rapportens tabell. Andelene er regnet ut fra antallene. "
    "Gjennomsnittsalderen er rapportens eget tall; den kan ikke regnes ut fra grupperte tall.",
    "deaths.age.about.2": "Små tall: for kvinner er det 11–18 dødsfall per aldersgruppe, så ett eller to dødsfall "
    "endrer andelene merkbart.",
    # map
    "deaths.map.title": "Dødsfall etter fylke, {year}: {metric}",
    "deaths.map.subtitle": "Fylkesinndeling fra 2024. Klikk på et fylke for å se tallene",
    "deaths.map.metric": "Vis",
    "deaths.map.year": "År",
    "deaths.map.county": "Fylke",
    "deaths.map.county_placeholder": "Velg fylke …",
    "deaths.map.sort": "Sorter tabellen etter",
    "deaths.map.no_change": "Fylkestall for {year} finnes ikke i kildene, så endring fra året før kan ikke vises",
    "deaths.map.hover.deaths": "{deaths} dødsfall",
    "deaths.map.hover.crude": "Grov rate {rate} per 100\u00a0000",
    "deaths.map.hover.change": "Endring fra {before}: {change}",
    "deaths.map.hover.published": "Aldersstandardisert rate (rapporten): {rate}",
    "deaths.map.col.county": "Fylke",
    "deaths.map.col.deaths": "Dødsfall",
    "deaths.map.col.before": "Dødsfall året før",
    "deaths.map.col.change": "Endring",
    "deaths.map.col.pop": "Middelfolkemengde",
    "deaths.map.col.crude": "Grov rate per 100\u00a0000",
    "deaths.map.col.published": "Aldersstandardisert rate (rapporten)",
    "deaths.map.table_title": "Fylkene, {year}",
    "deaths.map.detail_none": "Klikk på et fylke i kartet eller velg et i listen for å se tallene.",
    "deaths.map.detail": "{county} {year}: {deaths} dødsfall, grov rate {crude} per 100\u00a0000.",
    "deaths.map.detail_change": "Året før: {before} ({change}).",
    "deaths.map.detail_published": "Rapportens aldersstandardiserte rate: {rate} per 100\u00a0000.",
    "deaths.map.detail_no_published": "Rapporten oppgir ingen aldersstandardisert rate for fylket.",
    "deaths.map.about.1": "Fylkene er fylkesinndelingen fra 2024 (15 fylker); 2023-tallene er også gitt etter den. "
    "Grov rate er antall dødsfall delt på fylkets middelfolkemengde (snittet av 1. januar i "
    "året og året etter, SSB), ganger 100\u00a0000.",
    "deaths.map.about.2": "Den grove raten tar ikke hensyn til ulik alderssammensetning. Rapporten oppgir "
    "aldersstandardiserte rater for bare fem fylker i 2024 (Buskerud, Rogaland, Nordland, Oslo og "
    "Møre og Romsdal); de står i tabellen og i hover. For de andre fylkene mangler den.",
    "deaths.map.about.3": "Små fylker har få dødsfall. Finnmark hadde 4 og 5 dødsfall, så et par dødsfall mer eller "
    "mindre gir store utslag i både rate og endring. Fylkestall for 2022 finnes ikke i kildene, "
    "derfor ingen endring for 2023.",
    "deaths.map.about.4": "Kartgrunnlag: fylkesgrenser 2024 (GeoJSON levert med dashbordet).",
    # substance
    "deaths.sub.title": "Dødsfall etter rusmiddel, hele landet, {year}",
    "deaths.sub.subtitle": "De tre største gruppene rapporten oppgir med tall",
    "deaths.sub.of_all": "av alle",
    "deaths.sub.col.substance": "Rusmiddelgruppe",
    "deaths.sub.col.deaths": "Dødsfall",
    "deaths.sub.col.share": "Andel av alle dødsfall (%)",
    "deaths.sub.about.1": "Bare de tre største gruppene er gitt med tall i rapportteksten; øvrige grupper vises "
    "bare i en figur uten tall og er derfor utelatt her.",
    "deaths.sub.about.2": "Når flere stoffer er brukt samtidig, registreres ofte bare ett stoff som dødsårsak. "
    "Andre stoffer kan derfor være underrapportert. For opioider vet man ikke om de var "
    "kjøpt illegalt, forskrevet som smertestillende eller gitt i LAR.",
    "deaths.area.title": "Dødsfall etter rusmiddel i Oslo, Rogaland og Vestland, {years}",
    "deaths.and": " og ",
    "deaths.area.subtitle": "Antall dødsfall per rusmiddelgruppe; hover viser andel av fylkets dødsfall",
    "deaths.area.col.area": "Fylke",
    "deaths.area.col.year": "År",
    "deaths.area.col.share": "Andel av fylkets dødsfall (%)",
    "deaths.area.about.1": "Rapporten gir slike tall bare for de tre fylkene med flest dødsfall i 2024. "
    "Med så få dødsfall per gruppe (0–23) kan tallene svinge mye fra år til år.",
    "deaths.area.about.2": "«Avhengighet» betyr død etter langvarig, skadelig bruk, ikke nødvendigvis en akutt "
    "forgiftning.",
    # intent
    "deaths.intent.title": "Dødsfall etter hensikt og dødsårsaksgruppe",
    "deaths.intent.subtitle": "Antall per år, hele landet, {years}",
    "deaths.intent.gaps": "Ingen fullstendig fordeling i kildene for {years}",
    "deaths.intent.col.year": "År",
    "deaths.intent.col.intent": "Gruppe",
    "deaths.intent.col.deaths": "Dødsfall",
    "deaths.intent.col.share": "Andel av de tre gruppene (%)",
    "deaths.intent.col.total": "Sum av de tre gruppene",
    "deaths.intent.about.1": "Tre grupper: forgiftning uten hensikt (ulykke), forgiftning med hensikt (selvmord) og "
    "psykiske lidelser og atferdsforstyrrelser som skyldes rusmiddelbruk (F-koder).",
    "deaths.intent.about.2": "2024 er fra rapporten; eldre år er fra FHI-tall sitert i nyhetssaker. Bare år der alle "
    "tre gruppene er oppgitt er tatt med. Enkelte år summerer gruppene seg til litt mindre "
    "enn totalen (f.eks. 271 av 275 i 2019); andelene er regnet av summen av gruppene.",
    "deaths.intent.about.3": "Det kan være vanskelig å avgjøre om en forgiftning var tilsiktet, og noen dødsfall får "
    "ukjent hensikt. Det påvirker fordelingen.",
    # autopsy
    "deaths.autopsy.title": "Andel narkotikautløste dødsfall som ikke ble obdusert",
    "deaths.autopsy.subtitle": "Prosent av alle dødsfall, {first}–{last}",
    "deaths.autopsy.hover": "ikke obdusert",
    "deaths.autopsy.col.year": "År",
    "deaths.autopsy.col.percent": "Ikke obdusert (%)",
    "deaths.autopsy.mental": "I {year} ble {n} av {of} dødsfall med psykiske lidelser/avhengighet som årsak (F-koder) "
    "ikke obdusert ({pct}).",
    "deaths.autopsy.about.1": "Rapporten oppgir andelen for 2021 og 2022 som hele prosent. Tallet for 2024 kan endre "
    "seg, fordi noen obduksjoner blir registrert senere.",
    "deaths.autopsy.about.2": "Obduksjon og toksikologiske analyser gjør dødsårsak og stoffer sikrere. Der det ikke er "
    "obdusert, er det usikrere hvilke stoffer som var involvert.",
    # shared caveats
    "deaths.about.definition": "Definisjon: narkotikautløste dødsfall etter EUDAs definisjon (utvalg av ICD-10-koder). "
    "Det er den underliggende dødsårsaken som telles, for personer bosatt i Norge.",
    "deaths.about.revisions": "Foreløpige tall er ofte ufullstendige; endelige tall for et år kommer gjerne sent året "
    "etter, og tidligere år kan bli justert.",
    # code labels
    "code.death_age.0-29": "Under 30 år",
    "code.death_age.30-39": "30–39 år",
    "code.death_age.40-49": "40–49 år",
    "code.death_age.50-59": "50–59 år",
    "code.death_age.60-69": "60–69 år",
    "code.death_age.70+": "70 år og eldre",
    "code.death_substance.heroin": "Heroin",
    "code.death_substance.methadone": "Metadon",
    "code.death_substance.other_opioids": "Andre opioider (morfin, kodein, oksykodon o.l.)",
    "code.death_substance.synthetic_opioids": "Syntetiske opioider",
    "code.death_substance.stimulants": "Stimulanter",
    "code.death_substance.dependence": "Avhengighet",
    "code.death_substance.other_substances": "Andre stoffer",
    "code.death_substance.opioids_total": "Opioider i alt",
    "code.death_substance.cannabis": "Cannabis",
    "code.death_substance.unspecified": "Uspesifisert",
    "code.death_intent.unintentional": "Forgiftning uten hensikt",
    "code.death_intent.intentional": "Forgiftning med hensikt",
    "code.death_intent.mental_behavioural": "Psykiske lidelser og atferdsforstyrrelser",
    "code.death_intent.undetermined": "Uavklart hensikt",
    "code.death_area.norway": "Hele landet",
    "code.death_area.oslo": "Oslo",
    "code.death_area.rogaland": "Rogaland",
    "code.death_area.vestland": "Vestland",
    "code.death_metric.deaths": "Antall dødsfall",
    "code.death_metric.crude_rate": "Grov rate per 100\u00a0000",
    "code.death_metric.change": "Endring fra året før",
    "code.death_sort.county": "Fylkesnavn",
    "code.death_sort.deaths": "Flest dødsfall",
    "code.death_sort.crude_rate": "Høyest grov rate",
    "code.death_sort.change": "Størst økning",
    "deaths.lead_years": "Årstallene for {report} er fra rapporten; tallene for {older} er hentet "
    "fra eldre publikasjoner og nyhetssaker.",
    "deaths.filters_none": "Ingen filtre: kortet viser alle tallene sine",
    "deaths.nat.implied": "For {year} viser vi {deaths} dødsfall, tallet som er oppgitt i "
    "{source}. En nyere kilde ({implied_by}) oppgir bare forskjellen fra et annet år, og den "
    "forskjellen gir {implied}.",
    "deaths.nat.implied_short": "En nyere kilde ({source}) gir indirekte {implied}",
    "deaths.nat.col.note": "Merknad",
    "deaths.kpi.sex_change_note": "fra {before}: menn {men}, kvinner {women}",
    "deaths.age.change_one": "Endring fra {before_year} til {year} ifølge rapporten, {sex}: "
    "{change} (fra {n_before} til {n_now} dødsfall).",
    "deaths.age.change_sexes": "Endring fra {before_year} til {year} ifølge rapporten: kvinner "
    "{women} (fra {women_before} til {women_now} dødsfall), menn {men} (fra {men_before} til "
    "{men_now}).",
    "deaths.map.short.county": "Fylke",
    "deaths.map.short.deaths": "Døde",
    "deaths.map.short.change": "Endring",
    "deaths.map.short.crude": "Grov rate",
    "deaths.map.short.published": "Rapportens rate",
    "deaths.map.table_caption": "Fylkene, {year}. Rater per 100\u00a0000 innbyggere. Rapportens rate er "
    "aldersstandardisert og oppgitt bare for noen fylker; den grove raten er regnet ut her.",
    # Publications the yearly totals are quoted from (deaths/source_publications.csv), keyed by
    # their citation there (cards/deaths.publication_key): our words translated, titles kept.
    "deaths.pub.helsedirektoratet_tall_om_illegale_rusmidler_2025_d_ds_rsaksregisteret_fhi": "Helsedirektoratet, Tall om illegale rusmidler 2025 (Dødsårsaksregisteret, FHI)",
    "deaths.pub.fhi_news_june_2021": "FHI, nyhetssak juni 2021",
    "deaths.pub.fhi_article_on_2015_deaths_2016": "FHI, artikkel om dødsfallene i 2015 (2016)",
    "deaths.pub.fhi_news_on_2017_deaths_2018": "FHI, nyhetssak om dødsfallene i 2017 (2018)",
    "deaths.pub.forskning_no_2019_fhi_figures_first_release_for_2018": "forskning.no, 2019 (FHIs tall, første tall for 2018)",
    "deaths.pub.vg_june_2021_fhi_figures": "VG, juni 2021 (FHIs tall)",
    "deaths.pub.fhi_narkotika_i_norge_web_publication_undated": "FHI, Narkotika i Norge (nettpublikasjon uten dato)",
    "deaths.pub.sosialnytt_2022_fhi_figures": "Sosialnytt, 2022 (FHIs tall)",
    "deaths.pub.rusfeltet_no_june_2023_fhi_figures": "Rusfeltet.no, juni 2023 (FHIs tall)",
    "deaths.pub.ambulanseforum_2024_fhi_figures_first_release_for_2023": "Ambulanseforum, 2024 (FHIs tall, første tall for 2023)",
    "deaths.pub.rusfeltet_no_2017_fhi_figures_first_release_for_2016": "Rusfeltet.no, 2017 (FHIs tall, første tall for 2016)",
    "deaths.pub.v_rt_land_2018_emcdda_european_drug_report_2018_data_reported_by_norway_in_2017": "Vårt Land, 2018 (EMCDDA European Drug Report 2018, tall Norge rapporterte i 2017)",
    "deaths.pub.actis_helsedirektoratet_figure_undated_page": "Actis (Helsedirektoratets tall, side uten dato)",
    "deaths.pub.rop_2015_sirus_figures": "ROP, 2015 (SIRUS' tall)",
    "deaths.pub.sirus_the_drug_situation_in_norway_2012_reitox_report_quoted_by_drugwarfacts_org": "SIRUS, The Drug Situation in Norway 2012 (Reitox-rapport), sitert på drugwarfacts.org",
    "deaths.pub.emcdda_statistical_bulletin_2011_table_drd_1": "EMCDDA Statistical Bulletin 2011, tabell DRD-1",
    "deaths.pub.emcdda_statistical_bulletin_2013_table_drd_1": "EMCDDA Statistical Bulletin 2013, tabell DRD-1",
    "deaths.pub.rusfeltet_no_2020_fhi_figures_for_2019": "Rusfeltet.no, 2020 (FHIs tall for 2019)",
    "deaths.pub.rusfeltet_no_2018_fhi_figures_for_2017": "Rusfeltet.no, 2018 (FHIs tall for 2017)",
    "deaths.pub.forebygging_no_2016_fhi_report_on_2015_deaths": "Forebygging.no, 2016 (FHI-rapport om dødsfallene i 2015)",
}

# English (British spelling). Dødsårsaksregisteret keeps its Norwegian name, with a gloss.
EN = {
    "deaths.lead": "Drug-induced deaths in Norway: trend over time, age and sex, counties, drugs "
    "and cause of death. The newest figures come from the Norwegian Directorate of Health's "
    "report (Cause of Death Registry, FHI); many older figures are taken from earlier "
    "publications and news items. Each card says where its figures come from.",
    "deaths.source.report": "Norwegian Directorate of Health, Tall om illegale rusmidler 2025 (Cause of Death "
    "Registry, FHI, figures as of 28 October 2025)",
    "deaths.source.report_pop": "Norwegian Directorate of Health, Tall om illegale rusmidler 2025 (Cause of Death "
    "Registry, FHI); population on 1 January: Statistics Norway (SSB)",
    "deaths.source.national": "Cause of Death Registry (FHI) via the Norwegian Directorate of Health 2025 and "
    "earlier publications (see the table)",
    # units
    "deaths.unit.deaths": "deaths",
    "deaths.unit.deaths_axis": "Number of deaths",
    "deaths.unit.per100k": "per 100,000",
    "deaths.unit.rate_axis": "Per 100,000 inhabitants",
    "deaths.unit.percent_axis": "Per cent",
    # key figures
    "deaths.kpi.deaths": "Deaths {year}",
    "deaths.kpi.change": "{change} from {before} in {year}",
    "deaths.kpi.rate": "Age-standardised rate {year}",
    "deaths.kpi.rate_note": "per 100,000 inhabitants ({before}: {value})",
    "deaths.kpi.mean_age": "Mean age {year}",
    "deaths.kpi.mean_age_note": "men {men} years, women {women} years",
    "deaths.kpi.share_men": "Share of men {year}",
    "deaths.kpi.share_men_note": "{men} men and {women} women",
    "deaths.kpi.years": "{value} years",
    # national card
    "deaths.nat.title": "Drug-induced deaths per year, Norway",
    "deaths.nat.subtitle": "Number {first}–{last}, linear trend {start}–{end} and published age-standardised rate",
    "deaths.nat.from_report": "Figures from the 2025 report",
    "deaths.nat.older": "Figures from earlier publications",
    "deaths.nat.hover_source": "Source:",
    "deaths.nat.trend": "Linear trend",
    "deaths.nat.band": "95% confidence interval for the trend",
    "deaths.nat.rate": "Age-standardised rate (published)",
    "deaths.nat.no_trend": "No trend line: figures missing for {years}",
    "deaths.nat.gaps": "No figures in the sources for: {years}",
    "deaths.nat.col.year": "Year",
    "deaths.nat.col.deaths": "Deaths",
    "deaths.nat.col.rate": "Age-standardised rate (published)",
    "deaths.nat.col.crude": "Crude rate (calculated)",
    "deaths.nat.col.trend": "Trend",
    "deaths.nat.col.low": "Trend, lower 95%",
    "deaths.nat.col.high": "Trend, upper 95%",
    "deaths.nat.col.publication": "Publication",
    "deaths.nat.trend_text": "The trend {start}–{end} rises by {slope} deaths per year (95% CI {low} to {high}; "
    "p = {p}).",
    "deaths.nat.mean_text": "The average of the figures we have for {start}–{end} is {ours} per "
    "year; the report gives about {report}. The difference may arise because many of the yearly "
    "figures here come from older publications, and the registry updates earlier years as more "
    "causes of death are settled.",
    "deaths.nat.about.1": "Each year is shown with the figure from the most recent publication we "
    "have found. The registry updates earlier years as more causes of death are settled, so "
    "figures from older publications may differ from the registry's current figures. The bar "
    "colour and the table show which publication each figure is taken from. Where a newer source "
    "gives only the difference from another year, we show the number that is stated directly and "
    "mention the other in the note.",
    "deaths.nat.about.2": "The trend line is an ordinary linear regression (least squares) of the number of deaths "
    "on year for {start}–{end}, with a 95% confidence interval for the line. The line is drawn "
    "only when every year in the period has a figure; we never draw a line across gaps.",
    "deaths.nat.about.3": "Age-standardised rates exist only for the years the report gives. The crude rate in the "
    "table is the number of deaths divided by the mean population (the average of 1 January in "
    "the year and the following year).",
    # standardised card
    "deaths.asr.title": "Age-standardised death rate by sex, calculated",
    "deaths.asr.subtitle": "Per 100,000 inhabitants, Norway, {years}. Standard: Norway's mean population {standard}",
    "deaths.asr.computed": "Calculated {year}",
    "deaths.asr.published": "Published {year}",
    "deaths.asr.check": "Check: the calculated rate for Norway in {year} is {ours}, rounded {rounded}; the report "
    "gives {published}.",
    "deaths.asr.col.year": "Year",
    "deaths.asr.col.sex": "Sex",
    "deaths.asr.col.deaths": "Deaths",
    "deaths.asr.col.pop": "Mean population",
    "deaths.asr.col.rate": "Age-standardised rate",
    "deaths.asr.col.crude": "Crude rate",
    "deaths.asr.col.published": "Published rate",
    "deaths.asr.about.1": "Direct standardisation: the death rates of each age group (under 30, 30–39, …, 70 and "
    "over) are weighted by the age distribution of Norway's mean population {standard}, as "
    "Dødsårsaksregisteret (the Cause of Death Registry) now does. The mean population is the "
    "average of 1 January in the year and the following year.",
    "deaths.asr.about.2": "Because the standard is the whole population in {standard}, the standardised rate for "
    "both sexes in {standard} equals the crude rate. Men and women use the same standard, so "
    "their rates can be compared. Deaths by age exist only for the years shown.",
    # age card
    "deaths.age.title": "Deaths by age, {sex}, {year}",
    "deaths.age.subtitle": "Number of drug-induced deaths per age group. Under 30: {share}. Mean age: {mean_age}",
    "deaths.age.axis": "Age group",
    "deaths.age.of_sex": "of the group",
    "deaths.age.sex_label": "Sex",
    "deaths.age.years": "{value} years",
    "deaths.age.col.sex": "Sex",
    "deaths.age.col.age": "Age group",
    "deaths.age.col.deaths": "Deaths",
    "deaths.age.col.share": "Share of the sex's deaths (%)",
    "deaths.age.about.1": "The age groups follow the report's table. The shares are calculated from the counts. "
    "The mean age is the report's own figure; it cannot be calculated from grouped figures.",
    "deaths.age.about.2": "Small numbers: for women there are 11–18 deaths per age group, so one or two deaths "
    "change the shares noticeably.",
    # map
    "deaths.map.title": "Deaths by county, {year}: {metric}",
    "deaths.map.subtitle": "Counties as of 2024. Click a county to see its figures",
    "deaths.map.metric": "Show",
    "deaths.map.year": "Year",
    "deaths.map.county": "County",
    "deaths.map.county_placeholder": "Choose a county …",
    "deaths.map.sort": "Sort the table by",
    "deaths.map.no_change": "County figures for {year} do not exist in the sources, so the change from the year "
    "before cannot be shown",
    "deaths.map.hover.deaths": "{deaths} deaths",
    "deaths.map.hover.crude": "Crude rate {rate} per 100,000",
    "deaths.map.hover.change": "Change from {before}: {change}",
    "deaths.map.hover.published": "Age-standardised rate (the report): {rate}",
    "deaths.map.col.county": "County",
    "deaths.map.col.deaths": "Deaths",
    "deaths.map.col.before": "Deaths the year before",
    "deaths.map.col.change": "Change",
    "deaths.map.col.pop": "Mean population",
    "deaths.map.col.crude": "Crude rate per 100,000",
    "deaths.map.col.published": "Age-standardised rate (the report)",
    "deaths.map.table_title": "The counties, {year}",
    "deaths.map.detail_none": "Click a county on the map or choose one in the list to see its figures.",
    "deaths.map.detail": "{county} {year}: {deaths} deaths, crude rate {crude} per 100,000.",
    "deaths.map.detail_change": "The year before: {before} ({change}).",
    "deaths.map.detail_published": "The report's age-standardised rate: {rate} per 100,000.",
    "deaths.map.detail_no_published": "The report gives no age-standardised rate for this county.",
    "deaths.map.about.1": "The counties follow the 2024 county structure (15 counties); the 2023 figures are also "
    "given by it. The crude rate is the number of deaths divided by the county's mean population "
    "(the average of 1 January in the year and the following year, Statistics Norway), times "
    "100,000.",
    "deaths.map.about.2": "The crude rate does not take differences in age structure into account. The report gives "
    "age-standardised rates for only five counties in 2024 (Buskerud, Rogaland, Nordland, Oslo and "
    "Møre og Romsdal); they are in the table and in the hover text. For the other counties they "
    "are missing.",
    "deaths.map.about.3": "Small counties have few deaths. Finnmark had 4 and 5 deaths, so a couple of deaths more or "
    "fewer make a large difference to both the rate and the change. County figures for 2022 do "
    "not exist in the sources, hence no change for 2023.",
    "deaths.map.about.4": "Map data: county borders 2024 (GeoJSON shipped with the dashboard).",
    # substance
    "deaths.sub.title": "Deaths by drug, Norway, {year}",
    "deaths.sub.subtitle": "The three largest groups the report gives figures for",
    "deaths.sub.of_all": "of all",
    "deaths.sub.col.substance": "Drug group",
    "deaths.sub.col.deaths": "Deaths",
    "deaths.sub.col.share": "Share of all deaths (%)",
    "deaths.sub.about.1": "Only the three largest groups are given with figures in the report's text; the other "
    "groups appear only in a chart without figures and are therefore left out here.",
    "deaths.sub.about.2": "When several substances were used together, often only one is recorded as the cause of "
    "death. Other substances may therefore be under-reported. For opioids, it is not known "
    "whether they were bought illegally, prescribed as painkillers or given in opioid agonist "
    "treatment (LAR).",
    "deaths.area.title": "Deaths by drug in Oslo, Rogaland and Vestland, {years}",
    "deaths.and": " and ",
    "deaths.area.subtitle": "Number of deaths per drug group; the hover text shows the share of the county's deaths",
    "deaths.area.col.area": "County",
    "deaths.area.col.year": "Year",
    "deaths.area.col.share": "Share of the county's deaths (%)",
    "deaths.area.about.1": "The report gives such figures only for the three counties with the most deaths in 2024. "
    "With so few deaths per group (0–23), the figures can vary a lot from year to year.",
    "deaths.area.about.2": "“Dependence” means death after long-term harmful use, not necessarily an acute poisoning.",
    # intent
    "deaths.intent.title": "Deaths by intent and cause-of-death group",
    "deaths.intent.subtitle": "Number per year, Norway, {years}",
    "deaths.intent.gaps": "No complete breakdown in the sources for {years}",
    "deaths.intent.col.year": "Year",
    "deaths.intent.col.intent": "Group",
    "deaths.intent.col.deaths": "Deaths",
    "deaths.intent.col.share": "Share of the three groups (%)",
    "deaths.intent.col.total": "Sum of the three groups",
    "deaths.intent.about.1": "Three groups: unintentional poisoning (accident), intentional poisoning (suicide), and "
    "mental and behavioural disorders due to drug use (F codes).",
    "deaths.intent.about.2": "2024 is from the report; earlier years are FHI figures quoted in news articles. Only "
    "years where all three groups are given are included. In some years the groups add up to "
    "slightly less than the total (e.g. 271 of 275 in 2019); the shares are calculated from the "
    "sum of the groups.",
    "deaths.intent.about.3": "It can be hard to decide whether a poisoning was intentional, and some deaths are "
    "recorded with unknown intent. This affects the breakdown.",
    # autopsy
    "deaths.autopsy.title": "Share of drug-induced deaths that were not autopsied",
    "deaths.autopsy.subtitle": "Per cent of all deaths, {first}–{last}",
    "deaths.autopsy.hover": "not autopsied",
    "deaths.autopsy.col.year": "Year",
    "deaths.autopsy.col.percent": "Not autopsied (%)",
    "deaths.autopsy.mental": "In {year}, {n} of {of} deaths with mental disorders/dependence as the cause (F codes) "
    "were not autopsied ({pct}).",
    "deaths.autopsy.about.1": "The report gives the share for 2021 and 2022 in whole per cent. The figure for 2024 "
    "may change, because some autopsies are registered later.",
    "deaths.autopsy.about.2": "Autopsies and toxicology make the cause of death and the substances more certain. "
    "Where there was no autopsy, it is less certain which substances were involved.",
    # shared caveats
    "deaths.about.definition": "Definition: drug-induced deaths by the EUDA (European Union Drugs Agency) "
    "definition (a selection of ICD-10 codes). The underlying cause of death is what is "
    "counted, for people resident in Norway.",
    "deaths.about.revisions": "Provisional figures are often incomplete; final figures for a year usually come late "
    "in the following year, and earlier years may be revised.",
    # code labels
    "code.death_age.0-29": "Under 30",
    "code.death_age.30-39": "30–39",
    "code.death_age.40-49": "40–49",
    "code.death_age.50-59": "50–59",
    "code.death_age.60-69": "60–69",
    "code.death_age.70+": "70 and over",
    "code.death_substance.heroin": "Heroin",
    "code.death_substance.methadone": "Methadone",
    "code.death_substance.other_opioids": "Other opioids (morphine, codeine, oxycodone etc.)",
    "code.death_substance.synthetic_opioids": "Synthetic opioids",
    "code.death_substance.stimulants": "Stimulants",
    "code.death_substance.dependence": "Dependence",
    "code.death_substance.other_substances": "Other substances",
    "code.death_substance.opioids_total": "Opioids, total",
    "code.death_substance.cannabis": "Cannabis",
    "code.death_substance.unspecified": "Unspecified",
    "code.death_intent.unintentional": "Unintentional poisoning",
    "code.death_intent.intentional": "Intentional poisoning",
    "code.death_intent.mental_behavioural": "Mental and behavioural disorders",
    "code.death_intent.undetermined": "Undetermined intent",
    "code.death_area.norway": "Norway",
    "code.death_area.oslo": "Oslo",
    "code.death_area.rogaland": "Rogaland",
    "code.death_area.vestland": "Vestland",
    "code.death_metric.deaths": "Number of deaths",
    "code.death_metric.crude_rate": "Crude rate per 100,000",
    "code.death_metric.change": "Change from the year before",
    "code.death_sort.county": "County name",
    "code.death_sort.deaths": "Most deaths",
    "code.death_sort.crude_rate": "Highest crude rate",
    "code.death_sort.change": "Largest increase",
    "deaths.lead_years": "The yearly totals for {report} come from the report; those for {older} "
    "are taken from earlier publications and news items.",
    "deaths.filters_none": "No filters: the card shows all its figures",
    "deaths.nat.implied": "For {year} we show {deaths} deaths, the number stated in {source}. A "
    "newer source ({implied_by}) gives only the difference from another year, and that difference "
    "implies {implied}.",
    "deaths.nat.implied_short": "A newer source ({source}) implies {implied}",
    "deaths.nat.col.note": "Note",
    "deaths.kpi.sex_change_note": "since {before}: men {men}, women {women}",
    "deaths.age.change_one": "Change from {before_year} to {year} according to the report, {sex}: "
    "{change} (from {n_before} to {n_now} deaths).",
    "deaths.age.change_sexes": "Change from {before_year} to {year} according to the report: women "
    "{women} (from {women_before} to {women_now} deaths), men {men} (from {men_before} to "
    "{men_now}).",
    "deaths.map.short.county": "County",
    "deaths.map.short.deaths": "Deaths",
    "deaths.map.short.change": "Change",
    "deaths.map.short.crude": "Crude rate",
    "deaths.map.short.published": "Report's rate",
    "deaths.map.table_caption": "The counties, {year}. Rates per 100,000 inhabitants. The report's "
    "rate is age-standardised and given for some counties only; the crude rate is computed here.",
    # The publications of the yearly totals: the citations as data/raw writes them.
    "deaths.pub.helsedirektoratet_tall_om_illegale_rusmidler_2025_d_ds_rsaksregisteret_fhi": "Helsedirektoratet (Norwegian Directorate of Health), Tall om illegale rusmidler 2025 (Cause of Death Registry, FHI)",
    "deaths.pub.fhi_news_june_2021": "FHI news, June 2021",
    "deaths.pub.fhi_article_on_2015_deaths_2016": "FHI article on 2015 deaths, 2016",
    "deaths.pub.fhi_news_on_2017_deaths_2018": "FHI news on 2017 deaths, 2018",
    "deaths.pub.forskning_no_2019_fhi_figures_first_release_for_2018": "forskning.no, 2019 (FHI figures, first release for 2018)",
    "deaths.pub.vg_june_2021_fhi_figures": "VG, June 2021 (FHI figures)",
    "deaths.pub.fhi_narkotika_i_norge_web_publication_undated": "FHI, Narkotika i Norge (web publication, undated)",
    "deaths.pub.sosialnytt_2022_fhi_figures": "Sosialnytt, 2022 (FHI figures)",
    "deaths.pub.rusfeltet_no_june_2023_fhi_figures": "Rusfeltet.no, June 2023 (FHI figures)",
    "deaths.pub.ambulanseforum_2024_fhi_figures_first_release_for_2023": "Ambulanseforum, 2024 (FHI figures, first release for 2023)",
    "deaths.pub.rusfeltet_no_2017_fhi_figures_first_release_for_2016": "Rusfeltet.no, 2017 (FHI figures, first release for 2016)",
    "deaths.pub.v_rt_land_2018_emcdda_european_drug_report_2018_data_reported_by_norway_in_2017": "Vårt Land, 2018 (EMCDDA European Drug Report 2018, data reported by Norway in 2017)",
    "deaths.pub.actis_helsedirektoratet_figure_undated_page": "Actis (Helsedirektoratet figure, undated page)",
    "deaths.pub.rop_2015_sirus_figures": "ROP, 2015 (SIRUS figures)",
    "deaths.pub.sirus_the_drug_situation_in_norway_2012_reitox_report_quoted_by_drugwarfacts_org": "SIRUS, The Drug Situation in Norway 2012 (Reitox report), quoted by drugwarfacts.org",
    "deaths.pub.emcdda_statistical_bulletin_2011_table_drd_1": "EMCDDA Statistical Bulletin 2011, table DRD-1",
    "deaths.pub.emcdda_statistical_bulletin_2013_table_drd_1": "EMCDDA Statistical Bulletin 2013, table DRD-1",
    "deaths.pub.rusfeltet_no_2020_fhi_figures_for_2019": "Rusfeltet.no, 2020 (FHI figures for 2019)",
    "deaths.pub.rusfeltet_no_2018_fhi_figures_for_2017": "Rusfeltet.no, 2018 (FHI figures for 2017)",
    "deaths.pub.forebygging_no_2016_fhi_report_on_2015_deaths": "Forebygging.no, 2016 (FHI report on 2015 deaths)",
}
