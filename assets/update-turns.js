// A filter change's callback answers are taken one per frame, in the order Dash asked for them,
// so the first card's chart is on screen while the rest are still being applied: each answer's
// new charts are drawn at its turn, and Dash applies it in the next frame.
//
// A change fires one callback per card that reads the filter, plus the page's tiles and address
// bar (five on /cannabis for the sex filter). Their answers arrive within a few milliseconds of
// each other, and Dash applies the answers it holds together, in one task: the new figures and
// texts of every card, the tiles (dozens of new components) and the address. The browser paints
// only after that task, so the first card's new chart, drawn early in it, showed only when all of
// it was done: 150-250 ms after the click on /cannabis, and about 85 ms in the runs where its
// answer happened to come alone (bench/repaint_profile.py).
//
// Here each answer is passed on once the browser has painted since the one before it, the
// earliest asked for first (Dash asks in the page's order of cards, then tiles and address): an
// answer that arrives while one asked before it is still on its way waits for it, up to HOLD_MS.
// assets/charts.js draws the charts the same way: the first at once, each other one after a paint.
// An answer to a request that Dash has asked again since (the filter changed once more before it
// came) is passed on at once and its charts are not drawn: Dash drops it, and drawn ahead it left
// the chart showing the filter before (tests/browser/test_assets.py). Nothing waits for it either.
// Only callback answers are held (POST /_dash-update-component), and not for long: an answer waits
// one frame for each answer passed on before it (250 ms at most without frames, a tab in the
// background), and HOLD_MS at most for one asked earlier.
//
// An answer's new figures are drawn at its turn, and the answer reaches Dash only after the browser
// has painted them, in the frame of the answer after it: Dash applies one answer while the next
// one's charts are drawn. Before, Dash applied an answer first (its store, the card's components:
// 10-20 ms) and only then handed the figure to the chart, which the first card's repaint waited
// for. Dash reads the very JSON read here, so dcc.Graph hands plotly the same figure, which
// charts.js does not draw again (drawAhead). Measured with bench/browser.py's repaint, turn by turn
// against the code before (both served at once, 6-8 page loads of each, six changes a load):
// 0.84x /cannabis, 0.95x /dodsfall, 0.84x /injisering, 0.93x /sentralstimulerende, 0.96x
// /avlopsvann. Holding each drawn answer a frame of its own instead (Dash reads one answer a
// frame) cost the next change when it came quickly: 1.10-1.24x on /avlopsvann's eight cards.
(function () {
  "use strict";
  var fetch = window.fetch;
  if (typeof fetch !== "function" || !window.rusdashCharts) { return; }
  var PATH = "/_dash-update-component";
  var HOLD_MS = 400;  // the longest an answer waits for one asked before it (the page may be busy drawing)
  var asked = 0;
  var pending = {};  // order -> its callback's output: asked, not yet arrived
  var latest = {};  // a callback's output -> the order of its latest request
  var held = [];  // arrived, waiting their turn: {order, at, stale, pass}
  var passing = false;  // an answer was passed on and the browser has not painted since
  var timer = null;
  var afterPaint = window.rusdashCharts.afterPaint;  // assets/charts.js

  // A request of a callback asked for again since: Dash has dropped it (a newer request of the same
  // callback removes the older from the ones it waits for, and ignores its answer), so its answer
  // is passed on at once, its charts not drawn, and no answer waits for it.
  function superseded(order, output) {
    return output !== null && latest[output] !== order;
  }

  function earlierPending(order) {
    return Object.keys(pending).some(function (o) { return Number(o) < order && !superseded(Number(o), pending[o]); });
  }

  function outputOf(body) {
    try {
      var output = JSON.parse(body).output;
      return typeof output === "string" ? output : null;
    } catch (e) {
      return null;
    }
  }

  function next() {
    passing = false;
    held.sort(function (a, b) { return a.order - b.order; });
    while (held.length && held[0].stale()) { held.shift().pass(); }
    if (!held.length) { return; }
    var first = held[0];
    var waited = window.performance.now() - first.at;
    if (earlierPending(first.order)) {
      if (waited < HOLD_MS) {
        if (timer === null) {
          timer = window.setTimeout(function () { timer = null; if (!passing) { next(); } }, HOLD_MS - waited);
        }
        return;
      }
      // waited long enough: an answer that never comes (a request that hangs) holds up no other again
      Object.keys(pending).forEach(function (o) { if (Number(o) < first.order) { delete pending[o]; } });
    }
    passing = true;
    held.shift().pass();
    afterPaint(next);
  }

  // The new figures of an answer drawn at once into their charts (those drawn before); true if any
  // was. Dash then hands dcc.Graph the very same figure (its `json()` below returns what was read
  // here), which charts.js does not draw again. A Patch (the county map) is applied to the figure
  // Dash last handed the chart and drawn the same way; Dash's own copy of the result is not drawn
  // again either.
  function drawEarly(data) {
    var outputs = data && data.multi && data.response;
    var drawn = false;
    if (!outputs || typeof outputs !== "object") { return drawn; }
    Object.keys(outputs).forEach(function (id) {
      var fig = outputs[id] && outputs[id].figure;
      var patch = !!fig && typeof fig === "object" && fig.__dash_patch_update !== undefined;
      if (!fig || typeof fig !== "object" || !(patch || Array.isArray(fig.data))) { return; }
      var box = document.getElementById(id);
      var gd = box && box.querySelector(".js-plotly-plot");
      try {
        drawn = (patch ? window.rusdashCharts.drawPatchAhead(gd, fig) : window.rusdashCharts.drawAhead(gd, fig)) || drawn;
      } catch (e) {
        if (gd) { gd.__rdAhead = null; gd.__rdAheadPatched = null; }
      }
    });
    return drawn;
  }

  // An answer's JSON, read once: Dash reads the same object (and the same error, for a body that is
  // not JSON). An error status or no update (204) is passed on as it came.
  function read(response) {
    if (response.status !== 200) { return Promise.resolve(null); }
    return response.json().then(function (data) {
      response.json = function () { return Promise.resolve(data); };
      return data;
    }, function (error) {
      response.json = function () { return Promise.reject(error); };
      return null;
    });
  }

  function isCallback(url, init) {
    var u = typeof url === "string" ? url : (url && url.url) || "";
    return !!init && init.method === "POST" && u.split("?")[0].slice(-PATH.length) === PATH;
  }

  // A change's requests go out one, then the rest: the first (the page's first card that reads the
  // filter) alone, and the others once its turn is over: its chart drawn and the browser painted
  // (or its answer drew nothing, or failed), or after LEAD_MS. Sent together, the requests met on
  // the server (two workers on two cores, shared with the browser) and the first answer came later
  // (8 loads x 6 changes a page: repaint 0.88-0.93x on /avlopsvann, whose filter fires eight
  // callbacks). Sent when the first answer came, the others' answers arrived while its chart was
  // drawn, and were read and handled in between: waiting for its paint, repaint 0.75x /avlopsvann,
  // 0.86x /cannabis, 0.90x /sentralstimulerende, 0.98x /dodsfall (two callbacks), while the last
  // card of a change showed its new data as soon as before (0.99-1.05x; 5 loads x 6 changes each).
  var lead = null;  // the first request of a burst until its turn is over: {order, over, end}
  var LEAD_MS = 60;

  function send(self, args, order) {
    if (lead === null) {
      var first = fetch.apply(self, args);
      var turn = {order: order};
      turn.over = new Promise(function (end) {
        turn.end = end;
        first.then(null, end);
        window.setTimeout(end, LEAD_MS);
      });
      turn.over.then(function () { if (lead === turn) { lead = null; } });
      lead = turn;
      return first;
    }
    return lead.over.then(function () { return fetch.apply(self, args); });
  }

  function turnOver(order) {
    if (lead !== null && lead.order === order) { lead.end(); }
  }

  window.fetch = function (url, init) {
    if (!isCallback(url, init)) { return fetch.apply(this, arguments); }
    var order = asked++;
    var answer = send(this, arguments, order);
    var output = outputOf(init.body);
    if (output !== null) { latest[output] = order; }
    pending[order] = output;
    var stale = function () { return superseded(order, output); };
    return answer.then(function (response) {
      return read(response).then(function (data) {
        delete pending[order];
        return new Promise(function (resolve) {
          held.push({order: order, at: window.performance.now(), stale: stale, pass: function () {
            if (!stale() && drawEarly(data)) {
              afterPaint(function () { turnOver(order); resolve(response); });  // in the frame of the next answer
            } else {
              turnOver(order);
              resolve(response);
            }
          }});
          if (!passing) { next(); }
        });
      });
    }, function (error) {
      turnOver(order);
      delete pending[order];
      if (!passing) { next(); }
      throw error;
    });
  };
})();
