import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { checkSync } from 'recheck';
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = n.getText(); const end = lit.lastIndexOf('/');
      const src = lit.slice(1, end), flags = lit.slice(end + 1).replace(/[gy]/g, '');
      const r = checkSync(src, flags, { timeout: 10000 });
      if (r.status !== 'safe') console.log(file, sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, lit, r.status, r.status === 'vulnerable' ? JSON.stringify(r.attack.pattern) : '');
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
