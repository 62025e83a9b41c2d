/** The menu of the tabs that do not fit in the tab row (TaskpaneTabs); loaded on demand with ../panels. */
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, useIsOverflowItemVisible } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { useI18n } from "../i18n";
import type { TabId } from "./TaskpaneTabs";

export interface MoreTabsMenuProps {
  /** The "…" button (it carries the overflow's ref). */
  button: ReactElement;
  tabs: readonly TabId[];
  onSelect: (tab: TabId) => void;
}

export function MoreTabsMenu({ button, tabs, onSelect }: MoreTabsMenuProps) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>{button}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((id) => (
            <MoreTabItem key={id} id={id} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function MoreTabItem({ id, onSelect }: { id: TabId; onSelect: (tab: TabId) => void }) {
  const { t } = useI18n();
  if (useIsOverflowItemVisible(id)) return null;
  return <MenuItem onClick={() => onSelect(id)}>{t.tabs[id]}</MenuItem>;
}
