package extract

import "testing"

// TestTimeOnTheWay: a time said between the verb and its object does not
// count against the object's reach.
func TestTimeOnTheWay(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "night before the partner",
			text: "Truce\nGovernor Amos Oduya signed a cease-fire agreement Tuesday night with his old adversary, militia chief Peter Lokwang.",
			want: []string{"Amos Oduya -sign agreement with-> Peter Lokwang"}},
	})
}

// TestPostInLowerCase: a post written in lower case before a name does not
// hide the name from an apposition or a coordination.
func TestPostInLowerCase(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "rival with a post",
			text: "Talks\nAmos Oduya met his rival, militia chief Peter Lokwang, in Nairobi on Monday.",
			want: []string{"Peter Lokwang -rival of-> Amos Oduya"}},
		{name: "coordinated subjects",
			text: "Accord\nGovernor Amos Oduya and militia chief Peter Lokwang signed a peace deal on Monday.",
			want: []string{"Amos Oduya -sign deal with-> Peter Lokwang"}},
	})
}

// TestOpinionOfAClaim: judging what someone observed or asserted judges
// its owner (a dismissed assertion is named: TestAnswerToPossessedSaying).
func TestOpinionOfAClaim(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "observations",
			text: "Debate\nThe historian Lars Brenner disagreed with Maria Ostrova's observations about the census.",
			want: []string{"Lars Brenner -disagree with-> Maria Ostrova"}},
		{name: "assertion",
			text: "Debate\nLars Brenner dismissed Maria Ostrova's assertion that the census was flawed.",
			want: []string{"Lars Brenner -dismiss assertion of-> Maria Ostrova"}},
	})
}

// TestAgentAfterDestination: a passive that says where its subject went
// keeps the agent named after the place.
func TestAgentAfterDestination(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "exiled by a state's authorities",
			text: "Exile\nThe poet Rana Halabi was exiled to Cyprus for five years by the Syrian authorities.",
			want: []string{"Syria -exile-> Rana Halabi", "Rana Halabi -exiled to-> Cyprus"}},
		{name: "no agent",
			text:    "Exile\nThe poet Rana Halabi was exiled to Cyprus in 1998 by then.",
			wantNot: []string{"Syria -exile-> Rana Halabi"}},
	})
}

// TestWritingInAnOutlet: "writing in The Times" and "writing at a blog"
// name where the writer writes.
func TestWritingInAnOutlet(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "participle, in",
			text: "Schools\nThe former minister Alan Weir, writing in The Observer, called the reforms reckless.",
			want: []string{"Alan Weir -write at-> The Observer"}},
		{name: "participle, at",
			text: "Election\nLocal activist Dora Penn, writing at the blog Island Voices, calls the vote a turning point.",
			want: []string{"Dora Penn -write at-> Island Voices"}},
		{name: "not a place",
			text:    "Novel\nAlan Weir wrote in Kenya about the war.",
			wantNot: []string{"Alan Weir -write at-> Kenya"}},
	})
}

// TestPostOpensSentence: "Justice Minister, X, said" names no one called
// "Minister"; the post is the story's country's.
func TestPostOpensSentence(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "cabinet post, comma, name",
			text:     "Malawi judges\nMalawi's courts suspended the order on Monday. Home Affairs Minister, Grace Tembwe, quickly issued a statement.",
			want:     []string{"Grace Tembwe -home affairs minister of-> Malawi"},
			noEntity: []string{"Minister"}},
	})
}

// TestGivenNameAlone: a given name used alone after the full name of a
// person the gazetteer knows is the person, even where the recogniser read
// an organisation ("the lawyer of Thaksin").
func TestGivenNameAlone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "Thai given name",
			text:     "Rally\nThousands of supporters of Thaksin Shinawatra gathered in Bangkok. Peter Hall, the lawyer of Thaksin, criticised the court.",
			want:     []string{"Peter Hall -lawyer of-> Thaksin Shinawatra"},
			noEntity: []string{"Thaksin"}},
	})
}

// TestPlaceNamedSurname: a surname that is also a capital's name, holding
// a post after the person was named in full, is the person.
func TestPlaceNamedSurname(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "lawyer of",
			text:    "Appeal\nA video clip of Peter Amsterdam's speech was played at the rally. Amsterdam is the lawyer of Somchai Rattanakorn.",
			want:    []string{"Peter Amsterdam -lawyer of-> Somchai Rattanakorn"},
			wantNot: []string{"Netherlands -lawyer of-> Somchai Rattanakorn"}},
	})
}

// TestHeldResponsible: saying that another side was responsible for (behind,
// involved in) an attack accuses it; so does holding it responsible.
func TestHeldResponsible(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "responsible, two accused",
			text: "Raids\nLast week Turkey said Armenia and the Wagner Group were responsible for the drone strikes on Ganja.",
			want: []string{"Turkey -accuse-> Armenia", "Turkey -accuse-> Wagner Group"}},
		{name: "behind",
			text: "Blast\nThe Philippines believes Abu Sayyaf was behind the bombing in Jolo.",
			want: []string{"Philippines -accuse-> Abu Sayyaf"}},
		{name: "held responsible, no act of holding",
			text:    "Blast\nManila holds Abu Sayyaf responsible for the killings.",
			want:    []string{"Philippines -accuse-> Abu Sayyaf"},
			wantNot: []string{"Philippines -hold-> Abu Sayyaf"}},
		{name: "no harm named",
			text:    "Prices\nThe regulator said Tesco was responsible for the price rise.",
			wantNot: []string{"regulator -accuse-> Tesco"}},
	})
	runEventCases(t, []eventCase{
		{text: "Blast\nThe Philippines believes Abu Sayyaf was behind the bombing in Jolo.", pred: "accuse", code: "112"},
	})
}

// TestDemandedResignation: demanding a leader's resignation (removal,
// impeachment) is a demand for a change in leadership (1041), aimed at the
// leader.
func TestDemandedResignation(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "demanded",
			text: "Board\nGovernor Ana Ruiz demanded the resignation of Tomas Berg, the bank's chairman.",
			want: []string{"Ana Ruiz -demand resignation of-> Tomas Berg"}},
		{name: "called for",
			text: "Scandal\nThe Green Party called for the impeachment of President Lars Holm on Tuesday.",
			want: []string{"Green Party -call for impeachment of-> Lars Holm"}},
	})
	runEventCases(t, []eventCase{
		{text: "Board\nGovernor Ana Ruiz demanded the resignation of Tomas Berg, the bank's chairman.", pred: "demand resignation of", code: "1041"},
		{text: "Scandal\nThe Green Party called for the impeachment of President Lars Holm on Tuesday.", pred: "call for impeachment of", code: "1041"},
	})
}

// TestStateOfAPlace: "X's southern state of Y" as an object is Y, the
// place named.
func TestStateOfAPlace(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "lives in",
			text:    "Farmers\nThe activist Rosa Tuyuc lives in Guatemala's western province of Quiche.",
			want:    []string{"Rosa Tuyuc -live in-> Quiche"},
			wantNot: []string{"Rosa Tuyuc -live in-> Guatemala"}},
		{name: "bombed",
			text: "Raids\nTurkish jets bombed Iraq's northern region of Sinjar on Sunday.",
			want: []string{"Turkey -bomb-> Sinjar"}},
	})
}

// TestDescribedSecondParty: "A and the youth group B": the second party is
// named after its description.
func TestDescribedSecondParty(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "shipping company",
			text: "Oil\nCanada sanctioned Venezuela and the shipping company Marlow Tankers on Friday.",
			want: []string{"Canada -sanction-> Venezuela", "Canada -sanction-> Marlow Tankers"}},
	})
}

// TestRankAbbreviations: "Cpl." and "Pte." are ranks before a name, not
// part of it.
func TestRankAbbreviations(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Mourners\nCanadians said farewell to Sergeant Dan Moore, Cpl. Eli Ward and Cpl Sam Rourke at Trenton on Monday. Cpl. Ward had served two tours.", "Eli Ward", TypePerson},
	})
	runRuleCases(t, []ruleCase{
		{name: "one person",
			text:     "Mourners\nCanadians said farewell to Sergeant Dan Moore, Cpl. Eli Ward and Cpl Sam Rourke at Trenton on Monday. Cpl. Ward had served two tours.",
			noEntity: []string{"Ward"}},
	})
}

// TestHomeIsWhereOneLives: a person's home, house or flat in a place says
// the person lives there.
func TestHomeIsWhereOneLives(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "possessive home",
			text:    "Raid\nDetectives searched Carla Benn's Swansea flat on Monday.",
			want:    []string{"Carla Benn -live in-> Swansea"},
			wantNot: []string{"Carla Benn -flat in-> Swansea"}},
	})
}

// TestMinisterInLowerCase: "according to tourism minister X" in a story
// about one country is that country's minister.
func TestMinisterInLowerCase(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "after according to",
			text: "Kenya tourism\nKenya may lose $200m in earnings this year, according to tourism minister Joseph Kaberia. Kenya's beaches were hit hard.",
			want: []string{"Joseph Kaberia -tourism minister of-> Kenya"}},
		{name: "after a comma",
			text: "Kenya tourism\nKenya may lose $200m in earnings this year, tourism minister Joseph Kaberia said. Kenya's beaches were hit hard.",
			want: []string{"Joseph Kaberia -tourism minister of-> Kenya"}},
	})
}

// TestSuperlativeBeforePost: "X, Y's closest aide," is Y's aide; the praise
// is no part of the post.
func TestSuperlativeBeforePost(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "closest aide",
			text: "Budget\nTom Reeve, Anna Kessler's closest aide, hinted at a tax cut.",
			want: []string{"Tom Reeve -aide of-> Anna Kessler"}},
		{name: "one of the oldest",
			text: "Budget\nTom Reeve, one of Anna Kessler's oldest advisers, hinted at a tax cut.",
			want: []string{"Tom Reeve -adviser of-> Anna Kessler"}},
	})
}

// TestStoryPostNamedInFull: a post of the story's country held by a person
// named in full is not refused because someone of another country shares
// the surname ("President Michael Sata", not Genichiro Sata of Japan);
// "President Bush" alone in a story about Cuba still gets no post of Cuba.
func TestStoryPostNamedInFull(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "full name",
			text: "Zambia: Judges suspended\nPresident Michael Sata suspended three judges on Monday. Zambia said the judges were corrupt. Zambia has 13 million people.",
			want: []string{"Michael Sata -president of-> Zambia"}},
		{name: "surname alone",
			text:    "Cuba: talks\nPresident Bush said Cuba must change. Cuba rejected the demand. Cuba is an island.",
			wantNot: []string{"Bush -president of-> Cuba"}},
		{name: "a shortened first name of the gazetteer's person",
			text:    "Scotland: regiments\nDefence Secretary Geoff Hoon will visit Scotland's regiments. Scotland has six. Scotland objects.",
			wantNot: []string{"Geoff Hoon -defence secretary of-> Scotland"}},
	})
}

// TestCabinetPostApposed: "X, the interior minister, said" in a story
// about one country is that country's minister ("a former minister" is
// no post held).
func TestCabinetPostApposed(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the interior minister",
			text: "Kenya: protests\nKenya banned the march. Joseph Kaberia, the interior minister, said the ban would stay. Kenya's police were deployed.",
			want: []string{"Joseph Kaberia -interior minister of-> Kenya"}},
		{name: "title case, no article",
			text: "Kenya: protests\nKenya banned the march. Joseph Kaberia, Interior Minister, said the ban would stay. Kenya's police were deployed.",
			want: []string{"Joseph Kaberia -interior minister of-> Kenya"}},
		{name: "indefinite",
			text:    "Kenya: protests\nKenya banned the march. Joseph Kaberia, a former interior minister, said the ban was wrong. Kenya's police were deployed.",
			wantNot: []string{"Joseph Kaberia -interior minister of-> Kenya"}},
	})
}

// TestFlyToIsATrip: flying to a place is a trip there (042), not an
// intent to meet (PETRARCH's 036).
func TestFlyToIsATrip(t *testing.T) {
	runEventCases(t, []eventCase{
		{text: "Trip\nForeign Minister Lena Hart flew to Nairobi on Monday.", pred: "fly to", code: "042"},
	})
}

// TestInPlaceForTalks: "X was in Y for talks" is a visit to Y.
func TestInPlaceForTalks(t *testing.T) {
	runEventCases(t, []eventCase{
		{text: "Talks\nThe Dutch envoy Anna de Wit was in Kenya for two days of talks this week.", pred: "visit", code: "042"},
	})
	runRuleCases(t, []ruleCase{
		{name: "for talks",
			text: "Talks\nThe Dutch envoy Anna de Wit was in Kenya for two days of talks this week.",
			want: []string{"Anna de Wit -visit-> Kenya"}},
		{name: "for a holiday",
			text:    "Leisure\nThe Dutch envoy Anna de Wit was in Kenya for a holiday.",
			wantNot: []string{"Anna de Wit -visit-> Kenya"}},
	})
}

// TestSpeakingForABody: "Speaking for Apple Corps, manager X said": X
// speaks for the body and holds the post there.
func TestSpeakingForABody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "with a post",
			text: "Court\nSpeaking for Halden Records, manager Joe Pike said the ruling was wrong.",
			want: []string{"Joe Pike -speak for-> Halden Records", "Joe Pike -manager of-> Halden Records"}},
		{name: "on behalf of",
			text: "Court\nSpeaking on behalf of Halden Records, Joe Pike said the ruling was wrong.",
			want: []string{"Joe Pike -speak for-> Halden Records"}},
	})
}

// TestBornInApposition: "X, a Kenyan-born engineer," was born in Kenya.
func TestBornInApposition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "demonym-born",
			text: "Award\nAnna Berg, a Kenyan-born engineer, won the prize on Friday.",
			want: []string{"Anna Berg -born in-> Kenya"}},
	})
}

// TestAgreementSignedBy: "an agreement signed by A and B" is signed by each
// with the other.
func TestAgreementSignedBy(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "reduced relative",
			text: "Trade\nA trade agreement signed by Peru and Chile in 2006 cut tariffs.",
			want: []string{"Peru -sign agreement with-> Chile"}},
		{name: "one signatory",
			text:    "Trade\nThe agreement was signed by Peru in 2006.",
			wantNot: []string{"Peru -sign agreement with-> Peru"}},
	})
	runEventCases(t, []eventCase{
		{text: "Trade\nThe treaty was signed by Peru and Chile in 2006.", pred: "sign treaty with", code: "057"},
	})
}

// TestSharesTradedOn: a company whose shares rise or fall on an exchange is
// listed there.
func TestSharesTradedOn(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "possessive",
			text: "Markets\nHalden Foods' stock fell 20 cents on the New York Stock Exchange.",
			want: []string{"Halden Foods -listed on-> New York Stock Exchange"}},
		{name: "shares in",
			text: "Markets\nShares in Halden Foods rose 4% on the London Stock Exchange on Friday.",
			want: []string{"Halden Foods -listed on-> London Stock Exchange"}},
		{name: "no shares",
			text:    "Markets\nHalden Foods spoke on the London Stock Exchange's future.",
			wantNot: []string{"Halden Foods -listed on-> London Stock Exchange"}},
	})
}

// TestSiteInACityOf: "hit a hospital in the city of X" strikes X.
func TestSiteInACityOf(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "city of",
			text: "Strike\nA Turkish airstrike hit a school in the town of Derik on Sunday.",
			want: []string{"Turkey -hit-> Derik"}},
	})
}

// TestShotToDeath: "was shot to death by X": a passive, whose agent shot
// the subject (the tagger reads "shot" as a noun there).
func TestShotToDeath(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "shot to death",
			text: "Crime\nThe rancher Tom Hale was shot to death by Sam Reed in 1879.",
			want: []string{"Sam Reed -shoot-> Tom Hale"}},
	})
}

// TestChargedIsAlleged: "was accused of killing X", "was charged with
// murdering X", "on suspicion of killing X" charge the subject with the
// act (modality alleged); "was convicted of killing X" is a finding.
func TestChargedIsAlleged(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{"Trial\nPeter Vane was accused of killing Lars Holm in 1999.", "Peter Vane -kill-> Lars Holm", "alleged"},
		{"Trial\nPeter Vane was charged with murdering Lars Holm in 1999.", "Peter Vane -murder-> Lars Holm", "alleged"},
		{"Trial\nPeter Vane was convicted of killing Lars Holm in 1999.", "Peter Vane -kill-> Lars Holm", ""},
	})
}

// TestInfinitiveInApposition: an infinitive inside an apposition ("the
// first player to take a WTA Tour crown at Odense") does not make it a clause: the
// subject is the name before it.
func TestInfinitiveInApposition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "to win",
			text:    "Tennis\nAnna Brandt, the first Danish player to take a WTA Tour crown on home soil at Odense last month, will now face Maria Sokolova.",
			want:    []string{"Anna Brandt -face-> Maria Sokolova"},
			wantNot: []string{"WTA -face-> Maria Sokolova"}},
	})
}

// TestSpeakingOnABroadcaster: "Speaking on CNBC television, X said": X
// speaks on the broadcaster (010); a known broadcaster is an organisation.
func TestSpeakingOnABroadcaster(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "on television",
			text: "Rates\nSpeaking on CNBC television, the fund manager Ellen Marsh said rates would fall.",
			want: []string{"Ellen Marsh -speak on-> CNBC"}},
	})
	runEventCases(t, []eventCase{
		{text: "Rates\nSpeaking on CNBC television, the fund manager Ellen Marsh said rates would fall.", pred: "speak on", code: "010"},
	})
}
