import type { TypeStatusCount } from '@contract';

type Counts = TypeStatusCount['byStatusCategory'];

const SEGMENTS = [
  { key: 'done', label: 'Done', className: 'keel-bar__done' },
  { key: 'inProgress', label: 'In progress', className: 'keel-bar__inprogress' },
  { key: 'todo', label: 'To do', className: 'keel-bar__todo' },
] as const;

/** A bar split in proportion to the status categories; the numbers are in the table, so it is decorative. */
export function StatusBar({ counts, total }: { counts: Counts; total: number }) {
  return (
    <div className="keel-bar" aria-hidden="true">
      {total > 0 &&
        SEGMENTS.map(({ key, label, className }) =>
          counts[key] > 0 ? (
            <span
              key={key}
              className={className}
              style={{ width: `${(counts[key] / total) * 100}%` }}
              title={`${label}: ${counts[key]}`}
            />
          ) : null,
        )}
    </div>
  );
}
