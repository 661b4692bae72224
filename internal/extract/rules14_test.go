package extract

import "testing"

// TestPlaceChain: "Xalapa, Veracruz, Mexico" is an address, each place in
// the next, not a list of three places; a list stays a list.
func TestPlaceChain(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "town, state, country", text: "Crime\nThe reporter was found dead at her home in Xalapa, Veracruz, Mexico, on Monday.",
			want: []string{"Xalapa -located in-> Veracruz", "Veracruz -located in-> Mexico"}},
		{name: "inside a subject", text: "Army\nThe bodies of two soldiers killed by a mine in Kandahar, Afghanistan were flown home.",
			want: []string{"Kandahar -located in-> Afghanistan"}},
		{name: "a fronted phrase", text: "Trade\nIn Lyon, France said it would block the deal.",
			wantNot: []string{"Lyon -located in-> France"}},
		{name: "a list of states", text: "Weather\nFloods hit Texas, Oklahoma, Kansas and Iowa on Monday.",
			wantNot: []string{"Oklahoma -located in-> Kansas", "Texas -located in-> Oklahoma"}},
		{name: "a list after the country", text: "Trade\nThe firm sells fruit in Veracruz, Mexico, Cuba and Peru.",
			wantNot: []string{"Veracruz -located in-> Mexico"}},
	})
}

// TestCountryNotSurname: a country named like the last word of a person
// the recogniser found is still the country when that person's first word
// is no given name ("Vivir México" is a website); "Michael Jordan ...
// Jordan" stays the player.
func TestCountryNotSurname(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "website read as a person", text: "Media\nAna Ruiz from Vivir México said the following.\n\nMexico sanctioned Cuba on Friday.",
			want: []string{"Mexico -sanction-> Cuba"}},
		{name: "a player's surname", text: "Basketball\nMichael Jordan joined the Wizards in 2001. Jordan praised Doug Collins on Friday.",
			want: []string{"Michael Jordan -praise-> Doug Collins"}},
	})
}

// TestTownCommaRegion: the recogniser's one place "Digby, Nova Scotia" is
// a town and the region it lies in.
func TestTownCommaRegion(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "said to", text: "Army\n\"He is home,\" Ola Bergin, 41, of Digby, Nova Scotia said to the Associated Press.",
			want:    []string{"Digby -located in-> Nova Scotia", "Ola Bergin -tell-> Associated Press"},
			wantNot: []string{"Nova Scotia -tell-> Associated Press"}},
	})
}
