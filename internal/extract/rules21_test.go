package extract

import "testing"

// TestExPrefix: "ex-" before a name is split from it and read as "former"
// ("ex-Yukos boss X", "Ex-Labour leader X"); a word that is no first name
// between "former" and a first name is a team or party, no part of the name
// ("Former Wallaby John Eales"); "backing singers" after a band are its
// singers, no act of backing (guard).
func TestExPrefix(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "ex- party leader", text: "Politics\nEx-Labour leader Neil Kinnock said the plan was sound.",
			want: []string{"Neil Kinnock -former leader of-> Labour Party"}},
		{name: "ex- company boss", text: "Business\nThe court heard from ex-Yukos boss Mikhail Khodorkovsky on Monday.",
			want: []string{"Mikhail Khodorkovsky -former boss of-> Yukos"}},
		{name: "team word after former", text: "Sport\nFormer Wallaby John Eales criticised Fiji.",
			want: []string{"John Eales -criticize-> Fiji"}, wantNot: []string{"Wallaby John Eales -criticize-> Fiji"}},
		{name: "backing singers (guard)", text: "Music\nThe film features ex-Wham! backing singers Pepsi and Shirlie.",
			wantNot: []string{"Wham! -back-> Pepsi", "Wham! -back-> Shirlie"}},
	})
}
