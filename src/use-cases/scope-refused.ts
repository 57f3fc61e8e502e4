/**
 * Jira refusing a viewer's own search of the scope because its JQL names a project by key that the viewer may not
 * browse (a programme written as `project in (PAY, PLAT)`): Jira answers 400 "The value 'PLAT' does not exist for
 * the field 'project'", the same words it uses for a project that does not exist, so the advice says no more of
 * PLAT than that. The code stays JIRA_ERROR (the UI's advice: check the scope JQL). Without the viewer's own search Keel cannot tell which of the scope's issues they see, so it
 * shows them none of its figures and says what to do instead of Jira's 400 alone.
 */
import type { ProductRequest } from '../adapters/product-request';
import { AppError } from '../app-error';

const NAMED_PROJECT = /The value '([^']*)' does not exist for the field 'project'/i;

/** The advice for Jira's refusal of the viewer's scope search, or null when the error is another one. */
export function scopeRefused(error: unknown): AppError | null {
  if (!(error instanceof AppError) || error.details?.['status'] !== 400) return null;
  const messages = Array.isArray(error.details['messages']) ? error.details['messages'].map(String) : [error.message];
  const named = [...new Set(messages.flatMap((m) => [...m.matchAll(new RegExp(NAMED_PROJECT, 'gi'))].map((found) => found[1] ?? '')))];
  if (named.length === 0) return null;
  const which = named.map((key) => `"${key}"`).join(', ');
  const them = named.length === 1 ? 'that project' : 'those projects';
  return new AppError(
    'JIRA_ERROR',
    `The scope names ${named.length === 1 ? 'a project' : 'projects'} (${which}) that ${named.length === 1 ? 'does' : 'do'} not exist or that you may not browse: Jira refused the search Keel runs as you (${messages.map((m) => m.trim()).join(' ')}), and Jira answers so for both. ` +
      'Keel runs the scope as you to learn which of its issues you may see, so it cannot show you any figure of it. ' +
      `Ask a Jira admin for access to ${them}, or to change the JQL (the project's scope in Keel's settings, or this macro's filter) so it names no project you cannot browse, for example "project = KEY OR labels in (...)", or is confined to this project.`,
    { ...error.details, messages },
  );
}

/**
 * The viewer's Jira with that advice on its searches (`search/jql`, `search/approximate-count` keeps answering
 * null): every answer that runs the scope as the viewer (the live tabs, the stored answers' visibility searches,
 * RACI, the issue panel) says the same, wherever the search is made.
 */
export function withScopeAdvice(request: ProductRequest): ProductRequest {
  return async (schema, path, options) => {
    try {
      return await request(schema, path, options);
    } catch (error) {
      throw (path.value.startsWith('/rest/api/3/search/jql') ? scopeRefused(error) : null) ?? error;
    }
  };
}
