// The physician's name with credentials as printed under a signature: "Avery J. Example, MD" with credentials
// "MD, FAAOS" prints "Avery J. Example, MD, FAAOS", never "…, MD, MD, FAAOS".

export function nameWithCredentials(name: string, credentials: string): string {
  const trimmed = name.trim();
  const present = new Set(
    trimmed
      .split(',')
      .slice(1)
      .map((s) => s.trim().replace(/\./g, '').toUpperCase()),
  );
  const extra = credentials
    .split(',')
    .map((s) => s.trim())
    .filter((c) => c && !present.has(c.replace(/\./g, '').toUpperCase()));
  return [trimmed, ...extra].filter(Boolean).join(', ');
}
