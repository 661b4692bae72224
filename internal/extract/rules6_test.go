package extract

import "testing"

// TestSeatsOfGovernment: the White House and the Kremlin are bodies of
// their own (the gold sets and the analysts read them so), not
// their countries; Downing Street stays the United Kingdom's name.
func TestSeatsOfGovernment(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Veto\nThe White House said on Friday that it would veto the spending bill.", "White House", TypeOrg},
		{"Shelling\nThe Kremlin accused Kyiv of shelling the border town on Sunday.", "Kremlin", TypeOrg},
	})
	runRuleCases(t, []ruleCase{
		{name: "spokesman of the White House",
			text:    "Talks\nWhite House spokesman Dan Reilly said the talks with Tehran would continue next week.",
			want:    []string{"Dan Reilly -spokesman of-> White House"},
			wantNot: []string{"Dan Reilly -spokesman of-> United States"}},
		{name: "the Kremlin accuses",
			text:    "Claims\nThe Kremlin on Monday accused Georgia of arming the separatists.",
			want:    []string{"Kremlin -accuse-> Georgia"},
			wantNot: []string{"Russia -accuse-> Georgia"}},
	})
}

// TestSpeakerAccusesAfterReport: "X said <a clause with no name as its
// subject> and accused Y": the speaker accuses, however the parse hung
// the second verb.
func TestSpeakerAccusesAfterReport(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "after a copula",
			text: "Port\nHarbour chief Tomas Varga said the blockade was unlawful and accused Moldova of piracy.",
			want: []string{"Tomas Varga -accuse-> Moldova"}},
		{name: "after an intransitive verb",
			text: "Budget\nAn aide to the mayor, Lina Okafor, said the negotiations collapsed and blamed Siemens for the delay.",
			want: []string{"Lina Okafor -blame-> Siemens"}},
	})
}
