"""Accessibility texts: the skip link and other shell helpers, the texts inside widgets, the
meta descriptions of the pages and the accessibility statement (/tilgjengelighet).

The statement describes how the dashboard is built and tested; review it (and its date) when
that changes."""

NB = {
    # shell
    "shell.skip_link": "Hopp til hovedinnhold",
    "shell.nav_toggle": "Vis eller skjul menyen",
    "shell.copy_failed": "Nettleseren lot oss ikke kopiere. Kopier adressen fra adressefeltet i stedet.",
    "shell.footer_accessibility": "Tilgjengelighetserklæring",
    "nav.accessibility": "Tilgjengelighet",
    # dcc.Dropdown's own texts (components/widgets.py); {num_selected} is filled by the widget
    "widget.dropdown.select_all": "Velg alle",
    "widget.dropdown.deselect_all": "Fjern alle",
    "widget.dropdown.selected_count": "{num_selected} valgt",
    "widget.dropdown.search": "Søk",
    "widget.dropdown.clear_search": "Tøm søkefeltet",
    "widget.dropdown.clear_selection": "Fjern valget",
    "widget.dropdown.no_options_found": "Ingen treff",
    # <meta name="description"> per page: what a search result or a shared link shows
    "meta.home": "Nøkkeltall om illegale rusmidler i Norge: bruk i befolkningen, narkotikautløste dødsfall, "
    "injisering og rusmidler i avløpsvann, fra Helsedirektoratets rapport og kildene bak den.",
    "meta.cannabis": "Hvor mange i Norge som har brukt cannabis, etter år, kjønn og alder, med usikkerhet, "
    "og hvor ofte og hvor tidlig de har brukt det.",
    "meta.stimulants": "Bruk av kokain, ecstasy/MDMA og amfetaminer i befolkningen over tid, etter kjønn og alder.",
    "meta.deaths": "Narkotikautløste dødsfall i Norge år for år, etter kjønn, alder, fylke, rusmiddel og hensikt, "
    "også som rate per 100\u00a0000 innbyggere.",
    "meta.injection": "Anslått antall personer som injiserer narkotika i Norge, år for år, med glidende "
    "gjennomsnitt over tre år.",
    "meta.wastewater": "Rusmidler målt i avløpsvannet i Oslo, Bergen og Trondheim: nivåer per uke og døgn, helg "
    "mot hverdag, utvikling over tid og sammenligning med byer i Europa.",
    "meta.methods": "Kildene, metodene og forbeholdene bak tallene i dashbordet, og alle tabellene til nedlasting.",
    "meta.accessibility": "Hvordan dashbordet oppfyller kravene til universell utforming (WCAG 2.1 nivå AA), "
    "hvordan det testes, hva som ikke virker godt nok ennå, og hvor du sier fra.",
    # the accessibility statement
    "a11y.title": "Tilgjengelighetserklæring",
    "a11y.lead": "Dashbordet skal kunne brukes av alle: med mus, bare med tastatur, med skjermleser, med "
    "forstørrelse og på små skjermer. Her står hvilke krav vi følger, hvordan vi sjekker dem, hva vi vet "
    "ikke virker godt nok ennå, og hvor du kan si fra.",
    "a11y.standard_title": "Kravene",
    "a11y.standard_text": "Nettløsninger i offentlig sektor i Norge skal være universelt utformet etter forskriften "
    "om universell utforming av IKT-løsninger. For nettsider bygger kravene på retningslinjene WCAG 2.1 "
    "(Web Content Accessibility Guidelines), nivå A og AA. Målet vårt er at hver side og hver visning i "
    "dashbordet oppfyller alle suksesskriteriene på disse to nivåene.",
    "a11y.status_title": "Status",
    "a11y.status_text": "Vi mener dashbordet i hovedsak oppfyller kravene. Det vi vet ikke er godt nok, står under "
    "«Kjente mangler».",
    "a11y.method_title": "Slik tester vi",
    "a11y.method_intro": "Testene er en del av dashbordets automatiske testsamling og kjøres ved hver endring av koden:",
    "a11y.method_axe": "axe-core, et verktøy som finner brudd på WCAG automatisk, kjøres i en ekte nettleser "
    "(Chromium) på hver side og i tilstander som åpen tabellvisning, åpne nedtrekkslister og endrede "
    "filtre. Testen feiler ved alvorlige og kritiske brudd.",
    "a11y.method_keyboard": "En test bruker bare tastaturet gjennom en hel side: endrer et filter, åpner "
    "tabellvisningen og laster ned tallene.",
    "a11y.method_reflow": "En test åpner hver side i 320 piksler bredde, som tilsvarer 400 % forstørrelse på en "
    "vanlig skjerm, og sjekker at innholdet ikke må rulles sidelengs.",
    "a11y.method_print": "En test sjekker utskriften: meny og knapper skrives ikke ut, og figurene får plass på arket.",
    "a11y.method_manual": "I tillegg sjekker vi for hånd i nettleseren tastaturbruk, synlig fokus, forstørrelse og "
    "kontraster når grensesnittet endres. Automatiske tester finner bare en del av mulige problemer.",
    "a11y.gaps_title": "Kjente mangler",
    "a11y.gap_charts": "Figurene er tegnet som bilder (SVG). For skjermlesere har hver figur en kort tekst om hva "
    "den viser, og visningen «Tabell» har de samme tallene som tekst. Verdiene som vises når musepekeren "
    "holdes over en figur, finnes også i tabellen.",
    "a11y.gap_toolbar": "Knappene i figurenes verktøylinje kan brukes med tastatur, men å velge et utsnitt eller "
    "dra i figuren krever mus eller berøring. Alle verdiene står også i tabellvisningen.",
    "a11y.gap_map": "Fylkeskartet over dødsfall kan bare klikkes med mus eller berøring. Fylket kan også velges "
    "i en nedtrekksliste, og tallene per fylke står i en tabell.",
    "a11y.gap_small": "Når en figur er smal (på små skjermer, eller der to figurer står side om side), kan lange "
    "titler og kildelinjer inne i figuren bli kuttet. Tittelen står også som tekst over figuren, og kildene "
    "er beskrevet på siden «Om tallene».",
    "a11y.gap_images": "Nedlastede bilder (PNG og SVG) har ingen tekstbeskrivelse. Tallene bak hver figur kan "
    "lastes ned som CSV eller Excel.",
    "a11y.gap_users": "Dashbordet er ikke testet sammen med brukere av skjermleser eller andre hjelpemidler.",
    "a11y.feedback_title": "Si fra",
    "a11y.feedback_text": "Får du ikke brukt noe i dashbordet, eller finner du noe som ikke er universelt utformet, "
    "vil vi gjerne høre det. Tilbakemeldinger går til virksomheten som publiserer dashbordet. Fortell "
    "gjerne hvilken side det gjelder, hva du prøvde å gjøre, og hvilken nettleser og hvilke hjelpemidler "
    "du brukte.",
    "a11y.complaint_text": "Er du ikke fornøyd med svaret, kan du klage til Tilsynet for universell utforming av "
    "ikt (Uu-tilsynet) i Digitaliseringsdirektoratet.",
    "a11y.date": "Erklæringen ble sist gjennomgått 28. november 2026.",
}

EN = {
    # shell
    "shell.skip_link": "Skip to main content",
    "shell.nav_toggle": "Show or hide the menu",
    "shell.copy_failed": "The browser did not let us copy. Copy the address from the address bar instead.",
    "shell.footer_accessibility": "Accessibility statement",
    "nav.accessibility": "Accessibility",
    # dcc.Dropdown's own texts
    "widget.dropdown.select_all": "Select all",
    "widget.dropdown.deselect_all": "Deselect all",
    "widget.dropdown.selected_count": "{num_selected} selected",
    "widget.dropdown.search": "Search",
    "widget.dropdown.clear_search": "Clear search",
    "widget.dropdown.clear_selection": "Clear selection",
    "widget.dropdown.no_options_found": "No matches",
    # meta descriptions
    "meta.home": "Key figures on illegal drugs in Norway: use in the population, drug-induced deaths, "
    "injecting drug use and drugs in wastewater, from the Norwegian Directorate of Health's report and its sources.",
    "meta.cannabis": "How many people in Norway have used cannabis, by year, sex and age, with uncertainty, "
    "and how often and how early they used it.",
    "meta.stimulants": "Use of cocaine, ecstasy/MDMA and amphetamines in the population over time, by sex and age.",
    "meta.deaths": "Drug-induced deaths in Norway year by year, by sex, age, county, substance and intent, "
    "also as a rate per 100,000 population.",
    "meta.injection": "Estimated number of people who inject drugs in Norway, year by year, with a three-year "
    "moving average.",
    "meta.wastewater": "Drugs measured in the wastewater of Oslo, Bergen and Trondheim: weekly and daily levels, "
    "weekends against weekdays, change over time and comparison with European cities.",
    "meta.methods": "The sources, methods and caveats behind the figures in the dashboard, and every table for download.",
    "meta.accessibility": "How the dashboard meets the accessibility requirements (WCAG 2.1 level AA), how it is "
    "tested, what does not yet work well enough, and where to report problems.",
    # the accessibility statement
    "a11y.title": "Accessibility statement",
    "a11y.lead": "Everyone should be able to use the dashboard: with a mouse, with the keyboard alone, with a "
    "screen reader, with magnification and on small screens. This page says which requirements we follow, "
    "how we check them, what we know does not work well enough yet, and where you can tell us.",
    "a11y.standard_title": "Requirements",
    "a11y.standard_text": "Public-sector websites in Norway must be universally designed under the Norwegian "
    "regulation on universal design of ICT solutions (forskrift om universell utforming av IKT-løsninger). "
    "For web pages the requirements are based on WCAG 2.1 (Web Content Accessibility Guidelines), levels A "
    "and AA. Our aim is that every page and every view of the dashboard meets all success criteria of "
    "those two levels.",
    "a11y.status_title": "Status",
    "a11y.status_text": "We believe the dashboard largely meets the requirements. What we know is not good "
    "enough is listed under “Known gaps”.",
    "a11y.method_title": "How we test",
    "a11y.method_intro": "The tests are part of the dashboard's automated test suite and run on every change "
    "to the code:",
    "a11y.method_axe": "axe-core, a tool that finds WCAG violations automatically, runs in a real browser "
    "(Chromium) on every page and in states such as an open table view, open dropdowns and changed "
    "filters. The test fails on serious and critical violations.",
    "a11y.method_keyboard": "One test uses only the keyboard through a whole page: it changes a filter, opens "
    "the table view and downloads the figures.",
    "a11y.method_reflow": "One test opens every page at a width of 320 pixels, the same as 400% zoom on a "
    "common screen, and checks that nothing has to be scrolled sideways.",
    "a11y.method_print": "One test checks printing: the menu and buttons are not printed, and the charts fit "
    "on the page.",
    "a11y.method_manual": "In addition we check keyboard use, visible focus, zoom and contrast by hand in the "
    "browser when the interface changes. Automated tests find only some of the possible problems.",
    "a11y.gaps_title": "Known gaps",
    "a11y.gap_charts": "The charts are drawn as images (SVG). For screen readers each chart has a short text "
    "about what it shows, and the “Table” view has the same figures as text. The values shown when the "
    "pointer rests on a chart are also in the table.",
    "a11y.gap_toolbar": "The buttons of the chart toolbar work with the keyboard, but selecting an area to zoom "
    "into or dragging the chart needs a mouse or touch. All values are also in the table view.",
    "a11y.gap_map": "The county map of deaths can only be clicked with a mouse or by touch. The county can also "
    "be chosen in a dropdown, and the figures per county are in a table.",
    "a11y.gap_small": "When a chart is narrow (on small screens, or where two charts stand side by side), long "
    "titles and source lines inside it may be cut off. The title is also shown as text above the chart, and "
    "the sources are described on the page “About the data”.",
    "a11y.gap_images": "Downloaded images (PNG and SVG) have no text description. The figures behind each "
    "chart can be downloaded as CSV or Excel.",
    "a11y.gap_users": "The dashboard has not been tested together with users of screen readers or other "
    "assistive technology.",
    "a11y.feedback_title": "Tell us",
    "a11y.feedback_text": "If you cannot use something in the dashboard, or find something that is not "
    "universally designed, we would like to hear about it. Feedback goes to the organisation that publishes "
    "the dashboard. Please tell us which page it concerns, what you tried to do, and which browser and "
    "assistive technology you used.",
    "a11y.complaint_text": "If you are not satisfied with the answer, you can complain to the Norwegian "
    "Authority for Universal Design of ICT (Uu-tilsynet) at the Norwegian Digitalisation Agency.",
    "a11y.date": "This statement was last reviewed on 28 November 2026.",
}
