package extract

import "testing"

// TestAgedSubject: "The 23-year-old beat X": an age alone opening the
// sentence as its subject is the one person the sentence before named;
// the verb the tagger read as a noun after it is repaired.
func TestAgedSubject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "noun-read verb", text: "Tennis\nTomas Berdych won in Doha on Sunday. The 23-year-old beat Marat Safin in three sets.",
			want: []string{"Tomas Berdych -beat-> Marat Safin"}},
		{name: "past tense", text: "Football\nKarl Hendry left Celtic in May. The 29-year-old joined Hibernian on a free transfer.",
			want: []string{"Karl Hendry -join-> Hibernian"}},
		{name: "two people before", text: "Tennis\nTomas Berdych and Ivo Karlovic won on Sunday. The 23-year-old beat Marat Safin in three sets.",
			wantNot: []string{"Tomas Berdych -beat-> Marat Safin", "Ivo Karlovic -beat-> Marat Safin"}},
	})
}
