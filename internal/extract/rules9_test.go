package extract

import "testing"

// TestPostObjectStaysInItsClause: the organisation or place of a post
// ("head of", "captain of") is in the post's own clause; a name after
// "when", "since" or "because" belongs to the next clause.
func TestPostObjectStaysInItsClause(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "when",
			text:    "Clubs\nMarta Olsen was head of League Three when Tom Ruddock took over the club.",
			wantNot: []string{"Marta Olsen -head of-> Tom Ruddock"}},
		{name: "since",
			text: "Rugby\nGareth Rhys becomes the 90th captain of Wales since Evan Morgan held the post in 1881.",
			want: []string{"Gareth Rhys -captain of-> Wales"}, wantNot: []string{"Gareth Rhys -captain of-> Evan Morgan"}},
	})
}

// TestRareVerbBetweenNames: a present-tense verb the tagger rarely saw,
// between a plural party name and another name, is read as the verb
// (the tagger gives a preposition only to words training gave one).
func TestRareVerbBetweenNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "accuse",
			text: "Budget\nThe Tories accuse Labour of wasting money on consultants.",
			want: []string{"Conservative Party -accuse-> Labour Party"}},
	})
}

// TestWhoseNounActs: in "X, whose N did Y," the noun acts, not X: a
// daughter is not her father, a coach's team is a club (only a body's
// forces, officials and the like act for it: TestWhoseForces). The parse's
// subject is not taken when it gives the verb a second one.
func TestWhoseNounActs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "daughter",
			text:    "Scandal\nJose Lopez, whose daughter criticized Tom Hart, was sacked.",
			wantNot: []string{"Jose Lopez -criticize-> Tom Hart"}},
		{name: "a coach's team",
			text:    "Football\nMarco Ferri, whose team beat Real Betis on Sunday, was sacked.",
			wantNot: []string{"Marco Ferri -beat-> Real Betis"}},
	})
}

// TestSecondPostAfterAComplement: "X, a spokesman for reform and president
// of Y,": the first post's complement names nothing, the second post is at
// the body named after it.
func TestSecondPostAfterAComplement(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "president of",
			text: "Schools\nIt is a problem, said Helen Marsh, a national spokeswoman for reform and president of the Hallam Foundation for Teaching, which is based in Leeds.",
			want: []string{"Helen Marsh -president of-> Hallam Foundation for Teaching"}},
		{name: "a person is no body",
			text:    "Peace\nJohn Ferris, a campaigner for peace and adviser to Tony Blair, spoke on Monday.",
			wantNot: []string{"John Ferris -adviser to-> Tony Blair"}},
	})
}

// TestCoordinatedPassive: "X was tried and convicted for Y": the second
// participle is passive too, X is convicted (no "X convicts").
func TestCoordinatedPassive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "tried and convicted",
			text:    "Trial\nAlan Price was tried and convicted for the murder of Peter Hale.",
			want:    []string{"Alan Price -murder-> Peter Hale"},
			wantNot: []string{"Alan Price -convict murder of-> Peter Hale"}},
	})
}
