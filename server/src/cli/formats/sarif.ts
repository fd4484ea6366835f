import type { DiagnosticCode, NotesDiagnostic } from '../../core/model/types';

/** Descriptions of the rules, shown by code-scanning tools next to each result. */
const RULES: Record<DiagnosticCode, string> = {
  'unsupported-claim': 'A sentence asserts something checkable (a number, a ranking, a comparison, reported speech, a generalisation) and carries no source.',
  'unresolved-citation': 'A citation marker [n] or [^id] has no reference definition in the file.',
  'unused-reference': 'A reference definition is not cited anywhere in the file.',
  'broken-cross-reference': 'A [[link]] matches no talk or speaker in the workspace.',
  'talk-without-speaker': 'A Markdown talk heading has no speaker line.',
  'file-too-large': 'The file is larger than talkNotes.maxFileSize; only the outline is computed.',
};

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** A SARIF 2.1.0 log of the diagnostics of every file, for code-scanning tools. */
export function toSarif(results: { path: string; diagnostics: NotesDiagnostic[] }[], version: string): object {
  const codes = Object.keys(RULES) as DiagnosticCode[];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'talknotes',
            version,
            informationUri: 'https://github.com/talk-notes/talk-notes',
            rules: codes.map((id) => ({ id, shortDescription: { text: RULES[id] } })),
          },
        },
        results: results.flatMap(({ path, diagnostics }) =>
          diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: codes.indexOf(d.code),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(path) },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}
