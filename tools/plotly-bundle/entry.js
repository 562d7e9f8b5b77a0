// The plotly.js of the dashboard: the core (scatter comes with it) and the other trace types
// the figures use (dashboard/figures: go.Scatter, go.Bar, box traces (add_box), go.Choropleth). A new trace type in a
// figure must be added here, and the bundle rebuilt (README.md).
'use strict';

var Plotly = require('plotly.js/lib/core');

Plotly.register([require('plotly.js/lib/bar'), require('plotly.js/lib/box'), require('plotly.js/lib/choropleth')]);

// assets/charts.js lays a figure of a shape a chart has not drawn yet out before its first draw,
// from what plotly makes of the figure (its axes, fonts and annotations, without drawing it):
// plotly.js's own defaults step, which lib/core leaves out of the API.
Plotly.supplyDefaults = require('plotly.js/src/plots/plots').supplyDefaults;
module.exports = Plotly;
