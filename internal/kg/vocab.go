package kg

import (
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// IRI prefixes of the newsgraph vocabulary. Every node and predicate newsgraph
// writes is an IRI under "ng:"; literals are quad.String, quad.Int,
// quad.Float, quad.Bool or quad.Time.
const (
	entityPrefix   = "ng:e/"  // ng:e/<entity id>, e.g. <ng:e/gpe/china>
	relPrefix      = "ng:r/"  // ng:r/<predicate>, e.g. <ng:r/sanction>, <ng:r/president_of>
	docPrefix      = "ng:d/"  // ng:d/<document id>
	evidencePrefix = "ng:ev/" // ng:ev/<document id>/<n>
)

// Attribute predicates. Relation predicates are made by RelationIRI.
const (
	// Entity attributes (subject: entity node).
	PredName    = quad.IRI("ng:name")    // entity -> its canonical name (string)
	PredType    = quad.IRI("ng:type")    // entity -> PERSON, ORG, GPE, LOC, ... (string)
	PredAlias   = quad.IRI("ng:alias")   // entity -> another name used for it (string)
	PredMention = quad.IRI("ng:mention") // entity -> "<doc id>:<start>:<end>" (string), one per mention

	// Document attributes (subject: document node).
	PredKind      = quad.IRI("ng:kind")      // document/evidence -> "document" / "evidence"
	PredTitle     = quad.IRI("ng:title")     // document -> title (string)
	PredSource    = quad.IRI("ng:source")    // document -> path or URL as given (string)
	PredPublished = quad.IRI("ng:published") // document -> publication date (time)
	PredText      = quad.IRI("ng:text")      // document -> normalised text (string)
	PredMentions  = quad.IRI("ng:mentions")  // document -> entity it mentions
	PredComplete  = quad.IRI("ng:complete")  // document -> true, written last: a document without it is not visible

	// Evidence attributes (subject: evidence node ng:ev/<doc>/<n>).
	PredSubject     = quad.IRI("ng:subject")     // evidence -> subject entity
	PredPredicate   = quad.IRI("ng:predicate")   // evidence -> relation predicate IRI
	PredObject      = quad.IRI("ng:object")      // evidence -> object entity
	PredDocument    = quad.IRI("ng:document")    // evidence -> document
	PredSentence    = quad.IRI("ng:sentence")    // evidence -> sentence text (string)
	PredStart       = quad.IRI("ng:start")       // evidence -> byte offset of the sentence (int)
	PredEnd         = quad.IRI("ng:end")         // evidence -> byte offset after the sentence (int)
	PredConfidence  = quad.IRI("ng:confidence")  // evidence -> 0..1 (float)
	PredNegated     = quad.IRI("ng:negated")     // evidence -> bool
	PredModality    = quad.IRI("ng:modality")    // evidence -> "planned", "expected", ... (string), absent when asserted
	PredAttribution = quad.IRI("ng:attribution") // evidence -> entity who said it, absent when none
	PredEvent       = quad.IRI("ng:event")       // evidence -> CAMEO code (string)
	PredEventLabel  = quad.IRI("ng:eventLabel")  // evidence -> CAMEO label (string)
	PredGoldstein   = quad.IRI("ng:goldstein")   // evidence -> Goldstein value (float)
	PredExtractor   = quad.IRI("ng:extractor")   // evidence -> "rules", "llm", ... (string), absent for the built-in rules alone
)

// EntityIRI is the node of the entity with the given extract ID.
func EntityIRI(id string) quad.IRI { return quad.IRI(entityPrefix + id) }

// EntityID is the inverse of EntityIRI; ok is false for a node that is not an entity.
func EntityID(v quad.Value) (id string, ok bool) { return trimIRI(v, entityPrefix) }

// DocumentIRI is the node of the document with the given content ID; it is
// also the label of every quad the document contributes.
func DocumentIRI(id string) quad.IRI { return quad.IRI(docPrefix + id) }

// DocumentID is the inverse of DocumentIRI.
func DocumentID(v quad.Value) (id string, ok bool) { return trimIRI(v, docPrefix) }

// EvidenceIRI is the node of the n-th evidence of a document.
func EvidenceIRI(docID string, n int) quad.IRI {
	return quad.IRI(evidencePrefix + docID + "/" + strconv.Itoa(n))
}

// RelationIRI is the predicate of the direct edge between two entities for a
// relation in base form: "president of" becomes <ng:r/president_of>.
func RelationIRI(predicate string) quad.IRI {
	return quad.IRI(relPrefix + strings.ReplaceAll(strings.TrimSpace(predicate), " ", "_"))
}

// RelationName is the inverse of RelationIRI; ok is false for an attribute predicate.
func RelationName(v quad.Value) (name string, ok bool) {
	s, ok := trimIRI(v, relPrefix)
	return strings.ReplaceAll(s, "_", " "), ok
}

func trimIRI(v quad.Value, prefix string) (string, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), prefix) {
		return "", false
	}
	return string(iri)[len(prefix):], true
}
