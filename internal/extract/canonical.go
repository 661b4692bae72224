package extract

// Canonical names and CAMEO events for what another extractor found (a
// language model, an import): the same ids and codes the rules give.

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/extract/gazetteer"
)

// Canonical resolves an entity another extractor names typ and name: a
// gazetteer name or alias ("Pyongyang", "DPRK", "Beijing") or demonym
// ("North Korean") is the gazetteer's entity, with its type and canonical
// name; any other name is kept as given, with typ. id is EntityID of the
// result. It is pure and safe for concurrent use.
func (x *Extractor) Canonical(typ, name string) (id, canonType, canonName string) {
	name = strings.Join(strings.Fields(name), " ")
	toks := splitJoined(name)
	if len(toks) > 0 {
		if m, ok := x.gaz.Lookup(toks, 0); ok && m.N == len(toks) && (m.Kind == gazetteer.KindName || m.Entry.Type == TypeGPE) {
			return EntityID(m.Entry.Type, m.Entry.Name), m.Entry.Type, m.Entry.Name
		}
	}
	return EntityID(typ, name), typ, name
}

// BasePredicate is a predicate another extractor wrote, as the rules
// write theirs: lower case, single spaces, its first word lemmatised and
// spelled the American way, plural nouns after it singular ("Criticised"
// -> "criticize", "imposed sanctions on" -> "impose sanction on"); a
// participle before a preposition stays ("based in", "located in").
func (x *Extractor) BasePredicate(predicate string) string {
	words := strings.Fields(strings.ToLower(predicate))
	if len(words) == 0 {
		return ""
	}
	d := &doc{x: x}
	w := words[0]
	if !(strings.HasSuffix(w, "ed") && len(words) == 2 && predPreps[words[1]]) {
		verb := x.lem.Lemma(w)
		if verb == w {
			verb = verbStem(d, w)
		}
		words[0] = americanSpelling(d, verb)
	}
	for i := 1; i < len(words); i++ {
		if w := words[i]; strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 {
			if l := x.lem.Lemma(w); l != w && strings.HasPrefix(w, l[:len(l)-1]) {
				words[i] = l
			}
		}
	}
	return strings.Join(words, " ")
}

// predPreps end a participle's predicate ("based in").
var predPreps = set("in", "at", "on", "by", "near", "to", "from", "with", "of")

// Event is the CAMEO event of a predicate in base form ("criticize",
// "impose sanction on", "meet with"), looked up as the rules do: the verb
// (lemmatised, American spelling) with the words after it in the PETRARCH-2
// patterns, then the verb alone. Contest verbs ("beat", "play"), life
// events ("die", "grow up") and speech verbs ("say") get none, and neither
// does a predicate with no verb (a role: "president of"); nil then. Unlike
// the rules it does not see the document, so a sports report's "attack" keeps
// its force code.
func (x *Extractor) Event(predicate string) *Event {
	words := strings.Fields(x.BasePredicate(predicate))
	if len(words) == 0 {
		return nil
	}
	verb, next := words[0], words[1:]
	particle := ""
	if len(next) > 0 && predParticles[next[0]] {
		particle = next[0]
	}
	if noEvent(verb, particle) || sayVerbs[verb] && verb != "tell" || roleNouns[verb] {
		return nil
	}
	c, ok := x.events.Lookup(verb, next...)
	if !ok {
		return nil
	}
	return eventOf(c)
}

// predParticles are the particles a predicate's verb may take ("set off",
// "cut off", "take over"), which decide noEvent ("take on").
var predParticles = set("up", "off", "out", "down", "over", "on", "in", "back", "away", "past")
