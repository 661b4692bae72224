package extract

// Result is everything extracted from one document: the entities it talks
// about and the relations between them. It is the "entities" and "relations"
// part of the JSON line that `newsgraph extract` prints.
type Result struct {
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Entity types. PERSON, ORG, GPE (countries, states, cities used as
// political actors) and LOC follow the OntoNotes names most NER tools use.
const (
	TypePerson = "PERSON"
	TypeOrg    = "ORG"
	TypeGPE    = "GPE"
	TypeLoc    = "LOC"
	TypeNORP   = "NORP"
	// TypeWork is a film, book, album, play or programme named as a work
	// ("the film Beyond Borders", "her book Small Island").
	TypeWork = "WORK_OF_ART"
	// TypeEvent is a named event: a competition, games, a festival or an
	// awards ceremony ("the FA Cup", "the Six Nations", "the Oscars").
	TypeEvent = "EVENT"
)

// Entity is one real-world thing a document talks about.
//
// ID is stable across documents: the same person, country or organisation
// gets the same ID in every document (see EntityID), so that the store can
// merge them into one node.
type Entity struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Type     string    `json:"type"`
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one place in the text where an entity is named. Start and End
// are byte offsets into the document text; Text is text[Start:End]. Kind
// says how the text names the entity (MentionName, ...).
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
}

// Mention kinds: a name ("Xi Jinping", "China"), a demonym ("Chinese
// officials", "the North Koreans"), a nominal ("the ministry", "the
// company"), a title ("the president") or a pronoun ("he", "they").
// Only names are names: a demonym links "Chinese officials" to China
// without counting as one.
const (
	MentionName    = "name"
	MentionDemonym = "demonym"
	MentionNominal = "nominal"
	MentionTitle   = "title"
	MentionPronoun = "pronoun"
)

// Relation is a directed fact between two entities of the same document:
// Subject -Predicate-> Object, with the sentences that support it.
//
// Predicate is in base form ("criticize", "sanction", "president of").
// Event is the CAMEO event type of the predicate, or nil for relations that
// are not events (roles, family, affiliation).
type Relation struct {
	Subject    string     `json:"subject"`
	Predicate  string     `json:"predicate"`
	Object     string     `json:"object"`
	Event      *Event     `json:"event"`
	Negated    bool       `json:"negated"`
	Confidence float64    `json:"confidence"`
	Evidence   []Evidence `json:"evidence"`
}

// Event is a CAMEO event code with its label and Goldstein value
// (-10 most conflictual to +10 most cooperative).
type Event struct {
	Code      string  `json:"code"`
	Label     string  `json:"label"`
	Goldstein float64 `json:"goldstein"`
}

// Evidence is one sentence that supports a relation. Start and End are the
// byte offsets of the sentence in the document text.
//
// Modality is "" for a plain assertion, or a word saying why the fact is not
// asserted as done: "planned", "expected", "reported", "possible", "denied", ...
// Attribution is the entity ID of who said it, when the sentence attributes
// it ("Tillerson said that ..."), or "".
// Extractor names what found it when the result mixes extractors ("rules",
// "llm"; see docs/extraction.md), or "" for the built-in rules alone.
type Evidence struct {
	Sentence    string  `json:"sentence"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Confidence  float64 `json:"confidence"`
	Modality    string  `json:"modality,omitempty"`
	Attribution string  `json:"attribution,omitempty"`
	Extractor   string  `json:"extractor,omitempty"`
}
