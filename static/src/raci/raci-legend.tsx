import { ROLE_NAMES } from './raci-roles-of';

const MEANING = {
  R: 'does the work',
  A: 'answers for it and signs it off (one per deliverable)',
  C: 'asked before decisions',
  I: 'kept up to date',
} as const;

/** What R, A, C and I mean, and where Keel read each role. */
export function RaciLegend({ fields }: { fields: { role: 'R' | 'A' | 'C' | 'I'; fieldName: string | null }[] }) {
  return (
    <dl className="keel-raci-legend" aria-label="Legend">
      {fields.map(({ role, fieldName }) => (
        <div key={role}>
          <dt>
            <span className={`keel-raci-role keel-raci-role--${role}`}>{role}</span> {ROLE_NAMES[role]}
          </dt>
          <dd>
            {MEANING[role]}
            <span className="keel-muted">{fieldName === null ? ' (no field found)' : ` (from ${fieldName})`}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
