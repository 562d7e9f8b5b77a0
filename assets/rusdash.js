// Client-side helpers of the dashboard: image export, URL state, copy link.
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
      if (opts.width) { args.width = opts.width; args.height = opts.height; }
      if (opts.scale) { args.scale = opts.scale; }
      window.Plotly.downloadImage(gd, args);
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

    // dcc.Clipboard copies its content at click time, before a callback can fill it; so the
    // address (with the filters just written into it) is also put on the clipboard here.
    currentUrl: function (n) {
      if (!n) { return window.dash_clientside.no_update; }
      var href = window.location.href;
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(href).catch(function () { /* content prop still copies */ });
      }
      return href;
    }
  }
});
