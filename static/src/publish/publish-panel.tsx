import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ErrorCode, PublishResult } from '@contract';
import { callResolver } from '../api/call-resolver';
import { ResolverError } from '../api/resolver-error';
import { useResolver } from '../api/use-resolver';
import { parentPageId } from './parent-page-id';
import { PagePicker } from './page-picker';
import { publishFlag } from './publish-flag';

interface PublishPanelProps {
  projectKey: string;
  artefact: 'raci' | 'decisions' | 'status';
}

type PublishState = { status: 'idle' } | { status: 'publishing' } | { status: 'done'; result: PublishResult } | { status: 'failed'; message: string };

const LABEL = { raci: 'RACI matrix', decisions: 'decision log', status: 'status report' } as const;

/** The back end's refusals say what to do; these codes come from the platform, which does not. */
const ADVICE: Partial<Record<ErrorCode, string>> = {
  RATE_LIMITED: 'Wait a minute, then publish again.',
  JIRA_UNAVAILABLE: 'Wait a minute, then publish again.',
  INTERNAL: 'Publish again; if it keeps failing, tell your Jira admin the time and this message.',
};

/** Only a web address becomes a link; anything else is shown as text. */
const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);

/**
 * "Publish to Confluence" for the RACI and Decisions tabs, and "Publish status report" on the Overview (a new
 * dated page each day): a space picker (defaulting to where this artefact was last published), an optional parent
 * page (found by title, or pasted as an address or id), then the page's link and version, or what to do when it
 * failed, also in a flag as Jira shows its own.
 */
export function PublishPanel({ projectKey, artefact }: PublishPanelProps) {
  const { state: spaces } = useResolver('confluence/spaces', { projectKey, artefact }, `${projectKey}/${artefact}`);
  const [spaceKey, setSpaceKey] = useState('');
  const [parentId, setParentId] = useState('');
  const [parentTitle, setParentTitle] = useState<string | null>(null);
  const [state, setState] = useState<PublishState>({ status: 'idle' });
  const spaceId = useId();
  const parentInputId = useId();

  useEffect(() => {
    if (spaces.status !== 'ready') return;
    const last = spaces.data.lastTarget;
    const known = last !== null && spaces.data.spaces.some((s) => s.key === last.spaceKey);
    setSpaceKey(known ? last.spaceKey : (spaces.data.spaces[0]?.key ?? ''));
    setParentId(known ? (last.parentId ?? '') : '');
  }, [spaces]);

  const publish = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parent = parentPageId(parentId);
    if (parent === null) {
      setState({ status: 'failed', message: "the parent page must be a page's address (…/pages/163842/…) or its id (163842). Copy it from the page in Confluence, or leave it empty to publish under the space's home page." });
      return;
    }
    setState({ status: 'publishing' });
    const payload = { projectKey, spaceKey, ...(parent.id === null ? {} : { parentId: parent.id }) };
    const call = artefact === 'raci' ? callResolver('raci/publish', payload) : artefact === 'status' ? callResolver('status/publish', payload) : callResolver('decisions/publish', payload);
    call.then(
      (result) => {
        setState({ status: 'done', result });
        publishFlag({ ok: true, result });
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        const advice = error instanceof ResolverError ? (ADVICE[error.code] ?? '') : '';
        const said = advice === '' ? message : `${message} ${advice}`;
        setState({ status: 'failed', message: said });
        publishFlag({ ok: false, what: LABEL[artefact], message: said });
      },
    );
  };

  return (
    <form className="keel-publish" onSubmit={publish} aria-label={`Publish the ${LABEL[artefact]} to Confluence`}>
      {spaces.status === 'loading' && <p className="keel-muted">Loading Confluence spaces…</p>}
      {spaces.status === 'error' && (
        <p role="alert" className="keel-error-text" data-testid="publish-spaces-error">{`Keel could not list Confluence spaces: ${spaces.message}`}</p>
      )}
      {spaces.status === 'ready' && spaces.data.spaces.length === 0 && (
        <p className="keel-muted" data-testid="publish-no-spaces">You cannot see any Confluence space. Ask a Confluence admin for access to one.</p>
      )}
      {spaces.status === 'ready' && spaces.data.spaces.length > 0 && (
        <div className="keel-publish__fields">
          <label htmlFor={spaceId}>Space</label>
          <select
            id={spaceId}
            value={spaceKey}
            onChange={(event) => {
              setSpaceKey(event.target.value);
              setParentId('');
              setParentTitle(null);
            }}
            data-testid="publish-space"
          >
            {spaces.data.spaces.map((space) => (
              <option key={space.id} value={space.key}>{`${space.name} (${space.key})`}</option>
            ))}
          </select>
          <label htmlFor={parentInputId}>Parent page (optional): its address or id</label>
          <input
            id={parentInputId}
            value={parentId}
            placeholder="the space home page"
            onChange={(event) => {
              setParentId(event.target.value);
              setParentTitle(null);
            }}
            data-testid="publish-parent"
          />
          {parentTitle !== null && <p className="keel-publish__parent-title" data-testid="publish-parent-title">{`Under "${parentTitle}"`}</p>}
          <PagePicker
            projectKey={projectKey}
            spaceKey={spaceKey}
            onPick={(page) => {
              setParentId(page.id);
              setParentTitle(page.title);
            }}
          />
          <button type="submit" className="keel-button" disabled={state.status === 'publishing' || spaceKey === ''} data-testid="publish-button">
            {state.status === 'publishing' ? 'Publishing…' : artefact === 'status' ? 'Publish status report' : 'Publish to Confluence'}
          </button>
        </div>
      )}
      {state.status === 'done' && (
        <p role="status" className="keel-publish__ok" data-testid="publish-result">
          {isWebUrl(state.result.url) ? (
            <a href={state.result.url} target="_blank" rel="noreferrer">
              {state.result.title}
            </a>
          ) : (
            state.result.title
          )}
          {` — version ${state.result.version}. `}
          {state.result.changed ? (state.result.created ? 'Page created.' : 'Page updated.') : 'Nothing changed since the last publish: Keel wrote nothing.'}
        </p>
      )}
      {state.status === 'failed' && (
        <p role="alert" className="keel-error-text" data-testid="publish-error">{`Keel did not publish the ${LABEL[artefact]}: ${state.message}`}</p>
      )}
    </form>
  );
}
