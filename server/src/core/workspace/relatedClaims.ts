import { claimTerms, RELATED_THRESHOLD, similarity } from '../claims/related';
import type { NotesDocument } from '../model/types';
import type { ClaimRef } from './workspaceIndex';

/**
 * Finds claims in other files that make the same point, through an inverted index from
 * terms to claims so one lookup touches only claims that share a word.
 */
export class RelatedClaimsIndex {
  private readonly terms = new Map<string, string[]>(); // "uri#claim" → terms
  private readonly postings = new Map<string, ClaimRef[]>();
  private readonly refs = new Map<string, ClaimRef>();
  private readonly docCount: number;

  constructor(docs: readonly NotesDocument[]) {
    let n = 0;
    for (const doc of docs) {
      doc.claims.forEach((value, claim) => {
        const ref: ClaimRef = { uri: doc.uri, claim, value };
        const id = `${doc.uri}#${claim}`;
        const terms = [...new Set(claimTerms(value.text))];
        this.terms.set(id, terms);
        this.refs.set(id, ref);
        for (const t of terms) {
          const list = this.postings.get(t);
          if (list) list.push(ref);
          else this.postings.set(t, [ref]);
        }
        n++;
      });
    }
    this.docCount = Math.max(n, 1);
  }

  private readonly weight = (t: string): number => Math.log(1 + this.docCount / (this.postings.get(t)?.length ?? 1));

  relatedTo(uri: string, claim: number): ClaimRef[] {
    const terms = this.terms.get(`${uri}#${claim}`);
    if (!terms) return [];
    const candidates = new Map<string, ClaimRef>();
    for (const t of terms) {
      const list = this.postings.get(t);
      // A term shared by a large part of the workspace says nothing about sameness.
      if (!list || list.length > 200) continue;
      for (const r of list) if (r.uri !== uri) candidates.set(`${r.uri}#${r.claim}`, r);
    }
    const scored: { ref: ClaimRef; score: number }[] = [];
    for (const [id, ref] of candidates) {
      const score = similarity(terms, this.terms.get(id)!, this.weight);
      if (score >= RELATED_THRESHOLD) scored.push({ ref, score });
    }
    scored.sort((a, b) => b.score - a.score || a.ref.uri.localeCompare(b.ref.uri) || a.ref.claim - b.ref.claim);
    return scored.slice(0, 5).map((s) => s.ref);
  }
}
