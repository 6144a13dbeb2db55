/** The pages' date inputs: ISO text fields. 日期输入框。 */
import { isoDate } from './iso-date';

/**
 * Makes `input` an ISO date field: a text box with the YYYY-MM-DD placeholder that calls `onDate`
 * with a valid date when it changes, and otherwise marks itself invalid (aria-invalid, the
 * browser's validity message) and calls `onInvalid` with what was typed, keeping the last valid date.
 * The date already in force calls nothing: the browser sends a second change when the field loses
 * focus after a scripted one, and a retyped date should not redraw the page (or interrupt what it draws).
 */
export function isoDateField(
  input: HTMLInputElement,
  value: string,
  onDate: (date: string) => void,
  onInvalid: (typed: string) => void,
): void {
  input.type = 'text';
  input.inputMode = 'numeric';
  input.placeholder = 'YYYY-MM-DD';
  input.maxLength = 10;
  input.size = 10;
  input.pattern = '\\d{4}-\\d{2}-\\d{2}';
  input.autocomplete = 'off';
  input.value = value;
  let current = isoDate(value);
  input.addEventListener('change', () => {
    const date = isoDate(input.value);
    if (date === null) {
      input.setAttribute('aria-invalid', 'true');
      input.setCustomValidity('YYYY-MM-DD');
      onInvalid(input.value);
      return;
    }
    // After a refused entry the page's date is called again, so its status line loses the refusal.
    const wasInvalid = input.hasAttribute('aria-invalid');
    input.removeAttribute('aria-invalid');
    input.setCustomValidity('');
    input.value = date;
    if (date === current && !wasInvalid) return;
    current = date;
    onDate(date);
  });
}
