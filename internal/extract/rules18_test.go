package extract

import "testing"

// TestSubjectParallel: a subject pronoun opening its sentence carries on
// the subject of the sentence before, when that subject's finite verb
// comes after a long relative clause ("Lord Varney, who is a ... member
// of Britain's ... community, branded ... He told ITV"), though the other
// man is named more often. Guards: a man who is the subject of a main
// clause of his own after "and" ("Olsen was forced off after a clash
// with Berg and Dr Lund came on") leaves the pronoun unresolved rather
// than given to the first; a man in a reported clause ("said Mr Blair
// and Mr Brown could") does not.
func TestSubjectParallel(t *testing.T) {
	runPronounCases(t, []pronounCase{
		{name: "long relative clause", text: "Row\nPrince Karol wore a uniform to a party. Critics were angry with Karol. Former Labour MP Lord Varney, who is a well known member of Britain's Polish community, branded Karol's actions stupid. He told ITV that an apology was due.",
			at: "He told", want: "Varney"},
		{name: "second main clause (guard)", text: "Match\nThe coach praised Peter Lund and spoke of Lund's form and Lund's fitness. Marek Olsen was forced off after a clash with Jan Berg and Dr Lund came on to replace him. He immediately troubled the defence.",
			at: "He immediately", want: ""},
		{name: "reported clause (guard)", text: "Row\nCritics of Mr Brown spoke of Mr Brown's book and Mr Brown's plans. Neil Kinnock, a former party chief, said Mr Blair and Mr Brown would only end the row by saying nothing. He told BBC Radio that the row would pass.",
			at: "He told", want: "Neil Kinnock"},
	})
}

// TestJoinedInNoTie: "X joins Y and Z in doing W" says Y and Z did W too;
// it is no tie between X and them. Guard: "joined Barclays in 2004".
func TestJoinedInNoTie(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "list", text: "Rugby\nBarry Evans joins Jonny Wilkes, Tim Stamp and Paul Gray in reaching 1,000 points.",
			wantNot: []string{"Barry Evans -join-> Jonny Wilkes", "Barry Evans -join-> Paul Gray"}},
		{name: "states", text: "Poisoning\nThe US and France joined Britain in blaming Russia for the attack.",
			want: []string{"France -blame-> Russia"}, wantNot: []string{"France -join-> United Kingdom"}},
		{name: "employer (guard)", text: "Banks\nJane Smith joined Barclays in 2004.",
			want: []string{"Jane Smith -join-> Barclays"}},
	})
}

// TestSpeakerAfterQuote: '"...," he told X' right after a quote speaks
// it, and carries on the main subject of the sentence before (the club
// chief who played down reports), though another man is named more often.
// Guard: a man who is the subject of a "that" clause there is no main
// subject ("reports that Jan Berg will be fit"): not given the pronoun
// for being named more often, it stays unresolved.
func TestSpeakerAfterQuote(t *testing.T) {
	runPronounCases(t, []pronounCase{
		{name: "after a quote", text: "Injury\nDoctors have treated Jan Berg and Berg's foot since March. Club chief Tom Price has played down reports of Jan Berg's return for the final against Berg's old club. \"He has been responding well to treatment, but we must wait,\" he told BBC Sport.",
			at: "he told", want: "Tom Price"},
		{name: "that clause (guard)", text: "Injury\nDoctors have treated Jan Berg and Berg's foot since March. Club chief Tom Price has played down reports that Jan Berg will be fit for the final against Berg's old club. \"He has been responding well to treatment, but we must wait,\" he told BBC Sport.",
			at: "he told", want: ""},
	})
}

// TestPartyDescription: "the Tory leader" is the last person named
// before whose title gives him the party ("Tory leader Michael Howard",
// "Michael Howard, the Tory leader,"), not the last man named as leader
// of anything (Hain, Leader of the Commons); an object "the Tory leader"
// is the man, not his party. Guard: with no one titled by the party, the
// description stays unresolved (not Hain).
func TestPartyDescription(t *testing.T) {
	const hain = " Mr Hain, Leader of the Commons, said Labour would win."
	runRuleCases(t, []ruleCase{
		{name: "title before the name", text: "Politics\nTory leader Michael Howard spoke on Monday." + hain + " The Tory leader then accused Mr Hain of lying.",
			want: []string{"Michael Howard -accuse-> Hain"}, wantNot: []string{"Hain -accuse-> Hain"}},
		{name: "apposition, object", text: "Politics\nMichael Howard, the Tory leader, spoke on Monday." + hain + " He then accused the Tory leader of lying.",
			want: []string{"Hain -accuse-> Michael Howard"}, wantNot: []string{"Hain -accuse-> Conservative Party"}},
		{name: "no holder (guard)", text: "Politics\nMichael Howard spoke on Monday." + hain + " Charles Kennedy then accused the Tory leader of lying.",
			wantNot: []string{"Charles Kennedy -accuse-> Hain"}},
	})
}

// TestShowBusinessCodes: a band supporting another on tour opens its
// shows (no policy support, 05), a show triumphing over another at an
// awards night wins a contest, an actor grabbing a co-star seizes nothing
// (171), and trying to resurrect a record label intends no cooperation
// (030). Guards: a state supporting a state and a seizure by gunmen keep
// their codes.
func TestShowBusinessCodes(t *testing.T) {
	runEventCases(t, []eventCase{
		{text: "Music\nThe band Kasabian will support the band Oasis on their American tour next spring.", pred: "support", code: ""},
		{text: "Comedy\nThe BBC comedy Peep Show has triumphed over the BBC comedy Green Wing at the British Comedy Awards.", pred: "triumph over", code: ""},
		{text: "Premiere\nThe actor Tom Hanks grabbed co-star Julia Roberts and danced with her on the red carpet.", pred: "grab", code: ""},
		{text: "Music\nTom Dowd has tried to resurrect Stax Records twice.", pred: "resurrect", code: ""},
		{text: "Diplomacy\nFrance supported Germany in the talks on the budget.", pred: "support", code: "050"},
		{text: "Raid\nHezbollah fighters grabbed Jan Berg outside his hotel, witnesses said.", pred: "grab", code: "171"},
	})
}

// TestAsWellAsSubjects: "France as well as Germany criticised Russia":
// both criticise, as with "and". Guard: "as well as" inside an earlier
// phrase joins nothing to the subject.
func TestAsWellAsSubjects(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "subjects", text: "Poisoning\nFrance as well as Germany criticised Russia over the poisoning.",
			want: []string{"France -criticize-> Russia", "Germany -criticize-> Russia"}},
		{name: "earlier phrase (guard)", text: "Markets\nShares in Paris as well as Frankfurt fell, and Germany criticised Russia.",
			want: []string{"Germany -criticize-> Russia"}, wantNot: []string{"Frankfurt -criticize-> Russia", "Paris -criticize-> Russia"}},
	})
}

// TestLionsTeam: the British and Irish Lions are a team of four nations,
// not the United Kingdom; "Lions coach X" later is their coach.
func TestLionsTeam(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "team", text: "Rugby\nThe British and Irish Lions beat New Zealand in Auckland on Saturday. Lions coach Warren Gatland praised his forwards.",
			want:    []string{"British and Irish Lions -beat-> New Zealand", "Warren Gatland -coach of-> British and Irish Lions"},
			wantNot: []string{"United Kingdom -beat-> New Zealand"}},
	})
}
