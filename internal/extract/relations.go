package extract

import "context"

// Relation extraction driver: findRelations and the types and constants shared by its stages.

// vgroup is a verb group: auxiliaries, adverbs, "to", the main verb and
// its particle ("has not been able to", "set off").
type vgroup struct {
	g0, g1   int // token range
	head     int // main verb token
	lemma    string
	particle string
	negated  bool
	modality string
	passive  bool
	finite   bool
}

// confidence of each kind of rule: higher for direct patterns.
const (
	confSVO      = 0.8
	confPassive  = 0.75
	confTitle    = 0.85
	confApposit  = 0.8
	confPossess  = 0.7
	confNominal  = 0.6
	confCopula   = 0.6
	confChained  = 0.45
	confGazRole  = 0.5
	penaltyWeak  = 0.15 // an argument is a pronoun or a demonym
	penaltyFar   = 0.1  // object far from the verb
	confMaxLimit = 0.95
)

func (d *doc) findRelations(ctx context.Context) error {
	d.markBasedPlaces()
	for si := range d.sents {
		d.sents[si].body = d.datelineEnd(si)
	}
	for si := range d.sents {
		if err := ctx.Err(); err != nil {
			return err
		}
		s := &d.sents[si]
		d.roles(si)
		d.scoreLine(si) // "Italy 17-28 Ireland", a headline or a line of results
		d.fixtures(si)  // "France v Israel; Cyprus v Faroe Islands."
		d.sourceRelations(si)
		if d.datelineLine(si) {
			d.locatives(si) // "DAYTON, Ohio (AP)": the town lies in the state
			continue
		}
		if s.furniture && !d.hasVerb(s) {
			continue
		}
		if s.headline && d.attributedHeadline(s) {
			continue // "UK heading wrong way - Howard": the speaker's words
		}
		d.retag(si)
		d.statePairs(si)
		groups := d.verbGroups(si)
		d.attribution(si, groups)
		for gi := range groups {
			d.clause(si, groups, gi)
		}
		d.inSupportOf(si, groups)
		d.winsOver(si, groups)
		if s.headline {
			d.headlineInTalks(si)
			continue // (a headline's clipped noun phrases mislead the other stages: "Russia WTO talks")
		}
		d.nominals(si)
		d.reactionsFrom(si)
		d.backers(si)
		d.accusationsBy(si)
		d.custody(si)
		d.copulaOrigin(si)
		d.stakes(si)
		d.whosePosts(si)
		d.bodiesOf(si)
		d.stateBodiesOf(si)
		d.results(si)
		d.rivals(si)
		d.locatives(si)
		d.partOfPlace(si)
		d.becomingPost(si)
		d.respectively(si)
		d.sitedIn(si)
		d.ownedPlaces(si)
		d.placedNames(si)
		d.describedReferences(si)
		d.bodiesOfOrgs(si)
		d.stateOwned(si)
		d.unitsOfOrgs(si)
		d.hometowns(si)
		d.refugeesIn(si)
		d.unions(si)
		d.departures(si)
		d.bornPlaces(si)
		d.sharesTraded(si)
	}
	d.capitals()
	d.namedPlaces()
	d.knownInstitutions()
	return nil
}

// attributedHeadline: a headline ending in a dash and a name quotes that
// name ("UK heading wrong way - Howard", "Whitehall shredding increasing
// - Tories"): what comes before is the speaker's claim, not a relation.
func (d *doc) attributedHeadline(s *sent) bool {
	m := d.toks[s.t1-1].mention
	if m < 0 {
		return false
	}
	b := d.mentions[m].title0
	return b-1 > s.t0 && dashes[d.toks[b-1].text]
}

// argument is a mention used as subject or object.
type argument struct {
	ment int
	weak bool
	// compound: the argument may be a compound's mention ("Iranian-backed")
	compound bool
}
