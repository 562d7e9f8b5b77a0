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
// - category labels under the plot that would not stand side by side wrapped into lines that do
//   (upright, where plotly would turn them); labels at given places turned upright, and thinned
//   where even upright they would overlap; panel titles in one size that fits every panel;
// - y axis titles wrapped to the plot's height; long category labels wrapped; y axes push the
//   left margin for their labels (automargin).
// - values written over bars (dashboard/figures/survey.py _value_labels) not written where one of
//   them, at the one size plotly gives them all, would run into a neighbouring bar, whisker or
//   value: wider than its bar beside a taller neighbour, it ran under that bar ("21,9" on a phone
//   read "21,"); the hover and the table give them, as for bars whose values plotly hides
//   (uniformtext "hide").
// The change is one Plotly.relayout, and only when something differs, at most MAX_PASSES times
// per width and text (each pass measures the previous one's result). The figure's own texts are
// kept, so a narrower or wider chart is laid out again from them.
//
// Drawing costs the browser most of a filter change, so each chart is drawn as few times as it
// can be (measured with bench/repaint_profile.py; wrapPlotly below):
// - a chart drawn again with new data (a filter change) is drawn once, not twice: before plotly
//   draws the new figure, the layout that fitted a figure of the same shape last time (its
//   measurements, with the new figure's texts wrapped anew) is put into it (`ahead`), so the first
//   draw is laid out already and the measuring after it finds nothing to change (a legend with a
//   set of entries not seen yet gets the height plotly will give it, worked out ahead); a figure
//   of a shape the chart has not had at this size (two panels for one) is laid out from what
//   plotly makes of it (Plotly.supplyDefaults, which tools/plotly-bundle exposes) with the
//   measurements of the chart on show (newShape); where something does differ (longer labels),
//   the usual pass corrects it;
// - a resize request for a chart whose box has not changed size draws nothing (plotly would draw
//   the chart again), except for a chart drawn while its view was hidden, which is drawn again
//   when it is shown (plotly measures no text in a hidden box);
// - when a page's charts come together, the first is drawn at once and each other one in view
//   after a paint, so the page shows its first chart without waiting for the others;
// - a callback's new figure is drawn as soon as its answer is taken (drawAhead, called by
//   assets/update-turns.js), before Dash applies the answer; when dcc.Graph then hands plotly the
//   same figure, it is not drawn again. A Patch (the county map) is applied to the figure Dash
//   last handed the chart and drawn the same way (drawPatchAhead).
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
  var MAX_RUN = 6;  // passes in a row after one draw, whatever they change (a guard against a cycle)
  var TOLERANCE = 1.5;  // px
  var LABEL_OFFSET = 6;  // px from the plot's foot to the top of upright x tick labels (no ticks)
  var AUTO_PAD = 0.05;  // plotly pads a self-ranged axis of lines or markers by this share of its length
  var VALUE_PAD = 3;  // px between a bar (or its whisker) and the value over it (plotly's TEXTPAD)
  var VALUE_LINE = 1.15;  // a value's height, in font sizes (its box as the browser measures it)
  var WHISKER_HALF = 4;  // px: half the width of an error bar's cap (plotly's default width)

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
  // `slashes`: a line may also break after a slash ("ecstasy/" "MDMA").
  function wrap(text, width, size, family, slashes) {
    var out = [];
    lines(text).forEach(function (line) {
      var parts = [];
      line.split(" ").forEach(function (word, i) {
        (slashes ? word.split(/(?<=\/)/) : [word]).forEach(function (part, j) {
          parts.push({text: part, gap: i > 0 && j === 0 ? " " : ""});
        });
      });
      var current = "";
      parts.forEach(function (part) {
        var candidate = current ? current + part.gap + part.text : part.text;
        if (current && textWidth(candidate, size, family) > width) {
          out.push(current);
          current = part.text;
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
      keep(name + ".ticktext", get(layout, name + ".ticktext"));
      keep(name + ".tickvals", get(layout, name + ".tickvals"));
      keep(name + ".tickfont.size", get(layout, name + ".tickfont.size"));
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
    var labelDepth = 0;  // of the tick labels alone
    gd.querySelectorAll(".xaxislayer-above text, .infolayer [class^='g-x'] text").forEach(function (el) {
      var b = box(el, origin);
      if (b.width && b.top >= plotBottom - 2) {
        depth = Math.max(depth, b.bottom - plotBottom);
        if (el.closest(".xaxislayer-above")) { labelDepth = Math.max(labelDepth, b.bottom - plotBottom); }
      }
    });
    var xLabels = {};  // bottom x axis -> [angle, lines, font size we set] of its tick labels as drawn
    bottomAxes(full).forEach(function (name) {
      var ax = full[name];
      var angle = ax._tickAngles && ax._tickAngles[ax._id + "tick"];
      var texts = Array.isArray(ax.ticktext) ? ax.ticktext : [];
      var n = Math.max.apply(null, [1].concat(texts.map(function (t) { return lines(t).length; })));
      xLabels[name] = [typeof angle === "number" ? angle : 0, n, get(gd.layout, name + ".tickfont.size")];
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
    // a copy: plotly changes its _size in place when it draws the chart again
    return {width: full.width, height: full.height, size: Object.assign({}, size), depth: depth, labelDepth: labelDepth,
      xLabels: xLabels, legend: legendHeight,
      panelTitles: panelTitles, showlegend: !!full.showlegend, ticks: ticks, yTitles: yTitleLines(full)};
  }

  // The lines of each y axis title as plotly drew them (axis name -> count; 0 for none).
  function yTitleLines(full) {
    var out = {};
    axisNames(full, "y").forEach(function (name) {
      var text = full[name].title && full[name].title.text;
      out[name] = text ? lines(text).length : 0;
    });
    return out;
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
      // px per unit: unknown for a figure not drawn in this shape yet (its ranges come as plotly
      // draws), whose ticks then stay as the figure has them until the pass after the draw
      if (typeof ax._m !== "number") { return; }
      var given = orig[n + ".tickvals"] !== undefined ? orig[n + ".tickvals"] : user.tickvals;
      if (ax.type === "linear" && widest && Array.isArray(given) && given.length > 1) {
        // labels at given places: upright where two of them would not stand side by side
        var vals = given.slice().sort(function (a, b) { return a - b; });
        var gap = Math.min.apply(null, vals.slice(1).map(function (v, i) { return v - vals[i]; })) * Math.abs(ax._m);
        var own = orig[n + ".tickangle"];
        var upright = widest + 8 > gap;
        u[n + ".tickangle"] = upright ? 90 : (own === undefined ? null : own);
        // and every k-th of them where even upright they are closer than a line (the days of the
        // week under a narrow panel on a phone: seven labels in 50 px, each over the next)
        var texts = orig[n + ".ticktext"];
        if (Array.isArray(texts) && texts.length === given.length) {
          var line = ax.tickfont.size * LINE;
          var k = upright && gap < line ? Math.ceil(line / gap) : 1;
          var order = given.map(function (v, i) { return i; }).sort(function (a, b) { return given[a] - given[b]; });
          var kept = order.filter(function (i, j) { return j % k === 0; });
          u[n + ".tickvals"] = kept.map(function (i) { return given[i]; });
          u[n + ".ticktext"] = kept.map(function (i) { return texts[i]; });
        }
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
    // The figure's own domains where it sets them: laid out ahead, `full` is the last layout of
    // this shape, whose domains were widened already, so the new figure kept its own and was laid
    // out again after its first draw.
    var domains = names.map(function (n) {
      var own = gd.layout[n] && gd.layout[n].domain;
      return Array.isArray(own) && own.length === 2 ? own : full[n].domain;
    });
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
  // `ahead`: for a figure not drawn yet (category labels are left to the pass after the draw).
  function layoutFor(gd, orig, m, width, height, ahead) {
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
    var at = orig.source && orig.sourceIndex !== undefined ? "annotations[" + orig.sourceIndex + "]." : null;
    var source = at ? wrap(orig.source, room, full.annotations[orig.sourceIndex].font.size, family) : "";
    var upright = false;  // some bottom axis has category labels laid out here, standing upright
    // The depth under the plot (x tick labels and titles, then the source line) with the bottom
    // axes' category labels wrapped for axes `less` px shorter than drawn. Labels wrapped into
    // another number of lines than drawn (or drawn turned) get the depth worked out for them: taken
    // from the drawing, the plot's height, and with it the y titles' lines and the left margin,
    // would follow the labels as plotly had turned them (on a phone, a plot a few dozen px wide
    // that stayed so).
    function bottomFor(less) {
      var estimates = [];
      var axes = bottomAxes(full);
      upright = false;
      axes.forEach(function (name) {
        var n = xCategoryLabels(gd, orig, name, ahead, less, u);
        upright = upright || n > 0;
        var drawn = (m.xLabels || {})[name];
        if (!n || !drawn || (drawn[0] === 0 && drawn[1] === n && drawn[2] === u[name + ".tickfont.size"])) { return; }
        var drawnLine = full[name].tickfont.size * LINE;
        var line = (u[name + ".tickfont.size"] || full.font.size) * LINE;
        var offset = drawn[0] === 0 ? m.labelDepth - drawn[1] * drawnLine : LABEL_OFFSET;
        estimates.push(Math.max(0, m.depth - m.labelDepth) + offset + n * line);
      });
      // the measured depth stands for the axes not worked out here
      var depth = Math.max.apply(null, (estimates.length && estimates.length === axes.length ? [] : [m.depth]).concat(estimates));
      var marginB = depth + BOTTOM + 4;
      if (at) {
        u[at + "text"] = source;
        u[at + "xref"] = "paper";
        u[at + "x"] = 0;
        u[at + "xanchor"] = "left";  // its xshift with the left margin, below
        u[at + "yref"] = "paper";
        u[at + "y"] = 0;
        u[at + "yanchor"] = "top";
        u[at + "yshift"] = -(depth + GAP);
        marginB = depth + GAP + lines(source).length * full.annotations[orig.sourceIndex].font.size * LINE + BOTTOM;
      }
      u["margin.b"] = Math.ceil(marginB);
      return Math.max(height - top - marginB, 60);  // the plot's height
    }
    u["margin.t"] = Math.ceil(top);
    // The side margins as the axes pushed them, so the source line's shift holds in an image too
    // (the left one after the y titles, below).
    u["margin.r"] = Math.ceil(m.size.r);

    // Left: y titles wrapped to the plot's height, long category labels wrapped; the axes push
    // the left margin for what they hold.
    function leftFor(plotHeight) {
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
        if (!ahead) { categoryLabels(gd, orig, name, width, u); }
      });
    }
    leftFor(bottomFor(0));
    // Y titles in more lines than drawn push the plot's left edge further, and leave the category
    // labels under it less room than they were wrapped for: wrapped again for that room, once.
    var grow = Math.round(yTitlesPush(full, u, m.yTitles || {}));
    if (upright && grow > 0) { leftFor(bottomFor(grow)); }
    // Ahead of a draw, the left margin is the one the axes pushed when the chart was measured,
    // less or more the lines its y titles lose or gain here (a shorter plot wraps a title into more
    // lines, each pushing the margin one line further): without it, the margin only ever grew, and
    // the draw was followed by a second. Not in the passes after a draw, where plotly's push is
    // what was measured: there it could go round for ever on a phone (a wider margin, x labels in
    // fewer lines, a taller plot, the y title in fewer lines, a narrower margin, and so on).
    var pushed = ahead ? Math.round(yTitlesPush(full, u, m.yTitles || {})) : 0;
    u["margin.l"] = Math.ceil(m.size.l) + pushed;
    if (at) { u[at + "xshift"] = PAD - (pushed ? u["margin.l"] : m.size.l); }
    notes(gd, orig, m, width, u);
    return u;
  }

  // How much further (px; negative: less far) the left y axes' titles set in `u` push the left
  // margin than the titles of `drawn` lines did: each line is one line spacing of its font.
  function yTitlesPush(full, u, drawn) {
    var now = 0;
    var was = 0;
    axisNames(full, "y").forEach(function (name) {
      var text = u[name + ".title.text"];
      if (text === undefined || !(name in drawn) || !drawn[name]) { return; }
      var line = full[name].title.font.size * LINE;
      now = Math.max(now, lines(text).length * line);
      was = Math.max(was, drawn[name] * line);
    });
    return now - was;
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

  // An x axis' categories in plotly's order: as drawn, or ahead of a draw from the figure (its
  // category array, else the traces' x values in order of appearance).
  function xCategories(gd, name, ahead) {
    var ax = gd._fullLayout[name];
    if (!ahead) { return (ax._categories || []).map(String); }
    var own = gd.layout[name] || {};
    if (Array.isArray(own.categoryarray) && own.categoryarray.length) { return own.categoryarray.map(String); }
    var id = name.replace(/^xaxis/, "x");
    var seen = {};
    var out = [];
    (gd.data || []).forEach(function (t) {
      if ((t.xaxis || "x") !== id || !Array.isArray(t.x)) { return; }
      t.x.forEach(function (v) {
        if (v === null || v === undefined || seen[v]) { return; }
        seen[v] = true;
        out.push(String(v));
      });
    });
    return out;
  }

  // Category labels under a chart that do not stand side by side in their slot: wrapped at spaces
  // and slashes so that each line does, upright, at the axis' font size or smaller (MIN_FONT).
  // Plotly would turn them (30 or 90 degrees): on a phone, "Mer enn 50 ganger" turned upright took
  // most of the chart's height, and a filter that changed the number of categories changed the
  // angle, so the chart was drawn twice. Labels with a word wider than its slot are left to plotly,
  // as are a figure's own labels or angle. Returns the lines of the labels standing upright (1:
  // as they are), or 0 where they are left to plotly.
  function xCategoryLabels(gd, orig, name, ahead, less, u) {
    var ax = gd._fullLayout[name];
    if (!ax || ax.type !== "category" || ax.showticklabels === false || orig[name + ".ticktext"] !== undefined
        || orig[name + ".tickangle"] !== undefined || !ax._length || !ax.tickfont) { return 0; }
    var cats = xCategories(gd, name, ahead);
    var own = orig[name + ".tickfont.size"];
    var base = own || gd._fullLayout.font.size;
    var family = ax.tickfont.family;
    var length = ax._length - less * (ax.domain[1] - ax.domain[0]);
    var slot = length / Math.max(cats.length, 1) - 6;  // plotly turns labels less than 2 px apart
    var widest = function (texts, size) {
      return Math.max.apply(null, texts.map(function (c) {
        return Math.max.apply(null, lines(c).map(function (l) { return textWidth(l, size, family); }));
      }));
    };
    var wrapped = null;
    var size = base;
    var upright = cats.length > 0 && widest(cats, base) <= slot;
    if (cats.length && !upright) {
      // the largest size from the axis' own down to MIN_FONT at which the words fit
      for (size = base; size >= MIN_FONT; size--) {
        var broken = cats.map(function (c) { return wrap(c, slot, size, family, true); });
        if (widest(broken, size) <= slot) { wrapped = broken; break; }
      }
    }
    u[name + ".tickmode"] = wrapped ? "array" : null;
    u[name + ".tickvals"] = wrapped ? cats : null;
    u[name + ".ticktext"] = wrapped;
    u[name + ".tickangle"] = wrapped ? 0 : null;  // not turned by plotly for a px measured otherwise
    u[name + ".tickfont.size"] = wrapped && size !== base ? size : own === undefined ? null : own;
    if (wrapped) { return Math.max.apply(null, wrapped.map(function (w) { return lines(w).length; })); }
    return upright ? 1 : 0;
  }

  // Notes placed on the plot (not arrows, not panel titles): wrapped to the room between their
  // anchor and the chart's edges.
  function notes(gd, orig, m, width, u) {
    var full = gd._fullLayout;
    var size = m.size;
    var panels = bottomAxes(full).map(function (n) { return full[n]; });
    var titles = [];  // the panels' titles (make_subplots): [index, size that fits its panel, own size]
    (full.annotations || []).forEach(function (a, i) {
      var text = orig["note" + i];
      if (!text || a.name === "source" || a.xref !== "paper" || a.showarrow) { return; }
      if (a.yanchor === "bottom" && a.y >= 0.99) {
        var panel = panels.find(function (ax) { return ax.domain[0] <= a.x && a.x <= ax.domain[1]; });
        var own = orig["note" + i + ".size"];
        var base = own || a.font.size;
        var w = textWidth(text, base, a.font.family || full.font.family);
        titles.push([i, !panel || w <= panel._length - 4 ? base : base * (panel._length - 4) / w, own]);
        return;
      }
      var at = size.l + a.x * size.w + (a.xshift || 0);
      var toLeft = at - PAD;
      var toRight = width - PAD - at;
      var anchor = a.xanchor === "auto" ? "center" : a.xanchor;
      var room = anchor === "left" ? toRight : anchor === "right" ? toLeft : 2 * Math.min(toLeft, toRight);
      u["annotations[" + i + "].text"] = wrap(text, Math.max(room, 60), a.font.size, a.font.family || full.font.family);
    });
    // Panel titles no wider than their panels, all in one size: the size the longest fits in
    // (set one by one, "Trondheim" was smaller than "Oslo" beside it).
    var fitting = Math.min.apply(null, titles.map(function (p) { return p[1]; }));
    titles.forEach(function (p) {
      var own = p[2];
      var base = own || full.annotations[p[0]].font.size;
      u["annotations[" + p[0] + "].font.size"] = fitting >= base ? (own === undefined ? null : own)
        : Math.max(MIN_FONT, Math.floor(fitting));
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

  // Print (assets/print.css): no script runs while a page is printed, so a chart drawn for a wide
  // screen would be cut at the paper's right edge. A viewBox the size of the drawing lets the print
  // stylesheet scale each SVG layer to the paper's width (on screen it changes nothing: the box is
  // the SVG's own size), and --rd-aspect keeps the chart's proportions. It is set after every draw,
  // before the chart is measured: a draw that changes the chart's height leaves the last viewBox
  // behind, and that scales everything plotly drew (a chart 520 px high drawn at 480 px measured
  // its labels at 12/13 of their place, and the layout pass that followed put them wrong).
  function printable(gd) {
    var width = 0;
    var height = 0;
    gd.querySelectorAll("svg.main-svg").forEach(function (svg) {
      var w = parseFloat(svg.getAttribute("width"));
      var h = parseFloat(svg.getAttribute("height"));
      if (!w || !h) { return; }
      var box = "0 0 " + w + " " + h;
      if (svg.getAttribute("viewBox") !== box) { svg.setAttribute("viewBox", box); }
      width = w;
      height = h;
    });
    if (width && height) { gd.style.setProperty("--rd-aspect", width + " / " + height); }
  }

  // `ours`: called after a pass of its own (not after a draw by Dash, a resize or a print).
  function fit(gd, ours) {
    if (!window.Plotly || !gd._fullLayout || !gd.layout) { return; }
    var width = gd._fullLayout.width;
    var memo = gd.__rdFit || (gd.__rdFit = {});
    printable(gd);
    // A chart drawn in a hidden view (its card's table open): laid out when it is shown, from
    // the resize its box then reports (wrapPlotly).
    memo.drawnHidden = !width || !gd.getClientRects().length;
    if (memo.drawnHidden) { return; }
    // the first call comes after the first draw, before any change of ours: the figure as sent
    if (memo.shape === undefined) { memo.shape = shapeOf(gd.layout, gd.data); }
    var orig = originals(gd, memo);
    var key = width + "|" + gd._fullLayout.height + "|" + JSON.stringify(orig);
    if (memo.key !== key) { memo.key = key; memo.passes = 0; }
    if (memo.busy) { return; }
    memo.run = ours ? (memo.run || 0) : 0;
    var m = measure(gd);
    var u = changes(gd, layoutFor(gd, orig, m, width, gd._fullLayout.height));
    var overflow = valuesOverflow(gd, 1);
    var traces = traceChanges({name: legendNames(gd, orig, width), visible: valuesVisible(gd.data, overflow)});
    memo.orig = orig;
    // true: laid out for this width; "unsettled": still changing after MAX_PASSES for the same
    // texts, or after MAX_RUN passes in a row (tests read it)
    memo.settled = !Object.keys(u).length && !traces ? true :
      memo.passes >= MAX_PASSES || memo.run >= MAX_RUN ? "unsettled" : false;
    if (memo.settled === true) { remember(gd, memo, orig, m, overflow); }
    if (memo.settled) { return; }
    memo.passes += 1;
    memo.run += 1;
    memo.busy = true;
    window.Plotly.update(gd, traces ? traces.update : {}, u, traces ? traces.indices : undefined).then(function () {
      memo.busy = false;
      memo.applied = originals(gd, {});
      // What we put there is ours: keep the figure's own texts as the originals.
      memo.key = gd._fullLayout.width + "|" + gd._fullLayout.height + "|" + JSON.stringify(orig);
      fit(gd, true);
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

  // Values written over bars: bars of no height whose text is the value of the bar they stand on
  // (dashboard/figures/survey.py _value_labels, which sends them with no hover and an explicit base).
  function isValueTrace(t) {
    return !!t && t.type === "bar" && t.hoverinfo === "skip" && Array.isArray(t.base) && Array.isArray(t.text);
  }

  // Whether a drawn chart's values over bars, for bars `stretch` times as wide as drawn, would run
  // into a neighbouring bar, its interval's whisker or its value. Each value is written at the one
  // size uniformtext gives them all, as plotly.js 4 works it out (traces/bar/uniform_text.js,
  // toMoveOutsideBar: each text scaled to its bar's width, the smallest of those sizes not under the
  // minimum, never under it), centred over its bar, from its interval's upper end (the value
  // trace's base) up. The bars are those the values stand on (their offset group), as drawn, so
  // this is known while the values are not shown. Null for a chart without such values, or none of
  // their bars drawn.
  function valuesOverflow(gd, stretch) {
    var full = gd._fullLayout;
    var groups = {};  // offset group -> {cd, xa, ya} of its drawn bars
    (gd._fullData || []).forEach(function (trace, i) {
      var cd = gd.calcdata && gd.calcdata[i];
      var xa = full[(trace.xaxis || "x").replace(/^x/, "xaxis")];
      var ya = full[(trace.yaxis || "y").replace(/^y/, "yaxis")];
      if (trace.type !== "bar" || isValueTrace(gd.data[i]) || trace.visible !== true || !xa || !ya || !cd) { return; }
      groups[trace.offsetgroup] = {cd: cd, xa: xa, ya: ya};
    });
    var size = full.font.size;
    var family = full.font.family;
    var items = [];  // per value: its text and the place of its bar
    (gd.data || []).forEach(function (t) {
      var g = isValueTrace(t) && groups[t.offsetgroup];
      if (!g) { return; }
      t.text.forEach(function (text, k) {
        var d = g.cd[k];
        if (text == null || text === "" || !d || typeof d.p0 !== "number" || t.base[k] == null) { return; }
        var mid = (g.xa.c2p(d.p0, true) + g.xa.c2p(d.p1, true)) / 2 * stretch;
        var half = Math.abs(g.xa.c2p(d.p1, true) - g.xa.c2p(d.p0, true)) / 2 * stretch;
        items.push({text: String(text), mid: mid, half: half, top: g.ya.c2p(d.s1, true),
          foot: g.ya.c2p(d.s0, true), end: g.ya.c2p(t.base[k], true)});
      });
    });
    if (!items.length) { return null; }
    var minSize = full.uniformtext && full.uniformtext.mode ? full.uniformtext.minsize || 0 : 0;
    if (!minSize) { return false; }  // each text scaled to its own bar: none wider than it
    var fitted = items.map(function (e) { return size * Math.min(1, 2 * e.half / textWidth(e.text, size, family)); })
      .filter(function (fit) { return fit >= minSize; });
    // where no value fits its bar at the minimum size, plotly.js 4 leaves them all at their own
    // (its smallest size is then Infinity, and the scale it sets no browser takes)
    var uniform = fitted.length ? Math.max(minSize, Math.min.apply(null, fitted)) : size;
    var boxes = items.map(function (e) {
      var w = textWidth(e.text, uniform, family) / 2;
      var foot = e.end - VALUE_PAD;
      return [e.mid - w, foot - VALUE_LINE * uniform, e.mid + w, foot];
    });
    var meet = function (a, b) {
      return a[0] + TOLERANCE < b[2] && b[0] + TOLERANCE < a[2] && a[1] + TOLERANCE < b[3] && b[1] + TOLERANCE < a[3];
    };
    return boxes.some(function (box, i) {
      return items.some(function (e, j) {
        if (j === i) { return false; }
        var bar = [e.mid - e.half, Math.min(e.top, e.foot), e.mid + e.half, Math.max(e.top, e.foot)];
        var whisker = [e.mid - WHISKER_HALF, e.end, e.mid + WHISKER_HALF, e.top];
        return meet(box, bar) || meet(box, whisker) || meet(box, boxes[j]);
      });
    });
  }

  // `data` with its values over bars shown or not (a copy where that changes anything).
  function withValuesShown(data, shown) {
    var changed = false;
    var out = data.map(function (t) {
      if (!isValueTrace(t) || (t.visible !== false) === shown) { return t; }
      changed = true;
      return Object.assign({}, t, {visible: shown});
    });
    return changed ? out : data;
  }

  // The restyle that shows a chart's values over bars or not, as traceChanges takes it; null where
  // nothing changes.
  function valuesVisible(data, overflow) {
    if (overflow === null) { return null; }
    var out = {indices: [], values: []};
    withValuesShown(data, !overflow).forEach(function (t, i) {
      if (t !== data[i]) { out.indices.push(i); out.values.push(t.visible); }
    });
    return out.indices.length ? out : null;
  }

  // One restyle of several trace properties, each given as {indices, values} (or null): per
  // property an array over all the traces named, undefined (plotly: unchanged) where it is not set.
  function traceChanges(parts) {
    var indices = [];
    Object.keys(parts).forEach(function (k) {
      (parts[k] ? parts[k].indices : []).forEach(function (i) { if (indices.indexOf(i) < 0) { indices.push(i); } });
    });
    if (!indices.length) { return null; }
    var update = {};
    Object.keys(parts).forEach(function (k) {
      if (!parts[k]) { return; }
      update[k] = indices.map(function (i) {
        var at = parts[k].indices.indexOf(i);
        return at < 0 ? undefined : parts[k].values[at];
      });
    });
    return {update: update, indices: indices};
  }

  // The figure of a chart laid out for an image of width × height (downloads).
  function imageFigure(gd, width, height) {
    var memo = gd.__rdFit || {};
    var orig = memo.orig || originals(gd, memo);
    var m = measure(gd);
    var layout = JSON.parse(JSON.stringify(gd.layout));
    var u = layoutFor(gd, orig, m, width, height);
    var set = writer(layout);
    Object.keys(u).forEach(function (path) { set(path, u[path]); });
    delete layout.width;
    delete layout.height;
    // values over bars where they fit the image's bars (its plot as much narrower or wider as the image's)
    var size = gd._fullLayout._size;
    var overflow = size && size.w ? valuesOverflow(gd, (width - (gd._fullLayout.width - size.w)) / size.w) : null;
    var data = overflow === null ? gd.data : withValuesShown(gd.data, !overflow);
    return {data: data, layout: layout, config: {locale: gd._context.locale}};
  }

  // A setter of "a.b[2].c" paths into `root` that copies each object or array on its way before
  // writing into it (once), so objects shared with the figure Dash keeps are never changed.
  function writer(root) {
    var own = new WeakSet();
    own.add(root);
    return function (path, value) {
      var keys = path.replace(/\[(\d+)\]/g, ".$1").split(".");
      var node = root;
      keys.slice(0, -1).forEach(function (k, i) {
        var next = node[k];
        if (next == null || typeof next !== "object") {
          next = /^\d+$/.test(keys[i + 1]) ? [] : {};
        } else if (!own.has(next)) {
          next = Array.isArray(next) ? next.slice() : Object.assign({}, next);
        }
        own.add(next);
        node[k] = next;
        node = next;
      });
      node[keys[keys.length - 1]] = value;
    };
  }

  // What must match for the last layout to fit a new figure: its axes (the update names them), its
  // annotations (by index), the kinds of trace on each axis pair, the legend and the subtitle. Not
  // the number of traces: a filter adds and removes lines, and the legend's height is worked out
  // for its new entries (legendHeight).
  function shapeOf(layout, data) {
    layout = layout || {};
    var kinds = {};
    var axes = {};
    Object.keys(layout).forEach(function (k) { if (/^[xy]axis\d*$/.test(k)) { axes[k] = true; } });
    (data || []).forEach(function (t) {
      kinds[[t.type, t.xaxis, t.yaxis, t.orientation].join("|")] = true;
      if (t.type !== "choropleth") {  // cartesian: its axes exist whether the layout names them or not
        axes[(t.xaxis || "x").replace(/^x/, "xaxis")] = true;
        axes[(t.yaxis || "y").replace(/^y/, "yaxis")] = true;
      }
    });
    return JSON.stringify([
      Object.keys(axes).sort(),
      (layout.annotations || []).map(function (a) { return a ? [a.name, a.xref, a.yref, !!a.showarrow, a.yanchor] : null; }),
      Object.keys(kinds).sort(),
      typeof layout.showlegend === "boolean" ? layout.showlegend : legendByDefault(data || []),
      !!get(layout, "title.subtitle.text")
    ]);
  }

  // Whether plotly shows a legend for `data` where the layout does not say (components/legend/
  // defaults.js): two or more entries, or one the trace asks for. A filter that leaves one line
  // of several draws a chart without a legend.
  function legendByDefault(data) {
    var entries = 0;
    data.forEach(function (t) {
      if (!t || t.visible === false) { return; }
      if (t.showlegend === true) { entries += 2; } else if (t.showlegend !== false && t.type !== "choropleth") { entries += 1; }
    });
    return entries > 1;
  }

  var SHAPES_KEPT = 4;  // per chart: the layouts of this many figure shapes are kept
  var LEGENDS_KEPT = 32;  // and this many legends' heights

  // The legend a figure's traces make (the names as sent): the same at the same width, the same height.
  function legendKey(data, orig, width) {
    return JSON.stringify([width, (data || []).map(function (t, i) {
      return t.showlegend === false ? null : [orig["name" + i], t.legendgroup, t.type, t.mode];
    })]);
  }

  // A chart laid out for good: what plotly made of its figure (_fullLayout: fonts, axes, sizes) and
  // what was measured, kept per shape of figure, and its legend's height per set of entries.
  function remember(gd, memo, orig, m, overflow) {
    var full = gd._fullLayout;
    var fits = memo.fits || (memo.fits = {});
    var order = memo.fitOrder || (memo.fitOrder = []);
    if (!(memo.shape in fits)) { order.push(memo.shape); }
    fits[memo.shape] = {full: full, m: m, width: full.width, height: full.height, overflow: overflow};
    while (order.length > SHAPES_KEPT) { delete fits[order.shift()]; }
    var legends = memo.legends || (memo.legends = {});
    if (Object.keys(legends).length >= LEGENDS_KEPT) { legends = memo.legends = {}; }
    legends[legendKey(gd.data, orig, full.width)] = m.legend;
  }

  // The height plotly will give the horizontal legend of `data` (names as they will be drawn) in a
  // plot area `plotWidth` wide, worked out as plotly.js 4 does (components/legend/draw.js,
  // computeLegendDimensions; its itemGap of 5 px) with the entries' texts measured in the legend's
  // font; undefined for a legend laid out otherwise (vertical, titled, fixed entry widths).
  var ITEM_GAP = 5;
  function legendHeight(data, full, plotWidth) {
    var L = full.legend;
    if (!L || !L.font || L.orientation !== "h" || L.entrywidth || get(L, "title.text")) { return undefined; }
    var bw = L.borderwidth || 0;
    var textGap = (L.indentation || 0) + L.itemwidth + 2 * ITEM_GAP;
    var maxWidth = Math.max(plotWidth, 2 * textGap);
    var items = [];
    var unnamed = false;  // plotly names such an entry itself ("trace 2")
    (data || []).forEach(function (trace, i) {
      if (trace.showlegend === false || trace.visible === false) { return; }
      if (typeof trace.name !== "string") { unnamed = true; return; }
      var rows = lines(trace.name);
      var widest = Math.max.apply(null, rows.map(function (r) { return textWidth(r, L.font.size, L.font.family); }));
      items.push({w: textGap + widest, h: Math.max(L.font.size * LINE * rows.length, 16) + 3,
        group: trace.legendgroup ? "g" + trace.legendgroup : "~" + i});
    });
    if (!items.length || unnamed) { return undefined; }
    var height = 0;
    if (String(L.traceorder).indexOf("grouped") >= 0) {
      // each group a column of its entries; the columns wrap into rows tracegroupgap apart
      var groups = [];
      var at = {};
      items.forEach(function (it) {
        if (!(it.group in at)) { at[it.group] = groups.length; groups.push({w: 0, h: 0}); }
        var g = groups[at[it.group]];
        g.w = Math.max(g.w, it.w);
        g.h += it.h;
      });
      var x = 0;
      var rowHeight = 0;
      groups.forEach(function (g) {
        var next = g.w + ITEM_GAP;
        if (x > 0 && next + bw + x > maxWidth) {
          height += rowHeight + L.tracegroupgap;
          rowHeight = g.h;
          x = 0;
        } else {
          rowHeight = Math.max(rowHeight, g.h);
        }
        x += next;
      });
      height += rowHeight;
    } else {
      // one row if all fit, else rows of equal slots as wide as the widest entry
      var widest = Math.max.apply(null, items.map(function (it) { return it.w; }));
      var total = items.reduce(function (sum, it) { return sum + it.w; }, 0);
      var oneRow = total + 2 * bw + (items.length - 1) * ITEM_GAP < maxWidth;
      var offset = 0;
      var tallest = 0;
      items.forEach(function (it) {
        var next = (oneRow ? it.w : widest) + ITEM_GAP;
        if (next + bw + offset - ITEM_GAP >= maxWidth) {
          height += tallest;
          offset = 0;
          tallest = 0;
        }
        offset += next;
        tallest = Math.max(tallest, it.h);
      });
      height += tallest;
    }
    // plotly.js 4 scrolls a horizontal legend taller than half the chart (maxheight: of the chart)
    var most = L.maxheight ? (L.maxheight > 1 ? L.maxheight : L.maxheight * full.height) : full.height / 2;
    return Math.min(Math.ceil(height + 2 * (bw + ITEM_GAP)), Math.max(most, 30));
  }

  // The figure `fig` (Dash's, not changed) laid out for the chart as a figure of its shape was last
  // laid out at this width, for the height `fig` asks for; for a shape the chart has not had at this
  // width, as the shape on show would make it (newShape); or `fig` itself where neither (the first
  // draw, a new width). Sizes and places come from that measurement; the legend's height from a
  // legend with the same entries where there was one, else worked out for the new entries
  // (legendHeight), so a new set of entries is not drawn twice; the texts are the new figure's,
  // wrapped for the width.
  function ahead(gd, fig) {
    var memo = gd && gd.__rdFit;
    var full = gd && gd._fullLayout;
    if (!memo || !full || !fig || typeof fig !== "object" || !Array.isArray(fig.data)) { return fig; }
    var before = memo.shape;
    var shape = memo.shape = shapeOf(fig.layout, fig.data);
    var fits = memo.fits || {};
    // A figure can ask for another height than the chart on show (one row of bars more): its own.
    var height = fig.layout && typeof fig.layout.height === "number" ? fig.layout.height : full.height;
    var atWidth = function (f) { return f && f.width === full.width; };
    if (memo.busy) { return fig; }
    var last = atWidth(fits[shape]) ? fits[shape] : atWidth(fits[before]) ? newShape(gd, fig, fits[before], height) : null;
    if (!last) { return fig; }
    var layout = Object.assign({}, fig.layout || {});
    var figure = {layout: layout, data: fig.data, _fullLayout: last.full};
    var orig = originals(figure, {});
    var m = last.m;
    var names = legendNames(figure, orig, full.width);
    var data = fig.data;
    if (names) {
      data = data.slice();
      names.indices.forEach(function (i, k) { data[i] = Object.assign({}, data[i], {name: names.values[k]}); });
    }
    // values over bars shown or not as in the last figure of this shape (the pass after the draw
    // corrects a figure whose values or bars differ enough to need the other way)
    if (typeof last.overflow === "boolean") { data = withValuesShown(data, !last.overflow); }
    var legend = memo.legends && memo.legends[legendKey(fig.data, orig, full.width)];
    if (legend === undefined && m.showlegend) {
      legend = legendHeight(data, Object.assign({}, last.full, {height: height}), m.size.w);
    }
    if (legend !== undefined) { m = Object.assign({}, m, {legend: legend}); }
    var u = layoutFor(figure, orig, m, full.width, height, true);
    // The plot area follows from the margins and panel widths just worked out (a title of more
    // lines, panels set apart): where it differs from the one measured, the axes' lengths and
    // scales are taken from it (the y axes' ticks, the titles' wrapping, the x tick steps) and the
    // figure laid out again.
    var plotHeight = height - u["margin.t"] - u["margin.b"];
    var moved = axisNames(last.full, "x").some(function (n) { return u[n + ".domain"]; });
    if (last.guessed || moved || Math.abs(plotHeight - m.size.h) > 0.5) {
      var sized = last.guessed ? last.full : resizable(last.full);
      axisNames(sized, "x").forEach(function (n) { if (u[n + ".domain"]) { sized[n].domain = u[n + ".domain"]; } });
      lengths(sized, full.width - u["margin.l"] - m.size.r, plotHeight);
      if (last.guessed) {
        scales(gd, last.fullData, sized);
        m = Object.assign({}, m, {panelTitles: panelTitles(sized, u)});  // in the sizes notes() set
      }
      figure._fullLayout = sized;
      u = layoutFor(figure, orig, m, full.width, height, true);
    }
    var set = writer(layout);
    Object.keys(u).forEach(function (path) { set(path, u[path]); });
    memo.orig = orig;
    memo.applied = originals({layout: layout, data: data}, {});
    return Object.assign({}, fig, {layout: layout, data: data});
  }

  // The layout of `fig`, a figure of a shape this chart has not been laid out in, as the chart's
  // layout `other` (the shape on show, at this size) would make it: what plotly makes of `fig`
  // (its axes, fonts and annotations: plotly.js's defaults step, which our bundle exposes as
  // Plotly.supplyDefaults; nothing is drawn) with the measurements of `other`, and the heights of
  // the new figure's panel titles worked out from their font. So two panels for one (a filter
  // that splits a chart by sex) are drawn once, not drawn, measured and drawn again; where the
  // guess is out (x axis labels of another depth), the pass after the draw corrects it. Null where
  // plotly cannot say.
  function newShape(gd, fig, other, height) {
    var P = window.Plotly;
    if (typeof P.supplyDefaults !== "function") { return null; }
    var was = other.m.size;
    var mock = {
      data: fig.data,
      layout: Object.assign({}, fig.layout, {width: other.width, height: height,
        margin: {l: was.l, r: was.r, t: was.t, b: was.b, pad: 0, autoexpand: true},
        legend: Object.assign({}, fig.layout && fig.layout.legend, {orientation: "h"})}),  // as layoutFor sets it
      _context: gd._context
    };
    P.supplyDefaults(mock, {skipUpdateCalc: true});
    var full = mock._fullLayout;
    if (!full || !full._size) { return null; }
    lengths(full, full._size.w, full._size.h);
    scales(gd, mock._fullData, full);
    var widest = Math.max.apply(null, [0].concat(Object.keys(other.m.ticks).map(function (k) { return other.m.ticks[k]; })));
    var ticks = {};
    axisNames(full, "x").forEach(function (n) {
      var id = full[n]._id;
      ticks[id] = id in other.m.ticks ? other.m.ticks[id] : widest;
    });
    var m = Object.assign({}, other.m, {panelTitles: panelTitles(full, {}), showlegend: !!full.showlegend, ticks: ticks});
    return {full: full, fullData: mock._fullData, m: m, width: other.width, height: height, guessed: true};
  }

  // A copy of a chart's _fullLayout whose axes can take other domains, lengths and scales.
  function resizable(full) {
    var out = Object.assign({}, full);
    axisNames(full, "x").concat(axisNames(full, "y")).forEach(function (n) { out[n] = Object.assign({}, full[n]); });
    return out;
  }

  // Each axis' length in px (plotly sets it as it draws) from its domain in a plot area w × h.
  function lengths(full, w, h) {
    ["x", "y"].forEach(function (letter) {
      axisNames(full, letter).forEach(function (n) {
        var d = full[n].domain || [0, 1];
        full[n]._length = (d[1] - d[0]) * (letter === "x" ? w : h);
      });
    });
  }

  // Each x axis' px per unit (plotly works its range out as it draws): where the axis spans the
  // same x values as the chart on show, from the chart's own axis: an axis plotly ranges itself
  // is padded on each side by a share of its length and by the markers' size in px, and those are
  // read off the chart's axis (the step of the tick labels follows from the scale, xAxes).
  function scales(gd, fullData, full) {
    var drawn = gd._fullLayout.xaxis;
    var was = extent(gd._fullData, "x");
    if (!drawn || !drawn._m || !drawn._length || !Array.isArray(drawn.range) || !was || was[1] <= was[0]) { return; }
    var side = Math.max(0, (was[0] - drawn.range[0]) * drawn._m);
    var share = drawn.autorange && side >= AUTO_PAD * drawn._length - 0.5 ? AUTO_PAD : 0;
    var px = side - share * drawn._length;
    axisNames(full, "x").forEach(function (n) {
      var ax = full[n];
      var span = extent(fullData, ax._id);
      if (ax.type !== drawn.type || !span || span[0] !== was[0] || span[1] !== was[1]) { return; }
      ax._m = ax.autorange ? (ax._length * (1 - 2 * share) - 2 * px) / (was[1] - was[0])
        : ax._length / (ax.range[1] - ax.range[0]);
    });
  }

  // The smallest and largest numeric x of the traces (plotly's, values decoded) on axis `id`.
  function extent(fullData, id) {
    var lo = Infinity;
    var hi = -Infinity;
    (fullData || []).forEach(function (t) {
      if (!t.visible || (t.xaxis || "x") !== id || !t.x) { return; }
      for (var i = 0; i < t.x.length; i++) {
        if (typeof t.x[i] === "number") { lo = Math.min(lo, t.x[i]); hi = Math.max(hi, t.x[i]); }
      }
    });
    return lo <= hi ? [lo, hi] : null;
  }

  // The height of the tallest panel title (as measure() finds it), each in the font size the
  // update `u` gives it: its box as plotly draws an annotation (components/annotations/draw.js),
  // the text's box with its lines LINE font sizes apart, padded by borderpad and borderwidth on
  // each side and rounded, the background drawn inside the outer border.
  function panelTitles(full, u) {
    var tallest = 0;
    (full.annotations || []).forEach(function (a, i) {
      if (a.yref !== "paper" || a.y < 0.99 || a.yanchor !== "bottom" || a.name === "source" || a.visible === false) { return; }
      var size = u["annotations[" + i + "].font.size"] || a.font.size;
      ctx2d.font = size + "px " + a.font.family;
      var metrics = ctx2d.measureText("Hg");
      var inner = metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent + (lines(String(a.text)).length - 1) * size * LINE;
      var border = a.borderwidth || 0;
      tallest = Math.max(tallest, Math.round(inner + 2 * (border + (a.borderpad || 0))) - border);
    });
    return tallest;
  }

  // One chart in view drawn per frame. The charts of a page mount together and dcc.Graph draws
  // each in a promise of its own, all in one task: the page showed no chart until it had drawn
  // them all. Here the first is drawn at once and each other one in view after the browser has
  // painted (top of the page first: they come in the page's order); charts out of view need no
  // paint of their own and are drawn one after another, up to BATCH_MS at a time.
  var BATCH_MS = 100;
  var drawing = false;
  var waiting = [];

  function afterPaint(fn) {
    var done = false;
    function go() { if (!done) { done = true; fn(); } }
    window.requestAnimationFrame(function () { window.setTimeout(go, 0); });
    window.setTimeout(go, 250);  // no frames in a tab in the background: go on all the same
  }

  function inView(el) {
    var r = el && el.getBoundingClientRect ? el.getBoundingClientRect() : null;
    return !r || (r.bottom > 0 && r.top < window.innerHeight);
  }

  function nextDraw() {
    var start = window.performance.now();
    var job = waiting.shift();
    if (job) { job.run(); }
    while (waiting.length && window.performance.now() - start < BATCH_MS && !inView(waiting[0].el)) {
      waiting.shift().run();
    }
    if (waiting.length) { afterPaint(nextDraw); } else { drawing = false; }
  }

  function inTurn(el, draw) {
    if (!drawing) {
      drawing = true;
      afterPaint(nextDraw);
      return draw();
    }
    return new Promise(function (resolve, reject) {
      waiting.push({el: el, run: function () {
        try { Promise.resolve(draw()).then(resolve, reject); } catch (e) { reject(e); }
      }});
    });
  }

  // Plotly.react (dcc.Graph draws every figure with it) draws in turn and lays a card's new figure
  // out ahead, and Plots.resize (dcc.Graph and plotly call it on mount and on every size change of
  // the box) does nothing where the box has the size the chart is drawn at: plotly would draw the
  // chart again.
  function wrapPlotly() {
    var P = window.Plotly;
    if (!P || P.__rdWrapped || typeof P.react !== "function" || !P.Plots) { return; }
    P.__rdWrapped = true;
    var react = P.react;
    P.react = function (gd, fig) {
      var self = this;
      var args = arguments;
      var el = typeof gd === "string" ? document.getElementById(gd) : gd;
      // dcc.Graph handing over the figure drawn ahead of Dash (drawAhead): drawn already. A patch
      // drawn ahead (drawPatchAhead) comes back as Dash's own copy of the same figure.
      if (el && el.__rdAhead && fig && (fig.data === el.__rdAhead || samePatched(fig, el.__rdAheadPatched))) {
        el.__rdAhead = null;
        el.__rdAheadPatched = null;
        el.__rdGiven = fig;
        return Promise.resolve(el);
      }
      if (args.length === 2 && el && fig && Array.isArray(fig.data)) { el.__rdGiven = fig; }  // as Dash has it
      return inTurn(el, function () {
        if (args.length === 2 && el && el.__rdFit) {
          var laid;
          try { laid = ahead(el, fig); } catch (e) { laid = fig; }  // never in the way of a draw
          return react.call(self, gd, laid);
        }
        return react.apply(self, args);
      });
    };
    var resize = P.Plots.resize;
    P.Plots.resize = function (gd) {
      var el = typeof gd === "string" ? document.getElementById(gd) : gd;
      var full = el && el._fullLayout;
      // Not drawn yet (waiting its turn): its draw takes the box's size then. Passed on, plotly
      // would draw it a second time once its timer fires after the first draw.
      if (el && !full && !el._resolveResize) { return Promise.resolve(el); }
      // A chart in view whose box has the size it was drawn at (plotly's own test,
      // plots.plotAutoSize): nothing for plotly to do, unless it was drawn while its view was
      // hidden (a filter changed with the card's table open): plotly measured no text then, so it
      // is drawn again now, and laid out after the draw (fit, and assets/rusdash.js).
      var memo = el && el.__rdFit;
      if (full && el.layout && !el._resolveResize && el.getClientRects().length) {
        var style = window.getComputedStyle(el);
        var w = parseFloat(style.width);
        var h = parseFloat(style.height);
        if (w && h && Math.abs(w - full.width) <= 1 && Math.abs(h - full.height) <= 1) {
          return memo && memo.drawnHidden && typeof P.redraw === "function" ? P.redraw(el) : Promise.resolve(el);
        }
      }
      return resize.apply(this, arguments);
    };
  }

  // A callback's new figure for a chart drawn before, drawn now, ahead of Dash (assets/update-turns.js):
  // when dcc.Graph then hands plotly the same figure (the same data), it is not drawn again.
  function drawAhead(gd, fig) {
    var P = window.Plotly;
    if (!P || !P.__rdWrapped || !gd || !gd._fullLayout || !fig || !Array.isArray(fig.data)) { return false; }
    P.react(gd, {data: fig.data, layout: fig.layout, frames: fig.frames});
    gd.__rdAhead = fig.data;
    return true;
  }

  // Dash's patched copy against ours: the same operations on the same figure leave the same
  // objects (the values are the very objects of the answer both read, and what no operation
  // touched is shared with the figure before), so only the copies along the patched paths are
  // walked. The layout is compared at the patched paths only, by value: dcc.Graph hands plotly a
  // copy of its layout, which the chart's own layout pass (fit) then changes.
  function samePatched(fig, ahead) {
    if (!ahead || !sameObjects(fig.data, ahead.fig.data)) { return false; }
    return ahead.layoutPaths.every(function (path) {
      return JSON.stringify(get(fig, path.join("."))) === JSON.stringify(get(ahead.fig, path.join(".")));
    });
  }

  function sameObjects(a, b) {
    if (a === b) { return true; }
    if (!a || !b || typeof a !== "object" || typeof b !== "object" || Array.isArray(a) !== Array.isArray(b)) { return false; }
    var keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) { return false; }
    return keys.every(function (k) { return Object.prototype.hasOwnProperty.call(b, k) && sameObjects(a[k], b[k]); });
  }

  // Dash's Patch (the county map's update: "Assign" operations only) applied to the figure Dash
  // last handed the chart, as Dash will apply it (a copy along each path); null for any other
  // operation or location.
  function patched(fig, patch) {
    var out = {data: fig.data, layout: fig.layout};
    var ops = patch && patch.operations;
    if (!Array.isArray(ops) || !ops.length) { return null; }
    for (var i = 0; i < ops.length; i++) {
      var op = ops[i];
      var path = op && op.location;
      if (!op || op.operation !== "Assign" || !op.params || !Array.isArray(path) || !path.length ||
          (path[0] !== "data" && path[0] !== "layout")) { return null; }
      if (path.some(function (k) { return !(typeof k === "string" || (typeof k === "number" && k >= 0 && k % 1 === 0)); })) {
        return null;
      }
      out = assign(out, path, 0, op.params.value);
    }
    return out;
  }

  function assign(node, path, i, value) {
    if (i === path.length) { return value; }
    var key = path[i];
    var copy = Array.isArray(node) ? node.slice() : Object.assign({}, node);
    copy[key] = assign(node == null ? undefined : node[key], path, i + 1, value);
    return copy;
  }

  // A callback's Patch of a chart's figure, drawn now as drawAhead draws a whole figure; Dash then
  // hands dcc.Graph its own patched copy, which is not drawn again when it is the same figure.
  function drawPatchAhead(gd, patch) {
    var given = gd && gd.__rdGiven;
    if (!given || !window.Plotly || !window.Plotly.__rdWrapped || !gd._fullLayout) { return false; }
    var fig = patched(given, patch);
    if (!fig) { return false; }
    window.Plotly.react(gd, fig);
    gd.__rdAhead = fig.data;
    gd.__rdAheadPatched = {fig: fig, layoutPaths: patch.operations.map(function (op) { return op.location; })
      .filter(function (path) { return path[0] === "layout"; })};
    return true;
  }

  // afterPaint, drawAhead and drawPatchAhead are shared with assets/update-turns.js (which runs
  // after this script: Dash adds the assets in alphabetical order).
  window.rusdashCharts = {fit: fit, imageFigure: imageFigure, wrap: wrap, afterPaint: afterPaint, drawAhead: drawAhead,
    drawPatchAhead: drawPatchAhead, legendHeight: legendHeight, printable: printable};

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
    wrapPlotly();  // plotly's script comes after this one; Dash draws the first chart after this
    new MutationObserver(schedule).observe(document.body, {childList: true, subtree: true});
    schedule();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
