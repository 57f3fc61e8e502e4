import { useResolver } from '../api/use-resolver';
import { EmptyState } from '../components/empty-state';

/** No dependency links in scope: what to do, and which link types the project does have (from the Overview). */
export function NoDependencies({ projectKey }: { projectKey: string }) {
  const { state } = useResolver('overview/get', { projectKey }, projectKey);
  const types = state.status === 'ready' ? state.data.linksByType : [];
  return (
    <>
      <EmptyState title="No dependencies" message="No dependencies found: map your link types in Keel's settings." />
      {types.length > 0 && (
        <p className="keel-note" data-testid="link-types">
          {`Link types on this project's issues: ${types.map((t) => `${t.name} (${t.count}, ${t.mappedAs ?? 'not a dependency'})`).join('; ')}.`}
        </p>
      )}
    </>
  );
}
