// Keyboard and screen-reader repairs for the chart cards and filter controls (issue 12).
//
// Dash 4.4's dcc.Dropdown and dcc.(Range)Slider take no aria props, and parts of them break WCAG
// rules (axe): the dropdown's Tab stop is an aria-hidden input, its button is named by its value
// only, its options are role=option labels around focusable inputs (nested-interactive) in an
// unnamed listbox; slider handles are "Minimum"/"Maximum" or nameless, their number boxes have no
// label. Plotly's SVG reads out as tick labels. The names come from the server, in the page's
// language, as data attributes on our own wrappers (dashboard/components/filters.py, chart_card.py);
// this file puts them on the widgets' elements whenever they render, and nothing else: every
// control keeps its own behaviour. Only attributes that differ are written, so it settles at once.
(function () {
  "use strict";

  function setAttr(el, name, value) {
    if (el.getAttribute(name) !== value) { el.setAttribute(name, value); }
  }

  function dropAttr(el, name) {
    if (el.hasAttribute(name)) { el.removeAttribute(name); }
  }

  function each(root, selector, fn) {
    Array.prototype.forEach.call(root.querySelectorAll(selector), fn);
  }

  // A dropdown inside a wrapper that names it: data-a11y-label = id of its visible label.
  function repairDropdown(box) {
    var labelId = box.getAttribute("data-a11y-label");
    var helpId = box.getAttribute("data-a11y-help");
    each(box, "button.dash-dropdown", function (button) {
      // The button itself is the Tab stop; the hidden stand-in input (for Safari) leaves the order.
      if (!button.disabled) { setAttr(button, "tabindex", "0"); }
      each(button.parentNode, ":scope > .dash-dropdown-focus-target", function (dummy) {
        setAttr(dummy, "tabindex", "-1");
      });
      // Name = label + current value ("Undersøkelsesår 2025"), not the value alone.
      if (button.id) {
        setAttr(button, "aria-labelledby", [labelId, button.id + "-value", button.id + "-value-count"].join(" "));
      }
      if (helpId) { setAttr(button, "aria-describedby", helpId); }
      setAttr(button, "aria-haspopup", "dialog"); // it opens a popover dialog with a search box
    });
    // The open popover: a named dialog holding a group of native radios/checkboxes, each in its label.
    each(box, ".dash-dropdown-content[role=dialog]", function (dialog) {
      setAttr(dialog, "aria-labelledby", labelId);
    });
    each(box, ".dash-options-list", function (list) {
      setAttr(list, "role", "group");
      setAttr(list, "aria-labelledby", labelId);
    });
    each(box, ".dash-options-list-option", function (option) {
      dropAttr(option, "role");
      dropAttr(option, "aria-selected"); // the input inside says checked / not checked
    });
  }

  // Slider handles and their number boxes, named in order: data-a11y-names = "Fra år|Til år".
  function repairSlider(group) {
    var names = group.getAttribute("data-a11y-names").split("|");
    [".dash-slider-thumb", ".dash-range-slider-input"].forEach(function (selector) {
      each(group, selector, function (el, i) {
        var name = names[Math.min(i, names.length - 1)];
        if (name) { setAttr(el, "aria-label", name); }
      });
    });
  }

  function repair() {
    each(document, "[data-a11y-label]", repairDropdown);
    each(document, "[data-a11y-names]", repairSlider);
    // A chart's text summary (its figcaption) stands in for the SVG, whose text would be read as
    // a list of tick labels; the toolbar buttons stay reachable (they are outside the SVG).
    each(document, ".cc-figure .js-plotly-plot svg.main-svg", function (svg) {
      setAttr(svg, "aria-hidden", "true");
    });
  }

  // Runs after every DOM change, before the browser handles the next event: a widget that
  // re-renders or re-mounts (a new page, a dropdown opening, a chart redrawn) is repaired at once.
  var observer = new MutationObserver(repair);

  function start() {
    repair();
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["tabindex", "role", "aria-selected", "aria-labelledby", "aria-label", "aria-haspopup"]
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }

  // The card's "Figur / Tabell" tablist: arrow keys, Home and End move to a tab and open it
  // (roving tabindex; the open tab is the one Tab stop). Enter, Space and clicks are the buttons' own.
  document.addEventListener("keydown", function (event) {
    var tab = event.target;
    if (!tab || !tab.matches || !tab.matches(".cc-views [role=tab]")) { return; }
    var tabs = Array.prototype.slice.call(tab.parentNode.querySelectorAll("[role=tab]"));
    var i = tabs.indexOf(tab);
    var next = {
      ArrowRight: tabs[(i + 1) % tabs.length],
      ArrowDown: tabs[(i + 1) % tabs.length],
      ArrowLeft: tabs[(i - 1 + tabs.length) % tabs.length],
      ArrowUp: tabs[(i - 1 + tabs.length) % tabs.length],
      Home: tabs[0],
      End: tabs[tabs.length - 1]
    }[event.key];
    if (!next) { return; }
    event.preventDefault();
    next.focus();
    if (next.getAttribute("aria-selected") !== "true") { next.click(); }
  });

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    rusdashControls: {
      // Outputs: the view store; per tab (chart, table) aria-selected, tabIndex, className; per
      // panel hidden. Which tab was clicked decides; a click on the open tab changes nothing.
      showView: function () {
        var ctx = window.dash_clientside.callback_context;
        var prop = ctx.triggered.length ? ctx.triggered[0].prop_id : "";
        var open;
        try { open = JSON.parse(prop.slice(0, prop.lastIndexOf("."))).view; } catch (e) { open = null; }
        if (open !== "chart" && open !== "table") { return window.dash_clientside.no_update; }
        var out = [open];
        ["chart", "table"].forEach(function (v) {
          var on = v === open;
          out.push(on ? "true" : "false", on ? "0" : "-1", on ? "nav-link active" : "nav-link");
        });
        ["chart", "table"].forEach(function (v) { out.push(v !== open); });
        return out;
      }
    }
  });
})();
