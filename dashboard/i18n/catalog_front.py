"""Texts for the front page (/)."""

NB = {
    "front.title": "Illegale rusmidler i Norge – hovedfunn",
    "front.lead": "De viktigste tallene fra Helsedirektoratets rapport, samlet på ett sted. Hver rute lenker til "
    "figuren som viser tallet, med riktig utvalg allerede valgt.",
    "front.section_use": "Bruk i befolkningen (16–64 år)",
    "front.section_harm": "Dødsfall og injisering",
    "front.section_ww": "Avløpsvann",
    "front.section_new": "Hva er nytt",
    "front.section_dates": "Siste data per kilde",
    "front.more": "Se figuren",
    "front.spark_alt": "Liten trendlinje {first}–{last}, fra {v0} til {v1}",
    "front.spark_span": "Utvikling {first}–{last}",
    # tiles
    "front.cannabis_title": "Cannabis er mest brukt",
    "front.cannabis_note": "har brukt cannabis minst én gang (16–64 år, {year}). Neste på lista er {next} med {next_value}.",
    "front.sex_title": "Flere menn enn kvinner har brukt cannabis",
    "front.sex_note": "av mennene mot {women} av kvinnene har brukt cannabis noen gang ({year}).",
    "front.young_title": "Unge voksne bruker mest",
    "front.young_note": "av dem som er {age} år, brukte cannabis siste 12 måneder ({year}) – mot {base} i hele "
    "aldersgruppen 16–64 år.",
    "front.cocaine_title": "Kokain er nummer to",
    "front.cocaine_note": "har brukt kokain noen gang (16–64 år, {year}). Året før var andelen {prev}.",
    "front.deaths_title": "Narkotikautløste dødsfall",
    "front.deaths_note": "dødsfall i {year}, mot {prev} i {prev_year}.",
    "front.deaths_sex_title": "Tre av fire som døde var menn",
    "front.deaths_sex_note": "menn av {total} døde i {year} ({share}). Gjennomsnittsalderen var {age_all} år; "
    "{age_women} år for kvinner og {age_men} år for menn.",
    "front.opioid_title": "Opioider dominerer",
    "front.opioid_note": "dødsfall i {year} hadde andre opioider (som morfin, kodein og oksykodon) som hovedårsak, "
    "flere enn noen annen gruppe. Syntetiske opioider fulgte med {second}.",
    "front.pwid_title": "Personer som injiserer",
    "front.pwid_note": "er rapportens anslag: treårig glidende gjennomsnitt {start}–{end} "
    "(modellanslag, ikke opptelling). Årsanslaget for {end} alene er {single}.",
    "front.ww_title": "Kokain i avløpsvann",
    "front.ww_note": "mg per 1000 innbyggere per døgn i {city} ({season} {year}), høyest av byene. {low_city} lå "
    "lavest med {low}.",
    "front.unit_persons": "personer",
    # what is new
    "front.new_survey": "Spørreundersøkelsen {year}: cannabis noen gang {now} (mot {prev} året før), kokain {c_now} "
    "(mot {c_prev}).",
    "front.new_deaths": "Dødsfall {year}: {now}, {direction} {prev} året før.",
    "front.direction.down": "ned fra",
    "front.direction.up": "opp fra",
    "front.direction.same": "det samme som",
    "front.new_pwid": "Injisering: rapportens anslag (treårig snitt {start}–{end}) er {now}, mot "
    "{prev} året før. Enkeltår svinger mye; årsanslaget for {year} er {single}.",
    "front.new_ww": "Avløpsvann: målinger fra Oslo, Bergen og Trondheim til og med {season} {year}.",
    "front.date_survey": "Rus- og tobakksundersøkelsen (SSB): {year}",
    "front.date_deaths": "Dødsårsaksregisteret (FHI): {year}",
    "front.date_ww": "Avløpsvann (St. Olavs hospital): {season} {year}",
    "front.date_pwid": "Anslag over injisering: {year}",
}

# English (British spelling); the notes continue the big number shown above them on the tile.
EN = {
    "front.title": "Illegal drugs in Norway – key findings",
    "front.lead": "The main figures from the Norwegian Directorate of Health (Helsedirektoratet) report, "
    "gathered in one place. Each tile links to the chart that shows the figure, with the matching "
    "selection already made.",
    "front.section_use": "Use in the population (ages 16–64)",
    "front.section_harm": "Deaths and injecting",
    "front.section_ww": "Wastewater",
    "front.section_new": "What is new",
    "front.section_dates": "Latest data by source",
    "front.more": "See the chart",
    "front.spark_alt": "Small trend line {first}–{last}, from {v0} to {v1}",
    "front.spark_span": "Trend {first}–{last}",
    # tiles
    "front.cannabis_title": "Cannabis is the most used drug",
    "front.cannabis_note": "have used cannabis at least once (ages 16–64, {year}). Next on the list is {next} at "
    "{next_value}.",
    "front.sex_title": "More men than women have used cannabis",
    "front.sex_note": "of men, compared with {women} of women, have ever used cannabis ({year}).",
    "front.young_title": "Young adults use the most",
    "front.young_note": "of people aged {age} used cannabis in the last 12 months ({year}), compared with {base} "
    "in the whole 16–64 age group.",
    "front.cocaine_title": "Cocaine comes second",
    "front.cocaine_note": "have ever used cocaine (ages 16–64, {year}). The year before, the share was {prev}.",
    "front.deaths_title": "Drug-induced deaths",
    "front.deaths_note": "deaths in {year}, compared with {prev} in {prev_year}.",
    "front.deaths_sex_title": "Three in four who died were men",
    "front.deaths_sex_note": "men out of {total} deaths in {year} ({share}). The mean age was {age_all} years: "
    "{age_women} years for women and {age_men} years for men.",
    "front.opioid_title": "Opioids dominate",
    "front.opioid_note": "deaths in {year} had other opioids (such as morphine, codeine and oxycodone) as the main "
    "cause, more than any other group. Synthetic opioids followed with {second}.",
    "front.pwid_title": "People who inject drugs",
    "front.pwid_note": "is the report's estimate: the three-year moving average {start}–{end} (a "
    "model estimate, not a count). The annual estimate for {end} alone is {single}.",
    "front.ww_title": "Cocaine in wastewater",
    "front.ww_note": "mg per 1,000 inhabitants per day in {city} ({season} {year}), the highest of the cities. "
    "{low_city} was lowest at {low}.",
    "front.unit_persons": "people",
    # what is new
    "front.new_survey": "Survey {year}: lifetime cannabis use {now} (compared with {prev} the year before), "
    "cocaine {c_now} (compared with {c_prev}).",
    "front.new_deaths": "Deaths {year}: {now}, {direction} {prev} the year before.",
    "front.direction.down": "down from",
    "front.direction.up": "up from",
    "front.direction.same": "the same as",
    "front.new_pwid": "Injecting: the report's estimate (three-year average {start}–{end}) is "
    "{now}, compared with {prev} the year before. Single years vary a lot; the annual estimate "
    "for {year} is {single}.",
    "front.new_ww": "Wastewater: measurements from Oslo, Bergen and Trondheim up to and including {season} {year}.",
    "front.date_survey": "Rus- og tobakksundersøkelsen, the survey of drug and tobacco use (Statistics Norway, "
    "SSB): {year}",
    "front.date_deaths": "Dødsårsaksregisteret, the Cause of Death Registry (Norwegian Institute of Public "
    "Health, FHI): {year}",
    "front.date_ww": "Wastewater (St. Olavs hospital): {season} {year}",
    "front.date_pwid": "Estimate of people who inject drugs: {year}",
}
