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
