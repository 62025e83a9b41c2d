/**
 * The taskpane's tab row: one line at the default taskpane width (320 px). Tabs show short labels
 * (シート, チェック …) with the full name as accessible name and tooltip; should a wider font or zoom
 * still not leave room, Fluent's overflow moves the tabs that do not fit into a "…" menu (the
 * selected tab always stays visible).
 */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  Tooltip,
  makeStyles,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { MoreHorizontal20Regular } from "@fluentui/react-icons";
import { useI18n } from "../i18n";

export type TabId = "prepare" | "facts" | "validate" | "undo" | "checklist";
export const TABS: readonly TabId[] = ["prepare", "facts", "validate", "undo", "checklist"];

const useStyles = makeStyles({
  tabs: { flexWrap: "nowrap", minWidth: 0, overflow: "hidden", marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  // Fluent's small tab with the next smaller side padding (4 px instead of 6): five tabs fit in 320 px.
  tab: { flexShrink: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  more: { alignSelf: "center", flexShrink: 0, minWidth: "auto" },
});

export interface TaskpaneTabsProps {
  selected: TabId;
  onSelect: (tab: TabId) => void;
}

export function TaskpaneTabs({ selected, onSelect }: TaskpaneTabsProps) {
  const { t } = useI18n();
  const s = useStyles();
  return (
    <Overflow minimumVisible={2}>
      <TabList className={s.tabs} size="small" selectedValue={selected} onTabSelect={(_, d) => onSelect(d.value as TabId)} data-testid="tabs">
        {TABS.map((id) => {
          const full = t.tabs[id];
          const short = t.tabsShort[id];
          const tab = (
            <Tab value={id} className={s.tab}>
              {short}
            </Tab>
          );
          return (
            <OverflowItem key={id} id={id} priority={id === selected ? 2 : 1}>
              {short === full ? (
                tab
              ) : (
                <Tooltip content={full} relationship="label" withArrow>
                  {tab}
                </Tooltip>
              )}
            </OverflowItem>
          );
        })}
        <MoreTabs onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}

/** The "…" button with the tabs that do not fit; rendered only when some overflow. */
function MoreTabs({ onSelect }: { onSelect: (tab: TabId) => void }) {
  const { t } = useI18n();
  const s = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} className={s.more} appearance="transparent" size="small" icon={<MoreHorizontal20Regular />} aria-label={`${t.moreTabs} (${overflowCount})`} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {TABS.map((id) => (
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
