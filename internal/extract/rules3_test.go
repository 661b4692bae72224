package extract

import "testing"

// TestPronounBinding: a sentence-opening "he" cannot stand for a person
// named later in its own clause, so the other person in reach is its
// referent; a loose clause, a quote or a possessor binds nothing.
func TestPronounBinding(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "object of the pronoun's verb is not the pronoun",
			text: "Viewers backed Okafor in a poll. But Mercer accused Okafor of lying for his own gain, saying viewers were misled. He urged Okafor to resign before the vote.",
			want: []string{"Mercer -urge-> Okafor"}},
		{name: "reported clause subject is not the pronoun",
			text: "Petrov met Jensen on Monday and Jensen agreed. He told Reuters that Jensen would resign.",
			want: []string{"Petrov -tell-> Reuters"}, wantNot: []string{"Jensen -tell-> Reuters"}},
		{name: "a name after but may be the pronoun's referent",
			text: "Graham Stuart left Leeds in May after a row with coach Mark Hale. He joins Norwich, but Stuart is confident he will settle.",
			want: []string{"Graham Stuart -join-> Norwich"}, wantNot: []string{"Mark Hale -join-> Norwich"}},
	})
}
