"""Texts for the page about people who inject drugs (/injisering)."""

NB = {
    "pwid.title": "Personer som injiserer rusmidler",
    "pwid.lead": "Ingen register teller hvor mange som injiserer rusmidler i Norge. Tallene her er "
    "modellberegnede anslag, ikke opptellinger, og hvert enkelt år er usikkert.",
    "pwid.estimate_note": "Anslag fra en modell (dødelighetsmultiplikatoren) – ikke et opptalt antall personer.",
    "pwid.range": "Rapporten oppgir at anslaget for {first}–{last} ligger mellom om lag {low} og {high} personer. "
    "I tabellen går årsanslagene fra {min} ({min_year}) til {max} ({max_year}).",
    "pwid.method_title": "Slik beregnes tallet",
    "pwid.method_1": "Metoden tar utgangspunkt i narkotikautløste dødsfall fra "
    "Dødsårsaksregisteret. Hvis vi vet omtrent hvor mange som dør, hvor stor andel av dem som "
    "hørte til dem som bruker rusmidler på en risikofylt måte, og hvor stor del av denne gruppen "
    "som dør i løpet av et år, kan vi regne baklengs til hvor mange gruppen består av, og med "
    "andelen som injiserer, hvor mange som injiserer.",
    "pwid.method_2": "Andelen dødsfall knyttet til risikofylt bruk bygger på registerstudier fra "
    "2010–2018. Andelen som injiserer og dødsratene, én for dem som injiserer og én for dem som "
    "ikke gjør det, kommer fra en undersøkelse blant brukere på gateplan i 2013. Metoden er "
    "utviklet ved Folkehelseinstituttet og er en av flere som EUDA anbefaler.",
    "pwid.method_3": "Alle disse inngangsverdiene er usikre, og modellen fanger ikke opp nyere endringer i behandling "
    "eller nye stoffer. Svingninger fra ett år til det neste kan derfor være tilfeldige; det treårige "
    "glidende gjennomsnittet viser retningen bedre. Andre land bruker andre metoder, så tallene kan "
    "ikke sammenlignes direkte med andre lands anslag.",
    "pwid.card_estimate_title": "Beregnet antall personer som injiserer rusmidler, Norge, {first}–{last}",
    "pwid.card_estimate_subtitle": "Årlig anslag og treårig glidende gjennomsnitt (modellberegning)",
    "pwid.card_estimate_subtitle_mult": "Årlig anslag, glidende gjennomsnitt og illustrasjon med "
    "alle dødsratene {sign}{mult} %",
    "pwid.y_persons": "Antall personer (anslag)",
    "pwid.x_year": "År",
    "pwid.series_estimate": "Publisert anslag (standard)",
    "pwid.series_ma": "Treårig glidende gjennomsnitt",
    "pwid.series_rescaled": "Illustrasjon, årsanslag: dødsrater {sign}{mult} %",
    "pwid.series_range": "Rapportens spenn",
    "pwid.col_year": "År",
    "pwid.col_estimate": "Publisert anslag",
    "pwid.col_ma": "Glidende gjennomsnitt (3 år)",
    "pwid.col_rescaled": "Illustrasjon, årsanslag (ikke data)",
    "pwid.col_deaths": "Narkotikautløste dødsfall",
    "pwid.source": "Helsedirektoratet, Tall om illegale rusmidler 2025 (dødelighetsmultiplikatoren; anslag for {first}–{last})",
    "pwid.source_deaths": "Helsedirektoratet, Tall om illegale rusmidler 2025; Dødsårsaksregisteret (FHI) og kildene i tabellen",
    "pwid.slider_label": "Alle dødsratene i modellen endret med (prosent)",
    "pwid.slider_help": "En illustrasjon, ikke et nytt anslag: hvis dødsratene modellen bygger på, "
    "både for dem som injiserer og for dem som ikke gjør det, var høyere, ville anslaget bli "
    "lavere, og omvendt. Hele anslaget endres da i samme forhold. 0 er det publiserte anslaget.",
    "pwid.reset": "Tilbake til publisert anslag",
    "pwid.illustration_note": "De stiplede linjene viser hvor følsomt anslaget er for dødsratene i "
    "modellen; de er ikke data. Det publiserte anslaget vises alltid. Rapporten publiserer ikke "
    "modellens inngangsverdier (de to dødsratene og andelen som injiserer). Derfor kan vi bare "
    "vise hva som skjer når alle dødsratene endres like mye, ikke når bare dødsraten for dem som "
    "injiserer endres.",
    "pwid.illustration_off": "Viser det publiserte anslaget (dødsratene uendret).",
    "pwid.illustration_on": "Illustrasjon: alle dødsratene i modellen satt {sign}{mult} %. De "
    "stiplede linjene er årsanslaget og det treårige snittet, hver delt på {factor}. Dette er "
    "ikke data.",
    "pwid.about_estimate": "Anslagene er beregnet med dødelighetsmultiplikatoren. Hvert år har egen usikkerhet, "
    "og det glidende gjennomsnittet er gjennomsnittet av året selv og de to foregående (som publisert). "
    "Tallene er foreløpige tall fra Helsedirektoratets arbeidsfiler for rapporten.",
    "pwid.card_deaths_title": "Anslått antall som injiserer og narkotikautløste dødsfall, {first}–{last}",
    "pwid.card_deaths_subtitle": "År der begge tallene finnes. Merk ulik skala i de to delene.",
    "pwid.y_deaths": "Dødsfall",
    "pwid.about_deaths": "Dødsfallene er en av inngangsverdiene i modellen, så de to seriene henger sammen per "
    "konstruksjon: et år med mange dødsfall gir et høyt anslag. Dødstallene før 2023 er hentet "
    "fra ulike publiserte kilder (se Om tallene), og kan avvike noe fra registerets nyeste tall.",
    "pwid.file_estimate": "injisering-anslag",
    "pwid.file_deaths": "injisering-og-dodsfall",
    "pwid.filters_mult": "alle dødsrater i modellen endret med {mult} %",
    "pwid.filters_default": "publisert anslag",
    "pwid.series_rescaled_ma": "Illustrasjon, treårig snitt: dødsrater {sign}{mult} %",
    "pwid.col_rescaled_ma": "Illustrasjon, treårig snitt (ikke data)",
    "pwid.filters_none": "Ingen filtre: kortet viser alle tallene sine",
    "pwid.headline_title": "Rapportens anslag",
    "pwid.headline_tile_note": "personer som injiserer rusmidler: treårig glidende gjennomsnitt "
    "{start}–{end}, et modellanslag.",
    "pwid.headline_single": "Årsanslaget for {year} alene er {estimate}.",
}


# English (British spelling).
EN = {
    "pwid.title": "People who inject drugs",
    "pwid.lead": "No register counts how many people inject drugs in Norway. The figures here are model "
    "estimates, not counts, and each single year is uncertain.",
    "pwid.estimate_note": "Estimate from a model (the mortality multiplier) – not a counted number of people.",
    "pwid.range": "The report states that the estimate for {first}–{last} lies between about {low} and {high} "
    "people. In the table, the annual estimates range from {min} ({min_year}) to {max} ({max_year}).",
    "pwid.method_title": "How the number is calculated",
    "pwid.method_1": "The method starts from drug-induced deaths in Dødsårsaksregisteret (the "
    "Cause of Death Registry). If we know roughly how many die, what share of them belonged to "
    "those who use drugs in a high-risk way, and what share of this group dies in the course of a "
    "year, we can work backwards to the size of the group and, with the share who inject, to how "
    "many inject.",
    "pwid.method_2": "The share of deaths linked to high-risk use is based on registry studies "
    "from 2010–2018. The share who inject and the death rates, one for those who inject and one "
    "for those who do not, come from a 2013 survey of people who use drugs at street level. The "
    "method was developed at the Norwegian Institute of Public Health (Folkehelseinstituttet) and "
    "is one of several that the EUDA (European Union Drugs Agency) recommends.",
    "pwid.method_3": "All these inputs are uncertain, and the model does not capture recent changes in treatment "
    "or new substances. Changes from one year to the next may therefore be random; the three-year "
    "moving average shows the direction better. Other countries use other methods, so the figures "
    "cannot be compared directly with other countries' estimates.",
    "pwid.card_estimate_title": "Estimated number of people who inject drugs, Norway, {first}–{last}",
    "pwid.card_estimate_subtitle": "Annual estimate and three-year moving average (model calculation)",
    "pwid.card_estimate_subtitle_mult": "Annual estimate, moving average and an illustration with "
    "all death rates {sign}{mult}%",
    "pwid.y_persons": "Number of people (estimate)",
    "pwid.x_year": "Year",
    "pwid.series_estimate": "Published estimate (default)",
    "pwid.series_ma": "Three-year moving average",
    "pwid.series_rescaled": "Illustration, annual estimate: death rates {sign}{mult}%",
    "pwid.series_range": "The report's range",
    "pwid.col_year": "Year",
    "pwid.col_estimate": "Published estimate",
    "pwid.col_ma": "Moving average (3 years)",
    "pwid.col_rescaled": "Illustration, annual estimate (not data)",
    "pwid.col_deaths": "Drug-induced deaths",
    "pwid.source": "Norwegian Directorate of Health, Tall om illegale rusmidler 2025 (the mortality multiplier; "
    "estimates for {first}–{last})",
    "pwid.source_deaths": "Norwegian Directorate of Health, Tall om illegale rusmidler 2025; Cause of Death Registry "
    "(FHI) and the sources in the table",
    "pwid.slider_label": "All death rates in the model changed by (per cent)",
    "pwid.slider_help": "An illustration, not a new estimate: if the death rates the model rests "
    "on, both for those who inject and for those who do not, were higher, the estimate would be "
    "lower, and vice versa. The whole estimate then changes in the same proportion. 0 is the "
    "published estimate.",
    "pwid.reset": "Back to the published estimate",
    "pwid.illustration_note": "The dashed lines show how sensitive the estimate is to the death "
    "rates in the model; they are not data. The published estimate is always shown. The report "
    "does not publish the model's inputs (the two death rates and the share who inject). So we "
    "can only show what happens when all the death rates change by the same amount, not when only "
    "the death rate of those who inject changes.",
    "pwid.illustration_off": "Showing the published estimate (death rates unchanged).",
    "pwid.illustration_on": "Illustration: all death rates in the model set {sign}{mult}%. The "
    "dashed lines are the annual estimate and the three-year average, each divided by {factor}. "
    "This is not data.",
    "pwid.about_estimate": "The estimates are calculated with the mortality multiplier. Each year has its own "
    "uncertainty, and the moving average is the mean of the year itself and the two preceding years (as "
    "published). The figures are provisional figures from the Norwegian Directorate of Health's working "
    "files for the report.",
    "pwid.card_deaths_title": "Estimated number who inject and drug-induced deaths, {first}–{last}",
    "pwid.card_deaths_subtitle": "Years where both figures exist. Note the different scales of the two panels.",
    "pwid.y_deaths": "Deaths",
    "pwid.about_deaths": "The deaths are one of the model's inputs, so the two series are linked by construction: "
    "a year with many deaths gives a high estimate. Death counts before 2023 come from various "
    "published sources (see About the data) and may differ somewhat from the registry's latest figures.",
    "pwid.file_estimate": "injecting-estimate",
    "pwid.file_deaths": "injecting-and-deaths",
    "pwid.filters_mult": "all death rates in the model changed by {mult}%",
    "pwid.filters_default": "published estimate",
    "pwid.series_rescaled_ma": "Illustration, three-year average: death rates {sign}{mult}%",
    "pwid.col_rescaled_ma": "Illustration, three-year average (not data)",
    "pwid.filters_none": "No filters: the card shows all its figures",
    "pwid.headline_title": "The report's estimate",
    "pwid.headline_tile_note": "people who inject drugs: three-year moving average {start}–{end}, a model estimate.",
    "pwid.headline_single": "The annual estimate for {year} alone is {estimate}.",
}
