import type { Settings } from '@contract';
import { FormRow } from './form-row';
import { ResourcePeople } from './resource-people';
import { ResourcePools } from './resource-pools';
import { ResourcesPreview } from './resources-preview';
import { SearchPicker } from './search-picker';
import { fieldOptions, missingField, type SectionProps } from './section-props';

type Resources = Settings['resources'];
const SOURCES: { value: Resources['pools']['source']; label: string }[] = [
  { value: 'none', label: 'No pools: only assigned work is levelled' },
  { value: 'team', label: 'Atlassian’s Team field' },
  { value: 'component', label: 'A component' },
  { value: 'label', label: 'A label' },
];

/** Resource levelling: people's availability and time off, pools and their size, and how to level. */
export function ResourcesSection({ settings, update, catalog, problems }: SectionProps) {
  const resources = settings.resources;
  const set = (patch: Partial<Resources>) => update({ resources: { ...resources, ...patch } });
  const level = (patch: Partial<Resources['level']>) => set({ level: { ...resources.level, ...patch } });
  const pools = (patch: Partial<Resources['pools']>) => set({ pools: { ...resources.pools, ...patch } });
  return (
    <>
      <ResourcePeople people={resources.people} onChange={(people) => set({ people })} problems={problems} />
      <FormRow label="Pools for unassigned work" path="resources.pools.source" problems={problems}>
        {({ inputId, describedBy }) => (
          <select id={inputId} className="keel-input" aria-describedby={describedBy} value={resources.pools.source} onChange={(e) => pools({ source: SOURCES.find((s) => s.value === e.target.value)?.value ?? 'none' })}>
            {SOURCES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        )}
      </FormRow>
      <FormRow label="Team field" path="resources.pools.teamField" problems={problems} hint="With pools from the Team field: the field holding each issue’s Atlassian team (usually “Team”).">
        {(ids) => <SearchPicker {...ids} value={resources.pools.teamField} options={fieldOptions(catalog)} noneLabel="None" missingLabel={missingField(settings)} onChange={(v) => pools({ teamField: v })} />}
      </FormRow>
      <ResourcePools pools={resources.pools.list} onChange={(list) => pools({ list })} problems={problems} source={resources.pools.source === 'none' ? 'team, component or label' : resources.pools.source} />
      <FormRow label="Level within slack only" path="resources.level.withinSlack" problems={problems} hint="The finish does not move; work that would move it stays over-allocated, and a finding names it.">
        {({ inputId, describedBy }) => <input id={inputId} type="checkbox" aria-describedby={describedBy} checked={resources.level.withinSlack} onChange={(e) => level({ withinSlack: e.target.checked })} />}
      </FormRow>
      <FormRow label="Ignore pools" path="resources.level.ignorePools" problems={problems}>
        {({ inputId, describedBy }) => <input id={inputId} type="checkbox" aria-describedby={describedBy} checked={resources.level.ignorePools} onChange={(e) => level({ ignorePools: e.target.checked })} />}
      </FormRow>
      <FormRow label="Who goes first" path="resources.level.priorityOrder" problems={problems}>
        {({ inputId, describedBy }) => (
          <select id={inputId} className="keel-input" aria-describedby={describedBy} value={resources.level.priorityOrder} onChange={(e) => level({ priorityOrder: e.target.value === 'standard' ? 'standard' : 'jira-priority' })}>
            <option value="jira-priority">Jira priority, then rank, then slack</option>
            <option value="standard">Least slack, then earliest start (Microsoft Project’s standard)</option>
          </select>
        )}
      </FormRow>
      <FormRow label="Priorities, highest first" path="resources.level.priorities" problems={problems} hint="Jira’s priority names, separated by commas; a priority not listed goes after these.">
        {({ inputId, describedBy, invalid }) => (
          <input id={inputId} className="keel-input" aria-describedby={describedBy} aria-invalid={invalid} value={resources.level.priorities.join(', ')}
            onChange={(e) => level({ priorities: e.target.value.split(',').map((p) => p.trim()).filter((p) => p !== '') })} />
        )}
      </FormRow>
      <FormRow label="Rank field" path="resources.level.rankField" problems={problems} hint="Jira’s Rank field orders issues of the same priority as the board does.">
        {(ids) => <SearchPicker {...ids} value={resources.level.rankField} options={fieldOptions(catalog)} noneLabel="None: slack decides" missingLabel={missingField(settings)} onChange={(v) => level({ rankField: v })} />}
      </FormRow>
      <ResourcesPreview settings={settings} />
    </>
  );
}
