/**
 * "Active at d" (issue 5) for plain models: validFrom ≤ d ≤ validTo, open ends open. Dates are
 * ISO strings, which compare like the dates they name.
 */
export function activeOn(validity: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (
    (validity.validFrom === null || validity.validFrom <= day) && (validity.validTo === null || validity.validTo >= day)
  );
}
