import type { SettingsProblem } from '@contract';

/** Every problem at once, above the form (each is also shown next to its field). */
export function ProblemSummary({ problems, status }: { problems: readonly SettingsProblem[]; status: string | null }) {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return (
    <div className="keel-problem-summary" role="status" aria-live="polite">
      {status && <p className="keel-problem-summary__status">{status}</p>}
      {problems.length > 0 && (
        <>
          <p className="keel-problem-summary__count">
            {errors.length > 0 ? `${errors.length} problem${errors.length === 1 ? '' : 's'} to fix` : 'Nothing blocks saving'}
            {warnings.length > 0 ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}:
          </p>
          <ul className="keel-problem-summary__list">
            {problems.map((p, i) => (
              <li key={`${p.path}-${i}`} className={`keel-field-problem--${p.severity}`}>
                {p.path !== '' && <code>{p.path}</code>} {p.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
