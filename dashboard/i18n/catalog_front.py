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
    "front.pwid_note": "er det beregnede antallet i {year} (modellanslag, ikke opptelling). Snittet for de siste "
    "tre årene er {ma}.",
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
    "front.new_pwid": "Injisering {year}: anslaget er {now}, mot {prev} året før. Enkeltår svinger mye.",
    "front.new_ww": "Avløpsvann: målinger fra Oslo, Bergen og Trondheim til og med {season} {year}.",
    "front.date_survey": "Rus- og tobakksundersøkelsen (SSB): {year}",
    "front.date_deaths": "Dødsårsaksregisteret (FHI): {year}",
    "front.date_ww": "Avløpsvann (St. Olavs hospital): {season} {year}",
    "front.date_pwid": "Anslag over injisering: {year}",
}
