/** Expense sheets for the evaluateExpenses tests: one clean 新設 sheet over two fiscal years, and builders. */
import type { ExpenseLine, ExpenseSheetInput } from "../sheetTypes";

export const line = (row: number, fields: Partial<ExpenseLine>): ExpenseLine => ({
  row,
  kind: "line",
  category: null,
  item: null,
  subItem: null,
  description: null,
  amountYen: null,
  eligibleYen: null,
  rateClass: null,
  fiscalYear: null,
  quantity: null,
  unit: null,
  ...fields,
});

/**
 * 新設, FY2024 + FY2025. FY2024: PV 200M (1/3), battery 400M for 4,000 kWh (1/2), HVAC 300M (1/3), works 50M,
 * 事務費 3M → calculated 366,666,666.67 + … → capped at 300M. FY2025: equipment 60M (1/2), 事務費 1M.
 */
export const CLEAN_NEW: ExpenseSheetInput = {
  projectType: "new",
  lines: [
    line(5, { category: "設備費", item: "設備費", description: "太陽光発電設備 2,000kW", amountYen: 200_000_000, eligibleYen: 200_000_000, rateClass: "1/3", fiscalYear: 2024 }),
    line(6, { category: "設備費", item: "設備費", description: "再エネ変動調整用蓄電池", amountYen: 400_000_000, eligibleYen: 400_000_000, rateClass: "1/2", fiscalYear: 2024, quantity: 4000, unit: "kWh" }),
    line(7, { category: "設備費", item: "設備費", description: "高効率空調設備（チラー）", amountYen: 300_000_000, eligibleYen: 300_000_000, rateClass: "1/3", fiscalYear: 2024 }),
    line(8, { category: "工事費", item: "本工事費", subItem: "（直接工事費）労務費", description: "受変電設備据付工事", amountYen: 50_000_000, eligibleYen: 50_000_000, rateClass: "1/2", fiscalYear: 2024 }),
    line(9, { category: "事務費", item: "事務費", subItem: "旅費", description: "事務手続のための旅費", amountYen: 3_000_000, eligibleYen: 3_000_000, fiscalYear: 2024 }),
    line(10, { category: "設備費", item: "設備費", description: "EMS機器", amountYen: 60_000_000, eligibleYen: 60_000_000, rateClass: "1/2", fiscalYear: 2025 }),
    line(11, { category: "事務費", item: "事務費", subItem: "印刷製本費", description: "図面焼増", amountYen: 1_000_000, eligibleYen: 1_000_000, fiscalYear: 2025 }),
    { ...line(12, { amountYen: 953_000_000, eligibleYen: 953_000_000, fiscalYear: 2024 }), kind: "total" },
    { ...line(13, { amountYen: 61_000_000, eligibleYen: 61_000_000, fiscalYear: 2025 }), kind: "total" },
    { ...line(14, { amountYen: 1_014_000_000, eligibleYen: 1_014_000_000 }), kind: "total" },
    { ...line(15, { category: "設備費", amountYen: 960_000_000, eligibleYen: 960_000_000 }), kind: "subtotal" },
  ],
  declared: {
    totalProjectCostYen: { valueYen: 1_014_000_000, row: 20 },
    eligibleTotalYen: { valueYen: 1_014_000_000, row: 21 },
    adminFeeYen: { valueYen: 4_000_000, row: 22 },
    subsidyRequested: [
      { fiscalYear: 2024, valueYen: 300_000_000, row: 23 },
      { fiscalYear: 2025, valueYen: 30_500_000, row: 24 },
    ],
  },
};
