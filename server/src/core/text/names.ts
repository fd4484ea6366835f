/**
 * Identity of a person: the name with case and accents folded, so `Tomás Ortega`,
 * `Tomas Ortega` and `TOMÁS ORTEGA` are one person (SPEC §2 "People and mentions").
 */
export function personKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case particles that may stand between name words (`Ludwig van Beethoven`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'da', 'del', 'der', 'le', 'la', 'bin', 'al', 'di', 'du', 'dos', 'das', 'ter', 'ten']);
