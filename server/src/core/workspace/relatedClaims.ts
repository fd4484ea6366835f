import { claimTerms, RELATED_THRESHOLD, similarity } from '../claims/related';
import type { NotesDocument } from '../model/types';
import type { ClaimRef } from './workspaceIndex';

interface Entry {
  ref: ClaimRef;
  terms: string[];
}

/**
 * Finds claims in other files that make the same point, through an inverted index from
 * terms to claims so one lookup touches only claims that share a word.
 *
 * Kept per document like the workspace's other tables: replacing a document drops its claims'
 * postings and queues the new version, whose terms are computed at the next query. So a
 * keystroke costs nothing here, and a query after edits costs the size of the edited files.
 * The term weights (an IDF) are read from the posting sizes at query time, so they stay current.
 */
export class RelatedClaimsIndex {
  // Claims are numbered as they are indexed (numbers hash and compare cheaper than "uri#claim").
  private readonly entries = new Map<number, Entry>();
  /** uri → the ids of its claims, by claim index. */
  private readonly idsByUri = new Map<string, number[]>();
  private readonly postings = new Map<string, Set<number>>(); // term → ids
  private readonly pending = new Map<string, NotesDocument>();
  private nextId = 0;

  constructor(docs: readonly NotesDocument[] = []) {
    for (const doc of docs) this.setDocument(doc);
  }

  setDocument(doc: NotesDocument): void {
    this.removeDocument(doc.uri);
    this.pending.set(doc.uri, doc);
  }

  /**
   * Computes the terms of up to `limit` pending claims (in queue order); true when none is left.
   * Lets the host build the index in idle time, a few claims at a time, instead of at the first
   * query (which then waited for every file read since the last one).
   */
  prepare(limit = Infinity): boolean {
    let budget = limit;
    for (const [uri, doc] of this.pending) {
      let ids = this.idsByUri.get(uri);
      if (!ids) this.idsByUri.set(uri, (ids = []));
      // Claims of a document are indexed in order, so the ids indexed so far tell where to resume.
      for (let claim = ids.length; claim < doc.claims.length; claim++) {
        if (budget-- <= 0) return false;
        const id = this.nextId++;
        const value = doc.claims[claim];
        const terms = [...new Set(claimTerms(value.text))];
        this.entries.set(id, { ref: { uri, claim, value }, terms });
        ids.push(id);
        for (const t of terms) {
          const set = this.postings.get(t);
          if (set) set.add(id);
          else this.postings.set(t, new Set([id]));
        }
      }
      this.pending.delete(uri);
    }
    return true;
  }

  removeDocument(uri: string): void {
    this.pending.delete(uri);
    for (const id of this.idsByUri.get(uri) ?? []) {
      for (const t of this.entries.get(id)!.terms) {
        const set = this.postings.get(t)!;
        set.delete(id);
        if (set.size === 0) this.postings.delete(t);
      }
      this.entries.delete(id);
    }
    this.idsByUri.delete(uri);
  }

  private readonly weight = (t: string): number => Math.log(1 + Math.max(this.entries.size, 1) / (this.postings.get(t)?.size ?? 1));

  relatedTo(uri: string, claim: number): ClaimRef[] {
    this.prepare();
    const ownId = this.idsByUri.get(uri)?.[claim];
    const own = ownId === undefined ? undefined : this.entries.get(ownId);
    if (!own) return [];
    const candidates = new Set<number>();
    for (const t of own.terms) {
      const ids = this.postings.get(t);
      // A term shared by a large part of the workspace says nothing about sameness.
      if (!ids || ids.size > 200) continue;
      for (const id of ids) if (this.entries.get(id)!.ref.uri !== uri) candidates.add(id);
    }
    const scored: { ref: ClaimRef; score: number }[] = [];
    for (const id of candidates) {
      const other = this.entries.get(id)!;
      const score = similarity(own.terms, other.terms, this.weight);
      if (score >= RELATED_THRESHOLD) scored.push({ ref: other.ref, score });
    }
    scored.sort((a, b) => b.score - a.score || a.ref.uri.localeCompare(b.ref.uri) || a.ref.claim - b.ref.claim);
    return scored.slice(0, 5).map((s) => s.ref);
  }
}
