/**
 * Globs from `files.exclude`/`search.exclude` objects (`{ "**\/dist": true }`). Entries with a
 * `when` condition depend on sibling files; they are ignored rather than guessed.
 * (The `talkNotes` section itself is mapped by `core/config.ts#configFromSettings`.)
 */
export function excludeGlobs(...sections: unknown[]): string[] {
  const globs: string[] = [];
  for (const section of sections) {
    if (!section || typeof section !== 'object' || Array.isArray(section)) continue;
    for (const [glob, on] of Object.entries(section)) if (on === true && glob.length > 0) globs.push(glob);
  }
  return globs;
}
