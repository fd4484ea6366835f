import { claimTerms, RELATED_THRESHOLD, similarity } from '../claims/related';
import type { Claim, NotesDocument } from '../model/types';
import type { ClaimRef } from './workspaceIndex';
import { lowerBound } from '../text/lowerBound';

/** A document queued for indexing: its claims, or (for a packed file) its claims' terms computed ahead. */
type Pending = { claims: readonly Claim[]; terms?: undefined } | { terms: readonly string[][]; claims?: undefined };

/** The indexed claims of one document. */
interface DocumentClaims {
  uri: string;
  /** Id of its first claim: claim `c` has the id `first + c` (a document's ids are consecutive). */
  first: number;
  /** Claims indexed so far (a document is indexed in steps). */
  count: number;
  /** Claim `c`'s distinct terms are `terms[starts[c]]` up to `terms[starts[c + 1]]`, as term numbers. */
  starts: number[] | Int32Array;
  terms: number[] | Int32Array;
}

/** A term shared by more claims than this says nothing about sameness. */
const COMMON_TERM = 200;

/**
 * Finds claims in other files that make the same point, through an inverted index from
 * terms to claims so one lookup touches only claims that share a word.
 *
 * Kept per document like the workspace's other tables: replacing a document drops its claims'
 * postings and queues the new version, whose terms are computed at the next query. So a
 * keystroke costs nothing here, and a query after edits costs the size of the edited files.
 * The term weights (an IDF) are read from the live posting counts at query time, so they stay
 * current.
 *
 * It is sized for a whole workspace kept in memory: terms are numbered once, a claim is a run of
 * term numbers, postings are plain arrays of claim ids. A removed document's ids stay in the
 * postings until a posting is mostly dead (then it is compacted); lookups skip them. The index
 * holds no claims: a claim is looked up (`claimOf`) only when it is an answer, so a packed file's
 * claims stay packed.
 */
export class RelatedClaimsIndex {
  private readonly byUri = new Map<string, DocumentClaims>();
  /** The same documents in the order of their ids (ids only grow), for finding a claim id's document. */
  private readonly ordered: DocumentClaims[] = [];
  private readonly termNumbers = new Map<string, number>();
  private readonly termNames: string[] = [];
  /** term number → ids of the claims with the term (removed ones included until compacted). */
  private readonly postings: number[][] = [];
  /** term number → how many live claims have the term. */
  private readonly live: number[] = [];
  private liveClaims = 0;
  private readonly pending = new Map<string, Pending>();
  /** Claims of documents given whole, when no `claimOf` reads them from elsewhere. */
  private readonly claimsByUri = new Map<string, readonly Claim[]>();
  private nextId = 0;

  constructor(
    docs: readonly NotesDocument[] = [],
    private readonly claimOf: (uri: string, claim: number) => Claim | undefined = (uri, claim) => this.claimsByUri.get(uri)?.[claim],
  ) {
    for (const doc of docs) this.setDocument(doc);
  }

  setDocument(doc: NotesDocument): void {
    this.removeDocument(doc.uri);
    this.pending.set(doc.uri, { claims: doc.claims });
    this.claimsByUri.set(doc.uri, doc.claims);
  }

  /** Queues a document by its claims' terms (`documentTables`), for a file whose claims are packed. */
  setTerms(uri: string, terms: readonly string[][]): void {
    this.removeDocument(uri);
    this.pending.set(uri, { terms });
  }

  /**
   * Computes the terms of up to `limit` pending claims (in queue order); true when none is left.
   * Lets the host build the index in idle time, a few claims at a time, instead of at the first
   * query (which then waited for every file read since the last one).
   */
  prepare(limit = Infinity): boolean {
    let budget = limit;
    // The first pending document is always finished before the next one starts, so its ids are consecutive.
    for (const [uri, p] of this.pending) {
      let doc = this.byUri.get(uri);
      if (!doc) {
        doc = { uri, first: this.nextId, count: 0, starts: [0], terms: [] };
        this.byUri.set(uri, doc);
        this.ordered.push(doc);
      }
      const count = p.claims ? p.claims.length : p.terms.length;
      for (let claim = doc.count; claim < count; claim++) {
        if (budget-- <= 0) return false;
        const id = doc.first + claim;
        this.nextId = id + 1;
        const terms = p.claims ? new Set(claimTerms(p.claims[claim].text)) : new Set(p.terms[claim]);
        for (const term of terms) {
          const t = this.termNumber(term);
          (doc.terms as number[]).push(t);
          this.postings[t].push(id);
          this.live[t]++;
        }
        (doc.starts as number[]).push(doc.terms.length);
        doc.count++;
        this.liveClaims++;
      }
      // Complete: kept as exactly sized 32-bit arrays from here on (half the memory of a grown list).
      doc.starts = Int32Array.from(doc.starts);
      doc.terms = Int32Array.from(doc.terms);
      this.pending.delete(uri);
    }
    return true;
  }

  removeDocument(uri: string): void {
    this.pending.delete(uri);
    this.claimsByUri.delete(uri);
    const doc = this.byUri.get(uri);
    if (!doc) return;
    this.byUri.delete(uri);
    this.ordered.splice(this.ordered.indexOf(doc), 1);
    this.liveClaims -= doc.count;
    for (const t of doc.terms) this.live[t]--;
    // Postings now mostly made of removed ids are rewritten, so memory follows the live claims.
    for (const t of new Set(doc.terms)) {
      const ids = this.postings[t];
      if (ids.length > 2 * this.live[t] + 8) this.postings[t] = ids.filter((id) => this.documentOf(id) !== undefined);
    }
  }

  relatedTo(uri: string, claim: number): ClaimRef[] {
    this.prepare();
    const doc = this.byUri.get(uri);
    if (!doc || !(claim >= 0 && claim < doc.count)) return [];
    const own = this.termsOf(doc, claim);
    const candidates = new Set<number>();
    for (const t of own) {
      if (this.live[t] > COMMON_TERM) continue;
      for (const id of this.postings[t]) {
        const other = this.documentOf(id);
        if (other && other.uri !== uri) candidates.add(id);
      }
    }
    const weight = (term: string): number => Math.log(1 + Math.max(this.liveClaims, 1) / (this.live[this.termNumbers.get(term)!] || 1));
    const ownNames = own.map((t) => this.termNames[t]);
    const scored: { uri: string; claim: number; score: number }[] = [];
    for (const id of candidates) {
      const other = this.documentOf(id)!;
      const score = similarity(
        ownNames,
        this.termsOf(other, id - other.first).map((t) => this.termNames[t]),
        weight,
      );
      if (score >= RELATED_THRESHOLD) scored.push({ uri: other.uri, claim: id - other.first, score });
    }
    scored.sort((a, b) => b.score - a.score || a.uri.localeCompare(b.uri) || a.claim - b.claim);
    const refs: ClaimRef[] = [];
    for (const s of scored.slice(0, 5)) {
      const value = this.claimOf(s.uri, s.claim);
      if (value) refs.push({ uri: s.uri, claim: s.claim, value });
    }
    return refs;
  }

  private termNumber(term: string): number {
    let t = this.termNumbers.get(term);
    if (t === undefined) {
      t = this.termNames.length;
      this.termNumbers.set(term, t);
      this.termNames.push(term);
      this.postings.push([]);
      this.live.push(0);
    }
    return t;
  }

  private termsOf(doc: DocumentClaims, claim: number): number[] {
    const out: number[] = [];
    for (let i = doc.starts[claim]; i < doc.starts[claim + 1]; i++) out.push(doc.terms[i]);
    return out;
  }

  /** The live document a claim id belongs to (undefined for a removed one). */
  private documentOf(id: number): DocumentClaims | undefined {
    const list = this.ordered;
    const doc = list[lowerBound(list.length, (i) => list[i].first <= id) - 1];
    return doc && id < doc.first + doc.count ? doc : undefined;
  }
}
