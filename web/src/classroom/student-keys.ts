/** The student key a browser keeps per join code, so rejoining from the same browser returns to the same
 * student (and playground). */

const PREFIX = 'kube-playground.classroom.';

/** The normalised form of a join code (what the server accepts whatever the case). */
export function codeKey(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

export function loadStudentKey(storage: Storage, code: string): string | null {
  return storage.getItem(PREFIX + codeKey(code));
}

export function saveStudentKey(storage: Storage, code: string, studentKey: string): void {
  storage.setItem(PREFIX + codeKey(code), studentKey);
}

export function forgetStudentKey(storage: Storage, code: string): void {
  storage.removeItem(PREFIX + codeKey(code));
}
