/**
 * The one way interface strings take values: "{name}" placeholders filled from `vars`. A placeholder without a
 * value stays as written, so a missing value shows up on the page and in the tests instead of vanishing.
 * Small and dependency-free: the search page uses it in the browser too.
 */
export function interpolate(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
