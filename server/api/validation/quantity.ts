/** Quantity checks of ValidateResourceRequirements over the shared resource.Quantity implementation. */
import { QUANTITY_REGEX_STRING, canonicalQuantity, isValidQuantity, parseQuantity } from '../../../shared/k8s/quantity.js';

/** The message the API server's decoder gives for a malformed quantity. */
export const QUANTITY_FORMAT_MESSAGE = `quantities must match the regular expression '${QUANTITY_REGEX_STRING}'`;

/** The numeric value of a quantity in base units, or undefined when it does not parse. */
export function quantityValue(q: unknown): number | undefined {
  return isValidQuantity(q) ? parseQuantity(q as string | number) : undefined;
}

/** Quantity.String(): the canonical form the API server prints ('0.5' → '500m'); the raw text when invalid. */
export function quantityText(q: unknown): string {
  return isValidQuantity(q) ? canonicalQuantity(q as string | number) : String(q);
}
