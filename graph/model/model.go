package model

import "time"

// Entity is the GraphQL Entity; relations and documents are resolved.
type Entity struct {
	ID            string
	Name          string
	Type          EntityType
	Aliases       []string
	MentionCount  int
	DocumentCount int
	Degree        int
	MergedIDs     []string // IDs merged into it
	AutoMergedIDs []string // those of MergedIDs linked automatically
}

// Event is a CAMEO event type.
type Event struct {
	Code       string
	Label      string
	Goldstein  float64
	Family     string
	FamilyName string
	QuadClass  int
}

// Relation is the GraphQL Relation. Subject, object, evidence and documents
// are resolved from the IDs it carries, which were selected by the filter
// of the field that returned it.
type Relation struct {
	ID        string
	SubjectID string
	Predicate string
	ObjectID  string
	// Subject and Object are looked up with the relation (in one batch for
	// a page), not by resolvers: a resolver field costs gqlgen a goroutine
	// per relation, which waits for a CPU behind a running ingest.
	Subject       *Entity
	Object        *Entity
	Event         *Event
	Goldstein     *float64
	Confidence    float64
	Negated       bool
	Modal         bool
	DocumentCount int
	EvidenceCount int
	FirstSeen     *time.Time
	LastSeen      *time.Time
	EvidenceIDs   []string
	DocumentIDs   []string
}

// Evidence is the GraphQL Evidence.
type Evidence struct {
	ID            string
	Sentence      string
	Start         int
	End           int
	Confidence    float64
	Negated       bool
	Modality      *string
	Extractor     *string
	Event         *Event
	AttributionID string
	DocumentID    string
	RelationID    string
}

// Document is the GraphQL Document; text, entities and relations are resolved.
type Document struct {
	ID            string
	Title         *string
	Source        *string
	Outlet        *string // host of a URL source
	Published     *time.Time
	EntityCount   int
	RelationCount int
}

// Path is the GraphQL Path; entities are resolved.
type Path struct {
	Length    int
	EntityIDs []string
	Steps     []PathStep
}

// PathStep is one hop of a Path, its relations already aggregated under
// the path's filter.
type PathStep struct {
	FromID    string
	ToID      string
	Relations []Relation
}

// Mention is one place in a document's text where an entity is named.
type Mention struct {
	EntityID string
	Start    int
	End      int
	Text     string
}
