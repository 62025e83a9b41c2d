/**
 * Resolves the 区分 / 費目 / 細分 typed on an expense line against 別表第1 and 別表第2:
 * unknown text → warning listing the valid values; a known name under the wrong parent → error.
 */
import { normalizeLabel } from "../../lib/normalize";
import type { ExpenseCategory, TaxonomyCategory, TaxonomyItem, TaxonomySubItem } from "./expenseTables";
import type { DcZeroParams } from "./params";
import type { ExpenseLine } from "./sheetTypes";

export interface TaxonomyProblem {
  readonly field: "category" | "item" | "subItem";
  readonly severity: "error" | "warning";
  readonly ruleId: string;
  readonly message: string;
}

export interface TaxonomyResolution {
  /** 区分 the line counts under (typed, or inferred from the 費目); null when unknown. */
  readonly category: ExpenseCategory | null;
  /** 費目 as printed in 別表第1, or null. */
  readonly item: string | null;
  readonly problems: readonly TaxonomyProblem[];
}

const label = (s: string | null): string => (s === null ? "" : normalizeLabel(s).replace(/^\([^)]*\)/, ""));
const names = (list: readonly { readonly name: string; readonly aliases?: readonly string[] }[]): string => list.map((x) => x.name).join("、");
const matches = (text: string, entry: { readonly name: string; readonly aliases?: readonly string[] }): boolean =>
  [entry.name, ...(entry.aliases ?? [])].some((n) => normalizeLabel(n) === text);

/** Which table a 細分/細目 belongs to: 別表第2 (事務費) or 別表第1. */
const subItemRule = (item: TaxonomyItem, params: DcZeroParams): string =>
  item.subItems === params.adminSubItems.value ? params.adminSubItems.ruleId : params.taxonomy.ruleId;

export function resolveTaxonomy(line: Pick<ExpenseLine, "category" | "item" | "subItem">, params: DcZeroParams): TaxonomyResolution {
  const taxonomy: readonly TaxonomyCategory[] = params.taxonomy.value;
  const ruleId = params.taxonomy.ruleId;
  const problems: TaxonomyProblem[] = [];
  const catText = label(line.category);
  const itemText = label(line.item);
  const subText = label(line.subItem);

  const typedCategory = catText === "" ? null : (taxonomy.find((c) => c.name === catText) ?? null);
  const itemOwners = itemText === "" ? [] : taxonomy.flatMap((c) => c.items.filter((i) => matches(itemText, i)).map((i) => ({ category: c, item: i })));
  const ownerInTyped = itemOwners.find((o) => o.category === typedCategory);

  let category: TaxonomyCategory | null = typedCategory;
  if (catText === "" || typedCategory === null) {
    category = itemOwners[0]?.category ?? null;
    const inferred = category ? `（費目から「${category.name}」として集計しました）` : "";
    problems.push({
      field: "category",
      severity: "warning",
      ruleId,
      message:
        catText === ""
          ? `区分が空欄です${inferred}。別表第1の区分（${names(taxonomy)}）を記入してください（${ruleId}）。`
          : `区分「${line.category}」は別表第1にありません${inferred}。指定できる区分: ${names(taxonomy)}（${ruleId}）。`,
    });
  }

  let item: TaxonomyItem | null = null;
  if (itemText === "") {
    if (category && category.items.length === 1) item = category.items[0];
    else if (category) problems.push({ field: "item", severity: "warning", ruleId, message: `費目が空欄です。区分「${category.name}」の費目: ${names(category.items)}（${ruleId}）。` });
  } else if (itemOwners.length === 0) {
    const valid = category ? category.items : taxonomy.flatMap((c) => c.items);
    problems.push({ field: "item", severity: "warning", ruleId, message: `費目「${line.item}」は別表第1にありません。指定できる費目: ${names(valid)}（${ruleId}）。` });
  } else if (typedCategory !== null && !ownerInTyped) {
    const owner = itemOwners[0];
    problems.push({
      field: "item",
      severity: "error",
      ruleId,
      message: `費目「${line.item}」は区分「${owner.category.name}」の費目で、区分「${typedCategory.name}」には属しません。区分「${typedCategory.name}」の費目: ${names(typedCategory.items)}（${ruleId}）。`,
    });
  } else {
    item = (ownerInTyped ?? itemOwners[0]).item;
  }

  if (item !== null) problems.push(...subItemProblems(item, subText, line.subItem, params));
  return { category: category?.name ?? null, item: item?.name ?? null, problems };
}

function subItemProblems(item: TaxonomyItem, subText: string, typed: string | null, params: DcZeroParams): TaxonomyProblem[] {
  const ruleId = subItemRule(item, params);
  const level = ruleId === params.adminSubItems.ruleId ? "細目" : "細分";
  if (subText === "") {
    return item.subItems.length === 0 ? [] : [{ field: "subItem", severity: "warning", ruleId, message: `${level}が空欄です。費目「${item.name}」の${level}: ${names(item.subItems)}（${ruleId}）。` }];
  }
  if (item.subItems.some((s) => matches(subText, s))) return [];
  const owner = params.taxonomy.value.flatMap((c) => c.items).find((i) => i !== item && i.subItems.some((s: TaxonomySubItem) => matches(subText, s)));
  if (owner) {
    const ownerRule = subItemRule(owner, params);
    return [
      {
        field: "subItem",
        severity: "error",
        ruleId: ownerRule,
        message: `細分「${typed}」は費目「${owner.name}」の${ownerRule === params.adminSubItems.ruleId ? "細目" : "細分"}で、費目「${item.name}」には属しません（${ownerRule}）。`,
      },
    ];
  }
  // Free text in the 細分 column of a 費目 that has none (e.g. an equipment model under 設備費) is not a taxonomy error.
  if (item.subItems.length === 0) return [];
  return [{ field: "subItem", severity: "warning", ruleId, message: `${level}「${typed}」は${ruleId === params.adminSubItems.ruleId ? "別表第2" : "別表第1"}にありません。費目「${item.name}」の${level}: ${names(item.subItems)}（${ruleId}）。` }];
}
