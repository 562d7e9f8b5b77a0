// Builds ../../assets/plotly-bundle.min.js from entry.js with esbuild, and beside it the same file
// compressed once at the highest levels (.br, .gz), which the app sends to browsers that take them
// (dashboard/static_files.py). README.md says why and how.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync(require.resolve('plotly.js/package.json'), 'utf8'));
const outfile = join(here, '..', '..', 'assets', 'plotly-bundle.min.js');

// plotly.js's registry requires maplibre's style sheet for the tile-map traces, which this bundle
// leaves out: an empty module instead, so no CSS file is written (Dash would serve it on every page).
const noMaplibreCss = {
    name: 'no-maplibre-css',
    setup(build) {
        build.onResolve({ filter: /maplibre-gl\.css$/ }, (args) => ({ path: args.path, namespace: 'empty' }));
        build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
    }
};

// plotly.js's config defaults point at two internet hosts: the world topojson on cdn.plot.ly and
// the chart-upload page on cloud.plotly.com. The dashboard runs on a closed network, so the bundle's
// defaults are our own: the topojson the app serves (assets/topojson) and no upload URL (plotly.js
// then refuses to send: "plotlyServerURL is empty"). Each default must be found exactly once, so
// a plotly.js upgrade that moves them fails the build instead of shipping the CDN again.
const OFFLINE_DEFAULTS = [
    ["dflt: 'https://cdn.plot.ly/un/'", "dflt: '/assets/topojson/'"],
    ["dflt: 'https://cloud.plotly.com/newchart'", "dflt: ''"]
];
const offlineDefaults = {
    name: 'offline-defaults',
    setup(build) {
        build.onLoad({ filter: /plot_api[\\/]plot_config\.js$/ }, (args) => {
            let contents = readFileSync(args.path, 'utf8');
            for (const [from, to] of OFFLINE_DEFAULTS) {
                if (contents.split(from).length !== 2) throw new Error(`plot_config.js: expected ${from} once`);
                contents = contents.replace(from, to);
            }
            return { contents, loader: 'js' };
        });
    }
};

await esbuild.build({
    entryPoints: [join(here, 'entry.js')],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'Plotly', // a classic script: `var Plotly` is window.Plotly, which Dash's dcc.Graph looks for
    // As plotly.js's own esbuild-config.js: browser globals, no AMD.
    define: { global: 'window', 'define.amd': 'false', 'process.env.NODE_DEBUG': 'false' },
    target: 'es2016',
    legalComments: 'eof',
    banner: {
        js: `/*! plotly.js v${version} (scatter, bar, box, choropleth; built by tools/plotly-bundle) | Copyright 2012-2026, Plotly, Inc. | MIT license */`
    },
    plugins: [noMaplibreCss, offlineDefaults],
    logLevel: 'info'
});

// Brotli at its highest quality takes seconds for this file: too slow for a request, done here once.
const js = readFileSync(outfile);
writeFileSync(`${outfile}.br`, brotliCompressSync(js, {
    params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: js.length
    }
}));
writeFileSync(`${outfile}.gz`, gzipSync(js, { level: 9 }));
