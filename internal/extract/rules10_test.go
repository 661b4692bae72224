package extract

import "testing"

// TestAppointedBySubject: a post given with no organisation after it is
// the appointing organisation's or country's ("Barclays appointed X chief
// executive", "named X its new chairman"); not an award ("player of the
// year") and not a person's gift of a cabinet post.
func TestAppointedBySubject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "bare post",
			text: "Banking\nBarclays has appointed Maria Costa chief executive.",
			want: []string{"Maria Costa -chief executive of-> Barclays"}},
		{name: "its post, then a time",
			text: "Banking\nBarclays named Maria Costa its new chairman on Monday.",
			want: []string{"Maria Costa -chairman of-> Barclays"}},
		{name: "month",
			text: "Banking\nBarclays appointed Maria Costa finance director in March.",
			want: []string{"Maria Costa -finance director of-> Barclays"}},
		{name: "award",
			text:    "Football\nChelsea named Frank Lampard player of the year.",
			wantNot: []string{"Frank Lampard -player of-> Chelsea"}},
		{name: "a person appoints",
			text:    "Politics\nTony Blair named Gordon Brown chancellor.",
			wantNot: []string{"Gordon Brown -chancellor of-> Tony Blair"}},
	})
}

// TestAppointedNameStaysPerson: a trade after a person an appointing verb
// names is the post given, not a company's name ("named Larry Jinks
// publisher of X": not the company "Larry Jinks").
func TestAppointedNameStaysPerson(t *testing.T) {
	runTypeCases(t, []typeCase{
		{text: "Media\nThe group named Larry Jinks publisher of the Mercury News.", name: "Larry Jinks", typ: TypePerson},
	})
}

// TestQualifiedTradeAtOrganisation: "X, a plant physiologist with Y", "X, an
// ecologist and entomologist at Y": a trade at a named organisation is a
// post there, whatever words qualify it.
func TestQualifiedTradeAtOrganisation(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "qualified trade",
			text: "Farming\nYields fell, said Dora Kemp, a plant physiologist with Cornell University.",
			want: []string{"Dora Kemp -physiologist at-> Cornell University"}},
		{name: "two trades",
			text: "Farming\nYields fell, said Dora Kemp, an ecologist and entomologist at Cornell University.",
			want: []string{"Dora Kemp -ecologist at-> Cornell University"}},
	})
}

// TestTownsInOneState: "Port Arthur and Galveston, Texas" places both
// towns in the state; "Dallas, Texas and Tulsa, Oklahoma" is two pairs;
// "Benton, Tenn. and from X" a pair before another phrase; a list of
// places is none ("Recife, Salvador and Porto Alegre").
func TestTownsInOneState(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "two towns",
			text: "Weather\nStorms hit Port Arthur and Galveston, Texas, on Tuesday.",
			want: []string{"Port Arthur -located in-> Texas", "Galveston -located in-> Texas"}},
		{name: "two pairs",
			text: "Weather\nStorms hit Dallas, Texas and Tulsa, Oklahoma on Tuesday.",
			want: []string{"Dallas -located in-> Texas"}},
		{name: "pair, then a phrase",
			text: "People\nHe went to school in Benton, Tenn. and to college in Ohio.",
			want: []string{"Benton -located in-> Tennessee"}},
		{name: "list",
			text:    "Jobs\nJobless rates are measured in six cities (Sao Paulo, Belo Horizonte, Recife, Salvador and Porto Alegre).",
			wantNot: []string{"Belo Horizonte -located in-> Recife"}},
	})
}

// TestHarbourAfterFirstName: a name ending in a word only places end in
// is a place after a first name too ("Pearl Harbor"; "Charlotte Church"
// stays a person).
func TestHarbourAfterFirstName(t *testing.T) {
	runTypeCases(t, []typeCase{
		{text: "History\nThe attack on Pearl Harbor, Hawaii, came in 1941.", name: "Pearl Harbor", typ: TypeLoc},
	})
}
