import type { ScenarioEdit, ScheduleResult } from '@contract';

type Kind = ScenarioEdit['kind'];
const KIND_LABELS: Record<Kind, string> = {
  duration: 'Duration',
  lag: 'Lag',
  addDependency: 'Add link',
  removeDependency: 'Remove link',
  assignee: 'Assignee',
  target: 'Target date',
};

interface Props {
  schedule: ScheduleResult;
  edits: ScenarioEdit[];
  linkTypes: string[];
  onChange: (edits: ScenarioEdit[]) => void;
  /** Messages for edits that could not apply, by index. */
  problems: ReadonlyMap<number, string>;
}

/** A new edit of `kind` on the schedule's first open issue or link, for the user to change. */
function newEdit(kind: Kind, schedule: ScheduleResult, linkTypes: string[]): ScenarioEdit | null {
  const node = schedule.nodes.find((n) => !n.external && n.statusCategory !== 'done') ?? schedule.nodes[0];
  const edge = schedule.edges[0];
  if (!node) return null;
  switch (kind) {
    case 'duration':
      return { kind, key: node.key, days: Math.round(node.durationDays * 100) / 100 };
    case 'target':
      return { kind, key: node.key, date: node.dueDate ?? node.earlyFinish };
    case 'assignee':
      return { kind, key: node.key, accountId: node.assignee?.accountId ?? null, name: node.assignee?.displayName ?? null };
    case 'addDependency': {
      const other = schedule.nodes.find((n) => n.key !== node.key);
      return other ? { kind, fromKey: node.key, toKey: other.key, linkType: linkTypes[0] ?? 'Blocks' } : null;
    }
    case 'lag':
      return edge ? { kind, linkId: edge.linkId, fromKey: edge.from, toKey: edge.to, days: edge.lagDays } : null;
    case 'removeDependency':
      return edge ? { kind, linkId: edge.linkId, fromKey: edge.from, toKey: edge.to } : null;
  }
}

/** The scenario's edits as editable rows: the issue or link, and the value; a row that could not apply shows why. */
export function EditRows({ schedule, edits, linkTypes, onChange, problems }: Props) {
  const keys = schedule.nodes.map((n) => n.key);
  const people = new Map(schedule.nodes.flatMap((n) => (n.assignee ? [[n.assignee.accountId, n.assignee.displayName] as const] : [])));
  const set = (i: number, edit: ScenarioEdit) => onChange(edits.map((e, j) => (j === i ? edit : e)));
  const remove = (i: number) => onChange(edits.filter((_, j) => j !== i));
  const issuePicker = (value: string, label: string, pick: (key: string) => void) => (
    <select aria-label={label} value={value} onChange={(e) => pick(e.target.value)}>
      {!keys.includes(value) && <option value={value}>{value} (not in the plan)</option>}
      {keys.map((k) => (
        <option key={k} value={k}>{k}</option>
      ))}
    </select>
  );
  const linkPicker = (edit: Extract<ScenarioEdit, { linkId: string }>, i: number) => (
    <select
      aria-label="Link"
      value={edit.linkId}
      onChange={(e) => {
        const edge = schedule.edges.find((x) => x.linkId === e.target.value);
        if (edge) set(i, { ...edit, linkId: edge.linkId, fromKey: edge.from, toKey: edge.to });
      }}
    >
      {!schedule.edges.some((x) => x.linkId === edit.linkId) && <option value={edit.linkId}>{edit.fromKey} → {edit.toKey} (gone)</option>}
      {schedule.edges.map((x) => (
        <option key={x.linkId} value={x.linkId}>{x.from} → {x.to} ({x.linkType})</option>
      ))}
    </select>
  );
  const value = (edit: ScenarioEdit, i: number) => {
    switch (edit.kind) {
      case 'duration':
        return (
          <>
            {issuePicker(edit.key, 'Issue', (key) => set(i, { ...edit, key }))}
            <input aria-label="Working days" type="number" step="0.5" value={edit.days} onChange={(e) => set(i, { ...edit, days: Number(e.target.value) })} /> working days
          </>
        );
      case 'target':
        return (
          <>
            {issuePicker(edit.key, 'Issue', (key) => set(i, { ...edit, key }))}
            <input aria-label="Target date" type="date" value={edit.date ?? ''} onChange={(e) => set(i, { ...edit, date: e.target.value === '' ? null : e.target.value })} />
          </>
        );
      case 'assignee':
        return (
          <>
            {issuePicker(edit.key, 'Issue', (key) => set(i, { ...edit, key }))}
            <select aria-label="Assignee" value={edit.accountId ?? ''} onChange={(e) => set(i, { ...edit, accountId: e.target.value === '' ? null : e.target.value, name: people.get(e.target.value) ?? null })}>
              <option value="">Unassigned</option>
              {edit.accountId !== null && !people.has(edit.accountId) && <option value={edit.accountId}>{edit.name ?? edit.accountId}</option>}
              {[...people].map(([id, name]) => (
                <option key={id} value={id}>{name}</option>
              ))}
            </select>
          </>
        );
      case 'addDependency':
        return (
          <>
            {issuePicker(edit.fromKey, 'Predecessor', (fromKey) => set(i, { ...edit, fromKey }))} before {issuePicker(edit.toKey, 'Successor', (toKey) => set(i, { ...edit, toKey }))}
            <select aria-label="Link type" value={edit.linkType} onChange={(e) => set(i, { ...edit, linkType: e.target.value })}>
              {[...new Set([edit.linkType, ...linkTypes])].map((t) => (
                <option key={t} value={t}>{t}</option>
              ))}
            </select>
          </>
        );
      case 'lag':
        return (
          <>
            {linkPicker(edit, i)}
            <input aria-label="Lag in working days" type="number" step="1" value={edit.days} onChange={(e) => set(i, { ...edit, days: Number(e.target.value) })} /> working days
          </>
        );
      case 'removeDependency':
        return linkPicker(edit, i);
    }
  };
  return (
    <div className="keel-scenario-edits">
      <table className="keel-table">
        <thead>
          <tr><th>Edit</th><th>Change</th><th><span className="keel-visually-hidden">Remove</span></th></tr>
        </thead>
        <tbody>
          {edits.length === 0 && (
            <tr><td colSpan={3} className="keel-muted">No edits yet: add one below. Nothing here changes Jira until you apply it.</td></tr>
          )}
          {edits.map((edit, i) => (
            <tr key={i} className={problems.has(i) ? 'keel-scenario-edits__row--problem' : undefined}>
              <td>{KIND_LABELS[edit.kind]}</td>
              <td>
                <span className="keel-scenario-edits__value">{value(edit, i)}</span>
                {problems.has(i) && <div role="alert" className="keel-scenario__problem">{problems.get(i)}</div>}
              </td>
              <td><button type="button" className="keel-button keel-button--subtle" aria-label={`Remove edit ${i + 1}`} onClick={() => remove(i)}>✕</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="keel-scenario-edits__add" role="group" aria-label="Add an edit">
        {(Object.keys(KIND_LABELS) as Kind[]).map((kind) => (
          <button key={kind} type="button" className="keel-button keel-button--subtle" onClick={() => {
            const edit = newEdit(kind, schedule, linkTypes);
            if (edit) onChange([...edits, edit]);
          }}>
            + {KIND_LABELS[kind]}
          </button>
        ))}
      </div>
    </div>
  );
}
