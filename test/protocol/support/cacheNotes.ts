// Three small notes files the request-cache tests share (unit and protocol): a speaker, a file
// that mentions her, and one that links to her.

/** Ada Lovelace's talk. */
export const SPEAKER = `Day one notes
These are my notes from the conference.

Storage engines at scale
Ada Lovelace, Staff Engineer @ Globex
Ada explained how the storage engine evolved over ten years of production use. The compaction scheduler was rewritten twice to keep write amplification low. Replication across regions relies on a consensus protocol with leader leases. Testing the engine under load needs a deterministic simulator. The team measured latency percentiles for every release.
`;

/** Another talk that mentions Ada Lovelace twice. */
export const MENTIONS = `Day two notes
Later that week.

Query planning in practice
Grace Hopper, Researcher @ Initech
Grace compared the query planner with the one Ada Lovelace built for the storage engine. Cost models drift when statistics are stale. Adaptive execution fixes many bad plans at run time. The planner caches plans per prepared statement. Ada Lovelace reviewed the cost model last year.
`;

/** A talk with a `[[Ada Lovelace]]` link. */
export const LINKS = `Day three notes
The last day.

Observability for storage
Linus Pauling, Founder @ Hooli
Linus built dashboards on top of the engine. See [[Ada Lovelace]] for the storage side.
`;
