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
    "methods.deaths_years": "{first}–{last}; detaljer (alder, kjønn, fylke, stoff) for 2023 og 2024. Noen eldre år "
    "mangler i tabellen fordi vi ikke har en publisert kilde for dem.",
    "methods.deaths_coverage": "Alle som var bosatt i Norge da de døde. Rater per 100 000 er aldersstandardisert med "
    "Norges middelfolkemengde i 2024 som standardbefolkning.",
    "methods.deaths_caveats": "Det tar tid å fastslå dødsårsaken, så endelige tall kommer sent året etter, og "
    "foreløpige tall kan bli justert. Noen dødsfall blir ikke obdusert (11,4 % i 2024), og ved "
    "blandingsbruk blir ofte bare ett stoff registrert. Tall for enkeltfylker er små og "
    "svinger mye. Tallene før 2023 er hentet fra ulike publiserte kilder; se kildekolonnen i "
    "tabellen.",
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
    "methods.pwid_coverage": "Modellen (dødelighetsmultiplikatoren) deler antall narkotikautløste dødsfall i gruppen "
    "på en antatt årlig dødsrate i gruppen. Inngangsverdiene er dødstall fra "
    "Dødsårsaksregisteret, andelen dødsfall knyttet til risikofylt bruk (registerstudier "
    "2010–2018) og andel som injiserer og dødsrate fra en undersøkelse blant brukere i 2013.",
    "methods.pwid_caveats": "Hver inngangsverdi er usikker, så endringer fra ett år til neste er ikke nødvendigvis "
    "reelle. Se heller på det treårige glidende gjennomsnittet. På siden om injisering kan du "
    "se hvor mye anslaget endrer seg hvis dødsraten antas høyere eller lavere.",
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
