/** How the Forecast tab writes its figures: "63%", "1 March 2027", "±1.5 percentage points". */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2027-03-01 -> "1 March 2027"; anything else is shown as given. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = MONTHS[Number(m?.[2]) - 1];
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** 2027-03-01 -> "1 Mar". */
export function shortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = MONTHS[Number(m?.[2]) - 1];
  return m && month ? `${Number(m[3])} ${month.slice(0, 3)}` : iso;
}

/** 0.634 -> "63%"; a share under 1% but above 0 -> "<1%", above 99% but under 1 -> ">99%". */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  if (share < 1 && share > 0.995) return '>99%';
  return `${Math.round(share * 100)}%`;
}

/** 0.0219 -> "±2.2 percentage points". */
export function errorPoints(share: number): string {
  return `±${(share * 100).toFixed(1)} percentage points`;
}
