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
        "Snitt av sju døgnprøver (onsdag–tirsdag) per by og periode. Hver by er et "
        "befolkningsvektet snitt av to renseanlegg. Verdiene er hele tall slik rapporten "
        "viser dem. For metamfetamin publiserer rapporten bare ukesnitt; 0 betyr at nivået "
        "var for lavt til å måles."
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
        "Kruskal–Wallis-test på døgnverdiene i hver by. Når p ≤ 0,01 sammenlignes hvert bypar "
        "med Dunns test (uten justering for flere tester; et par regnes som signifikant ved "
        "p ≤ 0,01). Dette er samme framgangsmåte som rapporten. Døgn under målegrensen er "
        "utelatt. Med sju døgn per uke gir testene bare grove svar."
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
    "ww.scope.pooled": "{years} samlet",
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
        "Fram til 2021 ble bare VEAS målt, én uke i året. Fra 2024 måles både VEAS og "
        "Bekkelaget, vår og høst, og byen vises som et vektet snitt. Laboratorium, anlegg og "
        "uke er ikke de samme, så seriene kan ikke kobles sammen. Årssnittet for 2011–2021 er "
        "regnet av de døgnene kilden har; år uten målinger er brudd."
    ),
    "ww.history.none": "Kilden har ingen målinger av dette stoffet for Oslo 2011–2021.",
    "ww.history.year": "År",
    "ww.history.series": "Serie",
    "ww.history.load": "Mengde",
    "ww.europe.title": "{substance} i europeiske byer, {year}",
    "ww.europe.subtitle": "Døgnsnitt for én prøveuke om våren, rangert. Norske byer uthevet.",
    "ww.europe.other": "Andre byer",
    "ww.europe.norway": "Norske byer",
    "ww.europe.rank_hover": "rangering %{customdata}",
    "ww.europe.about": (
        "Tall fra EUDAs europeiske studie for våren 2024. EUDA bruker uka tirsdag–mandag og "
        "egne anleggsgrupper, så de norske tallene avviker litt fra rapportens. Byer utenfor "
        "Europa i datasettet er holdt utenfor. Enkelte byer har flere anlegg; navnet viser det."
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
}
