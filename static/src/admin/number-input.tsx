interface NumberInputProps {
  inputId: string;
  describedBy: string | undefined;
  invalid: boolean;
  value: number | null;
  onChange: (value: number | null) => void;
  step?: number;
  min?: number;
}

/** A number; an empty box is null (a "not set" the settings allow, or a problem the checks name). */
export function NumberInput({ inputId, describedBy, invalid, value, onChange, step, min }: NumberInputProps) {
  return (
    <input
      id={inputId}
      className="keel-input keel-input--number"
      type="number"
      inputMode="decimal"
      step={step ?? 'any'}
      min={min}
      aria-describedby={describedBy}
      aria-invalid={invalid}
      value={value === null || Number.isNaN(value) ? '' : value}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
    />
  );
}
