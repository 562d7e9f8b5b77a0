// dcc loads the code of its graph, slider and dropdown lazily: React
// renders a placeholder (Suspense) for each until its code has arrived. The code is asked for only
// when the page's layout is first rendered, so the first render of every chart page showed
// placeholders, and React then holds the real components back for up to about 300 ms more (it
// throttles how soon a placeholder is replaced, so content does not pop in piece by piece): the
// first chart waited for that (bench/ab.py, /cannabis: the graph mounted about 270 ms after the
// page's h1). Here each of those components is asked for as soon as the scripts have run, while the
// browser waits for the layout, so the first render has them ready and draws the charts at once.
// The server marks the pages that have charts (<html data-preload>, dashboard/server.py).
// Dash is handed the layout only once that code has arrived (window.fetch, below).
//
// dcc creates its lazy components with React.lazy when its script runs (after this one): they are
// noted then, and each is started with React's own initialiser at DOMContentLoaded, or at Dash's
// layout request if that comes first (it throws the pending promise, as React expects). Left out:
// the date pickers, upload, mathjax and highlight (dcc's chunks 400, 113, 81 and 254), which no page
// uses, and Markdown, which no chart page uses (/metoder, which has no charts, loads it as it
// renders). dcc makes two of its lazy components through a wrapper whose code names no chunk (its
// asyncDecorator), Graph's first and then Markdown's: of those, only the first is started
// (tests/browser/test_assets.py fails if that order changes).
(function () {
  "use strict";
  var R = window.React;
  if (!R || typeof R.lazy !== "function" || !document.documentElement.hasAttribute("data-preload")) { return; }
  var UNUSED = /\.e\((400|113|81|254)\)/;
  var NAMES_CHUNK = /\.e\(\d+\)/;
  var wrapped = 0;  // lazy components made through dcc's asyncDecorator so far
  var WAIT_MS = 1000;  // the longest the layout is held back for the components' code
  var lazy = R.lazy;
  var noted = [];
  R.lazy = function (factory) {
    var component = lazy.apply(this, arguments);
    var code = String(factory);
    if (NAMES_CHUNK.test(code) ? !UNUSED.test(code) : wrapped++ === 0) { noted.push(component); }
    return component;
  };
  var ready = null;  // settles once every noted component's code has arrived (or failed)
  // At DOMContentLoaded, or at Dash's layout request if that comes first (React may run the
  // renderer's first task before the event): dcc's script has run by either.
  function start() {
    if (ready !== null) { return ready; }
    R.lazy = lazy;
    var pending = [];
    noted.forEach(function (component) {
      if (!component || typeof component._init !== "function") { return; }
      try {
        component._init(component._payload);
      } catch (thenable) {  // loading: React's way to say so is to throw its promise
        if (thenable && typeof thenable.then === "function") {
          pending.push(new Promise(function (done) { thenable.then(done, done); }));
        }
      }
    });
    ready = Promise.race([Promise.all(pending), new Promise(function (done) { setTimeout(done, WAIT_MS); })]);
    return ready;
  }
  document.addEventListener("DOMContentLoaded", start);

  // The layout can arrive before the components' code (a layout is kept by the server and answers
  // in a few ms): Dash gets it once the code is there, so that its first render needs no
  // placeholder, or after WAIT_MS at the latest.
  var fetch = window.fetch;
  window.fetch = function (input) {
    var answer = fetch.apply(this, arguments);
    var url = typeof input === "string" ? input : (input && input.url) || "";
    if (url.split("?")[0].slice(-12) !== "_dash-layout") { return answer; }
    return Promise.all([answer, start()]).then(function (both) { return both[0]; });
  };
})();
