package extract

import "testing"

// TestSaidToOutlet: saying something to an outlet or a person after "to"
// tells them ("said to the Associated Press", "said in a statement to X"),
// as "told X" does; "complained to" keeps its own predicate.
func TestSaidToOutlet(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "said to", text: "Markets\nMaria Lopes, 52, of Braga, Portugal, said to the Associated Press that she was worried.",
			want: []string{"Maria Lopes -tell-> Associated Press", "Maria Lopes -resident of-> Braga"}},
		{name: "in a statement to", text: "Markets\nPeter Hall, chief strategist at Crane Capital, said in a statement to The Wall Street Journal that the cut was overdue.",
			want: []string{"Peter Hall -tell-> The Wall Street Journal"}},
		{name: "complained to", text: "Media\nThe Ramblers Association has complained to the regulator Ofcom.",
			want: []string{"Ramblers Association -complain to-> Ofcom"}, wantNot: []string{"Ramblers Association -tell-> Ofcom"}},
	})
}

// TestAgedHomeTownSubject: "X, 38, of Digby, Nova Scotia said": the home
// town and its region sit in an apposition after the age, whose closing
// comma is missing; the person before them is the subject.
func TestAgedHomeTownSubject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "no closing comma", text: "Markets\nMaria Lopes, 52, of Braga, Portugal criticised Goldman Sachs on Monday.",
			want: []string{"Maria Lopes -criticize-> Goldman Sachs"}, wantNot: []string{"Portugal -criticize-> Goldman Sachs"}},
	})
}

// TestReportsFor: a correspondent who reports for an outlet from a place
// files for it from there.
func TestReportsFor(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "for and from", text: "Refugees\nJohn Mercer reports for NPR from the Red Cross headquarters in Vienna.",
			want: []string{"John Mercer -report for-> NPR", "John Mercer -report from-> Vienna"}},
		{name: "for alone", text: "Refugees\nJohn Mercer reports for NPR.",
			want: []string{"John Mercer -report for-> NPR"}},
	})
}

// TestTwoCorporatePosts: "Boeing President and Chief Executive Officer
// Dennis Ward", with or without a comma before the name: one holder of
// two posts, named by the first (no "president chief executive").
func TestTwoCorporatePosts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "before the name", text: "Jets\n\"We are proud,\" said Boeing President and Chief Executive Officer Dennis Ward.",
			want: []string{"Dennis Ward -president of-> Boeing"}, wantNot: []string{"Dennis Ward -president chief executive of-> Boeing"}},
		{name: "comma", text: "Jets\n\"We are proud,\" said Boeing President and Chief Executive Officer, Dennis Ward.",
			want: []string{"Dennis Ward -president of-> Boeing"}},
		{name: "comma, subject", text: "Jets\nBoeing Chairman and Chief Executive, Dennis Ward, said the jets were ready.",
			want: []string{"Dennis Ward -chairman of-> Boeing"}},
		{name: "the, two holders", text: "Gabon\nThe President and Prime Minister Omar Bongo spoke.",
			wantNot: []string{"Omar Bongo -president of-> Gabon"}},
	})
}

// TestMeetingAtTheTime: a clause set at the time of a meeting ("after a
// meeting with X", "during talks with X", "X, after a meeting with his
// German counterpart Y,") has its subject meet the party after "with".
func TestMeetingAtTheTime(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "after a meeting", text: "Talks\nMerkel said after a meeting with Putin on Monday that more work was needed.",
			want: []string{"Merkel -meet-> Putin"}},
		{name: "fronted, talks", text: "Talks\nAfter lengthy talks with Iran, the United States agreed to lift sanctions.",
			want: []string{"United States -talk with-> Iran"}},
		{name: "during", text: "Talks\nDuring his meeting with Putin, Obama raised the issue of Ukraine.",
			want: []string{"Obama -meet-> Putin"}},
		{name: "counterpart", text: "Talks\n\"We agreed,\" said French finance minister Herve Dupont, after talks with his Dutch counterpart Hans Kohl.",
			want: []string{"Herve Dupont -talk with-> Hans Kohl"}},
		{name: "planned trip", text: "Talks\nBlair will fly to Washington for talks with Bush.",
			want: []string{"Blair -talk with-> Bush"}},
	})
}
