package extract

import "testing"

// TestWordsEndBody: a given name and a word of the dictionary no person is
// named by, read as an organisation by the recogniser, open a body's name
// ("Christian Aid"); a known surname or a plural keeps the person (guards).
func TestWordsEndBody(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Trade\n\nChristian Aid condemned the plan on Monday and warned of job losses.", "Christian Aid", TypeOrg},
		{"Politics\n\nJack Straw condemned the move on Friday.", "Jack Straw", TypePerson},
		{"Film\n\nGeoffrey Rush plays Peter Sellers in the film.", "Peter Sellers", TypePerson},
	})
}

// TestSaidNounNoJointDeal: coordinated subjects of a verb of saying whose
// noun after it opens a clause of its own made no deal with each other; a
// deal they signed stays (guard).
func TestSaidNounNoJointDeal(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "said", text: "Aid\n\nOxfam and Amnesty International said the deal was poor.",
			wantNot: []string{"Oxfam -say deal with-> Amnesty International"}},
		{name: "signed", text: "Aid\n\nOxfam and Amnesty International signed the deal on Monday.",
			want: []string{"Oxfam -sign deal with-> Amnesty International"}},
	})
}

// TestCallForToVerb: "called for X to do" calls on X; "called for X to
// resign" calls for X's resignation; "asking for X to be pulled out" asks
// it of X (guard).
func TestCallForToVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "call on", text: "Politics\n\nThe Liberal Democrats called for party leader Peter Hain to explain the leak.",
			want: []string{"Liberal Democrats -call on-> Peter Hain"}, wantNot: []string{"Liberal Democrats -call for-> Peter Hain"}},
		{name: "resign", text: "Politics\n\nThe Liberal Democrats called for Peter Hain to resign.",
			want: []string{"Liberal Democrats -call for resignation of-> Peter Hain"}},
		{name: "passive", text: "Iraq\n\nFootage showed Mrs Hassan asking for British soldiers to be withdrawn from Iraq.",
			want: []string{"Hassan -ask for-> United Kingdom"}},
	})
	runEventCases(t, []eventCase{
		{"Politics\n\nThe Liberal Democrats called for Peter Hain to resign.", "call for resignation of", "1041", ""},
	})
}

// TestPostOfUnnamedPossessor: a country between a possessive and a post
// ("Screen International's US editor X") is the post's desk, no post of the
// country, when the rules named no possessor.
func TestPostOfUnnamedPossessor(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "desk", text: "Film\n\nScreen Internationale's US editor Mike Goodridge thinks films have not grabbed the public.",
			wantNot: []string{"Mike Goodridge -editor of-> United States"}},
		{name: "plain", text: "Film\n\nUS editor Mike Goodridge thinks films have not grabbed the public.",
			want: []string{"Mike Goodridge -editor of-> United States"}},
	})
}

// TestStationRegion: a broadcaster's name ending in "Radio" or "TV" keeps
// the region the recogniser reads inside it ("BBC Radio Wales").
func TestStationRegion(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "radio", text: "Health\n\nAndy Wilkins told BBC Radio Wales the trust had written to him.",
			want: []string{"Andy Wilkins -tell-> BBC Radio Wales"}, wantNot: []string{"Andy Wilkins -tell-> BBC Radio"}},
	})
}

// TestEuropeanUnionOrg: the European Union is an organisation in the
// output, however the rules read it; the city of its seat named for it
// stays a place.
func TestEuropeanUnionOrg(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Trade\n\nThe EU will rule in December on opening membership talks with Turkey.", "European Union", TypeOrg},
		{"Trade\n\nBRUSSELS, Dec 2 (Reuters) - The EU will rule in December on opening membership talks with Turkey.", "Brussels", TypeGPE},
	})
}

// TestDemonymPeopleLive: people a demonym names live, study or die
// somewhere; their state does not.
func TestDemonymPeopleLive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "live", text: "Money\n\nPolish builders living in Ireland sent a record sum home last year.",
			wantNot: []string{"Poland -live in-> Ireland"}},
	})
}

// TestRetypedRelatedKept: an entity retyped in the output and named only
// through its seat's city ("Brussels has warned London") stays in the
// entities, since a relation names it.
func TestRetypedRelatedKept(t *testing.T) {
	x := newTestExtractor(t)
	res := x.Extract("Budget\n\nBrussels has warned London over its budget deficit.")
	ids := entityIDs(res)
	if len(res.Relations) == 0 {
		t.Fatalf("no relation in %v", rels(res))
	}
	for _, r := range res.Relations {
		if !ids[r.Subject] || !ids[r.Object] {
			t.Errorf("relation %s -%s-> %s names an entity the output lacks", r.Subject, r.Predicate, r.Object)
		}
	}
}

// TestSharedClubNicknames: in a sports story a nickname several clubs hold
// names the one of them the story names; with two of them named it names
// neither (guard).
func TestSharedClubNicknames(t *testing.T) {
	const rest = " in the Premiership on Saturday after a late goal by the striker in the second half."
	runRuleCases(t, []ruleCase{
		{name: "one", text: "Football\n\nSouthampton lost 2-1 at Fulham" + rest + " The Saints beat Fulham 3-1 last season, with the midfielder scoring twice.",
			want: []string{"Southampton -beat-> Fulham"}},
		{name: "two", text: "Football\n\nChelsea beat Birmingham City 2-0" + rest + " The Blues beat Fulham 3-1 last season, with the midfielder scoring twice.",
			wantNot: []string{"Chelsea -beat-> Fulham", "Birmingham City -beat-> Fulham"}},
	})
}

// TestScreenCrewWorks: in a story about films, an organisation a relation
// gives a film's crew or cast is the film; a body named by its head or as
// a place one is at stays a body (guard).
func TestScreenCrewWorks(t *testing.T) {
	const story = "Film\n\nThe actress won an Oscar for the film last year, and the actor starred in a comedy. "
	runTypeCases(t, []typeCase{
		{story + "Cold Mountain director Anthony Minella said the drama would open in March.", "Cold Mountain", TypeWork},
		{story + "Lyceum director Tom Hale said the drama would open at the Lyceum in March.", "Lyceum", TypeOrg},
	})
}

// TestRegulatorIsPublicBody: "the regulator" and "the watchdog" refer
// back to a public body, not to the company named last.
func TestRegulatorIsPublicBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "company", text: "Markets\n\nThe Securities and Exchange Commission said on Monday that rules adopted after the collapse of Enron would stay. The US regulator said overseas companies would be given more time to comply.",
			wantNot: []string{"Enron -based in-> United States"}},
		{name: "body", text: "Markets\n\nThe Securities and Exchange Commission has fined Tyco $50m. The US regulator is also investigating Marsh & McLennan over its fees.",
			want: []string{"Securities and Exchange Commission -investigate-> Marsh & McLennan"}},
	})
}

// TestGrandSlamEvent: tennis's Grand Slams are events.
func TestGrandSlamEvent(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Tennis\n\nRoger Federer has won four Grand Slams and wants a fifth in Melbourne.", "Grand Slams", TypeEvent},
	})
}

// TestPlaceModifiesThing: a place before the common noun a verb with no
// CAMEO code takes names the things, not the place ("enjoyed six US top
// 10 albums"); a coded act keeps the place ("attacked US troops"), so do
// an event of the place ("covering the Omsk hunger strike") and a title
// before a name ("Irish rock band U2") (guards).
func TestPlaceModifiesThing(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "albums", text: "Music\n\nThe rapper Snoop Dogg enjoyed six US top 10 albums in a row.",
			wantNot: []string{"Snoop Dogg -enjoy-> United States"}},
		{name: "assets", text: "Drugs\n\nPfizer sold UK assets worth $2bn last year.",
			wantNot: []string{"Pfizer -sell-> United Kingdom"}},
		{name: "coded", text: "War\n\nAl-Qaeda attacked US troops near Baghdad on Monday.",
			want: []string{"al-Qaeda -attack-> United States"}},
		{name: "two objects", text: "Debt\n\nGermany has promised to give Greece ten billion euros next year.",
			want: []string{"Germany -give-> Greece"}},
		{name: "event", text: "Protest\n\nBefore that, the blogger Ivan Kuzin had been covering the Omsk hunger strike for a month.",
			want: []string{"Ivan Kuzin -cover-> Omsk"}},
		{name: "title", text: "Music\n\nThe singer Bruce Springsteen inducted Irish rock band U2 last night.",
			want: []string{"Bruce Springsteen -induct-> U2"}},
	})
}

// TestWhoAfterTitledApposition: "X, the Tory backbencher who challenged
// Y" and "X, the Labour MP who criticised Y": the relative clause's subject
// is the person the apposition describes, past a party's name or a title.
func TestWhoAfterTitledApposition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "party", text: "Politics\n\nSir Hugh Lane, the Tory backbencher who challenged Margaret Thatcher in 1989, has died.",
			want: []string{"Hugh Lane -challenge-> Margaret Thatcher"}},
		{name: "title", text: "Politics\n\nJohn Moss, the Labour MP who criticised Tony Blair, has resigned.",
			want: []string{"John Moss -criticize-> Tony Blair"}},
	})
}

// TestQuarrelBetween: a clash, row, rift or battle between two named
// parties is a relation between them; a cup tie between two clubs is a
// match, no tie (guard).
func TestQuarrelBetween(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "clash", text: "Oil\n\nThe clash between Sibneft and the Kremlin came to a head in May.",
			want: []string{"Sibneft -clash with-> Kremlin"}},
		{name: "rift", text: "Games\n\nShares fell on Monday. The rift between Sony and Nintendo grew.",
			want: []string{"Sony -dispute with-> Nintendo"}},
		{name: "tie", text: "Football\n\nThe FA is looking into the trouble at the cup tie between Millwall and Liverpool.",
			wantNot: []string{"Millwall -tie with-> Liverpool"}},
	})
}

// TestArgueWith: "argued with X" is a quarrel with X, though "argue" is a
// verb of saying.
func TestArgueWith(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "who", text: "Banks\n\nThe governor Dan Klein, who had long argued with the Finance Ministry, leaves in May.",
			want: []string{"Dan Klein -argue with-> Finance Ministry"}},
	})
}

// TestAttributionRetyped: the speaker a reported relation is attributed
// to carries its output ID when the output retypes it ("The EU said":
// org/european-union, an entity of the document).
func TestAttributionRetyped(t *testing.T) {
	x := newTestExtractor(t)
	res := x.Extract("Talks\n\nThe EU said that Turkey had criticised Greece over the talks.")
	ids := entityIDs(res)
	n := 0
	for _, r := range res.Relations {
		for _, ev := range r.Evidence {
			if ev.Attribution != "" {
				n++
				if !ids[ev.Attribution] {
					t.Errorf("%s -%s-> %s attributed to %q, no entity of the document", r.Subject, r.Predicate, r.Object, ev.Attribution)
				}
			}
		}
	}
	if n == 0 {
		t.Fatalf("no attributed relation in %v", rels(res))
	}
}

// entityIDs returns the IDs of a result's entities.
func entityIDs(res Result) map[string]bool {
	ids := map[string]bool{}
	for _, e := range res.Entities {
		ids[e.ID] = true
	}
	return ids
}

// TestClosingInOn: "closing in on signing X", "closing in on a deal for
// X": not done yet.
func TestClosingInOn(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{"Football\n\nLeeds manager Tom Hale is closing in on signing Arsenal defender Ben Cole.", "Tom Hale -sign-> Ben Cole", "planned"},
		{"Football\n\nAjax are closing in on a deal for Everton's Lee Carsley.", "Ajax -close deal for-> Lee Carsley", "planned"},
	})
}
