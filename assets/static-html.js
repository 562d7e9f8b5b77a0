// The StaticHtml component (dashboard/components/static_html.py): a stretch of plain HTML sent as
// one Dash component, drawn here with React. A tree is [tag, props, ...children]; a child is a tree,
// a text or a number, which React writes as text.
(function () {
  "use strict";
  var R = window.React;
  if (!R || typeof R.createElement !== "function") { return; }

  function element(node) {
    if (!Array.isArray(node)) { return node; }
    // children as arguments, not an array: React asks for no keys then
    var args = [node[0], node[1]];
    for (var i = 2; i < node.length; i++) { args.push(element(node[i])); }
    return R.createElement.apply(null, args);
  }

  function StaticHtml(props) {
    return props.tree ? element(props.tree) : null;
  }

  window.rusdash_components = Object.assign(window.rusdash_components || {}, {StaticHtml: StaticHtml});
})();
