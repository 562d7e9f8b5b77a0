"""Texts for the methods and sources page (/om-tallene)."""

NB = {
    "methods.title": "Om tallene: kilder og metode",
    "methods.lead": "Her står hvor tallene kommer fra, hvem som samler dem inn, hvilke år de dekker og hva man "
    "bør vite før man bruker dem. Alle tabellene bak dashbordet kan lastes ned nederst på siden.",
    "methods.what": "Hva det er",
    "methods.who": "Hvem samler inn",
    "methods.years": "År",
    "methods.coverage": "Utvalg og dekning",
    "methods.caveats": "Verdt å vite",
    # survey
    "methods.survey_title": "Rus- og tobakksundersøkelsen",
    "methods.survey_what": "En årlig spørreundersøkelse der folk selv svarer på om de har brukt illegale rusmidler, "
    "og hvor nylig (noen gang, siste 12 måneder, siste 4 uker).",
    "methods.survey_who": "Statistisk sentralbyrå (SSB) samler inn svarene; Helsedirektoratet analyserer dem.",
    "methods.survey_years": "{first}–{last} i dashbordet.",
    "methods.survey_coverage": "I 2025 ble 8 000 personer mellom 16 og 79 år trukket tilfeldig fra Folkeregisteret. "
    "57,8 % svarte, om lag to av tre på nett og resten på telefon. Svarene er vektet etter "
    "alder, kjønn, utdanning og landsdel, slik at de ligner befolkningen bedre. Bare svar fra "
    "personer mellom 16 og 64 år er tatt med, fordi de eldste ikke fikk spørsmål om rusmidler "
    "før i 2025.",
    "methods.survey_caveats": "I 2023 ble halvparten intervjuet om høsten i stedet for om våren; tallene for det året "
    "kan derfor avvike av metodegrunner. Personer med tung bruk svarer sjelden på slike "
    "undersøkelser, og folk kan både over- og underrapportere. Andelene er usikre: se de "
    "95 % konfidensintervallene i figurene, og legg mer vekt på utviklingen over flere år "
    "enn på ett enkelt år.",
    # deaths
    "methods.deaths_title": "Dødsårsaksregisteret: narkotikautløste dødsfall",
    "methods.deaths_what": "Dødsfall der et rusmiddel er registrert som den underliggende dødsårsaken, kodet etter ICD-10. "
    "Hvilke koder som telles, følger den europeiske definisjonen fra EUDA, slik at tallene kan "
    "sammenlignes med andre land.",
    "methods.deaths_who": "Folkehelseinstituttet driver registeret, basert på legenes dødsmeldinger og obduksjoner. "
    "Helsedirektoratet har laget figurene i rapporten.",
    "methods.deaths_years": "{first}–{last}; år uten en publisert kilde mangler. Fordeling etter "
    "alder og kjønn finnes for {age_years}, etter fylke for {county_years}, etter rusmiddel for "
    "{substance_years} og etter hensikt for {intent_years}.",
    "methods.deaths_coverage": "Alle som var bosatt i Norge da de døde. Ratene rapporten "
    "publiserer (for hele landet og for noen fylker) er aldersstandardisert med Norges "
    "middelfolkemengde i {standard} som standardbefolkning. Ratene etter kjønn regner dashbordet "
    "ut med samme standard. De andre ratene, for fylkene og i tabellen for hele landet, er grove "
    "rater: dødsfall per 100\u00a0000 innbyggere uten justering for alder.",
    "methods.deaths_caveats": "Det tar tid å fastslå dødsårsaken, så endelige tall kommer sent "
    "året etter, og foreløpige tall kan bli justert. Noen dødsfall blir ikke obdusert "
    "({not_autopsied} i {autopsy_year}), og ved blandingsbruk blir ofte bare ett stoff "
    "registrert. Tall for enkeltfylker er små og svinger mye. Årstallene for {older} er hentet "
    "fra eldre publikasjoner og nyhetssaker, ikke fra rapporten; se kildekolonnen i tabellen.",
    # wastewater
    "methods.ww_title": "Avløpsvann",
    "methods.ww_what": "Målinger av rusmidler eller nedbrytningsprodukter i urenset avløpsvann. Det sier noe om samlet "
    "bruk i et område, men ikke hvor mange som bruker eller hvem.",
    "methods.ww_who": "Avdeling for klinisk farmakologi ved St. Olavs hospital, på oppdrag fra Helsedirektoratet. "
    "Vårdataene deles også med det europeiske SCORE-nettverket.",
    "methods.ww_years": "Vår og høst 2024 og 2025. Eldre tall for Oslo (VEAS, 2011–2021) er fra en tidligere serie.",
    "methods.ww_coverage": "Seks renseanlegg, to i hver av Oslo, Bergen og Trondheim, som til sammen tar imot avløp "
    "fra om lag 1,26 millioner innbyggere. Det tas én samleprøve per døgn i sju dager (onsdag "
    "til tirsdag) om våren og om høsten. Mengdene oppgis i milligram per 1000 innbyggere per døgn, "
    "og hver by er et gjennomsnitt av sine to anlegg, vektet etter hvor mange som bor i "
    "nedslagsfeltet.",
    "methods.ww_caveats": "Verdier under kvantifiseringsgrensen (for lavt til å måles sikkert) vises som hull, ikke "
    "som null. Stoffene kan ikke sammenlignes direkte med hverandre, fordi doser og utskillelse "
    "er ulike. Én uke per sesong er et øyeblikksbilde; regn og pendlere påvirker tallene, og enkelte "
    "svært høye verdier skyldes trolig dumping.",
    "methods.ww_sites": "Prøveuker per renseanlegg",
    "methods.col_site": "Renseanlegg",
    "methods.col_city": "By",
    "methods.period": "{season} {year}",
    # pwid
    "methods.pwid_title": "Anslag over personer som injiserer",
    "methods.pwid_what": "Et modellanslag over hvor mange som bruker sprøyte for å ta rusmidler. Det finnes ikke noe "
    "register, så tallet må beregnes.",
    "methods.pwid_who": "Beregnet av Helsedirektoratet med en metode utviklet ved Folkehelseinstituttet.",
    "methods.pwid_years": "{first}–{last}.",
    "methods.pwid_coverage": "Modellen (dødelighetsmultiplikatoren) regner seg bakover fra "
    "narkotikautløste dødsfall til hvor mange som injiserer, med antatte årlige dødsrater. "
    "Inngangsverdiene er dødstall fra Dødsårsaksregisteret, andelen dødsfall knyttet til "
    "risikofylt bruk (registerstudier 2010–2018) og, fra en undersøkelse blant brukere på "
    "gateplan i 2013, andelen som injiserer og dødsratene for dem som injiserer og for dem som "
    "ikke gjør det.",
    "methods.pwid_caveats": "Hver inngangsverdi er usikker, så endringer fra ett år til neste er "
    "ikke nødvendigvis reelle. Rapporten legger derfor vekt på det treårige glidende "
    "gjennomsnittet, og det er anslaget dashbordet viser først. På siden om injisering kan du se "
    "hvor mye anslaget endrer seg hvis alle dødsratene i modellen antas høyere eller lavere.",
    # downloads and provenance
    "methods.downloads_title": "Last ned tabellene",
    "methods.downloads_lead": "Alle tabellene bak dashbordet, i ryddig langt format. CSV-filene bruker semikolon og "
    "desimalkomma og åpnes direkte i norsk Excel.",
    "methods.col_table": "Tabell",
    "methods.col_rows": "Rader",
    "methods.col_columns": "Kolonner",
    "methods.col_download": "Last ned",
    "methods.download_source": "Illegale rusmidler i tall – tabellen {name} (se Om tallene for kilder)",
    "methods.provenance_title": "Opphav for hver rådatafil",
    "methods.provenance_show": "Vis opphavet til alle rådatafilene",
    "methods.provenance_lead": "Hvor hver fil i data/raw kommer fra, med lenke, versjon og lisens (på engelsk, slik den "
    "er ført i prosjektet).",
    "methods.month_1": "januar",
    "methods.month_2": "februar",
    "methods.month_3": "mars",
    "methods.month_4": "april",
    "methods.month_5": "mai",
    "methods.month_6": "juni",
    "methods.month_7": "juli",
    "methods.month_8": "august",
    "methods.month_9": "september",
    "methods.month_10": "oktober",
    "methods.month_11": "november",
    "methods.month_12": "desember",
}

# English (British spelling). Norwegian names of sources and bodies are kept with an English gloss.
EN = {
    "methods.title": "About the data: sources and methods",
    "methods.lead": "This page says where the figures come from, who collects them, which years they cover and "
    "what to know before using them. All the tables behind the dashboard can be downloaded at the "
    "bottom of the page.",
    "methods.what": "What it is",
    "methods.who": "Who collects it",
    "methods.years": "Years",
    "methods.coverage": "Sample and coverage",
    "methods.caveats": "Worth knowing",
    # survey
    "methods.survey_title": "Rus- og tobakksundersøkelsen (survey of drug and tobacco use)",
    "methods.survey_what": "An annual survey in which people report themselves whether they have used illegal "
    "drugs, and how recently (ever, in the last 12 months, in the last 4 weeks).",
    "methods.survey_who": "Statistics Norway (Statistisk sentralbyrå, SSB) collects the answers; the Norwegian "
    "Directorate of Health (Helsedirektoratet) analyses them.",
    "methods.survey_years": "{first}–{last} in the dashboard.",
    "methods.survey_coverage": "In 2025, 8,000 people aged 16 to 79 were drawn at random from the National "
    "Population Register (Folkeregisteret). 57.8% responded, about two in three online and "
    "the rest by telephone. The answers are weighted by age, sex, education and region so "
    "that they better resemble the population. Only answers from people aged 16 to 64 are "
    "included, because the oldest were not asked about drugs until 2025.",
    "methods.survey_caveats": "In 2023, half of the respondents were interviewed in autumn instead of spring, so the "
    "figures for that year may differ for reasons of method. People with heavy use seldom "
    "take part in surveys like this, and people may both over- and under-report. The shares "
    "are uncertain: see the 95% confidence intervals in the charts, and give more weight to "
    "the trend over several years than to any single year.",
    # deaths
    "methods.deaths_title": "Dødsårsaksregisteret (the Cause of Death Registry): drug-induced deaths",
    "methods.deaths_what": "Deaths where a drug is recorded as the underlying cause of death, coded in ICD-10. "
    "Which codes are counted follows the European definition from the EUDA (European Union "
    "Drugs Agency), so that the figures can be compared with other countries.",
    "methods.deaths_who": "The Norwegian Institute of Public Health (Folkehelseinstituttet, FHI) runs the registry, "
    "based on doctors' death certificates and autopsies. The Norwegian Directorate of Health "
    "made the charts in the report.",
    "methods.deaths_years": "{first}–{last}; years without a published source are missing. A "
    "breakdown by age and sex exists for {age_years}, by county for {county_years}, by substance "
    "for {substance_years} and by intent for {intent_years}.",
    "methods.deaths_coverage": "Everyone who was resident in Norway when they died. The rates the "
    "report publishes (for the whole country and for some counties) are age-standardised, with "
    "Norway's mean population in {standard} as the standard population. The dashboard computes "
    "the rates by sex with the same standard. The other rates, for the counties and in the table "
    "for the whole country, are crude rates: deaths per 100,000 inhabitants with no adjustment "
    "for age.",
    "methods.deaths_caveats": "Establishing the cause of death takes time, so final figures arrive "
    "late in the following year, and provisional figures may be revised. Some deaths are not "
    "autopsied ({not_autopsied} in {autopsy_year}), and when several substances were used, often "
    "only one is recorded. Figures for single counties are small and vary a lot. The yearly "
    "totals for {older} are taken from earlier publications and news items, not from the report; "
    "see the source column in the table.",
    # wastewater
    "methods.ww_title": "Wastewater",
    "methods.ww_what": "Measurements of drugs or their breakdown products in untreated wastewater. They say "
    "something about total use in an area, but not how many people use a drug or who they are.",
    "methods.ww_who": "The Department of Clinical Pharmacology at St. Olavs hospital, commissioned by the Norwegian "
    "Directorate of Health. The spring data are also shared with the European SCORE network.",
    "methods.ww_years": "Spring and autumn 2024 and 2025. Older figures for Oslo (VEAS, 2011–2021) come from an "
    "earlier series.",
    "methods.ww_coverage": "Six treatment plants, two in each of Oslo, Bergen and Trondheim, which together receive "
    "wastewater from about 1.26 million inhabitants. One composite sample is taken per day for "
    "seven days (Wednesday to Tuesday) in spring and in autumn. Loads are given in milligrams "
    "per 1,000 inhabitants per day, and each city is an average of its two plants, weighted by "
    "how many people live in each catchment area.",
    "methods.ww_caveats": "Values below the limit of quantification (too low to be measured reliably) are shown as "
    "gaps, not as zero. The substances cannot be compared directly with each other, because "
    "doses and excretion differ. One week per season is a snapshot; rain and commuters affect "
    "the figures, and some very high values are probably due to dumping.",
    "methods.ww_sites": "Sampling weeks by treatment plant",
    "methods.col_site": "Treatment plant",
    "methods.col_city": "City",
    "methods.period": "{season} {year}",
    # pwid
    "methods.pwid_title": "Estimate of people who inject drugs",
    "methods.pwid_what": "A model estimate of how many people use a needle to take drugs. There is no register, so "
    "the number has to be calculated.",
    "methods.pwid_who": "Calculated by the Norwegian Directorate of Health with a method developed at the Norwegian "
    "Institute of Public Health (Folkehelseinstituttet).",
    "methods.pwid_years": "{first}–{last}.",
    "methods.pwid_coverage": "The model (the mortality multiplier) works back from drug-induced "
    "deaths to how many people inject, using assumed annual death rates. The inputs are death "
    "counts from Dødsårsaksregisteret (the Cause of Death Registry), the share of deaths linked "
    "to high-risk use (registry studies 2010–2018) and, from a 2013 survey of people who use "
    "drugs on the street, the share who inject and the death rates of those who inject and of "
    "those who do not.",
    "methods.pwid_caveats": "Every input is uncertain, so changes from one year to the next are "
    "not necessarily real. The report therefore puts the weight on the three-year moving average, "
    "and that is the estimate the dashboard shows first. On the injecting page you can see how "
    "much the estimate changes if all the death rates in the model are assumed to be higher or "
    "lower.",
    # downloads and provenance
    "methods.downloads_title": "Download the tables",
    "methods.downloads_lead": "All the tables behind the dashboard, in tidy long format. The CSV files use commas "
    "as separators and a decimal point, as English-language spreadsheets expect.",
    "methods.col_table": "Table",
    "methods.col_rows": "Rows",
    "methods.col_columns": "Columns",
    "methods.col_download": "Download",
    "methods.download_source": "Illegal drugs in numbers – the table {name} (see About the data for sources)",
    "methods.provenance_title": "Provenance of each raw data file",
    "methods.provenance_show": "Show the provenance of all raw data files",
    "methods.provenance_lead": "Where each file in data/raw comes from, with link, version and licence, as recorded "
    "in the project.",
    "methods.month_1": "January",
    "methods.month_2": "February",
    "methods.month_3": "March",
    "methods.month_4": "April",
    "methods.month_5": "May",
    "methods.month_6": "June",
    "methods.month_7": "July",
    "methods.month_8": "August",
    "methods.month_9": "September",
    "methods.month_10": "October",
    "methods.month_11": "November",
    "methods.month_12": "December",
}
