import { FormRow } from './form-row';
import type { SectionProps } from './section-props';

/** Which issues Keel reads for a project: a JQL query, checked by Jira's own parser on save and preview. */
export function ScopeSection({ settings, update, problems }: SectionProps) {
  return (
    <FormRow label="Scope JQL" path="scope.jql" problems={problems} hint='{project} stands for the project key, e.g. project = "{project}" AND type != Epic.'>
      {({ inputId, describedBy, invalid }) => (
        <textarea
          id={inputId}
          className="keel-input keel-input--jql"
          rows={2}
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          value={settings.scope.jql}
          onChange={(e) => update({ scope: { jql: e.target.value } })}
        />
      )}
    </FormRow>
  );
}
