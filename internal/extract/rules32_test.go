package extract

import "testing"

// TestNicknameWords: a name inside a nickname ("known as Queen of the
// Sky", "dubbed Britain's Guantanamo Bay") takes part in no relation; a name
// that is the whole nickname is the person's other name (guard).
func TestNicknameWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "known as", text: "Blogs\n\nMaria Lopez, known as Queen of the Sky, wrote a diary about her airline job.",
			wantNot: []string{"Maria Lopez -known of-> Sky", "Maria Lopez -queen of-> Sky"}},
		{name: "dubbed", text: "Prisons\n\nThe old prison was dubbed Britain's Guantanamo Bay by its critics.",
			wantNot: []string{"Guantanamo Bay -located in-> United Kingdom"}},
		{name: "whole", text: "Sudan\n\nThe militia, led by Mohamed Hamdan Dagalo, known as Hemedti, attacked Khartoum on Monday.",
			want: []string{"Mohamed Hamdan Dagalo -attack-> Khartoum"}},
	})
}
