/**
 * DC.* custom functions (SPEC §4): thin wrappers — coerce the Excel arguments, call the dc-zero /
 * dc-tech rules core, return an Excel value or error. Parameters are `any` because Excel passes
 * numbers, text ("１２０００", "80%", "令和7年2月20日"), booleans and null for omitted optionals.
 * Japanese help: ./i18n/dc.ja.ts.
 */
import { Fraction } from "../rules/lib/fraction";
import { andThen, fail, ok, type Result } from "../rules/lib/result";
import {
  adminLimit,
  annualReportDues,
  batteryCheck,
  classifyExpense,
  co2CostLimit,
  co2ReductionCost,
  completionReportDue,
  evaluatedUtilization,
  excelSerialToIso,
  financialCheck,
  isoToExcelSerial,
  parseBatteryClass,
  parseDateText,
  parseProjectType,
  pue,
  rateForEquipment,
  reShare,
  requiredFinancialStatementPeriods,
  subsidyAmount,
  subsidyCap,
  subsidyRate,
  totalReShare,
  DC_ZERO_CURRENT,
  type DcProjectType,
} from "../rules/programs/dc-zero";
import { classifyTechExpense, revenuePayback } from "../rules/programs/dc-tech";
import { argNumber, argText, isOmitted, run, type ExcelErrorValue } from "./runtime";

/** Narrows `run` to the result type a function declares (run passes values through unchanged). */
const number = (body: () => Result<number>): number | ExcelErrorValue => run(body) as number | ExcelErrorValue;
const text = (body: () => Result<string>): string | ExcelErrorValue => run(body) as string | ExcelErrorValue;
const bool = (body: () => Result<boolean>): boolean | ExcelErrorValue => run(body) as boolean | ExcelErrorValue;

const amount = (v: unknown, nameJa: string): Result<number> => argNumber(v, nameJa, { min: 0 });
const toNumber = (f: Fraction): number => f.toNumber();

function readProjectType(v: unknown): Result<DcProjectType> {
  return parseProjectType(isOmitted(v) ? null : typeof v === "string" || typeof v === "number" ? v : String(v));
}

/** A date argument: an Excel date serial, or text such as "2025-02-20", "2025/2/20", "令和7年2月20日". */
function dateArg(v: unknown, nameJa: string): Result<string> {
  if (isOmitted(v) || typeof v === "boolean") return fail("INVALID_INPUT", `${nameJa}を日付で入力してください（例: 2025/2/20、令和7年2月20日、日付のセル）。`, { path: nameJa });
  return typeof v === "number" ? excelSerialToIso(v, nameJa) : parseDateText(String(v), nameJa);
}

/**
 * CO2 reduction cost: eligible cost ÷ (annual CO2 reduction × statutory useful life), in JPY per t-CO2 (DC-CONT-REQ-06).
 * @customfunction DC.CO2COST
 * @param eligibleCost Planned eligible expenditure, in JPY.
 * @param annualReductionT Annual energy-origin CO2 reduction, in t-CO2 per year.
 * @param usefulLifeYears Statutory useful life, in years.
 * @returns CO2 reduction cost in JPY/t-CO2.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcCo2Cost(eligibleCost: any, annualReductionT: any, usefulLifeYears: any): number | ExcelErrorValue {
  return number(() =>
    andThen(amount(eligibleCost, "補助対象経費"), (cost) =>
      andThen(amount(annualReductionT, "年間CO2削減量"), (t) =>
        andThen(amount(usefulLifeYears, "法定耐用年数"), (years) => andThen(co2ReductionCost(cost, t, years), (f) => ok(toNumber(f)))),
      ),
    ),
  );
}

/**
 * CO2 reduction cost limit in JPY/t-CO2: 230,000 for container projects; #N/A for the other project types, which have none (DC-CONT-REQ-06).
 * @customfunction DC.CO2COSTLIMIT
 * @param projectType Project type: 新設/new, 改修/renovation, 移設/relocation, コンテナ/container.
 * @returns Limit in JPY/t-CO2.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcCo2CostLimit(projectType: any): number | ExcelErrorValue {
  return number(() => andThen(readProjectType(projectType), (t) => co2CostLimit(t)));
}

/**
 * Subsidy for one fiscal year (the whole project for relocation/container): new/renovation 1/2 of (total − part) + 1/3 of the part; relocation/container 1/3; then the cap.
 * @customfunction DC.SUBSIDY
 * @param projectType Project type: 新設/new, 改修/renovation, 移設/relocation, コンテナ/container.
 * @param eligibleCost Eligible cost (total), in JPY.
 * @param [lowerRatePart] Part of the eligible cost for PV and energy-saving air-conditioning (1/3 rate), in JPY. Default 0.
 * @returns Subsidy in JPY (exact, no rounding).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcSubsidy(projectType: any, eligibleCost: any, lowerRatePart?: any): number | ExcelErrorValue {
  return number(() =>
    andThen(readProjectType(projectType), (t) =>
      andThen(amount(eligibleCost, "補助対象経費"), (total) =>
        andThen(argNumber(lowerRatePart, "うち太陽光・空調等", { min: 0, default: 0 }), (part) =>
          andThen(subsidyAmount(t, total, part), (b) => ok(toNumber(b.amount))),
        ),
      ),
    ),
  );
}

/**
 * Subsidy rate of a project type, optionally for an equipment class (PV / air-conditioning → 1/3 for new and renovation). 0 when the equipment is ineligible for the type.
 * @customfunction DC.SUBSIDYRATE
 * @param projectType Project type: 新設/new, 改修/renovation, 移設/relocation, コンテナ/container.
 * @param [equipment] Equipment class or description, e.g. 太陽光, 空調, 蓄電池, その他, "1/3". Default: standard rate.
 * @returns Rate as a decimal (0.5, 0.333…).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcSubsidyRate(projectType: any, equipment?: any): number | ExcelErrorValue {
  return number(() =>
    andThen(readProjectType(projectType), (t) =>
      isOmitted(equipment) ? ok(toNumber(subsidyRate(t))) : andThen(rateForEquipment(t, String(equipment)), (r) => ok(toNumber(r))),
    ),
  );
}

/**
 * Subsidy cap of a project type in JPY: new 300M per fiscal year, renovation 100M per fiscal year, relocation 100M, container 200M.
 * @customfunction DC.SUBSIDYCAP
 * @param projectType Project type: 新設/new, 改修/renovation, 移設/relocation, コンテナ/container.
 * @returns Cap in JPY.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcSubsidyCap(projectType: any): number | ExcelErrorValue {
  return number(() => andThen(readProjectType(projectType), (t) => ok(subsidyCap(t).yen)));
}

/**
 * Ceiling of administrative expenses: 6.5% up to 50M, 5.5% above 50M up to 100M, 4.5% above 100M of works + equipment + services (MOE-ADMIN-01).
 * @customfunction DC.ADMINLIMIT
 * @param baseCost Works + equipment + services costs, in JPY.
 * @returns Ceiling in JPY.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcAdminLimit(baseCost: any): number | ExcelErrorValue {
  return number(() => andThen(amount(baseCost, "工事費＋設備費＋業務費"), (base) => andThen(adminLimit(base), (f) => ok(toNumber(f)))));
}

/**
 * TRUE when the administrative expenses are within their ceiling on works + equipment + services (MOE-ADMIN-01).
 * @customfunction DC.ADMINCHECK
 * @param adminFee Administrative expenses, in JPY.
 * @param baseCost Works + equipment + services costs, in JPY.
 * @returns TRUE when within the ceiling.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcAdminCheck(adminFee: any, baseCost: any): boolean | ExcelErrorValue {
  return bool(() =>
    andThen(amount(adminFee, "事務費"), (fee) =>
      andThen(amount(baseCost, "工事費＋設備費＋業務費"), (base) => andThen(adminLimit(base), (limit) => ok(limit.gte(Fraction.fromDecimal(fee))))),
    ),
  );
}

/**
 * PUE: energy use of the whole facility ÷ energy use of the ICT equipment (DC-MOVE-REQ-02).
 * @customfunction DC.PUE
 * @param facilityKWh Energy use of the whole facility, in kWh.
 * @param ictKWh Energy use of the ICT equipment, in kWh.
 * @returns PUE (≥ 1).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcPue(facilityKWh: any, ictKWh: any): number | ExcelErrorValue {
  return number(() =>
    andThen(amount(facilityKWh, "施設全体のエネルギー使用量"), (facility) =>
      andThen(amount(ictKWh, "ICT機器のエネルギー使用量"), (ict) => andThen(pue(facility, ict), (f) => ok(toNumber(f)))),
    ),
  );
}

/**
 * Renewable share of the data center's electricity use; new builds require at least 10% (DC-NEW-REQ-01).
 * @customfunction DC.RESHARE
 * @param reKWh Renewable electricity supplied, in kWh per year.
 * @param useKWh Electricity use of the data center, in kWh per year.
 * @returns Share as a decimal (0.12 = 12%).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcReShare(reKWh: any, useKWh: any): number | ExcelErrorValue {
  return number(() =>
    andThen(amount(reKWh, "再エネ電力量"), (re) => andThen(amount(useKWh, "使用電力量"), (use) => andThen(reShare(re, use), (f) => ok(toNumber(f))))),
  );
}

/**
 * Total renewable share: (new RE + RE-derived purchased electricity + certificate-backed RE) ÷ electricity use of the data center (DC-RATIO-01).
 * @customfunction DC.TOTALRESHARE
 * @param newReKWh Electricity from newly introduced RE equipment, in kWh per year.
 * @param purchasedReKWh RE-derived purchased electricity, in kWh per year.
 * @param certificateReKWh RE electricity backed by certificates, in kWh per year.
 * @param useKWh Electricity use of the data center, in kWh per year.
 * @returns Share as a decimal (0.35 = 35%).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcTotalReShare(newReKWh: any, purchasedReKWh: any, certificateReKWh: any, useKWh: any): number | ExcelErrorValue {
  return number(() =>
    andThen(amount(newReKWh, "新規導入の再エネ電力量"), (n) =>
      andThen(amount(purchasedReKWh, "再エネ由来の購入電力量"), (p) =>
        andThen(amount(certificateReKWh, "証書による再エネ電力量"), (c) =>
          andThen(amount(useKWh, "使用電力量"), (use) => andThen(totalReShare(n, p, c, use), (f) => ok(toNumber(f)))),
        ),
      ),
    ),
  );
}

/**
 * Number of latest fiscal periods of financial statements (balance sheet, P&L) to submit: 3, or fewer for a young company; 0 = submit the business plan and budget instead (DC-DOC-03).
 * @customfunction DC.STATEMENTPERIODS
 * @param founded Date of incorporation (a date cell, 2022-10-01, 令和4年10月1日).
 * @param application Application date (same forms).
 * @param [fiscalYearEndMonth] Closing month 1–12 (3 = March); omitted: full years since incorporation are counted.
 * @returns Number of fiscal periods (0–3).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcStatementPeriods(founded: any, application: any, fiscalYearEndMonth?: any): number | ExcelErrorValue {
  return number(() =>
    andThen(dateArg(founded, "設立日"), (f) =>
      andThen(dateArg(application, "申請日"), (a) =>
        andThen(isOmitted(fiscalYearEndMonth) ? ok(null) : argNumber(fiscalYearEndMonth, "決算月"), (m) =>
          andThen(requiredFinancialStatementPeriods(f, a, m), (r) => ok(r.periods)),
        ),
      ),
    ),
  );
}

/**
 * TRUE when a stationary battery is at or below its target price: (price − 20,000 JPY × floor(hybrid kW)) ÷ kWh ≤ 120,000 (commercial/industrial) or 135,000 (household) JPY/kWh (DC-BATT-01/03).
 * @customfunction DC.BATTERYCHECK
 * @param price Battery system price including installation, in JPY.
 * @param capacityKWh Capacity, in kWh.
 * @param [batteryClass] 業務・産業用 (commercial/industrial, default) or 家庭用 (household).
 * @param [hybridOutputKW] Rated output (grid side) of a hybrid inverter, in kW; decimals are truncated. Default 0.
 * @returns TRUE when at or below the target price.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcBatteryCheck(price: any, capacityKWh: any, batteryClass?: any, hybridOutputKW?: any): boolean | ExcelErrorValue {
  return bool(() =>
    andThen(amount(price, "蓄電池の価格（工事費込み）"), (p) =>
      andThen(amount(capacityKWh, "蓄電池の容量（kWh）"), (kwh) =>
        andThen(isOmitted(batteryClass) ? ok("industrial" as const) : parseBatteryClass(batteryClass), (cls) =>
          andThen(argNumber(hybridOutputKW, "ハイブリッドPCSの定格出力（kW）", { min: 0, default: 0 }), (kw) =>
            andThen(batteryCheck(p, kwh, cls, kw), (r) => ok(r.pass)),
          ),
        ),
      ),
    ),
  );
}

/**
 * Utilisation used in the review: MAX(expected utilisation, 50%) (DC-REV-03).
 * @customfunction DC.EVALUTILIZATION
 * @param expectedUtilization Expected utilisation as a decimal (0.8) or percentage text ("80%").
 * @returns Evaluated utilisation as a decimal.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcEvalUtilization(expectedUtilization: any): number | ExcelErrorValue {
  return number(() => andThen(amount(expectedUtilization, "想定稼働率"), (u) => andThen(evaluatedUtilization(u), (f) => ok(toNumber(f)))));
}

/**
 * TRUE when none of the three unsoundness tests applies: ① losses in every submitted period, ② negative net assets, ③ equity ratio < 10% and current ratio < 100% (DC-FIN-01).
 * @customfunction DC.FINANCIALCHECK
 * @param netAssets Net assets (equity) of the latest period, in JPY.
 * @param totalAssets Total assets of the latest period, in JPY.
 * @param currentAssets Current assets of the latest period, in JPY.
 * @param currentLiabilities Current liabilities of the latest period, in JPY.
 * @param netIncome Net income of the latest period, in JPY.
 * @param [previousNetIncome] Net income of the previous period, in JPY (omit when only 1 period was submitted).
 * @param [olderNetIncome] Net income of the period before that, in JPY (omit when fewer than 3 periods were submitted).
 * @returns TRUE when financially sound.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcFinancialCheck(netAssets: any, totalAssets: any, currentAssets: any, currentLiabilities: any, netIncome: any, previousNetIncome?: any, olderNetIncome?: any): boolean | ExcelErrorValue {
  return bool(() => {
    if (isOmitted(previousNetIncome) && !isOmitted(olderNetIncome)) {
      return fail("INVALID_INPUT", "前々期純利益を指定する場合は前期純利益も入力してください（DC-FIN-01）。", { ruleId: "DC-FIN-01" });
    }
    const incomes: Result<number>[] = [argNumber(netIncome, "当期純利益")];
    if (!isOmitted(previousNetIncome)) incomes.push(argNumber(previousNetIncome, "前期純利益"));
    if (!isOmitted(olderNetIncome)) incomes.push(argNumber(olderNetIncome, "前々期純利益"));
    const failed = incomes.find((r) => !r.ok);
    if (failed && !failed.ok) return failed;
    return andThen(argNumber(netAssets, "純資産"), (na) =>
      andThen(amount(totalAssets, "総資産"), (ta) =>
        andThen(amount(currentAssets, "流動資産"), (ca) =>
          andThen(amount(currentLiabilities, "流動負債"), (cl) =>
            andThen(
              financialCheck({ netIncome: incomes.map((r) => (r.ok ? r.value : 0)), netAssets: na, totalAssets: ta, currentAssets: ca, currentLiabilities: cl }),
              (c) => ok(c.pass),
            ),
          ),
        ),
      ),
    );
  });
}

/**
 * Due date of the completion report: 30 days after completion or 10 March of the fiscal year, whichever is earlier (DC-PROC-06).
 * @customfunction DC.REPORTDUE
 * @param completionDate Completion date: a date cell, "2025-02-20", "2025/2/20" or "令和7年2月20日".
 * @returns Due date as an Excel date serial (format the cell as a date).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcReportDue(completionDate: any): number | ExcelErrorValue {
  return number(() => andThen(dateArg(completionDate, "完了日"), (d) => andThen(completionReportDue(d), (due) => ok(isoToExcelSerial(due)))));
}

/**
 * Due date of the n-th annual project report (30 April after each of the 3 fiscal years following completion; a stub report for completions on or before 30 March shares the first date) (DC-POST-01).
 * @customfunction DC.ANNUALREPORTDUE
 * @param completionDate Completion date: a date cell, "2025-02-20", "2025/2/20" or "令和7年2月20日".
 * @param [reportNumber] Which annual report: 1, 2 or 3. Default 1.
 * @returns Due date as an Excel date serial (format the cell as a date).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcAnnualReportDue(completionDate: any, reportNumber?: any): number | ExcelErrorValue {
  const years = DC_ZERO_CURRENT.params.reports.annualReportYears.value;
  return number(() =>
    andThen(dateArg(completionDate, "完了日"), (d) =>
      andThen(argNumber(reportNumber, "報告の回", { min: 1, default: 1 }), (n) => {
        if (!Number.isInteger(n) || n > years) return fail("OUT_OF_DOMAIN", `報告の回は1〜${years}の整数で指定してください（入力値: ${n}, DC-POST-01）。`, { ruleId: "DC-POST-01" });
        return andThen(annualReportDues(d), (dues) => ok(isoToExcelSerial(dues.filter((r) => r.kind === "annual")[n - 1].due)));
      }),
    ),
  );
}

/**
 * Classifies an expense text: "対象" (eligible), "対象外: …" (ineligible, with the rule) or "要確認: …" (to confirm) (DC-EXP-02/03, per-type exclusions).
 * @customfunction DC.CLASSIFYEXPENSE
 * @param description Expense description, e.g. 既存空調機の撤去費.
 * @param [projectType] Project type (新設/改修/移設/コンテナ) to apply its excluded equipment; omitted: general rules only.
 * @returns "対象" or the reason in Japanese.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcClassifyExpense(description: any, projectType?: any): string | ExcelErrorValue {
  return text(() =>
    andThen(argText(description, "内容"), () =>
      andThen(isOmitted(projectType) ? ok(null) : readProjectType(projectType), (t) => ok(classifyExpense(String(description), t).reasonJa)),
    ),
  );
}

/**
 * Classifies an expense text under the MOE environmental-technology development programme: "対象" or "対象外: …" (DCTECH-EXCL-01).
 * @customfunction DC.TECHEXPENSE
 * @param description Expense description, e.g. 実証用ノートPC.
 * @returns "対象" or the reason in Japanese.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcTechExpense(description: any): string | ExcelErrorValue {
  return text(() => andThen(argText(description, "内容"), () => ok(classifyTechExpense(String(description)).reasonJa)));
}

/**
 * Revenue payback: (A − B) × C / D − E when A − B > 0, else 0; never below 0 (DCTECH-REV-01).
 * @customfunction DC.REVENUEPAYBACK
 * @param revenue A: cumulative revenue attributable to the project, net of related costs, in JPY. For a partial contribution, revenue × rate − related costs (DCTECH-REV-02), e.g. =B2*1/2-B3.
 * @param deduction B: own share of the project costs, in JPY.
 * @param grant C: fixed subsidy amount, in JPY.
 * @param expenditure D: project costs plus costs added after the project, in JPY.
 * @param [alreadyPaid] E: amounts already paid back in earlier years, in JPY. Default 0.
 * @returns Payback amount in JPY.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dcRevenuePayback(revenue: any, deduction: any, grant: any, expenditure: any, alreadyPaid?: any): number | ExcelErrorValue {
  return number(() =>
    andThen(argNumber(revenue, "A 収益額"), (a) =>
      andThen(amount(deduction, "B 控除額"), (b) =>
        andThen(amount(grant, "C 補助金確定額"), (c) =>
          andThen(amount(expenditure, "D 補助事業に係る支出額"), (d) =>
            andThen(argNumber(alreadyPaid, "E 納付額", { min: 0, default: 0 }), (e) =>
              andThen(revenuePayback({ revenueYen: a, deductionYen: b, grantYen: c, expenditureYen: d, alreadyPaidYen: e }), (f) => ok(toNumber(f))),
            ),
          ),
        ),
      ),
    ),
  );
}
