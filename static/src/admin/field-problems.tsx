import type { SettingsProblem } from '@contract';

/** The problems that belong to a field (its path, or a part of it such as one holiday), shown next to it. */
export function problemsAt(problems: readonly SettingsProblem[], path: string): SettingsProblem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
}

export function FieldProblems({ problems, path, id }: { problems: readonly SettingsProblem[]; path: string; id?: string }) {
  const mine = problemsAt(problems, path);
  if (mine.length === 0) return null;
  return (
    <ul className="keel-field-problems" id={id} data-path={path}>
      {mine.map((p, i) => (
        <li key={`${p.path}-${i}`} className={`keel-field-problem keel-field-problem--${p.severity}`}>
          <span className="keel-visually-hidden">{p.severity === 'error' ? 'Error: ' : 'Warning: '}</span>
          {p.message}
        </li>
      ))}
    </ul>
  );
}
