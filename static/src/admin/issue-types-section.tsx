import { FormRow } from './form-row';
import { SearchPicker } from './search-picker';
import { issueTypeOptions, type SectionProps } from './section-props';

/** The issue types read as risks and as decisions. */
export function IssueTypesSection({ settings, update, catalog, problems }: SectionProps) {
  const types = settings.issueTypes;
  const options = issueTypeOptions(catalog);
  return (
    <>
      <FormRow label="Risk issue type" path="issueTypes.risk" problems={problems}>
        {(ids) => <SearchPicker {...ids} value={types.risk} options={options} onChange={(v) => update({ issueTypes: { ...types, risk: v ?? types.risk } })} />}
      </FormRow>
      <FormRow label="Decision issue type" path="issueTypes.decision" problems={problems}>
        {(ids) => <SearchPicker {...ids} value={types.decision} options={options} onChange={(v) => update({ issueTypes: { ...types, decision: v ?? types.decision } })} />}
      </FormRow>
    </>
  );
}
