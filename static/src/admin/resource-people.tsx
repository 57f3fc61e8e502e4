import type { Settings } from '@contract';
import { FieldProblems } from './field-problems';
import { UserPicker } from './user-picker';

type Person = Settings['resources']['people'][number];

interface Props {
  people: readonly Person[];
  onChange: (people: Person[]) => void;
  problems: Parameters<typeof FieldProblems>[0]['problems'];
}

/** People found with the user picker, each with their availability and time off (date ranges, both days included). */
export function ResourcePeople({ people, onChange, problems }: Props) {
  const set = (index: number, patch: Partial<Person>) => onChange(people.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <div className="keel-form-row" data-path="resources.people">
      <span className="keel-form-row__label">People</span>
      <div className="keel-form-row__control">
        {people.length > 0 && (
          <table className="keel-table keel-table--form" data-testid="resource-people">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Availability %</th>
                <th scope="col">Time off</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {people.map((person, index) => {
                const name = person.displayName || person.accountId;
                return (
                  <tr key={person.accountId}>
                    <th scope="row">{name}</th>
                    <td>
                      <input className="keel-input keel-input--number" type="number" min={0} max={100} aria-label={`Availability of ${name}, percent`}
                        value={Number.isNaN(person.availabilityPercent) ? '' : person.availabilityPercent}
                        onChange={(e) => set(index, { availabilityPercent: e.target.value === '' ? Number.NaN : Number(e.target.value) })} />
                      <FieldProblems problems={problems} path={`resources.people.${index}.availabilityPercent`} />
                    </td>
                    <td>
                      {person.timeOff.map((off, t) => (
                        <div key={t} className="keel-resources-off">
                          <input className="keel-input" type="date" aria-label={`Time off of ${name} from`} value={off.from} onChange={(e) => set(index, { timeOff: person.timeOff.map((o, j) => (j === t ? { ...o, from: e.target.value } : o)) })} />
                          {' to '}
                          <input className="keel-input" type="date" aria-label={`Time off of ${name} to`} value={off.to} onChange={(e) => set(index, { timeOff: person.timeOff.map((o, j) => (j === t ? { ...o, to: e.target.value } : o)) })} />
                          <button type="button" className="keel-button keel-button--subtle" onClick={() => set(index, { timeOff: person.timeOff.filter((_, j) => j !== t) })}>
                            Remove
                          </button>
                          <FieldProblems problems={problems} path={`resources.people.${index}.timeOff.${t}.to`} />
                          <FieldProblems problems={problems} path={`resources.people.${index}.timeOff.${t}.from`} />
                        </div>
                      ))}
                      <button type="button" className="keel-button--link" onClick={() => set(index, { timeOff: [...person.timeOff, { from: '', to: '' }] })}>
                        Add time off
                      </button>
                    </td>
                    <td>
                      <button type="button" className="keel-button keel-button--subtle" onClick={() => onChange(people.filter((_, i) => i !== index))}>
                        Remove
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <UserPicker
          label="Add a person"
          onPick={(p) => {
            if (!people.some((other) => other.accountId === p.accountId)) onChange([...people, { accountId: p.accountId, displayName: p.displayName, availabilityPercent: 100, timeOff: [] }]);
          }}
        />
        <p className="keel-form-row__hint">Assignees not listed work at 100% with no time off.</p>
        <FieldProblems problems={problems} path="resources.people" />
      </div>
    </div>
  );
}
