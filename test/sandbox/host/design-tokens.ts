/**
 * The Atlassian design tokens the sandbox defines when a module calls `view.theme.enable()`, as Jira and
 * Confluence do: each `--ds-*` custom property with its light and dark value, written the way `@atlaskit/tokens`
 * scopes its themes (`html[data-color-mode][data-theme~="light:light"|"dark:dark"]`). Only the tokens Keel
 * uses are listed (a test fails when static/ uses one that is missing). Light values equal Keel's fallbacks;
 * dark values are opaque renderings of Atlassian's dark palette, so contrast can be measured on them.
 */
export type ColorMode = 'light' | 'dark';

/** token (without `--ds-`) → [light, dark]. */
export const DESIGN_TOKENS: Readonly<Record<string, readonly [string, string]>> = {
  text: ['#172b4d', '#b6c2cf'],
  'text-subtle': ['#44546f', '#9fadbc'],
  'text-subtlest': ['#626f86', '#8c9bab'],
  'text-disabled': ['#091e424f', '#bfdbf847'],
  'text-inverse': ['#ffffff', '#1d2125'],
  'text-danger': ['#ae2e24', '#fd9891'],
  'text-warning': ['#a54800', '#fec195'],
  'text-success': ['#216e4e', '#7ee2b8'],
  'text-information': ['#0055cc', '#85b8ff'],
  'text-discovery': ['#5e4db2', '#b8acf6'],
  'text-accent-blue-bolder': ['#09326c', '#cce0ff'],
  'text-accent-magenta-bolder': ['#50253f', '#fdd0ec'],
  'text-accent-green-bolder': ['#164b35', '#baf3db'],
  'text-accent-gray-bolder': ['#172b4d', '#dee4ea'],
  link: ['#0c66e4', '#579dff'],
  surface: ['#ffffff', '#1d2125'],
  'surface-sunken': ['#f7f8f9', '#161a1d'],
  'surface-raised': ['#ffffff', '#22272b'],
  border: ['#dfe1e6', '#38414a'],
  'border-bold': ['#758195', '#738496'],
  'border-focused': ['#388bff', '#85b8ff'],
  'border-danger': ['#e2483d', '#f87168'],
  'border-warning': ['#e56910', '#f38a3f'],
  'border-success': ['#22a06b', '#2abb7f'],
  'border-information': ['#1d7afc', '#579dff'],
  'border-discovery': ['#8270db', '#8f7ee7'],
  'background-neutral': ['#dcdfe4', '#2c333a'],
  'background-neutral-hovered': ['#c1c7d0', '#38414a'],
  'background-neutral-subtle-hovered': ['#f1f2f4', '#22272b'],
  'background-disabled': ['#f1f2f4', '#22272b'],
  'background-selected': ['#e9f2ff', '#1c2b41'],
  'background-brand-bold': ['#0c66e4', '#579dff'],
  'background-brand-bold-hovered': ['#0055cc', '#85b8ff'],
  'background-danger': ['#ffeceb', '#42221f'],
  'background-danger-bold': ['#c9372c', '#f87168'],
  'background-danger-bold-hovered': ['#ae2e24', '#fd9891'],
  'background-warning': ['#fff7d6', '#3f3102'],
  'background-success': ['#dcfff1', '#1c3329'],
  'background-information': ['#e9f2ff', '#1c2b41'],
  'background-discovery': ['#f3f0ff', '#2b273f'],
  'background-accent-blue-subtler': ['#cce0ff', '#09326c'],
  'background-accent-magenta-subtler': ['#fdd0ec', '#50253f'],
  'background-accent-green-subtler': ['#baf3db', '#164b35'],
  'background-accent-gray-subtler': ['#dcdfe4', '#454f59'],
  'background-accent-green-subtlest': ['#dcfff1', '#1c3329'],
  'background-accent-yellow-subtler': ['#f8e6a0', '#533f04'],
  'background-accent-orange-subtle': ['#fea362', '#a54800'],
  'background-accent-red-subtle': ['#f87168', '#ae2e24'],
  // Used by the Gantt (merged from main), with its own fallbacks.
  'text-selected': ['#0c66e4', '#579dff'],
  'border-selected': ['#0c66e4', '#579dff'],
  'border-brand': ['#0c66e4', '#579dff'],
  'background-neutral-subtle': ['#fafbfc', '#1d2125'],
  'background-information-bold': ['#0c66e4', '#579dff'],
  'background-success-bold': ['#1f845a', '#4bce97'],
  'icon-subtle': ['#626f86', '#9fadbc'],
  'chart-blue-bold': ['#388bff', '#388bff'],
  'chart-blue-bolder': ['#0c66e4', '#1d7afc'],
  'chart-yellow-bold': ['#b38600', '#f5cd47'],
  'chart-red-bold': ['#c9372c', '#f15b50'],
  'chart-red-bolder': ['#ae2e24', '#f87168'],
  'chart-neutral': ['#626f86', '#8c9bab'],
  'chart-purple-boldest': ['#352c63', '#dfd8fd'],
  'chart-orange-bold': ['#e56910', '#f38a3f'],
  'chart-green-bold': ['#22a06b', '#4bce97'],
  'chart-gray-bold': ['#8590a2', '#738496'],
};

const SELECTOR: Record<ColorMode, string> = {
  light: 'html[data-color-mode="light"][data-theme~="light:light"]',
  dark: 'html[data-color-mode="dark"][data-theme~="dark:dark"]',
};

/** The theme's stylesheet: every token's value in `mode`. */
export function designTokenCss(mode: ColorMode): string {
  const index = mode === 'light' ? 0 : 1;
  const declarations = Object.entries(DESIGN_TOKENS).map(([name, values]) => `  --ds-${name}: ${values[index]};`);
  return `${SELECTOR[mode]} {\n${declarations.join('\n')}\n}\n`;
}

/** What Forge's bridge puts on the frame's `<html>` with the theme: the colour mode and the themes loaded. */
export function themeAttributes(mode: ColorMode): { 'data-color-mode': ColorMode; 'data-theme': string } {
  return { 'data-color-mode': mode, 'data-theme': 'dark:dark light:light' };
}
