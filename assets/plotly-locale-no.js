// Norwegian (bokmål) texts for plotly.js 4: the chart toolbar, its messages and the hover labels.
// The keys are every string plotly.js 4.1 passes to its translation function `_(gd, "...")`
// (src/**/*.js of the npm package plotly.js 4.1.1; the file that uses each is noted); the
// translations are ours. A key plotly does not find here is shown in English, so when plotly.js
// is upgraded, list its strings again (grep "_(gd," src) and add the new ones.
// Registered at once when plotly.js is already loaded, else through window.PlotlyLocales, which
// Dash's graph registers when it loads plotly.js; the graphs ask for it with config.locale = "no"
// (dashboard/figures/theme.py: plotly_locale).
(function () {
  "use strict";

  var locale = {
    moduleType: "locale",
    name: "no",
    dictionary: {
      // components/modebar/buttons.js: the toolbar
      "Download plot as a PNG": "Last ned figuren som PNG",
      "Download plot": "Last ned figuren",
      "Preparing image - this may take a few seconds": "Lager bildet – dette kan ta noen sekunder",
      "Image download succeeded": "Bildet er lastet ned",
      "Sorry, there was a problem downloading your image!": "Beklager, bildet kunne ikke lastes ned.",
      "Download plot as JSON": "Last ned figuren som JSON",
      "JSON download succeeded": "JSON-filen er lastet ned",
      "Sorry, there was a problem downloading your JSON file!": "Beklager, JSON-filen kunne ikke lastes ned.",
      "Share chart...": "Del figuren …",
      "Zoom": "Zoom til et utsnitt",
      "Pan": "Panorer",
      "Box Select": "Velg med rektangel",
      "Lasso Select": "Velg med lasso",
      "Draw closed freeform": "Tegn lukket frihåndsform",
      "Draw open freeform": "Tegn åpen frihåndsform",
      "Draw line": "Tegn linje",
      "Draw rectangle": "Tegn rektangel",
      "Draw circle": "Tegn sirkel",
      "Erase active shape": "Slett valgt form",
      "Zoom in": "Zoom inn",
      "Zoom out": "Zoom ut",
      "Autoscale": "Tilpass aksene til dataene",
      "Reset axes": "Tilbakestill aksene",
      "Toggle Spike Lines": "Slå hjelpelinjer på eller av",
      "Show closest data on hover": "Vis nærmeste verdi under pekeren",
      "Compare data on hover": "Sammenlign verdiene under pekeren",
      "Orbital rotation": "Fri rotasjon",
      "Turntable rotation": "Rotasjon rundt loddrett akse",
      "Reset camera to default": "Tilbakestill kameraet",
      "Reset camera to last save": "Tilbakestill kameraet til sist lagrede",
      "Toggle show closest data on hover": "Slå visning av nærmeste verdi på eller av",
      "Reset": "Tilbakestill",
      "Reset view": "Tilbakestill visningen",
      "Reset views": "Tilbakestill visningene",
      // components/modebar/modebar.js: the logo link (hidden here: displaylogo false)
      "Produced with Plotly.js": "Laget med Plotly.js",
      // components/modebar/share_chart/strings.js: the share dialog (switched off here:
      // showSendToCloud false); the braces mark the link and must stay
      "Share chart": "Del figuren",
      "This chart will be uploaded to {Plotly Cloud} to create a sharing link. Only you can see it until you change its visibility.":
        "Figuren lastes opp til {Plotly Cloud} for å lage en lenke til deling. Bare du ser den til du endrer hvem som har tilgang.",
      "If you don't have a Plotly Cloud account yet, you'll have a chance to create one.":
        "Har du ikke en konto hos Plotly Cloud, får du mulighet til å lage en.",
      "This chart will be sent to {serverUrl}.": "Figuren sendes til {serverUrl}.",
      "Cancel": "Avbryt",
      "Share": "Del",
      // components/legend/handle_click.js, plots/cartesian/dragbox.js: short notices
      "Double-click on legend to isolate one trace": "Dobbeltklikk på forklaringen for å vise bare én serie",
      "Double-click to zoom back out": "Dobbeltklikk for å zoome ut igjen",
      // plots/plots.js, plot_api, polar, ternary: placeholders of editable titles
      "Click to enter Plot title": "Klikk for å skrive figurens tittel",
      "Click to enter Plot subtitle": "Klikk for å skrive figurens undertittel",
      "Click to enter X axis title": "Klikk for å skrive tittel på x-aksen",
      "Click to enter Y axis title": "Klikk for å skrive tittel på y-aksen",
      "Click to enter Colorscale title": "Klikk for å skrive tittel på fargeskalaen",
      "Click to enter radial axis title": "Klikk for å skrive tittel på den radielle aksen",
      "Click to enter Component A title": "Klikk for å skrive tittel på komponent A",
      "Click to enter Component B title": "Klikk for å skrive tittel på komponent B",
      "Click to enter Component C title": "Klikk for å skrive tittel på komponent C",
      "new text": "ny tekst",
      "trace": "serie",
      // traces/*/calc.js, traces/sankey/plot.js, traces/scattergeo/calc.js: hover labels
      "min:": "min.:",
      "q1:": "nedre kvartil:",
      "median:": "median:",
      "q3:": "øvre kvartil:",
      "max:": "maks.:",
      "mean:": "gjennomsnitt:",
      "mean ± σ:": "gjennomsnitt ± σ:",
      "lower fence:": "nedre grense:",
      "upper fence:": "øvre grense:",
      "kde:": "tetthet (kde):",
      "open:": "åpning:",
      "high:": "høyeste:",
      "low:": "laveste:",
      "close:": "slutt:",
      "source:": "kilde:",
      "target:": "mål:",
      "concentration:": "konsentrasjon:",
      "incoming flow count:": "antall inn:",
      "outgoing flow count:": "antall ut:",
      "lat:": "breddegrad:",
      "lon:": "lengdegrad:"
    },
    format: {
      days: ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
      shortDays: ["søn.", "man.", "tir.", "ons.", "tor.", "fre.", "lør."],
      months: [
        "januar", "februar", "mars", "april", "mai", "juni",
        "juli", "august", "september", "oktober", "november", "desember"
      ],
      shortMonths: ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."],
      periods: ["AM", "PM"],
      dateTime: "%A %-d. %B %Y kl. %X",
      date: "%d.%m.%Y",
      time: "%H:%M:%S",
      decimal: ",",
      thousands: " ",
      grouping: [3],
      currency: ["", "\u00a0kr"],
      year: "%Y",
      month: "%b %Y",
      dayMonth: "%-d. %b",
      dayMonthYear: "%-d. %b %Y"
    }
  };

  if (typeof window.Plotly === "undefined") {
    window.PlotlyLocales = window.PlotlyLocales || [];
    window.PlotlyLocales.push(locale);
  } else {
    window.Plotly.register(locale);
  }
})();
