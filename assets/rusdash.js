// Client-side helpers of the dashboard: image export, URL state, copy link, focus and skip link.
// Kept in the browser so that they need no round trip and no server-side browser.
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  rusdash: {
    // Dash writes dict ids into the DOM as JSON with sorted keys.
    _domId: function (obj) {
      return "{" + Object.keys(obj).sort().map(function (k) {
        return JSON.stringify(k) + ":" + JSON.stringify(obj[k]);
      }).join(",") + "}";
    },

    downloadImage: function (png, slide, svg, payload) {
      var ctx = window.dash_clientside.callback_context;
      if (!ctx.triggered.length || !payload) { return window.dash_clientside.no_update; }
      var prop = ctx.triggered[0].prop_id;
      var id = JSON.parse(prop.slice(0, prop.lastIndexOf(".")));
      var el = document.getElementById(this._domId({card: id.card, type: "cc-graph"}));
      var gd = el && (el.classList.contains("js-plotly-plot") ? el : el.querySelector(".js-plotly-plot"));
      if (!gd || !window.Plotly) { return window.dash_clientside.no_update; }
      var opts = {
        png: {format: "png", scale: 2, suffix: ""},
        slide: {format: "png", width: 1600, height: 900, scale: 1, suffix: "-1600x900"},
        svg: {format: "svg", suffix: ""}
      }[id.kind];
      var args = {format: opts.format, filename: payload.filename + opts.suffix};
      // Without a size of its own, the image is the chart as drawn (null: plotly's way to say so;
      // left out, plotly draws 700 px wide, for which the chart's text was not laid out).
      args.width = opts.width || null;
      args.height = opts.height || null;
      if (opts.scale) { args.scale = opts.scale; }
      // A size of its own (the slide): the chart laid out for it by assets/charts.js, so title,
      // subtitle and source line are wrapped and placed for that size.
      var charts = window.rusdashCharts;
      window.Plotly.downloadImage(opts.width && charts ? charts.imageFigure(gd, opts.width, opts.height) : gd, args);
      return {kind: id.kind, at: Date.now()};
    },

    // Write a page's filter state into the address bar without a reload or a new history entry.
    writeQuery: function (state) {
      if (!state || typeof state !== "object") { return window.dash_clientside.no_update; }
      var params = new URLSearchParams();
      Object.keys(state).sort().forEach(function (k) {
        var v = state[k];
        if (v !== null && v !== undefined && v !== "") { params.set(k, Array.isArray(v) ? v.join(",") : v); }
      });
      var qs = params.toString();
      var url = window.location.pathname + (qs ? "?" + qs : "") + window.location.hash;
      if (url !== window.location.pathname + window.location.search + window.location.hash) {
        window.history.replaceState(window.history.state, "", url);
      }
      return qs;
    },

    // The navbar toggler (components/shell.py): open or close the menu, and say which.
    toggleNav: function (n, isOpen) {
      if (!n) { return [window.dash_clientside.no_update, window.dash_clientside.no_update]; }
      return [!isOpen, String(!isOpen)];
    }
  }
});

// Keyboard and screen-reader helpers of the page shell (components/shell.py), and text that fits
// its chart. Plain DOM listeners, not Dash callbacks: they act at once, with no round trip.
(function () {
  "use strict";

  function heading() { return document.querySelector("#_pages_content h1"); }

  // Focus the page's h1 (focusable by script only), or <main> if a page has none.
  function focusHeading() {
    var target = heading() || document.getElementById("main-content");
    if (!target) { return false; }
    if (!target.hasAttribute("tabindex")) { target.setAttribute("tabindex", "-1"); }
    target.focus();
    return true;
  }

  // --- Copy link: a real button; the copy happens within the click (browsers allow clipboard
  // writes only during a user action), so the address includes the filters writeQuery put there.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // Plain http on an intranet has no navigator.clipboard: the old way, through a selection.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  function copyLink(button) {
    var status = document.getElementById("copy-link-status");
    function say(text) { if (status) { status.textContent = text; } }
    say("");
    copyText(window.location.href).then(
      function () { say(button.getAttribute("data-copied") || ""); },
      function () { say(button.getAttribute("data-failed") || ""); }
    );
  }

  document.addEventListener("click", function (event) {
    var el = event.target instanceof Element ? event.target : null;
    if (!el) { return; }
    if (el.closest("a.skip-link")) {
      // Focus moves past the menu without putting "#main-content" into the shared address.
      event.preventDefault();
      focusHeading();
    } else if (el.closest("#copy-link")) {
      copyLink(el.closest("#copy-link"));
    }
  });

  // --- Focus after a page change. Dash Pages swaps the page inside #_pages_content without a
  // page load, so a screen reader would announce nothing and keyboard focus would stay on the
  // menu link that was used. After client-side navigation (dcc.Link/NavLink push a history entry;
  // Back/Forward fire popstate) we wait for the router to finish, which it signals by setting
  // document.title, and then focus the new h1, which a screen reader reads out.
  // Not on the first load: there the browser starts at the top of the document, where the
  // skip link is the first Tab stop, and screen readers announce the page title by themselves;
  // moving focus would skip the menu and the skip link for everyone.
  var navigated = false;
  function markNavigation() { navigated = true; }
  window.addEventListener("_dashprivate_pushstate", markNavigation);
  window.addEventListener("popstate", markNavigation);

  function afterRender(fn) {
    // Two frames: the title is set from the same callback response that carries the page, and
    // React has committed the new page by the second frame.
    window.requestAnimationFrame(function () { window.requestAnimationFrame(fn); });
  }

  function markCurrentLink() {
    var here = window.location.pathname.replace(/\/+$/, "") || "/";
    document.querySelectorAll("nav .navbar-nav a.nav-link[href]:not([hreflang])").forEach(function (a) {
      var path = new URL(a.getAttribute("href"), window.location.href).pathname.replace(/\/+$/, "") || "/";
      if (path === here) { a.setAttribute("aria-current", "page"); } else { a.removeAttribute("aria-current"); }
    });
  }

  function watchTitle() {
    var title = document.querySelector("head > title");
    if (!title) { return; }
    new MutationObserver(function () {
      afterRender(function () {
        markCurrentLink();
        if (navigated) {
          navigated = false;
          focusHeading();
        }
      });
    }).observe(title, {childList: true, characterData: true, subtree: true});
  }

  // --- Chart text that fits its chart. Plotly draws the title, subtitle and source line as SVG
  // text that never wraps; where a card is narrower than the line, the line is cut at the edge.
  // We shrink such a line just enough to fit (down to FIT_MIN of its size, never under
  // FIT_MIN_PX), after every draw. Only the screen is affected: image downloads are drawn
  // again by plotly at their own size, with the figure's own fonts.
  var FIT_MIN = 0.7;
  var FIT_MIN_PX = 8;
  var FIT_PAD = 4;

  function fitText(gd) {
    var box = gd.getBoundingClientRect();
    if (!box.width) { return; }  // a hidden tab: fitted when it is drawn
    // Reads, then writes: one layout for the chart, not one per line (a size written between
    // two reads would make the browser lay the page out again for the second).
    var items = [];
    gd.querySelectorAll(".infolayer .gtitle, .infolayer .gtitle-subtitle, .annotation-text").forEach(function (el) {
      var original = parseFloat(el.getAttribute("data-rd-size") || el.style.fontSize);
      if (original) { items.push({el: el, original: original}); }
    });
    // A line shrunk before is measured at its own size again (plotly keeps the element on a relayout).
    items.forEach(function (it) {
      if (!it.el.hasAttribute("data-rd-size")) { it.el.setAttribute("data-rd-size", String(it.original)); }
      if (parseFloat(it.el.style.fontSize) !== it.original) { it.el.style.fontSize = it.original + "px"; }
    });
    items.forEach(function (it) { it.rect = it.el.getBoundingClientRect(); });
    var left = box.left + FIT_PAD;
    var right = box.right - FIT_PAD;
    items.forEach(function (it) {
      var r = it.rect;
      if (!r.width) { return; }
      var anchor = it.el.getAttribute("text-anchor") || "start";
      var room;
      if (anchor === "middle") {
        var centre = (r.left + r.right) / 2;
        room = 2 * Math.min(centre - left, right - centre);
      } else if (anchor === "end") {
        room = r.right - left;
      } else {
        room = right - r.left;
      }
      if (r.width <= room) { return; }
      var size = Math.max(it.original * Math.max(room / r.width, FIT_MIN), Math.min(it.original, FIT_MIN_PX));
      it.el.style.fontSize = size.toFixed(2) + "px";
    });
  }

  // --- Print (assets/print.css). The SVG layers' viewBox comes from charts.js (printable).
  var printable = window.rusdashCharts ? window.rusdashCharts.printable : function () {};

  // Printing: every chart is drawn again at about the paper's width (A4 or Letter less the
  // margins of print.css, less the card's padding), so that its text keeps its size on paper
  // (a chart drawn for a wide screen would shrink, one from a narrow column would grow), and
  // drawn back for the screen afterwards. Both events fire for the browser's print dialog and
  // for "save as PDF"; if a draw were not done in time, the viewBox still scales it.
  var PRINT_WIDTH = 660;
  var drawnForPrint = [];

  window.addEventListener("beforeprint", function () {
    if (!window.Plotly) { return; }
    document.querySelectorAll(".js-plotly-plot").forEach(function (gd) {
      if (!gd._fullLayout || !gd.getClientRects().length || gd._fullLayout.width === PRINT_WIDTH) { return; }
      drawnForPrint.push(gd);
      window.Plotly.relayout(gd, {width: PRINT_WIDTH});
      printable(gd);
    });
  });

  window.addEventListener("afterprint", function () {
    drawnForPrint.splice(0).forEach(function (gd) {
      if (document.contains(gd)) { window.Plotly.relayout(gd, {width: null, autosize: true}); }
    });
  });

  function afterPlot(gd) {
    printable(gd);
    fitText(gd);
  }

  function hookGraphs() {
    document.querySelectorAll(".js-plotly-plot").forEach(function (gd) {
      if (gd.__rusdashHooked || typeof gd.on !== "function") { return; }
      gd.__rusdashHooked = true;
      gd.on("plotly_afterplot", function () { afterPlot(gd); });
      afterPlot(gd);
    });
  }

  var pending = false;
  function scheduleHook() {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; hookGraphs(); });
  }

  function start() {
    watchTitle();
    markCurrentLink();
    // New graphs come with every page and callback; a graph whose size changes (window resized,
    // hidden tab shown) is redrawn by plotly (responsive), which fires plotly_afterplot again.
    new MutationObserver(scheduleHook).observe(document.body, {childList: true, subtree: true});
    scheduleHook();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
