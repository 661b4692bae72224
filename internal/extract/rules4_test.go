package extract

import "testing"

// TestGerundAndInstrument: a gerund the tagger read as an adjective before
// its object's title, and the subject of an infinitive after a deploy verb
// and a plain object.
func TestGerundAndInstrument(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "gerund before a title",
			text: "Verdict\nThe court freed Carl Dunmore, who was convicted of murdering reporter Ed Nash.",
			want: []string{"Carl Dunmore -murder-> Ed Nash"}},
		{name: "participle adjective stays",
			text: "Derby\nAlan Pike clashed with opposing skipper Rob Keel.",
			want: []string{"Alan Pike -clash with-> Rob Keel"}, wantNot: []string{"Alan Pike -oppose-> Rob Keel"}},
		{name: "used an instrument to act",
			text: "Shooting\nJack Ruby used a revolver to shoot Lee Oswald.",
			want: []string{"Jack Ruby -shoot-> Lee Oswald"}},
		{name: "used an occasion to act",
			text: "Summit\nRussia used the summit to criticise Georgia.",
			want: []string{"Russia -criticize-> Georgia"}},
	})
}

// TestNativesAndTowns: the recogniser's towns before a state are kept, and
// "native" says where a person comes from, before or after the name.
func TestNativesAndTowns(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "native of a town in a state",
			text: "Profile\nSam Ruggles, a native of Fort Worth, Texas, is known for his wit.",
			want: []string{"Sam Ruggles -native of-> Fort Worth", "Fort Worth -located in-> Texas"}},
		{name: "town native before the name",
			text: "Cruising\nThe film was made by Modesto native Gus Lucan in 1973.",
			want: []string{"Gus Lucan -native of-> Modesto"}},
		{name: "town native in an apposition",
			text: "Museum\nBobby Vance, a Fargo native, gave his old sweater.",
			want: []string{"Bobby Vance -native of-> Fargo"}},
		{name: "a demonym is no town",
			text:    "Film\nThe film was made by Chinese native Ang Leeson.",
			wantNot: []string{"Ang Leeson -native of-> China"}},
	})
}

// TestPostsAndParties: two posts joined by "and", a post of an
// organisation described and then named, and a party's word before a
// member's name.
func TestPostsAndParties(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "two posts",
			text: "Results\nDana Pryor, chairman and chief executive of Acme Holdings, quit.",
			want: []string{"Dana Pryor -chairman of-> Acme Holdings", "Dana Pryor -chief executive of-> Acme Holdings"}},
		{name: "a profession and a post keep one",
			text:    "Obituary\nTom Hale, a composer and leading interpreter of Bach, died.",
			wantNot: []string{"Tom Hale -composer of-> Bach"}},
		{name: "described, then named",
			text: "Harare\nThe deal angered Morgan Tsvangirai, leader of the main opposition party, the Movement for Democratic Change.",
			want: []string{"Morgan Tsvangirai -leader of-> Movement for Democratic Change"}},
		{name: "party words before names",
			text: "Vote\nThe bill was opposed by Tory Dominic Grieve and Republican John McCain.",
			want: []string{"Dominic Grieve -member of-> Conservative Party", "John McCain -member of-> Republican Party"}, noEntity: []string{"Republican John McCain"}},
		{name: "a party word is no object",
			text: "Tribute\nTony Blair praised Democrat John Kerry's campaign.",
			want: []string{"John Kerry -member of-> Democratic Party"}, wantNot: []string{"Tony Blair -praise-> Democratic Party"}},
	})
}
