/**
 * 企業規模 (GX-SIZE-01), in the order of RULES.md §2.3: みなし大企業 → 大企業; more than 2,000 regular
 * employees → 大企業; 中小企業 (declared: the thresholds of 中小企業基本法 are not in the source, AMB-21) → 中小;
 * otherwise 中堅.
 */
import { fail, ok, type Result } from "../../lib/result";
import { GX_CURRENT, type GxParams } from "./params";
import type { CompanySize } from "./types";

/**
 * @param employees 常時使用する従業員の数 (a whole number ≥ 0)
 * @param deemedLarge みなし大企業 (ア)–(オ)
 * @param sme 中小企業者 etc. as defined in GX-SIZE-01
 * @example classifyCompanySize(2001, false, false) // ok("large")
 */
export function classifyCompanySize(employees: number, deemedLarge: boolean, sme: boolean, p: GxParams = GX_CURRENT): Result<CompanySize> {
  if (!Number.isFinite(employees)) return fail("INVALID_INPUT", "従業員数が数値ではありません。", { path: "従業員数" });
  if (employees < 0 || !Number.isInteger(employees)) {
    return fail("OUT_OF_DOMAIN", `従業員数は0以上の整数で指定してください（入力値: ${employees}）。`, { path: "従業員数", ruleId: "GX-SIZE-01" });
  }
  if (deemedLarge) return ok("large");
  if (employees > p.largeCompanyEmployees.value) return ok("large");
  return ok(sme ? "sme" : "mid");
}
