/**
 * 入力: a form for the facts of the chosen program, validated by state/facts.ts (messages in Field
 * validationMessage), written into the labelled fact cells through the undo record. The form starts
 * from what the cells hold (numbers with digit grouping: 371,300,000) and writes only the fields the
 * user edited; the write path re-reads the cells and asks before replacing anything.
 */
import { Body1, Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Edit20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import type { CellWrite } from "../../excel/workbookPort";
import type { WorkbookGrid } from "../../rules/sheets/types";
import { useI18n } from "../i18n";
import { editedInputs, factWrites, inputsFromTargets, locateFacts, parseFacts, sameInputText, type FactMessages } from "../state/facts";
import { PROGRAM_FACTS, type FactField, type TaskpaneProgram } from "../state/programs";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface FactsFormProps {
  program: TaskpaneProgram;
  workbook: WorkbookGrid | null;
  busy: boolean;
  onWrite: (writes: readonly CellWrite[], label: string) => void;
}

export function FactsForm({ program, workbook, busy, onWrite }: FactsFormProps) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const fields = PROGRAM_FACTS[program].fields;
  const targets = useMemo(() => (workbook ? locateFacts(workbook, fields, program) : new Map()), [workbook, fields, program]);
  /** What the cells hold, as the form shows it; refreshed whenever the workbook is read again. */
  const baseline = useMemo(() => inputsFromTargets(fields, targets), [fields, targets]);
  /** Only the fields the user typed into: the rest are never written (a value changed in the grid since stays). */
  const [drafts, setDrafts] = useState<Readonly<Record<string, string>>>({});
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});

  // The workbook was read again (after a write, an undo, a refresh): drafts that now match the cells are
  // done; the others are kept — what the user typed in the form is not thrown away either.
  useEffect(() => {
    setDrafts((d) => {
      const kept = Object.entries(d).filter(([label, v]) => !sameInputText(v, baseline[label] ?? ""));
      return kept.length === Object.keys(d).length ? d : Object.fromEntries(kept);
    });
  }, [baseline]);
  useEffect(() => setErrors({}), [fields]);

  const name = (f: FactField): string => (lang === "ja" ? f.label : f.labelEn);
  const messages: FactMessages = {
    notANumber: (f) => t.notANumber(name(f)),
    negative: (f) => t.negative(name(f)),
    percentRange: (f) => t.percentRange(name(f)),
    notAChoice: (f) => t.notAChoice(name(f)),
  };

  if (fields.length === 0) return <Body1>{t.factsNone}</Body1>;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Only edited fields: an untouched field stands for the cell as it was read, not a value to write back.
    const edited = editedInputs(fields, drafts, baseline);
    const parsed = parseFacts(fields, edited, messages);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    const writes = factWrites(fields, parsed.facts, targets);
    const labels = fields.filter((f) => parsed.facts[f.label] !== undefined && targets.has(f.label)).map(name);
    onWrite(writes, `${t.tabs.facts}: ${labels.join(", ")}`);
  };

  return (
    <form className={s.form} onSubmit={submit} noValidate>
      <Body1>{t.factsIntro}</Body1>
      {fields.map((f) => {
        const target = targets.get(f.label);
        const error = errors[f.label];
        const value = drafts[f.label] ?? baseline[f.label] ?? "";
        const set = (v: string) => setDrafts((prev) => ({ ...prev, [f.label]: v }));
        const hint = target ? t.factWhere(`${target.sheet}!${target.cell}`) : t.factNoLabel;
        return (
          <Field
            key={f.label}
            label={f.unit ? (lang === "ja" ? `${name(f)}（${f.unit}）` : `${name(f)} (${f.unitEn ?? f.unit})`) : name(f)}
            size="small"
            {...(error ? { validationState: "error" as const, validationMessage: error } : { hint })}
          >
            {f.choices ? (
              <Select size="small" value={value} disabled={!target} onChange={(_, d) => set(d.value)}>
                <option value="">{t.choose}</option>
                {f.choices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {lang === "ja" ? c.value : c.labelEn}
                  </option>
                ))}
              </Select>
            ) : (
              <Input
                size="small"
                value={value}
                disabled={!target}
                inputMode={f.kind === "text" ? "text" : "decimal"}
                onChange={(_, d) => set(d.value)}
              />
            )}
          </Field>
        );
      })}
      {/* Focusable while busy: focus comes back here when its confirmation closes (Esc included). */}
      <Button type="submit" appearance="primary" icon={<Edit20Regular />} disabledFocusable={busy}>
        {t.write}
      </Button>
    </form>
  );
}
