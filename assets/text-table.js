// The TextTable component (dashboard/components/table.py): a card's table view as one component.
// Its cells are plain text, which React writes as text: nothing a cell holds can become markup.
// It replaced a dcc.Markdown holding escaped HTML, whose code (dcc's markdown chunk, 325 KB of
// script) every chart page fetched and ran before its first render.
(function () {
  "use strict";
  var R = window.React;
  if (!R || typeof R.createElement !== "function") { return; }
  var h = R.createElement;

  function TextTable(props) {
    var numeric = {};
    (props.numeric || []).forEach(function (i) { numeric[i] = true; });
    function align(i) { return numeric[i] ? "text-end" : undefined; }
    var head = h("thead", {key: "head"}, h("tr", null, (props.header || []).map(function (text, i) {
      return h("th", {key: i, scope: "col", className: align(i)}, text);
    })));
    var body = h("tbody", {key: "body"}, (props.rows || []).map(function (row, r) {
      return h("tr", {key: r}, row.map(function (text, i) {
        return i === 0 && props.rowHeaders
          ? h("th", {key: i, scope: "row", className: align(i)}, text)
          : h("td", {key: i, className: align(i)}, text);
      }));
    }));
    var parts = props.caption ? [h("caption", {key: "caption"}, props.caption), head, body] : [head, body];
    return h("div", {id: props.id, className: props.className}, h("table", {className: props.tableClassName}, parts));
  }

  window.rusdash_components = Object.assign(window.rusdash_components || {}, {TextTable: TextTable});
})();
