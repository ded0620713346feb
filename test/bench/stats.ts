/** Small statistics helpers for the benchmarks. */
export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

export function ms(n: number): string {
  return `${n.toFixed(n < 10 ? 2 : 1)} ms`;
}

export function report(name: string, value: string): void {
  console.log(`${name.padEnd(58)} ${value}`);
}
