package extract

import "testing"

// TestDoNamesNoAct: "do" alone names no act ("make do with X", "what a
// policy did to X", "what have France done?").
func TestDoNamesNoAct(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "question", text: "Rugby\n\nIan Marr was furious. \"We played some fine rugby and what have Wales done?\" he said.",
			wantNot: []string{"Wales -do-> Ian Marr"}},
		{name: "did to", text: "Politics\n\nHarriet Lowe thinks the pledge will not land her in the trouble a similar pledge did to Old Labour.",
			wantNot: []string{"Harriet Lowe -do-> Labour Party"}},
	})
}

// TestFixtureAsPurpose: a fixture verb's infinitive closing a present or a
// perfect clause is the match to come; after a past ("came
// back to face") it was played, and a result ("have come from behind to
// beat") is done (guards); an infinitive after a comma ("the seventh
// actor, including X, to play Y") is no purpose of the clause (guard).
func TestFixtureAsPurpose(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{"Rugby\nItaly have recalled lock Marco Dotti to their squad to face Scotland at Murrayfield on Saturday.", "Italy -face-> Scotland", "planned"},
		{"Rugby\nScotland take Tom Vale to Rome to face Italy.", "Scotland -face-> Italy", "planned"},
		{"Rugby\nItaly came back from Rome to face Scotland.", "Italy -face-> Scotland", ""},
		{"Rugby\nItaly have come from behind to beat Scotland.", "Italy -beat-> Scotland", ""},
	})
}

// TestFirmNameWords: a consortium's, an exploration firm's and a firm's
// regional arm's names are whole ("the Carlow Retail Consortium", "Malabar
// Oil Exploration", "Tanaka Computer Entertainment Europe"); a body "of"
// two places the gazetteer knows covers both ("the Nurses Federation of
// England and Wales"), but a second body after "and" is its own name
// (guard).
func TestFirmNameWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "consortium", text: "Business\nRuth Gale, director general of the Carlow Retail Consortium, said sales fell.",
			want: []string{"Ruth Gale -director general of-> Carlow Retail Consortium"}},
		{name: "exploration", text: "Business\nIan Marr, chairman of Malabar Oil Exploration, said output rose.",
			want: []string{"Ian Marr -chairman of-> Malabar Oil Exploration"}},
		{name: "regional arm", text: "Business\nKen Oda, president of Tanaka Computer Entertainment Europe, said sales rose.",
			want: []string{"Ken Oda -president of-> Tanaka Computer Entertainment Europe"}},
		{name: "two places", text: "Politics\nJean Barry, chairman of the Nurses Federation of England and Wales, criticised the plan.",
			want: []string{"Jean Barry -chairman of-> Nurses Federation of England and Wales"}},
		{name: "second body", text: "Business\nThe Bank of England and Barclays agreed on Monday.",
			wantNot: []string{"Bank of England and Barclays -agree-> Monday"}, noEntity: []string{"Bank of England and Barclays"}},
	})
}

// TestFirmAfterOfficersPost: a name after a firm's post and "of" or "at",
// which the recogniser did not read as a person, is the firm, whatever its
// first word ("Warner"); a person after "adviser to" stays one (guard).
func TestFirmAfterOfficersPost(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Film\n\"It is obvious,\" said Jim Carr, president of Warner Home Video.", "Warner Home Video", TypeOrg},
		{"Politics\nJohn Rhodes, a former adviser to Tony Blair, has joined Delta Foods.", "Tony Blair", TypePerson},
	})
}

// TestCityStateBased: "X, the Austin, Texas-based chipmaker," is based in
// the city and its state; "X, a Texas-based group," in the state alone
// (guard).
func TestCityStateBased(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "city and state", text: "Business\nVelora Systems, the Austin, Texas-based chipmaker, has sued Quorra.",
			want: []string{"Velora Systems -based in-> Austin", "Velora Systems -based in-> Texas"}},
		{name: "state", text: "Business\nVelora Systems, a Texas-based chipmaker, has sued Quorra.",
			want: []string{"Velora Systems -based in-> Texas"}, wantNot: []string{"Velora Systems -based in-> Austin"}},
	})
}

// TestPostThenSecondDescription: "X, Halvorsen Energy's chief executive
// and the granddaughter of its founder, Y," holds the post, whatever the
// second description says; a person's possessor is no firm (guard: no
// "chief executive of" a person).
func TestPostThenSecondDescription(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "firm", text: "Business\nIngrid Lund, Halvorsen Energy's chief executive and the granddaughter of its founder, Olav Halvorsen, said the deal was good.",
			want: []string{"Ingrid Lund -chief executive of-> Halvorsen Energy"}},
		{name: "person", text: "Business\nKlaus Ober, Hartwig's chief executive and the grandson of founder Fritz Hartwig, will join the board.",
			wantNot: []string{"Klaus Ober -chief executive of-> Fritz Hartwig"}},
		{name: "trading", text: "Business\nThe Treasury imposed sanctions on Gulfline Maritime Trading, a Dubai-based company.",
			want: []string{"Gulfline Maritime Trading -based in-> Dubai"}},
	})
}

// TestLawNameNoBody: a law named after a trade ("the Securities Trading
// Act") holds no organisation's name.
func TestLawNameNoBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "act", text: "Business\n\"Austria's Securities Trading Act says the regulator must act,\" said Anna Roth.",
			noEntity: []string{"Securities Trading"}},
	})
}

// TestItsPostWithPortfolio: "X, its managing director of men's cricket,"
// holds the post at the one body the sentence named before.
func TestItsPostWithPortfolio(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "portfolio", text: "Cricket\nCricket Scotland announced that Ross Kerr, its head of men's cricket, will step down.",
			want: []string{"Ross Kerr -head of-> Cricket Scotland"}},
	})
}

// TestEnvoysOfBody: "met officials from the IMF and the World Bank", "met
// representatives of Hamas": the bodies the envoys speak for; a country's
// ("officials from China") as before (guard).
func TestEnvoysOfBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "from", text: "Politics\nGordon Brown met officials from the IMF and the World Bank on Monday.",
			want: []string{"Gordon Brown -meet-> International Monetary Fund", "Gordon Brown -meet-> World Bank"}},
		{name: "of", text: "Politics\nJack Straw met representatives of Hamas in Cairo.",
			want: []string{"Jack Straw -meet-> Hamas"}},
		{name: "country", text: "Politics\nJack Straw met officials from China in Cairo.",
			want: []string{"Jack Straw -meet-> China"}},
	})
}

// TestBornApposedWithThe: "X, the Cape Town-born opener," was born in the
// place, as with "a".
func TestBornApposedWithThe(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the", text: "Cricket\nThe innings was built around 94 from Piet Roos, the Durban-born opener, and 58 from Tom Bell.",
			want: []string{"Piet Roos -born in-> Durban"}},
	})
}

// TestTownWithPopulation: "X, a town of about 60,000 people in Y," lies
// in Y, the head count between.
func TestTownWithPopulation(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "population", text: "World\nWalikale, a town of about 60,000 people in North Kivu province, fell on Monday.",
			want: []string{"Walikale -located in-> North Kivu"}},
	})
}

// TestPostForStateGroup: "a spokesman for the Rwandan government" speaks
// for the state; a nationality before markets names no body (guard).
func TestPostForStateGroup(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "government", text: "World\nClaude Nsenga, a spokesman for the Rwandan government, called the claim baseless.",
			want: []string{"Claude Nsenga -spokesman of-> Rwanda"}},
		{name: "markets", text: "Business\nBo Chen, head of strategy for Latin American emerging markets, spoke on Monday.",
			wantNot: []string{"Bo Chen -head of-> Latin America"}},
	})
}

// TestTalksToCome: "will host talks next week between X and Y" are talks
// to come, the time between the noun and its parties; "the government of
// the Democratic Republic of Congo" is the state; "could hold talks" is
// possible; talks that opened were held (guard).
func TestTalksToCome(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{"World\nKenya will host talks next week between Sudan and Chad.", "Sudan -talk with-> Chad", "planned"},
		{"World\nKenya will host talks between the government of the Democratic Republic of Congo and the Alliance for the Liberation of Kivu.", "DR Congo -talk with-> Alliance for the Liberation of Kivu", "planned"},
		{"World\nNorway could hold new talks between Israel and Syria.", "Israel -talk with-> Syria", "possible"},
		{"World\nTalks between Sudan and Chad opened in Nairobi on Monday.", "Sudan -talk with-> Chad", ""},
	})
}

// TestNeighbouringNoAct: "accused neighbouring Rwanda" describes Rwanda;
// no one "neighbours" it.
func TestNeighbouringNoAct(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "neighbouring", text: "World\nCongo's foreign minister, Therese Kayembe, accused neighbouring Rwanda of arming the rebels.",
			want: []string{"Therese Kayembe -accuse-> Rwanda"}, wantNot: []string{"Therese Kayembe -neighbour-> Rwanda"}},
	})
}

// TestSharedShortName: in a story that names the Democratic Republic of
// Congo, "Congo" is that state; elsewhere it stays the gazetteer's
// Republic of the Congo (guard).
func TestSharedShortName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "named", text: "World\nThe Democratic Republic of Congo said so. Congo's foreign minister, Therese Kayembe, accused Rwanda of arming the rebels.",
			want: []string{"Therese Kayembe -foreign minister of-> DR Congo"}},
		{name: "alone", text: "World\nCongo's foreign minister, Therese Kayembe, accused Rwanda of arming the rebels.",
			want: []string{"Therese Kayembe -foreign minister of-> Congo"}},
	})
}

// TestOustedUnparsed: "Acme's chief executive John Smith was sacked in
// March" and "X's head Frank Dunn and three other managers were fired"
// leave former posts, parsed or not; "was praised" leaves it (guard).
func TestOustedUnparsed(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "sacked", text: "Business\n\nAcme's chief executive John Smith was sacked in March.",
			want: []string{"John Smith -former chief executive of-> Acme"}},
		{name: "and others", text: "Business\n\nAcme Corp's head Frank Dunn and three other managers were fired in May.",
			want: []string{"Frank Dunn -former head of-> Acme Corp"}},
		{name: "praised", text: "Business\n\nAcme's chief executive John Smith was praised in March.",
			want: []string{"John Smith -chief executive of-> Acme"}},
	})
}

// TestPositionNoVerb: "the withdrawal of Wales wing Rhys Williams": the
// player's position between the side and the name is no verb.
func TestPositionNoVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "wing", text: "Rugby\n\nDespite the loss of Wales wing Rhys Evans, three others will play.",
			wantNot: []string{"Wales -wing-> Rhys Evans"}},
	})
}

// TestFavouriteTo: "is favourite to replace X" is possible, not done; a
// plain "replaced" stays done (guard).
func TestFavouriteTo(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{"Rugby\n\nKevin Moran is probably favourite to replace Gareth Tomos at full-back.", "Kevin Moran -replace-> Gareth Tomos", "possible"},
		{"Rugby\n\nKevin Moran replaced Gareth Tomos at full-back.", "Kevin Moran -replace-> Gareth Tomos", ""},
	})
}

// TestPronounAfterYear: "After leaving Cardiff in 2001 he taught at X":
// the pronoun is the subject, not a name in the phrase before it.
func TestPronounAfterYear(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "he", text: "Obituary\n\nJohn Hale was a conductor. After leaving Cardiff in 2001 he taught at the Royal Academy of Music.",
			want: []string{"John Hale -teach at-> Royal Academy of Music"}, wantNot: []string{"Cardiff -teach at-> Royal Academy of Music"}},
	})
}

// TestAgentsAfterDescription: "founded by former Google researchers A and
// B", "by the late businessman X": the people the description names are
// the agents; "joined by Ulster colleagues A and B" keeps company, no act
// (guard).
func TestAgentsAfterDescription(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "researchers", text: "Tech\n\nQuillstream, which was founded in 2021 by former Google researchers Sofia Lind and Marcus Ade, denied it.",
			want: []string{"Sofia Lind -found-> Quillstream", "Marcus Ade -found-> Quillstream"}},
		{name: "colleagues", text: "Rugby\n\nKieran Camp is joined by Ulster colleagues Roger Wils and Ronan Mack.",
			wantNot: []string{"Roger Wils -join-> Kieran Camp"}},
	})
}

// TestTradeClosesFirmName: a name closed by a trade word the recogniser
// read as a person's ("Al-Rimal Contracting") is a company's.
func TestTradeClosesFirmName(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Business\n\nAmnesty has accused Al-Rimal Contracting, one of Saudi Arabia's largest construction firms, of abuses.", "Al-Rimal Contracting", TypeOrg},
	})
}

// TestRelativeAfterApposedBody: "X, the London-based activist fund that
// owns 6 per cent of Y," owns a stake in Y; "X, Y's largest shareholder
// with a stake of about 9 per cent," is Y's shareholder.
func TestRelativeAfterApposedBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "that", text: "Business\n\nCorvane Capital, the London-based activist fund that owns 6 per cent of Valmorel, objected.",
			want: []string{"Corvane Capital -own stake in-> Valmorel"}},
		{name: "with", text: "Business\n\nBlackRock, Valmorel's largest shareholder with a stake of about 9 per cent, backed the deal.",
			want: []string{"Blackrock -shareholder of-> Valmorel"}},
	})
}

// TestVisitForTalks: "will visit Riyadh on Friday for talks with Saudi
// Arabia's foreign minister, Prince X" talks with the minister (a visit
// as a journey); the possessor's post between "with" and the holder.
func TestVisitForTalks(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{"Diplomacy\n\nMr Jaishankar will visit Riyadh on Friday for talks with Saudi Arabia's foreign minister, Prince Faisal bin Farhan.", "Jaishankar -talk with-> Faisal bin Farhan", "future"},
		{"Diplomacy\n\nAngela Merkel visited Paris for talks with Jacques Chirac.", "Angela Merkel -talk with-> Jacques Chirac", ""},
	})
}

// TestTradeWordMakesFirm: a capitalised run the recogniser missed, closed
// by a trade's word ("Dongying Huaxing Petrochemical", "Verdal
// Packaging"), is a company, which "the refinery" then names.
func TestTradeWordMakesFirm(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "petrochemical", text: "Sanctions\n\nThe Treasury said the sanctioned refinery, Dongying Huaxing Petrochemical, a Shandong-based plant, had bought oil. The refinery's chairman, Liu Jianguo, was also added to the list.",
			want: []string{"Dongying Huaxing Petrochemical -based in-> Shandong", "Liu Jianguo -chairman of-> Dongying Huaxing Petrochemical"}},
	})
}

// TestSharedDemonym: "Congolese", which the Congo and the DR Congo share,
// names the one of them the story names ("his Congolese counterpart, X"
// in a story on the Democratic Republic of Congo); alone it names neither
// (guard).
func TestSharedDemonym(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "named", text: "Talks\n\nKenya will host talks between the government of the Democratic Republic of Congo and the rebels. Kenyan President William Ruto spoke to his Congolese counterpart, Felix Tshisekedi, on Monday.",
			want: []string{"Felix Tshisekedi -president of-> DR Congo"}},
		{name: "alone", text: "Talks\n\nKenyan President William Ruto spoke to his Congolese counterpart, Felix Tshisekedi, on Monday.",
			wantNot: []string{"Felix Tshisekedi -president of-> DR Congo", "Felix Tshisekedi -president of-> Congo"}},
	})
}

// TestFirmAfterPostAt: a name after a post "at", with the post's
// portfolio between ("director of player relations at Mindark"), is a
// firm, as a place-typed name the gazetteer does not know.
func TestFirmAfterPostAt(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Games\n\nThe sale is historic, said Marco Behr, director of player relations at Mindark, which made the game.", "Mindark", TypeOrg},
		{"Search\n\nJim Lanzo, vice president of web products at Ask Jeeves, told reporters on Monday.", "Ask Jeeves", TypeOrg},
	})
}
