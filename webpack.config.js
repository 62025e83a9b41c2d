/**
 * Builds the add-in into dist/:
 *   taskpane.html + taskpane.js  the React taskpane (it also hosts the custom functions: shared runtime);
 *                                taskpane.js depends on functions.js (the rules core, downloaded once) and
 *                                runtime.js (webpack's loader)
 *   functions.js + functions.json the custom functions; functions.json is generated from JSDoc
 *   functions-ja.json            the ja-JP overlay (Japanese descriptions and parameter help)
 *   panels.js, engine.js, engine-panels.js, themes.js  what taskpane.html loads on demand (see the output below)
 *   demo.html + demo.js (+ demo.*.js) the taskpane next to an in-memory workbook, for machines without Excel (its own
 *                                compilation, so its chunks do not shape taskpane.html's)
 *   manifest.xml, assets/        copied; localhost URLs replaced for a production deployment (ADDIN_BASE_URL)
 * HyperFormula (GPL) is used only by the gxdc CLI and tests and never enters these bundles.
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const FunctionsJaPlugin = require("./scripts/functions-ja-plugin");
const { FUNCTION_SOURCES } = require("./scripts/lib/function-sources");

const DEV_URL = "https://localhost:3000/";

/**
 * Writes build/bundle-modules.json: per chunk, its modules (source path, source size), and
 * build/bundle-chunks.json: per on-demand import (panels, engine), the files it fetches. `npm run bench` reads them
 * to show that no code is downloaded twice by taskpane.html and what each step downloads. Outside dist: not deployed.
 */
class BundleModulesPlugin {
  apply(compiler) {
    compiler.hooks.done.tap("BundleModulesPlugin", (stats) => {
      const { compilation } = stats;
      const out = {};
      for (const chunk of compilation.chunks) {
        const modules = [];
        for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          for (const inner of m.modules ? [...m.modules] : [m]) {
            const name = inner.resource ? path.relative(__dirname, inner.resource) : inner.identifier();
            modules.push({ name, size: inner.size() });
          }
        }
        out[chunk.name || String(chunk.id)] = modules;
      }
      const groups = {};
      for (const g of compilation.chunkGroups) {
        if (g.isInitial() || !g.name) continue;
        groups[g.name] = [...new Set(g.chunks.flatMap((c) => [...c.files]).filter((f) => f.endsWith(".js")))];
      }
      fs.mkdirSync(path.join(__dirname, "build"), { recursive: true });
      fs.writeFileSync(path.join(__dirname, "build", "bundle-modules.json"), JSON.stringify(out));
      fs.writeFileSync(path.join(__dirname, "build", "bundle-chunks.json"), JSON.stringify(groups));
    });
  }
}
/** The custom-function wrapper modules: one list, shared with the docs/registry generators and the tests. */
const FUNCTION_FILES = FUNCTION_SOURCES.map((f) => `./${f}`);

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/** What both compilations share: TypeScript, the rules core's purity, the webviews' ES2020, the minifier's ids. */
const common = (dev) => ({
  devtool: dev ? "source-map" : false,
  // Office's webviews (Edge WebView2, Safari WebKit) run ES2020: webpack's own runtime code uses it too.
  target: ["web", "es2020"],
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  performance: { hints: false },
  module: {
    rules: [
      // The rules core is pure (SPEC §3: no I/O, no globals touched at import): a module none of whose exports
      // is used is left out whole — params and checklists built by calls (param({...})) are otherwise kept.
      { test: /[\\/]src[\\/]rules[\\/]/, sideEffects: false },
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
      },
    ],
  },
});

/**
 * demo.html + demo.js (and its on-demand demo.*.js) are a compilation of their own: sharing taskpane.html's would
 * make each on-demand chunk (panels, engine) carry again, for the demo, modules that taskpane.html already has in
 * functions.js, and would keep in the rules core the exports only the demo uses.
 */
const demoConfig = (dev) => ({
  ...common(dev),
  name: "demo",
  entry: { demo: ["./src/demo/index.tsx"] },
  output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", chunkFilename: "demo.[name].js", publicPath: "", clean: { keep: (file) => !file.startsWith("demo") } },
  optimization: { moduleIds: "size", chunkIds: "size", mangleExports: "size", splitChunks: { name: (module, chunks) => chunks.map((c) => c.name).sort().join("-") } },
  plugins: [new HtmlWebpackPlugin({ filename: "demo.html", template: "./src/demo/demo.html", chunks: ["demo"], scriptLoading: "defer" })],
});

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const prodUrl = process.env.ADDIN_BASE_URL || DEV_URL;
  const addin = {
    ...common(dev),
    name: "addin",
    entry: {
      // outsideOffice.ts first: opened outside Office (no CustomFunctions), the registrations are no-ops.
      functions: ["./src/functions/outsideOffice.ts", ...FUNCTION_FILES],
      // taskpane.html loads both: the rules core the functions carry is downloaded once, in functions.js.
      taskpane: { import: ["./src/taskpane/index.tsx"], dependOn: "functions" },
    },
    // On demand: panels.js, the taskpane's other parts (src/taskpane/lazyPanels.tsx); engine.js, the validation
    // engine (src/taskpane/lazyEngine.ts). publicPath "": every file sits next to the pages (no run-time path
    // detection in functions.js). The demo's files are the other compilation's: kept when this one cleans dist/.
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", chunkFilename: "[name].js", publicPath: "", clean: { keep: /^demo/ } },
    // Shortest ids and export names for the most used (file names carry no hash, so stable ids buy nothing).
    optimization: {
      moduleIds: "size",
      chunkIds: "size",
      mangleExports: "size",
      // runtime.js: webpack's loader (also of the on-demand chunks), shared by taskpane.html's bundles and loaded first.
      runtimeChunk: "single",
      // Code two on-demand imports share (the advisor and the engine both evaluate) is split into one file named
      // after them (engine-panels.js), downloaded once; a library only one of them uses stays in its file.
      splitChunks: { name: (module, chunks) => chunks.map((c) => c.name).sort().join("-") },
    },
    plugins: [
      new BundleModulesPlugin(),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new FunctionsJaPlugin({ input: "functions.json", output: "functions-ja.json" }),
      // defer: the page's static loading state paints while the bundles download and run.
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["functions", "taskpane"], scriptLoading: "defer" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().replaceAll(DEV_URL, prodUrl)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD ? {} : await httpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
  return [addin, demoConfig(dev)];
};
