#!/usr/bin/env node
/**
 * Benchmarks (figures, not tests): how the shared core scales with the size of an application.
 *   1. validateWorkbook on a 経費内訳 of N lines (the taskpane's 検証 and `gxdc validate` both run it);
 *   2. the same workbook as .xlsx: exceljs write + read (what `gxdc validate FILE.xlsx` adds);
 *   3. custom functions evaluated in the formula engine of `gxdc calc` (HyperFormula), per formula.
 * Runs on the compiled CLI (build/cli, made by `npm run build:cli`, which `npm install` runs).
 *   node scripts/bench.js [--sizes 100,1000,5000] [--runs 5]
 * Office.js sync counts are asserted by test/excel (a constant number per validation), not timed here.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { performance } = require("perf_hooks");

const BUILD = path.join(__dirname, "..", "build", "cli");
if (!fs.existsSync(path.join(BUILD, "cli", "main.js"))) {
  console.error("build/cli is missing: run `npm run build:cli` first.");
  process.exit(2);
}
const { validateWorkbook } = require(path.join(BUILD, "rules/sheets/validateWorkbook.js"));
const { gridsWorkbook, readWorkbookBuffer } = require(path.join(BUILD, "cli/xlsx.js"));
const { createFormulaEngine } = require(path.join(BUILD, "cli/engine/formulaEngine.js"));
const { CUSTOM_FUNCTIONS } = require(path.join(BUILD, "cli/engine/registry.generated.js"));

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const SIZES = option("--sizes", "100,1000,5000").split(",").map(Number);
const RUNS = Number(option("--runs", "5"));

const HEADER = ["年度", "区分", "費目", "細分", "内容", "数量", "単位", "金額（円）", "補助対象経費（円）", "補助率区分"];
/** Realistic lines, cycled: 工事費・設備費・業務費・事務費 over two 年度, some ineligible, some as text. */
const LINES = [
  ["工事費", "本工事費", "材料費", "太陽光発電設備 架台・配線材料", null, null, 3_000_000, 3_000_000, "1/3"],
  ["工事費", "付帯工事費", "", "既存設備撤去工事", null, null, 200_000, 0, "1/2"],
  ["設備費", "設備費", "", "高効率空調設備（間接外気冷房）", 1, "式", 12_000_000, 12_000_000, "1/3"],
  ["設備費", "設備費", "", "定置用蓄電池（業務・産業用）", 100, "kWh", 11_000_000, 11_000_000, "1/2"],
  ["業務費", "業務費", "", "エネルギーマネジメントシステム設計費", null, null, "５００，０００円", "５００，０００円", "1/2"],
  ["事務費", "事務費", "旅費", "現地打合せ旅費", null, null, 10_000, 10_000, "1/2"],
];

function expenseWorkbook(n) {
  const values = [["別紙2　経費内訳"], ["事業区分", "新設"], [], HEADER];
  for (let i = 0; i < n; i++) values.push([i < n / 2 ? 2024 : 2025, ...LINES[i % LINES.length]]);
  return { sheets: [{ name: "別紙2 経費内訳", values, rowOffset: 0, colOffset: 0 }] };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn, runs = RUNS) {
  fn(); // warm-up
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

async function timeAsync(fn, runs = RUNS) {
  await fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;

async function main() {
  console.log(`node ${process.version}, median of ${RUNS} runs after a warm-up`);
  console.log("\n1. validateWorkbook (経費内訳, 新設)");
  console.log("   lines     findings   time        per line");
  for (const n of SIZES) {
    const wb = expenseWorkbook(n);
    const findings = validateWorkbook(wb).findings.length;
    const ms = time(() => validateWorkbook(wb));
    console.log(`   ${String(n).padStart(5)}  ${String(findings).padStart(9)}   ${fmt(ms).padStart(10)}  ${((ms * 1000) / n).toFixed(1).padStart(7)} µs`);
  }

  console.log("\n2. .xlsx round trip (exceljs write + read into a grid)");
  console.log("   lines     bytes      time");
  for (const n of SIZES) {
    const workbook = gridsWorkbook(expenseWorkbook(n));
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const ms = await timeAsync(async () => {
      const r = await readWorkbookBuffer(buffer);
      if (!r.ok) throw new Error(r.message);
    });
    console.log(`   ${String(n).padStart(5)}  ${String(buffer.length).padStart(9)}  ${fmt(ms).padStart(10)}`);
  }

  console.log("\n3. custom functions in the gxdc calc formula engine (HyperFormula)");
  const engine = createFormulaEngine(CUSTOM_FUNCTIONS);
  const formulas = ['=DC.SUBSIDY("新設", 300000000, 120000000)', '=GX.SUBSIDYRATE("DC", 1, "大企業")', '=DC.CO2COST(150000000, 1200, 15)'];
  const N = 2000;
  for (const f of formulas) {
    const probe = engine.evaluate(f);
    const ms = time(() => {
      for (let i = 0; i < N; i++) engine.evaluate(f);
    }, 3);
    console.log(`   ${f.padEnd(45)} → ${JSON.stringify("value" in probe ? probe.value : probe.error)}  ${((ms * 1000) / N).toFixed(1)} µs per formula`);
  }
  engine.destroy();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
