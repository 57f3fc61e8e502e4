import type { StatusResult } from '@contract';
import { VerdictCard } from '../status/verdict-card';
import { MacroHeader } from './macro-header';

/** The Keel status macro: the live verdict on the project's launch date, the Overview's own card. */
export function StatusMacro({ data }: { data: StatusResult }) {
  return (
    <section className="keel-macro" data-testid="status-macro">
      <MacroHeader title="Keel status" scope={{ projectKey: data.project.key, jql: null, label: `${data.project.name} (${data.project.key})` }} asOf={data.asOf} />
      <VerdictCard status={data} headingLevel={3} />
    </section>
  );
}
