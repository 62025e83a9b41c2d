/**
 * Sums the counted lines of a 電力調達計画 into the kWh the requirements compare (RULES.md §2.5):
 * decarbonised kWh per prefecture, the 電源立地都道府県, and inside it the kWh via 自家発 / CPPA,
 * from 新設・再稼働 sources, and both at once (AMB-12). Certificates are kept apart: they fill the gap
 * to 100% and never count for ② or the tier (AMB-28).
 */
import { Fraction, ZERO } from "../../lib/fraction";
import type { CountedLine } from "./powerPlanLines";

export interface PrefectureKWh {
  /** 自家発 lines. */
  readonly self: Fraction;
  readonly cppa: Fraction;
  readonly menu: Fraction;
  /** 新設・再稼働 lines, any procurement. */
  readonly new: Fraction;
  readonly selfNew: Fraction;
  readonly cppaNew: Fraction;
  readonly total: Fraction;
}

export interface PlanKWh {
  /** Decarbonised physical / contracted procurement (source lines), kWh. */
  readonly decarbonised: Fraction;
  readonly certificates: Fraction;
  readonly nonDecarbonised: Fraction;
  readonly byPrefecture: ReadonlyMap<string, PrefectureKWh>;
  /** Prefecture with the most decarbonised kWh (ties: the site prefecture, else the first listed). */
  readonly topPrefecture: string | null;
}

const EMPTY: PrefectureKWh = { self: ZERO, cppa: ZERO, menu: ZERO, new: ZERO, selfNew: ZERO, cppaNew: ZERO, total: ZERO };

function addLine(acc: PrefectureKWh, line: CountedLine): PrefectureKWh {
  const k = Fraction.fromDecimal(line.kWh);
  const when = (cond: boolean): Fraction => (cond ? k : ZERO);
  return {
    self: acc.self.add(when(line.procurement === "self")),
    cppa: acc.cppa.add(when(line.procurement === "cppa")),
    menu: acc.menu.add(when(line.procurement === "menu")),
    new: acc.new.add(when(line.isNew)),
    selfNew: acc.selfNew.add(when(line.isNew && line.procurement === "self")),
    cppaNew: acc.cppaNew.add(when(line.isNew && line.procurement === "cppa")),
    total: acc.total.add(k),
  };
}

/** Sums the lines. `sitePrefecture` breaks a tie between prefectures in the site's favour. */
export function sumPlan(lines: readonly CountedLine[], sitePrefecture: string | null): PlanKWh {
  const byPrefecture = new Map<string, PrefectureKWh>();
  let decarbonised = ZERO;
  let certificates = ZERO;
  let nonDecarbonised = ZERO;
  for (const line of lines) {
    const k = Fraction.fromDecimal(line.kWh);
    if (line.kind === "certificate") certificates = certificates.add(k);
    else if (line.kind === "nonDecarbonised") nonDecarbonised = nonDecarbonised.add(k);
    else {
      decarbonised = decarbonised.add(k);
      if (line.prefecture !== null) byPrefecture.set(line.prefecture, addLine(byPrefecture.get(line.prefecture) ?? EMPTY, line));
    }
  }
  let topPrefecture: string | null = null;
  for (const [pref, sums] of byPrefecture) {
    const best = topPrefecture === null ? null : byPrefecture.get(topPrefecture)!;
    if (best === null || sums.total.gt(best.total) || (sums.total.eq(best.total) && pref === sitePrefecture)) topPrefecture = pref;
  }
  return { decarbonised, certificates, nonDecarbonised, byPrefecture, topPrefecture };
}

export const prefectureKWh = (plan: PlanKWh, pref: string | null): PrefectureKWh => (pref === null ? EMPTY : (plan.byPrefecture.get(pref) ?? EMPTY));
