import { FieldProblems } from './field-problems';
import { FormRow } from './form-row';
import { SearchPicker } from './search-picker';
import { issueTypeOptions, type SectionProps } from './section-props';

/** The issue types read as risks and as decisions, and the types that are not work (never scheduled or budgeted). */
export function IssueTypesSection({ settings, update, catalog, problems }: SectionProps) {
  const types = settings.issueTypes;
  const options = issueTypeOptions(catalog);
  const setNotWork = (notWork: string[]) => update({ issueTypes: { ...types, notWork } });
  return (
    <>
      <FormRow label="Risk issue type" path="issueTypes.risk" problems={problems}>
        {(ids) => <SearchPicker {...ids} value={types.risk} options={options} onChange={(v) => update({ issueTypes: { ...types, risk: v ?? types.risk } })} />}
      </FormRow>
      <FormRow label="Decision issue type" path="issueTypes.decision" problems={problems}>
        {(ids) => <SearchPicker {...ids} value={types.decision} options={options} onChange={(v) => update({ issueTypes: { ...types, decision: v ?? types.decision } })} />}
      </FormRow>
      <div className="keel-form-row" data-path="issueTypes.notWork">
        <span className="keel-form-row__label">Other types that are not work</span>
        <div className="keel-form-row__control">
          <p className="keel-form-row__hint">
            Risks and decisions are never scheduled. Issues of these types are not scheduled or budgeted either, and are
            never listed as missing an estimate (for example a &ldquo;Milestone review&rdquo; or &ldquo;Question&rdquo; type).
          </p>
          <ul className="keel-chips" aria-label="Issue types that are not work">
            {types.notWork.map((name) => (
              <li key={name} className="keel-chip">
                {name}
                <button type="button" className="keel-chip__remove" aria-label={`Remove ${name}`} onClick={() => setNotWork(types.notWork.filter((n) => n !== name))}>×</button>
              </li>
            ))}
          </ul>
          <SearchPicker inputId="issue-types-not-work" describedBy={undefined} invalid={false} value={null} options={options} noneLabel="Add an issue type that is not work…"
            onChange={(v) => v !== null && !types.notWork.some((n) => n.toLowerCase() === v.toLowerCase()) && setNotWork([...types.notWork, v])} />
          <FieldProblems problems={problems} path="issueTypes.notWork" />
        </div>
      </div>
    </>
  );
}
