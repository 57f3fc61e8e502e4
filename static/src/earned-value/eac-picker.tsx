import { useId } from 'react';
import type { EvmPerEac } from '@contract';
import { EAC_VARIANTS, type EacVariant } from './eac-variant';
import { formatMoney } from './evm-format';

interface EacPickerProps {
  eac: EvmPerEac;
  currency: string;
  variant: EacVariant;
  onChange: (variant: EacVariant) => void;
}

/** Which EAC the figures use, and every EAC side by side on demand. */
export function EacPicker({ eac, currency, variant, onChange }: EacPickerProps) {
  const id = useId();
  return (
    <div className="keel-ev-eac">
      <label htmlFor={id} className="keel-ev-eac__label">
        Estimate by
      </label>
      <select id={id} value={variant} onChange={(event) => onChange(EAC_VARIANTS.find((v) => v.id === event.target.value)?.id ?? 'cpi')}>
        {EAC_VARIANTS.map((v) => (
          <option key={v.id} value={v.id}>{v.label}</option>
        ))}
      </select>
      <details className="keel-details">
        <summary>All estimates at completion</summary>
        <table className="keel-table keel-table--compact" data-testid="eac-variants">
          <tbody>
            {EAC_VARIANTS.map((v) => {
              const value = eac[v.id];
              return (
                <tr key={v.id} data-variant={v.id} className={v.id === variant ? 'keel-ev-eac__chosen' : undefined} aria-current={v.id === variant ? 'true' : undefined}>
                  <th scope="row">
                    {v.label}
                    <span className="keel-muted">{` ${v.formula}`}</span>
                  </th>
                  <td className="keel-num">{value === null ? '—' : formatMoney(value, currency)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </div>
  );
}
