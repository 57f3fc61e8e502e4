import { ErrorState } from '../components/error-state';

/** A module key this build has no view for: say so instead of showing an empty frame. */
export function UnknownModule({ moduleKey }: { moduleKey: string }) {
  return (
    <ErrorState
      title="Nothing to show here yet"
      message={`This version of Keel has no view for the module "${moduleKey}".`}
      advice="Ask your Jira admin to update Keel to the latest version."
    />
  );
}
