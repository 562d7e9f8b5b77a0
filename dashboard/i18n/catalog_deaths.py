"""Texts of the deaths page (/dodsfall): keys start with 'deaths.', code kinds death_*."""

NB = {
    "deaths.lead": "Narkotikautløste dødsfall i Norge: utvikling over tid, alder og kjønn, fylker, "
    "rusmidler og dødsårsak. Tallene kommer fra Dødsårsaksregisteret (FHI) slik "
    "Helsedirektoratet har publisert dem.",
    "deaths.source.report": "Helsedirektoratet, Tall om illegale rusmidler 2025 (Dødsårsaksregisteret, FHI, tall per 28. oktober 2025)",
    "deaths.source.report_pop": "Helsedirektoratet, Tall om illegale rusmidler 2025 (Dødsårsaksregisteret, FHI); "
    "folketall 1. januar: SSB",
    "deaths.source.national": "Dødsårsaksregisteret (FHI) via Helsedirektoratet 2025 og eldre publikasjoner "
    "(se tabellen)",
    # units
    "deaths.unit.deaths": "dødsfall",
    "deaths.unit.deaths_axis": "Antall dødsfall",
    "deaths.unit.per100k": "per 100 000",
    "deaths.unit.rate_axis": "Per 100 000 innbyggere",
    "deaths.unit.percent_axis": "Prosent",
    # key figures
    "deaths.kpi.deaths": "Dødsfall {year}",
    "deaths.kpi.change": "{change} fra {before} i {year}",
    "deaths.kpi.rate": "Aldersstandardisert rate {year}",
    "deaths.kpi.rate_note": "per 100 000 innbyggere ({before}: {value})",
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
    "deaths.nat.mean_text": "Snittet av tallene vi har for {start}–{end} er {ours} per år. Rapporten oppgir om lag "
    "{report}, med registerets oppdaterte tall. Forskjellen viser at eldre publiserte "
    "tall ofte er noe lavere enn de endelige.",
    "deaths.nat.about.1": "Hvert år vises med tallet fra den nyeste publikasjonen vi har funnet. Registeret "
    "oppdaterer tidligere år når flere dødsårsaker blir avklart, så tall fra eldre "
    "publikasjoner kan avvike fra dagens tall i registeret. Søylefargen og tabellen "
    "viser hvilken publikasjon hvert tall er hentet fra.",
    "deaths.nat.about.2": "Trendlinjen er en vanlig lineær regresjon (minste kvadraters metode) av antall dødsfall "
    "på år for {start}–{end}, med 95 % konfidensintervall for linjen. Linjen tegnes bare "
    "når alle årene i perioden har et tall; vi trekker aldri en linje over hull.",
    "deaths.nat.about.3": "Aldersstandardiserte rater finnes bare for årene rapporten oppgir. Den grove raten i "
    "tabellen er antall dødsfall delt på middelfolkemengden (snittet av 1. januar i året "
    "og året etter).",
    # standardised card
    "deaths.asr.title": "Aldersstandardisert dødsrate etter kjønn, beregnet",
    "deaths.asr.subtitle": "Per 100 000 innbyggere, hele landet, {years}. Standard: middelfolkemengden i Norge {standard}",
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
    "deaths.map.hover.crude": "Grov rate {rate} per 100 000",
    "deaths.map.hover.change": "Endring fra {before}: {change}",
    "deaths.map.hover.published": "Aldersstandardisert rate (rapporten): {rate}",
    "deaths.map.col.county": "Fylke",
    "deaths.map.col.deaths": "Dødsfall",
    "deaths.map.col.before": "Dødsfall året før",
    "deaths.map.col.change": "Endring",
    "deaths.map.col.pop": "Middelfolkemengde",
    "deaths.map.col.crude": "Grov rate per 100 000",
    "deaths.map.col.published": "Aldersstandardisert rate (rapporten)",
    "deaths.map.table_title": "Fylkene, {year}",
    "deaths.map.detail_none": "Klikk på et fylke i kartet eller velg et i listen for å se tallene.",
    "deaths.map.detail": "{county} {year}: {deaths} dødsfall, grov rate {crude} per 100 000.",
    "deaths.map.detail_change": "Året før: {before} ({change}).",
    "deaths.map.detail_published": "Rapportens aldersstandardiserte rate: {rate} per 100 000.",
    "deaths.map.detail_no_published": "Rapporten oppgir ingen aldersstandardisert rate for fylket.",
    "deaths.map.about.1": "Fylkene er fylkesinndelingen fra 2024 (15 fylker); 2023-tallene er også gitt etter den. "
    "Grov rate er antall dødsfall delt på fylkets middelfolkemengde (snittet av 1. januar i "
    "året og året etter, SSB), ganger 100 000.",
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
    "code.death_metric.crude_rate": "Grov rate per 100 000",
    "code.death_metric.change": "Endring fra året før",
    "code.death_sort.county": "Fylkesnavn",
    "code.death_sort.deaths": "Flest dødsfall",
    "code.death_sort.crude_rate": "Høyest grov rate",
    "code.death_sort.change": "Størst økning",
}
