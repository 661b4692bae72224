package extract

import "testing"

// TestBodiesBySlot: a one-word name the recogniser read as a person is a
// body when a relation puts it where only a body goes (played for it, it
// was bought); a given name there stays a person (guard).
func TestBodiesBySlot(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Football\n\nErik Vos played for Heerenveen and coached the side to two titles.", "Heerenveen", TypeOrg},
		{"Business\n\nDaimler said it had bought all of Austria's Lindqvist.", "Lindqvist", TypeOrg},
		{"Football\n\nErik Vos played for Willem and coached the side to two titles.", "Willem", TypePerson},
	})
}

// TestPostApposedAfterName: a name closed by an organisation's word is a
// person's when a post follows it in apposition and ends there ("Jim
// Press, vice president and chief operating officer of Toyota,"); not
// when the post's holder is named after it (guard).
func TestPostApposedAfterName(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Autos\n\nJim Press, vice president and chief financial officer of Toyota, told analysts that sales rose.", "Jim Press", TypePerson},
		{"Property\n\nRavi Magazine, managing director, of Orion Estates told reporters the deal was done.", "Ravi Magazine", TypePerson},
		{"Media\n\nThe Financial Times, chief operating officer Peter Chernin said, would grow.", "Financial Times", TypeOrg},
		{"Pakistan\n\nSpeaking to Kestrel Television, Minister for Information and Technology, Omar Saleem said the deal was done.", "Kestrel Television", TypeOrg},
	})
	runRuleCases(t, []ruleCase{
		{name: "post", text: "Autos\n\nJim Press, vice president and chief financial officer of Toyota, told analysts that sales rose.",
			want: []string{"Jim Press -vice president of-> Toyota"}},
	})
}

// TestPrivateActionAtLaw: a private person taking action against a
// company goes to law (115), no coercion; a state's action stays
// coercion (guard).
func TestPrivateActionAtLaw(t *testing.T) {
	runEventCases(t, []eventCase{
		{text: "Television\n\nMary Lowe is taking action against Fox over its show Wild Nights.", pred: "take action against", code: "115"},
		{text: "Politics\n\nThe United States is taking action against Iran over its nuclear plans.", pred: "take action against", code: "170"},
	})
}

// TestStatesAreGPEs: a state or province the gazetteer lists as a place
// of its country is typed a GPE; a city stays a place (guard).
func TestStatesAreGPEs(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Business\n\nThe company moved its headquarters from Ohio to Texas last year.", "Texas", TypeGPE},
		{"Business\n\nThe company moved its headquarters from Ohio to Dallas last year.", "Dallas", TypeLoc},
	})
}

// TestRoleHeldOverEndedYears: a verb of holding a post, in the past and
// over years that ended, gives the former post ("led Labour between 1983
// and 1992"), not an act; without the span it stays the act (guard).
func TestRoleHeldOverEndedYears(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "between", text: "Politics\n\nLord Kinmore led Labour between 1983 and 1992 and then retired.",
			want: []string{"Kinmore -former leader of-> Labour Party"}, wantNot: []string{"Kinmore -lead-> Labour Party"}},
		{name: "from", text: "Rugby\n\nScott Gibbon, the former Wales centre, played for Bath from 1994-96, winning the cup.",
			want: []string{"Scott Gibbon -former player of-> Bath"}},
		{name: "to", text: "Football\n\nJohn Terry captained Chelsea from 2004 to 2017.",
			want: []string{"John Terry -former captain of-> Chelsea"}},
		{name: "no span", text: "Politics\n\nLord Kinmore led Labour in the election of 1987.",
			want: []string{"Kinmore -lead-> Labour Party"}},
	})
}

// TestTeamInPlayerApposition: an unknown capitalised name between "the"
// and a player's position in an apposition to a person is the side he
// plays for ("X, the Scarlets hooker,"); a people's word is no side
// (guard).
func TestTeamInPlayerApposition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "side", text: "Rugby\n\nGethin Rees, the Scarlets hooker, crossed in the final minute.",
			want: []string{"Gethin Rees -hooker of-> Scarlets"}},
		{name: "demonym", text: "Rugby\n\nGethin Rees, the Welsh hooker, crossed in the final minute.",
			wantNot: []string{"Gethin Rees -hooker of-> Welsh"}, noEntity: []string{"Welsh"}},
	})
}

// TestSuccessorPastEpithet: "X replaced the late Y as chief executive of
// Z": the successor holds the post and Y held it, past the article and
// the epithet before Y's name.
func TestSuccessorPastEpithet(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "late", text: "Business\n\nJane Moss replaced the late Tom Hale as chief executive of Acme Corp last year.",
			want: []string{"Jane Moss -chief executive of-> Acme Corp", "Tom Hale -former chief executive of-> Acme Corp"}},
		{name: "outgoing", text: "Business\n\nJane Moss replaced the outgoing Tom Hale as chief executive of Acme Corp last year.",
			want:    []string{"Jane Moss -chief executive of-> Acme Corp", "Tom Hale -former chief executive of-> Acme Corp"},
			wantNot: []string{"Tom Hale -chief executive of-> Acme Corp"}},
	})
}

// TestSuburbOfPlace: "the nearby suburb of X", "the borough of X" name a
// place as "the town of X" does.
func TestSuburbOfPlace(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "suburb", text: "Crime\n\nAmrit Dhillon lived in the nearby suburb of Brown Deer with his wife.",
			want: []string{"Amrit Dhillon -live in-> Brown Deer"}},
	})
	runTypeCases(t, []typeCase{
		{"Crime\n\nAmrit Dhillon lived in the nearby suburb of Brown Deer with his wife.", "Brown Deer", TypeLoc},
	})
}

// TestEpithetBeforePlaceKind: "born in the lakeside city of X" is born in
// X, as "the city of X" is.
func TestEpithetBeforePlaceKind(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "lakeside", text: "Nepal\n\nBikram Adhikari was born in the lakeside city of Pokhara.",
			want: []string{"Bikram Adhikari -born in-> Pokhara"}},
	})
}

// TestTheUnion: "the union" refers back to a trade's association ("the
// union's general secretary" after the pilots' association), never to a
// company named before it (guard).
func TestTheUnion(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "association", text: "Strike\n\nThe Northern Train Drivers' Association said the vote was clear. Declan Moore, the union's general secretary, rejected the offer.",
			want: []string{"Declan Moore -general secretary of-> Northern Train Drivers' Association"}},
		{name: "company", text: "Strike\n\nHalvorsen Foods said pay would rise. Declan Moore, the union's general secretary, rejected the offer.",
			wantNot: []string{"Declan Moore -general secretary of-> Halvorsen Foods"}},
	})
}
