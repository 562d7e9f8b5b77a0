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
// when the answer is in), and every component so marked renders again twice, with all it holds. The
// only use the page makes of the marks is the delayed spinner over a chart (assets/charts.css), so
// the marks never reach the store: the graph of a figure output is marked here, in the DOM
// (data-rd-loading, on the element that carries the output's id), once its answer has been on its
// way for 0.4 s, and unmarked when Dash says it is loaded. Kept in the store (Dash's own
// data-dash-is-loading), each mark changed the store's `loading` part, which every component
// checks; set at once (the spinner's own delay in CSS), each restyled its graph and started an
// animation in the frame after the requests went out. Only marking late answers: repaint 0.94x on
// /cannabis and /avlopsvann (turn by turn, 6 loads x 6 changes), about 1x on /dodsfall.
//
// With no marks in the store, most of a change's updates touch only Dash's record of its callbacks
// (`callbacks`: asked, sent, answered ...), which no component reads (Dash 4.4's renderer: the
// components read the layout, its hashes, config, loading, isLoading, history, error and the
// requests' state). A burst of updates that changed nothing else notifies no component at all. On
// /cannabis that is the burst in which Dash sends a change's five requests: every component's check
// ran (6-10 ms) while the answers were arriving; a change there was announced in 34 bursts, now 17.
// Measured turn by turn against the code before (6 loads of each, 6 changes a load): repaint 0.92x
// /cannabis and /sentralstimulerende, 0.93x /avlopsvann, 0.98-1.04x on the one-callback pages.
//
// Dash assigns the store to window.store when it creates it, before the first render; the setter
// below catches that. If a later Dash stops assigning it, nothing is batched or filtered and
// nothing breaks (tests/browser/test_assets.py fails then).
(function () {
  "use strict";
  var status = window.rusdashStoreBatch = {batched: false, marksInDom: false};
  var current;

  var MARKS = {LOADING: true, LOADED: true};
  var MARK = "data-rd-loading";
  // The parts of Dash's state that no component reads: an update that changed only these (or
  // nothing) is not announced to the components.
  var UNREAD = {callbacks: true, callbackJobs: true};

  var MARK_AFTER_MS = 400;  // a quicker answer leaves the page untouched (no spinner, no restyle)

  function markInDom(action) {
    var on = action.type === "LOADING";
    action.payload.forEach(function (output) {
      if (!output || output.property !== "figure" || typeof output.id !== "string") { return; }
      var el = document.getElementById(output.id);
      if (!el) { return; }
      if (on) {
        if (!el.__rdMarkTimer && !el.hasAttribute(MARK)) {
          el.__rdMarkTimer = window.setTimeout(function () {
            el.__rdMarkTimer = null;
            el.setAttribute(MARK, "true");
          }, MARK_AFTER_MS);
        }
        return;
      }
      window.clearTimeout(el.__rdMarkTimer);
      el.__rdMarkTimer = null;
      el.removeAttribute(MARK);
    });
  }

  function marksInDom(store) {
    var dispatch = store.dispatch;
    store.dispatch = function (action) {
      if (action && MARKS[action.type] === true && Array.isArray(action.payload)) {
        markInDom(action);
        return action;
      }
      return dispatch.call(this, action);
    };
    status.marksInDom = true;
  }

  function readChanged(before, after) {
    if (before === after) { return false; }
    var key;
    // Dash's root reducer (combineReducers) gives every state all its parts: none can go missing.
    for (key in after) {
      if (after[key] !== before[key] && UNREAD[key] !== true) { return true; }
    }
    return false;
  }

  function batch(store) {
    var subscribe = store.subscribe;
    store.subscribe = function (listener) {
      var queued = false;
      var active = true;
      var seen = store.getState();
      var unsubscribe = subscribe.call(store, function () {
        if (queued) { return; }
        queued = true;
        window.queueMicrotask(function () {
          queued = false;
          var state = store.getState();
          if (!active || !readChanged(seen, state)) { return; }
          seen = state;
          listener();
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
        if (typeof store.dispatch === "function") { marksInDom(store); }
      }
      current = store;
    },
  });
})();
