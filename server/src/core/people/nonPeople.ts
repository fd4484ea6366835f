/**
 * Words that tell a capitalised run of words is not a person: function words that are only
 * capitalised because a sentence starts with them, organisation and place suffixes, well-known
 * organisations and products, and everyday nouns that notes capitalise in titles and names of
 * things. All lists hold lower-case words; callers lower-case before looking up.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((w) => w.length > 0));
}

/**
 * Words that are capitalised only because a sentence or a heading starts with them. They are
 * never part of a name, so they split a run: `So Ben` is `Ben`, `The Adaptive` is `Adaptive`.
 * Names that are also words (`Will`, `May`, `Mark`) are deliberately absent.
 */
export const FUNCTION_WORDS = set(`
  a an the this that these those there here
  so but and or nor yet plus then than thus hence also again still even just only too
  before after since until till while when whenever where wherever why what how who whom whose which whichever whatever
  if unless because although though as at by for from in into onto on of off to up upon with within without
  about above below around across against along among between beyond behind besides beside during except
  over under through throughout toward towards via per versus vs like unlike near past despite regarding
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  myself yourself himself herself itself ourselves themselves
  some many most much more less few all every each any no not none both either neither another other others such
  am is are was were be been being do does did done has have had having
  can could should would must might shall ought
  let lets please thanks thank dear hi hello hey oh ok okay yes yeah yep nope no well wow sure indeed
  maybe perhaps probably really actually basically honestly apparently clearly obviously finally overall meanwhile
  first firstly second secondly third thirdly next last lastly later earlier now today tonight yesterday tomorrow
  however therefore otherwise instead anyway anyways moreover furthermore nevertheless nonetheless also
  cf eg ie etc re ps note notes nb fyi imo imho tl dr tldr lol btw
  why whether everyone everybody everything someone somebody something nobody nothing anyone anybody anything
  one two three four five six seven eight nine ten
  see read watch check use try make take give get go ask tell look consider remember imagine
  new old big small good bad great best better worse worst key main part session section chapter
`);

/** Month and weekday names that are not also common given names (`April`, `May`, `June` are). */
export const CALENDAR_WORDS = set(`
  january february march july september october november december
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Titles before a name: not part of it, but a strong sign a person follows. */
export const HONORIFICS = set(`dr prof professor mr mrs ms mx sir dame lord lady rev fr sr`);

/**
 * A word that makes the whole run an organisation, institution, place or thing:
 * `Northwind Systems`, `Example University`, `Bell Labs`, `Wall Street`, `Simian Army`.
 */
export const ORG_WORDS = set(`
  inc incorporated corp corporation co company companies ltd llc llp plc gmbh ag sa bv nv ab oy srl spa pty
  labs lab laboratory laboratories systems system technologies technology tech software solutions services service
  networks network research capital partners ventures holdings industries group groups bank banks fund funds
  university universität universidad université universita college school academy institute institution
  foundation association society council committee agency department ministry commission federation union alliance
  consortium initiative project projects community conference conferences summit meetup symposium workshop forum
  congress expo festival hackathon track keynote panel
  street avenue boulevard road square plaza building campus city county valley area
  island islands mountains station airport hotel center centre
  cloud platform studio studios security analytics data computing consulting digital dynamics
  energy engineering enterprises enterprise global interactive logic works media games motors airlines health
  robotics automation intelligence ai ml os api apis sdk cli db
  times news journal magazine weekly daily herald gazette tribune radio tv podcast blog
  principle principles theorem effect rule rules paradox problem fallacy hypothesis conjecture
  algorithm algorithms protocol protocols framework frameworks library libraries language languages
  engine engines server servers cluster clusters kernel compiler runtime browser editor os
  edition version release series model models paper papers book books manifesto handbook guide
  prize award awards medal celebration day days week summit camp bootcamp army navy force forces corps police
`);

/**
 * Well-known organisations, products, languages, places and brands. A run holding one of these
 * is not a person (`Google Cloud`, `Amazon Web Services`, `Visual Studio`).
 */
export const KNOWN_NAMES = set(`
  google alphabet microsoft amazon aws apple meta facebook instagram whatsapp netflix uber lyft airbnb twitter
  linkedin oracle ibm intel nvidia amd arm qualcomm samsung sony tesla spacex spotify stripe shopify slack zoom
  dropbox github gitlab bitbucket atlassian jira confluence salesforce adobe cisco vmware redhat canonical mozilla
  firefox chrome chromium safari android ios linux windows macos ubuntu debian fedora kubernetes docker podman
  terraform ansible jenkins kafka cassandra postgres postgresql mysql sqlite mariadb mongodb redis memcached
  elasticsearch opensearch spark hadoop flink snowflake databricks datadog grafana prometheus cloudflare fastly
  akamai heroku vercel netlify azure gcp anthropic openai deepmind huggingface mistral cohere claude chatgpt gpt
  gemini copilot llama bard jepsen antithesis tigerbeetle foundationdb cockroachdb yugabyte spanner bigtable
  dynamodb etcd zookeeper consul raft paxos lustre aeron rust python java javascript typescript golang haskell
  erlang elixir scala kotlin swift ruby rails django flask react angular vue svelte node nodejs deno bun
  tla coq rocq isabelle lean alloy dafny agda idris ocaml fortran cobol pascal perl php lisp clojure scheme
  wasm webassembly excel word powerpoint outlook teams office gmail youtube reddit wikipedia bloomberg reuters
  stackoverflow hackernews substack medium notion figma miro trello asana discord telegram signal
  nasa darpa nsf mit stanford berkeley harvard oxford cambridge princeton yale caltech cmu eth epfl
  america american americas europe european asia asian africa african australia canada china chinese japan
  japanese india indian germany german france french spain spanish italy italian brazil mexico russia
  england english britain british ireland irish scotland wales london paris berlin tokyo beijing seattle
  boston chicago austin denver portland atlanta dallas houston toronto vancouver montreal amsterdam dublin
  zurich munich lisbon madrid barcelona rome milan vienna prague warsaw stockholm oslo copenhagen helsinki
  sydney melbourne singapore bangalore bengaluru mumbai delhi california texas washington oregon virginia
  buffalo brooklyn manhattan
  christmas easter halloween thanksgiving ramadan diwali
  internet web wi-fi bluetooth unicode ascii
  apache hashicorp confluent vitess planetscale supabase firebase jetbrains intellij vscode vim emacs neovim git
  mercurial bazel gradle maven npm yarn pnpm webpack esbuild vite llvm gcc clang rustc cargo tokio grpc graphql
  json yaml toml protobuf thrift avro parquet iceberg duckdb clickhouse druid presto trino hive airflow dagster
  dbt looker tableau jupyter pandas numpy pytorch tensorflow keras jax openshift istio envoy nginx haproxy
  linkerd helm circleci buildkite sentry pagerduty splunk honeycomb jaeger zipkin opentelemetry
  bugbash qcon kubecon reinvent usenix acm ieee sosp osdi nsdi sigmod vldb eurosys
`);

/** Several-word organisations and places whose words alone are ordinary names or words. */
export const KNOWN_MULTIWORD_NAMES: readonly string[] = [
  'jane street', 'two sigma', 'goldman sachs', 'morgan stanley', 'hacker news', 'stack overflow', 'visual studio',
  'red hat', 'hewlett packard', 'silicon valley', 'new york', 'new jersey', 'new zealand', 'new england', 'san francisco',
  'san jose', 'san diego', 'los angeles', 'las vegas', 'hong kong', 'wall street', 'tel aviv', 'rio de janeiro',
  'sao paulo', 'buenos aires', 'costa rica', 'puerto rico', 'north carolina', 'south carolina', 'north dakota',
  'south dakota', 'west virginia', 'rhode island', 'united states', 'united kingdom', 'saudi arabia', 'south africa',
  'south korea', 'north korea', 'el salvador', 'jane doe', 'john doe', 'santa cruz', 'santa clara', 'santa barbara',
  'mountain view', 'palo alto', 'menlo park', 'salt lake', 'st louis', 'notre dame', 'johns hopkins', 'carnegie mellon',
];

/**
 * Everyday words that notes capitalise in titles, product and project names (`Formal Methods`,
 * `Distributed Systems`, `Aeron Cluster`). A guessed name made only of such words is a thing.
 */
export const COMMON_WORDS = set(`
  formal informal methods method distributed deterministic simulation testing test tests testers tester
  code coding software hardware engineering engineer engineers developer developers development design designs
  programmer programmers pragmatic
  machine learning deep neural network networks artificial generative large language model models agent agents
  open source free public private real time world life day days night week year years morning afternoon evening
  fast faster fastest slow quick safe safety secure reliable reliability performance scale scaling scalable
  storage memory compute cache file files filesystem filesystems disk disks cloud clouds edge core cores
  north south east west central northern southern eastern western united national international global local
  state states federal city town village county country continent ocean sea
  history future past present modern classic classical ancient early late final annual
  one two three zero hundred thousand million billion
  happy sad hard soft easy simple complex strong weak high low short full empty right left up down
  true false yes no none null
  chapter section part step steps phase phases stage stages level levels lesson lessons takeaway takeaways
  summary discussion question questions answer answers intro introduction conclusion conclusions overview
  notes note slides slide demo demos video videos talk talks keynote panel workshop tutorial session sessions
  lunch dinner breakfast coffee break breaks party social hallway
  theory practice practices pattern patterns anti antipattern antipatterns principle principles
  consensus replication fault faults tolerance tolerant failure failures chaos monkey bug bugs debugging
  transaction transactions query queries index indexes schema schemas type types typed system systems database databases
  service services micro microservice microservices monolith monoliths architecture architectures infrastructure
  operations ops devops platform platforms product products project projects program programs programming
  research science sciences scientific computer computers computing math mathematics logic
  business market markets money finance financial trading trade bank banking
  security privacy trust verification verified validation proof proofs checking checker model-checking
  user users customer customers client clients team teams people person human humans
  implementation implementations approach approaches technique techniques thing things way ways idea ideas
  concept concepts story stories loop loops strange
  engineer staff principal senior junior lead leads director manager head chief officer founder cofounder
  ceo cto vp president architect scientist researcher researchers professor student students intern interns
  fellow member members partner analyst consultant designer writer editor author host speaker speakers
  moderator chair organizer organiser organizers organisers
  god saint holy grand royal great big
  graph graphs chart charts map maps art arts line lines book manual notebook deck article articles thread threads
  tool tools toolkit kit stack stacks flow flows pipeline pipelines queue queues log logs event events stream streams
  batch batches job jobs task tasks worker workers lock locks clock clocks timer timers tree trees table tables
  record records row rows column columns graphics physics economics analytics ethics metrics statistics mechanics
  challenge challenges contest championship olympics league cup man men woman women month months week weeks
`);

/**
 * Words that are also common surnames (`Brown`, `White`, `Gray`): after a given name they are a
 * surname (`Chris Brown`), but a run without a given name holding one is a thing (`Red Line`).
 */
export const THING_WORDS = set(`
  black white red green blue yellow orange purple pink gray grey brown silver golden
  bon shake shack kitchen cafe bar grill burger pizza house garden market square hill field wood woods stone
  mixed martial fighting boxing racing gaming sports football soccer baseball basketball tennis chess
  flame flames fire water earth air ice snow rain storm sun moon star stars sky
  best worst little long young old
`);

/**
 * Endings of everyday English words that names rarely have: `Applications`, `Reliability`,
 * `Observability`, `Analytics`. Checked only on words of a run without a given name.
 */
export const THING_SUFFIXES: readonly string[] = [
  'tion', 'tions', 'sion', 'sions', 'ments', 'ness', 'ity', 'ities', 'ics', 'ology', 'ologies', 'ware', 'ism', 'isms',
  'ability', 'ibility', 'ization', 'isation', 'ations',
];

/** Verbs (and a few words) that follow a person's name: `Gary Marcus said`, `Peter Alvaro who`. */
export const PERSON_CUES_AFTER = set(`
  said says say argued argues argue claimed claims claim thinks thought believes believed told tells asked asks
  explained explains mentioned mentions noted notes pointed points showed shows wrote writes joked jokes
  recommended recommends suggested suggests agreed agrees disagreed disagrees presented presents talked talks
  gave gives described describes demonstrated demonstrates emphasized emphasised emphasizes emphasises stressed
  stresses warned warns admitted admits opened opens concluded concludes answered answers replied replies
  responded responds added adds observed observes introduced introduces shared shares highlighted highlights
  discussed discusses insisted insists predicted predicts proposed proposes reported reports tweeted tweets
  blogged posted posts quipped joined joins founded founds created creates invented invents wants wanted
  who whose himself herself themselves and
`);

/** Given names that are also everyday English words: at the start of a sentence they need a cue. */
export const WORDLIKE_NAMES = set(`
  will may can mark bill pat rich sue grant chase hope joy faith rose art frank bob jack gene ray dawn summer
  june april august miles rob drew guy max bo penny ruby iris ivy holly sky storm page hunter carter mason
  cash chance dean earl king major nick rusty sandy stone wade warren win
`);
