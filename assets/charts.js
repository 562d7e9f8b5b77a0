// Chart text that fits its chart, at the size the chart is drawn (the page's twin of
// dashboard/figures/textfit.py, which does the same for the batch export's image sizes).
//
// Plotly draws titles, subtitles, annotations and tick labels as SVG text that never wraps, and
// it makes no room for a subtitle of several lines or for a source line. After each draw of a
// chart card's graph we lay its text out for the graph's width, measuring what plotly drew:
// - title, subtitle and source line wrapped (<br>) to the width, measured with the chart's font;
// - the legend, horizontal, under the subtitle (container coordinates), never over a title;
// - the top margin under title, subtitle, legend and panel titles; the bottom margin under the x
//   axes' tick labels and titles as drawn, then the source line, which starts at the left edge;
// - y axis titles wrapped to the plot's height; long category labels wrapped; y axes push the
//   left margin for their labels (automargin).
// The change is one Plotly.relayout, and only when something differs, at most MAX_PASSES times
// per width and text (each pass measures the previous one's result). The figure's own texts are
// kept, so a narrower or wider chart is laid out again from them.
//
// Image downloads (assets/rusdash.js) take window.rusdashCharts.imageFigure(gd, width, height): the
// chart laid out for the image's size, from what was measured on the page.
(function () {
  "use strict";

  var PAD = 12;  // px from the left and right edges
  var TOP = 8;  // px from the top edge to the title's capital letters
  var GAP = 10;  // px between blocks
  var BOTTOM = 8;  // px under the source line
  var LINE = 1.3;  // plotly's line spacing, in font sizes
  var CAP = 0.7;  // plotly's baseline-to-cap shift, in font sizes
  var SUBTITLE_GAP = 1.6;  // plotly's gap between title and subtitle, in subtitle font sizes
  var STANDOFF = 10;  // px between tick labels and an axis title
  var LABEL_SHARE = 0.4;  // category labels take this share of the width, or
  var WIDE_SHARE = 0.55;  // up to this share where their rows are too close for more lines
  var MIN_FONT = 10;  // px: no label or panel title is set smaller
  var MAX_PASSES = 3;
  var TOLERANCE = 1.5;  // px

  var canvas = document.createElement("canvas");
  var ctx2d = canvas.getContext("2d");

  function plain(text) {
    return String(text || "").replace(/<[^>]+>/g, "").replace(/&[#\w]+;/g, "x");
  }

  function lines(text) {
    return text ? String(text).split(/<br\s*\/?>/i) : [];
  }

  function textWidth(text, size, family) {
    ctx2d.font = size + "px " + family;
    return ctx2d.measureText(plain(text)).width;
  }

  // `text` with <br> between words so that no line is wider than `width` px; existing breaks stay.
  function wrap(text, width, size, family) {
    var out = [];
    lines(text).forEach(function (line) {
      var current = "";
      line.split(" ").forEach(function (word) {
        var candidate = current ? current + " " + word : word;
        if (current && textWidth(candidate, size, family) > width) {
          out.push(current);
          current = word;
        } else {
          current = candidate;
        }
      });
      out.push(current);
    });
    return out.join("<br>");
  }

  function get(obj, path) {
    return path.split(".").reduce(function (o, k) { return o == null ? undefined : o[k]; }, obj);
  }

  function axisNames(layout, letter) {
    return Object.keys(layout).filter(function (k) { return new RegExp("^" + letter + "axis\\d*$").test(k); });
  }

  // The texts the figure came with: the layout's, unless they are what we last put there.
  function originals(gd, memo) {
    var layout = gd.layout;
    var applied = memo.applied || {};
    var orig = memo.orig || {};
    var out = {};
    function keep(key, current) {
      out[key] = current !== undefined && current === applied[key] && key in orig ? orig[key] : current;
    }
    keep("title", get(layout, "title.text"));
    (gd.data || []).forEach(function (trace, i) { keep("name" + i, trace.name); });
    keep("subtitle", get(layout, "title.subtitle.text"));
    (layout.annotations || []).forEach(function (a, i) {
      if (a && a.name === "source") { keep("source", a.text); out.sourceIndex = i; }
    });
    axisNames(layout, "x").forEach(function (name) {
      keep(name + ".title", get(layout, name + ".title.text"));
      keep(name + ".dtick", get(layout, name + ".dtick"));
      keep(name + ".tickangle", get(layout, name + ".tickangle"));
    });
    (layout.annotations || []).forEach(function (a, i) {
      if (a && a.name !== "source") {
        keep("note" + i, a.text);
        keep("note" + i + ".size", get(a, "font.size"));
      }
    });
    axisNames(layout, "y").forEach(function (name) {
      keep(name + ".title", get(layout, name + ".title.text"));
      keep(name + ".ticktext", get(layout, name + ".ticktext"));
      keep(name + ".tickfont.size", get(layout, name + ".tickfont.size"));
    });
    return out;
  }

  function box(el, origin) {
    var r = el.getBoundingClientRect();
    return {left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left,
      bottom: r.bottom - origin.top, width: r.width, height: r.height};
  }

  // What plotly drew that the layout depends on: the plot area, the depth of the bottom x axes'
  // labels and titles, the legend's and the panel titles' heights.
  function measure(gd) {
    var full = gd._fullLayout;
    var origin = gd.getBoundingClientRect();
    var size = full._size;
    var plotBottom = size.t + size.h;
    var depth = 0;
    gd.querySelectorAll(".xaxislayer-above text, .infolayer [class^='g-x'] text").forEach(function (el) {
      var b = box(el, origin);
      if (b.width && b.top >= plotBottom - 2) { depth = Math.max(depth, b.bottom - plotBottom); }
    });
    var legend = gd.querySelector(".legend");
    var legendHeight = legend && full.showlegend ? box(legend, origin).height : 0;
    var panelTitles = 0;
    (full.annotations || []).forEach(function (a, i) {
      if (a.yref === "paper" && a.y >= 0.99 && a.yanchor === "bottom" && a.name !== "source" && a.visible !== false) {
        var el = gd.querySelector('.annotation[data-index="' + i + '"]');
        panelTitles = Math.max(panelTitles, el ? box(el, origin).height : a.font.size * LINE + 4);
      }
    });
    var ticks = {};  // axis id -> the widest of its drawn tick labels
    gd.querySelectorAll(".xaxislayer-above g[class$='tick'] text").forEach(function (el) {
      var id = el.parentNode.getAttribute("class").replace(/tick$/, "");
      var ax = full[id.replace(/^x/, "xaxis")];
      var w = ax ? textWidth(el.textContent, ax.tickfont.size, ax.tickfont.family) : box(el, origin).width;
      ticks[id] = Math.max(ticks[id] || 0, w);  // unrotated
    });
    return {width: full.width, height: full.height, size: size, depth: depth, legend: legendHeight,
      panelTitles: panelTitles, showlegend: !!full.showlegend, ticks: ticks};
  }

  // The x axes at the foot of the chart (the lowest row of panels), left to right.
  function bottomAxes(full) {
    return axisNames(full, "x").filter(function (name) {
      var ax = full[name];
      var y = ax._anchorAxis;
      return ax.visible !== false && ax.side !== "top" && (!y || !y.domain || y.domain[0] <= 0.05);
    }).sort(function (a, b) { return full[a].domain[0] - full[b].domain[0]; });
  }

  // A title that side-by-side panels share is drawn once, under the middle one; every x title
  // stands off below the labels; a narrow numeric axis gets as many ticks as fit its labels; and
  // equal panels get room between them for their end labels.
  function xAxes(gd, orig, m, u) {
    var full = gd._fullLayout;
    var family = full.font.family;
    var names = bottomAxes(full);
    var titled = names.filter(function (n) { return orig[n + ".title"]; });
    var shared = titled.length > 1 && titled.every(function (n) { return orig[n + ".title"] === orig[titled[0] + ".title"]; });
    axisNames(full, "x").forEach(function (n) {
      if (!orig[n + ".title"]) { return; }
      var ax = full[n];
      u[n + ".title.standoff"] = STANDOFF;
      // no wider than the axis, or than the chart where the panels share it
      var room = shared ? m.size.w : ax._length;
      var text = wrap(orig[n + ".title"], Math.max(room, 60), ax.title.font.size, family);
      if (shared && titled.indexOf(n) >= 0 && n !== titled[Math.floor(titled.length / 2)]) { text = ""; }
      u[n + ".title.text"] = text;
    });
    var numeric = names.filter(function (n) { return full[n].type === "linear"; });
    names.forEach(function (n) {
      var ax = full[n];
      var user = gd.layout[n] || {};
      u[n + ".automargin"] = true;  // labels turned by plotly may reach past the right edge
      var widest = m.ticks[ax._id] || 0;
      var step = orig[n + ".dtick"];
      if (ax.type === "linear" && widest && Array.isArray(user.tickvals) && user.tickvals.length > 1) {
        // labels at given places: upright where two of them would not stand side by side
        var vals = user.tickvals.slice().sort(function (a, b) { return a - b; });
        var gap = Math.min.apply(null, vals.slice(1).map(function (v, i) { return v - vals[i]; })) * Math.abs(ax._m);
        var own = orig[n + ".tickangle"];
        u[n + ".tickangle"] = widest + 8 > gap ? 90 : (own === undefined ? null : own);
        return;
      }
      if (ax.type !== "linear" || !widest || user.tickvals !== undefined) { return; }
      if (typeof step === "number") {
        // A fixed step (every year): a wider one where the labels would not stand side by side.
        var k = [1, 2, 5, 10].find(function (f) { return widest + 8 <= step * f * Math.abs(ax._m); }) || 10;
        u[n + ".dtick"] = step * k;
      } else if (ax._length < 300) {
        u[n + ".nticks"] = Math.max(2, Math.floor(ax._length / (widest + 24)));
      }
    });
    if (names.length < 2 || numeric.length !== names.length) { return; }
    var domains = names.map(function (n) { return full[n].domain; });
    var widths = domains.map(function (d) { return d[1] - d[0]; });
    if (Math.max.apply(null, widths) - Math.min.apply(null, widths) > 1e-6) { return; }
    var plotWidth = m.size.w;
    var widest = Math.max.apply(null, names.map(function (n) { return m.ticks[full[n]._id] || 0; }));
    var gap = Math.min((widest + 8) / plotWidth, 0.5 / names.length);
    var current = Math.min.apply(null, domains.slice(1).map(function (d, i) { return d[0] - domains[i][1]; }));
    if (current >= gap - 1e-4) { return; }
    var width = (1 - gap * (names.length - 1)) / names.length;
    var centres = domains.map(function (d) { return (d[0] + d[1]) / 2; });
    names.forEach(function (n, i) { u[n + ".domain"] = [i * (width + gap), i * (width + gap) + width]; });
    (gd.layout.annotations || []).forEach(function (a, j) {
      var i = a && a.xref === "paper" && a.yanchor === "bottom" ? centres.findIndex(function (c) { return Math.abs(c - a.x) < 1e-6; }) : -1;
      if (i >= 0) { u["annotations[" + j + "].x"] = i * (width + gap) + width / 2; }
    });
  }

  // The relayout update that lays the chart out for width × height; `m` is what was measured.
  function layoutFor(gd, orig, m, width, height) {
    var full = gd._fullLayout;
    var family = full.font.family;
    var room = width - 2 * PAD;
    var u = {};

    // Top: title, subtitle, legend, panel titles.
    var tSize = full.title.font.size;
    var sSize = full.title.subtitle ? full.title.subtitle.font.size : 13;
    var title = orig.title ? wrap(orig.title, room, tSize, family) : "";
    var subtitle = orig.subtitle ? wrap(orig.subtitle, room, sSize, family) : "";
    var nT = lines(title).length;
    var nS = lines(subtitle).length;
    var bottom = TOP;
    if (title) {
      // One line: plotly puts its capitals at y; several: the first line's baseline.
      var y = TOP + (nT > 1 ? CAP * tSize : 0);
      u["title.text"] = title;
      u["title.x"] = 0;
      u["title.xref"] = "container";
      u["title.xanchor"] = "left";
      u["title.pad.l"] = PAD;
      u["title.pad.t"] = 0;
      u["title.yref"] = "container";
      u["title.yanchor"] = "top";
      u["title.y"] = 1 - y / height;
      bottom = TOP + tSize * (1 - CAP) + (nT - 1) * tSize * LINE + 0.25 * tSize;
    }
    if (subtitle) {
      u["title.subtitle.text"] = subtitle;
      var subY = bottom + SUBTITLE_GAP * sSize;
      var firstTop = nS === 1 ? subY : subY - CAP * sSize;
      bottom = firstTop + sSize + (nS - 1) * sSize * LINE + 0.25 * sSize;
    }
    var top = bottom + GAP;
    if (m.showlegend) {
      u["legend.orientation"] = "h";
      u["legend.xref"] = "container";
      u["legend.x"] = PAD / width;
      u["legend.xanchor"] = "left";
      u["legend.yref"] = "container";
      u["legend.y"] = 1 - top / height;
      u["legend.yanchor"] = "top";
      top += m.legend + GAP;
    }
    top += m.panelTitles;

    // Bottom: the x axes as drawn, then the source line.
    xAxes(gd, orig, m, u);
    var depth = m.depth;
    var marginB = depth + BOTTOM + 4;
    if (orig.source && orig.sourceIndex !== undefined) {
      var src = full.annotations[orig.sourceIndex];
      var srcSize = src.font.size;
      var source = wrap(orig.source, room, srcSize, family);
      var at = "annotations[" + orig.sourceIndex + "].";
      u[at + "text"] = source;
      u[at + "xref"] = "paper";
      u[at + "x"] = 0;
      u[at + "xanchor"] = "left";
      u[at + "xshift"] = PAD - m.size.l;
      u[at + "yref"] = "paper";
      u[at + "y"] = 0;
      u[at + "yanchor"] = "top";
      u[at + "yshift"] = -(depth + GAP);
      marginB = depth + GAP + lines(source).length * srcSize * LINE + BOTTOM;
    }
    u["margin.t"] = Math.ceil(top);
    u["margin.b"] = Math.ceil(marginB);
    // The side margins as the axes pushed them, so the source line's shift holds in an image too.
    u["margin.l"] = Math.ceil(m.size.l);
    u["margin.r"] = Math.ceil(m.size.r);

    // Left: y titles wrapped to the plot's height, long category labels wrapped; the axes push
    // the left margin for what they hold.
    var plotHeight = Math.max(height - top - marginB, 60);
    axisNames(full, "y").forEach(function (name) {
      var ax = full[name];
      if (ax.side === "right" || ax.overlaying || ax.visible === false) { return; }
      u[name + ".automargin"] = true;
      var user = gd.layout[name] || {};
      if (ax.type === "linear" && ax.tickfont && user.dtick === undefined && user.tickvals === undefined) {
        // a short panel: no more labels than its height holds
        u[name + ".nticks"] = Math.max(2, Math.floor(ax._length / (ax.tickfont.size * 2.2)));
      }
      var t = orig[name + ".title"];
      if (t) {
        var span = (ax.domain[1] - ax.domain[0]) * plotHeight;
        u[name + ".title.text"] = wrap(t, Math.max(span - 4, 60), ax.title.font.size, family);
        u[name + ".title.standoff"] = STANDOFF;
      }
      categoryLabels(gd, orig, name, width, u);
    });
    notes(gd, orig, width, u);
    return u;
  }

  // Category labels on a y axis wider than LABEL_SHARE of the chart: wrapped (ticktext), in as
  // few lines as the rows leave room for (up to WIDE_SHARE of the width), and set smaller where
  // the rows are too close for their lines.
  function categoryLabels(gd, orig, name, width, u) {
    var ax = gd._fullLayout[name];
    var family = gd._fullLayout.font.family;
    var cats = (ax._categories || []).map(String);
    if (ax.type !== "category" || !cats.length || ax.showticklabels === false || orig[name + ".ticktext"]) { return; }
    var size = orig[name + ".tickfont.size"] || gd._fullLayout.font.size;
    var widest = Math.max.apply(null, cats.map(function (c) { return textWidth(c, size, family); }));
    var fontSize = orig[name + ".tickfont.size"] === undefined ? null : orig[name + ".tickfont.size"];
    if (widest > width * LABEL_SHARE) {
      var row = ax._length / cats.length;
      var room = Math.max(1, Math.floor(row / (size * LINE)));
      var wrapped, n;
      [LABEL_SHARE, 0.5, WIDE_SHARE].some(function (share) {
        wrapped = cats.map(function (c) { return wrap(c, width * share, size, family); });
        n = Math.max.apply(null, wrapped.map(function (w) { return lines(w).length; }));
        return n <= room;
      });
      if (n * size * LINE > row) { fontSize = Math.max(MIN_FONT, Math.floor(row / (n * LINE))); }
      u[name + ".tickmode"] = "array";
      u[name + ".tickvals"] = cats;
      u[name + ".ticktext"] = wrapped;
    }
    u[name + ".tickfont.size"] = fontSize;
  }

  // Notes placed on the plot (not arrows, not panel titles): wrapped to the room between their
  // anchor and the chart's edges.
  function notes(gd, orig, width, u) {
    var full = gd._fullLayout;
    var size = full._size;
    var panels = bottomAxes(full).map(function (n) { return full[n]; });
    (full.annotations || []).forEach(function (a, i) {
      var text = orig["note" + i];
      if (!text || a.name === "source" || a.xref !== "paper" || a.showarrow) { return; }
      if (a.yanchor === "bottom" && a.y >= 0.99) {
        // a panel's title (make_subplots): no wider than its panel
        var panel = panels.find(function (ax) { return ax.domain[0] <= a.x && a.x <= ax.domain[1]; });
        var own = orig["note" + i + ".size"];
        var base = own || a.font.size;
        var w = textWidth(text, base, a.font.family || full.font.family);
        var fits = !panel || w <= panel._length - 4;
        u["annotations[" + i + "].font.size"] = fits ? (own === undefined ? null : own)
          : Math.max(MIN_FONT, Math.floor(base * (panel._length - 4) / w));
        return;
      }
      var at = size.l + a.x * size.w + (a.xshift || 0);
      var toLeft = at - PAD;
      var toRight = width - PAD - at;
      var anchor = a.xanchor === "auto" ? "center" : a.xanchor;
      var room = anchor === "left" ? toRight : anchor === "right" ? toLeft : 2 * Math.min(toLeft, toRight);
      u["annotations[" + i + "].text"] = wrap(text, Math.max(room, 60), a.font.size, a.font.family || full.font.family);
    });
  }

  // Positions in container or paper fractions compare to a thousandth, pixels to TOLERANCE.
  function same(path, a, b) {
    if (typeof a === "number" && typeof b === "number") {
      return Math.abs(a - b) <= (/(^|\.)(x|y)$/.test(path) ? 0.002 : TOLERANCE);
    }
    if (a == null && b == null) { return true; }
    return JSON.stringify(a) === JSON.stringify(b);
  }

  // The update's entries that differ from the graph's layout.
  function changes(gd, u) {
    var out = {};
    Object.keys(u).forEach(function (path) {
      var current = get(gd.layout, path.replace(/\[(\d+)\]/g, ".$1"));
      if (!same(path, current, u[path])) { out[path] = u[path]; }
    });
    return out;
  }

  function fit(gd) {
    if (!window.Plotly || !gd._fullLayout || !gd.layout) { return; }
    var width = gd._fullLayout.width;
    if (!width || !gd.getClientRects().length) { return; }  // a hidden view: fitted when shown
    var memo = gd.__rdFit || (gd.__rdFit = {});
    var orig = originals(gd, memo);
    var key = width + "|" + gd._fullLayout.height + "|" + JSON.stringify(orig);
    if (memo.key !== key) { memo.key = key; memo.passes = 0; }
    if (memo.busy) { return; }
    var u = changes(gd, layoutFor(gd, orig, measure(gd), width, gd._fullLayout.height));
    var names = legendNames(gd, orig, width);
    memo.orig = orig;
    // true: laid out for this width; "unsettled": still changing after MAX_PASSES (tests read it)
    memo.settled = !Object.keys(u).length && !names ? true : memo.passes >= MAX_PASSES ? "unsettled" : false;
    if (memo.settled) { return; }
    memo.passes += 1;
    memo.busy = true;
    window.Plotly.update(gd, names ? {name: names.values} : {}, u, names ? names.indices : undefined).then(function () {
      memo.busy = false;
      memo.applied = originals(gd, {});
      // What we put there is ours: keep the figure's own texts as the originals.
      memo.key = gd._fullLayout.width + "|" + gd._fullLayout.height + "|" + JSON.stringify(orig);
      fit(gd);
    }, function () { memo.busy = false; });
  }

  // Legend entries wider than the chart, wrapped ({indices, values} of the traces' names), or null.
  function legendNames(gd, orig, width) {
    if (!gd._fullLayout.showlegend) { return null; }
    var font = gd._fullLayout.legend.font;
    var room = width - 2 * PAD - 50;  // the entry's symbol and gaps
    var out = {indices: [], values: []};
    (gd.data || []).forEach(function (trace, i) {
      var name = orig["name" + i];
      if (typeof name !== "string" || trace.showlegend === false) { return; }
      var wrapped = textWidth(name, font.size, font.family) > room ? wrap(name, room, font.size, font.family) : name;
      if (wrapped !== trace.name) { out.indices.push(i); out.values.push(wrapped); }
    });
    return out.indices.length ? out : null;
  }

  // The figure of a chart laid out for an image of width × height (downloads).
  function imageFigure(gd, width, height) {
    var memo = gd.__rdFit || {};
    var orig = memo.orig || originals(gd, memo);
    var m = measure(gd);
    var layout = JSON.parse(JSON.stringify(gd.layout));
    var u = layoutFor(gd, orig, m, width, height);
    Object.keys(u).forEach(function (path) {
      var keys = path.replace(/\[(\d+)\]/g, ".$1").split(".");
      var node = layout;
      keys.slice(0, -1).forEach(function (k) {
        if (node[k] == null || typeof node[k] !== "object") { node[k] = /^\d+$/.test(k) ? [] : {}; }
        node = node[k];
      });
      node[keys[keys.length - 1]] = u[path];
    });
    delete layout.width;
    delete layout.height;
    return {data: gd.data, layout: layout, config: {locale: gd._context.locale}};
  }

  window.rusdashCharts = {fit: fit, imageFigure: imageFigure, wrap: wrap};

  function hook() {
    document.querySelectorAll(".chart-card .js-plotly-plot").forEach(function (gd) {
      if (gd.__rdFitHooked || typeof gd.on !== "function") { return; }
      gd.__rdFitHooked = true;
      gd.on("plotly_afterplot", function () { fit(gd); });
      fit(gd);
    });
  }

  var pending = false;
  function schedule() {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; hook(); });
  }

  function start() {
    new MutationObserver(schedule).observe(document.body, {childList: true, subtree: true});
    schedule();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
