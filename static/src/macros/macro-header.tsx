import type { ReportScope } from '@contract';

/** The macro's title line: what it shows, for which project or filter, as of when. */
export function MacroHeader({ title, scope, asOf }: { title: string; scope: ReportScope; asOf?: string }) {
  return (
    <header className="keel-macro__header">
      <h2 className="keel-macro__title">{title}</h2>
      <p className="keel-macro__scope">
        {scope.jql === null ? scope.label : <code>{scope.jql}</code>}
        {asOf && <span className="keel-macro__as-of">{` · as of ${asOf}`}</span>}
      </p>
    </header>
  );
}
