package extract

import "testing"

// TestLordPosts: "the Lord Chancellor" and "the Lord Mayor" name posts, not
// a peer called Chancellor; the holder apposed after the post holds it, and
// a peer's one-word surname is a name (guards: "Lord Archer" stays a person;
// "The Lord Mayor of Leeds, X," held before).
func TestLordPosts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "lord chancellor apposed", text: "Courts\nThe UK plans reforms. The UK courts agree. The UK said so.\nThe Lord Chancellor, Lord Falconer, rejected the plan.",
			want: []string{"Falconer -lord chancellor of-> United Kingdom"}, wantNot: []string{"Chancellor -lord chancellor of-> United Kingdom"}},
		{name: "lord mayor of", text: "Transport\nThe Lord Mayor of Leeds, Jane Pike, opened the station.",
			want: []string{"Jane Pike -lord mayor of-> Leeds"}},
	})
	runTypeCases(t, []typeCase{
		{"Courts\nThe Lord Chancellor has defended the plans.", "Chancellor", ""},
		{"Books\nLord Archer lied in court, a jury found.", "Archer", TypePerson},
	})
}

// TestThenPost: "then" before a post says it was held then: the holder is
// its former holder.
func TestThenPost(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "then capitalised", text: "Politics\nThen deputy Labour chairman Ian Marsh was said to have planned the cuts.",
			want: []string{"Ian Marsh -former deputy chairman of-> Labour Party"}, wantNot: []string{"Ian Marsh -deputy chairman of-> Labour Party"}},
		{name: "then lower", text: "Politics\nThe plan was drawn up by then Home Office minister Ann Reid.",
			want: []string{"Ann Reid -former minister of-> Home Office"}},
	})
}
