/**
 * The parent page a person names in the publish form: its id (`163842`) or its address as the browser shows it
 * (`https://site.atlassian.net/wiki/spaces/PMO/pages/163842/Title`, or the older `viewpage.action?pageId=163842`).
 * Empty means the space's home page; anything else is null, so the form can say what it needs.
 */
export function parentPageId(input: string): { id: string | null } | null {
  const value = input.trim();
  if (value === '') return { id: null };
  const id = /^([1-9][0-9]{0,18})$/.exec(value)?.[1] ?? /\/pages\/([1-9][0-9]{0,18})(?:[/?#]|$)/.exec(value)?.[1] ?? /[?&]pageId=([1-9][0-9]{0,18})(?:&|#|$)/.exec(value)?.[1];
  return id === undefined ? null : { id };
}
