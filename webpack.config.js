/**
 * The Excel add-in's web build: the task pane and the ribbon's function file, into `dist/web/`
 * (`dist/` itself holds the compiled CLI). `webpack --mode production` needs no certificate;
 * `webpack serve` (webpack-dev-server) serves https://localhost:3000 with the Office add-in
 * development certificate from `office-addin-dev-certs`, loaded only then.
 */
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const OUTPUT = path.resolve(__dirname, 'dist', 'web');
const DEV_SERVER_PORT = 3000;

/** What the pane may load (officials' data never leaves their machine). */
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_JS_ORIGIN}`,
  "connect-src 'self'",
  // Fluent UI (Griffel) inserts its styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The https options of the Office add-in development certificate, installed on first use. */
async function devServerHttps() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: production ? 'production' : 'development',
    // WebView2, Excel on the web and Excel for Mac all run ES2020; the pane needs DecompressionStream anyway.
    target: ['web', 'es2020'],
    // eval-based source maps would need 'unsafe-eval' in the policy above.
    devtool: 'source-map',
    // html-webpack-plugin renders the pages; webpack's own HTML modules would reprint them.
    experiments: { html: false },
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands.ts',
      // Cách ly — the Web Worker that reads returned files. Its name is fixed because the pane starts
      // it by URL (`createWebWorkerParser`): `new URL(…, import.meta.url)` is not open to a CommonJS tsc.
      // A worker has no document to add <script> tags to: its chunks come by importScripts.
      'parse-worker': { import: './src/workbook/isolation/webWorkerEntry.ts', filename: 'parse-worker.js', chunkLoading: 'import-scripts' },
    },
    output: {
      path: OUTPUT,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      alias: {
        // exceljs's prebuilt browser bundle brings its own zip and stream code: no Node polyfills.
        // The "bare" build leaves out the polyfills for old browsers, which the targets above do not need.
        exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.bare.min.js'),
      },
    },
    module: {
      // Prebuilt and minified: nothing in it for webpack to resolve.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.bare\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            // Types are checked by `npm run typecheck`; the build only transpiles (isolatedModules).
            transpileOnly: true,
            // ES modules keep `import()` as a split point for webpack.
            compilerOptions: { module: 'esnext', moduleResolution: 'node', target: 'es2020', sourceMap: true },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // One exceljs file, shared by the pane (loaded on demand) and the worker (loaded as it starts).
          exceljs: { test: /exceljs[\\/]dist[\\/]exceljs\.bare\.min\.js$/, chunks: 'all', enforce: true, priority: 10 },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        // Left readable: an IT department checks the policy and the scripts a page loads.
        minify: false,
        templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands.html',
        chunks: ['commands'],
        minify: false,
        templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
      }),
      // The manifest's support and "learn more" page.
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/taskpane/help.html',
        chunks: [],
        minify: false,
        templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'src/taskpane/assets', to: 'assets' },
        ],
      }),
    ],
    performance: {
      // The start-up bundle (React, Fluent UI) is ~0.6 MB; exceljs (~0.9 MB) is a chunk of its own,
      // loaded only when a workbook file is first read or written.
      maxEntrypointSize: 1_000_000,
      maxAssetSize: 1_000_000,
    },
    devServer: serving
      ? {
          port: DEV_SERVER_PORT,
          // Everything is served from the build in memory.
          static: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await devServerHttps() },
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
