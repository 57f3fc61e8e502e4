import type { Settings } from '@contract';
import { FieldProblems } from './field-problems';

type Pool = Settings['resources']['pools']['list'][number];

/** Pools by name (a Team, a component or a label, as Jira shows it) with their size in people. */
export function ResourcePools({ pools, onChange, problems, source }: { pools: readonly Pool[]; onChange: (pools: Pool[]) => void; problems: Parameters<typeof FieldProblems>[0]['problems']; source: string }) {
  const set = (index: number, patch: Partial<Pool>) => onChange(pools.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <div className="keel-form-row" data-path="resources.pools.list">
      <span className="keel-form-row__label">Pools and their size</span>
      <div className="keel-form-row__control">
        {pools.length > 0 && (
          <table className="keel-table keel-table--form" data-testid="resource-pools">
            <tbody>
              {pools.map((pool, index) => (
                <tr key={index}>
                  <td>
                    <input className="keel-input" aria-label={`Name of pool ${index + 1} (the ${source} as Jira shows it)`} value={pool.name} onChange={(e) => set(index, { name: e.target.value })} />
                    <FieldProblems problems={problems} path={`resources.pools.list.${index}.name`} />
                  </td>
                  <td>
                    <input className="keel-input keel-input--number" type="number" min={0} step={1} aria-label={`People in pool ${pool.name || index + 1}`}
                      value={Number.isNaN(pool.size) ? '' : pool.size} onChange={(e) => set(index, { size: e.target.value === '' ? Number.NaN : Number(e.target.value) })} />
                    <FieldProblems problems={problems} path={`resources.pools.list.${index}.size`} />
                  </td>
                  <td>
                    <button type="button" className="keel-button keel-button--subtle" onClick={() => onChange(pools.filter((_, i) => i !== index))}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {pools.length === 0 && <p className="keel-form-row__hint">{`No pool yet: add one per ${source} whose unassigned work should be levelled.`}</p>}
        <button type="button" className="keel-button--link" onClick={() => onChange([...pools, { name: '', size: 1 }])}>
          Add a pool
        </button>
        <FieldProblems problems={problems} path="resources.pools.list" />
      </div>
    </div>
  );
}
