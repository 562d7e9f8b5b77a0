// The page's components hear of changes to Dash's store once per burst of updates, not once per
// update. Dash's renderer keeps its state in one Redux store, and every mounted component checks
// it on every update (react-redux runs each component's selectors: a walk down the layout to the
// component and a look-up of its loading state). A filter change on /cannabis makes about 170
// store updates: each of its six callbacks goes through several steps (requested, executing,
// loading, loaded ...), and each component a callback's output replaces resets its state once.
// With about 400 components on the page, the checks took 110-300 ms of each change, nearly all
// finding nothing new. Here the updates made in one task notify the components once, in a
// microtask at its end. Every component then reads the latest state, and React renders nothing in
// between either. Measured with bench/ab.py against the code without this file, 6 loads and 36
// changes a page: repaint 0.79x on /cannabis, 0.88x on /dodsfall, 0.87x on /avlopsvann; first
// chart 0.89-1.05x.
//
// Only the subscriptions made after Dash has created the store are batched, which are
// react-redux's (the components' side). Dash's own store observers (its callback pipeline)
// subscribe before that, and still run on every update, as Dash expects.
//
// Dash marks each output of a running callback as loading (a LOADING update when it asks, LOADED
// when the answer is in), and every component so marked renders again twice, with all it holds: on
// /cannabis a change of the sex filter marks the 17 outputs of its five callbacks (and those of
// the clientside callbacks that follow), the tiles' box among them with 37 components inside. The
// only use the page makes of the marks is the delayed spinner over a chart (assets/charts.css,
// data-dash-is-loading on the graph), so here the marks are kept for figures only, and an update
// left with none is not made. Measured in one page, changes alternating with and without this
// (12 a page, each once the page was quiet): repaint 0.78x /cannabis, 0.95x /avlopsvann, 0.99x
// /dodsfall, 1.01x /sentralstimulerende. An update of another shape passes unchanged.
//
// Dash assigns the store to window.store when it creates it, before the first render; the setter
// below catches that. If a later Dash stops assigning it, nothing is batched or filtered and
// nothing breaks (tests/browser/test_assets.py fails then).
(function () {
  "use strict";
  var status = window.rusdashStoreBatch = {batched: false, figuresOnly: false};
  var current;

  var MARKS = {LOADING: true, LOADED: true};

  function figuresOnly(store) {
    var dispatch = store.dispatch;
    store.dispatch = function (action) {
      if (action && MARKS[action.type] === true && Array.isArray(action.payload)) {
        var kept = action.payload.filter(function (output) { return output && output.property === "figure"; });
        if (!kept.length) { return action; }
        if (kept.length < action.payload.length) { action = Object.assign({}, action, {payload: kept}); }
      }
      return dispatch.call(this, action);
    };
    status.figuresOnly = true;
  }

  function batch(store) {
    var subscribe = store.subscribe;
    store.subscribe = function (listener) {
      var queued = false;
      var active = true;
      var unsubscribe = subscribe.call(store, function () {
        if (queued) { return; }
        queued = true;
        window.queueMicrotask(function () {
          queued = false;
          if (active) { listener(); }
        });
      });
      return function () { active = false; unsubscribe(); };
    };
    status.batched = true;
  }

  if (typeof window.queueMicrotask !== "function") { return; }
  Object.defineProperty(window, "store", {
    configurable: true,
    enumerable: true,
    get: function () { return current; },
    set: function (store) {
      if (store && store !== current && typeof store.subscribe === "function" && !status.batched) {
        batch(store);
        if (typeof store.dispatch === "function") { figuresOnly(store); }
      }
      current = store;
    },
  });
})();
