package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
)

// TestStateSpokesman: "police spokesman X", "Government spokesman X" in a
// story about one country speak for that state, as the police and the
// government stand for it elsewhere; a town's police, a party's portfolio
// and "a police spokesman" (one of a force) do not.
func TestStateSpokesman(t *testing.T) {
	const story = "Arrests\nBurundi arrested an opposition leader. Burundi said he had links to gangs in Burundi. "
	runRuleCases(t, []ruleCase{
		{name: "police", text: story + "He was held in Makamba, police spokesman Pierre Nkurikiye said.",
			want: []string{"Pierre Nkurikiye -spokesman of-> Burundi"}},
		{name: "government", text: story + "Government spokeswoman Alice Ndayishimiye said he would be tried.",
			want: []string{"Alice Ndayishimiye -spokeswoman of-> Burundi"}},
		{name: "a town's police", text: story + "Bujumbura North police spokesman Pierre Nkurikiye said he was held.",
			wantNot: []string{"Pierre Nkurikiye -spokesman of-> Burundi"}},
		{name: "a party's portfolio", text: story + "The party's local government spokesman Pierre Nkurikiye said he was held.",
			wantNot: []string{"Pierre Nkurikiye -spokesman of-> Burundi"}},
		{name: "one of a force", text: story + "A police spokesman Pierre Nkurikiye said he was held.",
			wantNot: []string{"Pierre Nkurikiye -spokesman of-> Burundi"}},
		{name: "the document's first word", text: "Police spokesman Pierre Nkurikiye said so.",
			wantNot: []string{"Pierre Nkurikiye -spokesman of-> Burundi"}},
	})
}

// TestHeadlineCountry: the country a headline names, and no other, is the
// story's though another is named nearly as often, so an untied
// government title is its post.
func TestHeadlineCountry(t *testing.T) {
	const body = "\n\nKenya asked Uganda for maize on Monday. Uganda sent 50 trucks to Kenya. President Jomo Kiprotich thanked the drivers. Kenyan farmers said Uganda had been generous."
	runRuleCases(t, []ruleCase{
		{name: "one country", text: "Kenya: Drought Deepens" + body,
			want: []string{"Jomo Kiprotich -president of-> Kenya"}},
		{name: "two countries", text: "Kenya, Uganda: Drought Deepens" + body,
			wantNot: []string{"Jomo Kiprotich -president of-> Kenya", "Jomo Kiprotich -president of-> Uganda"}},
	})
}

// TestStateOwnedPlaced: a state-owned company the gazetteer places in a
// country is that state's, whatever the story's country.
func TestStateOwnedPlaced(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "story about another country", text: "Courts\nA Houston court heard the US case. US lawyers said the US had no say. The unit was bought by state-controlled oil company Rosneft. Russia said it would not take part.",
			want:    []string{"Russia -control-> Rosneft"},
			wantNot: []string{"United States -control-> Rosneft"}},
	})
}

// TestBusinessDescriptions: "US insurance broker X" places the broker;
// "X has its headquarters in Y" bases it there (not "shut its office in
// Y": what the verb did); "X's $6bn offer for Y" is a bid for the
// company (not "Iran's offer to the EU", not "an offer for the US
// assets").
func TestBusinessDescriptions(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "broker", text: "Insurance\nJobs are to go at US insurance broker Halvard Holdings after big losses.",
			want: []string{"Halvard Holdings -based in-> United States"}},
		{name: "headquarters", text: "Banks\nHalvard Holdings has its headquarters in Oslo and sells mostly in Asia.",
			want: []string{"Halvard Holdings -based in-> Oslo"}},
		{name: "shut office", text: "Charity\nThe Open Society Institute shut its office in Moscow last year.",
			wantNot: []string{"Open Society Institute -office in-> Moscow"}},
		{name: "offer", text: "Telecoms\nShareholders said Verizon's $6bn offer for MCI was too low.",
			want: []string{"Verizon -bid for-> MCI"}},
		{name: "offer to", text: "Talks\nIran's offer to the EU was rejected by France.",
			wantNot: []string{"Iran -bid to-> European Union"}},
		{name: "offer for assets", text: "Media\nVivendi said Marvin Davis' offer for the US assets had been rejected.",
			wantNot: []string{"Marvin Davis -bid for-> United States"}},
	})
}

// TestApposedRank: "X, the deputy US trade representative,": a rank
// before the state in an apposition is the post's.
func TestApposedRank(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "deputy", text: "Trade\nKaran Bhatia, the deputy US trade representative, said the talks had stalled.",
			want: []string{"Karan Bhatia -deputy trade representative of-> United States"}},
		{name: "no article", text: "Courts\nThe fine is a warning, said Chris Walden, assistant US attorney general.",
			want: []string{"Chris Walden -assistant attorney general of-> United States"}},
	})
}

// TestUnassertedEvents: CAMEO codes what was said and done. An act the
// actor plans, offers or promises is an intent (root 03), a threat of
// force is a threat (138), and an act someone else expects, one under a
// condition and one negated code nothing; the relation stays. A planned
// act that then happens codes the act.
func TestUnassertedEvents(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct{ name, text, rel, code string }{
		{"planned talks", "Trade\nThe WTO is to hold membership talks with Afghanistan.", "World Trade Organization -hold talk with-> Afghanistan", "036"},
		{"offer", "Oil\nVenezuela has offered to supply oil to China.", "Venezuela -supply to-> China", "031"},
		{"threat", "War\nIran threatened to destroy Israel.", "Iran -destroy-> Israel", "138"},
		{"threat to sue", "Art\nThe National Portrait Gallery has threatened to sue Derrick Coetzee.", "National Portrait Gallery -sue-> Derrick Coetzee", "130"},
		{"expected", "Politics\nCharles Kennedy is expected to attack Tony Blair on Iraq.", "Charles Kennedy -attack-> Tony Blair", ""},
		{"negated", "Music\nThe singer Brian McFadden did not attend Trinity College.", "NOT Brian McFadden -attend-> Trinity College", ""},
		{"attempted deal", "Gas\nTurkmenistan is trying to sign a deal with Russia.", "Turkmenistan -sign deal with-> Russia", "032"},
		{"quoted", "Media\nThe Arab News quoted Prince Saud as saying reforms had worked.", "Arab News -quote-> Saud", ""},
		{"then done", "Talks\nTony Blair will meet Jacques Chirac on Monday. On Tuesday Blair met Chirac in Paris.", "Tony Blair -meet-> Jacques Chirac", "040"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := x.Extract(article.Normalize(tc.text))
			names := entityNames(res)
			for _, r := range res.Relations {
				s := relString(names, r)
				if s != tc.rel {
					continue
				}
				switch {
				case tc.code == "" && r.Event != nil:
					t.Errorf("%s coded %s, want no event", s, r.Event.Code)
				case tc.code != "" && (r.Event == nil || r.Event.Code != tc.code):
					t.Errorf("%s coded %+v, want %s", s, r.Event, tc.code)
				}
				return
			}
			t.Errorf("no %q in %q", tc.rel, rels(res))
		})
	}
}

// TestObjectHer: "her" after a verb with no noun after it is the object
// ("Tom Hale shot her."), when it stands for a woman the first names
// know; "her country" stays a possessive.
func TestObjectHer(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "object", text: "Crime\nAnn Price arrived at noon. Tom Hale killed her.",
			want: []string{"Tom Hale -kill-> Ann Price"}},
		{name: "possessive", text: "Tennis\nAnn Price won the final. Tom Hale praised her country.",
			wantNot: []string{"Tom Hale -praise-> Ann Price"}},
	})
}

// TestTheTwo: "the two countries" (companies, sides, leaders) stands for
// the two the text has just named, as a subject and after "between"; not
// when it named three.
func TestTheTwo(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "subject", text: "Oil\nVenezuela has offered oil to China. The two countries also signed several agreements.",
			want: []string{"Venezuela -sign agreement with-> China"}},
		{name: "between", text: "Border\nSudan accused South Sudan of aggression on Monday. The recent clashes between the two countries have killed hundreds.",
			want: []string{"Sudan -clash with-> South Sudan"}},
		{name: "three named", text: "Oil\nVenezuela has offered oil to China and Japan. The two countries also signed several agreements.",
			wantNot: []string{"Venezuela -sign agreement with-> China", "China -sign agreement with-> Japan"}},
	})
}

// TestPersonAfterCue: a cue a person may hold ("owner", "rival") before a
// first name and a surname the recogniser reads as a person names the
// person, not a company ("rival Grey Global" stays a company); a rival's
// nationality says where the person is from.
func TestPersonAfterCue(t *testing.T) {
	runTypeCases(t, []typeCase{
		{text: "Football\nChelsea owner Roman Abramovich watched the game.", name: "Roman Abramovich", typ: "PERSON"},
	})
	runRuleCases(t, []ruleCase{
		{name: "rival", text: "Tennis\nTim Henman beat British rival Greg Rusedski in Dubai.",
			want: []string{"Greg Rusedski -from-> United Kingdom"}, wantNot: []string{"Greg Rusedski -rival of-> United Kingdom"}},
	})
}

// TestKinNotPronoun: "access to her son, he says": a pronoun after the
// comma is no name apposed to the kin.
func TestKinNotPronoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "pronoun", text: "Courts\nMary Jones met David Blunkett. He wants access to her son, he says.",
			wantNot: []string{"David Blunkett -son of-> Mary Jones"}},
		{name: "name", text: "Courts\nMary Jones met reporters with her son, Tom Jones, on Monday.",
			want: []string{"Tom Jones -son of-> Mary Jones"}},
	})
}

// TestCommaTrade: "Cuban blogger and independent journalist, X,": a
// trade's nationality before the comma says where X is from; a plural
// ("Japanese leaders, Abe and Aso") does not.
func TestCommaTrade(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "two trades", text: "Media\nPolice held Cuban blogger and independent journalist, Luis Pardo, for a week.",
			want: []string{"Luis Pardo -from-> Cuba"}},
		{name: "one trade", text: "Media\nKenyan journalist, John Kamau, has fled the country.",
			want: []string{"John Kamau -from-> Kenya"}},
	})
}

// TestTeamNicknames: a national side's nickname names its country, as
// the side's country's name does ("the All Blacks", "Wallabies coach X").
func TestTeamNicknames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "All Blacks", text: "Rugby\nThe Barbarians beat the All Blacks in Cardiff on Saturday.",
			want: []string{"Barbarians -beat-> New Zealand"}},
		{name: "coach", text: "Rugby\nWallabies coach Tom Hale praised his players.",
			want: []string{"Tom Hale -coach of-> Australia"}},
	})
}

// TestObjectConjunctNotSubject: in "blamed the premier and Mr
// Brown for squabbling" Brown is an object, so "He" after it is not he by
// salience of a subject.
func TestObjectConjunctNotSubject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "object conjunct", text: "Politics\nGordon Brown and Tony Blair met on Monday. Brown said the talks went well. Conservative leader Michael Howard blamed the premier and Mr Brown for squabbling. He told Sky News the row was silly.",
			wantNot: []string{"Gordon Brown -tell-> Sky News"}},
	})
}

// TestCountryPostDescription: "the German chancellor" after a sentence
// naming the one person the gazetteer places in Germany is that person,
// who holds the post; not when the text gave that person another post.
func TestCountryPostDescription(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "chancellor", text: "Diplomacy\nGerhard Schroeder met Jacques Chirac in Paris. The German chancellor criticised the United States.",
			want: []string{"Gerhard Schroeder -chancellor of-> Germany", "Gerhard Schroeder -criticize-> United States"}},
		{name: "another post", text: "Diplomacy\nGerman Foreign Minister Joschka Fischer met Colin Powell. The German chancellor later criticised the US.",
			wantNot: []string{"Joschka Fischer -chancellor of-> Germany", "Joschka Fischer -criticize-> United States"}},
	})
}

// TestNumberedStations: "BBC Radio 4's Today programme": the station's
// number is part of its name, and a pronoun after the programme opens the
// reported clause, no name of the programme.
func TestNumberedStations(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "told", text: "Politics\nJohn Reid spoke on Monday. Mr Reid told BBC Radio 4's Today programme he would stay.",
			want: []string{"John Reid -tell-> BBC Radio 4"}},
		{name: "presenter", text: "Media\nBBC Radio 2 presenter Tom Hale said the show would go on.",
			want: []string{"Tom Hale -presenter of-> BBC Radio 2"}},
	})
}

// TestAlternativeObjects: "plays X or Y next": the act concerns one of
// them, which is open; each relation carries the possible modality.
func TestAlternativeObjects(t *testing.T) {
	x := newTestExtractor(t)
	res := x.Extract(article.Normalize("Tennis\nAnn Price plays Maria Lopez or Jana Novak in the next round."))
	names := entityNames(res)
	n := 0
	for _, r := range res.Relations {
		if r.Predicate != "play" {
			continue
		}
		n++
		if len(r.Evidence) == 0 || r.Evidence[0].Modality != "possible" {
			t.Errorf("%s: evidence %+v, want modality possible", relString(names, r), r.Evidence)
		}
	}
	if n != 2 {
		t.Errorf("got %d play relations in %q, want 2", n, rels(res))
	}
}
