"""Texts for the page about people who inject drugs (/injisering)."""

NB = {
    "pwid.title": "Personer som injiserer rusmidler",
    "pwid.lead": "Ingen register teller hvor mange som injiserer rusmidler i Norge. Tallene her er "
    "modellberegnede anslag, ikke opptellinger, og hvert enkelt år er usikkert.",
    "pwid.estimate_note": "Anslag fra en modell (dødelighetsmultiplikatoren) – ikke et opptalt antall personer.",
    "pwid.range": "Rapporten oppgir at anslaget for {first}–{last} ligger mellom om lag {low} og {high} personer. "
    "I tabellen går årsanslagene fra {min} ({min_year}) til {max} ({max_year}).",
    "pwid.method_title": "Slik beregnes tallet",
    "pwid.method_1": "Metoden tar utgangspunkt i narkotikautløste dødsfall fra Dødsårsaksregisteret. Hvis vi vet "
    "omtrent hvor mange som dør, og hvor stor andel av dem som er i gruppen som injiserer, og vi "
    "har et anslag for hvor stor del av denne gruppen som dør i løpet av et år, kan vi regne baklengs "
    "til hvor mange gruppen består av: antall dødsfall delt på dødsraten.",
    "pwid.method_2": "Andelen dødsfall knyttet til risikofylt bruk bygger på registerstudier fra 2010–2018, og "
    "dødsraten og andelen som injiserer kommer fra en undersøkelse blant brukere på gateplan i 2013. "
    "Metoden er utviklet ved Folkehelseinstituttet og er en av flere som EUDA anbefaler.",
    "pwid.method_3": "Alle disse inngangsverdiene er usikre, og modellen fanger ikke opp nyere endringer i behandling "
    "eller nye stoffer. Svingninger fra ett år til det neste kan derfor være tilfeldige; det treårige "
    "glidende gjennomsnittet viser retningen bedre. Andre land bruker andre metoder, så tallene kan "
    "ikke sammenlignes direkte med andre lands anslag.",
    "pwid.card_estimate_title": "Beregnet antall personer som injiserer rusmidler, Norge, {first}–{last}",
    "pwid.card_estimate_subtitle": "Årlig anslag og treårig glidende gjennomsnitt (modellberegning)",
    "pwid.card_estimate_subtitle_mult": "Årlig anslag, glidende gjennomsnitt og illustrasjon med dødsrate {sign}{mult} %",
    "pwid.y_persons": "Antall personer (anslag)",
    "pwid.x_year": "År",
    "pwid.series_estimate": "Publisert anslag (standard)",
    "pwid.series_ma": "Treårig glidende gjennomsnitt",
    "pwid.series_rescaled": "Illustrasjon: dødsrate {sign}{mult} %",
    "pwid.series_range": "Rapportens spenn",
    "pwid.col_year": "År",
    "pwid.col_estimate": "Publisert anslag",
    "pwid.col_ma": "Glidende gjennomsnitt (3 år)",
    "pwid.col_rescaled": "Illustrasjon (ikke data)",
    "pwid.col_deaths": "Narkotikautløste dødsfall",
    "pwid.source": "Helsedirektoratet, Tall om illegale rusmidler 2025 (dødelighetsmultiplikatoren; anslag for {first}–{last})",
    "pwid.source_deaths": "Helsedirektoratet, Tall om illegale rusmidler 2025; Dødsårsaksregisteret (FHI) og kildene i tabellen",
    "pwid.slider_label": "Anslått dødsrate blant dem som injiserer, endret med (prosent)",
    "pwid.slider_help": "Flytt glidebryteren for å se hvor mye anslaget avhenger av antakelsen om dødsrate. "
    "Høyere dødsrate gir lavere anslag, og omvendt. 0 er det publiserte anslaget.",
    "pwid.reset": "Tilbake til publisert anslag",
    "pwid.illustration_note": "Den stiplede linjen er en illustrasjon av usikkerheten i metoden, ikke data. "
    "Det publiserte anslaget vises alltid.",
    "pwid.illustration_off": "Viser det publiserte anslaget (dødsrate uendret).",
    "pwid.illustration_on": "Illustrasjon: dødsraten satt {sign}{mult} %. Den stiplede linjen er regnet ut "
    "som publisert anslag delt på {factor}. Dette er ikke data.",
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
    "pwid.filters_mult": "dødsrate endret med {mult} %",
    "pwid.filters_default": "publisert anslag",
}
