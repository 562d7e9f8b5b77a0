"""Texts of the wastewater page (/avlopsvann). Written for this dashboard, not copied from the report."""

NB = {
    "ww.title": "Rusmidler i avløpsvann",
    "ww.lead": (
        "Målinger av rusmidler i kloakk fra Oslo, Bergen og Trondheim, én uke om våren og én om "
        "høsten i {years}. Tallene viser mengden stoff som når renseanlegget, ikke hvor mange "
        "som bruker det."
    ),
    "ww.unit": "mg per 1000 innb. per døgn",
    "ww.empty": "Ingen målinger for dette utvalget.",
    "ww.source": "Helsedirektoratet, Tall om illegale rusmidler 2025 (St. Olavs hospital; prøver {first} – {last})",
    "ww.source_euda": "EUDA, europeisk avløpsvannstudie (utgivelse 2025)",
    "ww.source_history": "EMCDDA/NIVA (VEAS 2011–2021); Helsedirektoratet 2025",
    "ww.filter.substance": "Rusmiddel",
    "ww.filter.cities": "Byer (1–3)",
    "ww.filter.years": "År",
    "ww.filter.seasons": "Årstid",
    "ww.filter.cmp": "Sammenlign byene for",
    "ww.filter.pooled": "{years} samlet",
    "ww.filter.country": "Land (Norge vises alltid)",
    "ww.filter.country_all": "Alle europeiske land",
    "ww.filter.need_city": "Velg minst én by, ett år og én årstid.",
    "ww.filter.need_two": "Velg minst to byer for å sammenligne.",
    "ww.means.title": "Ukesnitt for {substance} etter by og prøveperiode",
    "ww.means.subtitle": "Markør: {marker}. {filters}",
    "ww.means.about": (
        "Snitt av sju døgnprøver (onsdag–tirsdag) per by og periode. Hver by er et befolkningsvektet "
        "snitt av to renseanlegg. Verdiene er hele tall slik rapporten viser dem, og en 0 er rapportens "
        "eget tall. Der rapporten sier at nivået var for lavt til å måles (under "
        "kvantifiseringsgrensen), er det ingen søyle, men et ×: uka er et hull, ikke 0. For metamfetamin "
        "publiserer rapporten bare ukesnitt."
    ),
    "ww.daily.title": "Døgnverdier for {substance} gjennom prøveuka",
    "ww.daily.subtitle": "Onsdag til tirsdag, helgen (fre–søn) skyggelagt. {filters}",
    "ww.daily.about": (
        "Én blandprøve per døgn. Døgn der stoffet var under nedre målegrense vises som "
        "brudd i linjen, ikke som null. To enkeltdøgn med ekstremt mye ketamin høsten 2024 "
        "(Oslo onsdag, Bergen lørdag) er merket: rapporten mener de skyldes at rent stoff "
        "ble tømt i avløpet, ikke bruk."
    ),
    "ww.daily.meth": (
        "Metamfetamin finnes bare som ukesnitt i rapporten, så det er ingen døgnverdier å vise. Se ukesnittene over."
    ),
    "ww.weekend_band": "skyggelagt: helg (fre–søn)",
    "ww.flag.dumping": "antatt dumping",
    "ww.flag.dumping_legend": "Antatt dumping (ikke bruk)",
    "ww.cmp.title": "Sammenligning av byene: {substance}, {scope}",
    "ww.cmp.subtitle": "Alle døgnverdier (prikker) og fordeling per by, vår og høst samlet",
    "ww.cmp.about": (
        "For ett år om gangen er dette rapportens framgangsmåte: Kruskal–Wallis-test på døgnverdiene i "
        "hver by, vår og høst samlet. Når p ≤ 0,01, sammenlignes hvert bypar med Dunns test (uten "
        "justering for flere tester; et par regnes som signifikant ved p ≤ 0,01). Døgn under målegrensen "
        "er utelatt. Med sju døgn per uke gir testene bare grove svar."
    ),
    "ww.time.title": "Endring over tid: {substance}",
    "ww.time.subtitle": "Døgnverdier per prøveperiode og by",
    "ww.time.about": (
        "For hver by testes årene mot hverandre ({years}; vår og høst samlet) og prøveperiodene mot "
        "hverandre, med samme tester og grenser som for byene."
    ),
    "ww.test.heading_cities": "Testresultater, byer",
    "ww.test.heading_time": "Testresultater, endring over tid",
    "ww.test.comparison": "Sammenligning",
    "ww.test.scope": "Gjelder",
    "ww.test.test": "Test",
    "ww.test.pair": "Par",
    "ww.test.statistic": "Testverdi",
    "ww.test.p": "p-verdi",
    "ww.test.sig": "Signifikant (p ≤ 0,01)",
    "ww.test.yes": "ja ✱",
    "ww.test.no": "nei",
    "ww.test.kw": "Kruskal–Wallis (H)",
    "ww.test.dunn": "Dunn (z)",
    "ww.test.all_groups": "alle grupper",
    "ww.test.between_cities": "mellom byer",
    "ww.test.between_years": "{years}",
    "ww.test.versus": " mot ",
    "ww.test.between_periods": "{n} perioder",
    "ww.test.legend": "✱ = signifikant forskjell (p ≤ 0,01). Dunn-testen kjøres bare når Kruskal–Wallis er signifikant.",
    "ww.sentence.none": "Ingen signifikant forskjell mellom {groups} (Kruskal–Wallis p = {p}).",
    "ww.sentence.periods": "prøveperiodene",
    "ww.sentence.lower": "{group} lavere enn {others}.",
    "ww.sentence.no_pairs": "Samlet forskjell (p = {p}), men ingen enkeltpar er signifikant.",
    "ww.sentence.city_time": "{city}: {text}",
    "ww.sentence.and": " og ",
    "ww.scope.pooled": "{years} samlet (vår egen sammenligning)",
    "ww.meth_no_tests": "Metamfetamin har bare ukesnitt, så testene kan ikke kjøres for dette stoffet.",
    "ww.weekend.title": "Helg mot hverdag: forholdstall per by og rusmiddel",
    "ww.weekend.subtitle": "Snitt fredag–søndag delt på snitt mandag–torsdag. {filters}",
    "ww.weekend.axis": "helg / hverdag",
    "ww.weekend.no_difference": "1 = lik mengde",
    "ww.weekend.hover": "hverdag %{customdata[0]:.0f}, helg %{customdata[1]:.0f}",
    "ww.weekend.about": (
        "Helg er fredag, lørdag og søndag; hverdag er mandag til torsdag. Det er samme "
        "oppdeling som EUDA bruker (de norske tallene for 2024 stemmer med den). Forskjellene "
        "er beskrevet, ikke testet: tre helgedøgn per uke er for lite til en pålitelig test. "
        "De to døgnene med antatt dumping av ketamin er holdt utenfor."
    ),
    "ww.weekend.note": "Beskrivende tall, ikke testet: for få døgn per uke.",
    "ww.weekend.weekday": "Snitt hverdag",
    "ww.weekend.weekend": "Snitt helg",
    "ww.weekend.ratio": "Helg / hverdag",
    "ww.levo.title": "Andel levo-amfetamin",
    "ww.levo.subtitle": "Andel av all amfetamin i avløpsvannet som er levo-formen; {periods}",
    "ww.levo.axis": "andel levo-amfetamin",
    "ww.levo.mark_half": "rundt 0,5: både lovlig og ulovlig amfetamin",
    "ww.levo.mark_zero": "nær 0: mest legemidler",
    "ww.levo.about": (
        "Legemidler med amfetamin er nesten bare dekstro-formen, mens ulovlig amfetamin ofte har "
        "omtrent like mye av begge former. En andel nær null peker derfor mot legemidler, og en "
        "andel rundt 0,5 mot en blanding av lovlige og ulovlige kilder. Andelen sier ikke hvor "
        "mye som er ulovlig. Målt bare høsten 2025."
    ),
    "ww.levo.share": "Andel levo-amfetamin",
    "ww.history.title": "Oslo over tid: {substance}",
    "ww.history.subtitle": "{old} bare VEAS; {new} to anlegg, vektet. Ikke direkte sammenlignbart.",
    "ww.history.old": "VEAS {years} (årssnitt)",
    "ww.history.new": "Oslo {years}, {season}",
    "ww.history.days": "døgn",
    "ww.history.break": "brudd i serien",
    "ww.history.about": (
        "Fram til 2021 ble bare VEAS målt, én uke i året. Fra 2024 måles både VEAS og Bekkelaget, vår og "
        "høst, og byen vises som et vektet snitt. Laboratorium, anlegg og uke er ikke de samme, så "
        "seriene kan ikke kobles sammen. Årssnittet for 2011–2021 er regnet av de døgnene kilden har; år "
        "uten målinger er brudd i linjen. Et år der kilden oppgir 0 for alle døgn, er et eget punkt "
        "utenfor linjen: kilden sier ikke om det betyr under målegrensen."
    ),
    "ww.history.none": "Kilden har ingen målinger av dette stoffet for Oslo 2011–2021.",
    "ww.history.year": "År",
    "ww.history.series": "Serie",
    "ww.history.load": "Mengde",
    "ww.europe.title": "{substance} i europeiske byer, {year}",
    "ww.europe.subtitle": (
        "Døgnsnitt for én prøveuke om våren. De {top} høyeste og alle norske byer med navn; resten "
        "samlet nederst. Norske byer i rødt."
    ),
    "ww.europe.other": "Andre byer",
    "ww.europe.norway": "Norske byer",
    "ww.europe.rank_hover": "nr. %{customdata[1]} av %{customdata[2]}",
    "ww.europe.about": (
        "Tall fra EUDAs europeiske avløpsvannstudie for våren {year}, én prøveuke per by. Byer utenfor "
        "Europa i datasettet er holdt utenfor. Et tall i parentes etter bynavnet hos EUDA, for eksempel "
        "«(2)», er antall renseanlegg; det står i kolonnen «Anlegg» i tabellen."
    ),
    "ww.europe.city": "By",
    "ww.europe.country": "Land",
    "ww.europe.rank": "Rangering",
    "ww.europe.daily": "Døgnsnitt",
    "ww.europe.weekday": "Snitt hverdag",
    "ww.europe.weekend": "Snitt helg",
    "ww.europe.position": "{city} er nr. {rank} av {n} byer.",
    "ww.sites.title": "Prøvetakingsdatoer per renseanlegg",
    "ww.sites.plant": "Renseanlegg",
    "ww.sites.city": "By",
    "ww.col.city": "By",
    "ww.col.period": "Periode",
    "ww.col.year": "År",
    "ww.col.season": "Årstid",
    "ww.col.weekday": "Ukedag",
    "ww.col.substance": "Rusmiddel",
    "ww.col.load": "Mengde (mg/1000 innb./døgn)",
    "ww.col.flag": "Merknad",
    "ww.filter.need_one_city": "Velg minst én by.",
    "ww.filter.need_one_year": "Velg minst ett år.",
    "ww.filter.need_one_season": "Velg minst én årstid.",
    "ww.means.zero_hover": "0 slik rapporten viser det (rapporten gir hele tall)",
    "ww.means.gap_hover": ("{who}: for lavt til å måles (under kvantifiseringsgrensen) ifølge rapporten. Ikke 0."),
    "ww.means.gap_legend": "× = for lavt til å måles",
    "ww.means.gap_note": "For lavt til å måles (under kvantifiseringsgrensen)",
    "ww.means.zero_note": "0 slik rapporten viser det (hele tall)",
    "ww.means.all_below": (
        "Ingen søyler å vise: {substance} var for lavt til å måles (under kvantifiseringsgrensen) i alle "
        "valgte uker ({filters}), ifølge rapporten. Det er ikke det samme som 0."
    ),
    "ww.cmp.about_pooled": (
        "Valget «{years} samlet» er vår egen sammenligning, ikke rapportens: de samme testene "
        "(Kruskal–Wallis, så Dunn, p ≤ 0,01) på døgnverdiene fra alle årene i én gruppe per by. "
        "Rapporten tester hvert år for seg. Flere døgn gir testen mer styrke, så den kan finne "
        "forskjeller som ikke er signifikante innen ett år. Der rapporten har testet et år og ikke "
        "funnet en forskjell, er det rapportens konklusjon som gjelder; kortet viser derfor også "
        "resultatet for hvert år."
    ),
    "ww.pooled.prefix": "Vår egen sammenligning, ikke rapportens: {text}",
    "ww.pooled.ours": "Rapporten tester hvert år for seg. Med samme framgangsmåte blir resultatet:",
    "ww.pooled.year": "{year}: {text}",
    "ww.pooled.only": (
        "{lower} lavere enn {higher} bare når årene slås sammen. Innen hvert år, slik rapporten tester, "
        "er forskjellen ikke signifikant, og det er rapportens konklusjon."
    ),
    "ww.history.zero_legend": "VEAS: kilden oppgir 0 alle døgn",
    "ww.history.zero_hover": (
        "kilden oppgir 0 for alle %{customdata} målte døgn (vist som et eget punkt, ikke som nivå på linjen)"
    ),
    "ww.history.zero_note": "Kilden oppgir 0 alle {days} døgn",
    "ww.europe.more": "… {n} andre byer",
    "ww.europe.zero_row": "{n} byer med 0 i EUDAs tall (ikke rangert)",
    "ww.europe.strip": "Alle {n} rangerte byer",
    "ww.europe.below_loq": "ikke rangert: for lavt til å måles ifølge rapporten",
    "ww.europe.zero": "ikke rangert: 0 i EUDAs tall",
    "ww.europe.gap_legend": "Norsk by, ikke rangert",
    "ww.europe.plants": "Anlegg",
    "ww.europe.cmp_intro": ("Norske byer, EUDA mot rapporten (vår {year}, mg per 1000 innb. per døgn): {lines}."),
    "ww.europe.cmp_gap": "{city} {euda} hos EUDA, for lavt til å måles i rapporten",
    "ww.europe.cmp_higher": "{city} {euda} mot {report} (EUDA {pct} % høyere)",
    "ww.europe.cmp_lower": "{city} {euda} mot {report} (EUDA {pct} % lavere)",
    "ww.europe.cmp_close": "{city} {euda} mot {report}",
    "ww.europe.about_close": (
        "EUDAs tall for de norske byene er ikke alltid de samme som rapportens, og kildene forklarer "
        "ikke hvorfor. I {k} av {n} sammenligninger (by og rusmiddel) er forskjellen høyst {pct} %."
    ),
    "ww.europe.about_large": "Større avvik enn {pct} %: {pairs}.",
    "ww.europe.about_pair": "{city} {substance} (EUDA {euda} mot rapportens {report})",
    "ww.europe.about_gap": (
        "{city}, {substance}: EUDA oppgir {euda}, mens rapporten sier at nivået var for lavt til å "
        "måles. Byen er derfor ikke rangert og vises som et hull (×), ikke som 0."
    ),
    "ww.europe.about_ranking": (
        "Rangeringen: høyest døgnsnitt er nr. 1, og like verdier får samme nummer. Byer med 0 i EUDAs "
        "tall og byer under kvantifiseringsgrensen får ikke nummer. De {top} øverste og alle norske byer "
        "vises med navn; nederst er alle rangerte byer samlet i én rad, én prikk per by. Hele listen "
        "står i tabellen."
    ),
}

# English (British spelling). Plant names (VEAS, Bekkelaget, ...) stay as they are.
EN = {
    "ww.title": "Drugs in wastewater",
    "ww.lead": (
        "Measurements of drugs in sewage from Oslo, Bergen and Trondheim, one week in spring and one in "
        "autumn in {years}. The figures show the amount of a substance that reaches the treatment plant, "
        "not how many people use it."
    ),
    "ww.unit": "mg per 1,000 inhabitants per day",
    "ww.empty": "No measurements for this selection.",
    "ww.source": "Norwegian Directorate of Health, Tall om illegale rusmidler 2025 (St. Olavs hospital; samples "
    "{first} – {last})",
    "ww.source_euda": "EUDA, European wastewater study (2025 release)",
    "ww.source_history": "EMCDDA/NIVA (VEAS 2011–2021); Norwegian Directorate of Health 2025",
    "ww.filter.substance": "Substance",
    "ww.filter.cities": "Cities (1–3)",
    "ww.filter.years": "Years",
    "ww.filter.seasons": "Season",
    "ww.filter.cmp": "Compare the cities for",
    "ww.filter.pooled": "{years} pooled",
    "ww.filter.country": "Countries (Norway is always shown)",
    "ww.filter.country_all": "All European countries",
    "ww.filter.need_city": "Choose at least one city, one year and one season.",
    "ww.filter.need_two": "Choose at least two cities to compare.",
    "ww.means.title": "Weekly mean for {substance} by city and sampling period",
    "ww.means.subtitle": "Marker: {marker}. {filters}",
    "ww.means.about": (
        "Mean of seven daily samples (Wednesday–Tuesday) per city and period. Each city is a "
        "population-weighted mean of two treatment plants. The values are whole numbers as the report "
        "shows them, and a 0 is the report's own figure. Where the report says the level was too low to "
        "be measured (below the limit of quantification), there is no bar but a ×: the week is a gap, "
        "not 0. For methamphetamine the report publishes only weekly means."
    ),
    "ww.daily.title": "Daily values for {substance} through the sampling week",
    "ww.daily.subtitle": "Wednesday to Tuesday, weekend (Fri–Sun) shaded. {filters}",
    "ww.daily.about": (
        "One composite sample per day. Days when the substance was below the lower limit of quantification "
        "are shown as breaks in the line, not as zero. Two single days with extremely high ketamine in "
        "autumn 2024 (Oslo on the Wednesday, Bergen on the Saturday) are marked: the report considers them "
        "due to pure substance being emptied into the drain, not to use."
    ),
    "ww.daily.meth": (
        "The report gives methamphetamine only as weekly means, so there are no daily values to show. See "
        "the weekly means above."
    ),
    "ww.weekend_band": "shaded: weekend (Fri–Sun)",
    "ww.flag.dumping": "presumed dumping",
    "ww.flag.dumping_legend": "Presumed dumping (not use)",
    "ww.cmp.title": "City comparison: {substance}, {scope}",
    "ww.cmp.subtitle": "All daily values (dots) and the distribution per city, spring and autumn pooled",
    "ww.cmp.about": (
        "For one year at a time this is the report's procedure: a Kruskal–Wallis test on the daily "
        "values of each city, spring and autumn pooled. When p ≤ 0.01, each pair of cities is compared "
        "with Dunn's test (without adjustment for multiple tests; a pair counts as significant at p ≤ "
        "0.01). Days below the limit of quantification are left out. With seven days per week, the tests "
        "give only rough answers."
    ),
    "ww.time.title": "Change over time: {substance}",
    "ww.time.subtitle": "Daily values per sampling period and city",
    "ww.time.about": (
        "For each city, the years are tested against each other ({years}; spring and autumn pooled) and the "
        "sampling periods against each other, with the same tests and thresholds as for the cities."
    ),
    "ww.test.heading_cities": "Test results, cities",
    "ww.test.heading_time": "Test results, change over time",
    "ww.test.comparison": "Comparison",
    "ww.test.scope": "Applies to",
    "ww.test.test": "Test",
    "ww.test.pair": "Pair",
    "ww.test.statistic": "Test statistic",
    "ww.test.p": "p-value",
    "ww.test.sig": "Significant (p ≤ 0.01)",
    "ww.test.yes": "yes ✱",
    "ww.test.no": "no",
    "ww.test.kw": "Kruskal–Wallis (H)",
    "ww.test.dunn": "Dunn (z)",
    "ww.test.all_groups": "all groups",
    "ww.test.between_cities": "between cities",
    "ww.test.between_years": "{years}",
    "ww.test.versus": " vs ",
    "ww.test.between_periods": "{n} periods",
    "ww.test.legend": "✱ = significant difference (p ≤ 0.01). Dunn's test is run only when Kruskal–Wallis is "
    "significant.",
    "ww.sentence.none": "No significant difference between {groups} (Kruskal–Wallis p = {p}).",
    "ww.sentence.periods": "the sampling periods",
    "ww.sentence.lower": "{group} is lower than {others}.",
    "ww.sentence.no_pairs": "An overall difference (p = {p}), but no single pair is significant.",
    "ww.sentence.city_time": "{city}: {text}",
    "ww.sentence.and": " and ",
    "ww.scope.pooled": "{years} pooled (our own comparison)",
    "ww.meth_no_tests": "Methamphetamine has only weekly means, so the tests cannot be run for this substance.",
    "ww.weekend.title": "Weekend versus weekdays: ratio by city and substance",
    "ww.weekend.subtitle": "Mean Friday–Sunday divided by mean Monday–Thursday. {filters}",
    "ww.weekend.axis": "weekend / weekday",
    "ww.weekend.no_difference": "1 = same amount",
    "ww.weekend.hover": "weekday %{customdata[0]:.0f}, weekend %{customdata[1]:.0f}",
    "ww.weekend.about": (
        "The weekend is Friday, Saturday and Sunday; weekdays are Monday to Thursday. This is the same split "
        "that the EUDA (European Union Drugs Agency) uses (the Norwegian figures for 2024 agree with it). The "
        "differences are described, not tested: three weekend days per week are too few for a reliable "
        "test. The two days of presumed ketamine dumping are left out."
    ),
    "ww.weekend.note": "Descriptive figures, not tested: too few days per week.",
    "ww.weekend.weekday": "Weekday mean",
    "ww.weekend.weekend": "Weekend mean",
    "ww.weekend.ratio": "Weekend / weekday",
    "ww.levo.title": "Share of levo-amphetamine",
    "ww.levo.subtitle": "Share of all amphetamine in the wastewater that is the levo form; {periods}",
    "ww.levo.axis": "share of levo-amphetamine",
    "ww.levo.mark_half": "around 0.5: both legal and illegal amphetamine",
    "ww.levo.mark_zero": "near 0: mostly medicines",
    "ww.levo.about": (
        "Medicines containing amphetamine are almost entirely the dextro form, whereas illegal amphetamine "
        "often contains roughly equal amounts of both forms. A share near zero therefore points to "
        "medicines, and a share around 0.5 to a mix of legal and illegal sources. The share does not say "
        "how much is illegal. Measured only in autumn 2025."
    ),
    "ww.levo.share": "Share of levo-amphetamine",
    "ww.history.title": "Oslo over time: {substance}",
    "ww.history.subtitle": "{old}: VEAS only; {new}: two plants, weighted. Not directly comparable.",
    "ww.history.old": "VEAS {years} (annual mean)",
    "ww.history.new": "Oslo {years}, {season}",
    "ww.history.days": "days",
    "ww.history.break": "break in the series",
    "ww.history.about": (
        "Until 2021 only VEAS was measured, one week a year. From 2024 both VEAS and Bekkelaget are "
        "measured, in spring and autumn, and the city is shown as a weighted mean. Laboratory, plants "
        "and week differ, so the series cannot be joined. The yearly mean for 2011–2021 is calculated "
        "from the days the source has; years without measurements are breaks in the line. A year where "
        "the source gives 0 on every day is a separate point off the line: the source does not say "
        "whether that means below the limit of quantification."
    ),
    "ww.history.none": "The source has no measurements of this substance for Oslo 2011–2021.",
    "ww.history.year": "Year",
    "ww.history.series": "Series",
    "ww.history.load": "Load",
    "ww.europe.title": "{substance} in European cities, {year}",
    "ww.europe.subtitle": (
        "Daily mean for one sampling week in spring. The {top} highest and all Norwegian cities by name; "
        "the rest pooled at the foot. Norwegian cities in red."
    ),
    "ww.europe.other": "Other cities",
    "ww.europe.norway": "Norwegian cities",
    "ww.europe.rank_hover": "no. %{customdata[1]} of %{customdata[2]}",
    "ww.europe.about": (
        "Figures from the EUDA European wastewater study for spring {year}, one sampling week per city. "
        "Cities outside Europe in the data set are left out. A number in brackets after a city name at "
        "the EUDA, such as “(2)”, is the number of treatment plants; it is in the “Plants” column of the "
        "table."
    ),
    "ww.europe.city": "City",
    "ww.europe.country": "Country",
    "ww.europe.rank": "Rank",
    "ww.europe.daily": "Daily mean",
    "ww.europe.weekday": "Weekday mean",
    "ww.europe.weekend": "Weekend mean",
    "ww.europe.position": "{city} is number {rank} of {n} cities.",
    "ww.sites.title": "Sampling dates by treatment plant",
    "ww.sites.plant": "Treatment plant",
    "ww.sites.city": "City",
    "ww.col.city": "City",
    "ww.col.period": "Period",
    "ww.col.year": "Year",
    "ww.col.season": "Season",
    "ww.col.weekday": "Day of the week",
    "ww.col.substance": "Substance",
    "ww.col.load": "Load (mg/1,000 inhabitants/day)",
    "ww.col.flag": "Note",
    "ww.filter.need_one_city": "Choose at least one city.",
    "ww.filter.need_one_year": "Choose at least one year.",
    "ww.filter.need_one_season": "Choose at least one season.",
    "ww.means.zero_hover": "0 as the report shows it (the report gives whole numbers)",
    "ww.means.gap_hover": (
        "{who}: too low to be measured (below the limit of quantification) according to the report. Not 0."
    ),
    "ww.means.gap_legend": "× = too low to be measured",
    "ww.means.gap_note": "Too low to be measured (below the limit of quantification)",
    "ww.means.zero_note": "0 as the report shows it (whole numbers)",
    "ww.means.all_below": (
        "No bars to show: {substance} was too low to be measured (below the limit of quantification) in "
        "every chosen week ({filters}), according to the report. That is not the same as 0."
    ),
    "ww.cmp.about_pooled": (
        "The option “{years} pooled” is our own comparison, not the report's: the same tests "
        "(Kruskal–Wallis, then Dunn, p ≤ 0.01) on the daily values of all years in one group per city. "
        "The report tests each year on its own. More days give the test more power, so it can find "
        "differences that are not significant within one year. Where the report tested a year and found "
        "no difference, the report's conclusion stands; the card therefore also shows the result for "
        "each year."
    ),
    "ww.pooled.prefix": "Our own comparison, not the report's: {text}",
    "ww.pooled.ours": "The report tests each year on its own. With the same procedure the result is:",
    "ww.pooled.year": "{year}: {text}",
    "ww.pooled.only": (
        "{lower} is lower than {higher} only when the years are pooled. Within each year, as the report "
        "tests, the difference is not significant, and that is the report's conclusion."
    ),
    "ww.history.zero_legend": "VEAS: the source gives 0 on every day",
    "ww.history.zero_hover": (
        "the source gives 0 on all %{customdata} measured days (shown as a separate point, not as a level on the line)"
    ),
    "ww.history.zero_note": "The source gives 0 on all {days} days",
    "ww.europe.more": "… {n} other cities",
    "ww.europe.zero_row": "{n} cities at 0 in the EUDA data (not ranked)",
    "ww.europe.strip": "All {n} ranked cities",
    "ww.europe.below_loq": "not ranked: too low to be measured according to the report",
    "ww.europe.zero": "not ranked: 0 in the EUDA data",
    "ww.europe.gap_legend": "Norwegian city, not ranked",
    "ww.europe.plants": "Plants",
    "ww.europe.cmp_intro": (
        "Norwegian cities, EUDA against the report (spring {year}, mg per 1,000 inhabitants per day): {lines}."
    ),
    "ww.europe.cmp_gap": "{city} {euda} at the EUDA, too low to be measured in the report",
    "ww.europe.cmp_higher": "{city} {euda} against {report} (EUDA {pct}% higher)",
    "ww.europe.cmp_lower": "{city} {euda} against {report} (EUDA {pct}% lower)",
    "ww.europe.cmp_close": "{city} {euda} against {report}",
    "ww.europe.about_close": (
        "The EUDA figures for the Norwegian cities are not always the same as the report's, and the "
        "sources do not explain why. In {k} of {n} comparisons (city and drug) the difference is at most "
        "{pct}%."
    ),
    "ww.europe.about_large": "Differences larger than {pct}%: {pairs}.",
    "ww.europe.about_pair": "{city} {substance} (EUDA {euda} against the report's {report})",
    "ww.europe.about_gap": (
        "{city}, {substance}: the EUDA gives {euda}, while the report says the level was too low to be "
        "measured. The city is therefore not ranked and is shown as a gap (×), not as 0."
    ),
    "ww.europe.about_ranking": (
        "The ranking: the highest daily mean is no. 1, and equal values share a number. Cities at 0 in "
        "the EUDA data and cities below the limit of quantification get no number. The top {top} and all "
        "Norwegian cities are named; at the foot, every ranked city is pooled in one row, one dot per "
        "city. The full list is in the table."
    ),
}
