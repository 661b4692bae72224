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
