/** How a comparison's differences read: signed, so a move or change reads as direction and size at a glance. */
import { formatMoney } from './evm-format';

/** `signedDays(3)` is "+3 d", `signedDays(-2)` is "−2 d", `signedDays(0)` is "0 d". */
export function signedDays(days: number): string {
  return days > 0 ? `+${days} d` : days < 0 ? `−${-days} d` : '0 d';
}

/** `signedMoney(800, 'USD')` is "+$800"; a negative amount keeps its minus sign. */
export function signedMoney(value: number, currency: string): string {
  return value > 0 ? `+${formatMoney(value, currency)}` : formatMoney(value, currency);
}
