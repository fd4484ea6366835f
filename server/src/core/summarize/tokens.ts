/**
 * Words of a sentence for the summariser: lower-cased, function words dropped, lightly stemmed.
 *
 * Centrality methods compare sentences by the words they share, so the words must be the
 * ones that carry content ("replication", "storage"), and inflections of one word must meet
 * ("tests", "testing", "tested" → "test"). A full Porter stemmer is not needed for that: the
 * light suffix stripping below maps the common English inflections consistently, and a stem
 * is only ever compared with other stems, never shown.
 */

/** Words that carry no topic: English function words plus the filler of spoken-talk notes. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost also although always am among an and another any anyone anything are ' +
    'around as at away back be became because become been before being below between both but by can cannot could ' +
    'did do does doing done down during each either else enough etc even ever every few for from further get gets ' +
    'getting go goes going gone got had has have having he her here hers herself him himself his how however i if in ' +
    'into is it its itself just kind kinda least less let like lot lots made make makes many may maybe me might mine ' +
    'more most much must my myself need needs neither never no nor not now of off often ok okay on once one only onto ' +
    'or other others otherwise our ours ourselves out over own per perhaps please quite rather really right said same ' +
    'say says see seem seems several shall she should since so some something sometimes still such sure than that the ' +
    'their theirs them themselves then there these they thing things this those though through thus to together too ' +
    'toward towards under until up upon us use used using very via was way we well were what whatever when where ' +
    'whether which while who whom whose why will with within without would yes yet you your yours yourself ' +
    // contractions, as the tokenizer keeps them whole
    "aren't can't couldn't didn't doesn't don't hadn't hasn't haven't he's here's i'd i'll i'm i've isn't it'd it'll " +
    "it's let's she's shouldn't that's there's they'd they'll they're they've wasn't we'd we'll we're we've weren't " +
    "what's who's won't wouldn't you'd you'll you're you've " +
    // talk-notes filler: words every talk's notes share, whatever the topic
    'talk talks speaker speakers presentation session part parts slide slides point points basically actually pretty ' +
    'mentioned mention talked talking says told asked showed shows show gave give gives went come came'
  ).split(' '),
);

/**
 * The words of a text in order, lower-cased, with possessive `'s` removed. A word is a run of
 * letters and digits of any script, optionally followed by an apostrophe part (`don't`).
 */
export function words(text: string): string[] {
  const out: string[] = [];
  // One character class, then an optional tail that starts with a character outside it: linear.
  const re = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let w = m[0].toLowerCase().replace('’', "'");
    if (w.endsWith("'s")) w = w.slice(0, -2);
    out.push(w);
  }
  return out;
}

/**
 * The content words of a text, stemmed. `exclude` holds lower-cased words to drop as well
 * (the speakers' names: a talk's notes mention them everywhere, whatever the sentence says).
 * At most `limit` words are returned, so one huge sentence costs no more than a long one.
 */
export function contentWords(text: string, exclude?: ReadonlySet<string>, limit = 200): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (out.length >= limit) break;
    if (STOPWORDS.has(w) || exclude?.has(w)) continue;
    // Single letters and lone digits are noise ("a", "3"); longer numbers ("100k", "2015") are content.
    if (w.length < 2) continue;
    out.push(stem(w));
  }
  return out;
}

/** Light English stemmer: strips plural and common verb/adverb endings from words longer than four letters. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  else if (w.length > 4 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** `stopp` → `stop` (from `stopping`), so the doubled consonant of an inflection does not split a stem. */
function undouble(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !'aeiouls'.includes(w[n - 1])) return w.slice(0, -1);
  return w;
}
