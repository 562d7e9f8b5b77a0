// The Deferred component (dashboard/components/deferred.py): its children are mounted only after
// the browser has painted the page, one Deferred per frame in the order they mounted. A chart page
// sends all its cards at once, and Dash mounted them all in one render (about 40 components a card,
// 425 on /cannabis) before the first chart could be drawn: the render took 270-430 ms of a
// first chart at about 1.1 s. The bodies of the cards after the first wait here, so the first
// render holds the page's top and its first card, and the rest follow frame by frame.
// bench/ab.py against the code before this and the head's preloads (server.py EARLY_FETCHES),
// 12 loads each: first chart 0.92x on /cannabis, 0.91x on /dodsfall; all charts drawn 1.12-1.17x
// (one card a frame; mounting two more out of view per frame gave no clear gain, and was dropped).
//
// Until it mounts its children a Deferred holds their place with an empty box of `minHeight`, so
// the page does not jump much.
(function () {
  "use strict";
  var R = window.React;
  if (!R || typeof R.useState !== "function") { return; }
  var queue = [];
  var running = false;

  function later(fn) {
    var charts = window.rusdashCharts;  // assets/charts.js runs before this file
    if (charts && typeof charts.afterPaint === "function") { charts.afterPaint(fn); } else { window.setTimeout(fn, 0); }
  }

  function next() {
    var show = queue.shift();
    while (show && !show.live) { show = queue.shift(); }  // unmounted before its turn
    if (show) { show.run(); }
    if (queue.length) { later(next); } else { running = false; }
  }

  function enqueue(job) {
    queue.push(job);
    if (!running) {
      running = true;
      later(next);
    }
  }

  function Deferred(props) {
    var state = R.useState(false);
    var shown = state[0];
    var setShown = state[1];
    R.useEffect(function () {
      var job = {live: true, run: function () { setShown(true); }};
      enqueue(job);
      return function () { job.live = false; };
    }, []);
    if (shown) { return props.children === undefined ? null : props.children; }
    return R.createElement("div", {className: "deferred-wait", style: {minHeight: props.minHeight}});
  }

  window.rusdash_components = Object.assign(window.rusdash_components || {}, {Deferred: Deferred});
})();
