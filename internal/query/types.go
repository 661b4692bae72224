package query

import "time"

// Entity is a person, organisation, place or group as the visible documents
// describe it.
type Entity struct {
	ID        string   // stable extract ID, e.g. "gpe/china"
	Name      string   // most frequent canonical name over the documents
	Type      string   // PERSON, ORG, GPE, LOC, NORP
	Aliases   []string // other names used for it, sorted
	Mentions  int      // mentions over all visible documents
	Documents int      // visible documents that mention it
	Degree    int      // distinct relations it takes part in, either side, with evidence that is not negated
	Merged    []string // the IDs merged into it (Service.Merge, or automatically), sorted; nil when none
	// AutoMerged are the IDs of Merged linked automatically (short forms,
	// see Service.Split), sorted; nil when none.
	AutoMerged []string
}

// Event is the CAMEO event type of a relation with its Goldstein value.
type Event struct {
	Code      string
	Label     string
	Goldstein float64
}

// Relation is the aggregate of every evidence, selected by a Filter, for one
// Subject -Predicate-> Object triple.
type Relation struct {
	ID         string // Subject|Predicate|Object, see RelationID
	Subject    string
	Predicate  string // base form, e.g. "sanction", "president of"
	Object     string
	Event      *Event     // most frequent event of the selected evidence, nil if none
	Goldstein  *float64   // mean Goldstein of the selected evidence, nil if none has one
	Confidence float64    // highest confidence of the selected evidence
	Negated    bool       // every selected evidence is negated
	Modal      bool       // every selected evidence carries a modality
	Evidence   []string   // selected evidence IDs, oldest document first
	Documents  []string   // distinct supporting documents, oldest first
	FirstSeen  *time.Time // earliest publication date among Documents
	LastSeen   *time.Time // latest publication date among Documents

	evidence      int    // len(Evidence), also in the modes that leave Evidence out
	firstEvidence string // Evidence[0], also in those modes
}

// Evidence is one sentence of one document that supports a relation.
type Evidence struct {
	ID          string // evidence node, e.g. "ng:ev/<doc>/3"
	Relation    string // relation ID
	Document    string
	Sentence    string // read from the store
	Start, End  int    // byte offsets of the sentence in the document text
	Confidence  float64
	Negated     bool
	Modality    string // "" when asserted
	Attribution string // entity ID of the speaker, or ""
	Extractor   string // which extractor found it ("rules", "llm"), or "" for the built-in rules alone
	Event       *Event
}

// Document is a complete document with counts of what was extracted from it.
type Document struct {
	ID        string
	Title     string
	Source    string
	Published *time.Time
	Entities  int // distinct entities mentioned
	Relations int // distinct relations it supports
	Evidence  int // evidence sentences
}

// Direction selects the side of an entity's relations.
type Direction int

// Directions.
const (
	Both     Direction = iota // either side
	Outgoing                  // the entity is the subject
	Incoming                  // the entity is the object
)

// Filter selects evidence, and through it relations: a relation is kept
// when at least one of its evidence passes every set field. The zero Filter
// keeps all asserted and modal evidence and drops negated evidence.
type Filter struct {
	Predicates    []string   // relation predicates in base form
	Cameo         []string   // CAMEO codes or code prefixes ("19" is the FIGHT family)
	QuadClasses   []int      // GDELT quad classes 1..4
	GoldsteinMin  *float64   // inclusive
	GoldsteinMax  *float64   // inclusive
	PublishedFrom *time.Time // inclusive; evidence of undated documents is dropped when set
	PublishedTo   *time.Time // exclusive
	Document      string     // only evidence from this document
	MinConfidence float64    // inclusive
	// IncludeNegated keeps evidence that states the relation does not hold.
	IncludeNegated bool
	// ExcludeModal drops evidence carrying a modality (planned, expected, ...).
	ExcludeModal bool

	// ExcludePredicates drops relations with these predicates (base form).
	ExcludePredicates []string
	// ExcludeReporting drops relations whose predicate is a reporting verb
	// (see Reporting): "tell Reuters" and "say" rank nobody.
	ExcludeReporting bool

	// Document selection: only evidence from documents passing every set
	// field below (and Document, PublishedFrom, PublishedTo above).

	// Sources keeps documents whose source (path or URL as ingested)
	// contains one of these as whole path segments, or starts with it
	// when it is a URL: "business" and "bbc/business" both select
	// "bbc/business/001.txt", "https://example.org/news/" selects that
	// part of a site.
	Sources []string
	// Outlets keeps documents whose source is a URL on one of these hosts
	// (case and a leading "www." ignored): "bbc.co.uk" (see Outlet).
	Outlets []string
	// Text keeps documents matching this full-text query over titles and
	// texts (SearchDocuments' syntax). It needs the Service's text index.
	Text string

	// textDocs is Text resolved by the Service before the index lock.
	textDocs map[string]struct{}
}

// Page asks for First items after the cursor After ("" for the start).
type Page struct {
	First int
	After string
}

// Paged is one page of a list ordered by a stable key. Cursors[i] is the
// cursor of Items[i]; Total counts the whole list.
type Paged[T any] struct {
	Items       []T
	Cursors     []string
	Total       int
	HasNext     bool
	HasPrevious bool
}

// Match says how a search hit matched, best first.
type Match int

// Matches, in rank order.
const (
	MatchName   Match = iota // the normalised name equals the query
	MatchAlias               // an alias equals the query
	MatchPrefix              // the name, an alias or one of their words starts with the query
	MatchFuzzy               // within a small edit distance of the name, an alias or a word
)

// String returns NAME, ALIAS, PREFIX or FUZZY.
func (m Match) String() string {
	return [...]string{"NAME", "ALIAS", "PREFIX", "FUZZY"}[m]
}

// Hit is one search result.
type Hit struct {
	Entity   Entity
	Match    Match
	Matched  string // the name or alias that matched
	Distance int    // edit distance for fuzzy matches, else 0
}

// Node is an entity in a Subgraph.
type Node struct {
	ID     string
	Label  string
	Type   string
	Degree int
}

// Edge is a relation in a Subgraph.
type Edge struct {
	ID        string // relation ID
	Source    string
	Target    string
	Predicate string
	Weight    int        // distinct supporting documents under the filter
	Goldstein *float64   // mean Goldstein under the filter
	Cameo     string     // most frequent CAMEO code under the filter, "" when none
	FirstSeen *time.Time // earliest publication date of the supporting documents
	LastSeen  *time.Time // latest publication date of the supporting documents
	Documents []string   // supporting documents, by ID
	Evidence  int        // evidence sentences under the filter
	// FirstEvidence is the ID of the first evidence sentence (oldest
	// document first), "" when the relation has none (a direct edge).
	FirstEvidence string
}

// Subgraph is a set of entities and the relations among them.
type Subgraph struct {
	Nodes     []Node
	Edges     []Edge
	Truncated bool // a node limit stopped the expansion
}

// Step is one hop of a Path: the relations (passing the filter) between two
// consecutive entities, in either direction.
type Step struct {
	From, To  string
	Relations []string
}

// Path is a simple path between two entities.
type Path struct {
	Entities []string
	Steps    []Step
}

// Count is one row of a Stats breakdown.
type Count struct {
	Key   string
	Label string // the CAMEO family's or quad class's name, "" for other breakdowns
	Count int
}

// Stats are counts over the visible graph.
type Stats struct {
	Documents            int
	Entities             int
	Relations            int
	Evidence             int
	EntitiesByType       []Count // by entity type
	RelationsByPredicate []Count // by predicate
	RelationsByFamily    []Count // by CAMEO root code "01".."20"; relations without an event are not counted
	RelationsByQuadClass []Count // by GDELT quad class "1".."4"
}

// Rank orders TopEntities.
type Rank int

// Ranks.
const (
	ByDegree      Rank = iota // distinct relations
	ByMentions                // mentions
	ByDocuments               // documents that mention it
	ByPageRank                // PageRank over the relation graph (Analytics)
	ByBetweenness             // betweenness centrality (Analytics)
)

// Ranked is an entity with its score. Value is the score as a number
// (PageRank and betweenness are fractions); Score is Value rounded, or
// for centralities Value times 1,000,000 rounded.
type Ranked struct {
	Entity Entity
	Score  int
	Value  float64
}

// Timeline is a Timeline's buckets with what they leave out.
type Timeline struct {
	Buckets          []Bucket
	Dated            int // (relation, document) pairs counted in the buckets
	Undated          int // pairs left out because their document has no date
	UndatedDocuments int // the documents of those pairs
}

// Interval is the width of a Timeline bucket.
type Interval int

// Intervals. Weeks start on Monday (ISO 8601); all buckets are UTC.
const (
	Day Interval = iota
	Week
	Month
)

// Bucket is one interval of a Timeline. Relations counts (relation,
// document) pairs whose document was published in [Start, End);
// QuadClasses[c] counts those whose event is in GDELT quad class c (1..4),
// QuadClasses[0] those without an event.
type Bucket struct {
	Start, End  time.Time
	Relations   int
	QuadClasses [5]int
	Goldstein   *float64 // mean over the pairs with an event
}
