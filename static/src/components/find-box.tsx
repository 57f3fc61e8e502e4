/** The "Find" box above a long table: narrows its rows as the person types (text-match.ts). */
export function FindBox({ value, onChange, label, placeholder, testId }: { value: string; onChange: (value: string) => void; label: string; placeholder: string; testId: string }) {
  return (
    <label className="keel-find">
      {'Find '}
      <input type="search" className="keel-input" value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} aria-label={label} size={24} data-testid={testId} />
    </label>
  );
}
