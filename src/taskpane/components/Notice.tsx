/** A notice above the panels (done, failed, nothing to do): Fluent's MessageBar, loaded with ../panels. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface NoticeProps {
  intent: "success" | "info" | "warning" | "error";
  text: string;
}

export function Notice({ intent, text }: NoticeProps) {
  return (
    <MessageBar intent={intent} role={intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
