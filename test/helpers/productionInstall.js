/**
 * Preload (`node --require`) that makes the process resolve packages as an install without devDependencies
 * would (`npm ci --omit=dev`): a bare `require` from the project's own code (outside node_modules) of a package
 * that package.json does not list under "dependencies" fails with MODULE_NOT_FOUND, exactly as Node reports it.
 * With GXDC_OMIT_OPTIONAL=1, optionalDependencies are missing too (`--omit=optional`). Packages' own requires
 * (exceljs → jszip …) are left alone: npm installs those with their parent.
 */
"use strict";
const Module = require("module");
const path = require("path");

const root = path.join(__dirname, "..", "..");
const pkg = require(path.join(root, "package.json"));
const allowed = new Set(Object.keys(pkg.dependencies || {}));
if (process.env.GXDC_OMIT_OPTIONAL !== "1") for (const name of Object.keys(pkg.optionalDependencies || {})) allowed.add(name);

const packageName = (request) => {
  const parts = request.split("/");
  return request.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
};
const isBare = (request) => !request.startsWith(".") && !path.isAbsolute(request) && !request.startsWith("node:") && !Module.isBuiltin(request);
const fromProjectCode = (parent) => !parent || !parent.filename || !parent.filename.split(path.sep).includes("node_modules");

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (isBare(request) && fromProjectCode(parent) && !allowed.has(packageName(request))) {
    const err = new Error(`Cannot find module '${request}' (not a production dependency)`);
    err.code = "MODULE_NOT_FOUND";
    throw err;
  }
  return resolve.call(this, request, parent, ...rest);
};
