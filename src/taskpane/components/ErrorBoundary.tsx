/**
 * Keeps the taskpane usable when one part of it fails to render (issue 11: one stray value at Z150000
 * threw a RangeError and the whole pane went blank). Shows what failed, as text, with a retry; the
 * rest of the pane and the workbook are untouched. Resets by itself when `resetKeys` change (e.g. the
 * workbook was read again).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";

/** Strings of the boundary (not in the shared catalogue: it must render even when that fails). */
const TEXT = {
  ja: {
    failed: (area: string) => `${area}を表示できませんでした。`,
    rest: "ほかの部分とブックの内容はそのまま使えます。",
    retry: "再試行",
  },
  en: {
    failed: (area: string) => `${area} could not be shown.`,
    rest: "The rest of the pane and the workbook are unaffected.",
    retry: "Try again",
  },
} as const;

/** Longest error text shown (an error may quote a whole cell). */
const MAX_DETAIL = 300;

export interface ErrorBoundaryProps {
  /** What this boundary wraps, as the user knows it ("入力", "作業ウィンドウ"). */
  area: string;
  lang: "ja" | "en";
  children: ReactNode;
  /** A change of any of these clears the error and renders the children again. */
  resetKeys?: readonly unknown[];
  /** Instead of a plain retry (the demo: reload the example, replacing bad stored state). */
  action?: { label: string; run: () => void };
  /** Told about each error caught (tests, logging). */
  onError?: (error: Error, info: ErrorInfo) => void;
}

interface State {
  error: Error | null;
}

export function errorDetail(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  override componentDidUpdate(prev: ErrorBoundaryProps): void {
    if (!this.state.error) return;
    const a = prev.resetKeys ?? [];
    const b = this.props.resetKeys ?? [];
    if (a.length !== b.length || a.some((x, i) => !Object.is(x, b[i]))) this.setState({ error: null });
  }

  private retry = (): void => {
    this.props.action?.run();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = TEXT[this.props.lang];
    return (
      <MessageBar intent="error" layout="multiline" role="alert" data-testid="error-boundary">
        <MessageBarBody>
          <MessageBarTitle>{t.failed(this.props.area)}</MessageBarTitle>
          {t.rest} <code>{errorDetail(error)}</code>
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={this.retry}>
            {this.props.action?.label ?? t.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
