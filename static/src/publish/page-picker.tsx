import { useEffect, useId, useState } from 'react';
import type { ConfluencePagesResult } from '@contract';
import { callResolver } from '../api/call-resolver';

interface PagePickerProps {
  projectKey: string;
  spaceKey: string;
  onPick: (page: { id: string; title: string }) => void;
}

type Search = { status: 'idle' } | { status: 'searching' } | { status: 'ready'; result: ConfluencePagesResult } | { status: 'failed'; message: string };

const WAIT_MS = 300;

/**
 * The parent page by title: typing two letters or more searches the space's pages (as the person sees them),
 * and a result, chosen by click or Enter, becomes the parent. A search still running when the text changes is
 * dropped, so the list always matches what is typed.
 */
export function PagePicker({ projectKey, spaceKey, onPick }: PagePickerProps) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState<Search>({ status: 'idle' });
  const inputId = useId();
  const listId = useId();

  useEffect(() => {
    const typed = text.trim();
    if (typed.length < 2 || spaceKey === '') {
      setSearch({ status: 'idle' });
      return undefined;
    }
    let live = true;
    const timer = setTimeout(() => {
      setSearch({ status: 'searching' });
      callResolver('confluence/pages', { projectKey, spaceKey, text: typed }).then(
        (result) => live && setSearch({ status: 'ready', result }),
        (error: unknown) => live && setSearch({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    }, WAIT_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, spaceKey, projectKey]);

  return (
    <div className="keel-page-picker">
      <label htmlFor={inputId}>Find the parent page by title</label>
      <input id={inputId} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="Type part of a title" aria-controls={listId} data-testid="page-search" />
      <div id={listId} aria-live="polite">
        {search.status === 'searching' && <p className="keel-muted">Searching…</p>}
        {search.status === 'failed' && <p role="alert" className="keel-error-text">{`Keel could not search the space's pages: ${search.message}`}</p>}
        {search.status === 'ready' && search.result.pages.length === 0 && <p className="keel-muted">{`No page in ${spaceKey} has "${text.trim()}" in its title.`}</p>}
        {search.status === 'ready' && search.result.pages.length > 0 && (
          <ul className="keel-page-picker__results" aria-label="Pages found" data-testid="page-results">
            {search.result.pages.map((page) => (
              <li key={page.id}>
                <button type="button" className="keel-link-button" onClick={() => onPick(page)}>
                  {page.title}
                </button>
              </li>
            ))}
          </ul>
        )}
        {search.status === 'ready' && search.result.truncated && <p className="keel-muted">More pages may match: type more of the title.</p>}
      </div>
    </div>
  );
}
